"""Speed and accuracy of quotex, side by side with plain spaCy and textacy, on one model.

Run with `make bench`. Three systems read the same texts with the same spaCy pipeline
(en_core_web_sm, by the names in `quotex.api.DEFAULT_MODELS`):

- quotex: `quotex.load()`, over `Extractor.extract_many`;
- spaCy: plain `nlp.pipe`, every component, no quotex (the floor quotex builds on);
- textacy: `textacy.extract.triples.direct_quotations` over the docs of plain `nlp.pipe`.
  It raises on a document with an odd number of quotation marks; such a document counts
  as given up.

Speed: words (whitespace-split tokens of the corpus) per second over the whole run, by the
wall clock and by the process's CPU time, model load excluded, after one warm-up document;
the systems take turns slice by slice (see `measure`). Corpus A is the seed articles repeated up to
`--words`; corpus B is the PolNeAR dev texts, when present (never the test split).
Accuracy: direct quotations found in the seed articles, scored against
tests/data/seeds.gold.jsonl by `quotex.evaluation` (overlap/union >= 0.5, one-to-one;
speaker right when the gold surname is a word of the predicted speaker).

Progress goes to stderr; the table to stdout and, with the machine it ran on, to `--out`.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import spacy
from rich.console import Console
from rich.table import Table
from spacy.language import Language

import quotex
from quotex.api import DEFAULT_MODELS, Extractor
from quotex.evaluation import UNION_HALF, evaluate, load_gold

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "seeds.gold.jsonl"
POLNEAR = ROOT.parent / "polnear"
OUT = ROOT / "docs" / "BENCHMARKS.md"
DEFAULT_WORDS = 100_000
BATCH_SIZE = 16  # quotex's own default in extract_many; the same for every system
SLICE = 16  # documents each system reads in its turn (see `measure`)

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


# --- systems --------------------------------------------------------------------------


@dataclass
class Outcome:
    """What one system made of one corpus: its predictions (None: it finds none) and refusals."""

    predictions: list[dict[str, Any]] | None
    gave_up: int = 0


def run_quotex(extractor: Extractor, corpus: Corpus) -> Outcome:
    results = extractor.extract_many(corpus, batch_size=BATCH_SIZE)
    return Outcome([quote.to_dict() for _, quotes in results for quote in quotes])


def run_spacy(nlp: Language, corpus: Corpus) -> Outcome:
    for _doc in nlp.pipe((text for _, text in corpus), batch_size=BATCH_SIZE):
        pass
    return Outcome(None)


def run_textacy(nlp: Language, corpus: Corpus) -> Outcome:
    from textacy.extract.triples import direct_quotations

    outcome = Outcome([])
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
    return {
        "file": file,
        "kind": "direct",
        "start": content.start_char,
        "end": content.end_char,
        "text": content.text,
        "speaker": speaker or None,
    }


@dataclass
class System:
    name: str
    run: Callable[[Corpus], Outcome]


def build_systems(extractor: Extractor, plain: Language, notes: list[str]) -> list[System]:
    """The three systems: quotex on its own pipeline, spaCy and textacy sharing the plain one."""
    systems = [
        System("quotex", lambda corpus: run_quotex(extractor, corpus)),
        System("spaCy alone", lambda corpus: run_spacy(plain, corpus)),
    ]
    if importlib.util.find_spec("textacy") is None:
        notes.append("textacy skipped: not installed (`pip install -e '.[bench]'`).")
        err.print(f"[yellow]{notes[-1]}[/]")
    else:
        systems.append(System(f"textacy {_version('textacy')}", lambda corpus: run_textacy(plain, corpus)))
    return systems


def pick_model() -> str:
    for name in DEFAULT_MODELS:
        if spacy.util.is_package(name):
            return name
    raise SystemExit(f"Error: none of the spaCy pipelines {', '.join(DEFAULT_MODELS)} is installed")


# --- measuring ------------------------------------------------------------------------


@dataclass
class Speed:
    """One system's totals over one corpus: wall-clock and CPU seconds, documents given up."""

    words: int
    docs: int
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    gave_up: int = 0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds

    @property
    def words_per_cpu_second(self) -> float:
        return self.words / self.cpu_seconds


@dataclass
class Accuracy:
    precision: float | None
    recall: float | None
    f1: float | None
    speaker: float | None


@dataclass
class Row:
    system: str
    speeds: dict[str, Speed] = field(default_factory=dict)
    accuracy: Accuracy | None = None


def measure(systems: Sequence[System], corpus: Corpus) -> dict[str, Speed]:
    """Every system's time over the whole corpus, taken slice by slice in turns.

    The machine may be shared: taking the systems in turns on each slice of SLICE
    documents (the first one rotating) spreads any load from elsewhere over all of them,
    where timing one whole run after another would charge it to whichever ran then.
    """
    speeds = {system.name: Speed(count_words(corpus), len(corpus)) for system in systems}
    for system in systems:
        system.run(corpus[:1])  # warm-up
    for number, first in enumerate(range(0, len(corpus), SLICE)):
        part = corpus[first:first + SLICE]
        turn = number % len(systems)
        for system in [*systems[turn:], *systems[:turn]]:
            speed = speeds[system.name]
            wall, cpu = time.perf_counter(), time.process_time()
            outcome = system.run(part)
            speed.seconds += time.perf_counter() - wall
            speed.cpu_seconds += time.process_time() - cpu
            speed.gave_up += outcome.gave_up
    return speeds


def score(system: System, seeds: Corpus, gold: Sequence[Any]) -> Accuracy | None:
    """Direct quotations and their speakers in the seed articles; None for a system that finds none."""
    predictions = system.run(seeds).predictions
    if predictions is None:
        return None
    reports = evaluate(gold, predictions, criteria=[UNION_HALF], docs=[name for name, _ in seeds])
    direct = next(report for report in reports if report.family == "direct")
    return Accuracy(direct.precision, direct.recall, direct.f1, direct.speaker_accuracy)


# --- the machine ----------------------------------------------------------------------


def machine(model: str, nlp_meta: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("CPU", _cpuinfo("model name") or platform.processor() or "unknown"),
        ("cores", f"{os.cpu_count()} (usable: {len(os.sched_getaffinity(0))})"),
        ("RAM", _ram()),
        ("OS", platform.platform()),
        ("Python", platform.python_version()),
        ("spaCy", spacy.__version__),
        ("model", f"{model} {nlp_meta.get('version', '?')}, components {', '.join(nlp_meta.get('pipeline', []))}"),
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
TITLE = "per corpus: words per second (wall clock, CPU) and documents given up; P, R, F1, speaker: direct quotations in the seeds"


def header(corpora: dict[str, Corpus]) -> list[str]:
    cells = ["system"]
    for label in corpora:
        cells += [f"{label} words/s", f"{label} words/CPU-s", f"{label} gave up"]
    return cells + list(COLUMNS_ACCURACY)


def cells(row: Row, corpora: dict[str, Corpus]) -> list[str]:
    out = [row.system]
    for label in corpora:
        speed = row.speeds[label]
        out += [f"{speed.words_per_second:,.0f}", f"{speed.words_per_cpu_second:,.0f}", f"{speed.gave_up}/{speed.docs}"]
    accuracy = row.accuracy
    figures = (accuracy.precision, accuracy.recall, accuracy.f1, accuracy.speaker) if accuracy else ()
    return out + ([_figure(f) for f in figures] if accuracy else ["—"] * len(COLUMNS_ACCURACY))


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def rich_table(rows: Sequence[Row], corpora: dict[str, Corpus]) -> Table:
    table = Table(title=TITLE)
    for number, name in enumerate(header(corpora)):
        table.add_column(name, justify="left" if number == 0 else "right")
    for row in rows:
        table.add_row(*cells(row, corpora))
    return table


def markdown(rows: Sequence[Row], corpora: dict[str, Corpus], notes: Iterable[str], facts: Iterable[tuple[str, str]]) -> str:
    head = header(corpora)
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
        *("| " + " | ".join(cells(row, corpora)) + " |" for row in rows),
        "",
        "## Corpora",
        "",
        *(f"- **{label}**: {len(corpus)} documents, {count_words(corpus):,} words" for label, corpus in corpora.items()),
        *(f"- {note}" for note in notes),
        "",
        "## How it is measured",
        "",
        "- The same spaCy pipeline for all: quotex adds its components to it; *spaCy alone* is plain",
        "  `nlp.pipe` with every component; *textacy 0.13* runs `textacy.extract.triples.direct_quotations`",
        "  on the docs of plain `nlp.pipe`. All in one process, batch size "
        f"{BATCH_SIZE}.",
        "- Words are whitespace-split tokens of the corpus. Time is the whole run (text in, records out),",
        "  model load excluded, after one warm-up document; wall clock, and CPU time of the process.",
        f"  The systems take turns on each slice of {SLICE} documents, so that load from other processes",
        "  on a shared machine falls on all of them alike; CPU time is the less disturbed of the two.",
        "- *gave up*: documents a system refused. textacy raises on an odd number of quotation marks and",
        "  loses the whole document.",
        "- Accuracy: direct quotations of the five seed articles against `tests/data/seeds.gold.jsonl`,",
        "  scored by `quotex.evaluation` (overlap/union of the trimmed spans >= 0.5, one-to-one; optional",
        "  rows neither required nor false alarms; quotex's `mixed` count as direct). *speaker*: share of",
        "  the matched quotations whose gold surname is a word of the predicted speaker.",
        "  Plain spaCy finds no quotations, so it has no accuracy.",
        "",
        "## Machine",
        "",
        *(f"- {name}: {value}" for name, value in facts),
        "",
        "## Command",
        "",
        "```",
        "make bench",
        "```",
        "",
    ]
    return "\n".join(lines)


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


def corpora_for(args: argparse.Namespace, seeds: Corpus) -> tuple[dict[str, Corpus], list[str]]:
    corpora = {"A": repeat_to(seeds, args.words)}
    notes = [f"A is the {len(seeds)} seed articles (seeds/) repeated up to {args.words:,} words."]
    dev = find_polnear_dev(args.polnear)
    if dev is None:
        notes.append(f"B (PolNeAR dev texts) skipped: none found under {args.polnear}.")
        err.print(f"[yellow]{notes[-1]}[/]")
    else:
        corpora["B"] = read_texts(dev)
        notes.append("B is the PolNeAR dev texts (Newell, Margolin & Ruths 2018), each once.")
    return corpora, notes


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    seeds = read_texts(SEEDS)
    gold = load_gold(GOLD)
    corpora, notes = corpora_for(args, seeds)
    model = pick_model()
    err.print(f"loading {model} twice (quotex, plain)…")
    extractor, plain = quotex.load(model), spacy.load(model)
    systems = build_systems(extractor, plain, notes)
    rows = [Row(system.name) for system in systems]
    load_before = os.getloadavg()[0]
    for label, corpus in corpora.items():
        err.print(f"corpus {label}: {len(corpus)} documents, {count_words(corpus):,} words, {len(systems)} systems…")
        for row, speed in zip(rows, measure(systems, corpus).values()):
            row.speeds[label] = speed
    notes.append(f"Load average (1 min) before the timed runs {load_before:.2f}, after {os.getloadavg()[0]:.2f} "
                 f"on {os.cpu_count()} cores: above about 1, something else was running.")
    for row, system in zip(rows, systems):
        row.accuracy = score(system, seeds, gold)
    publish(rows, corpora, notes, machine(model, plain.meta), args.out)
    return 0


def publish(rows: Sequence[Row], corpora: dict[str, Corpus], notes: list[str],
            facts: list[tuple[str, str]], out: Path) -> None:
    """The table on stdout, and the Markdown report in `out`."""
    console = Console()
    if not console.is_terminal:  # piped: rich's 80 columns would cut the numbers short
        console = Console(width=160)
    console.print(rich_table(rows, corpora))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(markdown(rows, corpora, notes, facts), encoding="utf-8")
    err.print(f"wrote {out}")

if __name__ == "__main__":
    sys.exit(main())
