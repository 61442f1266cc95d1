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

    python scripts/spark_phases.py --per-document 100 [--rounds 3] [--variant full,nolink] [--conf ...]

`--per-document N`: what an article costs once everything is started. N articles (the seeds
repeated) are read once into one local[1] session and its driver's own pipeline; then, in turn
for `--rounds` rounds, `quotex extract`'s loop (`in_process`, in this process's main thread) and
`quotex.running.spark.extract` to Spark's `noop` sink (each `--variant`: `full` as `quotex spark`
runs it, `nolink` with `link=None`, `nolink1` that in one partition) go over them. Prints one JSON
line a run: CPU milliseconds an article, by process (the JVM, this driver, the Python daemons and
the Python workers, sampled every 0.1 s so that a worker that ends still counts) and how many
Python workers the run saw.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_spark import SEEDS, Stopwatch, run_noop  # noqa: E402  (beside this file)


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


class Sampler:
    """The CPU seconds of every process under this one, sampled in a thread, by role: `java`,
    `driver` (this process), `daemon` (a Python process with Python children, or started by the
    JVM), `worker` (a Python process forked by a daemon). Each process's own time only, its
    latest sample kept after it ends, so that no time counts twice."""

    def __init__(self) -> None:
        import threading

        self.seen: dict[int, tuple[str, float]] = {}
        self.own = 0.0  # the CPU seconds of the sampling thread, taken off the driver's
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopped.wait(0.1):
            started = time.thread_time()
            self.sample()
            self.own += time.thread_time() - started

    def sample(self) -> None:
        tick = os.sysconf("SC_CLK_TCK")
        table: dict[int, tuple[int, str, float]] = {}
        for entry in filter(str.isdigit, os.listdir("/proc")):
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            table[int(entry)] = (int(fields[1]), stat[stat.index("(") + 1:stat.rindex(")")],
                                 (int(fields[11]) + int(fields[12])) / tick)
        me = os.getpid()
        parents = {pid: parent for pid, (parent, _, _) in table.items()}
        for pid, (parent, program, cpu) in table.items():
            chain, up = [], parent
            while up in parents and up != me and len(chain) < 8:
                chain.append(up)
                up = parents[up]
            if pid != me and up != me:
                continue
            python = "python" in program
            has_children = any(other == pid for other in parents.values())
            role = ("driver" if pid == me else "java" if "java" in program else "other" if not python
                    else "worker" if not has_children and parent != me and "python" in table.get(parent, (0, "", 0))[1]
                    else "daemon")
            self.seen[pid] = (role, cpu)

    def totals(self) -> tuple[dict[str, float], int]:
        self.sample()
        totals: dict[str, float] = {}
        for role, cpu in self.seen.values():
            totals[role] = totals.get(role, 0.0) + cpu
        totals["driver"] -= self.own
        return totals, sum(role == "worker" for role, _ in self.seen.values())


def java_threads() -> dict[str, float]:
    """CPU seconds of the threads of the JVMs under this process, by thread name (digits left out)."""
    import re

    tick = os.sysconf("SC_CLK_TCK")
    totals: dict[str, float] = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            if "(java)" not in stat or int(stat.rsplit(")", 1)[1].split()[1]) != os.getpid():
                continue
            tasks = os.listdir(f"/proc/{entry}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                stat = Path(f"/proc/{entry}/task/{task}/stat").read_text()
            except OSError:
                continue
            name = re.sub(r"\d+", "N", stat[stat.index("(") + 1:stat.rindex(")")])
            fields = stat.rsplit(")", 1)[1].split()
            totals[name] = totals.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return totals


def per_document(args: argparse.Namespace, conf: dict[str, str]) -> None:
    """`--per-document`: CPU an article, Spark against `quotex extract`'s loop (see the docstring)."""
    import tempfile

    from quotex.cli.spark import read_text_files
    from quotex.reading.inputs import find_sources, read_document
    from quotex.running.config import PipelineConfig
    from quotex.running.parallel import in_process
    from quotex.running.spark import extract, session

    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch)
        seeds = sorted(SEEDS.glob("*.txt"))
        for count in range(args.per_document):
            seed = seeds[count % len(seeds)]
            (corpus / f"{count:05}_{seed.stem}.txt").write_bytes(seed.read_bytes())
        documents = [read_document(str(source)) for source in find_sources([str(corpus)])]
        extractor = PipelineConfig().load()
        spark = session("local[1]", conf)
        spark.sparkContext.setLogLevel("ERROR")
        sampler = Sampler()
        try:
            texts = read_text_files(spark, str(corpus)).cache()
            texts.count()
            run_noop(extract(texts.limit(2), partitions=1).rows)
            variants = {
                "full": lambda: extract(texts, partitions=args.partitions).rows,
                "nolink": lambda: extract(texts, partitions=args.partitions, link=None).rows,
                "nolink1": lambda: extract(texts, partitions=1, link=None).rows,
            }
            for round_ in range(args.rounds):
                started = time.thread_time()
                for _ in in_process(extractor, documents):
                    pass
                spent = time.thread_time() - started
                print(json.dumps({"round": round_, "run": "extract", "ms": round(1000 * spent / len(documents), 1),
                                  "load": round(os.getloadavg()[0], 1)}), flush=True)
                for name in args.variant.split(","):
                    before, _ = sampler.totals()
                    threads = java_threads() if args.java_threads else {}
                    workers_before = {pid for pid, (role, _) in sampler.seen.items() if role == "worker"}
                    run_noop(variants[name]())
                    after, _ = sampler.totals()
                    if args.java_threads:
                        spent_by = {name: cpu - threads.get(name, 0.0) for name, cpu in java_threads().items()}
                        top = sorted(spent_by.items(), key=lambda item: -item[1])[:10]
                        print(json.dumps({"java_threads_s": {name: round(cpu, 2) for name, cpu in top}}), flush=True)
                    spark.catalog.clearCache()  # else the next run finds this one's rows cached
                    texts.count()
                    workers = {pid for pid, (role, _) in sampler.seen.items() if role == "worker"} - workers_before
                    by_role = {role: round(1000 * (after[role] - before.get(role, 0.0)) / len(documents), 1)
                               for role in after}
                    print(json.dumps({"round": round_, "run": name, "ms": round(sum(by_role.values()), 1),
                                      "by_role": by_role, "new_workers": len(workers),
                                      "load": round(os.getloadavg()[0], 1)}), flush=True)
        finally:
            sampler.stopped.set()
            spark.stop()


def per_task(args: argparse.Namespace, conf: dict[str, str]) -> None:
    """`--per-task N`: what a task costs. An empty Python step (`nothing`) over N partitions of
    one row each, on local[1] with quotex's daemon, `--rounds` times; CPU milliseconds a task by
    process, as `--per-document` gives them."""
    from quotex.running.spark import session

    spark = session("local[1]", conf)
    spark.sparkContext.setLogLevel("ERROR")
    sampler = Sampler()
    try:
        run_noop(spark.range(0, 2, numPartitions=2).mapInArrow(nothing, "id long"))
        for round_ in range(args.rounds):
            before, _ = sampler.totals()
            run_noop(spark.range(0, args.per_task, numPartitions=args.per_task).mapInArrow(nothing, "id long"))
            after, _ = sampler.totals()
            by_role = {role: round(1000 * (after[role] - before.get(role, 0.0)) / args.per_task, 1) for role in after}
            print(json.dumps({"round": round_, "tasks": args.per_task, "ms": round(sum(by_role.values()), 1),
                              "by_role": by_role, "load": round(os.getloadavg()[0], 1)}), flush=True)
    finally:
        sampler.stopped.set()
        spark.stop()


def nothing(batches):
    """An empty Python step: what starting the daemon and a worker costs."""
    yield from batches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", default="seeds")
    parser.add_argument("--master", default="local[1]")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--pyspark-daemon", action="store_true")
    parser.add_argument("--per-document", type=int, metavar="N", help="CPU an article on N articles (see above)")
    parser.add_argument("--per-task", type=int, metavar="N", help="CPU a task of an empty Python step, N tasks")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--variant", default="full")
    parser.add_argument("--java-threads", action="store_true", help="with --per-document: the JVM's CPU by thread")
    args = parser.parse_args()
    if args.per_task:
        per_task(args, {"spark.ui.showConsoleProgress": "false", **dict(item.split("=", 1) for item in args.conf)})
        return
    if args.per_document:
        per_document(args, {"spark.ui.showConsoleProgress": "false", **dict(item.split("=", 1) for item in args.conf)})
        return
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
