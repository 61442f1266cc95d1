"""The `quotex` command: a thin Click layer over the library.

Exit statuses: 0 success, 1 some input failed, 2 usage error, 130 interrupted.
spaCy is imported only by the commands that need it, so `quotex --help` stays fast.
"""

from __future__ import annotations

import click

from quotex import __version__
from quotex.cli.eval import eval_command
from quotex.cli.extract import extract_command
from quotex.cli.spark import spark_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotex")
def main() -> None:
    """Find quotations in news text and attribute them to their speakers."""


main.add_command(extract_command)
main.add_command(eval_command)
main.add_command(spark_command)
