"""What every command that extracts does: find the inputs, read them, run the pipeline over them.

Sources come from `inputs.find_sources` (each file once: `unique`), are read and decoded by
`documents` (warnings on standard error), and go through the pipeline `config` describes in
this process or in worker processes (`extraction`), in order. Each result is a document's
quotations or the `InputError` that stopped it.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Generator, Iterable, Iterator
from typing import TYPE_CHECKING

from quotex.cli.messages import warning
from quotex.cli.progress import Progress
from quotex.config import PipelineConfig
from quotex.inputs import Document, InputError, read_sources
from quotex.records import file_key

if TYPE_CHECKING:  # spaCy is imported only once a command needs it
    from quotex.parallel import Result


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


def jobs_for(jobs: int | None, sources: list) -> int:
    """Worker processes worth starting: never more than there are inputs to read."""
    from quotex.parallel import default_jobs

    readable = sum(1 for source in sources if not isinstance(source, InputError))
    return max(1, min(jobs or default_jobs(), readable))


def found(config: PipelineConfig) -> PipelineConfig:
    """`config` with its model found without loading it, so that a missing one is one line
    (`ModelNotFound`) before any output."""
    from quotex.api import find_model

    return dataclasses.replace(config, model=find_model(config.model))


def extraction(config: PipelineConfig, jobs: int, documents: Iterator[Document | InputError]) -> Generator[Result, None, None]:
    """The results of `documents`, in order: in this process for one job, else in workers."""
    from quotex.parallel import in_process, in_workers

    if jobs == 1:
        return in_process(config.load(), documents)
    return in_workers(config, documents, jobs=jobs)


def documents(
    sources: Iterable[str | InputError], max_size: int, quiet: bool, progress: Progress
) -> Iterator[Document | InputError]:
    """Each source read and decoded, or the error that stopped it; warnings go to stderr."""
    stdin = getattr(sys.stdin, "buffer", None)
    for document in read_sources(sources, stdin=stdin, max_size=max_size):
        if isinstance(document, Document) and document.warning and not quiet:
            with progress.paused():
                warning(f"{document.name}: {document.warning}")
        yield document
