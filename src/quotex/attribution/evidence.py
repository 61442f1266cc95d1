"""A statement's evidence in its document, and the confidence the fitted model gives it.

Besides how a statement was attributed (its rule, resolution, competing candidates, chain),
its speaker's place in the text says how safe the attribution is: a speaker named in the
quotation's own sentence is safer than one named three paragraphs back, and a continuation
after someone else spoke, or after another person was introduced, is less safe than one
right after its speaker's words or after a person the text describes without naming (`the
26-year-old turned to his coach`). A speaker's name that is one word or holds a word in lower
case, and a description of one person left unresolved, are less safe than a full name.
`gather` reads that context for every statement once the
statements of a document are known and typed; `quotex.attribution.confidence` declares the
evidence and weighs it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from quotex.attribution.confidence import (
    PEER_BINS,
    Evidence,
    default_calibration,
    in_bins,
    paragraphs_back,
    rivals,
)
from quotex.parse.context import QuoteContext
from quotex.parse.tree import sentence_bounds, sentence_starts, with_label_between
from quotex.people import People
from quotex.people.reading import DEFINITE

if TYPE_CHECKING:
    from quotex.attribution.statements import Statement


@dataclass(frozen=True)
class _Name:
    """A person's name outside quotation marks: where it stands and its words."""

    start: int
    end: int
    paragraph: int
    words: frozenset[str]


class _Names:
    """The names of a document in order, and each word's names, for lookups by position."""

    def __init__(self, names: list[_Name]) -> None:
        self.all = sorted(names, key=lambda n: n.start)
        self.starts = [n.start for n in self.all]
        self.by_word: dict[str, list[_Name]] = {}
        for name in self.all:
            for word in name.words:
                self.by_word.setdefault(word, []).append(name)
        self._starts = {word: [n.start for n in found] for word, found in self.by_word.items()}
        self._ends = {word: [n.end for n in found] for word, found in self.by_word.items()}

    def latest(self, words: frozenset[str], before: int) -> _Name | None:
        """The last name sharing a word with `words` that starts before `before`."""
        found = [self.by_word[w][i - 1] for w in words if w in self.by_word
                 for i in (bisect_left(self._starts[w], before),) if i]
        return max(found, key=lambda n: n.start, default=None)

    def last_end(self, words: frozenset[str], upto: int) -> int:
        """Where the last name sharing a word with `words` and ending by `upto` ends (-1: none)."""
        ends = [self._ends[w][i - 1] for w in words if w in self._ends
                for i in (bisect_right(self._ends[w], upto),) if i]
        return max(ends, default=-1)

    def other_between(self, words: frozenset[str], start: int, end: int) -> bool:
        """Whether a name sharing no word with `words` stands within [start, end). `start` is
        where the speaker's last name before `end` ends, so the first name read decides."""
        at = bisect_left(self.starts, start)
        for name in self.all[at:]:
            if name.start >= end:
                return False
            if name.end <= end and not name.words & words:
                return True
        return False


class _Voices:
    """The statements of a document in order, for asking who spoke before a statement in time
    that does not grow with their number (issue 22)."""

    def __init__(self, statements: Sequence[Statement]) -> None:
        self.statements = statements
        self.starts = [s.span.start for s in statements]
        self.by_speaker: dict[str, list[int]] = {}
        # For each statement: the last statement up to it with a speaker, and the last before it
        # whose speaker is someone else's than its own (-1: none).
        self.last_voiced: list[int] = []
        self.last_other: list[int] = []
        latest, other = -1, -1  # the last statement with a speaker; the last of another speaker than its
        for index, statement in enumerate(statements):
            speaker = statement.speaker
            if speaker is not None:
                self.by_speaker.setdefault(speaker, []).append(index)
                mine = latest >= 0 and statements[latest].speaker == speaker
                self.last_other.append(other if mine else latest)
                if not mine:
                    other = latest
                latest = index
            else:
                self.last_other.append(-1)
            self.last_voiced.append(latest)

    def last_spoken(self, index: int, speaker: str) -> Span | None:
        """The span of the speaker's last statement before statement `index` that ends before it starts."""
        start = self.statements[index].span.start
        spoken = self.by_speaker.get(speaker, [])
        for before in reversed(spoken[: bisect_left(spoken, index)]):
            if self.statements[before].span.end <= start:
                return self.statements[before].span
        return None

    def between(self, index: int, speaker: str, since: int) -> bool:
        """Whether another speaker's statement starts at `since` or after and ends before
        statement `index` starts."""
        first = bisect_left(self.starts, since)
        start = self.statements[index].span.start
        at = self.last_voiced[index - 1] if index else -1
        while at >= first:
            before = self.statements[at]
            if before.speaker == speaker:
                at = self.last_other[at]  # past this speaker's run of statements at once
            elif before.span.end <= start:
                return True
            else:
                at = self.last_voiced[at - 1] if at else -1
        return False


class _Descriptions:
    """Where the subjects that describe a person without naming them stand (`the 26-year-old
    turned to his coach`, `The Labour MP … said`): a definite, singular common noun for a person
    or a body, or an age, as the subject of a clause outside quotation marks."""

    def __init__(self, ctx: QuoteContext) -> None:
        words, text, doc = ctx.lexicon.speaker_words, ctx.text, ctx.doc
        # the subjects from the tree's index of labels, not a walk over every token
        subjects = sorted((t for label in _SUBJECTS for t in with_label_between(doc, label, 0, len(doc))), key=attrgetter("i"))
        self.at = [t.i for t in subjects if not ctx.quoted[t.i] and t.tag_ in _SINGULAR
                   and (t.lower_ in words or ctx.lexicon.lemma(t) in words
                        or _AGE.search(text, max(0, t.idx - len("100-year-")), t.idx + len(t)) is not None)
                   and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in t.lefts)]

    def between(self, start: int, end: int, mention: Span | None) -> bool:
        """Whether one stands within [start, end), the statement's own mention left out."""
        k = bisect_left(self.at, start)
        while k < len(self.at) and self.at[k] < end:
            if mention is None or not mention.start <= self.at[k] < mention.end:
                return True
            k += 1
        return False


class _Ambiguity:
    """Evidence of ambiguity that any text shows, whatever its style: who else, near a
    statement or before it in the article, could be its speaker (people named, other
    speakers), what the clause before it is about, and whether its speaker is the article's
    main person."""

    _WINDOW = 2  # paragraphs before the statement's own that a reader still holds in mind

    def __init__(self, statements: Sequence[Statement], ctx: QuoteContext, people: People, names: _Names) -> None:
        self.statements, self.ctx, self.people, self.names = statements, ctx, people, names
        self.paragraphs = [ctx.paragraph_index(s.span[0]) for s in statements]
        persons = [e for e in people.registry.everyone if e.kind == "person"]
        genders: dict[str, set[str | None]] = {}
        for person in persons:
            for form in person.forms:
                for word in form:
                    genders.setdefault(word, set()).add(person.gender)
        self.gender_of_word = {word: next(iter(told)) for word, told in genders.items() if len(told) == 1}
        self.name_at = {i: name.words for name in names.all for i in range(name.start, name.end)}
        first_at: dict[frozenset[str], int] = {}
        for name in names.all:
            first_at.setdefault(name.words, name.start)
        self.first_named = sorted(first_at, key=first_at.__getitem__)
        self.first_starts = [first_at[words] for words in self.first_named]
        # read from the parse's array of labels, not token by token: it runs on every document
        subjects = {ctx.doc.vocab.strings[label] for label in _SUBJECTS}
        self.subjects = [i for i, label in enumerate(ctx.doc.to_array("DEP").tolist())
                         if label in subjects and not ctx.quoted[i]]
        # the words of the name the article gives most often, by its last word (a surname)
        counts: dict[str, int] = {}
        for name in names.all:
            surname = ctx.doc[name.end - 1].text
            counts[surname] = counts.get(surname, 0) + 1
        top = max(counts.values(), default=0)
        self.most_named = frozenset(word for word, count in counts.items() if count == top)
        # every name the text gives (people's names outside quotation marks, every form of every
        # person or body it names), as words, by each of its words
        self.longer: dict[str, list[frozenset[str]]] = {}
        self.forms_of: dict[str, set[frozenset[str]]] = {}  # each entity's own forms, by its name
        for entity in people.registry.everyone:
            self.forms_of.setdefault(entity.name, set()).update(name_words(" ".join(form)) for form in entity.forms)
        forms = [form for found in self.forms_of.values() for form in found]
        for found in [name_words(ctx.doc[name.start : name.end].text) for name in names.all] + forms:
            for word in found:
                self.longer.setdefault(word, []).append(found)
        self._partial_of: dict[str, bool] = {}
        self._token_starts = ctx.doc.to_array("IDX").tolist()
        self.sentence_starts = sentence_starts(ctx.doc)

    def of(self, evidence: Evidence, index: int, since: int = -1) -> Evidence:
        """The evidence of statement `index` with the ambiguity around it (none without a speaker);
        `since` is where its speaker was last named or last spoke before it (-1: never)."""
        statement = self.statements[index]
        if statement.speaker is None:
            return evidence
        words, gender = frozenset(statement.speaker.split()), self.people.gender(statement.speaker)
        first = self.paragraphs[index] - self._WINDOW
        return replace(evidence, rivals=rivals(self._rivals(index, words, gender, first, _MOST_RIVALS)),
                       peers=in_bins(self._rivals(index, words, gender, 0, _MOST_PEERS), PEER_BINS),
                       voices=rivals(self._voices(index, _MOST_RIVALS)),
                       main=self._main(words),
                       subject=self._subject(index, words, statement.speaker_mention),
                       partial=self._partial(statement.speaker),
                       sentences=self._sentences_back(index, since),
                       antecedent=self._antecedent(index, words),
                       topic=self._topic(index, words, statement.speaker_mention))

    def _rivals(self, index: int, words: frozenset[str], gender: str | None, first: int, most: int) -> int:
        """How many other people of no other gender were named from paragraph `first` up to the
        statement (up to `most`): a name that is not a part of the speaker's, counted once with
        its shorter forms."""
        start = self.statements[index].span.start
        if first <= 0:  # the whole article before it: each name once, at its first place
            named = self.first_named[: bisect_left(self.first_starts, start)]
        else:
            at = bisect_left(self.names.starts, start)
            named = []
            while at > 0 and self.names.all[at - 1].paragraph >= first:
                at -= 1
                named.append(self.names.all[at].words)
        found = set()
        for name in named:
            told = {self.gender_of_word.get(word) for word in name} - {None}
            if not name <= words and not (gender is not None and told and gender not in told):
                found.add(name)
        return _longest(found, most)

    def _sentences_back(self, index: int, since: int) -> str:
        """How many sentences start after `since` up to the statement's first word: 0, 1, 2, 3+, `-`."""
        if since < 0:
            return "-"
        start = self.statements[index].span.start
        back = bisect_right(self.sentence_starts, start) - bisect_right(self.sentence_starts, max(since - 1, 0))
        return f"{_FURTHEST_SENTENCES}+" if back >= _FURTHEST_SENTENCES else str(back)

    def _antecedent(self, index: int, words: frozenset[str]) -> str:
        """What the speaker's last name before the statement was in its clause: `subject` (the
        name, or the noun it stands beside as an apposition, is a clause's subject), `other`, `-`."""
        name = self.names.latest(words, self.statements[index].span.start)
        if name is None:
            return "-"
        root = self.ctx.doc[name.start : name.end].root
        if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.pos_ == "PROPN"):
            root = root.head
        return "subject" if root.dep_ in _SUBJECTS else "other"

    def _partial(self, speaker: str) -> bool:
        """Whether the speaker's name is part of a longer name the text gives: a name found
        (`Sanna` of `Sanna Rahimi-Pendry`), or the words right after the speaker's name
        somewhere in the text go on as a name (`Baek Ji-hoon` read as `Baek`, `Moon Se-ra` as
        `Moon Se`, `Office of the Data Commissioner` as `Office`)."""
        if speaker not in self._partial_of:
            words, own = name_words(speaker), self.forms_of.get(speaker, set())
            self._partial_of[speaker] = bool(words) and (
                any(words < name and name not in own for name in self.longer.get(min(words), ()))
                or self._continued(speaker))
        return self._partial_of[speaker]

    def _continued(self, speaker: str) -> bool:
        """Whether the speaker's name stands somewhere glued to a hyphen and a word, or before a
        capitalised hyphenated word, or before a proper noun that is no date inside the same
        entity (`Baek Ji-hoon`, `Producers' Forum`, `Office of the Vessland`; not `Baek said`,
        `Lee Tuesday`, a headline's `Lee Endorses Roe`, `Ann Lee of Acme`)."""
        if not speaker[:1].isupper():
            return False
        for found in _going_on(speaker, self.ctx.text):
            hyphenated = found.group(2)
            if found.group(1) is not None or (hyphenated is not None and hyphenated[1].isupper()):
                return True
            if found.group(3) is not None and " " in speaker:
                continue  # `X Y of Z`: a person's place or body, not more of the name
            token = self._token_at(found.end(0) - 1)
            # a proper noun inside the name's entity, or after a one-word name's `of`
            if token is None or not (token.ent_iob_ == "I" or found.group(3) is not None):
                continue
            if token.pos_ == "PROPN" and token.ent_type_ not in _NO_NAME and token.text[:1].isupper():
                return True
        return False

    def _token_at(self, char: int) -> Token | None:
        """The token that starts at character `char`."""
        at = bisect_left(self._token_starts, char)
        return self.ctx.doc[at] if at < len(self._token_starts) and self._token_starts[at] == char else None

    def _main(self, words: frozenset[str]) -> str:
        """Whether the speaker is the person the article names most often (`main`) or not."""
        return "main" if words & self.most_named else "other"

    def _voices(self, index: int, most: int) -> int:
        """How many other speakers spoke near the statement, before it (up to `most`: past it,
        more are the same evidence, and a paragraph that never ends costs no more)."""
        statement = self.statements[index]
        first = self.paragraphs[index] - self._WINDOW
        found = set()
        at = index - 1
        while at >= 0 and self.paragraphs[at] >= first:
            before = self.statements[at]
            if before.speaker and before.speaker != statement.speaker and before.span.end <= statement.span.start:
                found.add(before.speaker)
                if len(found) >= most:
                    break
            at -= 1
        return len(found)

    def _subject(self, index: int, words: frozenset[str], mention: Span | None) -> str:
        """What the last subject before the statement, in its paragraph or the one before, is."""
        at = bisect_left(self.subjects, self.statements[index].span.start) - 1
        if at < 0:
            return "none"
        token = self.ctx.doc[self.subjects[at]]
        if self.ctx.paragraph_index(token) < self.paragraphs[index] - 1:
            return "none"
        return self._subject_kind(token, words, mention)

    def _topic(self, index: int, words: frozenset[str], mention: Span | None) -> str:
        """Who the paragraph of the last subject before the statement (in its paragraph or the
        one before) is about: the subject of its first main clause, else its first subject."""
        at = bisect_left(self.subjects, self.statements[index].span.start) - 1
        if at < 0:
            return "none"
        paragraph = self.ctx.paragraph_index(self.ctx.doc[self.subjects[at]])
        if paragraph < self.paragraphs[index] - 1:
            return "none"
        first = None
        # back to the paragraph's first subject, a few dozen at most (a text may never break)
        for back in range(at, max(at - _MOST_TOPIC_SUBJECTS, -1), -1):
            token = self.ctx.doc[self.subjects[back]]
            if self.ctx.paragraph_index(token) != paragraph:
                break
            if token.head.dep_ == "ROOT" or first is None or first.head.dep_ != "ROOT":
                first = token
        assert first is not None
        return self._subject_kind(first, words, mention)

    def _subject_kind(self, token: Token, words: frozenset[str], mention: Span | None) -> str:
        """A subject as evidence: the speaker (`self`), another person named (`other`), a
        pronoun, another noun (`noun`)."""
        # the subject's phrase (`Her sister, Ann Roe,`): its first name, or the subject itself
        # when it is a proper noun the parse found no name in (a bare surname)
        named = next((self.name_at[i] for i in range(token.left_edge.i, token.right_edge.i + 1) if i in self.name_at),
                     frozenset({token.text}) if token.pos_ == "PROPN" else None)
        if (mention is not None and mention.start <= token.i < mention.end) or (named is not None and named & words):
            return "self"
        if named is not None:
            return "other"
        return "pronoun" if token.lower_ in self.ctx.lexicon.pronouns or token.pos_ == "PRON" else "noun"


def name_words(name: str) -> frozenset[str]:
    """A name's words, a hyphenated word's parts apart (`Ji-hoon`: `Ji`, `hoon`), so that a name
    and its shorter form compare whatever the tokenizer or the registry made of the hyphen."""
    return frozenset(word for word in re.split(r"[\s\-\u2010\u2011]+", name) if word)


def _longest(names: Collection[frozenset[str]], most: int) -> int:
    """How many of `names` are no shorter form of another (`Lee` of `Ann Lee`), up to `most`:
    the longest first, so that a shorter form meets the name that holds it before it is counted."""
    kept: list[frozenset[str]] = []
    for name in sorted(names, key=lambda words: (-len(words), sorted(words))):
        if not any(name < other for other in kept):
            kept.append(name)
            if len(kept) >= most:
                break
    return len(kept)


# after a name, what makes it go on as a longer name: a hyphen and a word glued to it (group 1), a
# hyphenated word (group 2: `Ji-hoon`, which the parse may not read as a proper noun), or a
# space (after a plural's apostrophe, or `of`, `of the`: group 3) before a word
_GOES_ON = re.compile(r"(?:([-\u2010\u2011]\w)|(\s\w+[-\u2010\u2011]\w)|['\u2019]?\s(of\s(?:the\s)?)?\w)")
_WORD_BEFORE = re.compile(r"[\w-]")


def _going_on(name: str, text: str) -> Iterator[re.Match[str]]:
    """Where `name` stands in `text`, not glued to a word or a hyphen before it, followed by
    what `_GOES_ON` reads: the matches of `_GOES_ON` right after it, one a place, as
    `re.finditer` of the name and `_GOES_ON` with a look-behind would give. The name is found
    as a string and `_GOES_ON` compiled once: compiling a pattern for every speaker cost more
    than the rest of the evidence."""
    at = 0
    while (start := text.find(name, at)) >= 0:
        glued = start > 0 and _WORD_BEFORE.match(text, start - 1) is not None
        found = None if glued else _GOES_ON.match(text, start + len(name))
        if found is None:
            at = start + 1
            continue
        yield found
        at = max(found.end(), start + 1)


_NO_NAME = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})  # `Lee Tuesday`: a date after a name
_MOST_RIVALS, _MOST_PEERS = 2, 4  # the counts past which more rivals or peers are the same evidence
_FURTHEST_SENTENCES = 3  # sentences back: three or more are one kind
_MOST_TOPIC_SUBJECTS = 40  # subjects back to a paragraph's first: a paragraph longer is about its last ones
_SUBJECTS = ("nsubj", "nsubjpass")
_SINGULAR = ("NN", "NNP", "JJ")  # `the coach`, `the Labour MP`, `the 26-year-old` (its head `old`)
_AGE = re.compile(r"\d{1,3}-year-old$")


def gather(statements: Sequence[Statement], ctx: QuoteContext, people: People) -> list[Statement]:
    """The statements (in document order) with their evidence's features and the confidence
    the shipped model gives them."""
    calibration = default_calibration()
    names = _Names([_Name(n.start, n.end, ctx.paragraph_index(n[0]), frozenset(t.text for t in n))
                    for n in ctx.names if not ctx.quoted[n.start]])
    voices = _Voices(statements)
    descriptions = _Descriptions(ctx)
    ambiguity = _Ambiguity(statements, ctx, people, names)
    found = []
    for index, statement in enumerate(statements):
        evidence, since = evidence_of(statement, index, voices, names, descriptions, ctx, people)
        evidence = ambiguity.of(evidence, index, since)
        found.append(replace(statement, confidence=calibration.confidence(evidence), evidence=evidence.features()))
    return found


def evidence_of(statement: Statement, index: int, voices: _Voices, names: _Names, descriptions: _Descriptions,
                ctx: QuoteContext, people: People) -> tuple[Evidence, int]:
    """What a statement's attribution rests on, its context in the document included, and
    where its speaker was last named or last spoke before it (-1: never)."""
    mention = mention_kind(statement.speaker_mention, ctx)
    evidence = replace(Evidence.of(statement.kind, statement.rule, statement.resolution, statement.competitors,
                                   statement.detail),
                       mention=mention, speaker_type=statement.speaker_type,
                       number=number_of(statement.speaker_mention) if mention == "description" else "-")
    speaker = statement.speaker
    if speaker is None:
        return evidence, -1
    words = frozenset(speaker.split())
    span = statement.span
    paragraph = ctx.paragraph_index(span[0])
    named, since = _named(names, words, _mention_name(statement, evidence, words, ctx),
                          _sentences(statement, paragraph, ctx), span, paragraph)
    spoke = "never"
    last = voices.last_spoken(index, speaker)
    if last is not None:
        spoke = _where(paragraph - ctx.paragraph_index(last[-1]))
        since = max(since, last.end)
    voice = since >= 0 and voices.between(index, speaker, since)
    person = since >= 0 and names.other_between(words, since, span.start)
    gender = _gender(statement.speaker_mention, speaker, ctx, people) if evidence.mention == "pronoun" else "-"
    described = since >= 0 and descriptions.between(since, span.start, statement.speaker_mention)
    return replace(evidence, named=named, spoke=spoke, voice_between=voice, person_between=person, gender=gender,
                   shape=name_shape(speaker, ctx.lexicon.people_words.surname_particles),
                   described_between=described), since


def _mention_name(statement: Statement, evidence: Evidence, words: frozenset[str], ctx: QuoteContext) -> _Name | None:
    """The statement's own mention, when it names the speaker even where the parse found no
    person's name in it."""
    mention = statement.speaker_mention
    if evidence.mention == "name" and mention is not None and not ctx.quoted[mention.start]:
        return _Name(mention.start, mention.end, ctx.paragraph_index(mention[0]), words)
    return None


def _sentences(statement: Statement, paragraph: int, ctx: QuoteContext) -> tuple[int, int]:
    """Where the statement's sentences start and end, with the sentence of its own cue when the
    parse split it off (`"…," Vasko said.` read as two sentences); a continuation's cue is
    its chain's, not its own."""
    # From the index of sentence starts (`tree.sentence_bounds`): `Token.sent` walks the whole sentence.
    span, cue = statement.span, statement.cue
    first, last = sentence_bounds(span[0])[0], sentence_bounds(span[-1])[1]
    if cue is not None and statement.resolution != "continuation" and ctx.paragraph_index(cue[0]) == paragraph:
        first, last = min(first, sentence_bounds(cue[0])[0]), max(last, sentence_bounds(cue[-1])[1])
    return first, last


def _named(names: _Names, words: frozenset[str], mention: _Name | None, sentences: tuple[int, int], span: Span,
           paragraph: int) -> tuple[str, int]:
    """Where the speaker's name (or the statement's own mention of it) last stood up to the end
    of the statement's sentences, and where the last one before the statement ends (-1: none)."""
    first, last = sentences
    latest = names.latest(words, last)
    since = names.last_end(words, span.start)
    if mention is not None:
        if mention.start < last and (latest is None or mention.start >= latest.start):
            latest = mention
        if mention.end <= span.start:
            since = max(since, mention.end)
    if latest is None:
        return "never", since
    if latest.end > first:
        return "sentence", since
    return _where(paragraph - latest.paragraph), since


def _where(back: int) -> str:
    return "paragraph" if back <= 0 else paragraphs_back(back)


def mention_kind(mention: Span | None, ctx: QuoteContext) -> str:
    """The kind of words that name the speaker: a name, a pronoun, a description, or none."""
    if mention is None:
        return "none"
    root = mention.root
    if root.lower_ in ctx.lexicon.pronouns or root.pos_ == "PRON":
        return "pronoun"
    return "name" if root.pos_ == "PROPN" else "description"


def name_shape(speaker: str | None, particles: Collection[str] = ()) -> str:
    """The shape of a speaker's name (`Evidence.shape`): full, one, lower, or `-`. A surname's
    particle (`von der`, `al-Assad`) is part of a name, not a lower-case word."""
    if not speaker:
        return "-"
    words = speaker.split()
    if any(not word.split("-")[-1][:1].isupper() and word.lower() not in particles for word in words):
        return "lower"
    return "one" if len(words) == 1 else "full"


def number_of(mention: Span | None) -> str:
    """A description's number, from its head noun: plural or singular."""
    return "plural" if mention is not None and mention.root.tag_ in ("NNS", "NNPS") else "singular"


def _gender(mention: Span | None, speaker: str, ctx: QuoteContext, people: People) -> str:
    """Whether a pronoun's gender and its person's, as the text told it, agree."""
    told = ctx.lexicon.pronouns.get(mention.root.lower_) if mention is not None else None
    known = people.gender(speaker)
    if told is None or known is None:
        return "unknown"
    return "agrees" if told == known else "differs"
