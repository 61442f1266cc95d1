"""Properties of extraction over any text, with hypothesis (and the real pipeline).

Over arbitrary Unicode and over random mixes of quotation marks, apostrophes, names, cue
words and line breaks: extraction never raises; each quotation's offsets slice the text to
its `text`; quotations of one kind never overlap; mentions and cues lie inside the text and
slice to their words. The same holds when the text goes through in small chunks.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotex.output.records import Quote
from quotex.running.api import Extractor

pytestmark = pytest.mark.model

MARKS = list("\"“”„‟«»‘’‚‛‹›'")  # every mark quotex knows
PIECES = [
    *MARKS,
    "\n", "\n\n", " \n", " ", "  ", "\t", "\u00a0", "\u200b", "\u3000",
    ".", ",", ":", "?", "\u2014", "(", ")",
    "said", "told reporters", "added", "she", "he", "Ellen Brandt", "Mayor Ellen Brandt", "the minister",
    "We will rebuild the pier", "before winter", "Belarus'", "don\u2019t", "\u201990s", "rock 'n' roll",
]  # fmt: skip
SETTINGS = settings(max_examples=40, deadline=None)

mixes = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
salted = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map("".join)
texts = st.one_of(st.text(max_size=200), mixes, salted)


def check(content: str, quotes: list[Quote]) -> None:
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(content), quote
        assert content[quote.start : quote.end] == quote.text
        for mention in (quote.speaker_mention, quote.cue):
            if mention is not None:
                assert 0 <= mention.start <= mention.end <= len(content), mention
                assert content[mention.start : mention.end] == mention.text
    for kind in {quote.kind for quote in quotes}:
        same = sorted((q for q in quotes if q.kind == kind), key=lambda q: (q.start, q.end))
        for before, after in itertools.pairwise(same):
            assert before.end <= after.start, (before, after)


@SETTINGS
@given(texts)
@example('"We will rebuild the pier," Mayor Ellen Brandt said.\n"Soon," she added.')
@example("\u201c\u201c\u201d\u201d \u2018\u2019\n\n\u00ab \u00bb'\"")
@example("")
def test_extraction_never_raises_and_offsets_hold(extractor, text: str) -> None:
    check(text, extractor.extract(text))


@SETTINGS
@given(texts)
@example('"We will rebuild the pier before winter," Mayor Ellen Brandt said.\n\n' * 3)
def test_in_small_chunks_the_offsets_hold_too(extractor, text: str) -> None:
    chunked = Extractor(extractor.nlp, chunk_size=40)
    check(text, chunked.extract(text))


@SETTINGS
@given(st.lists(texts, min_size=1, max_size=4))
def test_a_batch_gives_each_text_what_it_gives_alone(extractor, batch: list[str]) -> None:
    named = [(f"t{i}", text) for i, text in enumerate(batch)]
    results = list(extractor.extract_many(named))
    assert [name for name, _ in results] == [name for name, _ in named]
    for (name, quotes), (_, text) in zip(results, named, strict=False):
        check(text, quotes)
        assert quotes == extractor.extract(text, file=name)
