"""Writing quotations out: JSON Lines, a JSON array, CSV, or a table for people.

Every writer is one class in the registry `WRITERS`, found by its format's name and by the
extensions of the files it writes (`format_for_path`); a new format is one class with
`@writer(...)` above it. Writers take records one at a time, so output streams as documents
finish; the table prints a document's rows once it is done (its column widths follow the
terminal, not the data). Fields come from `records.FIELDS`, in the contract's order.

`open_output` gives where to write: standard output, or for `-o FILE` a temporary file beside
FILE that replaces it only on success, keeping FILE's mode, owner and hard links; a device or
a named pipe is written into as a shell redirection would. A FILE the process may not write
(mode 0444 for a user without override rights) is refused, as a redirection refuses it. The
temporary file's name holds the process id of its writer (`.quotex-<pid>-<tag>-….partial`);
one a killed run left is removed by the next run writing the same output once that process is
gone (docs/robustness.md).
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import re
import shutil
import socket
import stat
import sys
import tempfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any, ClassVar

from quotex.output.records import ARTICLE, FIELDS, MENTION_FIELDS, MENTION_PARTS, Quote, flat_fields
from quotex.running.stopping import signals_held

_FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Characters a JSON reader may take as a line end (str.splitlines, JavaScript), and surrogates,
# which no UTF-8 writer can write: escaped, so that a JSON Lines record is always one line.
_JSON_UNSAFE = re.compile("[\u0085\u2028\u2029\ud800-\udfff]")
TEMPORARY_PREFIX = ".quotex-"


FIELD_NAMES: tuple[str, ...] = (*FIELDS, *(name for name in flat_fields() if name not in FIELDS))  # --fields


class Writer:
    """Takes records one at a time; `document_done()` after each document; `close()` at the end.

    `fields` (names from `FIELD_NAMES`) keeps those keys, or columns, in that order.
    """

    format: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]] = ()
    for_people: ClassVar[bool] = False  # written in the terminal's encoding, not UTF-8

    def __init__(self, out: IO[str], fields: Sequence[str] | None = None) -> None:
        self.out = out
        self.fields = tuple(fields) if fields else None
        self.count = 0

    def record(self, quote: Quote) -> dict[str, Any]:
        """The record as this writer shows it: every field, or those of `fields`."""
        return project(quote.to_dict(), self.fields)

    def write(self, quote: Quote) -> None:
        self.count += 1

    def document_done(self) -> None:
        """A document's records are all written: a reader downstream may see them now."""
        self.out.flush()

    def close(self) -> None:
        self.out.flush()


WRITERS: dict[str, type[Writer]] = {}


def writer(cls: type[Writer]) -> type[Writer]:
    """Registers a writer class under its `format`."""
    WRITERS[cls.format] = cls
    return cls


@writer
class JsonLinesWriter(Writer):
    """One JSON object a line."""

    format = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def write(self, quote: Quote) -> None:
        super().write(quote)
        self.out.write(json_text(self.record(quote)) + "\n")


@writer
class JsonArrayWriter(Writer):
    """One JSON array, streamed element by element."""

    format = "json"
    extensions = (".json",)

    def write(self, quote: Quote) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(json_text(self.record(quote)))
        super().write(quote)

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


@writer
class CsvWriter(Writer):
    """A header, then one row a quotation; Mention fields flattened into `<field>_<part>` columns."""

    format = "csv"
    extensions: ClassVar[tuple[str, ...]] = (".csv",)

    delimiter = ","

    def __init__(self, out: IO[str], fields: Sequence[str] | None = None) -> None:
        super().__init__(out, fields)
        self.columns = flat_columns(self.fields)
        self.writer: csv.DictWriter | None = None  # the header waits for the first record: it may carry an article

    def _header(self, quote: Quote | None) -> csv.DictWriter:
        if self.writer is None:
            if quote is not None and quote.article is not None and not self.fields:  # an article's fields follow the contract's
                self.columns = [*self.columns, *(f"{ARTICLE}_{name}" for name in quote.article)]
            self.writer = csv.DictWriter(self.out, fieldnames=self.columns, lineterminator="\n", delimiter=self.delimiter, extrasaction="ignore")
            self.writer.writeheader()
        return self.writer

    def write(self, quote: Quote) -> None:
        super().write(quote)
        row = flatten(quote.to_dict())
        self._header(quote).writerow({key: spreadsheet_safe(_cell(row.get(key))) for key in self.columns})

    def close(self) -> None:
        self._header(None)
        super().close()


@writer
class TsvWriter(CsvWriter):
    """CSV's rows and columns, separated by tabs."""

    format = "tsv"
    extensions = (".tsv", ".tab")
    delimiter = "\t"


@writer
class TableWriter(Writer):
    """A table for people: speaker, kind, confidence, cue, the quotation (wrapped), the file.

    Column widths follow the width of the output (a terminal's, else 100), the quotation
    taking what the others leave, so that each document's rows can be printed as soon as it is
    done and still line up. All text is shown as text: never read as markup, control
    characters shown escaped.
    """

    format = "table"
    for_people = True
    columns: tuple[tuple[str, int], ...] = (
        ("speaker", 18), ("kind", 8), ("conf", 4), ("cue", 10), ("quotation", 0), ("file", 16)
    )
    wide = "quotation"  # the column that takes the room the others leave
    shrinking: tuple[str, ...] = ("file", "cue", "speaker")  # on a narrow terminal, in this order; kind and conf always fit
    fitted: tuple[str, ...] = ("speaker", "file")  # as wide as their longest value in the first rows, within `bounds`
    bounds: ClassVar[dict[str, tuple[int, int]]] = {"speaker": (12, 26), "file": (8, 60), "cue": (6, 10)}
    minimum_quotation = 32

    def __init__(self, out: IO[str], fields: Sequence[str] | None = None, width: int | None = None) -> None:
        from rich.console import Console

        class _Console(Console):
            def on_broken_pipe(self) -> None:  # rich would exit with status 1: let the caller decide
                self.quiet = True
                raise BrokenPipeError

        super().__init__(out, fields)
        if self.fields:  # the columns asked for, the quotation's text taking the room
            names = flat_columns(self.fields)
            self.columns = tuple((name, 0 if name == "text" else 12) for name in names)
            self.shrinking = tuple(name for name in names if name != "text")
            self.fitted = ()
            self.wide = "text" if "text" in names else names[-1]
        self.console = _Console(file=out, width=width, soft_wrap=False, highlight=False, markup=False, emoji=False)
        self.rows: list[tuple[str, ...]] = []
        self.header_shown = False
        self.widths = self._widths(self.console.width)

    def _widths(self, total: int, rows: Sequence[tuple[str, ...]] = ()) -> dict[str, int]:
        """Each column's width in a table `total` characters wide: the speaker and the file as
        wide as their longest value in `rows` (within `bounds`), the quotation the room left;
        on a narrow terminal the file shrinks first, then the cue, then the speaker."""
        widths = dict(self.columns)
        names = [name for name, _ in self.columns]
        for name in self.fitted:
            if rows:
                low, high = self.bounds[name]
                widths[name] = max(low, min(high, max(len(shown_text(row[names.index(name)])) for row in rows)))
        least_wide = self.minimum_quotation if self.wide in ("quotation", "text") else 0
        room = total - (len(widths) - 1) - least_wide - sum(w for n, w in widths.items() if n not in self.shrinking and n != self.wide)
        for name in self.shrinking:
            excess = sum(widths[n] for n in self.shrinking) - room
            if excess <= 0:
                break
            least = len(name) if self.fields else self.bounds.get(name, (4, 0))[0]
            widths[name] = max(least, widths[name] - excess)
        widths[self.wide] = 0
        widths[self.wide] = max(8, total - (len(widths) - 1) - sum(widths.values()))
        return widths

    def write(self, quote: Quote) -> None:
        super().write(quote)
        if self.fields:
            row = flatten(quote.to_dict())
            self.rows.append(tuple("—" if row[name] is None else str(row[name]) for name, _ in self.columns))
            return
        self.rows.append(
            (
                quote.speaker or "—",
                quote.kind,
                f"{quote.confidence:.2f}",
                quote.cue.text if quote.cue else "",
                " ".join(quote.text.split()),
                quote.file,
            )
        )

    def document_done(self) -> None:
        self._print_rows()
        super().document_done()

    def _print_rows(self) -> None:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        if not self.rows and self.header_shown:
            return
        if not self.header_shown and self.rows:  # the first rows fit the columns; the others keep them
            self.widths = self._widths(self.console.width, self.rows)
        table = Table(box=box.SIMPLE_HEAD, show_header=not self.header_shown, header_style="bold", pad_edge=False, padding=0)
        table.show_edge = False
        for name, _ in self.columns:
            width = self.widths[name]
            table.add_column(name, width=width, min_width=width, max_width=width, overflow="fold", no_wrap=name != self.wide)
        for cells in self.rows:
            shown = [
                _left_elided(shown_text(cell), self.widths[name]) if name == "file" else shown_text(cell)
                for cell, (name, _) in zip(cells, self.columns, strict=True)
            ]
            table.add_row(*(Text(cell, overflow="fold" if name == self.wide else "ellipsis") for cell, (name, _) in zip(shown, self.columns, strict=True)))
        if table.row_count or not self.header_shown:
            self.console.print(table)
        self.header_shown = True
        self.rows = []

    def close(self) -> None:
        from rich.text import Text

        self._print_rows()
        self.console.print(Text(f"{self.count} quotation{'s' if self.count != 1 else ''}", style="dim"))
        super().close()


FORMATS: tuple[str, ...] = tuple(WRITERS)


def make_writer(fmt: str, out: IO[str], fields: Sequence[str] | None = None) -> Writer:
    """The writer of `fmt`; `fields` (see `FIELD_NAMES`) keeps those keys or columns, in that order."""
    return WRITERS[fmt](out, fields)


def format_for_path(path: str | None) -> str | None:
    """The format whose writer claims the extension of `path` (`out.csv` -> csv), else None."""
    if not path:
        return None
    extension = os.path.splitext(path)[1].lower()
    for name, cls in WRITERS.items():
        if extension in cls.extensions:
            return name
    return None


def project(record: dict[str, Any], fields: Sequence[str] | None) -> dict[str, Any]:
    """The keys of `record` that `fields` names, in that order; a flattened name
    (`cue_text`) takes the part of its Mention field."""
    if not fields:
        return record
    flat = flatten(record)
    return {name: record[name] if name in record else flat[name] for name in fields}


def flat_columns(fields: Sequence[str] | None) -> list[str]:
    """CSV's and the table's columns for `fields` (all of them when None): Mentions spread out."""
    if not fields:
        return list(flat_fields())
    parts = [f"{name}_{part}" for name in MENTION_FIELDS for part in MENTION_PARTS]
    columns: list[str] = []
    for name in fields:
        columns.extend([f"{name}_{part}" for part in MENTION_PARTS] if name in MENTION_FIELDS else [name])
    return [c for c in columns if c in parts or c in FIELDS]


def json_text(record: dict[str, Any]) -> str:
    """`record` as one line of JSON, UTF-8 kept readable, line-breaking characters escaped."""
    text = json.dumps(record, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """`{"cue": {"text": …}}` -> `{"cue_text": …}`; a null Mention gives empty cells; an
    article's fields become `article_NAME`."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key == ARTICLE:
            flat.update({f"{ARTICLE}_{name}": part for name, part in value.items()})
        elif key in MENTION_FIELDS:
            for part in MENTION_PARTS:
                flat[f"{key}_{part}"] = None if value is None else value[part]
        else:
            flat[key] = value
    return flat


def _cell(value: Any) -> Any:
    """A value as a CSV cell: a list or an object of an article's record as JSON."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe (a lone `-`,
    standard input's name, is no formula)."""
    if isinstance(value, str) and len(value) > 1 and value.startswith(_FORMULA_PREFIXES):
        return "'" + value
    return value


def _left_elided(text: str, width: int) -> str:
    """The end of `text` (a path's file name matters most) when it is wider than `width`."""
    return text if len(text) <= width else "…" + text[len(text) - width + 1 :]


def shown_text(text: str) -> str:
    """`text` safe to show on a terminal: every character that is not printable (escape
    sequences, newlines, bidirectional controls, surrogates) spelled as a Python escape."""
    return "".join(char if char.isprintable() else ascii(char)[1:-1] for char in text)


# --- where the output goes ---------------------------------------------------------------


@contextmanager
def open_output(path: str | None, *, for_people: bool = False) -> Iterator[IO[str]]:
    """Where to write: standard output (`None` or `-`), or `path` as described in the module's
    docstring. The caller's exception (an interruption, a failed run) leaves `path` as it was."""
    if path is None or path == "-":
        yield _standard_output(for_people)
        return
    if _written_as_given(path):
        with open(path, "w", encoding="utf-8", newline="") as out:
            yield out
        return
    target = os.path.realpath(path)  # a symlink is written through, never replaced
    if os.path.exists(target) and not os.access(target, os.W_OK, **_EFFECTIVE_IDS):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)  # as `> FILE` says it
    _remove_leftovers(target)
    temporary = None
    try:
        with signals_held():  # a stop signal never lands between creating the file and knowing its name
            fd, temporary = tempfile.mkstemp(
                prefix=f"{TEMPORARY_PREFIX}{os.getpid()}-{_output_tag(target)}-", suffix=".partial",
                dir=os.path.dirname(target),
            )
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        _install(temporary, target)
    finally:
        if temporary is not None and os.path.lexists(temporary):
            os.unlink(temporary)


# The check a shell's `open` makes: with the effective ids, where the system can tell them apart.
_EFFECTIVE_IDS: dict[str, bool] = {"effective_ids": True} if os.access in os.supports_effective_ids else {}


def _output_tag(target: str) -> str:
    """Eight hex digits for this machine and the output's name: a temporary file with the tag was
    meant for the same output, by a process whose id means something here (a shared disk's
    files from another machine never match)."""
    return f"{zlib.crc32(f'{socket.gethostname()}/{os.path.basename(target)}'.encode('utf-8', 'surrogateescape')):08x}"


def _remove_leftovers(target: str) -> None:
    """Remove the temporary files that runs killed before they could clean up (SIGKILL) left
    for `target`: those whose writer, named in the file's name, is no longer alive."""
    folder = os.path.dirname(target)
    leftover = re.compile(rf"{re.escape(TEMPORARY_PREFIX)}(\d+)-{_output_tag(target)}-[^/]*\.partial\Z")
    try:
        names = os.listdir(folder)
    except OSError:
        return  # the writing will say what is wrong with the folder
    for name in names:
        found = leftover.match(name)
        if found and not _alive(int(found.group(1))):
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass  # another run removed it first, or it is not ours to remove


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # Windows has no signal 0 to ask with
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):  # another user's process; or no such number
        return True
    return True


def _written_as_given(path: str) -> bool:
    """Whether `path` is written into as a shell redirection would, not replaced: a device, a
    pipe, a terminal, or a name for an open stream (`/dev/stdout`, `/dev/fd/3`, `/proc/self/fd/1`,
    even when it stands for a regular file)."""
    if os.path.abspath(path).startswith(("/dev/", "/proc/")):
        return True
    return os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode)


def _standard_output(for_people: bool) -> IO[str]:
    """Standard output: UTF-8 for data whatever the locale; the terminal's own encoding for people."""
    stream = sys.stdout
    if for_people or not isinstance(stream, io.TextIOWrapper):
        return stream
    if (stream.encoding or "").lower().replace("-", "") == "utf8" and stream.errors != "strict":
        return stream
    stream.flush()
    stream.reconfigure(encoding="utf-8", errors="replace")
    return stream


def _install(temporary: str, target: str) -> None:
    """Put the finished `temporary` in the place of `target`, as `target` was: a new file gets the
    umask's mode; an existing one keeps its mode and owner, and with other hard links is
    overwritten in place so that every link sees the new content."""
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    if existing is None:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a new file is not
    elif existing.st_nlink > 1 or not _can_give(existing):
        with open(temporary, "rb") as source, open(target, "wb") as destination:
            shutil.copyfileobj(source, destination)
        return
    else:
        os.chmod(temporary, stat.S_IMODE(existing.st_mode))
        _chown(temporary, existing)
    os.replace(temporary, target)


def _can_give(like: os.stat_result) -> bool:
    """Whether a new file can be given `like`'s owner: ours already, or we are root."""
    if not hasattr(os, "geteuid"):
        return True
    return os.geteuid() in (0, like.st_uid)


def _chown(path: str, like: os.stat_result) -> None:
    if not hasattr(os, "chown"):
        return
    try:
        os.chown(path, like.st_uid, like.st_gid)
    except PermissionError:  # only root may give a file away: it stays ours
        pass


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (after symlinks); False when either does not exist."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False



def shorten(text: str, width: int) -> str:
    """`text` on one line, cut with `…` to at most `width` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
