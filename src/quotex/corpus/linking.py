"""One identity per person across a corpus: pure functions over the speaker names of a run.

Extraction resolves each document on its own, so one person can reach the output as
`Dmitri Volkov` in one file, `Dmitry Volkov` in another and `Volkov` in a third. `link`
takes the (file, name) pairs of a run, with how often each occurs, and gives each pair an
`Identity`: an id that is the same for one person in every file, and the corpus-wide name
(the fullest form, then the most frequent). It looks only at names, never at quotations,
so it runs over a small table even for a large corpus, and it is a pure function of that
table: the order of files and the number of workers cannot change its result.

How names are compared:
- words are folded (case, accents, possessives) and titles dropped (`Mr.`, `Dr.`: titles.txt), and
  so is a party's word before a name (`Democrat Jane Doe`: parties.txt); a name that ends in
  one (`Democrats`, `Ohio Republican`) is not a personal name;
- spellings of transliteration are brought to one key by the rules of name_spellings.tsv;
- people are grouped by surname, then told apart by their first given name: `Hillary X`
  and `Bill X` stay two people; a Korean name, written family name first (`Gwak Tae-min`),
  is read as such;
- an initial (`S. X`) joins the one person of that surname whose given name starts with it;
- a surname alone (`X`) goes to the person of that surname its own document names in full,
  else to the only person of that surname in the corpus, else stays a person of its own.
Anything else that speaks (`the ministry`, `opposition`) is one identity per folded text.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from quotex.corpus import namesakes
from quotex.lexicon import _reader, default_lexicon, fold, without_accents

_MAX_NAME_WORDS = 5
_ID_LENGTH = 12


@dataclass(frozen=True)
class Identity:
    """One speaker of a corpus: its id, its corpus-wide name and every form it was given."""

    id: str
    name: str
    variants: tuple[str, ...]
    surname: str = ""  # the surname's key; empty for a speaker that is not a personal name
    given: str = ""  # the first given name's key; one letter for an initial, empty for none
    # How sure the link of one (file, name) pair to this identity is: below 1 for a surname
    # alone given to the person the corpus names in full (quotex.corpus.namesakes).
    link_confidence: float = 1.0


@dataclass(frozen=True)
class ParsedName:
    """A speaker's name cut into keys for comparison, with the form it is shown in."""

    shown: str  # the name without titles or possessive
    surname: str  # key of the last word; empty when the speaker is not a personal name
    given: str  # key of the first given name, one letter for an initial, "" for a surname alone
    given_letters: frozenset[str] = frozenset()  # first letters its given name may be written with

    @property
    def is_person(self) -> bool:
        return bool(self.surname)


@dataclass
class _Cluster:
    surname: str
    given: str
    letters: set[str] = field(default_factory=set)
    forms: dict[str, int] = field(default_factory=dict)  # shown form -> occurrences
    known_ids: dict[str, int] = field(default_factory=dict)  # ids from an earlier run's table
    scope: str = ""  # the one file a surname belongs to when the corpus cannot tell whose it is

    def add(self, shown: str, count: int) -> None:
        self.forms[shown] = self.forms.get(shown, 0) + count


def link(
    names: Mapping[tuple[str, str], int] | Iterable[tuple[str, str]],
    known: Iterable[Identity] = (),
    mentions: Mapping[tuple[str, str], Sequence[str]] | None = None,
) -> dict[tuple[str, str], Identity]:
    """The identity of every (file, name) pair of a run.

    `names` maps (file, name) to how many records carry it (or is an iterable of pairs, each
    counted once). `known` are identities of an earlier run (`read_table`): their ids are kept
    and their forms take part, so a later run links to them. `mentions` are the texts that
    attribute each pair's quotations (`she`, `the first lady`): the evidence that keeps a
    surname alone from the person who dominates the surname in the corpus.
    """
    counts = _counted(names)
    parsed = {name: parse_name(name) for name in sorted({name for _, name in counts})}
    entries = _entries(counts, known)
    parsed.update({name: parse_name(name) for name, _, _ in entries if name not in parsed})
    clusters = _Clusters()
    clusters.gather(entries, parsed)
    placed = clusters.place(counts, parsed, mentions or {})
    identities = {id(cluster): _identity(cluster) for cluster in clusters.all()}
    return {pair: replace(identities[id(cluster)], link_confidence=confidence)
            for pair, (cluster, confidence) in placed.items()}


def _counted(names: Mapping[tuple[str, str], int] | Iterable[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """How many records carry each (file, name) pair."""
    counts: dict[tuple[str, str], int] = defaultdict(int)
    if isinstance(names, Mapping):
        for pair, count in names.items():
            counts[pair] += count
    else:
        for pair in names:
            counts[pair] += 1
    return counts


def _entries(counts: Mapping[tuple[str, str], int], known: Iterable[Identity]) -> list[tuple[str, int, str | None]]:
    """Every form once, with its count over the run and the earlier id it carries (None for this run's)."""
    total: dict[str, int] = defaultdict(int)
    for (_, name), count in counts.items():
        total[name] += count
    entries: list[tuple[str, int, str | None]] = [(name, count, None) for name, count in sorted(total.items())]
    for identity in sorted(known, key=lambda i: i.id):
        whole = parse_name(identity.name).given
        # A surname alone was the person's through its own document; it does not travel.
        entries += [(v, 0, identity.id) for v in (identity.variants or (identity.name,)) if parse_name(v).given or not whole]
    return entries


@dataclass
class _Clusters:
    """The clusters of one linking: people by (surname, given), other speakers by folded text."""

    people: _People = field(default_factory=lambda: _People())  # (surname, given) -> cluster
    others: dict[str, _Cluster] = field(default_factory=dict)  # folded text -> cluster
    unsure: dict[tuple[str, str], _Cluster] = field(default_factory=dict)  # (surname, file) -> a shared surname

    def all(self) -> list[_Cluster]:
        return [*self.people.values(), *self.others.values(), *self.unsure.values()]

    def gather(self, entries: list[tuple[str, int, str | None]], parsed: Mapping[str, ParsedName]) -> None:
        """Every form into its cluster; whole given names first: they make the people an initial
        or a surname may join."""
        for phase in ("whole", "initial", "surname"):
            for name, count, known_id in entries:
                cluster = self._cluster_in_phase(phase, name, parsed[name], known_id)
                if cluster is None:
                    continue
                cluster.add(parsed[name].shown, count)
                if known_id is not None:
                    cluster.known_ids[known_id] = cluster.known_ids.get(known_id, 0) + 1

    def _cluster_in_phase(self, phase: str, name: str, p: ParsedName, known_id: str | None) -> _Cluster | None:
        """The cluster a form joins in `phase`, or None when the form waits for another phase."""
        if not p.is_person:
            if phase != "whole":
                return None
            return self.others.setdefault(_other_key(name), _Cluster("", _other_key(name)))
        if len(p.given) > 1 and phase == "whole":
            return _person_cluster(self.people, p)
        if len(p.given) == 1 and phase == "initial":
            return _initial_cluster(self.people, p)
        if not p.given and phase == "surname" and known_id is not None:
            return _surname_cluster(self.people, self.unsure, _Corpus(), "", p)[0]
        return None

    def place(
        self,
        counts: Mapping[tuple[str, str], int],
        parsed: Mapping[str, ParsedName],
        mentions: Mapping[tuple[str, str], Sequence[str]],
    ) -> dict[tuple[str, str], tuple[_Cluster, float]]:
        """The cluster of every (file, name) pair, with the link's confidence; a surname alone
        goes by the files that name its people, then by the corpus (`_surname_cluster`)."""
        corpus = _Corpus(mentions=mentions)
        for (file, name) in counts:
            p = parsed[name]
            if p.is_person and p.given:
                corpus.name(_find(self.people, p), file, name)
        for (file, name) in counts:  # a surname its own file resolves describes that person too
            p = parsed[name]
            if p.is_person and not p.given:
                in_file = [c for c in _full(self.people, p.surname) if file in corpus.files_of.get(id(c), ())]
                if len(in_file) == 1:
                    corpus.texts_of[id(in_file[0])].extend(mentions.get((file, name), ()))
        placed: dict[tuple[str, str], tuple[_Cluster, float]] = {}
        for (file, name), count in sorted(counts.items()):
            p = parsed[name]
            if not p.is_person:
                placed[(file, name)] = (self.others[_other_key(name)], 1.0)
            elif p.given:
                placed[(file, name)] = (_find(self.people, p), 1.0)
            else:
                cluster, confidence = _surname_cluster(self.people, self.unsure, corpus, file, p, name)
                cluster.add(p.shown, count)
                placed[(file, name)] = (cluster, confidence)
        return placed


@dataclass
class _Corpus:
    """What the corpus says of the people it names in full: the files naming each, and the
    texts of the mentions that attribute their quotations."""

    mentions: Mapping[tuple[str, str], Sequence[str]] = field(default_factory=dict)
    files_of: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))  # id(cluster) -> files
    texts_of: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))  # id(cluster) -> mentions

    def name(self, cluster: _Cluster, file: str, name: str) -> None:
        self.files_of[id(cluster)].add(file)
        self.texts_of[id(cluster)].extend(self.mentions.get((file, name), ()))

    def bearer(self, cluster: _Cluster) -> namesakes.Bearer:
        return namesakes.bearer(cluster.forms, len(self.files_of.get(id(cluster), ())), self.texts_of.get(id(cluster), ()))


def identities(linked: Mapping[tuple[str, str], Identity]) -> list[Identity]:
    """The distinct identities of a linking, in order of id."""
    return sorted({identity.id: identity for identity in linked.values()}.values(), key=lambda i: i.id)


def parse_name(name: str) -> ParsedName:
    """Keys to compare a speaker's name by; `surname` is empty for what is not a personal name."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    words = [_strip_possessive(w) for w in words]
    suffixes = default_lexicon().people_words.name_suffixes
    # a title is no name's word, unless only suffixes follow it (`King Jr.`: a surname)
    while len(words) > 1 and fold(words[1]) not in suffixes and (fold(words[0]) in _titles() or fold(words[0]).rstrip(".") in _titles()
                              or default_lexicon().people_words.party_before_name(words, 0)):
        words = words[1:]
    shown = " ".join(words)
    if not _reads_as_personal_name(words):
        return ParsedName(shown=shown, surname="", given="")
    while len(words) > 1 and fold(words[-1]) in suffixes:
        words = words[:-1]  # `Ana Roe Jr.`, `Dr. Ana Roe III`: the surname is `Roe`
    if _family_name_first(words):
        words = [*words[1:], words[0]]  # compared as a given name, then the family name
    surname = spelling_key(_without_particle(words[-1]))
    given_words = [w for w in words[:-1] if w[:1].isupper()]  # `van`, `de`: part of the surname
    if not given_words:
        return ParsedName(shown=shown, surname=surname, given="")
    first = given_words[0]
    letters = {c for c in (fold(first)[:1], spelling_key(first)[:1]) if c}
    given = spelling_key(first) if len(first.rstrip(".")) > 1 else fold(first).rstrip(".")
    return ParsedName(shown=shown, surname=surname, given=given, given_letters=frozenset(letters))


def spelling_key(word: str) -> str:
    """One key for the spellings of a name word: folded, letters only, transliteration rules applied."""
    key = re.sub(r"[^a-z]", "", fold(word))
    for pattern, replacement in _spelling_rules():
        key = pattern.sub(replacement, key)
    return key


def matches(query: str, identity: Identity) -> bool:
    """Whether a name a user typed (`volkov`, `Dmitry Volkov`, `D. Volkov`) names `identity`."""
    typed = parse_name(" ".join(w[:1].upper() + w[1:] for w in query.split()))  # users type in any case
    if not typed.is_person or not identity.surname:
        typed_key = _other_key(query)
        return any(_other_key(v) == typed_key for v in (identity.name, *identity.variants))
    if typed.surname != identity.surname:
        # A single word may also be a given name or a lower-case surname: compare folded forms.
        return any(_other_key(v) == _other_key(query) for v in identity.variants)
    if not typed.given:
        return True
    if len(typed.given) == 1 or len(identity.given) == 1:
        return identity.given[:1] in typed.given_letters or typed.given[:1] == identity.given[:1]
    return typed.given == identity.given


def quote_group(speaker_id: str | None, text: str) -> str:
    """The same for one speaker's same words wherever they are printed: case, accents,
    punctuation and quotation marks aside."""
    words = re.sub(r"[\W_]+", " ", fold_text(text)).split()
    key = f"{speaker_id or ''}\x1f{' '.join(words)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:_ID_LENGTH]


def fold_text(text: str) -> str:
    return without_accents(text.lower())


# --- clusters -------------------------------------------------------------------------------


class _People(dict[tuple[str, str], _Cluster]):
    """The people of a linking by (surname, given key), with each surname's given keys at hand,
    so that a surname's people are found without a pass over everyone: linking stays about
    linear in the run's names (a pass over all people for each name made a million articles'
    names take days)."""

    def __init__(self) -> None:
        super().__init__()
        self.givens: dict[str, set[str]] = defaultdict(set)

    def add(self, surname: str, given: str, cluster: _Cluster) -> _Cluster:
        """The cluster of (surname, given), `cluster` if there is none yet (as `dict.setdefault`)."""
        self.givens[surname].add(given)
        return self.setdefault((surname, given), cluster)

    def of_surname(self, surname: str) -> list[tuple[str, _Cluster]]:
        """(given key, cluster) of the people of `surname`, in order of the given key."""
        return [(given, self[(surname, given)]) for given in sorted(self.givens.get(surname, ()))]


def _person_cluster(people: _People, name: ParsedName) -> _Cluster:
    if len(name.given) == 1:
        return _initial_cluster(people, name)
    if not name.given:
        return people.add(name.surname, "", _Cluster(name.surname, ""))
    cluster = people.add(name.surname, name.given, _Cluster(name.surname, name.given))
    cluster.letters |= name.given_letters
    return cluster


def _full(people: _People, surname: str) -> list[_Cluster]:
    """The people of a surname who have a given name (or an initial)."""
    return [cluster for given, cluster in people.of_surname(surname) if given]


def _initial_fits(people: _People, name: ParsedName) -> list[_Cluster]:
    """The people of the surname with a whole given name that may start with the initial."""
    return [c for given, c in people.of_surname(name.surname) if len(given) > 1 and c.letters & name.given_letters]


def _initial_cluster(people: _People, name: ParsedName) -> _Cluster:
    """The one person of the surname whose given name may start with the initial, else its own."""
    fits = _initial_fits(people, name)
    if len(fits) == 1:
        return fits[0]
    return people.add(name.surname, name.given, _Cluster(name.surname, name.given, set(name.given_letters)))


def _find(people: _People, name: ParsedName) -> _Cluster:
    if len(name.given) == 1:
        fits = _initial_fits(people, name)
        if len(fits) == 1:
            return fits[0]
    return people[(name.surname, name.given)]


def _surname_cluster(
    people: _People,
    unsure: dict[tuple[str, str], _Cluster],
    corpus: _Corpus,
    file: str,
    name: ParsedName,
    written: str = "",
) -> tuple[_Cluster, float]:
    """A surname alone, and how sure its link is: the person of that surname its own file
    names; else the corpus's only one, or the one who dominates the surname across the corpus,
    unless the file's mentions of the speaker point elsewhere (quotex.corpus.namesakes). With no
    such person it is one person across the corpus (whoever that is); otherwise it is nobody's
    in particular, and stays within its file: merging it with the other files' would join
    people the corpus tells apart."""
    candidates = _full(people, name.surname)
    in_file = [c for c in candidates if file in corpus.files_of.get(id(c), ())]
    if len(in_file) == 1:
        return in_file[0], 1.0
    if not candidates:
        return people.add(name.surname, "", _Cluster(name.surname, "")), 1.0
    if not in_file and corpus.files_of:
        chosen, share = namesakes.choose([corpus.bearer(c) for c in candidates], corpus.mentions.get((file, written), ()))
        if chosen is not None:
            return candidates[chosen], share
    elif not in_file and len(candidates) == 1:  # a known table's surname: the one person it has
        return candidates[0], 1.0
    return unsure.setdefault((name.surname, file), _Cluster(name.surname, "", scope=file)), 1.0


def _identity(cluster: _Cluster) -> Identity:
    forms = sorted(cluster.forms)
    name = max(forms, key=lambda form: _fullness(form, cluster.forms[form]))
    variants = tuple(sorted(forms, key=lambda form: (-cluster.forms[form], form)))
    if cluster.known_ids:
        speaker_id = max(sorted(cluster.known_ids), key=lambda i: cluster.known_ids[i])
    else:
        kind = "person" if cluster.surname else "other"
        scope = f"\x1f{cluster.scope}" if cluster.scope else ""
        speaker_id = _hash(f"{kind}\x1f{cluster.given}\x1f{cluster.surname}{scope}")
    return Identity(speaker_id, name, variants, cluster.surname, cluster.given)


def _fullness(form: str, count: int) -> tuple[int, int, int, int, int]:
    """Fullest first (not shouted, whole given names, more words, accents kept), then the
    most frequent."""
    words = form.split()
    whole = sum(1 for w in words if len(w.rstrip(".")) > 1)
    accents = sum(1 for c in form if not c.isascii())
    return (int(not form.isupper() or len(form) < 2), whole, len(words), accents, count)


def _hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:_ID_LENGTH]


def _other_key(text: str) -> str:
    words = re.sub(r"[\W_]+", " ", fold_text(text)).split()
    while len(words) > 1 and words[0] in _determiners():
        words = words[1:]
    return " ".join(words)


def _strip_possessive(word: str) -> str:
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def _reads_as_personal_name(words: list[str]) -> bool:
    """Capitalised words, initials and lower-case particles (`van`, `de`, `al-` of `al-Hadiri`), ending in a capitalised word."""
    if not words or len(words) > _MAX_NAME_WORDS or not _without_particle(words[-1])[:1].isupper():
        return False  # `al-Hadiri`: capitalised behind its particle
    if fold(words[0]) in _determiners():
        return False
    if _party_member(words[-1]):
        return False  # `Democrats`, `Ohio Republican`: a party or one of its members, not a name
    if any(any(ch.isdigit() for ch in w) for w in words):
        return False
    words = [_without_particle(w) for w in words]
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= len(words) - 2 and all(
        w[:1].isupper() or (w.isalpha() and w.islower() and len(w) <= 3) for w in words
    )


def _family_name_first(words: list[str]) -> bool:
    """`Gwak Tae-min`: a word, then a given name of two syllables a hyphen joins, the second in
    lower case, as Korean names are written in the Latin alphabet, family name first; the
    family name alone (`Gwak`) names the same person. A surname written with a hyphen takes a
    capital after it (`Ugwueze-Bellweather`)."""
    if len(words) != 2 or not words[0].isalpha() or not words[0][:1].isupper() or len(words[0]) < 2:
        return False
    first, hyphen, second = words[1].partition("-")
    return bool(hyphen) and first.isalpha() and first[:1].isupper() and second.isalpha() and second.islower()


def _without_particle(word: str) -> str:
    """A surname without the particle a hyphen joins to it (`al-Hadiri`, `El-Hadiri`, `ad-Hadiri`
    -> `Hadiri`): news writes one person's surname with it, without it and in either case, so
    the particle is no part of the key (`van`, `de` written apart are dropped as given words)."""
    particle, hyphen, rest = word.partition("-")
    particles = default_lexicon().people_words.surname_particles
    return rest if hyphen and rest[:1].isupper() and fold(particle) in particles else word


def _party_member(word: str) -> bool:
    """A party's word that is no one's name (`Green` and `Tory` are names too)."""
    people = default_lexicon().people_words
    key = fold(word)
    return key in people.parties and key not in people.given_names and key not in people.rare_given_names


@cache
def _determiners() -> frozenset[str]:
    return frozenset(_reader(None)("determiners.txt"))


@cache
def _titles() -> frozenset[str]:
    return frozenset(_reader(None)("titles.txt"))


@cache
def _spelling_rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for line in _reader(None)("name_spellings.tsv"):
        pattern, _, replacement = line.partition("\t")
        rules.append((re.compile(pattern.strip()), replacement.strip()))
    return tuple(rules)
