"""End to end: `quotex extract seeds/` scored against the hand-made seed gold.

The gold and its scoring rules are copied from ../shared/eval (tests/data/seeds.gold.*).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotex.cli import main
from quotex.evaluation.scoring import Criterion, evaluate, load_gold

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "seeds.gold.jsonl"


@pytest.fixture(scope="module")
def predictions() -> list[dict]:
    result = CliRunner().invoke(main, ["extract", "--format", "jsonl", str(ROOT / "seeds")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def direct_report(predictions: list[dict], criterion: Criterion):
    reports = evaluate(load_gold(GOLD), predictions, criteria=[criterion])
    return next(r for r in reports if r.family == "direct")


def test_every_direct_quotation_found_closely_and_nothing_else(predictions: list[dict]) -> None:
    report = direct_report(predictions, Criterion("union", 0.9))
    assert report.misses == [] and report.false_alarms == []
    assert report.tp == 36


def test_every_direct_quotation_has_the_right_speaker(predictions: list[dict]) -> None:
    report = direct_report(predictions, Criterion("union", 0.5))
    assert (report.speaker_correct, report.speaker_total) == (36, 36)


def test_offsets_slice_the_decoded_text(predictions: list[dict]) -> None:
    for record in predictions:
        content = Path(record["file"]).read_text(encoding="utf-8")
        assert content[record["start"] : record["end"]] == record["text"]


def test_reported_speech_in_the_seeds(predictions: list[dict]) -> None:
    reports = evaluate(load_gold(GOLD), predictions, criteria=[Criterion("union", 0.5)])
    report = next(r for r in reports if r.family == "indirect")
    assert report.f1 >= 0.9
    assert report.speaker_accuracy >= 0.9
