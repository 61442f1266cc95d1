"""Speed and accuracy of quotex, side by side with plain spaCy and textacy, on one model.

Run with `make bench`. The systems read the same texts with the same spaCy model
(en_core_web_sm, by the names in `quotex.api.DEFAULT_MODELS`):

- quotex: `quotex.load()` (its lean pipeline: no attribute ruler, lemmatizer or entity
  recogniser), over `Extractor.extract_many`;
- spaCy: plain `nlp.pipe`, every component of the model, no quotex;
- textacy: `textacy.extract.triples.direct_quotations` over the docs of plain `nlp.pipe`.
  It raises on a document with an odd number of quotation marks; such a document counts
  as given up;
- quotex --jobs 2: `quotex.parallel.in_workers(model, documents, jobs=2)`, two worker
  processes each loading quotex's pipeline.

Speed: words (whitespace-split tokens of the corpus) per second over the whole run, by the
wall clock and by CPU time, model load excluded, after one warm-up document; the
single-process systems take turns slice by slice (see `measure`). Worker processes cannot
take such turns: `quotex --jobs 2` reads each corpus in one timed run of its own right after
the others' turns on it, pool start (the workers loading the model) included (see
`measure_whole`). Corpus A is the seed articles repeated up to `--words`; corpus B is the
PolNeAR dev texts, when present (never the test split).
Accuracy: direct quotations found in the seed articles, scored against
tests/data/seeds.gold.jsonl, and in PolNeAR dev (the timed run's output on corpus B), scored
against `quotex.polnear.convert(root, "dev")` with `lenient_overlap`; both by
`quotex.evaluation` (overlap/union >= 0.5, one-to-one; speaker right when the gold surname
is a word of the predicted speaker, or the speaker mentions overlap).

Progress goes to stderr; the table to stdout and, with the machine it ran on, to `--out`.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from rich.console import Console
from rich.table import Table
from spacy.language import Language

import quotex
from quotex import polnear
from quotex.api import DEFAULT_MODELS, Extractor
from quotex.evaluation import UNION_HALF, GoldRow, evaluate, load_gold
from quotex.inputs import Document, InputError
from quotex.parallel import in_workers

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds.gold.jsonl"
POLNEAR = ROOT.parent / "polnear"
OUT = ROOT / "docs" / "BENCHMARKS.md"
DEFAULT_WORDS = 100_000
BATCH_SIZE = 16  # quotex's own default in extract_many and in_workers; the same for every system
SLICE = 16  # documents each system reads in its turn (see `measure`)
JOBS = 2  # worker processes of the parallel row
QUOTEX = "quotex"
PARALLEL = f"quotex --jobs {JOBS}"

Corpus = list[tuple[str, str]]  # (file, text)
err = Console(stderr=True)


# --- corpora --------------------------------------------------------------------------


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


def find_polnear_dev(path: Path) -> Path | None:
    """The folder of PolNeAR dev texts under `path` (the corpus or the folder itself)."""
    for folder in (path / "data" / "dev" / "text", path / "dev" / "text", path):
        if folder.is_dir() and any(folder.glob("*.txt")):
            if "test" in folder.resolve().parts[-2:]:
                raise SystemExit(f"Error: {folder} is PolNeAR's test split; the benchmark reads dev only")
            return folder
    return None


# --- gold -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Gold:
    """Gold rows to score direct quotations against, and where the predictions come from.

    `docs`: every document the gold covers (one without a row still counts its false alarms).
    `corpus`: the timed corpus whose records are scored; when None, each system reads `texts`
    once more, untimed. `lenient_overlap`: a prediction overlapping any gold row is no false
    alarm (corpora that annotate every attribution, like PolNeAR).
    """

    label: str
    rows: list[GoldRow]
    docs: list[str]
    texts: Corpus = field(default_factory=list)
    corpus: str | None = None
    lenient_overlap: bool = False


def seeds_gold(seeds: Corpus) -> Gold:
    return Gold("seeds", load_gold(GOLD), [name for name, _ in seeds], texts=seeds)


def polnear_dev_gold(texts: Path, corpus: str) -> Gold | None:
    """PolNeAR dev's gold for the dev texts in `texts`, when they sit in the corpus (ROOT/data/dev/text)."""
    texts = texts.resolve()
    root = texts.parents[2] if len(texts.parents) > 2 else texts
    if polnear.split_dir(root, "dev") / "text" != texts or not (texts.parent / "attributions").is_dir():
        return None
    docs = [path.name for path in polnear.text_files(root, "dev")]
    return Gold("dev", polnear.convert(root, "dev"), docs, corpus=corpus, lenient_overlap=True)


# --- systems --------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one system made of some texts: its predictions (None: it finds none) and refusals."""

    predictions: list[dict[str, Any]] | None = field(default_factory=list)
    gave_up: int = 0

    def add(self, other: Outcome) -> None:
        """Take in what the system made of the next texts."""
        if self.predictions is None or other.predictions is None:
            self.predictions = None
        else:
            self.predictions.extend(other.predictions)
        self.gave_up += other.gave_up


def run_quotex(extractor: Extractor, corpus: Corpus) -> Outcome:
    results = extractor.extract_many(corpus, batch_size=BATCH_SIZE)
    return Outcome([quote.to_dict() for _, quotes in results for quote in quotes])


def run_workers(model: str, corpus: Corpus, jobs: int) -> Outcome:
    """quotex in `jobs` worker processes, started for this run and shut down at its end."""
    outcome = Outcome()
    documents = [Document(name, text) for name, text in corpus]
    for result in in_workers(model, documents, jobs=jobs, batch=BATCH_SIZE):
        if isinstance(result, InputError):
            outcome.gave_up += 1
        else:
            outcome.predictions.extend(quote.to_dict() for quote in result)
    return outcome


def run_spacy(nlp: Language, corpus: Corpus) -> Outcome:
    for _doc in nlp.pipe((text for _, text in corpus), batch_size=BATCH_SIZE):
        pass
    return Outcome(None)


def run_textacy(nlp: Language, corpus: Corpus) -> Outcome:
    from textacy.extract.triples import direct_quotations

    outcome = Outcome()
    docs = nlp.pipe(((text, name) for name, text in corpus), as_tuples=True, batch_size=BATCH_SIZE)
    for doc, name in docs:
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # ValueError on unbalanced quotation marks: the whole doc is lost
            outcome.gave_up += 1
            continue
        outcome.predictions.extend(triple_to_prediction(name, triple) for triple in triples)
    return outcome


def triple_to_prediction(file: str, triple: Any) -> dict[str, Any]:
    """A textacy (speaker, cue, content) triple as a quotex-style prediction record."""
    content = triple.content
    speaker = "".join(token.text_with_ws for token in triple.speaker).strip()
    mention = None
    if triple.speaker:
        first, last = triple.speaker[0], triple.speaker[-1]
        mention = {"text": speaker, "start": first.idx, "end": last.idx + len(last.text)}
    return {
        "file": file,
        "kind": "direct",
        "start": content.start_char,
        "end": content.end_char,
        "text": content.text,
        "speaker": speaker or None,
        "speaker_mention": mention,
    }


@dataclass
class System:
    name: str
    run: Callable[[Corpus], Outcome]


def textacy_name() -> str:
    return f"textacy {_version('textacy')}"


def build_systems(extractor: Extractor, plain: Language, notes: list[str]) -> list[System]:
    """The single-process systems: quotex on its own pipeline, spaCy and textacy sharing the plain one."""
    systems = [
        System(QUOTEX, lambda corpus: run_quotex(extractor, corpus)),
        System("spaCy alone", lambda corpus: run_spacy(plain, corpus)),
    ]
    if importlib.util.find_spec("textacy") is None:
        notes.append("textacy skipped: not installed (`pip install -e '.[bench]'`).")
        err.print(f"[yellow]{notes[-1]}[/]")
    else:
        systems.append(System(textacy_name(), lambda corpus: run_textacy(plain, corpus)))
    return systems


def parallel_system(model: str) -> System:
    return System(PARALLEL, lambda corpus: run_workers(model, corpus, JOBS))


def pick_model() -> str:
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise SystemExit(f"Error: none of the spaCy pipelines {', '.join(DEFAULT_MODELS)} is installed")


# --- measuring ------------------------------------------------------------------------


def cpu_seconds() -> float:
    """CPU time of this process and of its children once they have ended (the workers, after their pool shuts down)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


@dataclass
class Run:
    """One system's totals over one corpus: wall-clock and CPU seconds, and what it made of it."""

    words: int
    docs: int
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    outcome: Outcome = field(default_factory=Outcome)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds

    def timed(self, system: System, corpus: Corpus) -> None:
        """Run `system` over `corpus`, adding its time and outcome to the totals."""
        wall, cpu = time.perf_counter(), cpu_seconds()
        outcome = system.run(corpus)
        self.seconds += time.perf_counter() - wall
        self.cpu_seconds += cpu_seconds() - cpu
        self.outcome.add(outcome)


@dataclass
class Accuracy:
    precision: float | None
    recall: float | None
    f1: float | None
    speaker: float | None


@dataclass
class Row:
    system: str
    runs: dict[str, Run] = field(default_factory=dict)
    accuracy: dict[str, Accuracy | None] = field(default_factory=dict)


def measure(systems: Sequence[System], corpus: Corpus) -> dict[str, Run]:
    """Every system's time over the whole corpus, taken slice by slice in turns.

    The machine may be shared: taking the systems in turns on each slice of SLICE
    documents (the first one rotating) spreads any load from elsewhere over all of them,
    where timing one whole run after another would charge it to whichever ran then.
    """
    runs = {system.name: Run(count_words(corpus), len(corpus)) for system in systems}
    for system in systems:
        system.run(corpus[:1])  # warm-up
    for number, first in enumerate(range(0, len(corpus), SLICE)):
        part = corpus[first:first + SLICE]
        turn = number % len(systems)
        for system in [*systems[turn:], *systems[:turn]]:
            runs[system.name].timed(system, part)
    return runs


def measure_whole(system: System, corpus: Corpus) -> Run:
    """One timed run of `system` over the whole corpus, without warm-up.

    For worker processes: they cannot take turns with the others (they would run beside
    them), and starting them is part of what a run costs.
    """
    run = Run(count_words(corpus), len(corpus))
    run.timed(system, corpus)
    return run


def score(predictions: list[dict[str, Any]] | None, gold: Gold) -> Accuracy | None:
    """Direct quotations and their speakers at union >= 0.5; None for a system that finds none."""
    if predictions is None:
        return None
    reports = evaluate(gold.rows, predictions, criteria=[UNION_HALF], lenient_overlap=gold.lenient_overlap,
                       docs=gold.docs)
    direct = next(report for report in reports if report.family == "direct")
    return Accuracy(direct.precision, direct.recall, direct.f1, direct.speaker_accuracy)


def score_all(rows: dict[str, Row], systems: Sequence[System], golds: Sequence[Gold]) -> None:
    for system in systems:
        row = rows[system.name]
        for gold in golds:
            if gold.corpus is None:
                predictions = system.run(gold.texts).predictions
            else:
                predictions = row.runs[gold.corpus].outcome.predictions
            row.accuracy[gold.label] = score(predictions, gold)


def ratio_note(rows: dict[str, Row], corpora: dict[str, Corpus], system: str, baseline: str) -> list[str]:
    """Words per second of `system` over those of `baseline`, per corpus (nothing when one is missing)."""
    if system not in rows or baseline not in rows:
        return []
    ratios = []
    for label in corpora:
        mine, theirs = rows[system].runs[label], rows[baseline].runs[label]
        ratios.append(f"{label} {mine.words_per_second / theirs.words_per_second:.2f} "
                      f"({mine.words_per_cpu_second / theirs.words_per_cpu_second:.2f} by CPU time)")
    return [f"Words per second, {system} / {baseline}, by the wall clock: {'; '.join(ratios)}."]


def parallel_note(pool_start: float) -> str:
    return (f"{PARALLEL} was timed apart: its workers cannot take the slice-by-slice turns of the others "
            "(they would run beside them), so it read each corpus in one run of its own, right after the "
            "others' turns on that corpus. Its time is the whole run, pool start included: "
            f"{JOBS} workers (forked from a loaded pipeline on Linux, else each loading it); before the timed runs, starting the pool and "
            f"reading one seed article took {pool_start:.1f} s.")


# --- the machine ----------------------------------------------------------------------


def machine(model: str, nlp_meta: dict[str, Any], quotex_pipes: Sequence[str]) -> list[tuple[str, str]]:
    return [
        ("CPU", _cpuinfo("model name") or platform.processor() or "unknown"),
        ("cores", f"{os.cpu_count()} (usable: {len(os.sched_getaffinity(0))})"),
        ("RAM", _ram()),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("spaCy", spacy.__version__),
        ("model", f"{model} {nlp_meta.get('version', '?')}, components {', '.join(nlp_meta.get('pipeline', []))}"),
        ("quotex's pipeline", ", ".join(quotex_pipes)),
        ("textacy", _version("textacy")),
        ("numpy / BLAS", _blas()),
        ("quotex", f"{_version('quotex')}, commit {_commit()}"),
    ]


def _cpuinfo(key: str) -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            name, _, value = line.partition(":")
            if name.strip() == key:
                return value.strip()
    except OSError:
        pass
    return None


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _blas() -> str:
    import numpy

    kernel = "kernel unknown"
    try:
        from threadpoolctl import threadpool_info

        kernels = [
            f"{info.get('internal_api')} {info.get('version')} of {Path(info['filepath']).parent.name.removesuffix('.libs')}"
            f" ({info.get('architecture')} kernel, {info.get('num_threads')} threads)"
            for info in threadpool_info()
            if info.get("user_api") == "blas"
        ]
        kernel = "; ".join(kernels) or kernel
    except ImportError:
        pass
    coretype = os.environ.get("OPENBLAS_CORETYPE")
    forced = f", OPENBLAS_CORETYPE={coretype}" if coretype else ""
    return f"numpy {numpy.__version__}, {kernel}{forced}"


def _commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()

    try:
        commit = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
        return commit + (" with local changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# --- the report -----------------------------------------------------------------------

COLUMNS_ACCURACY = ("P", "R", "F1", "speaker")
TITLE = ("per corpus: words per second (wall clock, CPU) and documents given up; "
         "per gold: P, R, F1 and speaker accuracy of direct quotations (seeds: the seed articles; dev: PolNeAR dev)")


def header(corpora: dict[str, Corpus], golds: Sequence[Gold]) -> list[str]:
    cells = ["system"]
    for label in corpora:
        cells += [f"{label} words/s", f"{label} words/CPU-s", f"{label} gave up"]
    for gold in golds:
        cells += [f"{gold.label} {column}" for column in COLUMNS_ACCURACY]
    return cells


def cells(row: Row, corpora: dict[str, Corpus], golds: Sequence[Gold]) -> list[str]:
    out = [row.system]
    for label in corpora:
        run = row.runs[label]
        out += [f"{run.words_per_second:,.0f}", f"{run.words_per_cpu_second:,.0f}", f"{run.outcome.gave_up}/{run.docs}"]
    for gold in golds:
        accuracy = row.accuracy.get(gold.label)
        figures = (accuracy.precision, accuracy.recall, accuracy.f1, accuracy.speaker) if accuracy else ()
        out += [_figure(f) for f in figures] if accuracy else ["—"] * len(COLUMNS_ACCURACY)
    return out


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def rich_table(rows: Sequence[Row], corpora: dict[str, Corpus], golds: Sequence[Gold]) -> Table:
    table = Table(title=TITLE)
    for number, name in enumerate(header(corpora, golds)):
        table.add_column(name, justify="left" if number == 0 else "right")
    for row in rows:
        table.add_row(*cells(row, corpora, golds))
    return table


@dataclass
class Report:
    """Everything the Markdown report shows."""

    rows: Sequence[Row]
    corpora: dict[str, Corpus]
    about_corpora: list[str]
    golds: Sequence[Gold]
    notes: list[str]
    facts: list[tuple[str, str]]


def markdown(report: Report) -> str:
    head = header(report.corpora, report.golds)
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (scripts/bench.py); do not edit by hand.",
        f"Run on {datetime.date.today().isoformat()}.",
        "",
        f"{TITLE[0].upper()}{TITLE[1:]}.",
        "",
        "| " + " | ".join(head) + " |",
        "| " + " | ".join(["---"] + ["---:"] * (len(head) - 1)) + " |",
        *("| " + " | ".join(cells(row, report.corpora, report.golds)) + " |" for row in report.rows),
        "",
        "## Corpora",
        "",
        *(f"- **{label}**: {len(corpus)} documents, {count_words(corpus):,} words"
          for label, corpus in report.corpora.items()),
        *(f"- {line}" for line in report.about_corpora),
        "",
        "## Notes",
        "",
        *(f"- {note}" for note in report.notes),
        "",
        "## How it is measured",
        "",
        "- One spaCy model for all (see Machine). *quotex* runs the lean pipeline of `quotex.load()`:",
        "  no attribute ruler, lemmatizer or entity recogniser, parts of speech from its own `quotex_tags`.",
        "  *spaCy alone* is plain `nlp.pipe` with every component of the model; *textacy 0.13* runs",
        "  `textacy.extract.triples.direct_quotations` on those docs (it needs their lemmas and parts of",
        f"  speech). Batch size {BATCH_SIZE} for all.",
        "- Words are whitespace-split tokens of the corpus. For the systems in this process, time is the",
        "  whole run (text in, records out), model load excluded, after one warm-up document; wall clock,",
        f"  and CPU time of the process. They take turns on each slice of {SLICE} documents, so that load",
        "  from other processes on a shared machine falls on all of them alike; CPU time is the less",
        "  disturbed of the two.",
        f"- *{PARALLEL}* is `quotex.parallel.in_workers(model, documents, jobs={JOBS})`: {JOBS} worker",
        f"  processes (\"spawn\"), each loading quotex's pipeline, fed batches of {BATCH_SIZE} documents. It is",
        "  timed apart, one run per corpus (see Notes), from the call until the last record is in and the",
        "  pool is shut down: starting the workers and their loading the model are part of it, and there is",
        "  no warm-up. Its CPU time is this process's plus the workers' (model loading included), so its",
        "  words/CPU-s is the cost of the whole run over every core.",
        "- *gave up*: documents a system refused. textacy raises on an odd number of quotation marks and",
        "  loses the whole document.",
        "- Accuracy of direct quotations (quotex's `mixed` count as direct), scored by `quotex.evaluation`:",
        "  overlap/union of the trimmed spans >= 0.5, one-to-one; optional rows neither required nor false",
        "  alarms. *seeds*: the five seed articles, which each system reads once more (untimed), against",
        "  `tests/data/seeds.gold.jsonl`. *dev*: the records of each system's timed run over corpus B",
        "  against `quotex.polnear.convert(root, \"dev\")`, with `lenient_overlap` (PolNeAR annotates every",
        "  attribution, so a prediction overlapping any of them is no false alarm); a document textacy",
        "  gave up on counts as one with no predictions. textacy's triples are its direct predictions, the",
        "  speaker tokens its speaker and speaker mention. *speaker*: share of the matched quotations with",
        "  a gold speaker whose surname is a word of the predicted speaker, or whose mention the predicted",
        "  speaker mention overlaps. Plain spaCy finds no quotations, so it has no accuracy.",
        "",
        "## Machine",
        "",
        *(f"- {name}: {value}" for name, value in report.facts),
        "",
        "## Command",
        "",
        "```",
        "make bench",
        "```",
        "",
    ]
    return "\n".join(lines)


def publish(report: Report, out: Path) -> None:
    """The table and notes on stdout, and the Markdown report in `out`."""
    console = Console()
    if not console.is_terminal:  # piped: rich's 80 columns would cut the numbers short
        console = Console(width=200)
    console.print(rich_table(report.rows, report.corpora, report.golds))
    for note in report.notes:
        console.print(f"- {note}", highlight=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(markdown(report), encoding="utf-8")
    err.print(f"wrote {out}")


# --- the run --------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS,
                        help=f"size of corpus A, the seeds repeated (default {DEFAULT_WORDS:,})")
    parser.add_argument("--polnear", type=Path, default=POLNEAR,
                        help="PolNeAR corpus, or its dev text folder (default %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="Markdown report (default docs/BENCHMARKS.md)")
    args = parser.parse_args(argv)
    if args.words < 1:
        parser.error("--words must be at least 1")
    return args


def corpora_for(args: argparse.Namespace, seeds: Corpus) -> tuple[dict[str, Corpus], list[str], list[Gold]]:
    """The timed corpora, what they are, and the gold to score against (the seeds', PolNeAR dev's)."""
    corpora = {"A": repeat_to(seeds, args.words)}
    about = [f"A is the {len(seeds)} seed articles (seeds/) repeated up to {args.words:,} words."]
    golds = [seeds_gold(seeds)]
    dev = find_polnear_dev(args.polnear)
    if dev is None:
        about.append(f"B (PolNeAR dev texts) skipped: none found under {args.polnear}.")
        err.print(f"[yellow]{about[-1]}[/]")
        return corpora, about, golds
    corpora["B"] = read_texts(dev)
    about.append("B is the PolNeAR dev texts (Newell, Margolin & Ruths 2018), each once.")
    dev_gold = polnear_dev_gold(dev, "B")
    if dev_gold is None:
        about.append(f"PolNeAR dev accuracy skipped: no annotations beside {dev}.")
        err.print(f"[yellow]{about[-1]}[/]")
    else:
        golds.append(dev_gold)
        about.append(f"dev: B's {len(dev_gold.docs)} documents against PolNeAR's dev annotations, "
                     f"{sum(1 for row in dev_gold.rows if row.family == 'direct' and not row.optional)} "
                     "required direct rows.")
    return corpora, about, golds


def time_all(systems: Sequence[System], parallel: System, corpora: dict[str, Corpus]) -> dict[str, Row]:
    """Each corpus: the single-process systems in turns, then the parallel one on its own."""
    rows = {system.name: Row(system.name) for system in [*systems, parallel]}
    for label, corpus in corpora.items():
        err.print(f"corpus {label}: {len(corpus)} documents, {count_words(corpus):,} words, {len(systems)} systems in turns…")
        for name, run in measure(systems, corpus).items():
            rows[name].runs[label] = run
        err.print(f"corpus {label}: {PARALLEL}…")
        rows[PARALLEL].runs[label] = measure_whole(parallel, corpus)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(argv)
    seeds = read_texts(SEEDS)
    corpora, about, golds = corpora_for(args, seeds)
    model = pick_model()
    err.print(f"loading {model} twice (quotex, plain)…")
    extractor, plain = quotex.load(model), spacy.load(model)
    notes: list[str] = []
    systems = build_systems(extractor, plain, notes)
    parallel = parallel_system(model)
    err.print(f"starting {JOBS} workers once, untimed…")
    pool_start = measure_whole(parallel, seeds[:1]).seconds
    load_before = os.getloadavg()[0]
    rows = time_all(systems, parallel, corpora)
    load_after = os.getloadavg()[0]
    err.print("scoring…")
    score_all(rows, [*systems, parallel], golds)
    notes += [
        *ratio_note(rows, corpora, QUOTEX, textacy_name()),
        *ratio_note(rows, corpora, PARALLEL, QUOTEX),
        parallel_note(pool_start),
        (f"Load average (1 min) before the timed runs {load_before:.2f}, after {load_after:.2f} "
         f"on {os.cpu_count()} cores: above about 1, something else was running."),
        f"The whole benchmark took {(time.perf_counter() - started) / 60:.1f} minutes.",
    ]
    facts = machine(model, plain.meta, extractor.nlp.pipe_names)
    publish(Report(list(rows.values()), corpora, about, golds, notes, facts), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
