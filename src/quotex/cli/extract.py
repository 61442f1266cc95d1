"""`quotex extract PATH...`: quotations of files, folders or standard input, as a table or for pipes."""

from __future__ import annotations

import os
import sys
from typing import Iterable, Iterator

import click

from quotex.export import FORMATS, atomic_output, make_writer
from quotex.inputs import Document, InputError, find_sources, read_document
from quotex.records import Quote

EXIT_INPUT_FAILED = 1
EXIT_INTERRUPTED = 130
KINDS = ("direct", "mixed", "indirect")
_BATCH = 16


def _parse_kinds(ctx: click.Context, param: click.Parameter, value: str | None) -> frozenset[str]:
    kinds = frozenset(KINDS) if value is None else frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = kinds - set(KINDS)
    if unknown or not kinds:
        raise click.BadParameter(f"choose from {', '.join(KINDS)}, separated by commas")
    return kinds


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
def extract_command(
    paths: tuple[str, ...], fmt: str | None, output: str | None, pattern: str, model: str | None, kinds: frozenset[str]
) -> None:
    """Find every quotation in PATHS and attribute it to its speaker.

    PATHS are files, folders (searched recursively) or - for standard input.
    """
    fmt = fmt or ("table" if output is None and sys.stdout.isatty() else "jsonl")
    extractor = _load_extractor(model)
    failures = 0
    try:
        with atomic_output(output) as out:
            writer = make_writer(fmt, out)
            for result in _extract_all(extractor, paths, pattern):
                if isinstance(result, InputError):
                    failures += 1
                    click.echo(f"Error: {result}", err=True)
                    continue
                for quote in result:
                    if quote.kind in kinds:
                        writer.write(quote)
            writer.close()
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failures:
        sys.exit(EXIT_INPUT_FAILED)


def _load_extractor(model: str | None):
    from quotex.api import ModelNotFound, load

    try:
        return load(model)
    except ModelNotFound as err:
        raise click.ClickException(str(err)) from None


def _extract_all(extractor, paths: Iterable[str], pattern: str) -> Iterator[list[Quote] | InputError]:
    """The quotations of each document in input order, or the error that stopped it."""
    sources = list(find_sources(paths, glob=pattern))
    with _progress(len(sources)) as advance:
        batch: list[Document] = []
        for source in sources:
            document = source if isinstance(source, InputError) else _read(source)
            if isinstance(document, InputError):
                yield from _run_batch(extractor, batch)
                batch = []
                yield document
                advance()
                continue
            if document.warning:
                click.echo(f"Warning: {document.name}: {document.warning}", err=True)
            batch.append(document)
            if len(batch) >= _BATCH:
                yield from _run_batch(extractor, batch)
                batch = []
            advance()
        yield from _run_batch(extractor, batch)


def _read(source: str) -> Document | InputError:
    try:
        return read_document(source, stdin=sys.stdin.buffer if source == "-" else None)
    except InputError as err:
        return err


def _run_batch(extractor, batch: list[Document]) -> Iterator[list[Quote] | InputError]:
    """A batch through `nlp.pipe`; should any document break it, each one on its own."""
    if not batch:
        return
    try:
        results = list(extractor.extract_many((d.name, d.text) for d in batch))
    except Exception:
        results = None
    if results is not None:
        for _, quotes in results:
            yield quotes
        return
    for document in batch:
        try:
            yield extractor.extract(document.text, file=document.name)
        except Exception as err:  # one bad document must not stop the others
            if os.environ.get("QUOTEX_DEBUG"):
                raise
            yield InputError(document.name, f"extraction failed: {type(err).__name__}: {err}".splitlines()[0])


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
