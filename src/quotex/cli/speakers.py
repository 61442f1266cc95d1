"""`quotex speakers PATH...`: one row a speaker of a corpus, with what and how much they said."""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any

import click

from quotex.cli.common import (
    Reading,
    filter_options,
    jobs_option,
    names_option,
    output_format,
    pipeline_options,
    quiet_option,
    read_names,
    reading_options,
    write_names,
)
from quotex.cli.exits import EXIT_INPUT_FAILED, ended_as_users_expect
from quotex.cli.progress import is_terminal
from quotex.cli.sources import Extracting, Run, quotes_of
from quotex.corpus.linking import Identity
from quotex.corpus.runs import LinkedRun
from quotex.output.records import Quote
from quotex.output.writers import FORMATS, open_output, shorten, spreadsheet_safe
from quotex.running.config import PipelineConfig
from quotex.running.selection import Selection

COLUMNS = ("speaker_id", "speaker", "speaker_type", "variants", "quotations", "distinct", "direct", "mixed", "indirect", "files", "top_quotation")
_NUMERIC = ("quotations", "distinct", "direct", "mixed", "indirect", "files")
# In jsonl, json and csv; a terminal has no room (a rule sets unnamed sources and groups apart there).
_TABLE_LEAVES_OUT = ("speaker_id", "variants", "speaker_type")
_TABLE_HEADERS = {"quotations": "quotes", "distinct": "dist.", "direct": "dir.", "mixed": "mix.", "indirect": "ind.",
                  "top_quotation": "most confident quotation"}
_TABLE_QUOTATION = 64  # characters of the quotation a table shows


@dataclass
class SpeakerRow:
    """What one speaker said in a run, counted as records go by."""

    identity: Identity
    kinds: dict[str, int] = field(default_factory=lambda: {"direct": 0, "mixed": 0, "indirect": 0})
    groups: set[str] = field(default_factory=set)
    files: set[str] = field(default_factory=set)
    best: tuple[float, str] = (-1.0, "")
    types: Counter[str] = field(default_factory=Counter)

    def add(self, quote: Quote) -> None:
        self.types[quote.speaker_type] += 1
        self.kinds[quote.kind] = self.kinds.get(quote.kind, 0) + 1
        self.groups.add(quote.quote_group or quote.id)
        self.files.add(quote.file)
        if quote.confidence > self.best[0]:  # the first of the most confident
            self.best = (quote.confidence, quote.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker_id": self.identity.id,
            "speaker": self.identity.name,
            "speaker_type": self.types.most_common(1)[0][0] if self.types else "none",
            "variants": list(self.identity.variants),
            "quotations": sum(self.kinds.values()),
            "distinct": len(self.groups),
            **self.kinds,
            "files": len(self.files),
            "top_quotation": self.best[1],  # whole: only the terminal's table shortens it
        }


def speaker_rows(
    linked: Iterable[tuple[Quote, Identity | None]], speaker_types: Iterable[str] | None = None
) -> list[dict[str, Any]]:
    """One row a speaker: people and organisations first, then unnamed sources, then groups,
    each most quotations first (then by name); quotations without a speaker are left out, and
    with `speaker_types` the speakers of other types. Memory grows with speakers and distinct
    quotations, not with rows."""
    rows: dict[str, SpeakerRow] = {}
    for quote, identity in linked:
        if identity is not None:
            rows.setdefault(identity.id, SpeakerRow(identity)).add(quote)
    result = [row.to_dict() for row in rows.values()]
    if speaker_types is not None:
        chosen = set(speaker_types)
        result = [row for row in result if row["speaker_type"] in chosen]
    result.sort(key=lambda r: (_TYPE_ORDER[r["speaker_type"]], -r["quotations"], r["speaker"].lower(), r["speaker_id"]))
    return result


# People and organisations are named speakers; unnamed sources and groups come apart, after them.
_TYPE_ORDER = {"person": 0, "organisation": 0, "unnamed": 1, "group": 2, "none": 3}
@click.command("speakers")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), help="Default: from the extension of -o, else table on a terminal, jsonl otherwise.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE (atomically).")
@reading_options
@pipeline_options
@filter_options
@names_option
@jobs_option
@quiet_option
def speakers_command(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    reading: Reading,
    config: PipelineConfig,
    selection: Selection,
    names_table: str | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """One row a speaker of PATHS, most quoted first.

    PATHS are texts (files, folders, articles in JSON Lines or CSV), or quotex's own JSON
    Lines (`*.jsonl` files of its records, or - for standard input: `quotex extract corpus/ |
    quotex speakers -`). `quotations` counts rows, `distinct` the same words printed in
    several files once. People and organisations come first, unnamed sources and groups
    after them (`--speaker-type` keeps the types named).
    """
    fmt = output_format(fmt, output, for_people=output is None and is_terminal(sys.stdout))
    run = Run()
    known = read_names(names_table)
    with ended_as_users_expect(output):
        with LinkedRun(known) as linked_run:
            for quote in quotes_of(paths, run, Extracting(reading, config, jobs, selection, quiet)):
                linked_run.add(quote)
            rows = speaker_rows(selection.linked(linked_run.linked()))
            if names_table:
                write_names(names_table, linked_run.identities())
        with open_output(output, for_people=fmt == "table") as out:
            write_rows(fmt, out, rows, COLUMNS)
    if run.failures:
        sys.exit(EXIT_INPUT_FAILED)


def write_rows(fmt: str, out: IO[str], rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    """Rows of plain values in one of extract's formats; a list becomes `a; b` in csv and table."""
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    elif fmt in ("csv", "tsv"):
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n", delimiter="\t" if fmt == "tsv" else ",")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: spreadsheet_safe(_flat(row[key])) for key in columns})
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(header_style="bold")
        shown = [c for c in columns if c not in _TABLE_LEAVES_OUT]
        for column in shown:
            numeric = column in _NUMERIC
            table.add_column(
                _TABLE_HEADERS.get(column, column),
                justify="right" if numeric else "left",
                no_wrap=column != "top_quotation",
                overflow="fold" if column == "top_quotation" else "ellipsis",
                ratio=1 if column == "top_quotation" else None,
                min_width=24 if column == "top_quotation" else None,
                max_width=28 if column == "speaker" else None,
            )
        for k, row in enumerate(rows):
            group = _TYPE_ORDER.get(row.get("speaker_type", "person"), 0)
            last_of_group = k + 1 < len(rows) and _TYPE_ORDER.get(rows[k + 1].get("speaker_type", "person"), 0) != group
            table.add_row(*(Text(_table_cell(row[c], c)) for c in shown),  # the input's `[/]` is not markup
                          end_section=last_of_group)
        console = Console(file=out, soft_wrap=False)
        console.print(table)
        console.print(f"{len(rows)} speaker{'s' if len(rows) != 1 else ''}", style="dim")
    out.flush()


def _table_cell(value: Any, column: str) -> str:
    text = str(_flat(value))
    return shorten(text, _TABLE_QUOTATION) if column == "top_quotation" else text


def _flat(value: Any) -> Any:
    return "; ".join(value) if isinstance(value, list) else value
