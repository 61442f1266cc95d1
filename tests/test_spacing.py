"""Unicode spaces and invisible characters are spaces to the analysis; offsets stay in the text given.

The unit tests of `quotex.reading.spacing` need no model; the seeds, rewritten with other spaces
between their words, must give the same records as the seeds themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from quotex.reading.spacing import normalise

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Anna\u00a0Berg said\u2009so\u202f.", "Anna Berg said so ."),
        ("the city\u2019s\u200btop\u200bofficial", "the city\u2019s top official"),
        ("the city\u200b official", "the city official"),
        ("\ufeffHead\u200d line\u2060", "Head line"),
        ("sup\u00adport and co\u200coperation", "support and cooperation"),
        ("one\u2028two\u3000three", "one two three"),
        ("a lone \udc80 half", "a lone \ufffd half"),
        ("plain text stays the same object", "plain text stays the same object"),
    ],
)
def test_what_the_analysis_reads(text: str, read: str) -> None:
    assert normalise(text).text == read


def test_plain_text_is_not_copied() -> None:
    text = "Nothing to change here."
    assert normalise(text).text is text


def test_offsets_go_back_to_the_text_given_without_edge_invisibles() -> None:
    text = "\u200bsaid\u00ad \u200c\u201cYes\u200d\u201d\u2060"
    read = normalise(text)
    for start in range(len(read.text) + 1):
        for end in range(start, len(read.text) + 1):
            first, last = read.original(start, end)
            assert 0 <= first <= last <= len(text)
            if end > start:
                visible = re.sub("[\u200b-\u200d\u2060\u00ad]", "", text[first:last])
                assert visible.replace(" ", "") == read.text[start:end].replace(" ", "")
                assert text[first] not in "\u200b\u200c\u200d\u2060\u00ad"
                assert text[last - 1] not in "\u200b\u200c\u200d\u2060\u00ad"


# --- the seeds with other spaces -------------------------------------------------------------


def respaced(text: str, space: str) -> tuple[str, list[int]]:
    """`text` with each space between words written as `space`, and where each of its characters went."""
    pieces, where, length = [], [], 0
    for char in text:
        where.append(length)
        piece = space if char == " " else char
        pieces.append(piece)
        length += len(piece)
    where.append(length)
    return "".join(pieces), where


def soft_hyphens(text: str) -> tuple[str, list[int]]:
    """`text` with a soft hyphen in the middle of every word of eight letters or more."""
    pieces, where, length = [], [], 0
    for match in re.finditer(r"[A-Za-z]{8,}|.", text, flags=re.DOTALL):
        word = match.group()
        for k, char in enumerate(word):
            where.append(length)
            piece = char + "\u00ad" if len(word) >= 8 and k == 3 else char
            pieces.append(piece)
            length += len(piece)
    where.append(length)
    return "".join(pieces), where


TRANSFORMS: dict[str, Callable[[str], tuple[str, list[int]]]] = {
    "no-break space": lambda text: respaced(text, "\u00a0"),
    "zero-width space and space": lambda text: respaced(text, "\u200b "),
    "zero-width space alone": lambda text: respaced(text, "\u200b"),
    "thin space": lambda text: respaced(text, "\u2009"),
    "narrow no-break space": lambda text: respaced(text, "\u202f"),
    "space and word joiner": lambda text: respaced(text, " \u2060"),
    "soft hyphens in long words": soft_hyphens,
}


def record(quote, where: list[int] | None = None) -> tuple:
    start, end = quote.start, quote.end
    if where is not None:  # the plain text's offsets, carried into the rewritten text
        start, end = where[start], where[end - 1] + 1
    return quote.kind, start, end, quote.speaker


@pytest.fixture(scope="module")
def plain_records(extractor) -> dict[Path, tuple[str, list]]:
    found = {}
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        found[path] = (text, extractor.extract(text))
    return found


@pytest.mark.model
@pytest.mark.parametrize("how", list(TRANSFORMS))
def test_seeds_with_other_spaces_give_the_same_records(extractor, plain_records, how: str) -> None:
    for path, (text, plain) in plain_records.items():
        changed, where = TRANSFORMS[how](text)
        quotes = extractor.extract(changed)
        for quote in quotes:
            assert changed[quote.start : quote.end] == quote.text
        assert [record(q) for q in quotes] == [record(q, where) for q in plain], path.name
