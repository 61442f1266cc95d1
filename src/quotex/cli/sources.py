"""The quotations that `speakers` and `report` work on: extracted from texts, or read back
from quotex's own JSON Lines (`quotex extract corpus/ | quotex speakers -`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass

import click

from quotex.inputs import Document, InputError, find_sources
from quotex.records import Quote

RECORD_SUFFIXES = (".jsonl", ".ndjson")


@dataclass
class Run:
    """What a command reads: its failures are counted, and the texts kept when asked for."""

    failures: int = 0
    texts: dict[str, str] | None = None
    read_records: bool = False

    def fail(self, message: str) -> None:
        self.failures += 1
        click.echo(f"Error: {message}", err=True)


def is_records(path: str) -> bool:
    """`-` and `*.jsonl` name quotex records; anything else is text to extract from."""
    return path == "-" or path.endswith(RECORD_SUFFIXES)


def quotes_of(paths: tuple[str, ...], run: Run, *, pattern: str, model: str | None, jobs: int | None) -> Iterator[Quote]:
    """Every quotation of `paths`, in order; a bad input is one `Error:` line and the rest go on."""
    texts = [p for p in paths if not is_records(p)]
    if any(is_records(p) for p in paths):
        run.read_records = True
    for path in paths:
        if is_records(path):
            yield from _records(path, run)
    if texts:
        yield from _extracted(tuple(texts), run, pattern=pattern, model=model, jobs=jobs)


def _records(path: str, run: Run) -> Iterator[Quote]:
    if path == "-":
        yield from _parsed(sys.stdin, path, run)
        return
    try:
        with open(path, encoding="utf-8") as stream:
            yield from _parsed(stream, path, run)
    except OSError as err:
        reason = err.strerror or str(err)
        run.fail(f"{path}: {reason[:1].lower()}{reason[1:]}")  # as inputs.py words it


def _parsed(stream: Iterable[str], path: str, run: Run) -> Iterator[Quote]:
    """Each record of a stream of JSON Lines; a line that is not one is an `Error:` line."""
    try:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                yield Quote.from_dict(json.loads(line))
            except ValueError as err:
                run.fail(f"{path}:{number}: {err}")
    except UnicodeDecodeError:
        run.fail(f"{path}: not UTF-8 text")


def _extracted(paths: tuple[str, ...], run: Run, *, pattern: str, model: str | None, jobs: int | None) -> Iterator[Quote]:
    from quotex.cli.extraction import documents, extraction, found, jobs_for
    from quotex.cli.progress import Progress
    from quotex.config import PipelineConfig
    from quotex.inputs import DEFAULT_MAX_SIZE

    sources = list(find_sources(paths, glob=pattern))
    progress = Progress(len(sources), quiet=False)
    read = _kept(documents(sources, DEFAULT_MAX_SIZE, False, progress), run)
    results = extraction(found(PipelineConfig(model)), jobs_for(jobs, sources), read)
    with closing(results), progress:
        for result in results:
            progress.advance()
            if isinstance(result, InputError):
                run.fail(str(result))
                continue
            yield from result


def _kept(documents: Iterator[Document | InputError], run: Run) -> Iterator[Document | InputError]:
    for document in documents:
        if run.texts is not None and isinstance(document, Document):
            run.texts[document.name] = document.text
        yield document
