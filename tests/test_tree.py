"""`quotex.parse.tree` gives spaCy's own answers (`Token.children`, `.lefts`, `.rights`,
`Span.root`) on any tree, in time that does not grow with the tree's depth or width (issue 22).

The trees are built by hand (words, heads, dependency labels): no model is needed.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotex.parse.tree import (
    _Tree,
    below_with_label,
    children,
    lefts,
    rights,
    sentence_bounds,
    sentence_starts,
    span_root,
    with_label_between,
)

WORDS = ("he", "of", "Lee", ",", " ", "said", "the", ".")
VOCAB = Vocab()


@st.composite
def trees(draw: st.DrawFn) -> Doc:
    """A Doc of one or more sentences whose heads form a tree: each word hangs from a word
    drawn before it in a random order, the first of that order being the root."""
    size = draw(st.integers(1, 40))
    order = draw(st.permutations(range(size)))
    heads = list(range(size))
    for rank, i in enumerate(order[1:], start=1):
        heads[i] = order[draw(st.integers(0, rank - 1))]
    words = [draw(st.sampled_from(WORDS)) for _ in range(size)]
    deps = ["ROOT" if heads[i] == i else draw(st.sampled_from(("dep", "conj"))) for i in range(size)]
    return Doc(VOCAB, words=words, spaces=[True] * size, heads=heads, deps=deps)


@settings(max_examples=200, deadline=None)
@given(trees(), st.data())
def test_the_index_answers_as_spacy_does(doc: Doc, data: st.DataObject) -> None:
    for token in doc:
        assert children(token) == list(token.children)
        assert lefts(token) == list(token.lefts)
        assert rights(token) == list(token.rights)
        below = sorted((t for t in token.subtree if t.dep_ == "conj" and t != token), key=lambda t: t.i)
        assert below_with_label(token, "conj") == below  # in the text's order
    start = data.draw(st.integers(0, len(doc) - 1))
    end = data.draw(st.integers(start + 1, len(doc)))
    assert span_root(doc[start:end]) == doc[start:end].root


@settings(max_examples=200, deadline=None)
@given(trees())
def test_depths_and_edges_are_a_climb_to_the_root(doc: Doc) -> None:
    """Each token's depth (found by pointer jumping) is the heads it climbs to its sentence's
    root, and its subtree's edges the first and last of the words that climb through it."""
    tree = _Tree(doc)
    first, last = tree.edges()
    for token in doc:
        climbed, at = 0, token
        while at.head.i != at.i:
            climbed, at = climbed + 1, at.head
        assert tree.depths[token.i] == climbed
        below = [t.i for t in doc if tree.descends(t.i, token.i)]
        assert (first[token.i], last[token.i]) == (min(below), max(below))


def test_a_cycle_of_heads_is_refused() -> None:
    """Heads that climb in a circle (1 -> 2 -> 1) make no tree."""
    tree = _Tree.__new__(_Tree)
    tree.heads = [1, 1, -1]
    with pytest.raises(RuntimeError, match="cycle"):
        tree._depths()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.booleans(), min_size=1, max_size=40))
def test_sentence_bounds_are_spacys(starts: list[bool]) -> None:
    """`sentence_bounds` gives `token.sent`'s edges and `sentence_starts` `doc.sents`' starts, from an index."""
    doc = Doc(VOCAB, words=["w"] * len(starts), sent_starts=[True, *starts[1:]])
    assert sentence_starts(doc) == [sentence.start for sentence in doc.sents]
    for token in doc:
        assert sentence_bounds(token) == (token.sent.start, token.sent.end)


@settings(max_examples=200, deadline=None)
@given(trees(), st.data())
def test_labels_between_are_spacys(doc: Doc, data: st.DataObject) -> None:
    """`with_label_between` gives the tokens of a stretch with a label, from the index of labels."""
    start = data.draw(st.integers(0, len(doc)))
    end = data.draw(st.integers(start, len(doc)))
    assert with_label_between(doc, "conj", start, end) == [t for t in doc[start:end] if t.dep_ == "conj"]


def test_a_deep_tree_costs_no_more_a_name_than_a_shallow_one() -> None:
    """A chain of 20,000 words, each the head of the next (`he of Lee of …` as one sentence):
    the root of each two-word span and the children of each word, where spaCy climbs and scans
    thousands of words a call. Against the same questions of a flat tree of the same size, in
    one run (a ratio, not a time); spaCy's own calls take hundreds of times as long here."""
    size = 20_000
    chain = Doc(VOCAB, words=["of"] * size, heads=[max(i - 1, 0) for i in range(size)], deps=["dep"] * size)
    flat = Doc(VOCAB, words=["of"] * size, heads=[0] * size, deps=["dep"] * size)

    def cost(doc: Doc) -> float:
        started = time.process_time()
        for i in range(0, size - 1, 7):
            span_root(doc[i : i + 2])
            children(doc[i + 1])
        return time.process_time() - started

    cost(chain), cost(flat)  # each Doc's index built before timing
    assert cost(chain) <= 5 * max(cost(flat), 1e-3)
