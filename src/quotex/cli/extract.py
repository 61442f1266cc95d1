"""`quotex extract PATH...`: quotations of files, folders or standard input, as a table or for pipes.

Only data reaches standard output; progress, warnings and errors go to standard error.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from quotex.cli.common import (
    Reading,
    jobs_option,
    names_option,
    output_format,
    pipeline_options,
    quiet_option,
    read_names,
    reading_options,
    selection_options,
    write_names,
)
from quotex.cli.exits import EXIT_INPUT_FAILED, EXIT_USAGE, ended_as_users_expect, fail
from quotex.cli.extraction import articles_of, documents, extraction, found, jobs_for, unique, with_articles
from quotex.cli.messages import error
from quotex.cli.progress import Progress, is_terminal
from quotex.corpus.linking import Identity
from quotex.corpus.runs import LinkedRun, NamesAlone
from quotex.output.records import Quote
from quotex.output.writers import FORMATS, TableWriter, Writer, make_writer, open_output, same_file
from quotex.reading.inputs import STDIN, InputError, find_sources
from quotex.running.config import PipelineConfig
from quotex.running.selection import Selection

if TYPE_CHECKING:  # spaCy is imported only once a command needs it
    from quotex.running.parallel import Result


@dataclass(frozen=True)
class _Output:
    """Where and how the records go: `path` (None: standard output), the format, whether
    speakers are linked across files first, the names table to link to and extend."""

    path: str | None
    fmt: str
    link: bool
    names_table: str | None


@click.command("extract")
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format. Default: from the extension of -o (.jsonl .json .csv .tsv), else table on a terminal, jsonl otherwise.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (it appears only once complete).")
@reading_options
@pipeline_options
@selection_options
@click.option(
    "--link/--no-link",
    default=None,
    help="Link speakers across files before writing (the default for files and pipes), or write each document as soon as it is done, each name linked on its own (the default for the table).",
)
@names_option
@click.option("--full-pipeline", is_flag=True, help="Run every component of the model (entities, lemmas), not only what quotex needs.")
@jobs_option
@quiet_option
@click.pass_context
def extract_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    reading: Reading,
    config: PipelineConfig,
    selection: Selection,
    full_pipeline: bool,
    jobs: int | None,
    quiet: bool,
    link: bool | None = None,
    names_table: str | None = None,
) -> None:
    """Find every quotation in PATHS and attribute it to its speaker.

    PATHS are files, folders (searched recursively) or - for standard input; with no PATHS,
    standard input is read when it is not a terminal. Output is in the order of PATHS
    whatever --jobs is, once every document is done: speakers are then linked across the
    files (`speaker_id`, one corpus-wide `speaker`). With --no-link, and by default for the
    table, each document's quotations go out as soon as it is done.
    """
    paths = _paths_or_stdin(ctx, paths)
    if output is None and sys.stdout is None:
        fail("standard output is closed; name a file with -o")
    sources = unique(find_sources(paths, glob=reading.pattern))
    _refuse_an_input_as_output(output, sources)
    fmt = output_format(fmt, output, for_people=output is None and is_terminal(sys.stdout))
    plan = _Output(output, fmt, fmt != "table" if link is None else link, names_table)  # a person at a table sees rows as documents finish
    failures = 0
    with ended_as_users_expect(output):
        config = found(PipelineConfig(config.model, lexicon=config.lexicon, lean=not full_pipeline))  # before any output
        failures = _extract(sources, plan, reading, config, selection, jobs_for(jobs, sources, reading.input_format), quiet)
    if failures:
        sys.exit(EXIT_INPUT_FAILED)


def _paths_or_stdin(ctx: click.Context, paths: tuple[str, ...]) -> tuple[str, ...]:
    """PATHS, or standard input when none are named and text is piped in."""
    if paths:
        return paths
    if sys.stdin is None or sys.stdin.isatty():
        click.echo(ctx.get_usage(), err=True)
        click.echo("Name files or folders, or pipe text in (… | quotex extract).", err=True)
        sys.exit(EXIT_USAGE)
    return (STDIN,)


def _refuse_an_input_as_output(output: str | None, sources: list[str | InputError]) -> None:
    if output is None or output == "-":
        return
    for source in sources:
        if isinstance(source, str) and source != STDIN and same_file(output, source):
            error(f"-o {output} is one of the inputs; write the output elsewhere")
            sys.exit(EXIT_USAGE)


def _extract(
    sources: list[str | InputError], plan: _Output, reading: Reading, config: PipelineConfig, selection: Selection, jobs: int, quiet: bool
) -> int:
    """Extract, select, link and write: the number of inputs that failed."""
    progress = Progress(len(sources), quiet)
    carried: deque[dict[str, Any] | None] = deque()  # each document's article fields, in order
    read = with_articles(documents(sources, reading, quiet, progress), carried)
    known = read_names(plan.names_table)
    with open_output(plan.path, for_people=plan.fmt == "table") as out, LinkedRun(known) as run:
        writer = make_writer(plan.fmt, out, selection.fields)
        alone = None if plan.link else NamesAlone(known)
        with progress:  # shown while the model loads too
            results = extraction(config, jobs, read)
            with closing(results):
                failures = _write_results(articles_of(results, carried), progress, writer, run if alone is None else alone, selection)
        if alone is None:
            _write_selected(writer, run.linked(), selection)
            writer.document_done()
        writer.close()
        if plan.names_table:
            write_names(plan.names_table, run.identities() if alone is None else alone.identities())
    return failures


def _write_results(
    results: Iterator[Result], progress: Progress, writer: Writer, linking: LinkedRun | NamesAlone, selection: Selection
) -> int:
    """Each document's selected records into the run (linked at its end), or written at once
    each name linked on its own (`NamesAlone`); the number of inputs that failed."""
    failures = 0
    is_table = isinstance(writer, TableWriter)  # printed to the terminal the progress is on
    for result in results:
        progress.advance()
        if isinstance(result, InputError):
            failures += 1
            with progress.paused():
                error(result)
            continue
        for quote in selection.document(result):
            if isinstance(linking, LinkedRun):
                linking.add(quote)  # written once the run's names are linked
            else:
                _write_selected(writer, [linking.link(quote)], selection)
        if isinstance(linking, NamesAlone):
            with progress.paused(is_table):
                writer.document_done()  # a reader downstream sees each document as soon as it is done
    return failures


def _write_selected(writer: Writer, linked: Iterable[tuple[Quote, Identity | None]], selection: Selection) -> None:
    """The linked records of the speakers asked for (every one when none is)."""
    for quote, _ in selection.linked(linked):
        writer.write(quote)
