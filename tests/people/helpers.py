"""What the tests of People ask of an extraction: the speaker of the quotation that holds
some words."""

from __future__ import annotations

from quotex import Quote
from tests.conftest import extract_checked, quote_with


def speakers(recorded, text: str) -> dict[str, str | None]:
    """Each quotation's first words -> its speaker."""
    return {q.text[:24]: q.speaker for q in extract_checked(recorded, text) if q.kind != "indirect"}


def quote_of(recorded, text: str, fragment: str) -> Quote:
    """The one quotation of `text` that holds `fragment`."""
    return quote_with(extract_checked(recorded, text), fragment)


def speaker_of(recorded, text: str, fragment: str) -> str | None:
    """The speaker of the one quotation of `text` that holds `fragment`."""
    return quote_of(recorded, text, fragment).speaker
