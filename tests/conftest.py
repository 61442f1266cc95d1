"""Shared fixtures: one quotex pipeline per test session, and a way to pick a quotation."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from quotex.records import Quote


@pytest.fixture(scope="session")
def extractor():
    """`quotex.load()` over the default English pipeline, loaded once for the session: the very
    pipeline the CLI runs with `--jobs 1` in this process (and forks its workers from), so CLI
    tests through Click's runner load no other.

    Tests that use it need the statistical model; they carry the `model` marker.
    """
    from quotex.api import ModelNotFound, find_model
    from quotex.parallel import PipelineSettings

    try:
        return PipelineSettings(find_model()).load()
    except ModelNotFound as error:  # pragma: no cover - depends on the environment
        pytest.skip(str(error))


def quote_with(quotes: Sequence[Quote], fragment: str) -> Quote:
    """The one quotation whose text contains `fragment`; fails the test otherwise."""
    found = [q for q in quotes if fragment in q.text]
    texts = [q.text for q in quotes]
    assert found, f"no quotation contains {fragment!r}; found {texts!r}"
    assert len(found) == 1, f"several quotations contain {fragment!r}: {[q.text for q in found]!r}"
    return found[0]


@pytest.fixture
def find_quote():
    """The helper `quote_with(quotes, fragment)`, for tests that prefer a fixture to an import."""
    return quote_with


def extract_checked(extractor, text: str) -> list[Quote]:
    """The quotations of `text`, each checked for offsets that slice to its text."""
    quotes = extractor.extract(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        for mention in (quote.speaker_mention, quote.cue):
            if mention is not None:
                assert text[mention.start : mention.end] == mention.text
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    return quotes
