"""Web pages: the text of an article and its title, taken from the HTML of its page.

A news page holds much more than its article: navigation, bylines, captions, `RELATED:`
teasers, share buttons, comments, footers, cookie banners. Read as text, a teaser headline
after `RELATED:` becomes a statement of the person it names. `page_text` therefore takes the
page's main text with trafilatura, an extractor made for news (the `html` extra:
`pip install 'quotex[html]'`; docs/html.md compares it with the other candidates on test pages).
Without the extra, or when it finds no main text, it falls back to all of the page's visible
text (`html_text`). `Page.extraction` says which of the two gave the text, and every record
of the page carries it, with the page's title.

Offsets index into `Page.text`, the text quotex reports as the article's: a paragraph on each
line, each followed by a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

MAIN_TEXT = "trafilatura"  # `extraction`: the page's main text, by the `html` extra's extractor
VISIBLE_TEXT = "visible-text"  # `extraction`: all of the text a browser shows (no extractor installed, or it found none)
EXTRACTIONS = (MAIN_TEXT, VISIBLE_TEXT)

_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Page:
    """The text quotex reads of a web page, its title (None when it has none), and how the text was taken."""

    text: str
    title: str | None
    extraction: str


def is_html(name: str, text: str) -> bool:
    """Whether `name` is an HTML file by its extension, or `text` starts as an HTML document."""
    return name.lower().endswith(_HTML_EXTENSIONS) or bool(_HTML_START.match(text[:4096]))


def page_text(markup: str) -> Page:
    """The main text of a page when the `html` extra finds one, else all of its visible text."""
    return main_text(markup) or visible_text(markup)


def main_text(markup: str) -> Page | None:
    """The page's main text and title by trafilatura; None without it, or when it finds no text."""
    try:
        import trafilatura
    except ImportError:
        return None
    try:
        found: Any = trafilatura.bare_extraction(
            markup, include_comments=False, with_metadata=True, config=_trafilatura_settings()
        )
    except Exception:  # a page the extractor chokes on is still read, as visible text
        return None
    text = _paragraphs(found.text.split("\n")) if found is not None and found.text else ""
    if not text:
        return None
    return Page(text, _one_line(found.title), MAIN_TEXT)


@lru_cache(maxsize=1)
def _trafilatura_settings() -> Any:
    """trafilatura's settings, but for the size below which it reads the page again with its
    "baseline", which puts every inline element (`<b>`, `<a>`) on a line of its own and keeps the
    navigation: a short article is read as the others are (and the visible text follows when
    nothing is found)."""
    from trafilatura.settings import use_config

    settings = use_config()
    settings.set("DEFAULT", "MIN_EXTRACTED_SIZE", "1")
    return settings


def visible_text(markup: str) -> Page:
    """All of the text a browser shows, and the page's title (`html_text`)."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    return Page(parser.text(), parser.title(), VISIBLE_TEXT)


def html_text(markup: str) -> str:
    """The text of an HTML document: a paragraph (a line) for each block, scripts and styles
    dropped, character references resolved, runs of spaces made one."""
    return visible_text(markup).text


def _paragraphs(lines: list[str]) -> str:
    """Lines as quotex's paragraphs: spaces made one, each line followed by a blank line."""
    return "".join(line + "\n\n" for line in (" ".join(line.split()) for line in lines) if line)


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


class _TextOfHtml(HTMLParser):
    """Python's own HTML parser (forgiving, as browsers are), collecting the text people see.

    The title is the page's `og:title`, else its first `<h1>`, else its `<title>` (which often
    ends with the site's name)."""

    HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object"})
    BLOCKS = frozenset(
        ["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0
        self.titles: dict[str, list[str]] = {}  # "og:title", "h1", "title": their text, as read
        self._in: str | None = None  # the title element being read ("h1" or "title")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("title", "h1") and tag not in self.titles:
            self._in = tag
            self.titles[tag] = []
        elif tag == "meta" and ("property", "og:title") in attrs:
            self.titles.setdefault("og:title", [dict(attrs).get("content") or ""])
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self._end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self._end_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self.handle_starttag(tag, attrs)
        elif tag in self.BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.titles[self._in].append(data)
        if not self.hidden:
            self.line.append(data)

    def _end_line(self) -> None:
        line = " ".join("".join(self.line).split())
        if line:
            self.lines.append(line)
        self.line = []

    def text(self) -> str:
        self._end_line()
        return _paragraphs(self.lines)

    def title(self) -> str | None:
        for source in ("og:title", "h1", "title"):
            title = _one_line("".join(self.titles.get(source, ())))
            if title:
                return title
        return None
