"""Memory bounded by a token budget, and spaCy's tokenizer kept linear; no statistical model needed.

A chunk, and a batch of chunks, holds about `BATCH_TOKENS` tokens at most, whatever the size
of the file or how many files there are: what spaCy holds at once, and so the memory of a
process, depends on that budget alone. Long runs without whitespace are tokenised in pieces,
and the Doc's text is still the text given.
"""

from __future__ import annotations

import gc
import random
import time

import pytest
import spacy

from quotex.parse.marks import paragraphs
from quotex.pipeline.tokenizer import LONGEST_RUN, RunSplittingTokenizer, prepare_tokenizer, text_of
from quotex.running.api import BATCH_TOKENS, _batches, _chunks, _token_count

LINE = "\u201cWe will rebuild the pier,\u201d the mayor said on Monday.\n"


@pytest.mark.parametrize(
    "text",
    [
        '"' * 200_000,  # one line of marks: a token a character
        "!?" * 100_000,  # one line of sentence punctuation with no space after it
        ("!?\n" * 40_000) + LINE * 500,  # dense lines, then prose
        (LINE + "\n") * 3_000,  # prose: the character limit cuts first
    ],
    ids=["marks", "punctuation", "dense-lines", "prose"],
)
def test_chunks_hold_at_most_the_token_budget_and_keep_their_paragraphs(text: str) -> None:
    whole = paragraphs(text)
    position = 0
    chunks = list(_chunks("long.txt", text, 100_000))
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.start == position and 0 < len(chunk.text) <= 100_000
        assert _token_count(chunk.text) <= BATCH_TOKENS
        local = paragraphs(chunk.text)
        theirs = whole[chunk.paragraph : chunk.paragraph + len(local)]
        # a paragraph cut by a chunk starts or ends at the cut: compare the ends that are not cut
        assert [p.end + chunk.start for p in local[:-1]] == [p.end for p in theirs[:-1]]
        assert [p.start + chunk.start for p in local[1:]] == [p.start for p in theirs[1:]]
        if local:
            assert theirs[0].start <= local[0].start + chunk.start <= theirs[0].end
        position += len(chunk.text)
    assert position == len(text) and chunks[-1].last


def test_cutting_a_huge_line_grows_in_proportion_to_it() -> None:
    """A line of punctuation with nowhere to cut once made finding a sentence end quadratic."""

    def cut(text: str) -> float:
        # the least CPU time of five, of this thread alone and with the garbage collector held:
        # threads that other tests leave running (Spark's, a pool's) count in the process's time
        times = []
        for _ in range(5):
            gc.disable()
            try:
                started = time.thread_time()
                list(_chunks("long.txt", text, 100_000))
                times.append(time.thread_time() - started)
            finally:
                gc.enable()
        return min(times)

    assert cut("!?" * 100_000) <= 8 * max(cut("!?" * 25_000), 1e-3)


def test_batches_hold_at_most_the_token_budget_or_one_chunk() -> None:
    texts = [("small", LINE)] * 40 + [("dense", "!? " * 9_000), ("big", LINE * 1_500)] + [("small", LINE)] * 5
    chunks = [chunk for name, text in texts for chunk in _chunks(name, text, 100_000)]
    batches = list(_batches(chunks, 16))
    assert [chunk for batch in batches for chunk in batch] == chunks
    for batch in batches:
        assert len(batch) <= 16
        assert len(batch) == 1 or sum(_token_count(chunk.text) for chunk in batch) <= BATCH_TOKENS


@pytest.fixture(scope="module")
def nlp():
    blank = spacy.blank("en")
    prepare_tokenizer(blank)
    return blank


def test_prepare_tokenizer_wraps_once(nlp) -> None:
    prepare_tokenizer(nlp)
    assert isinstance(nlp.tokenizer, RunSplittingTokenizer)
    assert not isinstance(nlp.tokenizer.tokenizer, RunSplittingTokenizer)


def test_long_runs_are_tokenised_in_pieces_with_the_text_unchanged(nlp) -> None:
    rnd = random.Random(7)
    units = ['"', "\u201c", "!?", "a", " ", "\n", "word", ".", "\u2019s", "https://example.org/" + "x" * 300]
    for _ in range(40):
        text = "".join(rnd.choice(units) for _ in range(rnd.randint(0, 300)))
        doc = nlp(text)
        assert doc.text == text == text_of(doc)
        assert all(len(token.text) <= LONGEST_RUN for token in doc)


def test_text_without_long_runs_is_tokenised_as_before(nlp) -> None:
    text = "\u201cWe will rebuild,\u201d said Mayor Ellen Brandt. (It was 5'10\" tall.)"
    assert [t.text for t in nlp(text)] == [t.text for t in nlp.tokenizer.tokenizer(text)]


def test_tokens_of_a_long_run_are_those_of_its_pieces(nlp) -> None:
    text = "before " + '"' * 1_000 + " after"
    doc = nlp(text)
    assert doc.text == text
    assert [t.text for t in doc] == ["before", *['"'] * 1_000, "after"]


def test_a_doc_s_text_is_the_text_it_was_made_from(nlp) -> None:
    """`text_of` gives `doc.text` without joining the tokens again, for a Doc the tokenizer made
    and for one made otherwise."""
    text = "Ferry pilot Oskar Lind said the tide was late.\n\n\u201cIt always is,\u201d he said. "
    made = nlp(text)
    assert text_of(made) == made.text == text
    other = spacy.tokens.Doc(nlp.vocab, words=["Tide", "late", "."], spaces=[True, False, False])
    assert text_of(other) == "Tide late."
