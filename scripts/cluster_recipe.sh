#!/usr/bin/env bash
# docs/cluster.md's recipe, run as the doc shows it against a standalone master, then checked: the
# records the cluster writes must equal those of `quotex extract` on the same files, every field.
#
#   scripts/cluster_recipe.sh MASTER INPUT WORKDIR
#
# MASTER: a standalone master, spark://host:port. INPUT: a folder of text files. WORKDIR: an empty
# folder for the wheels, the environment, its archive, the job's output and logs. Needs python3
# (3.11+, with venv), spark-submit on PATH (pyspark's: `pip install 'quotex[spark]'`) and PyPI.
# The recipe is not copied here: it is read from docs/cluster.md (the block after
# `<!-- recipe -->`), so the doc shows what runs. tests/test_cluster.py runs this script against
# a master and two workers on loopback (tests/standalone.py).
set -euo pipefail

QUOTEX=$(cd "$(dirname "$0")/.." && pwd)   # the quotex checkout this script belongs to
MASTER=$1
INPUT=$(cd "$2" && pwd)
cd "$3"
OUTPUT=$PWD/quotes
export QUOTEX MASTER INPUT OUTPUT

recipe=$(awk '/^<!-- recipe -->$/ {found = 1; next}
              found && /^```/ {if (inside) exit; inside = 1; next}
              inside' "$QUOTEX/docs/cluster.md")
[ -n "$recipe" ] || { echo "no recipe block in docs/cluster.md" >&2; exit 2; }
printf '%s\n' "$recipe" > recipe.sh

set +e
bash -euo pipefail recipe.sh 2>&1 | tee recipe.log   # spark-submit gives the driver's stderr on stdout
status=${PIPESTATUS[0]}
set -e
[ "$status" -le 1 ] || { echo "the recipe failed ($status); see $PWD/recipe.log" >&2; exit "$status"; }

# The same files through `quotex extract`, from this other folder, by the environment's quotex.
env/bin/python -m quotex extract "$INPUT" -j 1 --format jsonl -o extract.jsonl 2> extract.log || test $? = 1
env/bin/python - "$OUTPUT" extract.jsonl recipe.log extract.log <<'PY'
import json, pathlib, sys

def records(lines):
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in lines if line.strip())

def errors(log):
    return sorted(line for line in pathlib.Path(log).read_text(encoding="utf-8").splitlines() if line.startswith("Error: "))

output, extracted, cluster_log, extract_log = sys.argv[1:]
cluster = records(line for part in sorted(pathlib.Path(output).glob("part-*")) for line in part.open(encoding="utf-8"))
extract = records(pathlib.Path(extracted).open(encoding="utf-8"))
if cluster != extract:
    sys.exit(f"the cluster wrote {len(cluster)} records, quotex extract {len(extract)}: {len(set(cluster) ^ set(extract))} differ")
if errors(cluster_log) != errors(extract_log):
    sys.exit(f"the cluster's Error: lines {errors(cluster_log)} are not quotex extract's {errors(extract_log)}")
print(f"{len(cluster)} records equal to quotex extract's, every field; {len(errors(extract_log))} Error: lines alike")
PY
