"""`quotex eval`: precision, recall, F1 and speaker accuracy against gold statements.

A thin layer over `quotex.evaluation.scoring` (the scoring) and `quotex.evaluation.polnear` (the PolNeAR
gold). The extractor, and with it spaCy, is imported only when there is text to extract.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from quotex.evaluation import polnear as polnear_gold
from quotex.evaluation.scoring import (
    CONFIDENT,
    DEFAULT_CRITERIA,
    FAMILIES,
    GoldRow,
    Problem,
    Report,
    assign_documents,
    confident_wrong_share,
    doc_of,
    evaluate,
    expected_calibration_error,
    load_gold,
    load_predictions,
    percent,
    ranking_auroc,
    reliability,
)
from quotex.reading.inputs import InputError, find_sources, read_document

CONTEXT = 40  # characters shown either side of a span by --misses
SHOWN = 160  # characters of a span's own text shown by --misses


@click.command("eval")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Gold JSONL (docs/GOLD_FORMAT.md).")
@click.option("--pred", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Saved quotex JSONL output, instead of extracting from PATHS.")
@click.option("--polnear", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A PolNeAR checkout: builds the gold and the inputs of --split.")
@click.option("--split", type=click.Choice(["train", "dev", "test"]), default="dev",
              show_default=True, help="PolNeAR split (test is held out and refused).")
@click.option("--model", default=None, help="spaCy pipeline to extract with.")
@click.option("--lenient-overlap", is_flag=True,
              help="A prediction overlapping any gold row is no false alarm (always on with --polnear).")
@click.option("--misses", is_flag=True,
              help="List every miss, false alarm and wrong speaker (at union>=0.5).")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def eval_command(
    paths: tuple[Path, ...],
    gold: Path | None,
    pred: Path | None,
    polnear: Path | None,
    split: str,
    model: str | None,
    lenient_overlap: bool,
    misses: bool,
    output_format: str,
) -> None:
    """Score quotex against hand-annotated gold statements.

    \b
      quotex eval --gold GOLD.jsonl PATH...      extract from files or folders of *.txt
      quotex eval --gold GOLD.jsonl --pred PRED.jsonl
      quotex eval --polnear DIR --split dev [--pred PRED.jsonl]
    """
    inputs = _check_usage(paths, gold, pred, polnear, split)
    try:
        if polnear is not None:
            rows = polnear_gold.convert(polnear, split)
            inputs = polnear_gold.text_files(polnear, split)
            docs = {path.name for path in inputs}
            lenient_overlap = True  # PolNeAR annotates every attribution, not only quotations
            source = f"PolNeAR {split}"
        else:
            assert gold is not None  # _check_usage saw to it
            rows = load_gold(gold)
            docs = {row.doc for row in rows}
            source = str(gold)
            if inputs:
                rows, docs = _restrict(rows, docs, inputs)
        records = load_predictions(pred) if pred is not None else _extract(inputs, model)
        grouped, ignored = assign_documents(records, docs)
    except (OSError, ValueError) as error:
        raise click.ClickException(str(error)) from None

    if ignored:
        click.echo(f"Warning: {ignored} predictions for files without gold were left out.", err=True)
    predictions = [p for group in grouped.values() for p in group]
    reports = evaluate(rows, predictions, lenient_overlap=lenient_overlap, docs=docs)
    if output_format == "json":
        figures = _as_json(source, rows, reports, ignored, misses)
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    _print_table(source, rows, reports)
    _print_reliability(reports)
    if misses:
        files = [*map(str, inputs), *(p.file for p in predictions)]
        _print_problems(reports, _document_texts(docs, files))


def _check_usage(
    paths: tuple[Path, ...], gold: Path | None, pred: Path | None, polnear: Path | None, split: str
) -> list[Path]:
    """The text files to extract from; a usage error (exit 2) for a wrong combination."""
    if split == "test":
        raise click.UsageError("the PolNeAR test split is held out: use --split train or dev")
    if (gold is None) == (polnear is None):
        raise click.UsageError("give either --gold or --polnear")
    if polnear is not None:
        if paths:
            raise click.UsageError("--polnear brings its own texts: give no PATH")
        return []
    if bool(paths) == (pred is not None):
        raise click.UsageError("give either PATH... to extract from or --pred")
    return _text_files(paths)


def _restrict(rows: list[GoldRow], docs: set[str], inputs: list[Path]) -> tuple[list[GoldRow], set[str]]:
    """The gold of the documents among the inputs: scoring a few files is no miss of the rest."""
    covered = {doc for path in inputs if (doc := doc_of(str(path), docs)) is not None}
    if len(covered) < len(docs):
        click.echo(f"Warning: {len(docs) - len(covered)} gold documents are not among the inputs "
                   "and were left out.", err=True)
    return [row for row in rows if row.doc in covered], covered


def _text_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders as their *.txt files, searched as `quotex extract` searches them."""
    files: list[Path] = []
    for source in find_sources(str(path) for path in paths):
        if isinstance(source, InputError):
            raise click.ClickException(str(source))
        files.append(Path(source))
    return files


def _extract(files: list[Path], model: str | None) -> list[dict[str, Any]]:
    """quotex's records for every file, each named as given."""
    try:
        import quotex

        extractor = quotex.load(model)
    except Exception as error:  # noqa: BLE001 - any failure to load is one line for the user
        raise click.ClickException(f"cannot load the extractor: {error}") from None
    click.echo(f"Extracting from {len(files)} files…", err=True)
    records: list[dict[str, Any]] = []
    for path in files:
        try:
            quotes = extractor.extract(read_document(str(path)).text, file=str(path))
        except Exception as error:  # noqa: BLE001 - one line naming the file, no traceback
            raise click.ClickException(f"{path}: {error}") from None
        records.extend(quote.to_dict() for quote in quotes)
    return records


# --- output ---------------------------------------------------------------------------


def _gold_counts(rows: list[GoldRow]) -> str:
    required = {family: sum(1 for r in rows if r.family == family and not r.optional) for family in FAMILIES}
    optional = sum(1 for r in rows if r.optional)
    return (
        f"gold: {required['direct']} direct, {required['indirect']} indirect required; {optional} optional\n"
        "% figures; speaker: by name or mention, names: by name alone"
    )


def _print_table(source: str, rows: list[GoldRow], reports: list[Report]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table

    # No vertical rules and no edge padding: the ten columns fit an 80-column terminal.
    table = Table(title=f"quotex eval · {source}", caption=_gold_counts(rows),
                  box=box.SIMPLE_HEAD, padding=(0, 0), show_edge=False)
    for header in ("family", "criterion", "P", "R", "F1", "tp", "fp", "fn", "speaker", "names"):
        left = header in ("family", "criterion")
        table.add_column(header, justify="left" if left else "right", no_wrap=True)
    for index, report in enumerate(reports):
        last_of_family = index + 1 == len(reports) or reports[index + 1].family != report.family
        table.add_row(
            report.family,
            report.criterion,
            percent(report.precision),
            percent(report.recall),
            percent(report.f1),
            str(report.tp),
            str(report.fp),
            str(report.fn),
            percent(report.speaker_accuracy),
            percent(report.speaker_name_accuracy),
            end_section=last_of_family,
        )
    Console(highlight=False).print(table)


def _print_reliability(reports: list[Report]) -> None:
    """Whether confidence means what it says: per family, at the default criterion, the rows
    with a gold speaker binned by confidence, and the expected calibration error."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    default = DEFAULT_CRITERIA[0].name
    for report in (r for r in reports if r.criterion == default and r.confidence_outcomes):
        outcomes = report.confidence_outcomes
        ece = expected_calibration_error(outcomes)
        table = Table(title=f"confidence · {report.family} · {default}",
                      caption=f"expected calibration error {ece:.3f} · AUROC {_figure(ranking_auroc(outcomes))}"
                              f" · wrong speakers ≥ {CONFIDENT}: {_share(confident_wrong_share(outcomes), outcomes)}",
                      box=box.SIMPLE_HEAD, padding=(0, 1), show_edge=False)
        for header in ("confidence", "rows", "mean", "speaker right"):
            table.add_column(header, justify="left" if header == "confidence" else "right", no_wrap=True)
        for row in reliability(report.confidence_outcomes):
            table.add_row(f"{row.low:.1f}–{row.high:.1f}", str(row.rows), f"{row.mean_confidence:.3f}",
                          f"{row.accuracy:.3f}")
        Console(highlight=False).print(table)


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _share(share: float | None, outcomes: list[tuple[float, bool]]) -> str:
    """`12 of 40 (30.0 %)`: the confident wrong rows among the wrong ones."""
    wrong = sum(1 for _, right in outcomes if not right)
    return "—" if share is None else f"{round(share * wrong)} of {wrong} ({100 * share:.1f} %)"


def _document_texts(docs: set[str], files: Iterable[str]) -> dict[str, str]:
    """Each gold document's text, from the first of `files` that stands for it and can be read."""
    found: dict[str, str] = {}
    for file in dict.fromkeys(files):
        doc = doc_of(file, docs)
        if doc is None or doc in found:
            continue
        try:
            found[doc] = read_document(file).text
        except InputError:
            continue  # context is a convenience: the span's own text is shown instead
    return found


def _in_context(problem: Problem, text: str | None) -> str:
    shown = problem.text if len(problem.text) <= SHOWN else problem.text[:SHOWN] + "…"
    if text is None:
        line = f"«{shown}»"
    else:
        before = text[max(0, problem.start - CONTEXT):problem.start]
        after = text[problem.end:problem.end + CONTEXT]
        line = f"…{before}«{shown}»{after}…"
    return " ".join(line.split())


def _print_problems(reports: list[Report], texts: dict[str, str]) -> None:
    default = DEFAULT_CRITERIA[0].name
    for report in (r for r in reports if r.criterion == default):
        for problem in report.problems():
            speakers = ""
            if problem.problem != "false alarm":
                speakers += f"  gold: {problem.gold_speaker}"
            if problem.problem != "miss":
                speakers += f"  predicted: {problem.predicted_speaker}"
            where = f"{problem.doc}:{problem.start}-{problem.end}"
            click.echo(f"{problem.problem} · {report.family} · {where}{speakers}")
            click.echo(f"    {_in_context(problem, texts.get(problem.doc))}")


def _as_json(
    source: str, rows: list[GoldRow], reports: list[Report], ignored: int, misses: bool
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "gold": source,
        "gold_rows": len(rows),
        "ignored_predictions": ignored,
        "criteria": [criterion.name for criterion in DEFAULT_CRITERIA],
        "families": {family: {} for family in FAMILIES},
    }
    for report in reports:
        result["families"][report.family][report.criterion] = report.figures()
    if misses:
        default = DEFAULT_CRITERIA[0].name
        result["problems"] = [
            {"family": r.family, **asdict(problem)}
            for r in reports if r.criterion == default
            for problem in r.problems()
        ]
    return result
