"""A tokenizer step that keeps spaCy's time linear in the length of the text.

spaCy's tokenizer strips prefixes and suffixes from each whitespace-free run one character at
a time, searching the whole run for a suffix each time: a run of n quotation marks or other
punctuation (`!?!?…`) costs time in n². `RunSplittingTokenizer` cuts such runs into pieces of at most `LONGEST_RUN` characters, tokenises the pieces, and joins the Docs again:
the Doc's text is the text given, character for character, so every offset stays true.
Text without such a run goes through the tokenizer unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from spacy.tokens import Doc

# Words are far shorter; URLs rarely longer. Pieces this long cost spaCy a few times what
# single characters do, where a whole run of 10,000 costs it minutes.
LONGEST_RUN = 200


class RunSplittingTokenizer:
    """Wraps a spaCy tokenizer: runs of more than `longest_run` characters without whitespace
    are tokenised in pieces. Every other attribute is the wrapped tokenizer's, so the pipeline
    saves and loads it as before (the wrapping itself is not saved)."""

    def __init__(self, tokenizer: Any, longest_run: int = LONGEST_RUN) -> None:
        self.tokenizer = tokenizer
        self.longest_run = longest_run
        self._long_run = re.compile(rf"\S{{{longest_run + 1},}}")

    def __call__(self, text: str) -> Doc:
        if self._long_run.search(text) is None:
            return self.tokenizer(text)
        docs = [self.tokenizer(text[start:end]) for start, end in self._pieces(text)]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def _pieces(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of consecutive pieces covering `text`, cut only inside long runs."""
        start = 0
        for run in self._long_run.finditer(text):
            cut = run.start()
            while run.end() - cut > self.longest_run:
                cut = _cut(text, cut, cut + self.longest_run)
                yield start, cut
                start = cut
        yield start, len(text)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end a piece of a run that may reach `stop`: after its last character that is
    not a letter or digit, so that words stay whole where they can; else at `stop`."""
    for i in range(stop - 1, start + (stop - start) // 2, -1):
        if not text[i].isalnum():
            return i + 1
    return stop
