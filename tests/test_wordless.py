"""Stretches without words go past the tagger and parser (`quotex.pipeline.wordless`, issue 22).

A long run of tokens that are not words (single characters, punctuation, white space) gets a
trivial parse of its own; the words around it are parsed by the model as before, and quotations
are found and attributed in the whole text, their offsets in the text given.
"""

from __future__ import annotations

import pytest
import spacy
from conftest import extract_checked

from quotex.pipeline.tokenizer import prepare_tokenizer
from quotex.pipeline.wordless import WORDLESS_RUN, annotate, wordless_runs

MARKS = '" ' * WORDLESS_RUN  # a run of marks, each a token (the space after it is its whitespace)
LINES = "\u201ca\nb\n" * WORDLESS_RUN  # lines of an opening mark and a letter, and of a letter
TEXT = f"\u201cWe will stay,\u201d Jo Lee said.\n\n{LINES}\nAnn Ray wrote: \u201cWe leave at dawn.\u201d"


@pytest.fixture(scope="module")
def tokenizer():
    nlp = spacy.blank("en")
    prepare_tokenizer(nlp)
    return nlp


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        (f"Jo said it. {MARKS}Ann wrote.", [(3, 4 + WORDLESS_RUN)]),  # the full stop and the marks
        (f"Jo said it {MARKS[: WORDLESS_RUN // 2]}. Ann wrote.", []),  # too short to count
        ("a b c . ! I ? 1 2 " * WORDLESS_RUN, [(0, 9 * WORDLESS_RUN)]),  # letters, digits, marks: no word
        ("a b c . ! I ? 1 ab " * WORDLESS_RUN, []),  # a word of two letters every nine tokens
    ],
    ids=["marks between sentences", "a short run", "single characters", "a short word now and then"],
)
def test_wordless_runs_are_long_stretches_of_tokens_that_are_not_words(tokenizer, text: str, runs) -> None:
    assert wordless_runs(tokenizer.make_doc(text)) == runs


@pytest.mark.model
def test_wordless_runs_get_a_trivial_parse_and_the_words_between_them_the_models(extractor) -> None:
    nlp = extractor.nlp
    text = f"Jo Lee said it rained.\n{MARKS}\nAnn Ray wrote a letter.\n{LINES}Kim Day read a poem."
    (doc,) = annotate(nlp, [text], batch_size=1)
    assert doc.text == text
    runs = wordless_runs(doc)
    assert len(runs) == 2
    for start, end in runs:
        run = doc[start:end]
        assert all(token.head.i == token.i and token.dep_ == "ROOT" for token in run)
        assert {token.pos_ for token in run} <= {"PUNCT", "SPACE", "X"}
        assert len(list(run.sents)) == len(run)  # each token a sentence: no tree to walk
    parsed = {t.text: (t.dep_, t.head.text) for t in doc if not any(start <= t.i < end for start, end in runs)}
    assert parsed["Lee"] == ("nsubj", "said") and parsed["Ray"] == ("nsubj", "wrote") and parsed["Day"] == ("nsubj", "read")


@pytest.mark.model
def test_quotations_on_either_side_of_a_wordless_run_keep_their_speakers_and_offsets(extractor) -> None:
    quotes = extract_checked(extractor, TEXT)
    speakers = {quote.text: quote.speaker for quote in quotes}
    assert speakers["We will stay,"] == "Jo Lee"
    assert speakers["We leave at dawn."] == "Ann Ray"
