"""Where a Spark run's time goes: one session on a folder of text files, phase by phase, by the
wall clock and by the CPU time of this process and every process under it (the JVM, Python
daemon and workers), so that a setting can be judged on a machine shared with other work.

    python scripts/spark_phases.py seeds/ --master 'local[1]' [--conf KEY=VALUE ...] [--pyspark-daemon]

Phases: the session's start (the JVM); reading the files (the first job: the Python daemon and
workers start, quotex's daemon loads the pipeline); extracting 2 documents (the first
extraction); extracting the folder. Prints one JSON line. `--pyspark-daemon` uses pyspark's own
daemon (each worker loads the pipeline itself) instead of quotex's.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_spark import Stopwatch, run_noop  # noqa: E402  (beside this file)


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
    try:
        phases = {"session": watch.lap()}
        texts = read_text_files(spark, args.folder).cache()
        documents = texts.count()
        phases["read"] = watch.lap()
        run_noop(extract(texts.limit(2), partitions=1).rows)
        phases["first extraction"] = watch.lap()
        run_noop(extract(texts, partitions=args.partitions).rows)
        phases[f"{documents} documents"] = watch.lap()
    finally:
        spark.stop()
    print(json.dumps({
        "master": args.master, "conf": conf, "load": round(os.getloadavg()[0], 1),
        "wall": {name: round(clock.wall, 1) for name, clock in phases.items()},
        "cpu": {name: round(clock.cpu, 1) for name, clock in phases.items()},
    }))


if __name__ == "__main__":
    main()
