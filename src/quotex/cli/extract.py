"""`quotex extract PATH...`: quotations of files, folders or standard input, as a table or for pipes.

Only data reaches standard output; progress, warnings and errors go to standard error.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Generator, Iterable, Iterator
from contextlib import closing, contextmanager
from typing import IO, TYPE_CHECKING, Any, NoReturn, Self

import click

from quotex.api import ModelNotFound
from quotex.cli.messages import error, warning
from quotex.corpus import LinkedRun, NamesAlone, read_table, table_rows
from quotex.export import (
    FIELD_NAMES,
    FORMATS,
    TableWriter,
    Writer,
    format_for_path,
    json_text,
    make_writer,
    open_output,
    same_file,
)
from quotex.inputs import (
    DEFAULT_MAX_SIZE,
    STDIN,
    Document,
    InputError,
    find_sources,
    format_size,
    parse_size,
    read_sources,
)
from quotex.linking import Identity, matches
from quotex.records import KINDS, Quote, file_key

if TYPE_CHECKING:  # spaCy is imported only once a command needs it
    from quotex.config import PipelineConfig as PipelineSettings, Result

EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 128 + signal.SIGPIPE  # 141: what a shell shows for a reader that left
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130
STOP_SIGNALS = {signal.SIGTERM: "Terminated.", signal.SIGHUP: "Hung up."}  # 143, 129


class Stopped(BaseException):
    """SIGTERM or SIGHUP arrived: stop as on Ctrl-C, with status 128 + the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


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
    with open_output(path) as out:
        for row in table_rows(found):
            out.write(json_text(row) + "\n")


def _parse_size(ctx: click.Context, param: click.Parameter, value: str | int) -> int:
    try:
        size = parse_size(str(value))
    except ValueError as err:
        raise click.BadParameter(str(err)) from None
    if size < 1:
        raise click.BadParameter("must be at least 1 byte")
    return size


@click.command("extract")
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format. Default: from the extension of -o (.jsonl .json .csv), else table on a terminal, jsonl otherwise.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (it appears only once complete).")
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="File names to take from folders.")
@click.option("--model", default=None, help="spaCy English pipeline to use.  [default: en_core_web_sm]")
@click.option(
    "--kind",
    "kinds",
    callback=_parse_kinds,
    metavar="KINDS",
    help=f"Kinds to report, separated by commas; choices: {', '.join(KINDS)}.  [default: all]",
)
@click.option("--speaker", "speakers", multiple=True, help="Only this speaker's quotations (any variant of the name; repeatable).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Only quotations at least this confident.")
@click.option("--fields", callback=_parse_fields, help="Only these fields, e.g. speaker,text (csv and table columns, json keys).")
@click.option(
    "--link/--no-link",
    default=None,
    help="Link speakers across files before writing (the default for files and pipes), or write each document as soon as it is done, each name linked on its own (the default for the table).",
)
@click.option("--names", "names_table", type=click.Path(dir_okay=False), help="Names table: link to its speaker ids, then extend it.")
@click.option(
    "--lexicon",
    "lexicon",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of word lists replacing the shipped ones it holds (cue_verbs.txt, …).",
)
@click.option("--full-pipeline", is_flag=True, help="Run every component of the model (entities, lemmas), not only what quotex needs.")
@click.option(
    "--max-size",
    default=format_size(DEFAULT_MAX_SIZE),
    show_default=True,
    callback=_parse_size,
    metavar="SIZE",
    help="Refuse an input longer than SIZE bytes (K, M, G suffixes).",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes, each loading the model once; 1 runs in this process.  [default: the number of CPUs]",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress display and no warnings; errors are still shown.")
@click.pass_context
def extract_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str | None,
    output: str | None,
    pattern: str,
    model: str | None,
    kinds: frozenset[str],
    lexicon: str | None,
    full_pipeline: bool,
    max_size: int,
    jobs: int | None,
    quiet: bool,
    speakers: tuple[str, ...] = (),
    min_confidence: float = 0.0,
    fields: tuple[str, ...] | None = None,
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
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            click.echo(ctx.get_usage(), err=True)
            click.echo("Name files or folders, or pipe text in (… | quotex extract).", err=True)
            sys.exit(EXIT_USAGE)
        paths = (STDIN,)
    if output is None and sys.stdout is None:
        error("standard output is closed; name a file with -o")
        sys.exit(EXIT_INPUT_FAILED)
    fmt = fmt or format_for_path(output) or ("table" if output is None and _is_terminal(sys.stdout) else "jsonl")
    if link is None:  # a person at a table sees rows as documents finish; data for tools is linked
        link = fmt != "table"
    sources = _unique(find_sources(paths, glob=pattern))
    if output is not None and output != "-":
        for source in sources:
            if isinstance(source, str) and source != STDIN and same_file(output, source):
                error(f"-o {output} is one of the inputs; write the output elsewhere")
                sys.exit(EXIT_USAGE)
    failures = 0
    with _stop_on_signals():
        try:
            settings = _pipeline_settings(model, lexicon=lexicon, lean=not full_pipeline)  # before any output
            progress = _progress(len(sources), quiet)
            documents = _documents(sources, max_size, quiet, progress)
            known = _read_names(names_table)
            with open_output(output, for_people=fmt == "table") as out, LinkedRun(known) as run:
                writer = make_writer(fmt, out, fields)
                is_table = isinstance(writer, TableWriter)  # printed to the terminal the progress is on
                alone = None if link else NamesAlone(known)
                with progress:  # shown while the model loads too
                    results = _extraction(settings, _jobs(jobs, sources), documents)
                    with closing(results):
                        for result in results:
                            progress.advance()
                            if isinstance(result, InputError):
                                failures += 1
                                with progress.paused():
                                    error(result)
                                continue
                            seen: set[str] = set()  # an id once a document: a statement found twice is written once
                            for quote in result:
                                if quote.kind in kinds and quote.confidence >= min_confidence and quote.id not in seen:
                                    seen.add(quote.id)
                                    if alone is None:
                                        run.add(quote)  # written once the run's names are linked
                                    else:
                                        _write_selected(writer, [alone.link(quote)], speakers)
                            if alone is not None:
                                with progress.paused(is_table):
                                    writer.document_done()  # a reader downstream sees each document as soon as it is done
                if alone is None:
                    _write_selected(writer, run.linked(), speakers)
                    writer.document_done()
                writer.close()
                if names_table:
                    _write_names(names_table, run.identities() if alone is None else alone.identities())
        except ModelNotFound as err:  # not installed, or installed but not loadable
            _fail(str(err))
        except KeyboardInterrupt:
            _say_stopped("Interrupted.")
            sys.exit(EXIT_INTERRUPTED)
        except Stopped as stop:
            _say_stopped(STOP_SIGNALS[signal.Signals(stop.signum)])
            sys.exit(128 + stop.signum)
        except BrokenPipeError:
            _quiet_broken_pipe()
        except OSError as err:  # the -o destination cannot be written
            _fail(f"{output or 'standard output'}: {err.strerror or err}")
    if failures:
        sys.exit(EXIT_INPUT_FAILED)


def _write_selected(writer: Writer, linked: Iterable[tuple[Quote, Identity | None]], speakers: tuple[str, ...]) -> None:
    """The linked records of the speakers asked for (every one when none is)."""
    for quote, identity in linked:
        if not speakers or (identity is not None and any(matches(name, identity) for name in speakers)):
            writer.write(quote)


def _fail(message: str) -> NoReturn:
    error(message)
    sys.exit(EXIT_INPUT_FAILED)


def _unique(found: Iterable[str | InputError]) -> list[str | InputError]:
    """The sources, each file once however often or however it was named (`file_key`)."""
    seen: set[str] = set()
    sources: list[str | InputError] = []
    for source in found:
        if isinstance(source, str):
            key = file_key(source)
            if key in seen:
                continue
            seen.add(key)
        sources.append(source)
    return sources


def _jobs(jobs: int | None, sources: list) -> int:
    """Worker processes worth starting: never more than there are inputs to read."""
    from quotex.parallel import default_jobs

    readable = sum(1 for source in sources if not isinstance(source, InputError))
    return max(1, min(jobs or default_jobs(), readable))


def _pipeline_settings(model: str | None, *, lexicon: str | None, lean: bool) -> PipelineSettings:
    """The pipeline to run, its model found without loading it, so a missing one is one line."""
    from quotex.api import find_model
    from quotex.config import PipelineConfig as PipelineSettings

    return PipelineSettings(find_model(model), lexicon=lexicon, lean=lean)


def _extraction(
    settings: PipelineSettings, jobs: int, documents: Iterator[Document | InputError]
) -> Generator[Result, None, None]:
    """The results of `documents`, in order: in this process for one job, else in workers."""
    from quotex.parallel import in_process, in_workers

    if jobs == 1:
        return in_process(settings.load(), documents)
    return in_workers(settings, documents, jobs=jobs)


def _documents(
    sources: Iterable[str | InputError], max_size: int, quiet: bool, progress: _progress
) -> Iterator[Document | InputError]:
    """Each source read and decoded, or the error that stopped it; warnings go to stderr."""
    stdin = getattr(sys.stdin, "buffer", None)
    for document in read_sources(sources, stdin=stdin, max_size=max_size):
        if isinstance(document, Document) and document.warning and not quiet:
            with progress.paused():
                warning(f"{document.name}: {document.warning}")
        yield document


def _is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


class _progress:
    """A progress display on standard error, whenever that is a terminal (and not --quiet).

    It is transient: it is gone before anything else is printed, and `paused()` takes it off
    the screen while a table's rows or a message are printed to the same terminal.
    """

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.bar: Any = None
        self.task: Any = None
        self.show = not quiet and _is_terminal(sys.stderr)

    def __enter__(self) -> Self:
        if self.show:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(transient=True, console=Console(file=sys.stderr), redirect_stdout=False, redirect_stderr=False)
            self.bar.start()
            self.task = self.bar.add_task("extracting", total=self.total)
        return self

    def advance(self) -> None:
        if self.bar is not None:
            self.bar.advance(self.task)

    @contextmanager
    def paused(self, needed: bool = True) -> Iterator[None]:
        if self.bar is None or not needed:
            yield
            return
        self.bar.stop()
        try:
            yield
        finally:
            self.bar.start()

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


@contextmanager
def _stop_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise `Stopped` in the main thread, so that the run ends as on
    Ctrl-C: workers stopped, temporary files removed, no partial output."""

    def stop(signum: int, frame: object) -> None:
        for other in previous:  # stopping is under way: a second signal must not cut the clean-up short
            signal.signal(other, signal.SIG_IGN)
        raise Stopped(signum)

    previous = {}
    for signum in STOP_SIGNALS:
        try:
            previous[signum] = signal.signal(signum, stop)
        except (ValueError, OSError):  # not the main thread (e.g. under a test runner's thread)
            pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _say_stopped(message: str) -> None:
    try:
        click.echo(message, err=True)
    except (OSError, ValueError):
        pass


def _quiet_broken_pipe() -> None:
    """`quotex extract … | head`: the reader left; stop without a traceback, as SIGPIPE would."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_BROKEN_PIPE)
