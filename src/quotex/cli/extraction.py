"""What every command that extracts does: find the inputs, read them, run the pipeline over them.

Sources come from `inputs.find_sources` (each file once: `unique`), are read and decoded by
`documents` (warnings on standard error), and go through the pipeline `config` describes in
this process or in worker processes (`extraction`), in order. Each result is a document's
quotations or the `InputError` that stopped it.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from quotex.cli.common import Reading
from quotex.cli.messages import warning
from quotex.cli.progress import Progress
from quotex.output.records import file_key
from quotex.reading.articles import input_format, read_articles
from quotex.reading.inputs import Document, InputError, read_sources
from quotex.running.config import PipelineConfig

if TYPE_CHECKING:  # spaCy is imported only once a command needs it
    from quotex.running.parallel import Result


def unique(found: Iterable[str | InputError]) -> list[str | InputError]:
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


def jobs_for(jobs: int | None, sources: list, records: str | None = None) -> int:
    """Worker processes worth starting: never more than there are inputs to read."""
    from quotex.running.parallel import default_jobs

    readable = sum(1 for source in sources if not isinstance(source, InputError))
    if any(isinstance(source, str) and input_format(source, records) != "text" for source in sources):
        readable = jobs or default_jobs()  # a file of records holds many articles
    return max(1, min(jobs or default_jobs(), readable))


def found(config: PipelineConfig) -> PipelineConfig:
    """`config` with its model found without loading it, so that a missing one is one line
    (`ModelNotFound`) before any output."""
    from quotex.running.api import find_model

    return dataclasses.replace(config, model=find_model(config.model))


def extraction(config: PipelineConfig, jobs: int, documents: Iterator[Document | InputError]) -> Generator[Result, None, None]:
    """The results of `documents`, in order: in this process for one job, else in workers."""
    from quotex.running.parallel import in_process, in_workers

    if jobs == 1:
        return in_process(config.load(), documents)
    return in_workers(config, documents, jobs=jobs)


def documents(
    sources: Iterable[str | InputError], reading: Reading, quiet: bool, progress: Progress
) -> Iterator[Document | InputError]:
    """Each source read and decoded, or the error that stopped it; a file of article records
    gives a Document a record (`quotex.reading.articles`); warnings go to stderr."""
    stdin = getattr(sys.stdin, "buffer", None)
    for document in read_sources(sources, stdin=stdin, max_size=reading.max_size):
        if isinstance(document, Document) and document.warning and not quiet:
            with progress.paused():
                warning(f"{document.name}: {document.warning}")
        fmt = input_format(document.name, reading.input_format)
        if isinstance(document, Document) and fmt != "text":
            yield from read_articles(document, fmt, reading.fields)
        else:
            yield document


def with_articles(documents: Iterator[Document | InputError], carried: deque[dict[str, Any] | None]) -> Iterator[Document | InputError]:
    """`documents`, each one's article fields kept in `carried`, in order, for `articles_of`."""
    for document in documents:
        carried.append(document.article if isinstance(document, Document) else None)
        yield document


def articles_of(results: Iterator[Result], carried: deque[dict[str, Any] | None]) -> Iterator[Result]:
    """`results`, one a document in the order of `with_articles`, each quotation carrying its
    article's fields."""
    for result in results:
        article = carried.popleft() if carried else None
        if article is not None and not isinstance(result, InputError):
            result = [dataclasses.replace(quote, article=article) for quote in result]
        yield result
