"""`quotex extract PATH...`: quotations of files, folders or standard input, as a table or for pipes."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import closing

import click

from quotex.api import ModelNotFound
from quotex.corpus import LinkedRun, NamesAlone, read_table, table_rows
from quotex.export import FIELD_NAMES, FORMATS, Writer, atomic_output, make_writer
from quotex.inputs import Document, InputError, find_sources, read_sources
from quotex.linking import Identity, matches
from quotex.records import Quote

EXIT_INPUT_FAILED = 1
EXIT_INTERRUPTED = 130
KINDS = ("direct", "mixed", "indirect")


def _parse_kinds(ctx: click.Context, param: click.Parameter, value: str | None) -> frozenset[str]:
    kinds = frozenset(KINDS) if value is None else frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = kinds - set(KINDS)
    if unknown or not kinds:
        raise click.BadParameter(f"choose from {', '.join(KINDS)}, separated by commas")
    return kinds


def _parse_fields(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    fields = tuple(f.strip() for f in value.split(",") if f.strip())
    unknown = [f for f in fields if f not in FIELD_NAMES]
    if unknown or not fields:
        raise click.BadParameter(f"unknown field {', '.join(unknown) or '(none)'}; choose from {', '.join(FIELD_NAMES)}")
    return fields


def _read_names(path: str | None) -> list[Identity]:
    if path is None:
        return []
    try:
        return read_table(path)
    except (OSError, ValueError) as err:
        raise click.ClickException(str(err)) from None


def _write_names(path: str, found: list[Identity]) -> None:
    import json

    with atomic_output(path) as out:
        for row in table_rows(found):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format. Default: table on a terminal, jsonl when piped or written to a file.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write to FILE (atomically).")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="File names to take from folders.")
@click.option("--model", default=None, help="spaCy English pipeline to use.  [default: en_core_web_sm]")
@click.option("--kind", "kinds", callback=_parse_kinds, help="Kinds to report, e.g. direct,mixed.  [default: all]")
@click.option("--speaker", "speakers", multiple=True, help="Only this speaker's quotations (any variant of the name; repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Only quotations at least this confident.")
@click.option("--fields", callback=_parse_fields, help="Only these fields, e.g. speaker,text (csv and table columns, json keys).")
@click.option(
    "--link/--no-link",
    default=True,
    help="Link speakers across files before writing (the default), or write each document as soon as it is done, each name linked on its own.",
)
@click.option("--names", "names_table", type=click.Path(dir_okay=False), help="Names table: link to its speaker ids, then extend it.")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes, each loading the model once; 1 runs in this process.  [default: the number of CPUs]",
)
def extract_command(
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    pattern: str,
    model: str | None,
    kinds: frozenset[str],
    jobs: int | None,
    speakers: tuple[str, ...] = (),
    min_confidence: float = 0.0,
    fields: tuple[str, ...] | None = None,
    names_table: str | None = None,
    link: bool = True,
) -> None:
    """Find every quotation in PATHS and attribute it to its speaker.

    PATHS are files, folders (searched recursively) or - for standard input. Output is in
    the order of PATHS whatever --jobs is, once every document is done: speakers are then
    linked across the files (`speaker_id`, one corpus-wide `speaker`). With --no-link each
    document's quotations go out as soon as it is done.
    """
    fmt = fmt or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    failures = 0
    try:
        sources = list(find_sources(paths, glob=pattern))
        results = _open_extraction(model, _jobs(jobs, sources), _documents(sources))
        known = _read_names(names_table)

        def wanted(quote: Quote) -> bool:
            return quote.kind in kinds and quote.confidence >= min_confidence

        def write(writer: Writer, linked: Iterable[tuple[Quote, Identity | None]]) -> None:
            for quote, identity in linked:
                if not speakers or (identity and any(matches(name, identity) for name in speakers)):
                    writer.write(quote)

        with LinkedRun(known) as run, closing(results), _progress(len(sources)) as advance:
            if link:
                for result in results:
                    advance()
                    if isinstance(result, InputError):
                        failures += 1
                        click.echo(f"Error: {result}", err=True)
                        continue
                    for quote in filter(wanted, result):
                        run.add(quote)
                with atomic_output(output) as out:
                    writer = make_writer(fmt, out, fields)
                    write(writer, run.linked())
                    writer.close()
                found = run.identities()
            else:  # each document's records as soon as it is done, each name linked on its own
                alone = NamesAlone(known)
                with atomic_output(output) as out:
                    writer = make_writer(fmt, out, fields)
                    for result in results:
                        advance()
                        if isinstance(result, InputError):
                            failures += 1
                            click.echo(f"Error: {result}", err=True)
                            continue
                        write(writer, map(alone.link, filter(wanted, result)))
                        out.flush()  # a reader downstream sees each document as soon as it is done
                    writer.close()
                found = alone.identities()
            if names_table:
                _write_names(names_table, found)
    except ModelNotFound as err:  # found, but a worker process could not load it
        raise click.ClickException(str(err)) from None
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as err:  # the -o destination cannot be written
        raise click.ClickException(f"{output or 'standard output'}: {err.strerror or err}") from None
    if failures:
        sys.exit(EXIT_INPUT_FAILED)


def _jobs(jobs: int | None, sources: list) -> int:
    """Worker processes worth starting: never more than there are inputs to read."""
    from quotex.parallel import default_jobs

    readable = sum(1 for source in sources if not isinstance(source, InputError))
    return max(1, min(jobs or default_jobs(), readable))


def _open_extraction(model: str | None, jobs: int, documents: Iterator[Document | InputError]):
    """The results of `documents`, in order: in this process for one job, else in workers.

    The model is checked here, before any output, so a missing one is a one-line error.
    """
    from quotex.api import find_model, load
    from quotex.parallel import in_process, in_workers

    try:
        if jobs == 1:
            return in_process(load(model), documents)
        return in_workers(find_model(model), documents, jobs=jobs)
    except ModelNotFound as err:
        raise click.ClickException(str(err)) from None


def _documents(sources: Iterable[str | InputError]) -> Iterator[Document | InputError]:
    """Each source read and decoded, or the error that stopped it; warnings go to stderr."""
    for document in read_sources(sources, stdin=sys.stdin.buffer):
        if isinstance(document, Document) and document.warning:
            click.echo(f"Warning: {document.name}: {document.warning}", err=True)
        yield document


class _progress:
    """A progress bar on standard error, only when that is a terminal and there is more than one file."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar = None

    def __enter__(self):
        if self.total > 1 and sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True, console=None)
            self.bar.start()
            task = self.bar.add_task("extracting", total=self.total)
            return lambda: self.bar.advance(task)
        return lambda: None

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _quiet_broken_pipe() -> None:
    """`quotex extract … | head`: the reader left; stop without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)
