"""The word lists quotex's rules read: data files shipped in `quotex/data`, replaceable by the user."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import MISSING, dataclass, field, fields
from functools import cache, cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1 << 16)  # asked of the same few thousand words of a document over and over
def fold(word: str) -> str:
    """Lower case without accents or possessive endings, for comparing names and words."""
    word = word.strip().lower().replace("’", "'")
    for ending in ("'s", "'"):
        if word.endswith(ending) and len(word) > len(ending):
            word = word[: -len(ending)]
    if word.isascii():
        return word
    return without_accents(word)


def without_accents(text: str) -> str:
    """Text without its accents, and the letters no accent makes written as news writes them
    without (`ø` as `o`, `æ` as `ae`: letter_folds.tsv), so that `Bjørg` and `Bjorg` compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_letter_folds())


@cache
def _letter_folds() -> dict[int, str]:
    pairs = (line.split("\t") for line in _reader(None)("letter_folds.tsv"))
    return {ord(letter.strip()): plain.strip() for letter, plain in pairs}


@dataclass(frozen=True)
class Grammar:
    """The grammar words and tags of the language the rules read (`grammar.tsv`): English
    lives there, not in the rules."""

    complementizer: frozenset[str]  # `said that …`
    according_to: tuple[str, ...]  # the phrase that names a source: `according to X`
    name_joiner: frozenset[str]  # joins a body's name: `the Bank of England`, `the Office for Rail`
    name_conjunctions: frozenset[str]  # joins two names in one label: `Ana Ruiz and Tomas Reyes:`
    organisation_joiners: frozenset[str]  # small words inside a body's name: `the Fire and Rescue Service`
    as_marks: frozenset[str]  # `As X reported, …`
    reporting_marks: frozenset[str]  # conjunctions that leave a cue reporting (`as`, `that`)
    pronoun_objects: frozenset[str]  # `as X said it would`: what was said about, not what was said
    finite_verb_tags: frozenset[str]
    participle_tags: frozenset[str]  # `her voice breaking`: a verb with no tense of its own
    past_tags: frozenset[str]  # the past, which the tagger often gives as a participle (`called`)
    possessive_tag: frozenset[str]
    wh_adverb_tag: frozenset[str]
    wh_pronoun_tag: frozenset[str]  # `which`, `who`: a relative clause's subject names no one new
    personal_relative: frozenset[str]  # `X, who said …`: the relative pronoun of people
    body_relative: frozenset[str]  # `the union, which said …`: the relative pronoun of bodies and things
    question_verbs: frozenset[str]  # `asked what went wrong`: a wh-clause after these is a question
    sentence_ends: frozenset[str]
    introducing_marks: frozenset[str]  # punctuation that introduces a quotation standing alone
    speech_endings: frozenset[str]  # punctuation that ends spoken words
    title_minor_words: frozenset[str]  # words a headline in title case leaves in lower case
    words_nouns: frozenset[str]  # `in her words, "…"`, `in the words of X`: whose words these are
    locative_prepositions: frozenset[str]  # `above X`, `on X`: where, not who
    source_prepositions: frozenset[str]  # `from X fire station`: where from
    demonstratives: frozenset[str]  # `Those were the words of X`
    speech_nouns: frozenset[str]  # `words`, `advice`: what someone says, as a noun
    copula_forms: frozenset[str]  # `is`, `were`: the forms of `be` a rule reads
    # `"Dear Authority, …"`: the words that open a letter (rules.letter)
    salutations: frozenset[str] = frozenset()
    # `who gave her name only as X`, `asked to be identified as X`: a clause's words that give a name after `as`
    name_giving: frozenset[str] = frozenset()
    # `a letter from X`, `an email by X`: the prepositions that name a document's writer
    author_prepositions: frozenset[str] = frozenset()
    byline_words: frozenset[str] = frozenset()  # `By Ana Roe`: opens a line of the writer's name
    number_signs: frozenset[str] = frozenset()  # `rose by 5%`: a sign that is a word of its figure
    # `a statement that said …`: relative pronouns of things, which stand for the noun they hang from
    thing_relative: frozenset[str] = frozenset()
    # `Everything X says is a boast`: a pronoun for whatever someone says, which the writer then judges
    said_things: frozenset[str] = frozenset()
    # `No one said …`, `Few doubt …`, `Not everyone agrees …`: the first word of a subject that names no one who spoke
    no_speaker_openings: frozenset[str] = frozenset()
    # `It is fair to say …`, `It's worth noting …`: adjectives of an `it` that is no one, the writer's hedge
    hedge_adjectives: frozenset[str] = frozenset()
    # `without saying when it would open`: prepositions that deny the cue they take, as `not` does
    negating_prepositions: frozenset[str] = frozenset()
    # `says farmer after barn fire`: prepositions that tell when or why, not who a description is
    circumstance_prepositions: frozenset[str] = frozenset()
    # `according to council figures`, `the agency's estimates`: nouns for figures, which speak
    # only for whose they are
    figure_nouns: frozenset[str] = frozenset()
    # `Outside the court hall, X, who …, said`: prepositions of place that open a sentence, which
    # the parser may tag as a name's first word and make the subject, the speaker its apposition
    place_prepositions: frozenset[str] = frozenset()
    # `would study it and declined …`: a modal takes a bare verb, so a verb with a tense of its
    # own after it cannot share it; only a form with a tense's ending shows its tense
    # (`would close the stores and cut jobs`: `cut` may be bare)
    modal_tag: frozenset[str] = frozenset()
    # `expected the towns to qualify`: the `to` of an infinitive, a clause with no tense of its own
    infinitive_tag: frozenset[str] = frozenset()
    # `…, exposing a rift`: verbs of a consequence, whose participle after the content is the writer's comment
    consequence_participles: frozenset[str] = frozenset()
    tensed_tags: frozenset[str] = frozenset()
    tensed_endings: frozenset[str] = frozenset()
    # `announced grants of $500 for each shop`: cue verbs whose object, a noun phrase, is what was made known
    thing_cues: frozenset[str] = frozenset()
    # `told them to go`: cue verbs whose infinitive needs its listener as object; without one the verb is a passive
    directive_cues: frozenset[str] = frozenset()
    # `a South Carolina Democrat`, `the Kremlin`: articles, which make a proper noun a description
    indefinite_articles: frozenset[str] = frozenset()
    definite_articles: frozenset[str] = frozenset()
    # `"I said 'ten'"`: the subjects by which a speaker quotes themself
    first_person: frozenset[str] = frozenset()
    # `"He says my handwriting is too small."`: the words by which one speaker alone speaks of themself
    self_reference: frozenset[str] = frozenset()
    # `I said that …`, `you told us …`, `Let's say …`: the pronouns of the people of a conversation
    conversation_pronouns: frozenset[str] = frozenset()
    # `they said`: the pronouns of many, who speak as a group or through a spokesperson
    plural_pronouns: frozenset[str] = frozenset()
    # `her family said`, `the crew said`: singular nouns for many people who speak as one, whom
    # a later `he` or `she` never stands for
    collective_nouns: frozenset[str] = frozenset()
    # `the phrase "harbour levy"`, `the term "…"`: nouns for a word or phrase, whose quotation
    # mentions words rather than says them
    word_nouns: frozenset[str] = frozenset()
    # `Ana and Tom Reyes … Her husband said`: nouns of a close relative, who mostly shares the family name
    family_nouns: frozenset[str] = frozenset()
    # `"…," came the reply`: nouns for an answer, which the one answered by the turn before gave
    reply_nouns: frozenset[str] = frozenset()
    # `"…," Lund replied.` / `Lund shot back`: verbs of answering, and the particle that makes one of
    # another verb; the bare quotation after such a reply answers it (`rules.answers_a_reply`)
    reply_verbs: frozenset[str] = frozenset()
    reply_particles: frozenset[str] = frozenset()
    # `the witness said`: nouns for one who gives evidence; `told the court`, `testified`: the
    # hearers of evidence and the verbs of giving it, which make their subject a witness
    witness_nouns: frozenset[str] = frozenset()
    hearer_prepositions: frozenset[str] = frozenset()  # `said to the tribunal`, `said before the inquiry`
    court_nouns: frozenset[str] = frozenset()
    # `the Ministry of Trade and Industry`: bodies named for a portfolio, which `and` goes on naming
    portfolio_nouns: frozenset[str] = frozenset()
    testimony_verbs: frozenset[str] = frozenset()
    # `the Chairman of …`, `its Chairman`: the words that make a capitalised role after them a description
    possessive_determiners: frozenset[str] = frozenset()
    body_possessives: frozenset[str] = frozenset()  # `its chair`: a body's, before one of its roles
    # `answered with chants of "…"`, `broke into cries of`: prepositions by which an act takes the
    # cry it is done with or broken into; after those of moving (`stirred the hall to`), the object cries
    outcry_prepositions: frozenset[str] = frozenset()
    moving_prepositions: frozenset[str] = frozenset()
    # `Doe blamed herself`, `Doe was kinder than his own coach`: pronouns that stand for their
    # clause's subject alone, and the word that makes a possessive one of them
    reflexive_pronouns: frozenset[str] = frozenset()
    own_words: frozenset[str] = frozenset()

    @classmethod
    def from_entries(cls, entries: dict[str, list[str]], source: str) -> Grammar:
        names = [f.name for f in fields(cls)]
        missing = [f.name for f in fields(cls) if f.name not in entries and f.default is MISSING]
        if missing:
            raise LexiconError(f"{source}: no entry for {', '.join(missing)}")
        values: dict[str, object] = {name: frozenset(entries[name]) for name in names if name in entries}
        values["according_to"] = tuple(entries["according_to"])  # a phrase: its order counts
        return cls(**values)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Lexicon:
    """Cue verbs, role nouns and the rest, as read from their data files."""

    cue_verbs: frozenset[str]
    multiword_cues: frozenset[tuple[str, str]]
    infinitive_cues: frozenset[str]
    as_cues: frozenset[str]
    listener_cues: frozenset[str]
    naming_cues: dict[str, frozenset[str]]  # a verb -> the prepositions before its term ("" for none)
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
    transcript_roles: dict[str, str]  # `q` -> question, `a` -> answer
    furniture: frozenset[str]  # page furniture: labels that open a line (`watch:`), whole lines
    grammar: Grammar
    people_words: PeopleWords  # what resolving people reads: given names, gendered words, documents…
    # `That said, …`, `needless to say`: idioms made of a verb of saying that report nothing
    saying_idioms: tuple[tuple[str, ...], ...] = ()
    unnamed_sources: frozenset[str] = frozenset()  # `officials`, `a person …`: a source the text does not name
    speaker_groups: frozenset[str] = frozenset()  # `critics`, `some`: a group that speaks as a group
    own_voices: frozenset[str] = frozenset()  # `nurses`, `sources` at a body: who speak for themselves, not for it
    outcry_nouns: frozenset[str] = frozenset()  # `shout`, `chant`: a noun whose `of` gives the words cried, a verb that takes them
    # `accused X of …`: a verb -> the preposition that gives the charge it reports
    accusation_cues: dict[str, str] = field(default_factory=dict)
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
        naming_cues: dict[str, set[str]] = {}
        for line in read("naming_cues.txt"):
            verb, _, preposition = line.partition(" ")
            naming_cues.setdefault(verb, set()).add(preposition.strip())
        verbs = {words[0] for words in cues} | infinitive_cues | set(naming_cues)
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
            naming_cues={verb: frozenset(prepositions) for verb, prepositions in naming_cues.items()},
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
            transcript_roles=pairs("transcript_roles.tsv"),
            furniture=frozenset(read("furniture.txt")),
            grammar=_grammar(read),
            people_words=PeopleWords.read(read),
            saying_idioms=tuple(tuple(line.split()) for line in read("saying_idioms.txt")),
            unnamed_sources=frozenset(read("unnamed_sources.txt")),
            speaker_groups=frozenset(read("speaker_groups.txt")),
            own_voices=frozenset(read("own_voices.txt")),
            outcry_nouns=frozenset(read("outcry_nouns.txt")),
            accusation_cues=dict(line.split(maxsplit=1) for line in read("accusation_cues.txt")),
            files=files,
        )

    def to_directory(self, folder: Path) -> None:
        """Write every list this lexicon was read from into `folder`: `from_directory(folder)`
        then reads the same lexicon back, wherever the lists first came from."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in self.files.items():
            (folder / name).write_text(text, encoding="utf-8")

    @cached_property
    def multiword_cue_verbs(self) -> frozenset[str]:
        """The verbs of `multiword_cues` (`point` of `point out`): only these need their particle read."""
        return frozenset(verb for verb, _ in self.multiword_cues)

    @cached_property
    def saying_idioms_of(self) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
        """Each word of `saying_idioms` -> (its place in the idiom, the idiom) for every idiom
        it is in, in the list's order: the few idioms a verb may stand in."""
        places: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for idiom in self.saying_idioms:
            for k, word in enumerate(idiom):
                places.setdefault(word, []).append((k, idiom))
        return {word: tuple(found) for word, found in places.items()}

    @cached_property
    def role_groups_of(self) -> dict[str, tuple[tuple[tuple[str, ...], ...], ...]]:
        """Each role -> the groups of `role_groups` with a variant that ends in it (`minister`
        -> the group of `foreign minister`), in their order."""
        groups: dict[str, list[tuple[tuple[str, ...], ...]]] = {}
        for group in self.role_groups:
            for role in dict.fromkeys(variant[-1] for variant in group if variant):
                groups.setdefault(role, []).append(group)
        return {role: tuple(found) for role, found in groups.items()}

    @cached_property
    def speaker_words(self) -> frozenset[str]:
        """Every word for people or a body that speaks: unnamed sources, groups, bodies, roles,
        person nouns, organisation nouns, gendered words (read once, asked per statement)."""
        people = self.people_words
        return (self.unnamed_sources | self.speaker_groups | self.bodies | self.roles | people.person_nouns
                | people.organisation_nouns | frozenset(people.gendered))

    @cached_property
    def role_verb_forms(self) -> dict[str, str]:
        """The present and past forms of roles and person nouns used as verbs -> the noun
        (`coaches` -> `coach`, `chaired` -> `chair`): the lemmas are those of the verbs of
        saying only (read once, asked per subject)."""
        nouns = sorted(self.roles | self.people_words.person_nouns)
        return {form: noun for noun in nouns for form in verb_forms(noun) - {noun} if not form.endswith("ing")}

    def lemma(self, token: Token) -> str:
        """The lemma of a token, lower case: the pipeline's when it has a lemmatizer, else the
        lemma of a form of one of the listed words, else the word itself."""
        if token.lemma_:
            return token.lemma_.lower()
        word = token.text.lower()
        return self.word_lemmas.get(word, word)

    def is_furniture(self, line: str) -> bool:
        """Whether a whole line is page furniture (`Story continues below advertisement`)."""
        return " ".join(line.lower().split()).rstrip(".") in self.furniture

    def has_furniture_label(self, line: str) -> bool:
        """Whether a line opens with a label of page furniture (`WATCH: …`, `READ MORE: …`)."""
        label, colon, _ = " ".join(line.lower().split()).partition(":")
        return bool(colon) and label + ":" in self.furniture

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


_GENDER_SHARE = 0.9  # a given name tells a gender when at least this share of its bearers have it


@dataclass(frozen=True)
class PeopleWords:
    """The word lists resolution reads besides the lexicon's (see the headers of the files)."""

    given_names: dict[str, float]  # a given name -> the share of its bearers who are women
    gendered: dict[str, str]  # a title, noun or pronoun -> male | female
    documents: frozenset[str]
    organisation_kinds: tuple[frozenset[str], ...]
    organisation_names: dict[str, str] = field(default_factory=dict)  # `airways` -> `airline`
    generic_organisations: frozenset[str] = frozenset()  # `company`, `firm`: any kind
    place_words: frozenset[str] = frozenset()  # `mount`, `lake`: a name they start is a place's
    impersonal_pronouns: frozenset[str] = frozenset()  # `it`: stands for a body, never a person
    rare_given_names: dict[str, float] = field(default_factory=dict)  # too rare to be taken as names; they tell a gender
    surname_particles: frozenset[str] = frozenset()  # `mac`, `van`: a name they start is all surname
    name_suffixes: frozenset[str] = frozenset()  # `jr.`, `iii`: they end a name after its surname
    person_nouns: frozenset[str] = frozenset()  # `coach`, `nurse`: nouns that describe a person
    place_endings: frozenset[str] = frozenset()  # `mountain`, `street`: a name they end is a place's
    demonym_nouns: frozenset[str] = frozenset()  # `finn`, `swede`: a person of a nationality
    parties: dict[str, str] = field(default_factory=dict)  # `gop` -> `republican`: a party's words
    business_kinds: frozenset[str] = frozenset()  # `chipmaker`, `lender`: may name a company of no stated trade
    public_bodies: frozenset[str] = frozenset()  # `union`, `council`: never `the company`
    patronymics: frozenset[str] = frozenset()  # `ibn`, `bin`: a father's name follows, inside the name
    offices: frozenset[str] = frozenset()  # `office`: speaks for its holder (`his office said`)
    authoring_verbs: frozenset[str] = frozenset()  # `write`: its subject wrote the document spoken of
    person_modifiers: frozenset[str] = frozenset()  # `retired`, `-born`: only a person's description takes them
    other_office_words: frozenset[str] = frozenset()  # `shadow`, `deputy`: a role with one is another office
    party_initials: frozenset[str] = frozenset()  # `r`, `d`: a party-state tag (`R-Wyo.`) opens with one

    @classmethod
    def shipped(cls) -> PeopleWords:
        return default_lexicon().people_words

    @classmethod
    def from_directory(cls, folder: Path | None) -> PeopleWords:
        """The lists in `folder` (a lexicon folder), the shipped ones for those it lacks."""
        return Lexicon.from_directory(folder).people_words

    @classmethod
    def read(cls, read: Callable[[str], list[str]]) -> PeopleWords:
        """The lists as `read` reads them by name."""
        given, rare = _shares(read, "given_names.tsv"), _shares(read, "rare_given_names.tsv")
        gendered = {}
        for line in read("gendered_words.tsv"):
            word, _, gender = line.partition("\t")
            if gender.strip() not in ("male", "female"):
                raise LexiconError(f"gendered_words.tsv: {line!r} is not a word, a tab and male or female")
            gendered[word.strip()] = gender.strip()
        kinds = tuple(frozenset(w.strip() for w in line.split("|")) for line in read("organisation_kinds.txt"))
        names = {}
        for line in read("organisation_names.tsv"):
            word, _, kind = line.partition("\t")
            names[word.strip()] = kind.strip()
        generic = frozenset(read("generic_organisations.txt"))
        places = frozenset(read("place_words.txt"))
        impersonal = frozenset(read("impersonal_pronouns.txt"))
        particles = frozenset(fold(word) for word in read("surname_particles.txt"))
        suffixes = frozenset(fold(word) for word in read("name_suffixes.txt"))
        person_nouns = frozenset(read("person_nouns.txt"))
        place_endings = frozenset(read("place_endings.txt"))
        demonym_nouns = frozenset(read("demonym_nouns.txt"))
        parties = {word.strip(): line.split("|")[0].strip() for line in read("parties.txt") for word in line.split("|")}
        return cls(given, gendered, frozenset(read("documents.txt")), kinds, names, generic, places, impersonal,
                   rare_given_names=rare, surname_particles=particles, name_suffixes=suffixes, person_nouns=person_nouns,
                   place_endings=place_endings, demonym_nouns=demonym_nouns, parties=parties,
                   business_kinds=frozenset(read("business_kinds.txt")), public_bodies=frozenset(read("public_bodies.txt")),
                   patronymics=frozenset(fold(word) for word in read("patronymic_particles.txt")),
                   offices=frozenset(read("offices.txt")), authoring_verbs=frozenset(read("authoring_verbs.txt")),
                   person_modifiers=frozenset(read("person_modifiers.txt")),
                   other_office_words=frozenset(read("other_office_words.txt")),
                   party_initials=frozenset(fold(word) for word in read("party_initials.txt")))

    @cached_property
    def organisation_nouns(self) -> frozenset[str]:
        """Every noun that names a kind of organisation (`company`, `airline`, `carrier`)."""
        return self.generic_organisations.union(*self.organisation_kinds)

    def surname(self, words: Sequence[str]) -> str:
        """The surname of a name, folded: its last word before the suffixes (`Ana Reyes Jr.` ->
        `reyes`), so that `Reyes` alone names the same person."""
        end = len(words)
        while end > 1 and fold(words[end - 1]) in self.name_suffixes:
            end -= 1
        return fold(words[end - 1]) if words else ""

    def suffix(self, words: Sequence[str]) -> tuple[str, ...]:
        """The suffixes that end a name, folded without their dot (`Jr.` -> `jr`): `King Jr.` and
        `King Sr.` are two people."""
        end = len(words)
        while end > 1 and fold(words[end - 1]) in self.name_suffixes:
            end -= 1
        return tuple(fold(w).rstrip(".") for w in words[end:])

    def organisation_word(self, words: Sequence[str]) -> str | None:
        """The kind of organisation the last of a name's words makes it (`Harbour Bank`: a bank,
        organisation_names.tsv), None when the name reads as a person's: a common given name,
        then a word that is also a surname (`Edwin Pool`, `Marta Local`), a single one, not a plural."""
        kind = self.organisation_names.get(fold(words[-1])) if words else None
        if kind is None:
            return None
        personal = len(words) == 2 and fold(words[0]) in self.given_names and not words[-1].endswith("s")
        return None if personal else kind

    def party_before_name(self, words: Sequence[str], k: int) -> bool:
        """Whether `words[k]` is a party's word before a personal name (`Democrat Jane Doe`, `Tory
        Sam Hale`: parties.txt): it says what the person belongs to, not who they are. A given name
        and a surname must follow, so that `Republican National Committee` and `Tory Burch` keep it."""
        if k + 2 >= len(words) or fold(words[k]) not in self.parties:
            return False
        following = fold(words[k + 1])
        return following in self.given_names or following in self.rare_given_names

    def gender_of_name(self, given_name: str) -> str | None:
        share = self.given_names.get(fold(given_name), self.rare_given_names.get(fold(given_name)))
        if share is None:
            return None
        if share >= _GENDER_SHARE:
            return "female"
        if share <= 1 - _GENDER_SHARE:
            return "male"
        return None

    @cached_property
    def kind_words(self) -> frozenset[str]:
        """Every noun of `organisation_kinds`."""
        return frozenset().union(*self.organisation_kinds)

    @cached_property
    def _kinds_of(self) -> dict[str, frozenset[int]]:
        """Each noun of `organisation_kinds` -> the kinds (their index) it belongs to."""
        kinds: dict[str, set[int]] = {}
        for index, kind in enumerate(self.organisation_kinds):
            for word in kind:
                kinds.setdefault(word, set()).add(index)
        return {word: frozenset(indices) for word, indices in kinds.items()}

    def same_kind(self, word: str, other: str) -> bool:
        """Whether two nouns describe the same kind of organisation (`airline`, `carrier`)."""
        if word == other:
            return True
        kinds = self._kinds_of.get(word)
        return kinds is not None and not kinds.isdisjoint(self._kinds_of.get(other, ()))


def _shares(read: Callable[[str], list[str]], file: str) -> dict[str, float]:
    """A list of given names, each with the share of its bearers who are women."""
    shares: dict[str, float] = {}
    for line in read(file):
        name, _, share = line.partition("\t")
        try:
            shares[name.strip()] = float(share)
        except ValueError:
            raise LexiconError(f"{file}: {line!r} is not a name, a tab and a share") from None
    return shares


class LexiconError(ValueError):
    """A word list that cannot be read, with the file and the line at fault."""


def _grammar(read) -> Grammar:
    """`grammar.tsv`: a name, a tab, the words; words in lower case, tags as written. An entry a
    user's file lacks is the shipped one: a file written for an older quotex keeps working when
    a newer one reads more of the language's grammar words."""
    entries = _grammar_entries(read("grammar.tsv", False))
    shipped = _grammar_entries(_reader(None)("grammar.tsv", False))
    return Grammar.from_entries(shipped | entries, "grammar.tsv")


def _grammar_entries(lines: list[str]) -> dict[str, list[str]]:
    entries: dict[str, list[str]] = {}
    for line in lines:
        name, tab, words = line.partition("\t")
        if not tab or not name.strip() or not words.split():
            raise LexiconError(f"grammar.tsv: {line!r} is not a name, a tab and words")
        tags = name.strip().endswith("_tags") or name.strip().endswith("_tag")
        entries[name.strip()] = [w if tags else w.lower() for w in words.split()]
    return entries


def _reader(folder: Path | None, files: dict[str, str] | None = None):
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
        if files is not None:
            files[name] = text
        lines = (line if line.startswith("#\t") else line.split("#", 1)[0] for line in text.splitlines())
        lines = (line.strip(" ") for line in lines)
        return [line.lower() if lower else line for line in lines if line.strip()]

    return read


@cache
def default_lexicon() -> Lexicon:
    """The shipped lists, read once per process."""
    return Lexicon.from_directory(None)
