"""`python -m quotex` is the `quotex` command."""

from quotex.cli import main

main(prog_name="quotex")
