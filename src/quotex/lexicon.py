"""The word lists quotex's rules read: data files shipped in `quotex/data`, replaceable by the user."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path


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
    roles: frozenset[str]
    bodies: frozenset[str]
    role_groups: tuple[tuple[tuple[str, ...], ...], ...]
    titles: frozenset[str]
    pronouns: dict[str, str]
    places: dict[str, str]  # a folded adjective, demonym or name -> the country it stands for

    @classmethod
    def from_directory(cls, folder: Path | None = None) -> Lexicon:
        """Read every list from `folder` (the shipped data when None)."""
        read = _reader(folder)
        cues = [line.split() for line in read("cue_verbs.txt")]
        places: dict[str, str] = {}
        for line in read("demonyms.tsv"):
            country, _, names = line.partition("\t")
            for name in [country, *names.split(",")]:
                places[fold(name)] = country
        return cls(
            cue_verbs=frozenset(words[0] for words in cues if len(words) == 1),
            multiword_cues=frozenset((words[0], words[1]) for words in cues if len(words) == 2),
            infinitive_cues=frozenset(read("infinitive_cues.txt")),
            roles=frozenset(read("roles.txt")),
            bodies=frozenset(read("bodies.txt")),
            role_groups=tuple(
                tuple(tuple(variant.split()) for variant in line.split("|")) for line in read("role_synonyms.txt")
            ),
            titles=frozenset(read("titles.txt")),
            pronouns=dict(line.split("\t", 1) for line in read("pronouns.txt")),
            places=places,
        )

    def place(self, words: str) -> str | None:
        """The country a word or phrase names ("Russia's", "Russian", "Moscow" -> "russia")."""
        return self.places.get(fold(words))


def _reader(folder: Path | None):
    def read(name: str) -> list[str]:
        if folder is None:
            text = resources.files("quotex.data").joinpath(name).read_text(encoding="utf-8")
        else:
            text = (Path(folder) / name).read_text(encoding="utf-8")
        lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
        return [line.lower() for line in lines if line]

    return read


@cache
def default_lexicon() -> Lexicon:
    """The shipped lists, read once per process."""
    return Lexicon.from_directory(None)
