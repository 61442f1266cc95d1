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
from quotex.cli.messages import error
from quotex.cli.sources import Extracting, Run, is_records, quotes_of
from quotex.corpus.runs import LinkedRun
from quotex.output.records import Quote
from quotex.output.writers import open_output
from quotex.running.config import PipelineConfig
from quotex.running.selection import Selection


@click.command("report")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="The HTML file to write (atomically).")
@click.option("--root", type=click.Path(exists=True, file_okay=False), default=None,
              help="The folder the articles JSON Lines records name are read from, and must lie in.  "
                   "[default: the JSON Lines file's folder; the working folder for standard input]")
@reading_options
@pipeline_options
@filter_options
@names_option
@jobs_option
@quiet_option
def report_command(
    paths: tuple[str, ...],
    output: str,
    root: str | None,
    reading: Reading,
    config: PipelineConfig,
    selection: Selection,
    names_table: str | None,
    jobs: int | None,
    quiet: bool,
) -> None:
    """Write an HTML report of PATHS to review offline: search, filters by speaker, kind,
    confidence, outlet and date, the selection as CSV or JSON Lines.

    PATHS are texts (files, folders, articles in JSON Lines or CSV), or quotex's own JSON Lines
    (`*.jsonl` files of its records, - for standard input). Each record read from JSON Lines is
    checked, and the article it names is read again, only from below the JSON Lines file's
    folder (or --root); a bad record is an `Error:` line, and the rest is reported.
    """
    from quotex.output.report import render_report
    from quotex.output.report.reading import RecordReader

    check_output_folder(output)  # before any extraction
    reader = RecordReader(root=root, say=error)
    run = Run(texts={})
    assert run.texts is not None
    texts = tuple(path for path in paths if not is_records(path, reading))
    known = read_names(names_table)
    with ended_as_users_expect(output):
        with LinkedRun(known) as linked_run:
            for path in paths:
                if path not in texts:
                    for quote in selection.document(reader.read(path, sys.stdin if path == "-" else None)):
                        linked_run.add(quote)
            metadata = {name: article.metadata for name, article in reader.articles.items()}
            if texts:
                for quote in quotes_of(texts, run, Extracting(reading, config, jobs, selection, quiet)):
                    linked_run.add(quote)
                    _keep_fields(quote, metadata)
            linked = list(selection.linked(linked_run.linked()))
            if names_table:
                write_names(names_table, linked_run.identities())
        articles = {name: article.text for name, article in reader.articles.items()} | run.texts
        if not articles:
            error("no article to report: " + ("no record could be read" if not texts else "no text was read"))
            sys.exit(EXIT_INPUT_FAILED)
        with open_output(output) as out:
            render_report(articles, linked, out, metadata)
    shown = sum(1 for quote, _ in linked if quote.file in articles)
    if not quiet:
        click.echo(f"Wrote {output}: {shown} quotations from {len(articles)} articles.", err=True)
    if run.failures or reader.failures:
        sys.exit(EXIT_INPUT_FAILED)


def _keep_fields(quote: Quote, metadata: dict[str, dict[str, str]]) -> None:
    """An extracted article's own fields (title, url, date, outlet), from its records' `title`
    (a web page's) and `article` (an article record's kept fields)."""
    from quotex.output.report import ARTICLE_FIELDS

    if quote.file in metadata:
        return
    record = {**quote.to_dict(), **(quote.article or {})}
    metadata[quote.file] = {name: record[name] for name in ARTICLE_FIELDS if isinstance(record.get(name), str)}
