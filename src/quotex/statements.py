"""Statements: every quotation and reported clause of a Doc, attributed and classified.

`find_statements` reads a parsed Doc and its quotations and returns plain records in
document order; the spaCy components only write them onto the Doc. It attributes each
quotation (`attribution.RULES`), resolves the words that attribute it (`people`), drops
quoted words that are not speech (scare quotes, titles, names), tells `direct` from `mixed`,
and adds the clauses of reported speech (`reported`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Doc, Span

from quotex.attribution import Attribution, QuoteContext, attribute
from quotex.lexicon import Lexicon
from quotex.marks import QuotedSpan, paragraphs
from quotex.people import People
from quotex.reported import reported_clauses

_RULE_CONFIDENCE = {
    "cue_after": 0.95,
    "cue_before": 0.9,
    "name_after": 0.85,
    "transcript": 0.85,
    "colon_before": 0.8,
    "heading": 0.8,
    "continuation": 0.7,
    "reported": 0.8,
    "none": 0.4,
}
_RESOLUTION_CONFIDENCE = {"explicit": 1.0, "descriptor": 0.9, "pronoun": 0.9, "unresolved": 0.7, "none": 0.6}
_EXPLICIT_RULES = {"cue_after", "cue_before", "name_after", "transcript", "colon_before"}
_TERM_MAX_WORDS = 4
_TITLE_MAX_WORDS = 6
_NAME_PARTS = {"PROPN", "DET", "ADP", "CCONJ", "PART", "NUM"}  # "Keepers of the Harbour"


@dataclass(frozen=True)
class Statement:
    """One attributed statement: the span it covers and who said it, found how."""

    span: Span
    quotation: QuotedSpan | None
    kind: str
    speaker: str | None
    speaker_mention: Span | None
    cue: Span | None
    resolution: str
    confidence: float
    paragraph: int


def find_statements(
    doc: Doc, quoted: Sequence[Span], lexicon: Lexicon, *, indirect: bool = True
) -> list[Statement]:
    """The quotations that are speech, and (with `indirect`) reported speech, in document order.

    `quoted` are the content spans `QuoteFinder` found, each with its `_.quotation`.
    """
    ctx = QuoteContext(doc, paragraphs(doc.text), [span._.quotation for span in quoted], lexicon)
    people = People(doc, ctx.quoted, lexicon, {e.cue.root.i for e in ctx.events}, ctx.names)
    found = quoted_statements(ctx, people, quoted)
    if indirect:
        found += reported_statements(ctx, people, lexicon)
    return sorted(found, key=lambda s: (s.span.start, s.span.end))


def quoted_statements(ctx: QuoteContext, people: People, spans: Sequence[Span]) -> list[Statement]:
    """Each quotation that is speech, with its cue, speaker and kind.

    A continuation is attributed by the words of the statement it continues.
    """
    attributed: dict[int, tuple[str | None, Span | None, Span | None]] = {}
    found = []
    for index, (quotation, span) in enumerate(zip(ctx.quotations, spans, strict=True)):
        rule = attribute(ctx, index)
        cue, mention = rule.cue, rule.mention
        if isinstance(rule.continues, int):
            speaker, cue, mention = attributed.get(rule.continues, (None, None, None))
            how = "continuation" if speaker else "none"
        elif rule.continues is not None:
            cue, mention = rule.continues.cue, rule.continues.mention
            speaker, _ = people.speaker(mention)
            how = "continuation" if speaker else "none"
        else:
            speaker, how = people.speaker(mention)
            if rule.rule in ("heading", "transcript") and speaker:
                how = rule.rule
        attributed[index] = (speaker, cue, mention)
        if _is_term(span, rule.rule) or _is_named_work(span):
            continue
        confidence = _RULE_CONFIDENCE[rule.rule] * _RESOLUTION_CONFIDENCE.get(how, 1.0)
        if not quotation.closed:
            confidence *= 0.8
        kind = _kind(ctx, index, rule)
        found.append(Statement(span, quotation, kind, speaker, mention, cue, how, confidence, quotation.first_paragraph))
    return found


def reported_statements(ctx: QuoteContext, people: People, lexicon: Lexicon) -> list[Statement]:
    """Indirect statements: the clauses speech events report, none inside another."""
    found: list[Statement] = []
    for event in ctx.events:
        clauses = [
            clause
            for clause in reported_clauses(event, ctx.quoted, lexicon)
            if not any(clause.start < other.span.end and other.span.start < clause.end for other in found)
        ]
        if not clauses:
            continue
        speaker, how = people.speaker(event.mention)
        confidence = _RULE_CONFIDENCE["reported"] * _RESOLUTION_CONFIDENCE.get(how, 1.0)
        for clause in clauses:
            paragraph = ctx.paragraph_index(clause[0])
            found.append(Statement(clause, None, "indirect", speaker, event.mention, event.cue, how, confidence, paragraph))
    return found


def content_span(doc: Doc, quotation: QuotedSpan) -> Span | None:
    """The tokens between the marks (or, where a mark is glued to a word, the tokens around them)."""
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="contract") or doc.char_span(
        quotation.start, quotation.end, alignment_mode="expand"
    )
    return span if span is not None and len(span) else None


def _kind(ctx: QuoteContext, index: int, found: Attribution) -> str:
    """`mixed` when the quotation is part of a reported clause (`said that the city will "…"`)."""
    before = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    if not before or before[-1].text in (":", ",", "(", "—", "–", "-"):
        return "direct"
    if found.cue is not None and before[-1].i == found.cue.end - 1:
        return "direct"  # `he said "…"`
    return "mixed"


def _is_term(span: Span, rule: str) -> bool:
    """A scare quote or a title: a few words, or capitalised words without a sentence in them,
    that nothing attributes to anyone."""
    if rule in _EXPLICIT_RULES:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    sentence = span.text[:1].isupper() and span.text.rstrip()[-1:] in ".!?"
    if len(words) <= _TERM_MAX_WORDS:
        return not (sentence and rule == "continuation")  # “Trust us.” goes on with its speaker
    ends_like_speech = span[-1].text in (".", ",", "!", "?", "…") or span.text.rstrip()[-1:] in ".,!?…"
    title_case = all(t.text[:1].isupper() for t in words if len(t.text) > 3)
    return title_case and not ends_like_speech


def _is_named_work(span: Span) -> bool:
    """The name of a show, book, group or person, even beside a cue (`told Channel Nine's
    "Morning Roundup"`, `wrote under the pseudonym "Captain Harbour"`): a few words in title case, either
    right after a possessive, a preposition or an article, or proper nouns alone."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > _TITLE_MAX_WORDS:
        return False
    if not all(t.text[:1].isupper() or t.is_stop and t.is_lower for t in words):
        return False
    before = span.doc[span.start - 2] if span.start >= 2 else None  # the word before the opening mark
    after_a_function_word = before is not None and (before.tag_ == "POS" or before.pos_ in ("ADP", "DET"))
    proper_nouns_alone = any(t.pos_ == "PROPN" for t in words) and all(t.pos_ in _NAME_PARTS for t in words)
    return after_a_function_word or proper_nouns_alone


