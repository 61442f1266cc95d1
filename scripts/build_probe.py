"""Build the probe development set (tests/data/probe) from annotated sources.

Each source in scripts/probe_sources/NAME.src is an article written for this set, with every
attributed statement wrapped as ⟪TYPE|SPEAKER⟫text⟪⟫ (marks may nest): TYPE is `d` (direct) or `i` (indirect),
a trailing `?` makes the row optional, SPEAKER `-` means nobody is named. This script strips the
marks, writes NAME.txt and computes the gold offsets from the stripped text, so that no offset
is ever counted by hand; it checks that every row slices to its text.

    python scripts/build_probe.py               # the probe set
    python scripts/build_probe.py --set probe2  # scripts/probe2_sources -> tests/data/probe2
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARK = re.compile(r"⟪(?:(d|i)(\?)?\|([^⟫]*))?⟫")


def build(source: str, doc: str) -> tuple[str, list[dict]]:
    text_parts: list[str] = []
    length = 0
    open_rows: list[dict] = []  # a stack: a reported clause may hold a quotation of its own
    rows: list[dict] = []
    position = 0
    for match in MARK.finditer(source):
        chunk = source[position : match.start()]
        text_parts.append(chunk)
        length += len(chunk)
        position = match.end()
        if match.group(1):
            speaker = match.group(3).strip()
            open_rows.append(
                {
                    "doc": doc,
                    "type": "direct" if match.group(1) == "d" else "indirect",
                    "start": length,
                    "speaker": None if speaker == "-" else speaker,
                    "optional": bool(match.group(2)),
                }
            )
        else:
            if not open_rows:
                raise ValueError(f"{doc}: closing mark without opening near {source[match.start()-60:match.start()]!r}")
            row = open_rows.pop()
            row["end"] = length
            rows.append(row)
    if open_rows:
        raise ValueError(f"{doc}: unclosed mark")
    text_parts.append(source[position:])
    content = "".join(text_parts)
    for row in rows:
        row["text"] = content[row["start"] : row["end"]]
        if not row["text"].strip() or row["text"] != row["text"].strip():
            raise ValueError(f"{doc}: row with stray spaces {row['text']!r}")
    rows.sort(key=lambda row: (row["start"], -row["end"]))
    return content, rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="probe", help="the set's name: scripts/NAME_sources -> tests/data/NAME")
    name = parser.parse_args().set
    sources = ROOT / "scripts" / f"{name}_sources"
    out_dir = ROOT / "tests" / "data" / name
    out_dir.mkdir(parents=True, exist_ok=True)
    all_rows: list[dict] = []
    for path in sorted(sources.glob("*.src")):
        doc = path.stem + ".txt"
        content, rows = build(path.read_text(encoding="utf-8"), doc)
        if "⟪" in content or "⟫" in content:
            raise ValueError(f"{doc}: stray mark")
        (out_dir / doc).write_text(content, encoding="utf-8")
        decoded = (out_dir / doc).read_bytes().decode("utf-8")
        for row in rows:
            assert decoded[row["start"] : row["end"]] == row["text"], row
        words = len(content.split())
        print(f"{doc}: {words} words, {len(rows)} rows", file=sys.stderr)
        all_rows.extend(rows)
    fields = ("doc", "type", "start", "end", "speaker", "optional", "text")
    with (out_dir / f"{name}.gold.jsonl").open("w", encoding="utf-8") as out:
        for row in all_rows:
            out.write(json.dumps({k: row[k] for k in fields}, ensure_ascii=False) + "\n")
    print(f"{len(all_rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
