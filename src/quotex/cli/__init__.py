"""The `quotex` command: a thin Click layer over the library.

Exit statuses: 0 success; 1 some input failed, or the output could not be written; 2 usage
error; 129, 130, 143 stopped by SIGHUP, Ctrl-C (SIGINT), SIGTERM; 141 the reader of standard
output left (a broken pipe). spaCy is imported only by the commands that need it, so
`quotex --help` stays fast.
"""

from __future__ import annotations

import os
import sys

import click

from quotex import __version__
from quotex.cli.eval import eval_command
from quotex.cli.extract import extract_command
from quotex.cli.report import report_command
from quotex.cli.spark import spark_command
from quotex.cli.speakers import speakers_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotex")
def main() -> None:
    """Find quotations in news text and attribute them to their speakers."""
    _hold_closed_streams()


def _hold_closed_streams() -> None:
    """A standard stream the caller closed (`2>&-`) gets /dev/null in its place, so that no file
    quotex opens takes its number. Closed standard error then swallows messages; closed
    standard output stays `None`, for `extract` to say that data has nowhere to go."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process


main.add_command(extract_command)
main.add_command(eval_command)
main.add_command(speakers_command)
main.add_command(report_command)
main.add_command(spark_command)
