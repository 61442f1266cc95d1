"""`quotex report PATH... -o report.html`: the quotations of a corpus in context, in one HTML file."""

from __future__ import annotations

import sys

import click

from quotex.api import ModelNotFound
from quotex.cli.sources import Run, quotes_of
from quotex.corpus import LinkedRun
from quotex.export import open_output
from quotex.inputs import InputError, read_document

EXIT_INPUT_FAILED = 1


@click.command("report")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="The HTML file to write (atomically).")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="File names to take from folders.")
@click.option("--model", default=None, help="spaCy English pipeline to use.  [default: en_core_web_sm]")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes.  [default: the number of CPUs]")
def report_command(paths: tuple[str, ...], output: str, pattern: str, model: str | None, jobs: int | None) -> None:
    """Write an HTML report of PATHS: speakers with their counts, every article with its
    quotations marked in place; a click on a speaker lists all their quotations.

    PATHS are texts (files, folders), or quotex's own JSON Lines (`*.jsonl`, - for standard
    input), whose texts are then read again from the files the records name.
    """
    from quotex.report import render_report

    run = Run(texts={})
    assert run.texts is not None
    unreadable: set[str] = set()  # files records name that cannot be read: left out
    try:
        with LinkedRun() as linked_run:
            for quote in quotes_of(paths, run, pattern=pattern, model=model, jobs=jobs):
                linked_run.add(quote)
                if quote.file not in run.texts and quote.file not in unreadable:
                    _read_again(quote.file, run, unreadable)
            linked = [(quote, identity) for quote, identity in linked_run.linked() if quote.file in run.texts]
        with open_output(output) as out:
            render_report(run.texts, linked, out)
    except ModelNotFound as err:
        raise click.ClickException(str(err)) from None
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except OSError as err:
        raise click.ClickException(f"{output}: {err.strerror or err}") from None
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
