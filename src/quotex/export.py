"""Writing quotations out: JSON Lines, a JSON array, CSV, or a table for people.

Every writer takes records one at a time, so output streams as documents finish;
only the table waits for the end. `atomic_output` keeps a half-written file from
ever standing at the destination.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any, Protocol

from quotex.records import Quote

FORMATS = ("table", "json", "jsonl", "csv")
CSV_COLUMNS = (
    "file",
    "id",
    "kind",
    "speaker",
    "speaker_id",
    "text",
    "start",
    "end",
    "speaker_mention_text",
    "speaker_mention_start",
    "speaker_mention_end",
    "cue_text",
    "cue_start",
    "cue_end",
    "resolution",
    "confidence",
    "paragraph",
    "quote_group",
)
NESTED_FIELDS = ("speaker_mention", "cue")
FIELD_NAMES = (*CSV_COLUMNS, *NESTED_FIELDS)  # what --fields may name
_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_TABLE_QUOTE_WIDTH = 80


class Writer(Protocol):
    def write(self, quote: Quote) -> None: ...

    def close(self) -> None: ...


class JsonLinesWriter:
    """One JSON object a line, flushed as it is written."""

    def __init__(self, out: IO[str], fields: Sequence[str] | None = None) -> None:
        self.out = out
        self.fields = fields

    def write(self, quote: Quote) -> None:
        self.out.write(json.dumps(project(quote.to_dict(), self.fields), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


class JsonArrayWriter:
    """One JSON array, streamed element by element."""

    def __init__(self, out: IO[str], fields: Sequence[str] | None = None) -> None:
        self.out = out
        self.fields = fields
        self.count = 0

    def write(self, quote: Quote) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(json.dumps(project(quote.to_dict(), self.fields), ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


class CsvWriter:
    """A header, then one row a quotation; nested fields flattened into `<field>_<key>` columns."""

    def __init__(self, out: IO[str], fields: Sequence[str] | None = None) -> None:
        self.columns = csv_columns(fields)
        self.writer = csv.DictWriter(out, fieldnames=self.columns, lineterminator="\n")
        self.out = out
        self.writer.writeheader()

    def write(self, quote: Quote) -> None:
        row = flatten(quote.to_dict())
        self.writer.writerow({key: spreadsheet_safe(row[key]) for key in self.columns})

    def close(self) -> None:
        self.out.flush()


class TableWriter:
    """A table for people at a terminal: speaker, kind, cue, the quotation shortened, the file."""

    def __init__(self, out: IO[str], fields: Sequence[str] | None = None) -> None:
        self.out = out
        self.fields = fields
        self.rows: list[Quote] = []

    def write(self, quote: Quote) -> None:
        self.rows.append(quote)

    def close(self) -> None:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(show_lines=False, header_style="bold")
        if self.fields:
            self._print_fields(table)
            return
        for column in ("speaker", "kind", "cue", "quotation", "file"):
            table.add_column(column, overflow="fold" if column == "quotation" else "ellipsis")
        for quote in self.rows:
            cells = (
                quote.speaker or "—",
                quote.kind,
                quote.cue.text if quote.cue else "",
                shorten(quote.text, _TABLE_QUOTE_WIDTH),
                os.path.basename(quote.file),
            )
            table.add_row(*map(Text, cells))  # Text: the input's `[bold]` or `[/]` is not markup
        console = Console(file=self.out, soft_wrap=False)
        console.print(table)
        console.print(f"{len(self.rows)} quotation{'s' if len(self.rows) != 1 else ''}", style="dim")


    def _print_fields(self, table: Any) -> None:
        """The table of `--fields`: one column a field, in the order given."""
        from rich.console import Console
        from rich.text import Text

        columns = csv_columns(self.fields)
        for column in columns:
            table.add_column(column, overflow="fold" if column == "text" else "ellipsis")
        for quote in self.rows:
            row = flatten(quote.to_dict())
            table.add_row(*(Text(_cell(row[column], column)) for column in columns))
        Console(file=self.out, soft_wrap=False).print(table)


def make_writer(fmt: str, out: IO[str], fields: Sequence[str] | None = None) -> Writer:
    """The writer of `fmt`; `fields` (see FIELD_NAMES) keeps those keys or columns, in that order."""
    writers: dict[str, Callable[[IO[str], Sequence[str] | None], Writer]] = {
        "jsonl": JsonLinesWriter, "json": JsonArrayWriter, "csv": CsvWriter, "table": TableWriter,
    }
    return writers[fmt](out, fields)


def project(record: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    """The keys of `record` that `fields` names, in that order; a flattened name
    (`cue_text`) takes the part of its nested field."""
    if not fields:
        return record
    flat = flatten(record)
    return {name: record[name] if name in record else flat[name] for name in fields}


def csv_columns(fields: Sequence[str] | None) -> list[str]:
    if not fields:
        return list(CSV_COLUMNS)
    return [f"{name}_{part}" if name in NESTED_FIELDS else name for name in fields for part in (
        ("text", "start", "end") if name in NESTED_FIELDS else ("",))]


def _cell(value: Any, column: str) -> str:
    if value is None:
        return "—"
    return shorten(str(value), _TABLE_QUOTE_WIDTH) if column == "text" else str(value)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """`{"cue": {"text": …}}` -> `{"cue_text": …}`; a null nested field gives empty cells."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key in NESTED_FIELDS:
            for part in ("text", "start", "end"):
                flat[f"{key}_{part}"] = None if value is None else value[part]
        else:
            flat[key] = value
    return flat


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe (a lone `-`,
    standard input's name, is no formula)."""
    if isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_PREFIXES):
        return "'" + value
    return value


def shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file beside `path` that replaces it only on success."""
    if path is None or path == "-":
        yield sys.stdout
        return
    folder = os.path.dirname(os.path.abspath(path))
    fd, temporary = tempfile.mkstemp(prefix=".quotex-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a new file is not
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
