"""The signals that stop a run, and a way to hold them over a step that must not be cut in two.

SIGINT (Ctrl-C), SIGTERM and SIGHUP each stop quotex the same way: the main process stops its
workers, removes its temporary file and exits with 128 + the signal's number.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


@contextmanager
def signals_held(signals: frozenset[signal.Signals] = STOP_SIGNALS) -> Iterator[None]:
    """Delivers `signals` only once the block is done (e.g. a file is created *and* its name
    kept), so that a signal never lands between the two. A no-op where there are no masks."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, signals)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
