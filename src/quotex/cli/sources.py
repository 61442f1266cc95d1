"""The quotations that `speakers` and `report` work on: extracted from texts (plain, or
articles in JSON Lines or CSV records), or read back from quotex's own JSON Lines
(`quotex extract corpus/ | quotex speakers -`)."""

from __future__ import annotations

import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from quotex.cli.common import Reading
from quotex.cli.messages import error
from quotex.output.records import Quote
from quotex.reading.inputs import Document, InputError, find_sources
from quotex.running.config import PipelineConfig
from quotex.running.selection import Selection

RECORD_SUFFIXES = (".jsonl", ".ndjson")
_RECORD_KEYS = frozenset({"kind", "start", "end", "resolution", "confidence"})  # what a quotex record has


@dataclass
class Run:
    """What a command reads: its failures are counted, and the texts kept when asked for."""

    failures: int = 0
    texts: dict[str, str] | None = None
    read_records: bool = False

    def fail(self, message: object) -> None:
        self.failures += 1
        error(message)


def is_records(path: str, reading: Reading | None = None) -> bool:
    """`-` and `*.jsonl` files of quotex records (their first record has a quotation's keys);
    anything else is text to extract from, articles included."""
    if reading is not None and reading.input_format is not None:
        return False  # --input-format names how to read every input
    if path == "-":
        return True
    return path.endswith(RECORD_SUFFIXES) and _first_record_is_a_quotation(path)


def _first_record_is_a_quotation(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and _RECORD_KEYS <= record.keys()
    except (OSError, ValueError):
        return True  # read as records, it gives the error a user should see
    return True


@dataclass(frozen=True)
class Extracting:
    """How texts are read and extracted from: the inputs, the pipeline, the worker
    processes, the selection and whether to be quiet."""

    reading: Reading
    config: PipelineConfig
    jobs: int | None = None
    selection: Selection = Selection()
    quiet: bool = False


def quotes_of(paths: tuple[str, ...], run: Run, how: Extracting) -> Iterator[Quote]:
    """Every selected quotation of `paths`, in order; a bad input is one `Error:` line and
    the rest go on."""
    texts = [p for p in paths if not is_records(p, how.reading)]
    if len(texts) < len(paths):
        run.read_records = True
    for path in paths:
        if path not in texts:
            yield from how.selection.document(_records(path, run))
    if texts:
        yield from _extracted(tuple(texts), run, how)


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


def _extracted(paths: tuple[str, ...], run: Run, how: Extracting) -> Iterator[Quote]:
    from quotex.cli.extraction import articles_of, documents, extraction, found, jobs_for, unique, with_articles
    from quotex.cli.progress import Progress

    sources = unique(find_sources(paths, glob=how.reading.pattern))
    progress = Progress(len(sources), quiet=how.quiet)
    carried: deque[dict[str, Any] | None] = deque()
    read = with_articles(_kept(documents(sources, how.reading, how.quiet, progress), run), carried)
    results = extraction(found(how.config), jobs_for(how.jobs, sources, how.reading.input_format), read)
    with closing(results), progress:
        for result in articles_of(results, carried):
            progress.advance()
            if isinstance(result, InputError):
                with progress.paused():
                    run.fail(result)
                continue
            yield from how.selection.document(result)


def _kept(documents: Iterator[Document | InputError], run: Run) -> Iterator[Document | InputError]:
    for document in documents:
        if run.texts is not None and isinstance(document, Document):
            run.texts[document.name] = document.text
        yield document
