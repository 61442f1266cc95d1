"""The word lists quotex's rules read: data files shipped in `quotex/data`, replaceable by the user."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def fold(word: str) -> str:
    """Lower case without accents or possessive endings, for comparing names and words."""
    word = word.strip().lower().replace("’", "'")
    for ending in ("'s", "'"):
        if word.endswith(ending) and len(word) > len(ending):
            word = word[: -len(ending)]
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Lexicon:
    """Cue verbs, role nouns and the rest, as read from their data files."""

    cue_verbs: frozenset[str]
    multiword_cues: frozenset[tuple[str, str]]
    infinitive_cues: frozenset[str]
    as_cues: frozenset[str]
    listener_cues: frozenset[str]
    roles: frozenset[str]
    bodies: frozenset[str]
    role_groups: tuple[tuple[tuple[str, ...], ...], ...]
    titles: frozenset[str]
    pronouns: dict[str, str]
    places: dict[str, str]  # a folded adjective, demonym or name -> the country it stands for
    word_lemmas: dict[str, str]  # inflected forms of the verbs and nouns above -> their lemma
    tag_pos: dict[str, str]  # Penn Treebank tag -> universal part of speech
    auxiliaries: frozenset[str]
    time_words: frozenset[str]
    # Each list's text as read (file name -> text), so that a pipeline saved with `to_disk`
    # carries the lists it ran with (`to_directory`).
    files: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_directory(cls, folder: Path | None = None) -> Lexicon:
        """Read every list from `folder` (the shipped data when None); a list the folder does
        not hold is the shipped one. LexiconError names the file and line that cannot be read."""
        if folder is not None and not Path(folder).is_dir():
            raise LexiconError(f"{folder}: not a folder of word lists")
        files: dict[str, str] = {}
        read = _reader(folder, files)

        def pairs(name: str, lower: bool = True) -> dict[str, str]:
            table = {}
            for line in read(name, lower):
                key, tab, value = line.partition("\t")
                if not tab or not key.strip() or not value.strip():
                    raise LexiconError(f"{name}: {line!r} is not two fields separated by a tab")
                table[key.strip()] = value.strip()
            return table

        cues = [line.split() for line in read("cue_verbs.txt")]
        infinitive_cues = frozenset(read("infinitive_cues.txt"))
        roles, bodies = frozenset(read("roles.txt")), frozenset(read("bodies.txt"))
        verbs = {words[0] for words in cues} | infinitive_cues
        word_lemmas = {form: noun for noun in roles | bodies for form in noun_forms(noun)}
        word_lemmas.update({form: verb for verb in verbs for form in verb_forms(verb)})
        word_lemmas.update(pairs("verb_forms.tsv"))
        places: dict[str, str] = {}
        for line in read("demonyms.tsv"):
            country, _, names = line.partition("\t")
            for name in [country, *names.split(",")]:
                places[fold(name)] = country
        return cls(
            cue_verbs=frozenset(words[0] for words in cues if len(words) == 1),
            multiword_cues=frozenset((words[0], words[1]) for words in cues if len(words) == 2),
            infinitive_cues=infinitive_cues,
            as_cues=frozenset(read("as_cues.txt")),
            listener_cues=frozenset(read("listener_cues.txt")),
            roles=roles,
            bodies=bodies,
            role_groups=tuple(
                tuple(tuple(variant.split()) for variant in line.split("|")) for line in read("role_synonyms.txt")
            ),
            titles=frozenset(read("titles.txt")),
            pronouns=pairs("pronouns.txt"),
            places=places,
            word_lemmas=word_lemmas,
            tag_pos=pairs("tag_map.tsv", lower=False),
            auxiliaries=frozenset(read("auxiliaries.txt")),
            time_words=frozenset(read("time_words.txt")),
            files=files,
        )

    def to_directory(self, folder: Path) -> None:
        """Write every list this lexicon was read from into `folder`: `from_directory(folder)`
        then reads the same lexicon back, wherever the lists first came from."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.files.items():
            (folder / name).write_text(text, encoding="utf-8")

    def lemma(self, token: Token) -> str:
        """The lemma of a token, lower case: the pipeline's when it has a lemmatizer, else the
        lemma of a form of one of the listed words, else the word itself."""
        if token.lemma_:
            return token.lemma_.lower()
        word = token.text.lower()
        return self.word_lemmas.get(word, word)

    def place(self, words: str) -> str | None:
        """The country a word or phrase names ("France's", "French", "Paris" -> "france")."""
        return self.places.get(fold(words))


def verb_forms(verb: str) -> set[str]:
    """The regular forms of an English verb: -s, -ed, -ing, with the usual spelling changes."""
    forms = {verb, verb + "s", verb + "ed", verb + "ing"}
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(verb + "es")
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    consonant_before = verb[-3:-2] not in ("a", "e", "i", "o", "u") or verb[-4:-2] == "qu"
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and consonant_before:
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}  # admitted, quipping
    return forms


def noun_forms(noun: str) -> set[str]:
    """A noun and its regular plurals (spokesmen, authorities, witnesses)."""
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        forms.add(noun[:-1] + "ies")
    if noun.endswith("man"):
        forms.add(noun[:-3] + "men")
    return forms


class LexiconError(ValueError):
    """A word list that cannot be read, with the file and the line at fault."""


def _reader(folder: Path | None, files: dict[str, str]):
    """A function that reads one list by name from `folder` (else the shipped one), keeping
    its text in `files`."""

    def read(name: str, lower: bool = True) -> list[str]:
        user_file = Path(folder) / name if folder is not None else None
        try:
            if user_file is not None and user_file.exists():
                text = user_file.read_text(encoding="utf-8")
            else:
                text = resources.files("quotex.data").joinpath(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise LexiconError(f"{user_file or name}: cannot be read ({error})") from None
        files[name] = text
        lines = (line if line.startswith("#\t") else line.split("#", 1)[0] for line in text.splitlines())
        lines = (line.strip(" ") for line in lines)
        return [line.lower() if lower else line for line in lines if line.strip()]

    return read


@cache
def default_lexicon() -> Lexicon:
    """The shipped lists, read once per process."""
    return Lexicon.from_directory(None)
