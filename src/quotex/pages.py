"""Web pages: the text quotex reads of an HTML document.

A file named `*.html`/`*.htm`/`*.xhtml`, or text that starts as an HTML document (`<!DOCTYPE
html` or `<html`), is turned into its text (`html_text`): scripts, styles and the head are
dropped, each block element is a paragraph, character references are resolved. Offsets then
index into that text.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)


def is_html(name: str, text: str) -> bool:
    """Whether `name` is an HTML file by its extension, or `text` starts as an HTML document."""
    return name.lower().endswith(_HTML_EXTENSIONS) or bool(_HTML_START.match(text[:4096]))


def html_text(markup: str) -> str:
    """The text of an HTML document: a paragraph (a line) for each block, scripts and styles
    dropped, character references resolved, runs of spaces made one."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    return parser.text()


class _TextOfHtml(HTMLParser):
    """Python's own HTML parser (forgiving, as browsers are), collecting the text people see."""

    HIDDEN = frozenset({"script", "style", "head", "title", "noscript", "template", "svg", "iframe", "object"})
    BLOCKS = frozenset(
        ["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul"]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.line: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self._end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self._end_line()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self._end_line()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.line.append(data)

    def _end_line(self) -> None:
        line = " ".join("".join(self.line).split())
        if line:
            self.lines.append(line)
        self.line = []

    def text(self) -> str:
        self._end_line()
        return "".join(line + "\n\n" for line in self.lines)
