"""The progress display a command shows on standard error while documents go through."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, Self


def is_terminal(stream: IO[str] | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):  # closed
        return False


class Progress:
    """A progress display on standard error, whenever that is a terminal (and not --quiet).

    It is transient: it is gone before anything else is printed, and `paused()` takes it off
    the screen while a table's rows or a message are printed to the same terminal.
    """

    def __init__(self, total: int, quiet: bool) -> None:
        self.total = total
        self.bar: Any = None
        self.task: Any = None
        self.show = not quiet and is_terminal(sys.stderr)

    def __enter__(self) -> Self:
        if self.show:
            from rich.console import Console
            from rich.progress import Progress as Bar

            self.bar = Bar(transient=True, console=Console(file=sys.stderr), redirect_stdout=False, redirect_stderr=False)
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
