"""`quotex report PATH... -o report.html`: the quotations of a corpus in context, in one HTML file."""

from __future__ import annotations

import sys

import click

from quotex.cli.common import (
    Reading,
    check_output_folder,
    filter_options,
    jobs_option,
    names_option,
    pipeline_options,
    quiet_option,
    read_names,
    reading_options,
    write_names,
)
from quotex.cli.exits import EXIT_INPUT_FAILED, ended_as_users_expect
from quotex.cli.sources import Extracting, Run, quotes_of
from quotex.config import PipelineConfig
from quotex.corpus import LinkedRun
from quotex.export import open_output
from quotex.inputs import InputError, read_document
from quotex.selection import Selection


@click.command("report")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="The HTML file to write (atomically).")
@reading_options
@pipeline_options
@filter_options
@names_option
@jobs_option
@quiet_option
def report_command(
    paths: tuple[str, ...],
    output: str,
    reading: Reading,
    config: PipelineConfig,
    selection: Selection,
    names_table: str | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """Write an HTML report of PATHS: speakers with their counts, every article with its
    quotations marked in place; a click on a speaker lists all their quotations.

    PATHS are texts (files, folders, articles in JSON Lines or CSV), or quotex's own JSON
    Lines (`*.jsonl` files of its records, - for standard input), whose texts are then read
    again from the files the records name.
    """
    from quotex.report import render_report

    check_output_folder(output)  # before any extraction
    run = Run(texts={})
    assert run.texts is not None
    unreadable: set[str] = set()  # files records name that cannot be read: left out
    known = read_names(names_table)
    with ended_as_users_expect(output):
        with LinkedRun(known) as linked_run:
            for quote in quotes_of(paths, run, Extracting(reading, config, jobs, selection, quiet)):
                linked_run.add(quote)
                if quote.file not in run.texts and quote.file not in unreadable:
                    _read_again(quote.file, run, unreadable)
            linked = [(quote, identity) for quote, identity in selection.linked(linked_run.linked()) if quote.file in run.texts]
            if names_table:
                write_names(names_table, linked_run.identities())
        with open_output(output) as out:
            render_report(run.texts, linked, out)
    if not quiet:
        click.echo(f"Wrote {output}: {len(linked)} quotations from {len(run.texts)} articles.", err=True)
    if run.failures:
        sys.exit(EXIT_INPUT_FAILED)


def _read_again(name: str, run: Run, unreadable: set[str]) -> None:
    """The text of a file a record names (records read from JSON Lines carry no text)."""
    assert run.texts is not None
    try:
        if name == "-":
            raise InputError(name, "standard input cannot be read again")
        run.texts[name] = read_document(name).text
    except InputError as err:
        unreadable.add(name)
        run.fail(f"{err} (named by a record; its quotations are left out of the report)")
