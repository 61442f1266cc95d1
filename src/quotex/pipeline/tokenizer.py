"""quotex's changes to spaCy's tokenizer, so that its rules can read the tokens whatever the spacing.

`prepare_tokenizer` splits zero-width characters and glued quotation marks off, keeps a hyphen
before a capital letter and a title's full stop on their words, and wraps the tokenizer in
`RunSplittingTokenizer`, which keeps spaCy's time linear in the length of the text.

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
from weakref import WeakKeyDictionary

from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, HYPHENS
from spacy.language import Language
from spacy.tokens import Doc

from quotex.lexicon import default_lexicon

# Words are far shorter; URLs rarely longer. Pieces this long cost spaCy a few times what
# single characters do, where a whole run of 10,000 costs it minutes.
LONGEST_RUN = 200

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# spaCy's infix that splits a hyphen between letters, and the same before a lower-case letter only.
_HYPHEN = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"
_HYPHEN_BEFORE_LOWER = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA_LOWER}])"
_INFIX_MARKS = "“”«»„"  # double marks that never stand inside a word; straight ones may (5'10")
# ... but not between a clause's punctuation and a letter (`Doe:"We`, `ashore."We`): a typist's
# dropped space, which `parse.marks` reads as a quotation mark.
_GLUED_STRAIGHT = [rf'[,.;:!?](?="[{ALPHA}])', rf'(?<=[,.;:!?])"(?=[{ALPHA}])']


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
            doc = self.tokenizer(text)
        else:
            doc = Doc.from_docs([self.tokenizer(text[start:end]) for start, end in self._pieces(text)],
                                ensure_whitespace=False)
        _TEXTS[doc] = text
        return doc

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


# The text each Doc was made from, while the Doc lives: `Doc.text` joins every token anew on
# each access (a millisecond for an article), and a Doc's text never changes.
_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def text_of(doc: Doc) -> str:
    """`doc.text`: the text the tokenizer made the Doc from, when it was `RunSplittingTokenizer`."""
    text = _TEXTS.get(doc)
    return doc.text if text is None else text


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end a piece of a run that may reach `stop`: after its last character that is
    not a letter or digit, so that words stay whole where they can; else at `stop`."""
    for i in range(stop - 1, start + (stop - start) // 2, -1):
        if not text[i].isalnum():
            return i + 1
    return stop


def prepare_tokenizer(nlp: Language) -> None:
    """Tokens that quotex's rules can read, whatever the spacing of the text.

    spaCy's tokenizer leaves zero-width characters glued to a word (`said\u200b`), and a
    double quotation mark between two words with no space (`said,“Look`, `Doe:"We`) inside one token:
    the cue, the name or the mark is then lost. Both become tokens of their own; zero-width
    characters, with `is_space` set, are passed over like spaces. A hyphen before a capital
    letter joins its word (`Dahl-Ostby`, `Jean-Pierre`, `anti-American`): spaCy's default
    splits it, and a hyphenated surname then loses its second half (`co-owner` and
    `well-known` are still split). Long runs without whitespace are tokenised in pieces
    (`RunSplittingTokenizer`), which keeps spaCy's time linear on runs of punctuation.
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    if not isinstance(nlp.tokenizer, RunSplittingTokenizer):
        nlp.tokenizer = RunSplittingTokenizer(nlp.tokenizer)
    zero_width = f"[{ZERO_WIDTH}]"
    tokenizer = nlp.tokenizer.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*(nlp.Defaults.prefixes or ()), zero_width]).search
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), zero_width]).search
    infixes = [_HYPHEN_BEFORE_LOWER if infix == _HYPHEN else infix for infix in (nlp.Defaults.infixes or ())]
    infixes += [zero_width, f"[{_INFIX_MARKS}]", f"[,.;:!?](?=[{_INFIX_MARKS}])", *_GLUED_STRAIGHT]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for char in ZERO_WIDTH:
        nlp.vocab[char].is_space = True
    # A title's full stop belongs to it (`Sgt. Jane Doe`, as spaCy already keeps `Sen.`): split
    # off, it ends the sentence before the name and the parse loses the speaker.
    for title in default_lexicon().titles:
        if title.endswith(".") and len(title) > 2:
            tokenizer.add_special_case(title.capitalize(), [{"ORTH": title.capitalize()}])
    # So does a suffix's (`Elias Doe Sr. said`): split off, the full stop was taken for the speaker.
    for suffix in default_lexicon().people_words.name_suffixes:
        if suffix.endswith(".") and len(suffix) > 2:
            tokenizer.add_special_case(suffix.capitalize(), [{"ORTH": suffix.capitalize()}])
