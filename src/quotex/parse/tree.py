"""A Doc's dependency tree, indexed once: children and roots in time that does not grow with the tree.

spaCy finds a token's children (`Token.children`, `.lefts`, `.rights`) by scanning every token
between the edges of its subtree, and a span's root (`Span.root`) by climbing from each of its
words to the root of the sentence. On news both are short; on a text the parser reads as one
sentence thousands of words deep (`he of Jo Lee he of Jo Lee …`), each call scans thousands of
tokens, and asking once for each name makes the time grow with the square of the text. The
functions here give the same answers, in the same order, from an index of each token's children
and depth built once per Doc.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from weakref import WeakKeyDictionary

import numpy as np
from spacy.tokens import Doc, Span, Token


class _Tree:
    """The children of each token (in order) and each token's depth, counted as `Span.root` counts it."""

    __slots__ = ("heads", "kids", "depths", "labels", "_by_label", "_edges", "_sentence_starts")

    def __init__(self, doc: Doc) -> None:
        self.heads: list[int] = doc.to_array("HEAD").astype("int64").tolist() if len(doc) else []
        self.labels: list[int] = doc.to_array("DEP").astype("uint64").tolist() if len(doc) else []
        self._by_label: dict[int, list[int]] = {}
        self._edges: tuple[list[int], list[int]] | None = None
        self._sentence_starts: list[int] | None = None
        self.kids: list[list[int]] = [[] for _ in self.heads]
        for i, offset in enumerate(self.heads):
            if offset:
                self.kids[i + offset].append(i)
        self.depths = self._depths()

    def with_label(self, label: int) -> list[int]:
        """The tokens with this dependency label, in order (indexed on the first question)."""
        found = self._by_label.get(label)
        if found is None:
            found = self._by_label[label] = [i for i, own in enumerate(self.labels) if own == label]
        return found

    def edges(self) -> tuple[list[int], list[int]]:
        """The first and the last token of each token's subtree, found from the deepest tokens
        up (spaCy's own edges assume a projective tree, which a parse need not be)."""
        if self._edges is None:
            heads = self.heads
            first, last = list(range(len(heads))), list(range(len(heads)))
            for i in np.argsort(np.negative(self.depths), kind="stable").tolist():  # the deepest first
                head = i + heads[i]
                if head != i:
                    if first[i] < first[head]:
                        first[head] = first[i]
                    if last[i] > last[head]:
                        last[head] = last[i]
            self._edges = first, last
        return self._edges

    def sentence_starts(self, doc: Doc) -> list[int]:
        """The first token of each sentence, in order (indexed on the first question)."""
        if self._sentence_starts is None:
            flags = doc.to_array("SENT_START").tolist() if len(doc) else []
            self._sentence_starts = [0] + [i for i, flag in enumerate(flags) if flag == 1 and i]
        return self._sentence_starts

    def descends(self, i: int, ancestor: int) -> bool:
        """Whether token `i` lies below token `ancestor`."""
        depth = self.depths[ancestor]
        while self.depths[i] > depth:
            i += self.heads[i]
        return i == ancestor

    def _depths(self) -> list[int]:
        """How many heads each token climbs to reach its sentence's root: each token's distance
        to an ancestor and that ancestor, doubled at each step (pointer jumping), so that the
        steps are as many as the deepest path's binary digits, each over the arrays at once."""
        n = len(self.heads)
        if not n:
            return []
        offsets = np.array(self.heads, dtype=np.int64)
        above = np.arange(n, dtype=np.int64) + offsets  # a root is its own head
        depths = (offsets != 0).astype(np.int64)
        for _ in range(n.bit_length() + 1):
            if not offsets[above].any():
                return depths.tolist()
            depths += depths[above]
            above = above[above]
        if offsets[above].any():
            raise RuntimeError("the dependency tree has a cycle")
        return depths.tolist()


_TREES: WeakKeyDictionary[Doc, _Tree] = WeakKeyDictionary()


def _tree(doc: Doc) -> _Tree:
    tree = _TREES.get(doc)
    if tree is None:
        tree = _TREES[doc] = _Tree(doc)
    return tree


def children(token: Token) -> list[Token]:
    """`list(token.children)`: the token's children, left to right."""
    doc = token.doc
    return [doc[i] for i in _tree(doc).kids[token.i]]


def lefts(token: Token) -> list[Token]:
    """`list(token.lefts)`: the children before the token, left to right."""
    doc, i = token.doc, token.i
    return [doc[k] for k in _tree(doc).kids[i] if k < i]


def rights(token: Token) -> list[Token]:
    """`list(token.rights)`: the children after the token, left to right."""
    doc, i = token.doc, token.i
    return [doc[k] for k in _tree(doc).kids[i] if k > i]


def sentence_starts(doc: Doc) -> list[int]:
    """`[sentence.start for sentence in doc.sents]`, from the index (built once per Doc)."""
    if "sents" in doc.user_hooks:
        return [sentence.start for sentence in doc.sents]
    return _tree(doc).sentence_starts(doc)


def sentence_bounds(token: Token) -> tuple[int, int]:
    """`(token.sent.start, token.sent.end)`: spaCy walks from the token to both ends of its
    sentence, which on a text the parser reads as one sentence is the whole text each time."""
    doc = token.doc
    if "sent" in doc.user_token_hooks or "sents" in doc.user_hooks:
        sentence = token.sent
        return sentence.start, sentence.end
    starts = _tree(doc).sentence_starts(doc)
    k = bisect_right(starts, token.i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)


def span_root(span: Span) -> Token:
    """`span.root`: a sentence's root within the span, else the word nearest the root among
    those whose head lies outside it (the first of equals; a space or a punctuation mark with no
    children of its own only when nothing else is there)."""
    doc = span.doc
    if "root" in doc.user_span_hooks:
        return span.root
    tree, start, end = _tree(doc), span.start, span.end
    heads = tree.heads
    for i in range(start, end):
        if not heads[i]:
            return doc[i]
    best, root = len(doc), -1
    for i in range(start, end):
        if start <= i + heads[i] < end:
            continue
        depth = tree.depths[i]
        if not tree.kids[i] and (doc[i].is_space or doc[i].is_punct):
            depth = len(doc) - 1
        if depth < best:
            best, root = depth, i
    return doc[start] if root == -1 else doc[root]


def with_label_between(doc: Doc, label: str, start: int, end: int) -> list[Token]:
    """`[t for t in doc[start:end] if t.dep_ == label]`, from the index of the labels."""
    found = _tree(doc).with_label(doc.vocab.strings[label])
    return [doc[i] for i in found[bisect_left(found, start) : bisect_left(found, end)]]


def below_with_label(token: Token, label: str) -> list[Token]:
    """`[t for t in token.subtree if t.dep_ == label and t != token]` in the text's order: the
    tokens below `token` with a dependency label, from an index of the labels rather than a walk over every
    token of the subtree (which, for each clause of a text nested thousands deep, is the text)."""
    doc = token.doc
    tree = _tree(doc)
    found = tree.with_label(doc.vocab.strings[label])
    first, last = tree.edges()
    within = found[bisect_left(found, first[token.i]) : bisect_right(found, last[token.i])]
    return [doc[i] for i in within if i != token.i and tree.descends(i, token.i)]
