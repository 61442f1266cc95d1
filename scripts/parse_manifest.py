"""Write tests/parses/MANIFEST.tsv: each recorded parse and the test modules that read it.

Runs the tests that read recorded parses (`recorded`, tests/conftest.py) with QUOTEX_PARSE_READS
set, so that each read is noted; parses that no test read are removed, and the manifest lists
the rest. `tests/test_parse_manifest.py` then fails on a parse no test reads (not in the
manifest) and on a listed parse that is missing. Run after adding or changing a rule test's
text (`make parses-manifest`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARSES = ROOT / "tests" / "parses"
MANIFEST = PARSES / "MANIFEST.tsv"


def main() -> int:
    with tempfile.NamedTemporaryFile("r", suffix=".tsv", encoding="utf-8") as reads:
        env = {**os.environ, "QUOTEX_PARSE_READS": reads.name}
        env.pop("CI", None)  # a missing parse is recorded here, not refused
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not spark and not browser and not cluster",
                               "tests", "--ignore", "tests/test_parse_manifest.py"], cwd=ROOT, env=env, check=False)
        if done.returncode != 0:
            print("the tests failed: the manifest is left as it was", file=sys.stderr)
            return 1
        readers: dict[str, set[str]] = defaultdict(set)
        for line in reads:
            name, module = line.rstrip("\n").split("\t")
            readers[name].add(module)
    for path in PARSES.glob("*.json"):
        if path.name not in readers:
            path.unlink()
    lines = [f"{name}\t{','.join(sorted(modules))}\n" for name, modules in sorted(readers.items())]
    MANIFEST.write_text("# parse\ttest modules that read it (scripts/parse_manifest.py)\n" + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} parses read by the tests; manifest written to {MANIFEST}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
