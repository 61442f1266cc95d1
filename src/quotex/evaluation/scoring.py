"""Scoring quotex's output against hand-annotated gold statements.

Pure functions over plain records: gold rows (`GoldRow`, read from JSONL) and predictions
(dicts in quotex's JSON contract, as `Quote.to_dict()` writes them). No spaCy, no model.
The rules are those of the shared gold README, written up in docs/GOLD_FORMAT.md:

- families: `direct` and `mixed` predictions against `direct` (and `mixed`) rows,
  `indirect` against `indirect`;
- spans are compared after trimming whitespace and punctuation, quotation marks included,
  from both ends; one-to-one matching, best overlap first, within one document;
- criteria: overlap / union >= 0.5 (the default), or overlap / gold length >= 0.3 or
  >= 0.8 (the Gender Gap Tracker's criteria, Asr et al. 2021);
- speaker: right when the gold speaker's surname is one of the predicted speaker's words,
  or when the predicted speaker mention overlaps the gold one.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from quotex.output.records import KINDS, Kind
from quotex.pipeline.scoring import speaker_name_matches

GoldType = Kind  # the gold's types are quotex's kinds
Family = Literal["direct", "indirect"]
FAMILIES: tuple[Family, ...] = ("direct", "indirect")

# Characters trimmed besides whitespace and Unicode punctuation (category P*): marks that
# Unicode files as symbols but typists use as quotation marks.
_EXTRA_TRIM = frozenset("`´＂")


@dataclass(frozen=True)
class GoldRow:
    """One annotated statement: `text == content[start:end]` of document `doc`."""

    doc: str
    type: GoldType
    start: int
    end: int
    text: str
    speaker: str | None
    optional: bool = False
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None

    @property
    def family(self) -> Family:
        return "indirect" if self.type == "indirect" else "direct"

    def to_dict(self) -> dict[str, Any]:
        """The gold JSONL record; the speaker mention and the cue only when known."""
        record = asdict(self)
        if self.speaker_start is None:
            del record["speaker_start"], record["speaker_end"]
        if self.cue is None:
            del record["cue"]
        return record


@dataclass(frozen=True)
class Prediction:
    """The fields of a quotex record that scoring needs."""

    file: str
    kind: str
    start: int
    end: int
    text: str
    speaker: str | None
    mention_start: int | None = None
    mention_end: int | None = None
    confidence: float | None = None

    @property
    def family(self) -> Family:
        return "indirect" if self.kind == "indirect" else "direct"


@dataclass(frozen=True)
class Criterion:
    """When a prediction's span matches a gold span."""

    measure: Literal["union", "gold-coverage"]
    threshold: float

    @property
    def name(self) -> str:
        return f"{self.measure}>={self.threshold:g}"


UNION_HALF = Criterion("union", 0.5)
DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    UNION_HALF,
    Criterion("gold-coverage", 0.3),
    Criterion("gold-coverage", 0.8),
)


@dataclass(frozen=True)
class Problem:
    """One miss, false alarm or wrong speaker, for the `--misses` listing."""

    problem: Literal["miss", "false alarm", "wrong speaker"]
    doc: str
    start: int
    end: int
    text: str
    gold_speaker: str | None = None
    predicted_speaker: str | None = None


@dataclass
class Report:
    """The figures of one family under one criterion."""

    family: Family
    criterion: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_correct: int = 0
    speaker_name_correct: int = 0
    speaker_total: int = 0
    misses: list[Problem] = field(default_factory=list)
    false_alarms: list[Problem] = field(default_factory=list)
    wrong_speakers: list[Problem] = field(default_factory=list)
    # Each prediction matched to a row with a gold speaker, and whether its speaker is right.
    speaker_outcomes: list[tuple[Prediction, bool]] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # 2PR/(P+R) written with counts: 0.0 rather than undefined when nothing matched.
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    @property
    def speaker_accuracy(self) -> float | None:
        return _ratio(self.speaker_correct, self.speaker_total)

    @property
    def speaker_name_accuracy(self) -> float | None:
        return _ratio(self.speaker_name_correct, self.speaker_total)

    def figures(self) -> dict[str, Any]:
        """The numbers alone, ready for JSON (undefined ratios are None)."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "speaker_correct": self.speaker_correct,
            "speaker_name_correct": self.speaker_name_correct,
            "speaker_total": self.speaker_total,
            "speaker_accuracy": self.speaker_accuracy,
            "speaker_name_accuracy": self.speaker_name_accuracy,
            "calibration_error": expected_calibration_error(self.confidence_outcomes),
            "confidence_auroc": ranking_auroc(self.confidence_outcomes),
            "confident_wrong_share": confident_wrong_share(self.confidence_outcomes),
            "reliability": [asdict(b) for b in reliability(self.confidence_outcomes)],
        }

    @property
    def confidence_outcomes(self) -> list[tuple[float, bool]]:
        """(confidence, speaker right) of the matched rows with a gold speaker."""
        return [(p.confidence, right) for p, right in self.speaker_outcomes if p.confidence is not None]

    def problems(self) -> list[Problem]:
        return [*self.misses, *self.false_alarms, *self.wrong_speakers]


@dataclass(frozen=True)
class ReliabilityBin:
    """Rows whose confidence falls in [low, high): how confident quotex was, how often right."""

    low: float
    high: float
    rows: int
    mean_confidence: float
    accuracy: float


def reliability(outcomes: Sequence[tuple[float, bool]], bins: int = 10) -> list[ReliabilityBin]:
    """The reliability table of (confidence, right) pairs: equal-width bins over [0, 1], the
    empty ones left out (Guo et al., "On Calibration of Modern Neural Networks", 2017)."""
    grouped: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for confidence, right in outcomes:
        grouped[min(bins - 1, max(0, int(confidence * bins)))].append((confidence, right))
    return [
        ReliabilityBin(
            low=index / bins,
            high=(index + 1) / bins,
            rows=len(rows),
            mean_confidence=sum(c for c, _ in rows) / len(rows),
            accuracy=sum(r for _, r in rows) / len(rows),
        )
        for index, rows in sorted(grouped.items())
    ]


def expected_calibration_error(outcomes: Sequence[tuple[float, bool]], bins: int = 10) -> float | None:
    """The rows' share-weighted gap between confidence and accuracy over the reliability bins."""
    if not outcomes:
        return None
    return sum(b.rows * abs(b.accuracy - b.mean_confidence) for b in reliability(outcomes, bins)) / len(outcomes)


CONFIDENT = 0.9  # the confidence a reader filters at (`--min-confidence 0.9`) to keep sure rows only


def ranking_auroc(outcomes: Sequence[tuple[float, bool]]) -> float | None:
    """The area under the ROC curve of confidence for "speaker right": the chance that a right
    row, drawn at random, is more confident than a wrong one (ties count half). Calibration
    says whether confidence means what it says; this says whether it tells right from wrong
    (Mann–Whitney U over the two groups). None when either group is empty."""
    right = sum(1 for _, r in outcomes if r)
    wrong = len(outcomes) - right
    if not right or not wrong:
        return None
    ranked = sorted(outcomes, key=lambda outcome: outcome[0])
    wins = 0.0  # right rows above each wrong row, ties as halves, in one sweep over equal confidences
    wrong_below = 0
    k = 0
    while k < len(ranked):
        j = k
        while j < len(ranked) and ranked[j][0] == ranked[k][0]:
            j += 1
        tied_right = sum(1 for _, r in ranked[k:j] if r)
        tied_wrong = (j - k) - tied_right
        wins += tied_right * (wrong_below + tied_wrong / 2)
        wrong_below += tied_wrong
        k = j
    return wins / (right * wrong)


def confident_wrong_share(outcomes: Sequence[tuple[float, bool]], threshold: float = CONFIDENT) -> float | None:
    """Of the rows whose speaker is wrong, the share with confidence of at least `threshold`:
    the errors that a reader who keeps only confident rows would still keep."""
    wrong = [confidence for confidence, right in outcomes if not right]
    return sum(1 for c in wrong if c >= threshold) / len(wrong) if wrong else None


def percent(value: float | None) -> str:
    """A ratio as a percentage with one decimal, `—` when undefined."""
    return "—" if value is None else f"{100 * value:.1f}"


def _ratio(part: int, whole: int) -> float | None:
    # None rather than 0.0: "no prediction at all" is not "every prediction wrong".
    return part / whole if whole else None


# --- reading --------------------------------------------------------------------------


def gold_row_from_dict(record: Mapping[str, Any]) -> GoldRow:
    """A GoldRow from one JSON record; ValueError when a field is missing or wrong."""
    try:
        row = GoldRow(
            doc=str(record["doc"]),
            type=record["type"],
            start=int(record["start"]),
            end=int(record["end"]),
            text=str(record["text"]),
            speaker=record.get("speaker"),
            optional=bool(record.get("optional", False)),
            speaker_start=record.get("speaker_start"),
            speaker_end=record.get("speaker_end"),
            cue=record.get("cue"),
        )
    except KeyError as error:
        raise ValueError(f"missing field {error}") from None
    if row.type not in KINDS:
        raise ValueError(f"unknown type {row.type!r}")
    _check_span(row.start, row.end, row.text)
    return row


def prediction_from_dict(record: Mapping[str, Any]) -> Prediction:
    """A Prediction from a quotex JSON record; ValueError when a field is missing or wrong."""
    try:
        mention = record.get("speaker_mention") or {}
        prediction = Prediction(
            file=str(record["file"]),
            kind=str(record["kind"]),
            start=int(record["start"]),
            end=int(record["end"]),
            text=str(record["text"]),
            speaker=record.get("speaker"),
            mention_start=mention.get("start"),
            mention_end=mention.get("end"),
            confidence=None if record.get("confidence") is None else float(record["confidence"]),
        )
    except KeyError as error:
        raise ValueError(f"missing field {error}") from None
    if prediction.kind not in KINDS:
        raise ValueError(f"unknown kind {prediction.kind!r}")
    _check_span(prediction.start, prediction.end, prediction.text)
    return prediction


def _check_span(start: int, end: int, text: str) -> None:
    # Trimming moves offsets by the characters stripped from `text`, so the two must agree.
    if not 0 <= start <= end or end - start != len(text):
        raise ValueError(f"offsets {start}-{end} do not fit a text of {len(text)} characters")


def _read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    records = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}, line {number}: not JSON ({error.msg})") from None
    return records


def load_gold(path: str | Path) -> list[GoldRow]:
    """Every row of a gold JSONL file; ValueError naming the line of a bad row."""
    rows = []
    for number, record in enumerate(_read_jsonl(path), 1):
        try:
            rows.append(gold_row_from_dict(record))
        except (ValueError, TypeError) as error:
            raise ValueError(f"{path}, record {number}: {error}") from None
    return rows


def load_predictions(path: str | Path) -> list[dict[str, Any]]:
    """The records of a quotex JSONL output, as dicts (checked when scored)."""
    return _read_jsonl(path)


def write_jsonl(records: Iterable[Mapping[str, Any]], path: str | Path) -> None:
    """One JSON object a line, UTF-8, non-ASCII kept readable."""
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def doc_of(file: str, docs: Iterable[str]) -> str | None:
    """The gold document a prediction's file stands for: equal, or a path ending in "/" + doc."""
    known = docs if isinstance(docs, (set, frozenset)) else set(docs)
    parts = file.replace("\\", "/").split("/")
    for first in range(len(parts)):
        candidate = "/".join(parts[first:])
        if candidate in known:
            return candidate
    return None


# --- spans ----------------------------------------------------------------------------


def _trimmable(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P") or char in _EXTRA_TRIM


def trim_span(start: int, end: int, text: str) -> tuple[int, int]:
    """The offsets of `text` (found at `start`) once whitespace and punctuation are trimmed.

    Quotation marks are punctuation (Pi, Pf, Po, Ps), so `“We are ready,”` and
    `We are ready` trim to the same stretch. An all-punctuation span trims to empty.
    """
    lead = 0
    while lead < len(text) and _trimmable(text[lead]):
        lead += 1
    tail = len(text)
    while tail > lead and _trimmable(text[tail - 1]):
        tail -= 1
    return start + lead, start + tail


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def span_score(gold: tuple[int, int], predicted: tuple[int, int], criterion: Criterion) -> float:
    """Overlap over union, or over the gold length, as the criterion asks (0.0 when empty)."""
    shared = overlap(gold, predicted)
    if criterion.measure == "union":
        whole = (gold[1] - gold[0]) + (predicted[1] - predicted[0]) - shared
    else:
        whole = gold[1] - gold[0]
    return shared / whole if whole > 0 else 0.0


def match_spans(
    gold: Sequence[tuple[int, int]],
    predicted: Sequence[tuple[int, int]],
    criterion: Criterion,
) -> dict[int, int]:
    """One-to-one matching, best score first: {gold index: prediction index}.

    Ties go to the larger overlap, then to the earlier spans, so the result is stable.
    """
    candidates = []
    for g, gold_span in enumerate(gold):
        for p, predicted_span in enumerate(predicted):
            shared = overlap(gold_span, predicted_span)
            score = span_score(gold_span, predicted_span, criterion)
            if shared > 0 and score >= criterion.threshold:
                candidates.append((-score, -shared, gold_span[0], predicted_span[0], g, p))
    candidates.sort()
    matches: dict[int, int] = {}
    taken: set[int] = set()
    for *_, g, p in candidates:
        if g not in matches and p not in taken:
            matches[g] = p
            taken.add(p)
    return matches


# --- speakers (the name rule, `speaker_name_matches`, is the pipeline scorer's: `quotex.pipeline.scoring`) ---


def speaker_mention_matches(row: GoldRow, prediction: Prediction) -> bool:
    """Right when the predicted speaker mention overlaps the gold mention (if both exist)."""
    if row.speaker_start is None or row.speaker_end is None or prediction.mention_start is None:
        return False
    mention_end = prediction.mention_end if prediction.mention_end is not None else prediction.mention_start
    return overlap((row.speaker_start, row.speaker_end), (prediction.mention_start, mention_end)) > 0


# --- scoring --------------------------------------------------------------------------


def _trimmed(record: GoldRow | Prediction) -> tuple[int, int]:
    return trim_span(record.start, record.end, record.text)


def _group(records: Iterable[Any], key: Any) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = defaultdict(list)
    for record in records:
        groups[key(record)].append(record)
    return groups


def score_family(
    gold: Sequence[GoldRow],
    predictions: Mapping[str, Sequence[Prediction]],
    family: Family,
    criterion: Criterion = UNION_HALF,
    *,
    lenient_overlap: bool = False,
) -> Report:
    """The report of one family under one criterion.

    `predictions` maps each gold document to its predictions (of every family: a
    prediction of the other family only counts with `lenient_overlap`, as an excuse).
    Documents absent from `predictions` had none. With `lenient_overlap` (corpora that
    annotate every attribution, like PolNeAR) a prediction overlapping any gold row of the
    document, of either family, required or optional, is not a false alarm.
    """
    report = Report(family=family, criterion=criterion.name)
    gold_by_doc = _group(gold, lambda row: row.doc)
    for doc in sorted(set(gold_by_doc) | set(predictions)):
        doc_gold = gold_by_doc.get(doc, [])
        rows = [row for row in doc_gold if row.family == family]
        preds = [p for p in predictions.get(doc, []) if p.family == family]
        matches = match_spans([_trimmed(r) for r in rows], [_trimmed(p) for p in preds], criterion)
        _count_gold(report, doc, rows, preds, matches)
        matched = set(matches.values())
        every_gold_span = [_trimmed(row) for row in doc_gold]
        for p, prediction in enumerate(preds):
            if p in matched:
                continue
            if lenient_overlap and any(overlap(_trimmed(prediction), s) for s in every_gold_span):
                continue
            report.fp += 1
            report.false_alarms.append(
                Problem("false alarm", doc, prediction.start, prediction.end, prediction.text,
                        predicted_speaker=prediction.speaker)
            )
    return report


def _count_gold(
    report: Report, doc: str, rows: list[GoldRow], preds: list[Prediction], matches: dict[int, int]
) -> None:
    """Hits, misses and speakers of one document's rows; optional rows count for nothing."""
    for g, row in enumerate(rows):
        if row.optional:
            continue
        if g not in matches:
            report.fn += 1
            report.misses.append(Problem("miss", doc, row.start, row.end, row.text, row.speaker))
            continue
        report.tp += 1
        if row.speaker is None:
            # Nobody named in the gold: nothing to check the predicted speaker against.
            continue
        prediction = preds[matches[g]]
        by_name = speaker_name_matches(row.speaker, prediction.speaker)
        right = by_name or speaker_mention_matches(row, prediction)
        report.speaker_total += 1
        report.speaker_name_correct += by_name
        report.speaker_correct += right
        report.speaker_outcomes.append((prediction, right))
        if not right:
            report.wrong_speakers.append(
                Problem("wrong speaker", doc, row.start, row.end, row.text, row.speaker,
                        prediction.speaker)
            )


def assign_documents(
    predictions: Iterable[Mapping[str, Any] | Prediction], docs: Iterable[str]
) -> tuple[dict[str, list[Prediction]], int]:
    """Predictions grouped by the gold document they belong to, and how many belong to none."""
    known = set(docs)
    grouped: dict[str, list[Prediction]] = defaultdict(list)
    ignored = 0
    for number, record in enumerate(predictions, 1):
        try:
            prediction = record if isinstance(record, Prediction) else prediction_from_dict(record)
        except (ValueError, TypeError) as error:
            raise ValueError(f"prediction {number}: {error}") from None
        doc = doc_of(prediction.file, known)
        if doc is None:
            ignored += 1
        else:
            grouped[doc].append(prediction)
    return dict(grouped), ignored


def evaluate(
    gold: Sequence[GoldRow],
    predictions: Iterable[Mapping[str, Any] | Prediction],
    *,
    criteria: Sequence[Criterion] = DEFAULT_CRITERIA,
    lenient_overlap: bool = False,
    docs: Iterable[str] | None = None,
) -> list[Report]:
    """One report per (family, criterion), families first.

    `docs` are the documents the gold covers (by default those with a gold row; pass every
    annotated document so that one without any row still counts its false alarms).
    Predictions for other files are left out; see `assign_documents` to count them.
    """
    covered = set(docs) if docs is not None else {row.doc for row in gold}
    grouped, _ = assign_documents(predictions, covered)
    return [
        score_family(gold, grouped, family, criterion, lenient_overlap=lenient_overlap)
        for family in FAMILIES
        for criterion in criteria
    ]
