"""The lines quotex prints for people on standard error: `Error: …` and `Warning: …`.

Both show file names and text as text: characters that would move the cursor, change the
terminal or start a new line are spelled as escapes (`\\x1b`, `\\n`), so no input can forge a
line or write into the terminal. A closed standard error drops them silently.
"""

from __future__ import annotations

import sys

from quotex.output.writers import shown_text


def error(message: object) -> None:
    """`Error: MESSAGE` on standard error."""
    _say("Error", message)


def warning(message: object) -> None:
    """`Warning: MESSAGE` on standard error."""
    _say("Warning", message)


def _say(label: str, message: object) -> None:
    stream = sys.stderr
    if stream is None:
        return
    try:
        stream.write(f"{label}: {shown_text(str(message))}\n")
        stream.flush()
    except (OSError, ValueError):  # standard error closed or gone: nobody to tell
        pass
