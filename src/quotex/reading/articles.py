"""Articles that arrive as records: JSON Lines or CSV, one article a record.

A scrape or a news API dump holds one article a line (JSON Lines) or a row (CSV), with its
text in one field and what researchers group by (url, title, date, outlet) in others.
`read_articles` turns such a file into one `Document` a record: its text from
`RecordFields.text`, its name `FILE:ID` (ID from `RecordFields.id`, else the record's line
number), the fields `RecordFields.keep` names (or all but the text, for `all`) carried in
`Document.article`, and from there into each quotation record (`Quote.article`).

A record without text (no such field, null, empty, not a string, or a line that is not a JSON
object) is an `InputError` naming the file and line; the other records go on.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from quotex.reading.inputs import STDIN, Document, InputError

INPUT_FORMATS = ("text", "jsonl", "csv")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
KEEP_ALL = "all"


@dataclass(frozen=True)
class RecordFields:
    """Where a record keeps its parts: the text's field; the id's (None: the line number);
    the fields to carry into the quotations (`("all",)`: every field but the text)."""

    text: str = "text"
    id: str | None = None
    keep: tuple[str, ...] = ()

    def article(self, record: dict[str, Any]) -> dict[str, Any] | None:
        """The fields of `record` carried into its quotations (None when none are asked for)."""
        if not self.keep:
            return None
        if self.keep == (KEEP_ALL,):
            return {name: value for name, value in record.items() if name != self.text}
        return {name: record.get(name) for name in self.keep}


def input_format(name: str, forced: str | None = None) -> str:
    """How to read the input `name`: `forced` (--input-format), else by its extension; plain
    text otherwise (standard input included)."""
    if forced:
        return forced
    if name == STDIN:
        return "text"
    return _EXTENSIONS.get(os.path.splitext(name)[1].lower(), "text")


def read_articles(document: Document, fmt: str, fields: RecordFields) -> Iterator[Document | InputError]:
    """A Document for each record of `document` (a file of records, decoded), or an
    InputError naming the line of a record without text."""
    if fmt == "csv":
        yield from _csv_articles(document, fields)
    else:
        yield from _json_articles(document, fields)


def _json_articles(document: Document, fields: RecordFields) -> Iterator[Document | InputError]:
    for number, line in enumerate(document.text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as err:
            yield InputError(f"{document.name}:{number}", f"not a JSON object ({err})")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{document.name}:{number}", f"not a JSON object (a {type(record).__name__})")
            continue
        yield _article(document, number, record, fields)


def _csv_articles(document: Document, fields: RecordFields) -> Iterator[Document | InputError]:
    csv.field_size_limit(max(csv.field_size_limit(), len(document.text) + 1))  # an article is one long cell
    reader = csv.DictReader(io.StringIO(document.text, newline=""))
    if reader.fieldnames is not None and fields.text not in reader.fieldnames:
        yield InputError(document.name, f"no column {fields.text!r} (--text-field); the columns are {', '.join(reader.fieldnames)}")
        return
    start = 2  # the line a row starts on: the header is line 1
    try:
        for row in reader:
            yield _article(document, start, {k: v for k, v in row.items() if k is not None}, fields)
            start = reader.line_num + 1
    except csv.Error as err:
        yield InputError(f"{document.name}:{reader.line_num}", f"not CSV ({err})")


def _article(document: Document, number: int, record: dict[str, Any], fields: RecordFields) -> Document | InputError:
    text = record.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        missing = "missing" if fields.text not in record else "null" if text is None else "empty" if isinstance(text, str) else "not text"
        return InputError(f"{document.name}:{number}", f"no text in field {fields.text!r} ({missing}; --text-field names another)")
    ident = record.get(fields.id) if fields.id is not None else number
    if ident is None or ident == "":
        return InputError(f"{document.name}:{number}", f"no id in field {fields.id!r} (--id-field)")
    return Document(f"{document.name}:{ident}", text.replace("\r\n", "\n").replace("\r", "\n"), document.encoding,
                    document.warning, article=fields.article(record))
