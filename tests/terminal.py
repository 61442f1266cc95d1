"""Running the real `quotex` command as a user would: in a pseudo-terminal, or with pipes.

`run_quotex` starts `python -m quotex` with each standard stream either a pipe, a file or its
own pseudo-terminal of a given size, and gives back what each stream received. `Screen` replays
what a terminal received (the few control sequences rich and quotex use) and gives the lines a
person would see at the end.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
import threading
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 180  # seconds; a run that takes longer is a hang, not a slow machine
SRC = str(Path(__file__).resolve().parents[1] / "src")


@dataclass
class Run:
    status: int
    stdout: str  # what the pipe or the terminal received (a terminal's \r\n made \n)
    stderr: str


class _Terminal:
    """One pseudo-terminal: the child gets its slave end; a thread reads the master end."""

    def __init__(self, columns: int, rows: int = 50) -> None:
        self.master, self.slave = pty.openpty()
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.chunks: list[bytes] = []
        self.reader = threading.Thread(target=self._read, daemon=True)

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # EIO: every slave end is closed
                return
            if not chunk:
                return
            self.chunks.append(chunk)

    def started(self) -> None:
        os.close(self.slave)  # the child holds it now
        self.reader.start()

    def text(self) -> str:
        self.reader.join(timeout=TIMEOUT)
        os.close(self.master)
        return b"".join(self.chunks).decode("utf-8", errors="replace").replace("\r\n", "\n")


def quotex_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES", "NO_COLOR")}
    env["PYTHONPATH"] = SRC + os.pathsep + env.get("PYTHONPATH", "")
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def run_quotex(
    *args: str,
    stdin: bytes | str | None = None,
    stdout: str = "pipe",
    stderr: str = "pipe",
    columns: int = 100,
    cwd: str | Path | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """`quotex ARGS`; each of `stdin` ("tty" or bytes), `stdout` and `stderr` ("pipe" or "tty")
    is a pipe or a pseudo-terminal of its own, `columns` wide; `stderr="stdout"` shares
    standard output's terminal, as in a shell with no redirection (all of it is then `stdout`)."""
    terminals: dict[str, _Terminal] = {}

    def stream(name: str, kind: str):
        if kind == "tty":
            terminals[name] = _Terminal(columns)
            return terminals[name].slave
        return subprocess.PIPE

    stdin_target = stream("stdin", "tty") if stdin == "tty" else (subprocess.PIPE if stdin is not None else subprocess.DEVNULL)
    process = subprocess.Popen(
        [sys.executable, "-m", "quotex", *args],
        stdin=stdin_target,
        stdout=stream("stdout", stdout),
        stderr=terminals["stdout"].slave if stderr == "stdout" else stream("stderr", stderr),
        cwd=cwd,
        env=env or quotex_env(),
    )
    for terminal in terminals.values():
        terminal.started()
    data = stdin if isinstance(stdin, bytes) else None
    out, err = process.communicate(input=data, timeout=TIMEOUT)
    return Run(
        process.returncode,
        terminals["stdout"].text() if "stdout" in terminals else out.decode("utf-8", errors="replace"),
        terminals["stderr"].text() if "stderr" in terminals else (err or b"").decode("utf-8", errors="replace"),
    )


_SEQUENCE = re.compile(r"\x1b\[([0-9;?]*)([A-Za-z])|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\r|\n|\x08|[^\x1b\r\n\x08]+")


class Screen:
    """What a terminal shows after receiving `text`: lines, the cursor moved by \\r, \\n,
    CSI A/B (up/down), CSI K (erase in line); colours and cursor visibility are ignored."""

    def __init__(self, text: str, columns: int = 1000) -> None:
        self.lines: list[str] = [""]
        self.row = 0
        self.col = 0
        for match in _SEQUENCE.finditer(text):
            self._apply(match)

    def _apply(self, match: re.Match[str]) -> None:
        token = match.group(0)
        if token == "\n":
            self.row += 1
            self.col = 0
            while len(self.lines) <= self.row:
                self.lines.append("")
        elif token == "\r":
            self.col = 0
        elif token == "\x08":
            self.col = max(0, self.col - 1)
        elif token.startswith("\x1b]"):
            pass  # an operating system command (a title, a link): not shown
        elif token.startswith("\x1b["):
            count = int(match.group(1) or 1) if match.group(1).isdigit() else 1
            command = match.group(2)
            if command == "A":
                self.row = max(0, self.row - count)
            elif command == "B":
                self.row += count
                while len(self.lines) <= self.row:
                    self.lines.append("")
            elif command == "K":
                self.lines[self.row] = self.lines[self.row][: self.col] if match.group(1) in ("", "0") else ""
        else:
            line = self.lines[self.row].ljust(self.col)
            self.lines[self.row] = line[: self.col] + token + line[self.col + len(token) :]
            self.col += len(token)

    def shown(self) -> list[str]:
        """The lines on the screen, trailing spaces and trailing empty lines dropped."""
        lines = [line.rstrip() for line in self.lines]
        while lines and not lines[-1]:
            lines.pop()
        return lines


def run_extract(*args: str, input: str | bytes | None = None):
    """`quotex extract --jobs 1 ARGS` in this process (Click's runner), checked for what no run
    may show: an exception other than an exit, or a traceback."""
    from click.testing import CliRunner

    from quotex.cli import main

    result = CliRunner().invoke(main, ["extract", "--jobs", "1", *args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    assert "Traceback" not in result.stdout + result.stderr
    return result
