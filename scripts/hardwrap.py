"""Hard-wrap plain-text articles as archives and newsletters do, for measuring quotex on them.

`hardwrap(text, width)` turns the last space at or before each `width`-th column of a line into a
line break, so the text keeps its length and every offset (gold annotations stay true); a word
longer than the width stays whole. Each `*.txt` of a folder is written, wrapped, to another:

    python scripts/hardwrap.py tests/data/probe /tmp/probe-72 --width 72
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path


def hardwrap(text: str, width: int) -> str:
    """`text` with lines longer than `width` broken at spaces (a space becomes a line break)."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for i, char in enumerate(text):
        if char == "\n":
            line_start, last_space = i + 1, -1
            continue
        if char == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a folder of .txt files")
    parser.add_argument("target", type=Path, help="where to write them wrapped (created)")
    parser.add_argument("--width", type=int, default=72, help="columns (default 72)")
    args = parser.parse_args()
    args.target.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.source.iterdir()):
        if path.suffix == ".txt":
            (args.target / path.name).write_text(hardwrap(path.read_text(encoding="utf-8"), args.width), encoding="utf-8")
        elif path.is_file():
            shutil.copy(path, args.target / path.name)


if __name__ == "__main__":
    main()
