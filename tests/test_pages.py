"""Web pages: their main text through the `html` extra, all of their visible text without it,
their title, and records that say which text they index.

The pages in tests/data/pages were written for these tests and for the comparison of extractors
in docs/html.md; each `.expected.txt` lists the body's paragraphs, `~ ` lines that may go either
way (the headline comes first) and `! ` the words of a teaser that must not be read.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from terminal import run_extract

from quotex.reading.inputs import read_document
from quotex.reading.pages import MAIN_TEXT, VISIBLE_TEXT, page_text, visible_text

PAGES = Path(__file__).parent / "data" / "pages"
PAGE_FILES = sorted(PAGES.glob("*.html"), key=lambda path: path.name)
needs_extra = pytest.mark.skipif(importlib.util.find_spec("trafilatura") is None, reason="the html extra is not installed")


def expected(page: Path) -> tuple[list[str], str, list[str]]:
    """The page's body paragraphs, its headline and the words of its teasers."""
    paragraphs = page.with_suffix(".expected.txt").read_text(encoding="utf-8").strip().split("\n\n")
    either = [p[2:] for p in paragraphs if p.startswith("~ ")]
    return [p for p in paragraphs if not p.startswith(("~ ", "! "))], either[0], [p[2:] for p in paragraphs if p.startswith("! ")]


@pytest.fixture
def without_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a machine without the html extra: importing trafilatura fails."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)


@needs_extra
@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda path: path.stem)
def test_the_main_text_keeps_each_body_paragraph_whole_and_drops_the_teasers(page: Path) -> None:
    body, headline, teasers = expected(page)
    found = page_text(page.read_text(encoding="utf-8"))
    assert found.extraction == MAIN_TEXT and found.title == headline
    assert [p for p in body if p not in found.text.split("\n")] == []  # each a paragraph of its own, marks and all
    assert [t for t in teasers if t in found.text] == []


@pytest.mark.parametrize("page", PAGE_FILES, ids=lambda path: path.stem)
def test_without_the_extra_a_page_is_all_of_its_visible_text(page: Path, without_the_extra: None) -> None:
    markup = page.read_text(encoding="utf-8")
    body, headline, _ = expected(page)
    found = page_text(markup)
    assert found == visible_text(markup) and found.extraction == VISIBLE_TEXT and found.title == headline
    assert [p for p in body if p not in found.text.split("\n")] == []


def test_a_text_file_is_no_page(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("<p>not markup</p>\n", encoding="utf-8")
    document = read_document(str(path))
    assert (document.text, document.title, document.extraction) == ("<p>not markup</p>\n", None, None)


def _records(*pages: str) -> list[dict]:
    result = run_extract(*(str(PAGES / page) for page in pages), "--no-link", "-q")
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _offsets_true(records: list[dict]) -> bool:
    return all(read_document(r["file"]).text[r["start"] : r["end"]] == r["text"] for r in records)


@needs_extra
@pytest.mark.model
def test_a_related_teaser_is_no_statement_and_the_body_keeps_its_quotations() -> None:
    records = _records("city-budget.html", "spread-quote.html")
    assert {(r["extraction"], r["title"]) for r in records} == {
        (MAIN_TEXT, "Council backs $14m harbour wall repair"),
        (MAIN_TEXT, "Northgate bridge inquiry: \u2018everyone could say it was not their turn\u2019"),
    }
    assert [r for r in records if "will never be built" in r["text"]] == []
    said = {(r["speaker"], r["text"][:30]) for r in records if r["kind"] == "direct"}
    assert ("Ingrid Solvang", "We have patched this wall for ") in said
    assert ("Halvard Brenning", "For four years the engineers\u2019 ") in said  # a quotation over three paragraphs
    assert _offsets_true(records)


@pytest.mark.model
def test_without_the_extra_records_say_they_read_all_of_the_page(without_the_extra: None) -> None:
    records = _records("city-budget.html")
    assert {(r["extraction"], r["title"]) for r in records} == {(VISIBLE_TEXT, "Council backs $14m harbour wall repair")}
    assert [r["speaker"] for r in records if "will never be built" in r["text"]] == ["Dario Pellucci"]  # why the extra
    assert _offsets_true(records)


@needs_extra
def test_a_short_article_keeps_its_paragraphs_whole() -> None:
    """Below trafilatura's usual size it reads a page with its baseline, which breaks a paragraph
    at each inline element and keeps the navigation; quotex reads short articles as long ones."""
    found = page_text(
        "<html><body><nav>Home</nav><p>&ldquo;We are ready,&rdquo; Mayor Ellen <b>Brandt</b> said.</p>"
        "<p>The vote came late.</p></body></html>"
    )
    assert (found.text, found.extraction) == ("\u201cWe are ready,\u201d Mayor Ellen Brandt said.\n\nThe vote came late.\n\n", MAIN_TEXT)
