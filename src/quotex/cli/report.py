"""`quotex report PATH... -o report.html`: the quotations of a corpus in context, in one HTML file."""

from __future__ import annotations

import sys

import click

from quotex.api import ModelNotFound
from quotex.cli.messages import error
from quotex.cli.sources import Run, is_records, quotes_of
from quotex.corpus import LinkedRun
from quotex.export import open_output
from quotex.records import Quote

EXIT_INPUT_FAILED = 1


@click.command("report")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True), help="The HTML file to write (atomically).")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="File names to take from folders.")
@click.option("--root", type=click.Path(exists=True, file_okay=False), default=None,
              help="The folder the articles JSON Lines records name are read from, and must lie in.  "
                   "[default: the JSON Lines file's folder; the working folder for standard input]")
@click.option("--model", default=None, help="spaCy English pipeline to use.  [default: en_core_web_sm]")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes.  [default: the number of CPUs]")
def report_command(paths: tuple[str, ...], output: str, pattern: str, root: str | None, model: str | None, jobs: int | None) -> None:
    """Write an HTML report of PATHS to review offline: search, filters by speaker, kind,
    confidence, outlet and date, the selection as CSV or JSON Lines.

    PATHS are texts (files, folders), or quotex's own JSON Lines (`*.jsonl`, - for standard
    input). Each record read from JSON Lines is checked, and the article it names is read
    again, only from below the JSON Lines file's folder (or --root); a bad record is an
    `Error:` line, and the rest is reported.
    """
    from quotex.report import render_report
    from quotex.report.reading import RecordReader

    reader = RecordReader(root=root, say=error)
    run = Run(texts={})
    assert run.texts is not None
    texts = tuple(path for path in paths if not is_records(path))
    try:
        with LinkedRun() as linked_run:
            for path in paths:
                if is_records(path):
                    for quote in reader.read(path, sys.stdin if path == "-" else None):
                        linked_run.add(quote)
            extracted = quotes_of(texts, run, pattern=pattern, model=model, jobs=jobs) if texts else iter(())
            metadata = {name: article.metadata for name, article in reader.articles.items()}
            for quote in extracted:
                linked_run.add(quote)
                _keep_fields(quote, metadata)
            linked = list(linked_run.linked())
        articles = {name: article.text for name, article in reader.articles.items()} | run.texts
        if not articles:
            error("no article to report: " + ("no record could be read" if not texts else "no text was read"))
            sys.exit(EXIT_INPUT_FAILED)
        with open_output(output) as out:
            render_report(articles, linked, out, metadata)
    except ModelNotFound as err:
        raise click.ClickException(str(err)) from None
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except OSError as err:
        raise click.ClickException(f"{output}: {err.strerror or err}") from None
    shown = sum(1 for quote, _ in linked if quote.file in articles)
    click.echo(f"Wrote {output}: {shown} quotations from {len(articles)} articles.", err=True)
    if run.failures or reader.failures:
        sys.exit(EXIT_INPUT_FAILED)


def _keep_fields(quote: Quote, metadata: dict[str, dict[str, str]]) -> None:
    """An extracted article's own fields (title, url, date, outlet), when its records carry them."""
    from quotex.report import ARTICLE_FIELDS

    if quote.file in metadata:
        return
    record = quote.to_dict()
    metadata[quote.file] = {name: record[name] for name in ARTICLE_FIELDS if isinstance(record.get(name), str)}
