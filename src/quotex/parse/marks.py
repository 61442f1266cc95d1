"""Finding quotations by their marks, over the original characters.

Pure functions over a string: no spaCy. Whether a mark opens or closes follows from
its neighbours (the flanking rules CommonMark uses for emphasis), not from counting,
so one stray mark cannot flip every later quotation. A quotation inside a quotation
stays part of the outer one; an unclosed mark is bounded by its paragraph, in single marks as
in double. An apostrophe that begins or ends an elided word (`'Tis`, `rock 'n' roll`, data file
`elisions.txt`) is neither.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib import resources

DOUBLE_MARKS = '"“”„‟«»❝❞〝〞＂'
SINGLE_MARKS = "'‘’‚‛‹›"
_NOMINAL_OPENERS = set("“„‟«❝〝‘‚‛‹")
_NOMINAL_CLOSERS = set("”»❞〞’›")
# A right single mark is an apostrophe far more often than an opener ("’90s", "’em").
_NEVER_OPENS = set("’›")
_OPENING_PUNCTUATION = set("([{<—–-/")
_CLOSING_PUNCTUATION = set(".,;:!?)]}>—–-…/")
# Two apostrophes or two backticks stand for a double mark in some newswire (``…'' and ''…'').
DOUBLED = ("''", "``", "‘‘", "’’")
# Three apostrophes after a word are a single mark closing an inner quotation, then a doubled
# one closing the outer (``We said 'no,''' she said): the single mark is read first.
_SINGLE_BEFORE_DOUBLED = r"(?<=\S)'(?=''(?!'))"
_SINGLE_FIRST_RE = re.compile(_SINGLE_BEFORE_DOUBLED)
_MARK_RE = re.compile(
    _SINGLE_BEFORE_DOUBLED + "|" + "|".join(map(re.escape, DOUBLED)) + f"|[{re.escape(DOUBLE_MARKS + SINGLE_MARKS)}]"
)
# A paragraph is a non-blank line: a line break ends one. Every module asks here.
PARAGRAPH_BREAK = "\n"
_LINE_RE = re.compile(f"[^{PARAGRAPH_BREAK}]+")


class Role(Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"
    NONE = "none"


@dataclass(frozen=True)
class Paragraph:
    """A non-empty line of the text; quotex's unit of layout."""

    index: int
    start: int
    end: int


@dataclass(frozen=True)
class QuotedSpan:
    """What stands between a pair of quotation marks.

    `start`/`end` delimit the content (marks excluded). `close_mark` is None when the
    paragraph ended before a closing mark did. `first_paragraph` and `last_paragraph` are
    the indices of the paragraphs the quotation starts and ends in.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    first_paragraph: int
    last_paragraph: int
    single: bool = False

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def paragraphs(text: str) -> list[Paragraph]:
    """The non-blank lines of `text`, numbered from 0, trailing spaces excluded."""
    found: list[Paragraph] = []
    for match in _LINE_RE.finditer(text):
        line = match.group()
        stripped = line.rstrip()
        if not stripped.strip():
            continue
        lead = len(line) - len(line.lstrip())
        found.append(Paragraph(len(found), match.start() + lead, match.start() + len(stripped)))
    return found


def breaks_paragraph(text: str) -> bool:
    """Whether `text` (a token's, or the space after it) holds a paragraph break."""
    return PARAGRAPH_BREAK in text


def paragraph_index(starts: Sequence[int], offset: int) -> int:
    """The index of the paragraph that holds `offset`, from the sorted start offsets of the
    paragraphs; the blank lines after a paragraph count as its own."""
    return max(0, bisect_right(starts, offset) - 1)


def line_start(text: str, offset: int) -> int:
    """The offset where the line that holds `offset` begins."""
    return text.rfind(PARAGRAPH_BREAK, 0, offset) + 1


@cache
def _elisions() -> frozenset[str]:
    """The elided words of `elisions.txt`, lower case, with their straight apostrophes."""
    lines = resources.files("quotex.data").joinpath("elisions.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("#", 1)[0].strip().lower() for line in lines if line.split("#", 1)[0].strip())


_LONGEST_ELISION = 12  # letters: no elided word is longer


def _word_after(text: str, i: int) -> str:
    end = i + 1
    while end < len(text) and end - i <= _LONGEST_ELISION and text[end].isalnum():
        end += 1
    return text[i + 1 : end]


def _word_before(text: str, i: int) -> str:
    start = i
    while start > 0 and i - start < _LONGEST_ELISION and text[start - 1].isalnum():
        start -= 1
    return text[start:i]


def _begins_elision(text: str, i: int) -> bool:
    """Whether the single mark at `text[i]` is the apostrophe that begins an elided word (`'Tis`, `'n'`)."""
    word = _word_after(text, i)
    if not word or (i > 0 and text[i - 1].isalnum()):
        return False
    end = i + 1 + len(word)
    if end < len(text) and text[end].isalnum():
        return False  # a longer word than any elided one
    elisions = _elisions()
    closed = end < len(text) and text[end] in SINGLE_MARKS
    return f"'{word.lower()}" in elisions or (closed and f"'{word.lower()}'" in elisions)


def _ends_elision(text: str, i: int) -> bool:
    """Whether the single mark at `text[i]` is the apostrophe that ends an elided word (`goin'`, `'n'`)."""
    word = _word_before(text, i)
    if not word or (i + 1 < len(text) and text[i + 1].isalnum()):
        return False
    start = i - len(word)
    if start > 0 and text[start - 1].isalnum():
        return False
    elisions = _elisions()
    opened = start > 0 and text[start - 1] in SINGLE_MARKS
    return f"{word.lower()}'" in elisions or (opened and f"'{word.lower()}'" in elisions)


def mark_length(text: str, i: int) -> int:
    return 2 if _is_doubled(text, i) else 1


def is_double(text: str, i: int) -> bool:
    """Whether the mark at `text[i]` is a double quotation mark (`"`, `“`, `''`, …)."""
    return text[i] in DOUBLE_MARKS or _is_doubled(text, i)


def _is_doubled(text: str, i: int) -> bool:
    # `''Tis …'`: a single mark, then the apostrophe of the elided word.
    return text.startswith(DOUBLED, i) and not _SINGLE_FIRST_RE.match(text, i) and not _begins_elision(text, i + 1)


def mark_role(text: str, i: int) -> Role:
    """Whether the mark at `text[i]` can open or close a quotation, from its neighbours."""
    length = mark_length(text, i)
    mark = text[i] if length == 1 else '"'
    before = text[i - 1] if i > 0 else " "
    after = text[i + length] if i + length < len(text) else " "
    can_open = not after.isspace() and (
        before.isspace() or before in _OPENING_PUNCTUATION or _is_mark(before)
    )
    can_close = not before.isspace() and (
        after.isspace() or after in _CLOSING_PUNCTUATION or _is_mark(after)
    )
    if mark in SINGLE_MARKS:
        if before.isalnum() and after.isalnum():
            return Role.NONE  # don't, I've, Doe’s
        if can_open and (after.isdigit() or mark in _NEVER_OPENS):
            return Role.NONE  # ’90s, '90s, ’em
        if _begins_elision(text, i) or _ends_elision(text, i):
            return Role.NONE  # 'Tis, ‘em, rock 'n' roll, goin'
    if can_open and can_close:
        return Role.EITHER
    if not (can_open or can_close) and mark not in SINGLE_MARKS:
        unflanked = _unflanked(text, i, length)
        if unflanked is not Role.NONE:
            return unflanked
    if can_open:
        return Role.OPEN  # also a closing-shaped mark used to open, as in Swedish ”…”
    if can_close:
        return Role.CLOSE
    if mark in _NOMINAL_OPENERS:
        return Role.OPEN if mark not in SINGLE_MARKS else Role.NONE
    if mark in _NOMINAL_CLOSERS:
        return Role.CLOSE if mark not in SINGLE_MARKS else Role.NONE
    return Role.NONE  # space on both sides: an inch mark or a stray, not a quotation


def _spaced_from_inner(text: str, i: int, length: int) -> Role:
    """`… like, 'Oh, this matters,' " Roe said` · `" 'Oh,' he said"`: a double mark set a space
    apart from the single mark of the quotation inside it, as typists keep the two apart,
    closes the outer quotation after an inner one that closes, and opens it before an inner
    one that opens, or before the ellipsis of words quoted from within a sentence."""
    before, after = i - 2, i + length + 1
    if before >= 0 and text[i - 1] == " " and text[before] in SINGLE_MARKS and before > 0 and not text[before - 1].isspace():
        if i + length >= len(text) or text[i + length].isspace() or text[i + length] in _CLOSING_PUNCTUATION:
            return Role.CLOSE
    if after >= len(text) or text[i + length] != " ":
        return Role.NONE
    opens_inner = text[after] in SINGLE_MARKS and after + 1 < len(text) and text[after + 1].isalnum()
    if opens_inner or text.startswith(_ELLIPSES, after):
        if i == 0 or text[i - 1].isspace() or text[i - 1] in _OPENING_PUNCTUATION:
            return Role.OPEN
    return Role.NONE


def _unflanked(text: str, i: int, length: int) -> Role:
    """The role of a double mark its neighbours do not flank: set apart from an inner mark or
    an ellipsis, or misplaced by a typist (`_set_off_by_a_typo`, either role)."""
    spaced = _spaced_from_inner(text, i, length)
    if spaced is Role.NONE and _set_off_by_a_typo(text, i, length):
        return Role.EITHER
    return spaced


def _set_off_by_a_typo(text: str, i: int, length: int) -> bool:
    """`Roe (Ore.):"We …` · `said a baker."We …` · `''… sealed it twice, '' said Roe`: a straight
    double mark a clause's punctuation stands right before, with a word glued after it (the space
    after the punctuation dropped) or with a space on both sides (a stray space before the mark),
    is a quotation mark a typist misplaced, not an inch mark: it closes the quotation left open,
    else opens one. A curly mark says which it is by its shape."""
    if length == 1 and text[i] in _NOMINAL_OPENERS | _NOMINAL_CLOSERS:
        return False
    spaced = text[:i].rstrip(" ")
    before = spaced.rstrip(SINGLE_MARKS) if len(spaced) < i else spaced  # `'fine,'  ''`: after an inner quotation
    if not before or before[-1] not in _TYPO_PUNCTUATION:
        return False
    after = text[i + length] if i + length < len(text) else " "
    glued = len(spaced) == i and after.isalnum()
    stranded = len(spaced) < i and after == " " and text[i + length :].lstrip(" ")[:1].isalnum()
    return glued or stranded


_TYPO_PUNCTUATION = set(".,:;?!…")  # what ends a clause or introduces a quotation
_ELLIPSES = ("…", "...")  # `” … he delivered a mix …,” X wrote`: words quoted from within a sentence


def _is_mark(char: str) -> bool:
    return char in DOUBLE_MARKS or char in SINGLE_MARKS


def find_quotations(text: str, paras: Sequence[Paragraph] | None = None) -> list[QuotedSpan]:
    """Every outermost quotation in `text`, in order.

    A quotation may run over paragraphs, in double marks or in single ones (British style), in
    both news conventions: the paragraph ends unclosed and the next reopens with a mark, or the
    next has no opening mark and closes the quotation itself. An opening mark closed nowhere is
    a quotation to the end of its paragraph, whatever its marks.
    """
    paras = list(paragraphs(text)) if paras is None else list(paras)
    spans: list[QuotedSpan] = []
    pending: tuple[int, int] | None = None  # (open_mark, first_paragraph) of a quotation left open
    for para in paras:
        marks = [(m.start(), mark_role(text, m.start())) for m in _MARK_RE.finditer(text, para.start, para.end)]
        marks = [(i, role) for i, role in marks if role is not Role.NONE]
        cursor = 0
        if pending is not None:
            single = not is_double(text, pending[0])
            cursor, closed_at = _continue_quotation(text, marks, single)
            if closed_at is None and cursor == 0:
                spans.append(_unclosed(text, pending, paras))
                pending = None
            elif closed_at is not None:
                spans.append(_span(text, pending, closed_at, para.index, single=single))
                pending = None
        if pending is None:
            pending = _pair(text, marks, cursor, para.index, spans)
    if pending is not None:
        spans.append(_unclosed(text, pending, paras))
    return [s for s in spans if s.end > s.start]


def _pair(text: str, marks: list[tuple[int, Role]], cursor: int, index: int, spans: list[QuotedSpan]) -> tuple[int, int] | None:
    """Adds to `spans` the quotations paragraph `index` opens and closes from `marks[cursor]` on;
    returns (open_mark, index) of one it leaves open, if any."""
    closers = _SingleClosers()
    while cursor < len(marks):
        i, role = marks[cursor]
        cursor += 1
        if role is Role.CLOSE:
            continue
        single = not is_double(text, i)
        close_index = closers.after(text, marks, cursor) if single else _double_closer(text, marks, cursor)
        if close_index is None:
            if single and role is not Role.OPEN:
                continue  # a single mark that may as well close: not enough to open a quotation
            return i, index
        spans.append(_span(text, (i, index), marks[close_index][0], index, single=single))
        cursor = close_index + 1
    return None


def _double_closer(text: str, marks: list[tuple[int, Role]], cursor: int) -> int | None:
    """Index in `marks` of the double mark that closes a quotation opened before `cursor`."""
    depth = 1
    for k in range(cursor, len(marks)):
        i, role = marks[k]
        if not is_double(text, i):
            continue  # single marks inside a double quotation are inner quotes or apostrophes
        if role is Role.OPEN and (text[i] in _NOMINAL_OPENERS or mark_length(text, i) == 2):
            depth += 1
        elif role is not Role.OPEN:
            depth -= 1
            if depth == 0:
                return k
    return None


class _SingleClosers:
    """For each position in a paragraph's marks, the next mark that can close a single
    quotation, and the next possessive-looking one. Built once a paragraph, from the end, so
    that a paragraph of many single marks with nothing to close them (`‘a ‘a ‘a …`) costs time
    in proportion to its length, not to its square."""

    def __init__(self) -> None:
        self._marks: list[tuple[int, Role]] | None = None
        self._closer: list[int | None] = []
        self._possessive: list[int | None] = []

    def after(self, text: str, marks: list[tuple[int, Role]], cursor: int) -> int | None:
        """Index in `marks`, from `cursor` on, of the single mark that closes a single
        quotation; a possessive `s’ ` only when no other closer follows."""
        if self._marks is not marks:
            self._build(text, marks)
        if cursor >= len(marks):
            return None
        closer = self._closer[cursor]
        return closer if closer is not None else self._possessive[cursor]

    def _build(self, text: str, marks: list[tuple[int, Role]]) -> None:
        self._marks = marks
        self._closer = [None] * len(marks)
        self._possessive = [None] * len(marks)
        closer: int | None = None
        possessive: int | None = None
        for k in range(len(marks) - 1, -1, -1):
            i, role = marks[k]
            if not is_double(text, i) and role is not Role.OPEN:
                if _looks_possessive(text, i):
                    possessive = k
                else:
                    closer = k
            self._closer[k] = closer
            self._possessive[k] = possessive


def _looks_possessive(text: str, i: int) -> bool:
    """`farmers’ rights`: an s, the mark, a space, then a word in lower case."""
    return (
        i > 0
        and text[i - 1] in "sS"
        and i + 2 < len(text)
        and text[i + 1] == " "
        and text[i + 2].islower()
    )


def _continue_quotation(text: str, marks: list[tuple[int, Role]], single: bool) -> tuple[int, int | None]:
    """How a paragraph goes on with a quotation left open by the one before, in single marks
    or in double ones (marks of the other kind are inner quotations).

    Returns (marks consumed, position of the closing mark or None). (0, None) means the
    paragraph does not continue the quotation.
    """
    same = [(k, i, role) for k, (i, role) in enumerate(marks) if is_double(text, i) is not single]
    if not same:
        return 0, None
    k, i, role = same[0]
    if role in (Role.OPEN, Role.EITHER) and _starts_paragraph(text, i):
        # Convention 1: the quotation reopens; find where it closes now.
        close_index = _SingleClosers().after(text, marks, k + 1) if single else _double_closer(text, marks, k + 1)
        if close_index is None:
            return len(marks), None  # still open: the next paragraph decides again
        return close_index + 1, marks[close_index][0]
    if role is not Role.OPEN and not (single and _looks_possessive(text, i)):
        return k + 1, i  # Convention 2: no opening mark, the closing one ends it here
    return 0, None


def _starts_paragraph(text: str, i: int) -> bool:
    return not text[line_start(text, i) : i].strip()


def _span(text: str, opened: tuple[int, int], close_mark: int, last_paragraph: int, *, single: bool = False) -> QuotedSpan:
    open_mark, first_paragraph = opened
    return QuotedSpan(open_mark + mark_length(text, open_mark), close_mark, open_mark, close_mark, first_paragraph, last_paragraph, single)


def _unclosed(text: str, opened: tuple[int, int], paras: Sequence[Paragraph]) -> QuotedSpan:
    open_mark, first_paragraph = opened
    para = paras[first_paragraph] if first_paragraph < len(paras) else None
    if para is None or para.index != first_paragraph:  # paragraphs numbered otherwise: look it up
        para = next(p for p in paras if p.index == first_paragraph)
    end = para.end
    single = not is_double(text, open_mark)
    return QuotedSpan(open_mark + mark_length(text, open_mark), end, open_mark, None, first_paragraph, first_paragraph, single)


def paragraph_pieces(text: str, quotation: QuotedSpan) -> list[QuotedSpan]:
    """A quotation that runs over paragraphs, cut where a paragraph reopens it with a mark of
    its own kind (the first convention of `find_quotations`): news annotation counts each such
    paragraph as a quotation of its own, of the same speaker. A paragraph that goes on with no
    opening mark (the second convention) stays part of the piece before it, and a quotation
    in one paragraph is its own only piece.

    Each piece but the last is closed by no mark; its paragraphs are its own."""
    if quotation.first_paragraph == quotation.last_paragraph:
        return [quotation]
    pieces: list[QuotedSpan] = []
    start, open_mark, first = quotation.start, quotation.open_mark, quotation.first_paragraph
    paragraph = first
    breaks = [m.start() for m in re.finditer(PARAGRAPH_BREAK, text[: quotation.end]) if m.start() >= quotation.start]
    for position in breaks:
        line_end = text.find(PARAGRAPH_BREAK, position + 1)
        line = text[position + 1 : quotation.end if line_end < 0 else min(line_end, quotation.end)]
        if not line.strip():
            continue  # a blank line: no paragraph
        paragraph += 1
        mark = position + 1 + len(line) - len(line.lstrip())
        if is_double(text, mark) is quotation.single or mark_role(text, mark) not in (Role.OPEN, Role.EITHER):
            continue
        end = len(text[:position].rstrip())
        pieces.append(QuotedSpan(start, end, open_mark, None, first, paragraph - 1, quotation.single))
        start, open_mark, first = mark + mark_length(text, mark), mark, paragraph
    pieces.append(QuotedSpan(start, quotation.end, open_mark, quotation.close_mark, first, quotation.last_paragraph,
                             quotation.single))
    return [piece for piece in pieces if piece.end > piece.start]


def inner_quotations(text: str, quotation: QuotedSpan) -> list[QuotedSpan]:
    """The outermost quotations inside a quotation's words (`She said 'fine' and left`): found
    as `find_quotations` finds them in a text of their own, at their offsets in `text`, in the
    outer quotation's paragraphs."""
    inner = text[quotation.start : quotation.end]
    found = []
    for span in find_quotations(inner):
        if span.close_mark is None:
            continue  # an apostrophe left alone, or a mark the outer quotation's end cut off
        found.append(QuotedSpan(
            span.start + quotation.start, span.end + quotation.start, span.open_mark + quotation.start,
            span.close_mark + quotation.start, quotation.first_paragraph + span.first_paragraph,
            quotation.first_paragraph + span.last_paragraph, span.single,
        ))
    return found
