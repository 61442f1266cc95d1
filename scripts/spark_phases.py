"""Where a Spark run's time goes: one session on a folder of text files, phase by phase, by the
wall clock and by the CPU time of this process and every process under it (the JVM, Python
daemon and workers), so that a setting can be judged on a machine shared with other work.

    python scripts/spark_phases.py seeds/ --master 'local[1]' [--conf KEY=VALUE ...] [--pyspark-daemon]

Phases: the session's start (the JVMs: spark-submit's launcher and the driver); the first
query, which runs no Python (Spark's planning and code generation, their classes loaded); the
first Python step, an empty one (the Python daemon and a worker start, quotex's daemon loads the
pipeline); reading the files; extracting 2 documents (the first extraction); extracting the
folder. Prints one JSON line: each phase's wall clock and CPU seconds, and the CPU seconds at
each phase's end of the JVMs and of the Python processes apart (`cpu_by_process`, cumulative).
`--pyspark-daemon` uses pyspark's own daemon (each worker loads the pipeline itself) instead of
quotex's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_spark import Stopwatch, run_noop  # noqa: E402  (beside this file)


def cpu_by_process() -> dict[str, float]:
    """CPU seconds of this process and those under it, summed by program (java, python, …)."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[tuple[int, str, list[str]]]] = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        program = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        children.setdefault(int(fields[1]), []).append((int(entry), program, fields))
    own = os.times()
    totals, stack = {"python": own.user + own.system}, [os.getpid()]
    while stack:
        for pid, program, fields in children.get(stack.pop(), []):
            name = "java" if "java" in program else "python" if "python" in program else "other"
            totals[name] = totals.get(name, 0) + sum(int(value) for value in fields[11:15]) / tick
            stack.append(pid)
    return {name: round(seconds, 1) for name, seconds in totals.items()}


def nothing(batches):
    """An empty Python step: what starting the daemon and a worker costs."""
    yield from batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--master", default="local[1]")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--pyspark-daemon", action="store_true")
    args = parser.parse_args()
    from quotex.cli.spark import read_text_files
    from quotex.running.config import PipelineConfig
    from quotex.running.spark import extract, session

    conf = {"spark.ui.showConsoleProgress": "false", **dict(item.split("=", 1) for item in args.conf)}
    watch = Stopwatch()
    spark = session(args.master, conf, preload=None if args.pyspark_daemon else PipelineConfig())
    spark.sparkContext.setLogLevel("ERROR")
    phases, by_process = {}, {}

    def lap(name: str) -> None:
        phases[name] = watch.lap()
        by_process[name] = cpu_by_process()

    try:
        lap("session")
        spark.range(10).count()
        lap("first query")
        run_noop(spark.range(2).mapInArrow(nothing, "id long"))
        lap("first Python step")
        texts = read_text_files(spark, args.folder).cache()
        documents = texts.count()
        lap("read")
        run_noop(extract(texts.limit(2), partitions=1).rows)
        lap("first extraction")
        run_noop(extract(texts, partitions=args.partitions).rows)
        lap(f"{documents} documents")
    finally:
        spark.stop()
    print(json.dumps({
        "master": args.master, "conf": conf, "load": round(os.getloadavg()[0], 1),
        "wall": {name: round(clock.wall, 1) for name, clock in phases.items()},
        "cpu": {name: round(clock.cpu, 1) for name, clock in phases.items()},
        "cpu_by_process": by_process,
    }))


if __name__ == "__main__":
    main()
