"""Count what still fails on an annotated set, by class: spans missed or found wrongly, and
wrong speakers by how quotex found them (the `resolution` of the predicted row).

    python scripts/miss_classes.py --gold tests/data/probe2/probe2.gold.jsonl --pred probe2.jsonl
    python scripts/miss_classes.py --polnear /work/polnear --split dev --pred dev.jsonl

It reads `quotex eval --misses --format json` and the predicted rows; it prints counts only.
Never run it on a held-out set: its counts are what a reader of misses would learn.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

# How the wrong speaker was found -> the class of issue 25 it belongs to.
CLASSES = {
    "continuation": "1 a voice that changed (continuation)",
    "introduced": "2 a speaker named only earlier",
    "focus": "2 a speaker named only earlier",
    "pronoun": "1 a voice that changed (pronoun)",
    "descriptor": "3/5 a description or a body",
    "document": "5 a document's author",
    "explicit": "4 a name read wrongly or another named person",
    "unresolved": "3/5 a description left as words",
    "none": "nobody found",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold")
    parser.add_argument("--polnear")
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--pred", required=True)
    args = parser.parse_args()
    source = ["--gold", args.gold] if args.gold else ["--polnear", args.polnear, "--split", args.split]
    done = subprocess.run([sys.executable, "-m", "quotex", "eval", *source, "--pred", args.pred, "--misses",
                           "--format", "json"], capture_output=True, text=True, check=True)
    problems = json.loads(done.stdout)["problems"]
    rows: dict[str, list[dict]] = {}
    for line in Path(args.pred).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows.setdefault(Path(row["file"]).name, []).append(row)
    counts: Counter[tuple[str, str]] = Counter()
    for problem in problems:
        family = problem["family"]
        if problem["problem"] != "wrong speaker":
            counts[(family, f"span: {problem['problem']}")] += 1
            continue
        overlapping = [r for r in rows.get(Path(problem["doc"]).name, [])
                       if r["start"] < problem["end"] and problem["start"] < r["end"]]
        how = overlapping[0]["resolution"] if overlapping and problem["predicted_speaker"] else "none"
        counts[(family, f"speaker: {CLASSES.get(how, how)}")] += 1
    for (family, what), count in sorted(counts.items()):
        print(f"{family}\t{what}\t{count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
