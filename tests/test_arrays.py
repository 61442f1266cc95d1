"""What quotex reads from a Doc's arrays instead of walking its tokens gives what the walk gave.

The walks these replaced are written out here as the reference; the Docs are built by hand,
no model needed.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.tokens import Doc

from quotex.lexicon import default_lexicon
from quotex.output.records import file_key
from quotex.parse.syntax import newline_tokens, tokens_where
from quotex.people.reading import heads_of as _heads_of
from quotex.pipeline.components import ParagraphBreaker, TagMapper

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, spaces), as a pipeline has
# "The mayor's aide said Lee and the Dane agreed.\n\n  He left."
WORDS = ["The", "mayor", "'s", "aide", "said", "Lee", "and", "the", "Dane", "agreed", ".", "\n\n", "He", "left", "."]
SPACES = [True, False, True, True, True, True, True, True, True, False, False, False, True, False, False]
POS = ["DET", "NOUN", "PART", "NOUN", "VERB", "PROPN", "CCONJ", "DET", "PROPN", "VERB", "PUNCT", "SPACE", "PRON", "VERB",
       "PUNCT"]
TAGS = ["DT", "NN", "POS", "NN", "VBD", "NNP", "CC", "DT", "NNP", "VBD", ".", "_SP", "PRP", "VBD", "."]
HEADS = [1, 3, 1, 4, 4, 9, 5, 8, 5, 4, 4, 10, 13, 13, 13]
DEPS = ["det", "poss", "case", "nsubj", "ROOT", "nsubj", "cc", "det", "conj", "ccomp", "punct", "dep", "nsubj", "ROOT",
        "punct"]


def _doc() -> Doc:
    return Doc(VOCAB, words=WORDS, spaces=SPACES, pos=POS, tags=TAGS, heads=HEADS, deps=DEPS)


def test_tokens_where_keeps_what_a_walk_over_the_tokens_keeps() -> None:
    doc = _doc()
    walked = [t.i for t in doc if t.pos_ in ("PROPN", "NOUN") or t.tag_ == "VBD" or t.lower_ in ("he",) or t.text == "."]
    assert tokens_where(doc, pos=("PROPN", "NOUN"), tags=("VBD",), lower=("he",), text=(".",)) == walked
    assert tokens_where(doc, pos=("ADJ",)) == []
    assert tokens_where(doc) == []
    assert tokens_where(Doc(VOCAB, words=[]), pos=("NOUN",)) == []


def test_newline_tokens_are_the_tokens_whose_text_breaks_a_line() -> None:
    doc = _doc()
    assert newline_tokens(doc) == [t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_] == [11]
    assert newline_tokens(Doc(VOCAB, words=["a", "b"])) == []


def test_heads_of_finds_the_tokens_a_walk_over_their_children_finds() -> None:
    doc = _doc()
    possessed = {t.i for t in doc if any(c.dep_ == "poss" and c.i < t.i for c in t.children)}
    definite = {t.i for t in doc if any(c.dep_ == "det" and c.lower_ in ("the", "this") and c.i < t.i for c in t.children)}
    assert _heads_of(doc, ("poss",), left_only=True) == possessed == {3}
    assert _heads_of(doc, ("det",), ("the", "this"), left_only=True) == definite == {1, 8}
    # Without `left_only`, a child after its head counts too.
    after = Doc(VOCAB, words=["Dane", "the"], heads=[0, 0], deps=["ROOT", "det"])
    assert _heads_of(after, ("det",), ("the",)) == {0}
    assert _heads_of(after, ("det",), ("the",), left_only=True) == frozenset()


def test_paragraph_breaker_starts_a_sentence_after_each_line_break_but_on_a_space() -> None:
    words = ["Headline", "\n", "Body", "text", "\n\n", " ", "More"]
    doc = ParagraphBreaker()(Doc(VOCAB, words=words, spaces=[False] * 7))
    assert [t.i for t in doc if t.is_sent_start] == [0, 2]
    unchanged = ParagraphBreaker()(Doc(VOCAB, words=["One", "line"]))
    assert [t.is_sent_start for t in unchanged] == [True, None]


def test_paragraph_breaker_starts_a_sentence_after_a_label_in_capitals_that_opens_a_line() -> None:
    words = ["STOCKS", ":", "Shares", "fell", ".", "\n", "WHO", "'S", "OUT", ":", "Sen.", "Doe", "\n", "Not", "this", ":", "one"]
    spaces = [False, True, True, False, False, False, False, True, False, True, True, False, False, True, False, True, False]
    doc = ParagraphBreaker()(Doc(VOCAB, words=words, spaces=spaces))
    assert [t.i for t in doc if t.is_sent_start] == [0, 2, 6, 10, 13]


def test_tag_mapper_leaves_tokens_that_have_a_part_of_speech_or_no_tag() -> None:
    doc = Doc(VOCAB, words=["Lee", "has", "Adebayo-Marsh", "x"], tags=["NNP", "VBZ", "NN", "NN"])
    doc[3].pos_ = "SYM"  # set before: kept
    doc[0].tag_ = ""  # no tag: no part of speech either
    TagMapper(default_lexicon())(doc)
    assert [(t.tag_, t.pos_) for t in doc] == [("", ""), ("VBZ", "AUX"), ("NNP", "PROPN"), ("NN", "SYM")]


def test_file_key_follows_the_working_directory(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a").mkdir()
    monkeypatch.chdir(tmp_path)
    assert file_key("a/x.txt") == "a/x.txt"
    monkeypatch.chdir(tmp_path / "a")
    assert file_key("x.txt") == "x.txt"
    assert file_key(str(tmp_path / "a" / "x.txt")) == "x.txt"
    assert file_key("<text>") == "<text>" and file_key("-") == "-"
