"""How fast a `quotex report` of 1,000 articles opens in a browser.

    python scripts/report_speed.py [--copies 200] [--runs 3]

Extracts the seeds once, writes COPIES copies of each seed article (5 × 200 = 1,000 news
articles of real length) with their records and builds the report from those records. Then,
in headless Chromium driven through the DevTools protocol (tests/browser.py), median of RUNS:
the page's own timings (load event, first contentful paint) and the time from a mouse click on
the most quoted speaker to their list of quotations; and, as a cross-check that includes the
browser's start, a screenshot of the report against one of an empty page.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import Browser, chromium_binary  # noqa: E402 - tests/ is on the path only now

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
        binary = chromium_binary()
        assert binary, "chromium is not installed (make browser)"
        loads, paints, clicks = [], [], []
        for _ in range(args.runs):
            with Browser(binary) as browser:
                browser.open(report.as_uri())
                loads.append(browser.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd"))
                paints.append(browser.evaluate(
                    "(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: NaN}).startTime"))
                # From the click to the next frame drawn with the list, timed by the page itself.
                clicks.append(browser.evaluate(
                    "new Promise(done => { const start = performance.now();"
                    " document.querySelector('#speakers button').click();"
                    " requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0)); })"))
                listed = browser.evaluate("document.querySelectorAll('#panel li').length")
        blank = folder / "blank.html"
        blank.write_text("<!DOCTYPE html><title>blank</title><p>x</p>", encoding="utf-8")
        empty = statistics.median(shot(blank, folder) for _ in range(args.runs))
        full = statistics.median(shot(report, folder) for _ in range(args.runs))
        articles = args.copies * len(list((ROOT / "seeds").glob("*.txt")))
        size = report.stat().st_size / 1e6
        median = statistics.median
        print(f"{articles} articles, {size:.1f} MB, median of {args.runs}: load event {median(loads) / 1000:.2f} s, "
              f"first contentful paint {median(paints) / 1000:.2f} s, a click to the list of the most quoted speaker "
              f"({listed} quotations) {median(clicks) / 1000:.2f} s; "
              f"screenshot {full:.1f} s against {empty:.1f} s for an empty page")


if __name__ == "__main__":
    main()
