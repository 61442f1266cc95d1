"""The text the pipeline reads: Unicode spaces as spaces, invisible characters gone.

spaCy's tokenizer splits words on whitespace and glues every other character to a word, so
a non-breaking space becomes a token of its own between two names (`Marta`, ` `, `Kovac`)
and a zero-width space joins two words into one (`Russia’stopdiplomat`): the parse and the
speakers change. `normalise` gives the text the analysis reads, and `Normalised.original`
takes offsets in it back into the text given, so records still point into the original:

- every Unicode space (no-break, thin, ideographic, line and paragraph separators, …) becomes
  a plain space, character for character;
- a run of invisible format characters (zero-width space and joiners, word joiner, soft
  hyphen, byte-order mark, direction marks) is dropped, except that a zero-width space
  between two visible characters stands for the space it is;
- a lone surrogate (text decoded with `surrogateescape`, or built by hand) becomes U+FFFD,
  which spaCy can store.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

ZERO_WIDTH_SPACE = "\u200b"
_SPACES = "\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_INVISIBLE = (
    "\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f"
)
_SURROGATES = "\ud800-\udfff"
_SPECIAL = re.compile(f"[{_SPACES}{_SURROGATES}]|[{_INVISIBLE}]+")
_SPACE = re.compile(f"[{_SPACES}]")


@dataclass(frozen=True)
class Normalised:
    """`text` as the analysis reads it; `removed` holds, for each character dropped, the offset in
    `text` it was dropped before (sorted, repeated for runs)."""

    text: str
    removed: list[int] = field(default_factory=list)

    def original(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) in the text given of the characters at [start, end) in `text`.

        Characters dropped at either edge stay outside; those inside stay inside.
        """
        if not self.removed:
            return start, end
        first = start + bisect_right(self.removed, start)
        if end <= start:
            return first, first
        return first, end - 1 + bisect_right(self.removed, end - 1) + 1


def normalise(text: str) -> Normalised:
    """What the pipeline reads of `text` (see the module docstring); `text` itself, with no
    offsets to move, when it holds nothing to change."""
    if _SPECIAL.search(text) is None:
        return Normalised(text)
    pieces: list[str] = []
    removed: list[int] = []
    length = 0  # of the normalised text so far
    last = 0
    for match in _SPECIAL.finditer(text):
        pieces.append(text[last : match.start()])
        length += match.start() - last
        last = match.end()
        found = match.group()
        if _SPACE.fullmatch(found):
            pieces.append(" ")
            length += 1
        elif len(found) == 1 and "\ud800" <= found <= "\udfff":
            pieces.append("\ufffd")
            length += 1
        elif ZERO_WIDTH_SPACE in found and _between_visible(text, match.start(), match.end()):
            before = found.index(ZERO_WIDTH_SPACE)  # the space stands where the zero-width one was
            removed.extend([length] * before)
            pieces.append(" ")
            length += 1
            removed.extend([length] * (len(found) - before - 1))
        else:
            removed.extend([length] * len(found))
    pieces.append(text[last:])
    return Normalised("".join(pieces), removed)


def _between_visible(text: str, start: int, end: int) -> bool:
    return 0 < start and end < len(text) and not text[start - 1].isspace() and not text[end].isspace()
