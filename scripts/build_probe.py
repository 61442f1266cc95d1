"""Build the probe development set (tests/data/probe) from annotated sources.

Each source in scripts/probe_sources/NAME.src is an article written for this set, with every
attributed statement wrapped as ⟪TYPE|SPEAKER⟫text⟪⟫ (marks may nest): TYPE is `d` (direct) or `i` (indirect),
a trailing `?` makes the row optional, SPEAKER `-` means nobody is named. This script strips the
marks, writes NAME.txt and computes the gold offsets from the stripped text, so that no offset
is ever counted by hand; it checks that every row slices to its text.

    python scripts/build_probe.py               # the probe set
    python scripts/build_probe.py --set probe2  # scripts/probe2_sources -> tests/data/probe2
    python scripts/build_probe.py --set probe7 --check  # re-read a built set; writes nothing

`--check` reads the written files back on their own, without the sources and without running
quotex (a held-out set must never be parsed while it is written): every line of the gold parses,
every row slices its article to its text, every article has rows and every row an article. It
also notes required indirect rows that hold a double quotation mark (a convention since probe5).
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


FIELDS = ("doc", "type", "start", "end", "speaker", "optional", "text")
# double marks: since probe5 a reported clause that holds a partial quotation is an optional indirect
# row beside a required direct one (docs/history/PROBE5.md); probe and probe2 require such clauses
QUOTES = '"“”«»„'


def _row_problems(number: int, row: dict, contents: dict[str, str]) -> list[str]:
    """What is wrong with one gold row, read against the articles of its folder."""
    where = f"line {number}"
    if sorted(row) != sorted(FIELDS):
        return [f"{where}: fields {sorted(row)}"]
    if row["doc"] not in contents:
        return [f"{where}: no article {row['doc']}"]
    problems = []
    if row["type"] not in ("direct", "mixed", "indirect"):
        problems.append(f"{where}: type {row['type']!r}")
    if not 0 <= row["start"] < row["end"] <= len(contents[row["doc"]]):
        problems.append(f"{where}: offsets {row['start']}-{row['end']}")
    elif contents[row["doc"]][row["start"] : row["end"]] != row["text"]:
        problems.append(
            f"{where}: the offsets slice {contents[row['doc']][row['start'] : row['end']]!r}, not {row['text']!r}"
        )
    if row["speaker"] is not None and (not row["speaker"].strip() or row["speaker"] != row["speaker"].strip()):
        problems.append(f"{where}: speaker {row['speaker']!r}")
    return problems


def notes(rows: list[dict]) -> list[str]:
    """Rows that break a convention of the sets since probe5 but were right in earlier sets."""
    return [
        f"{row['doc']} {row['start']}-{row['end']}: a required indirect row that holds a double quotation mark"
        for row in rows
        if row.get("type") == "indirect"
        and not row.get("optional")
        and any(mark in str(row.get("text")) for mark in QUOTES)
    ]


def check(out_dir: Path, name: str) -> tuple[list[str], list[str]]:
    """Read a built set back from its files alone: what is wrong (empty when sound), and the notes."""
    contents = {path.name: path.read_bytes().decode("utf-8") for path in sorted(out_dir.glob("*.txt"))}
    problems: list[str] = []
    rows: list[dict] = []
    lines = (out_dir / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: {error}")
            continue
        problems.extend(_row_problems(number, row, contents))
        rows.append(row)
    seen = {(row.get("doc"), row.get("start"), row.get("end")) for row in rows}
    if len(seen) != len(rows):
        problems.append("two rows with the same document and offsets")
    with_rows = {row.get("doc") for row in rows}
    problems.extend(f"{doc}: no rows" for doc in contents if doc not in with_rows)
    return problems, notes(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="probe", help="the set's name: scripts/NAME_sources -> tests/data/NAME")
    parser.add_argument("--check", action="store_true", help="only re-read the built set and report what is wrong")
    arguments = parser.parse_args()
    name = arguments.set
    if arguments.check:
        problems, remarks = check(ROOT / "tests" / "data" / name, name)
        for line in [*problems, *(f"note: {remark}" for remark in remarks)]:
            print(line, file=sys.stderr)
        print(f"{name}: {len(problems)} problems, {len(remarks)} notes", file=sys.stderr)
        return 1 if problems else 0
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
    with (out_dir / f"{name}.gold.jsonl").open("w", encoding="utf-8") as out:
        for row in all_rows:
            out.write(json.dumps({k: row[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    print(f"{len(all_rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
