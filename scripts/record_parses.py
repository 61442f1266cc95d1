"""Parse anew every text whose parse the tests keep in tests/parses/, with the installed model.

Run after the statistical model changes (`make parses`); then run the tests and read the
rule tests that fail: the new parses, not the rules, changed. See `RecordedPipeline` in
tests/conftest.py.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import PARSES, record_parse  # noqa: E402

import quotex  # noqa: E402


def main() -> None:
    extractor = quotex.load()
    files = sorted(PARSES.glob("*.json"))
    for path in files:
        text = json.loads(path.read_text(encoding="utf-8"))["doc"]["text"]
        if record_parse(extractor, text) != path:
            path.unlink()  # recorded under another name by an older scheme
    print(f"{len(files)} parses recorded anew in {PARSES}", file=sys.stderr)


if __name__ == "__main__":
    main()
