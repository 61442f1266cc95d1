"""The Span attributes quotex's components write, stored as plain data in `doc.user_data`.

What a quotation's Span carries: its marks (`quotation`), the record's fields
(`records.ANNOTATIONS`) and the evidence its confidence rests on. Mentions are kept as offsets
and read back as Spans of the Doc, so annotated Docs survive serialisation.
"""

from __future__ import annotations

from dataclasses import fields
from functools import partial
from typing import Any

from spacy.tokens import Span

from quotex.output.records import ANNOTATIONS, MENTION_FIELDS
from quotex.parse.marks import QuotedSpan

# What the components write onto a quotation's Span: its marks, then the record's fields.
# Mentions are kept as offsets and read back as Spans; the rest are plain values already.
SPAN_VALUED_ATTRIBUTES = MENTION_FIELDS
PLAIN_ATTRIBUTES = tuple(name for name in ANNOTATIONS if name not in MENTION_FIELDS)
# What the statement's confidence rests on (`quotex.attribution.confidence`): the rule that attributed it,
# how many other people fitted its mention, and the features of its evidence. Not part of the record; `scripts/calibrate.py` reads them.
EVIDENCE_ATTRIBUTES = ("rule", "competitors", "detail", "evidence")
SPAN_ATTRIBUTES = ("quotation", *ANNOTATIONS, *EVIDENCE_ATTRIBUTES)


def register_extensions() -> None:
    """The Span attributes quotex writes; registering twice is harmless.

    Values live in `doc.user_data` as plain data (strings, numbers, offsets), so annotated
    Docs survive `doc.to_bytes()`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=…)`.
    `quotation` reads back as a `QuotedSpan`, `speaker_mention` and `cue` as `Span`s of the Doc.
    """
    for name in (*PLAIN_ATTRIBUTES, *EVIDENCE_ATTRIBUTES):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Span.has_extension("quotation"):
        Span.set_extension("quotation", getter=_get_quotation, setter=_set_quotation)
    for name in SPAN_VALUED_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=partial(_get_span, name), setter=partial(_set_span, name))


def _key(name: str, span: Span) -> tuple[str, str, int, int]:
    return ("quotex", name, span.start_char, span.end_char)


def _stored(span: Span) -> dict[Any, Any]:
    """The Doc's user data, where spaCy keeps extension values under tuple keys too."""
    return span.doc.user_data


_QUOTED_SPAN_FIELDS = tuple(f.name for f in fields(QuotedSpan))


def _get_quotation(span: Span) -> QuotedSpan | None:
    stored = _stored(span).get(_key("quotation", span))
    return None if stored is None else QuotedSpan(*stored)


def _set_quotation(span: Span, quotation: QuotedSpan | None) -> None:
    # `astuple` without its deep copy: the fields are plain numbers.
    _stored(span)[_key("quotation", span)] = None if quotation is None else tuple(getattr(quotation, name) for name in _QUOTED_SPAN_FIELDS)


def _get_span(name: str, span: Span) -> Span | None:
    stored = _stored(span).get(_key(name, span))
    return None if stored is None else span.doc.char_span(*stored)


def _set_span(name: str, span: Span, value: Span | None) -> None:
    _stored(span)[_key(name, span)] = None if value is None else (value.start_char, value.end_char)

