"""How fast a `quotex report` of 1,000 and 10,000 articles becomes usable in a browser.

    python scripts/report_speed.py [--articles 1000 10000] [--runs 3] [--screenshot docs/report.png]

For each size: a made-up corpus (tests/report_corpus.py: articles of 2 to 8 quotations, 40
speakers, four outlets, a year of dates), `quotex report quotes.jsonl -o report.html` (timed),
then in headless Chromium driven through the DevTools protocol (tests/browser.py), median of
RUNS fresh browsers:

- usable: the page's own `quotex-ready` mark, set when its script has read the data and built
  the first rows with every control live (ms since the navigation started: reading the file,
  parsing the HTML and the JSON, building the first batch);
- load: the load event's end;
- search: from typing a speaker's surname into the search box to the rows rebuilt (the page's
  clock around the input event, which the page handles synchronously);
- articles: the same for a click on the Articles tab.

`--screenshot` saves the 1,000-article report with filters in use (docs/report.png).
"""

from __future__ import annotations

import argparse
import base64
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import report_corpus  # noqa: E402 - tests/ is on the path only now
from browser import Browser, chromium_binary  # noqa: E402

TIMED = {
    "usable": "performance.getEntriesByName('quotex-ready')[0].startTime",
    "load": "performance.getEntriesByType('navigation')[0].loadEventEnd",
    "search": "(() => { const box = document.getElementById('search'), start = performance.now();"
              " box.value = 'Marlowe'; box.dispatchEvent(new Event('input')); return performance.now() - start; })()",
    "articles": "(() => { const start = performance.now(); document.getElementById('tab-articles').click();"
                " return performance.now() - start; })()",
}
VIEW = "#q=ferry&kind=direct,mixed&conf=0.60&outlet=Valley+Courier"


def measure(page: Path, runs: int, binary: str) -> dict[str, float]:
    figures: dict[str, list[float]] = {name: [] for name in TIMED}
    for _ in range(runs):
        with Browser(binary) as browser:
            browser.open(page.as_uri())
            for name, expression in TIMED.items():
                figures[name].append(browser.evaluate(expression))
    return {name: statistics.median(values) for name, values in figures.items()}


def screenshot(page: Path, binary: str, path: Path) -> None:
    with Browser(binary, width=1400, height=900) as browser:
        browser.send("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False},
                     session=True)
        browser.open(page.as_uri() + VIEW)
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=True)
        path.write_bytes(base64.b64decode(shot["data"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshot", type=Path, default=None)
    args = parser.parse_args()
    binary = chromium_binary()
    assert binary, "chromium is not installed (make browser)"
    for articles in args.articles:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            records = report_corpus.write(folder, articles)
            page = folder / "report.html"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "quotex", "report", str(folder / "quotes.jsonl"), "-o", str(page)],
                           check=True, capture_output=True)
            built = time.perf_counter() - start
            figures = measure(page, args.runs, binary)
            print(f"{articles:,} articles, {len(records):,} quotations: report written in {built:.1f} s, "
                  f"{page.stat().st_size / 1e6:.1f} MB; median of {args.runs}: usable {figures['usable'] / 1000:.2f} s, "
                  f"load event {figures['load'] / 1000:.2f} s, a search {figures['search']:.0f} ms, "
                  f"the articles view {figures['articles']:.0f} ms", flush=True)
            if args.screenshot and articles == min(args.articles):
                screenshot(page, binary, args.screenshot)


if __name__ == "__main__":
    main()
