"""How a command ends: its exit statuses, stopping on signals, a reader that left.

Exit statuses: 0 success; 1 some input failed, or the output could not be written; 2 usage
error; 129, 130, 143 stopped by SIGHUP, Ctrl-C (SIGINT), SIGTERM; 141 the reader of standard
output left (a broken pipe).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import click

from quotex.cli.messages import error
from quotex.running.api import ModelNotFound

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


def fail(message: str) -> NoReturn:
    """`Error: MESSAGE` and the exit status 1."""
    error(message)
    sys.exit(EXIT_INPUT_FAILED)


@contextmanager
def ended_as_users_expect(output: str | None) -> Iterator[None]:
    """A run under this ends with one line and its status, never a traceback: the pipeline
    missing, Ctrl-C, SIGTERM or SIGHUP (`stop_on_signals`), the reader of the output gone,
    the `output` (None: standard output) that cannot be written."""
    with stop_on_signals():
        try:
            yield
        except ModelNotFound as err:  # not installed, or installed but not loadable
            fail(str(err))
        except KeyboardInterrupt:
            say_stopped("Interrupted.")
            sys.exit(EXIT_INTERRUPTED)
        except Stopped as stop:
            say_stopped(STOP_SIGNALS[signal.Signals(stop.signum)])
            sys.exit(128 + stop.signum)
        except BrokenPipeError:
            quiet_broken_pipe()
        except OSError as err:  # the destination cannot be written
            fail(f"{output or 'standard output'}: {err.strerror or err}")


@contextmanager
def stop_on_signals() -> Iterator[None]:
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


def say_stopped(message: str) -> None:
    try:
        click.echo(message, err=True)
    except (OSError, ValueError):
        pass


def quiet_broken_pipe() -> NoReturn:
    """`quotex extract … | head`: the reader left; stop without a traceback, as SIGPIPE would."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_BROKEN_PIPE)
