"""A statement's evidence in its document, and the confidence the fitted model gives it.

Besides how a statement was attributed (its rule, resolution, competing candidates, chain),
its speaker's place in the text says how safe the attribution is: a speaker named in the
quotation's own sentence is safer than one named three paragraphs back, and a continuation
after someone else spoke, or after another person was introduced, is less safe than one
right after its speaker's words. `gather` reads that context for every statement once the
statements of a document are known and typed; `quotex.attribution.confidence` declares the
evidence and weighs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from quotex.attribution.confidence import Evidence, default_calibration, paragraphs_back
from quotex.parse.context import QuoteContext
from quotex.people import People

if TYPE_CHECKING:
    from quotex.attribution.statements import Statement


@dataclass(frozen=True)
class _Name:
    """A person's name outside quotation marks: where it stands and its words."""

    start: int
    end: int
    paragraph: int
    words: frozenset[str]


def gather(statements: Sequence[Statement], ctx: QuoteContext, people: People) -> list[Statement]:
    """The statements (in document order) with their evidence's features and the confidence
    the shipped model gives them."""
    calibration = default_calibration()
    names = [_Name(n.start, n.end, ctx.paragraph_index(n[0]), frozenset(t.text for t in n))
             for n in ctx.names if not ctx.quoted[n.start]]
    found = []
    for index, statement in enumerate(statements):
        evidence = evidence_of(statement, statements[:index], names, ctx, people)
        found.append(replace(statement, confidence=calibration.confidence(evidence), evidence=evidence.features()))
    return found


def evidence_of(statement: Statement, earlier: Sequence[Statement], names: Sequence[_Name], ctx: QuoteContext,
                people: People) -> Evidence:
    """What a statement's attribution rests on, its context in the document included."""
    evidence = replace(Evidence.of(statement.kind, statement.rule, statement.resolution, statement.competitors,
                                   statement.detail),
                       mention=mention_kind(statement.speaker_mention, ctx), speaker_type=statement.speaker_type)
    speaker = statement.speaker
    if speaker is None:
        return evidence
    words = frozenset(speaker.split())
    span = statement.span
    paragraph = ctx.paragraph_index(span[0])
    own = [n for n in names if n.words & words]
    mention = statement.speaker_mention
    if evidence.mention == "name" and mention is not None and not ctx.quoted[mention.start]:
        # The mention names the speaker even where the parse found no person's name in it.
        own = sorted([*own, _Name(mention.start, mention.end, ctx.paragraph_index(mention[0]), words)],
                     key=lambda n: n.start)
    named, since = _named(own, _sentences(statement, paragraph, ctx), span, paragraph)
    spoken = [s for s in earlier if s.speaker == speaker and s.span.end <= span.start]
    spoke = "never"
    if spoken:
        last = spoken[-1].span
        spoke = _where(paragraph - ctx.paragraph_index(last[-1]))
        since = max(since, last.end)
    voice = since >= 0 and any(s.speaker not in (None, speaker) and since <= s.span.start and s.span.end <= span.start
                               for s in earlier)
    person = since >= 0 and any(since <= n.start and n.end <= span.start and not n.words & words for n in names)
    gender = _gender(statement.speaker_mention, speaker, ctx, people) if evidence.mention == "pronoun" else "-"
    return replace(evidence, named=named, spoke=spoke, voice_between=voice, person_between=person, gender=gender)


def _sentences(statement: Statement, paragraph: int, ctx: QuoteContext) -> tuple[int, int]:
    """Where the statement's sentences start and end, with the sentence of its own cue when the
    parse split it off (`"…," Vasko said.` read as two sentences); a continuation's cue is
    its chain's, not its own."""
    span, cue = statement.span, statement.cue
    first, last = span[0].sent.start, span[-1].sent.end
    if cue is not None and statement.resolution != "continuation" and ctx.paragraph_index(cue[0]) == paragraph:
        first, last = min(first, cue[0].sent.start), max(last, cue[-1].sent.end)
    return first, last


def _named(own: Sequence[_Name], sentences: tuple[int, int], span: Span, paragraph: int) -> tuple[str, int]:
    """Where the speaker's name last stood up to the end of the statement's sentences, and
    where the last one before the statement ends (-1: none)."""
    first, last = sentences
    upto = [n for n in own if n.start < last]
    before = [n.end for n in own if n.end <= span.start]
    since = before[-1] if before else -1
    if not upto:
        return "never", since
    latest = upto[-1]
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


def _gender(mention: Span | None, speaker: str, ctx: QuoteContext, people: People) -> str:
    """Whether a pronoun's gender and its person's, as the text told it, agree."""
    told = ctx.lexicon.pronouns.get(mention.root.lower_) if mention is not None else None
    known = people.gender(speaker)
    if told is None or known is None:
        return "unknown"
    return "agrees" if told == known else "differs"
