"""Speed, accuracy, memory and worst-shape time of quotex, beside plain spaCy and textacy.

Run with `make bench` (by hand, not in CI); it prints a plain report, which docs/BENCHMARKS.md
quotes. Every system reads the same texts with the same spaCy model (en_core_web_sm, by the
names in `quotex.running.api.DEFAULT_MODELS`):

- quotex: `quotex.load()` (its lean pipeline) over `Extractor.extract_many`, in this process,
  as `quotex extract --jobs 1` runs it;
- spaCy alone: plain `nlp.pipe`, every component of the model, no quotex;
- textacy: `textacy.extract.triples.direct_quotations` over the docs of plain `nlp.pipe`; it
  raises on a document with an odd number of quotation marks, which counts as given up;
- quotex --jobs 2: `quotex.running.parallel.in_workers(model, documents, jobs=2)`: two worker
  processes, forked from a loaded pipeline on Linux (elsewhere each loads it).

Speed: words (whitespace-split) per second, by the wall clock and by CPU time, model load
excluded, after one warm-up document. The systems in this process take turns slice by slice
(`measure`), so load from elsewhere on a shared machine falls on all of them alike; the workers
cannot take turns, so `quotex --jobs 2` reads each corpus in one run of its own, pool start
included, and its CPU time includes the workers' (`cpu_seconds`). Corpus A is the seed articles
repeated up to `--words`; corpus B the PolNeAR dev texts when present (never the test split).
Accuracy: direct quotations in the seeds against tests/data/seeds.gold.jsonl, and in PolNeAR
dev (the timed run's records) against `quotex.evaluation.polnear.convert(root, "dev")`, by
`quotex.evaluation.scoring` (overlap/union >= 0.5).
Memory: peak resident memory of the real `quotex extract` and its workers, sampled from /proc,
on one 30 MB file (for at most `--big-seconds`: memory is flat once the first batches are in)
and on 20,000 small files, and the peak resident memory of a child `quotex extract --jobs 1`
on each hostile shape at `--shape-memory-chars` (1 MB; docs/robustness.md states the bound).
Shapes: CPU time of texts of one hostile shape over that of news of the same length (the
seeds repeated), in one run, at each length of `--shape-chars` (20k and 100k), for the shapes
below and `--generated` more a seeded generator makes (tests/test_shapes.py's pieces).
Wrapped: CPU time of the seed articles hard-wrapped at 72 columns (`scripts/hardwrap.py`)
over that of the same articles as given, the two read in turns, in one run (docs/layout.md;
the target is at most 1.2).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

import quotex
from quotex.evaluation import polnear
from quotex.evaluation.scoring import UNION_HALF, GoldRow, evaluate, load_gold
from quotex.reading.inputs import Document, InputError
from quotex.running.api import DEFAULT_MODELS, Extractor
from quotex.running.parallel import WORKER_MEMORY, in_workers

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hardwrap import hardwrap  # noqa: E402 - a script beside this one

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds.gold.jsonl"
POLNEAR = ROOT.parent / "polnear"
BATCH_SIZE = 16  # `Extractor.extract_many`'s default, given to spaCy and textacy too
SLICE = 16  # documents each system reads in its turn (see `measure`)
JOBS = 2
QUOTEX, SPACY, TEXTACY, PARALLEL = "quotex --jobs 1", "spaCy alone", "textacy", f"quotex --jobs {JOBS}"
WRAP_WIDTH = 72  # columns, as plain-text archives and newsletters wrap
SHAPES = {  # issue 14's hostile shapes
    "‘a ": "\u2018a ",
    '"': '"',
    "“a⏎b⏎": "\u201ca\nb\n",
    "“a b.” ": "\u201ca b.\u201d ",
    "!?": "!?",
    "cue run": "said told added noted warned asked replied stated explained claimed ",
    "(warned : ": "(warned : ",
}

Corpus = list[tuple[str, str]]  # (file, text)


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- corpora and gold --------------------------------------------------------------------


def count_words(corpus: Corpus) -> int:
    return sum(len(text.split()) for _, text in corpus)


def read_texts(folder: Path) -> Corpus:
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.txt"))]


def repeat_to(corpus: Corpus, words: int) -> Corpus:
    """The documents of `corpus` over and over, until they hold at least `words` words."""
    repeated: Corpus = []
    total = 0
    while total < words:
        for name, text in corpus:
            repeated.append((f"{name}#{len(repeated) // len(corpus)}", text))
            total += len(text.split())
            if total >= words:
                break
    return repeated


@dataclass(frozen=True)
class Gold:
    """Rows to score direct quotations against. `corpus`: the timed corpus whose records are
    scored (None: each system reads `texts` once more, untimed)."""

    label: str
    rows: list[GoldRow]
    docs: list[str]
    texts: Corpus = field(default_factory=list)
    corpus: str | None = None
    lenient_overlap: bool = False


def polnear_dev(root: Path) -> tuple[Corpus, Gold] | None:
    """PolNeAR dev's texts and gold, when the corpus is there (the test split is never read)."""
    folder = polnear.split_dir(root, "dev") / "text"
    if not folder.is_dir() or not (folder.parent / "attributions").is_dir():
        return None
    docs = [path.name for path in polnear.text_files(root, "dev")]
    return read_texts(folder), Gold("dev", polnear.convert(root, "dev"), docs, corpus="B", lenient_overlap=True)


# --- systems -----------------------------------------------------------------------------


@dataclass
class Outcome:
    """What a system made of some texts: its predictions (None: it finds none) and refusals."""

    predictions: list[dict[str, Any]] | None = field(default_factory=list)
    gave_up: int = 0

    def add(self, other: Outcome) -> None:
        if self.predictions is None or other.predictions is None:
            self.predictions = None
        else:
            self.predictions.extend(other.predictions)
        self.gave_up += other.gave_up


def run_quotex(extractor: Extractor, corpus: Corpus) -> Outcome:
    results = extractor.extract_many(corpus, batch_size=BATCH_SIZE)
    return Outcome([quote.to_dict() for _, quotes in results for quote in quotes])


def run_workers(model: str, corpus: Corpus) -> Outcome:
    """quotex in JOBS worker processes, started for this run and shut down at its end."""
    outcome = Outcome()
    for result in in_workers(model, [Document(name, text) for name, text in corpus], jobs=JOBS):
        if isinstance(result, InputError):
            outcome.gave_up += 1
        else:
            outcome.predictions.extend(quote.to_dict() for quote in result)  # type: ignore[union-attr]
    return outcome


def run_spacy(nlp: Language, corpus: Corpus) -> Outcome:
    for _doc in nlp.pipe((text for _, text in corpus), batch_size=BATCH_SIZE):
        pass
    return Outcome(None)


def run_textacy(nlp: Language, corpus: Corpus) -> Outcome:
    from textacy.extract.triples import direct_quotations

    outcome = Outcome()
    for doc, name in nlp.pipe(((text, name) for name, text in corpus), as_tuples=True, batch_size=BATCH_SIZE):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # on unbalanced quotation marks: the whole doc is lost
            outcome.gave_up += 1
            continue
        for triple in triples:
            speaker = "".join(token.text_with_ws for token in triple.speaker).strip()
            mention = None
            if triple.speaker:
                first, last = triple.speaker[0], triple.speaker[-1]
                mention = {"text": speaker, "start": first.idx, "end": last.idx + len(last.text)}
            content = triple.content
            outcome.predictions.append({  # type: ignore[union-attr]
                "file": name, "kind": "direct", "start": content.start_char, "end": content.end_char,
                "text": content.text, "speaker": speaker or None, "speaker_mention": mention,
            })
    return outcome


System = tuple[str, Callable[[Corpus], Outcome]]


# --- speed and accuracy ------------------------------------------------------------------


def cpu_seconds() -> float:
    """CPU time of this process, and of its children once they have ended (the workers, after their pool shuts down)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@dataclass
class Run:
    """One system's totals over one corpus."""

    words: int
    docs: int
    seconds: float = 0.0
    cpu: float = 0.0
    outcome: Outcome = field(default_factory=Outcome)

    def timed(self, run: Callable[[Corpus], Outcome], corpus: Corpus) -> None:
        wall, cpu = time.perf_counter(), cpu_seconds()
        outcome = run(corpus)
        self.seconds += time.perf_counter() - wall
        self.cpu += cpu_seconds() - cpu
        self.outcome.add(outcome)


def measure(systems: Sequence[System], corpus: Corpus) -> dict[str, Run]:
    """Every system's time over the whole corpus, taken slice by slice in turns, the first one
    rotating: load from elsewhere on a shared machine is spread over all of them."""
    runs = {name: Run(count_words(corpus), len(corpus)) for name, _ in systems}
    for _, run in systems:
        run(corpus[:1])  # warm-up
    for number, first in enumerate(range(0, len(corpus), SLICE)):
        turn = number % len(systems)
        for name, run in [*systems[turn:], *systems[:turn]]:
            runs[name].timed(run, corpus[first : first + SLICE])
    return runs


def measure_whole(run: Callable[[Corpus], Outcome], corpus: Corpus) -> Run:
    """One timed run over the whole corpus, no warm-up: for worker processes, whose start is part of the cost."""
    whole = Run(count_words(corpus), len(corpus))
    whole.timed(run, corpus)
    return whole


def score(predictions: list[dict[str, Any]] | None, gold: Gold) -> str:
    """P / R / F1 / speaker accuracy of direct quotations, or a dash for a system that finds none."""
    if predictions is None:
        return "—"
    reports = evaluate(gold.rows, predictions, criteria=[UNION_HALF], lenient_overlap=gold.lenient_overlap, docs=gold.docs)
    direct = next(report for report in reports if report.family == "direct")
    figures = (direct.precision, direct.recall, direct.f1, direct.speaker_accuracy)
    return " / ".join("—" if f is None else f"{f:.3f}" for f in figures)


def speed_and_accuracy(args: argparse.Namespace, model: str) -> list[str]:
    seeds = read_texts(SEEDS)
    corpora = {"A": repeat_to(seeds, args.words)}
    golds = [Gold("seeds", load_gold(GOLD), [name for name, _ in seeds], texts=seeds)]
    dev = polnear_dev(args.polnear)
    if dev is None:
        say(f"corpus B skipped: no PolNeAR dev texts and annotations under {args.polnear}")
    else:
        corpora["B"] = dev[0]
        golds.append(dev[1])
    extractor, plain = quotex.load(model), spacy.load(model)
    systems: list[System] = [(QUOTEX, lambda c: run_quotex(extractor, c)), (SPACY, lambda c: run_spacy(plain, c))]
    try:
        import textacy

        systems.append((TEXTACY, lambda c: run_textacy(plain, c)))
        textacy_version = textacy.__version__
    except ImportError:
        textacy_version = "not installed: pip install -e '.[bench]'"
    parallel: System = (PARALLEL, lambda c: run_workers(model, c))
    say(f"starting {JOBS} workers once, untimed…")
    pool_start = measure_whole(parallel[1], seeds[:1]).seconds
    runs: dict[str, dict[str, Run]] = {name: {} for name, _ in [*systems, parallel]}
    for label, corpus in corpora.items():
        say(f"corpus {label}: {len(corpus)} documents, {count_words(corpus):,} words…")
        for name, run in measure(systems, corpus).items():
            runs[name][label] = run
        runs[PARALLEL][label] = measure_whole(parallel[1], corpus)
    say("scoring…")
    lines = [f"model {model}; textacy {textacy_version}; batch {BATCH_SIZE}; slices of {SLICE} documents",
             *(f"corpus {label}: {len(c)} documents, {count_words(c):,} words" for label, c in corpora.items()),
             "", "system | " + " | ".join(f"{label} words/s, words/CPU-s, gave up" for label in corpora)
             + " | " + " | ".join(f"{gold.label} P / R / F1 / speaker" for gold in golds)]
    for name, run in [*systems, parallel]:
        cells = [f"{r.words / r.seconds:,.0f}, {r.words / r.cpu:,.0f}, {r.outcome.gave_up}/{r.docs}" for r in runs[name].values()]
        for gold in golds:
            predictions = run(gold.texts).predictions if gold.corpus is None else runs[name][gold.corpus].outcome.predictions
            cells.append(score(predictions, gold))
        lines.append(f"{name} | " + " | ".join(cells))
    lines.append("")
    for other in (TEXTACY, QUOTEX):
        mine = PARALLEL if other == QUOTEX else QUOTEX
        if runs.get(other):
            ratios = [f"{label} {runs[mine][label].words / runs[mine][label].seconds / (r.words / r.seconds):.2f} "
                      f"({runs[mine][label].words / runs[mine][label].cpu / (r.words / r.cpu):.2f} by CPU time)"
                      for label, r in runs[other].items()]
            lines.append(f"{mine} / {other}, words per second: {'; '.join(ratios)}")
    lines.append(f"{PARALLEL}: pool start and one seed article before the timed runs took {pool_start:.1f} s")
    return lines


# --- memory ------------------------------------------------------------------------------


def _tree(root: int) -> list[int]:
    """`root` and every process descended from it."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, []))
    return found


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


@dataclass
class Peak:
    tree: int = 0  # the largest sum of the tree's resident memory seen at one time
    process: int = 0  # the largest resident memory of one process
    seconds: float = 0.0
    finished: bool = False
    status: int | None = None


def peak_memory(command: list[str], limit: float) -> Peak:
    """Run `command`, sampling its process tree's memory every 0.2 s, for at most `limit` seconds."""
    peak = Peak()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = threading.Event()
    threading.Thread(target=lambda: (process.wait(), done.set()), daemon=True).start()
    while not done.wait(0.2):
        sizes = [_rss(pid) for pid in _tree(process.pid)]
        peak.tree, peak.process = max(peak.tree, sum(sizes)), max(peak.process, max(sizes, default=0))
        if time.perf_counter() - started > limit:
            process.terminate()
            process.wait()
            peak.seconds = time.perf_counter() - started
            return peak
    peak.seconds = time.perf_counter() - started
    peak.finished, peak.status = True, process.returncode
    return peak


def memory(args: argparse.Namespace) -> list[str]:
    quotex_cli = [sys.executable, "-m", "quotex", "extract", "-o", os.devnull]
    seeds = "\n\n".join(text for _, text in read_texts(SEEDS))
    lines = []
    with tempfile.TemporaryDirectory(prefix="quotex-bench-") as folder:
        big = Path(folder) / "big.txt"
        big.write_text((seeds + "\n\n") * (30_000_000 // (len(seeds) + 2) + 1), encoding="utf-8")
        small = Path(folder) / "small"
        small.mkdir()
        for number in range(20_000):
            (small / f"{number:05}.txt").write_text(f'"Item {number} is ready," the clerk said.\n', encoding="utf-8")
        runs = [
            (f"one file of {big.stat().st_size / 1e6:.0f} MB, --jobs 1", [*quotex_cli, "--jobs", "1", str(big)], args.big_seconds),
            ("20,000 small files, default --jobs", [*quotex_cli, str(small)], args.small_seconds),
        ]
        for label, command, limit in runs:
            say(f"memory: {label}…")
            peak = peak_memory(command, limit)
            how = f"finished in {peak.seconds:.0f} s, status {peak.status}" if peak.finished else f"stopped after {peak.seconds:.0f} s"
            lines.append(f"{label}: peak {peak.tree / 2**20:,.0f} MiB for the process tree, "
                         f"{peak.process / 2**20:,.0f} MiB for one process ({how})")
    return lines


# --- shapes ------------------------------------------------------------------------------


def all_shapes(args: argparse.Namespace) -> dict[str, str]:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_shapes import SQUARES, generated_shapes

    squares = {unit: unit for unit in SQUARES.values()}  # issue 22's squares at 100k characters
    return {**SHAPES, **squares, **generated_shapes(args.seed, args.generated)}


def shapes(args: argparse.Namespace, model: str) -> list[str]:
    extractor = quotex.load(model)
    news = "\n\n".join(text for _, text in read_texts(SEEDS))
    units = all_shapes(args)
    extractor.extract("A warm-up, she said.")
    lines = [f"{len(units)} shapes ({args.generated} generated with seed {args.seed})"]
    for length in (int(value) for value in args.shape_chars.split(",")):

        def cpu(unit: str, length: int = length) -> float:
            text = (unit * (length // len(unit) + 1))[:length]
            started = time.process_time()
            extractor.extract(text)
            return time.process_time() - started

        say(f"shapes of {length:,} characters…")
        base = cpu(news)
        ratios = {name: cpu(unit) / base for name, unit in units.items()}
        worst = max(ratios, key=lambda name: ratios[name])
        lines += [f"{length:,} characters: news {base:.2f} CPU-s; over news: "
                  + ", ".join(f"{name!r} {ratio:.1f}" for name, ratio in ratios.items()),
                  f"worst shape at {length:,} characters {worst!r}: {ratios[worst]:.1f} times news"]
    return lines


def shape_memory(args: argparse.Namespace) -> list[str]:
    """Peak resident memory (the kernel's own count, `ru_maxrss`) of a child `quotex extract
    --jobs 1` on each shape at one length."""
    length = args.shape_memory_chars
    peaks: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="quotex-bench-") as folder:
        for number, (name, unit) in enumerate(all_shapes(args).items()):
            path = Path(folder) / f"{number}.txt"
            path.write_text((unit * (length // len(unit) + 1))[:length], encoding="utf-8")
            say(f"memory of shape {name!r} at {length:,} characters…")
            command = [sys.executable, "-m", "quotex", "extract", "-q", "--jobs", "1", "-o", os.devnull, str(path)]
            child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(child.pid, 0)  # the child's own peak, exactly (kB on Linux)
            child.returncode = 0  # reaped here
            peaks[name] = usage.ru_maxrss * 1024
    worst = max(peaks, key=lambda name: peaks[name])
    return ["peak resident memory of one process at "
            f"{length:,} characters: " + ", ".join(f"{name!r} {peak / 2**20:,.0f} MiB" for name, peak in peaks.items()),
            f"worst shape for memory {worst!r}: {peaks[worst] / 1e9:.2f} GB (bound: {WORKER_MEMORY / 1e9:.1f} GB)"]


def wrapped(args: argparse.Namespace, model: str) -> list[str]:
    """CPU time of the seed articles hard-wrapped at `WRAP_WIDTH` columns over that of the
    same articles as given, each read `args.wrap_rounds` times, the two taking turns."""
    extractor = quotex.load(model)
    articles = [text for _, text in read_texts(SEEDS)]
    wrapped_articles = [hardwrap(text, WRAP_WIDTH) for text in articles]
    extractor.extract("A warm-up, she said.")
    say(f"wrapped articles, {args.wrap_rounds} rounds…")
    seconds = {"as given": 0.0, "wrapped": 0.0}
    for _ in range(args.wrap_rounds):
        for name, texts in (("as given", articles), ("wrapped", wrapped_articles)):
            for text in texts:
                started = time.process_time()
                extractor.extract(text)
                seconds[name] += time.process_time() - started
    ratio = seconds["wrapped"] / seconds["as given"]
    return [f"{len(articles)} seed articles, as given: {seconds['as given']:.2f} CPU-s; "
            f"hard-wrapped at {WRAP_WIDTH} columns: {seconds['wrapped']:.2f} CPU-s ({args.wrap_rounds} rounds)",
            f"wrapped over as given: {ratio:.2f} (target <= 1.2)"]


# --- the run -----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=100_000, help="size of corpus A, the seeds repeated")
    parser.add_argument("--polnear", type=Path, default=POLNEAR, help="PolNeAR corpus root (default %(default)s)")
    parser.add_argument("--big-seconds", type=float, default=120, help="how long to watch the 30 MB file")
    parser.add_argument("--small-seconds", type=float, default=600, help="how long to watch the 20,000 files")
    parser.add_argument("--shape-chars", default="20000,100000", help="lengths of each shape's text, separated by commas")
    parser.add_argument("--generated", type=int, default=6, help="shapes the generator adds")
    parser.add_argument("--seed", type=int, default=22, help="the generator's seed")
    parser.add_argument("--shape-memory-chars", type=int, default=1_000_000, help="length of each shape's text for memory")
    parser.add_argument("--only", default="speed,memory,shapes,wrapped,shape-memory", help="parts to run, separated by commas")
    parser.add_argument("--wrap-rounds", type=int, default=5, help="how often to read the wrapped articles")
    args = parser.parse_args(argv)
    model = next((name for name in DEFAULT_MODELS if spacy.util.is_package(name)), None)
    if model is None:
        raise SystemExit(f"Error: none of the spaCy pipelines {', '.join(DEFAULT_MODELS)} is installed")
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    parts = {"speed": lambda: speed_and_accuracy(args, model), "memory": lambda: memory(args),
             "shapes": lambda: shapes(args, model), "wrapped": lambda: wrapped(args, model),
             "shape-memory": lambda: shape_memory(args)}
    for name in args.only.split(","):
        print(f"## {name}\n", *parts[name.strip()](), "", sep="\n", flush=True)
    print(f"load average (1 min) {load_before:.2f} before, {os.getloadavg()[0]:.2f} after, on {os.cpu_count()} cores; "
          f"{(time.perf_counter() - started) / 60:.1f} minutes in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
