"""Paragraphs as the writer meant them: which line breaks end a paragraph and which only wrap it.

Plain-text archives, newsletters, wire feeds and PDF or OCR exports break lines inside a
paragraph at 60–80 columns. quotex reads one paragraph a line (`quotex.parse.marks.paragraphs`), so
`unwrap` turns each line break inside a paragraph into a space, character for character: every
offset still points into the text given, and a text laid out one line a paragraph comes back
as it is (the same object). docs/layout.md gives the rules and what they were measured on:

- a blank line always ends a paragraph;
- a document is *wrapped* when enough of its lines that run on into another line (not into a
  blank one) are *full*: so long that the next line's first word would not have fitted after
  them within the document's width (its longest such line, between `NARROWEST_WRAP` and
  `WIDEST_WRAP` columns), and most of those do not end a sentence before a line that starts
  one. Text one line a paragraph is not: its lines vary in length, or end where sentences do;
- in a wrapped document, a break after a full line wraps the paragraph, unless the next line
  starts as a new paragraph does: indented deeper than the document's usual lines, a bullet,
  or a speaker's label (`Q:`, `MAYOR:`); every other break ends the paragraph (a short line,
  as a paragraph's last line is, or a headline).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import NamedTuple

# Nobody wraps prose wider than this, or narrower than that; a longer line is a paragraph of its own.
WIDEST_WRAP = 160
NARROWEST_WRAP = 30
# The share of the lines that run on into another that must be full for a document to count as wrapped.
WRAPPED_SHARE = 0.5
# At least this many full lines: two lines of similar length are not yet a layout.
FEWEST_FULL = 2
# ... and at least this share of all its non-blank lines: a short list in an article laid out one
# line a paragraph is not a wrapped document.
WRITTEN_SHARE = 1 / 3
# ... and fewer than this share of its full lines may end a sentence before a line that starts one.
SENTENCE_SHARE = 0.5
# How many of the longest widths to try as the document's width.
WIDTHS_TRIED = 4
_RUN_ON = re.compile(rf"^[^\n]{{{NARROWEST_WRAP},}}\n[ \t]*[^\s]", re.MULTILINE)
# A word as wrappers see it: up to a plain space (a no-break space holds its words together).
_FIRST_WORD = re.compile(r"[^ \t\n]+")
# An address's length (a URL, an e-mail) says little about whether the line before was full:
# a line before one counts as full only when a word of this length would not have fitted.
LONGEST_WORD = 15
_ADDRESS = re.compile(r"\S*(?:@|://|www\.)")
# How a new paragraph may start in a block of lines: a bullet, or a speaker's label (below).
# Not a dash or a number: a wrap falls before `— but` or `28.` as often as before any word.
_BULLET = re.compile(r"[*•▪‣◦●]\s")
# A transcript's speaker label, read here and by `quotex.attribution.transcripts`: capitals (accented
# ones too: `SÖDERHOLM`), full stops, apostrophes and hyphens, one to six words (a title of four words
# and a name: `DEPUTY CHIEF FIRE OFFICER ANA RUIZ`), then a colon (`Q:`, `MAYOR LEE:`) ...
LABEL_MAX_WORDS = 4
CAPITAL_LABEL_MAX_WORDS = 6
_CAPITALS = "A-ZÀ-ÖØ-ÞŁŚŠŽŹŻĆČĐĚŇŘŤŮŐŰĞİŞ"
_LABEL_WORD = rf"[{_CAPITALS}][{_CAPITALS}.'’-]*"
# A label may follow the number of a question or of a piece of evidence, as a record of a hearing
# numbers them (`Q42 Chair:`, `42. Mr Doe:`), or the time it was said (`10:42 HOST:`, `[00:12:31] Doe:`):
# the number is no part of the label, so `Q41 Chair:` and `Q48 Chair:` are one label.
_LEAD = (r"(?:(?:Q\.?[ \t]?\d{1,4}\.?|\d{1,4}\.|[\[(]?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[ap]\.?m\.?)?[\])]?)"
         r"[ \t]+)?")
# A label set in bold or italics by the marks of Markdown (`**Q:**`, `**Ana Ruiz**:`) is the label without them.
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
LABEL_RE = re.compile(
    rf"{_LEAD}{_EMPHASIS}({_LABEL_WORD}(?: {_LABEL_WORD}){{0,{CAPITAL_LABEL_MAX_WORDS - 1}}}){_EMPHASIS}:{_EMPHASIS}[ \t]+(?=\S)"
)
# ... or in title case (`Mr Doe:`, `Cllr Jane Roe:`, `Chair (Cllr Ana Ruiz):`), with the name of
# who holds a part in brackets after it: a label only when it opens several lines in one form.
_TITLED_WORD = r"[^\W\d_][\w'’.-]*"
TITLED_LABEL_RE = re.compile(
    rf"{_LEAD}{_EMPHASIS}({_TITLED_WORD}(?: {_TITLED_WORD}){{0,{LABEL_MAX_WORDS - 1}}})(?: \(([^()\n]{{1,60}})\))?"
    rf"{_EMPHASIS}:{_EMPHASIS}[ \t]+(?=\S)"
)
TITLED_REPEATS = 2  # lines a label in title case must open, in the same form, to mark a transcript
# ... or a part's initial and a full stop, as magazines print an interview (`Q. Why now?`, `A. Because …`):
# a label only where a question's line is followed by an answer's, an initial being as often a name's.
STOPPED_LABEL_RE = re.compile(rf"{_EMPHASIS}([{_CAPITALS}])\.{_EMPHASIS}[ \t]+(?=\S)")


# How a sentence ends a line or a paragraph: a stop, maybe inside closing marks or a bracket.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_SENTENCE_START = re.compile(r"[\"'“‘«(\[]?[A-Z0-9]")


class _Line(NamedTuple):  # a tuple: documents of many short lines make many of them
    start: int  # offset of the line's first character (its indentation included)
    end: int  # offset after its last character but spaces and tabs
    stop: int  # offset of the line break after it
    indent: int  # spaces and tabs before its first character
    blank: bool

    @property
    def width(self) -> int:
        return self.end - self.start


def soft_breaks(text: str) -> list[int]:
    """The offsets of the line breaks in `text` that wrap a paragraph rather than end it."""
    if _RUN_ON.search(text) is None:
        return []  # no line long enough to be wrapped runs on into another
    lines = _lines(text)
    runs = [(line, after) for line, after in itertools.pairwise(lines) if not line.blank and not after.blank]
    if not runs:
        return []
    full = _full_lines(text, runs, sum(1 for line in lines if not line.blank))
    if not full:
        return []
    written_lines = [line for line in lines if not line.blank]
    usual_indent = Counter(line.indent for line in written_lines).most_common(1)[0][0]
    labels = _repeated_labels(text, written_lines)
    return [line.stop for line, after in full if not _starts_paragraph(text, after, usual_indent, labels)]


def unwrap(text: str) -> str:
    """`text` with every line break inside a paragraph (`soft_breaks`) read as a space; `text`
    itself when it has none."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for offset in breaks:
        chars[offset] = " "
        if offset and text[offset - 1] == "\r":
            chars[offset - 1] = " "  # a Windows line break: both characters
    return "".join(chars)


def _lines(text: str) -> list[_Line]:
    found = []
    start = 0
    for line in text.split("\n"):
        body = line.rstrip(" \t\r")
        indent = len(body) - len(body.lstrip(" \t"))
        found.append(_Line(start, start + len(body), start + len(line), indent, not line.strip()))
        start += len(line) + 1
    return found


def _full_lines(text: str, runs: list[tuple[_Line, _Line]], written: int) -> list[tuple[_Line, _Line]]:
    """The full lines among `runs` (a line and the one after it) when the document is wrapped,
    else none. The width is the longest line that runs on, or one of the few next longest when
    one or two lines stick out (an address, a word longer than the width)."""
    widths = sorted({line.width for line, _ in runs if NARROWEST_WRAP <= line.width <= WIDEST_WRAP}, reverse=True)
    for width in widths[:WIDTHS_TRIED]:
        full = [(line, after) for line, after in runs if _full(text, line, after, width)]
        if len(full) < max(FEWEST_FULL, WRAPPED_SHARE * len(runs), WRITTEN_SHARE * written):
            continue
        # Wrapping breaks lines at any word; lines that mostly end where a sentence ends and the
        # next begins are paragraphs of about one length.
        if sum(_sentence_break(text, line, after) for line, after in full) < SENTENCE_SHARE * len(full):
            return full
    return []


def _full(text: str, line: _Line, after: _Line, width: int) -> bool:
    """Whether the next line's first word would not have fitted after `line` within `width`."""
    if line.width > width:  # wider than the width only when one word is
        return line.width <= WIDEST_WRAP and " " not in text[line.start + line.indent : line.end]
    word = _FIRST_WORD.search(text, after.start, after.end)
    first = len(word.group()) if word else 0
    if word and _ADDRESS.match(word.group()):
        first = min(first, LONGEST_WORD)
    return line.width + 1 + first > width


def _repeated_labels(text: str, lines: list[_Line]) -> set[str]:
    """The labels in title case that open `TITLED_REPEATS` lines or more in the same form."""
    found = (TITLED_LABEL_RE.match(text, line.start + line.indent, line.end) for line in lines)
    counts = Counter(match.group(1) for match in found if match is not None)
    return {label for label, count in counts.items() if count >= TITLED_REPEATS}


def _starts_paragraph(text: str, line: _Line, usual_indent: int, labels: set[str]) -> bool:
    if line.indent > usual_indent + 1:  # one space more is a wrap after two spaces
        return True
    start = line.start + line.indent
    if _BULLET.match(text, start, line.end) or LABEL_RE.match(text, start, line.end):
        return True
    titled = TITLED_LABEL_RE.match(text, start, line.end)
    return titled is not None and titled.group(1) in labels


def _sentence_break(text: str, line: _Line, after: _Line) -> bool:
    """Whether `line` ends a sentence and `after` starts one (a capital, maybe after an opening mark)."""
    return SENTENCE_END.search(text, line.start, line.end) is not None and (
        _SENTENCE_START.match(text, after.start + after.indent, after.end) is not None
    )
