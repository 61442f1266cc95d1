"""`quotex eval`: accuracy against a gold file (to be written)."""

from __future__ import annotations

import click


@click.command("eval")
def eval_command() -> None:
    """Score quotex against hand-annotated gold statements."""
    raise click.UsageError("not implemented yet")
