"""An HTML report of a corpus's quotations: one self-contained file to review them offline.

The page is `template.html` with `report.css` and `report.js` inlined, and the corpus as data:
one JSON document in a `<script type="application/json">` element, which the browser never
runs. The page's script builds everything the reader sees from that data with DOM calls
(`textContent`, `setAttribute`), never by parsing markup, so no text of an article or a record
can become an element, an attribute or a script. Within the JSON, `<`, `>`, `&` and the line
separators U+2028/U+2029 are written as `\\u` escapes, so the data cannot close its element.

The Content-Security-Policy allows the one script and the one style sheet by their SHA-256
hashes and nothing else: no other inline script, no event handler attribute, no `javascript:`
URL, nothing fetched (`default-src 'none'`), no `<base>`, no plugin; Trusted Types forbid
assigning markup as strings.

What the page offers (see docs/report.md): search over quotations, speakers and article
titles; filters by speaker, kind, confidence, outlet and date; the speakers ranked with a
colour each for the most quoted; the selection as CSV or JSON Lines; the view kept in the
URL's fragment. It builds the rows and articles that are on screen and the next ones as the
reader scrolls, so ten thousand articles open as fast as a few.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import IO, Any

from quotex.corpus.linking import Identity
from quotex.output.records import FIELDS, KINDS, MENTION_FIELDS, MENTION_PARTS, Quote, shown_name
from quotex.output.writers import _FORMULA_PREFIXES, flat_fields

# The most quoted speakers get a colour each from report.css's palette (`.c0` … `.c9`, chosen
# to be told apart); everyone else shares a neutral one.
PALETTE_SIZE = 10
ARTICLE_FIELDS = ("title", "url", "date", "outlet")  # an article's own fields, when records carry them
TITLE_LENGTH = 300  # a headline longer than this is cut for the article's title
HEADLINE_LINES = 20  # where a headline is looked for: the text's first lines
HEADLINE_WORDS = 4
# In the JSON data: what could end the <script> element or start markup, and what a JavaScript
# source takes as a line end; and surrogates of undecodable file names, which UTF-8 cannot hold.
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")


def render_report(
    texts: Mapping[str, str],
    linked: Iterable[tuple[Quote, Identity | None]],
    out: IO[str],
    metadata: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Write the report of the documents `texts` (name -> text) with their linked records.

    `metadata` holds an article's own fields (`ARTICLE_FIELDS`: title, url, date, outlet) by
    its name, where the records carried them. Articles come in the order of `texts`; an
    article's records need not be in order. Records of articles not in `texts`, or whose
    offsets do not hold in its text, are left out.
    """
    out.write(page(page_data(texts, linked, metadata or {})))


def page(data: Mapping[str, Any]) -> str:
    """The page around `data` (as `page_data` makes it)."""
    folder = resources.files("quotex.output.report")
    template = folder.joinpath("template.html").read_text(encoding="utf-8")
    style = folder.joinpath("report.css").read_text(encoding="utf-8")
    script = folder.joinpath("report.js").read_text(encoding="utf-8")
    policy = "; ".join((
        "default-src 'none'",
        f"script-src '{_sha256(script)}'",
        f"style-src '{_sha256(style)}'",
        "img-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "require-trusted-types-for 'script'",
        "trusted-types 'none'",
    ))
    # The data, the only thing from outside, goes into its place alone, and last: nothing in it
    # is ever read as a marker.
    head, marker, tail = template.partition("/*DATA*/")
    assert marker, "template.html has no /*DATA*/"
    head = head.replace("/*POLICY*/", policy).replace("/*STYLE*/", style)
    tail = tail.replace("/*SCRIPT*/", script)
    return head + script_json(data) + tail


def script_json(data: Any) -> str:
    """`data` as JSON that can stand inside a `<script>` element: nothing in it can end the
    element or be taken for markup."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return _SCRIPT_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def page_data(
    texts: Mapping[str, str],
    linked: Iterable[tuple[Quote, Identity | None]],
    metadata: Mapping[str, Mapping[str, str]],
) -> dict[str, Any]:
    """What the page shows, as plain data.

    `quotes` are rows of `fields` (the JSON contract's order), shortened: `file` is the
    article's index, `text` is null and a Mention is `[start, end]` (the texts are the
    article's at those offsets), then one more column, the speaker's index in `speakers`
    (-1 for none). The page rebuilds full records from them for its downloads.
    """
    numbers = {name: number for number, name in enumerate(texts)}
    kept = [(quote, identity) for quote, identity in linked if _holds(quote, texts.get(quote.file))]
    counts: dict[str, int] = {}
    people: dict[str, Identity] = {}
    for _, identity in kept:
        if identity is not None:
            counts[identity.id] = counts.get(identity.id, 0) + 1
            people.setdefault(identity.id, identity)
    ranked = sorted(people.values(), key=lambda i: (-counts[i.id], i.name.lower(), i.id))
    rank = {identity.id: number for number, identity in enumerate(ranked)}
    present = [name for name in ARTICLE_FIELDS if any(name in fields for fields in metadata.values())]
    return {
        "fields": list(FIELDS),
        "mentions": list(MENTION_FIELDS),
        "parts": list(MENTION_PARTS),
        "floats": [spec.name for spec in dataclasses.fields(Quote) if str(spec.type) == "float"],
        "columns": [*flat_fields(), *(name for name in present if name not in FIELDS)],
        "articleFields": present,
        "formula": "".join(_FORMULA_PREFIXES),
        "kinds": list(KINDS),
        "articles": [_article(name, text, metadata.get(name, {})) for name, text in texts.items()],
        "speakers": [
            {"id": i.id, "name": i.name, "variants": list(i.variants), "count": counts[i.id],
             "colour": number if number < PALETTE_SIZE else -1}
            for number, i in enumerate(ranked)
        ],
        "quotes": [_row(quote, numbers[quote.file], rank[i.id] if i else -1) for quote, i in kept],
    }


def _holds(quote: Quote, text: str | None) -> bool:
    if text is None:
        return False
    spans = [(quote.start, quote.end), *((m.start, m.end) for m in (quote.cue, quote.speaker_mention) if m)]
    return all(0 <= start <= end <= len(text) for start, end in spans)


def _article(name: str, text: str, fields: Mapping[str, str]) -> dict[str, Any]:
    return {
        "file": shown_name(name),
        "title": headline(text, fields.get("title"), name),
        "text": text,
        "fields": {key: value for key, value in fields.items() if key in ARTICLE_FIELDS},
    }


def headline(text: str, title: str | None, name: str) -> str:
    """An article's title: its own `title` field; else its first line of text that reads like a
    headline (`HEADLINE_WORDS` words at least: scraped pages often start with menu items), else
    its first line; else its file name."""
    lines = [" ".join(line.split()) for line in text.split("\n", HEADLINE_LINES)[:HEADLINE_LINES]]
    lines = [line for line in lines if line]
    wordy = [line for line in lines if len(line.split()) >= HEADLINE_WORDS]
    for candidate in (" ".join((title or "").split()), *wordy[:1], *lines[:1]):
        if candidate:
            return candidate if len(candidate) <= TITLE_LENGTH else candidate[: TITLE_LENGTH - 1] + "…"
    return shown_name(name)


def _row(quote: Quote, article: int, speaker: int) -> list[Any]:
    row: list[Any] = []
    for name in FIELDS:
        value = getattr(quote, name)
        if name == "file":
            value = article
        elif name == "text":
            value = None
        elif name in MENTION_FIELDS:
            value = None if value is None else [value.start, value.end]
        row.append(value)
    row.append(speaker)
    return row
