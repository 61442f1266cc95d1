"""How fast a `quotex report` of 1,000 articles opens in a browser.

    python scripts/report_speed.py [--copies 200] [--runs 3]

Extracts the seeds once, writes COPIES copies of each seed article (5 × 200 = 1,000 news
articles of real length) with their records, builds the report from those records, and times
headless Chromium taking a screenshot of it (load, layout and first paint) against the same
for an empty page; the difference, median of RUNS, is what the report costs to open.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def shot(page: Path, folder: Path) -> float:
    with tempfile.TemporaryDirectory() as profile:
        start = time.perf_counter()
        subprocess.run(["chromium", *FLAGS, f"--user-data-dir={profile}", "--window-size=1280,900",
                        f"--screenshot={folder / 'shot.png'}", page.as_uri()], capture_output=True, check=True, timeout=300)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        extracted = subprocess.run(["quotex", "extract", str(ROOT / "seeds"), "-j", "1"], capture_output=True, text=True, check=True)
        records = [json.loads(line) for line in extracted.stdout.splitlines()]
        with (folder / "quotes.jsonl").open("w", encoding="utf-8") as out:
            for copy in range(args.copies):
                for seed in sorted((ROOT / "seeds").glob("*.txt")):
                    name = folder / f"{copy:04d}_{seed.name}"
                    shutil.copy(seed, name)
                    for record in records:
                        if Path(record["file"]).name == seed.name:
                            out.write(json.dumps(dict(record, file=str(name))) + "\n")
        report = folder / "report.html"
        subprocess.run(["quotex", "report", str(folder / "quotes.jsonl"), "-o", str(report)], check=True)
        blank = folder / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title><p>x</p>", encoding="utf-8")
        empty = statistics.median(shot(blank, folder) for _ in range(args.runs))
        full = statistics.median(shot(report, folder) for _ in range(args.runs))
        articles = args.copies * len(list((ROOT / "seeds").glob("*.txt")))
        size = report.stat().st_size / 1e6
        print(f"{articles} articles, {size:.1f} MB: opens in {full - empty:.1f} s "
              f"(screenshot {full:.1f} s, empty page {empty:.1f} s; median of {args.runs})")


if __name__ == "__main__":
    main()
