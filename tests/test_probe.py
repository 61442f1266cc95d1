"""The probe set (tests/data/probe, docs/PROBE.md): articles written for the team, with gold.

Nobody tunes rules on these articles; the test only holds two things: the gold is sound (every
row slices its article to its text) and the direct-quotation recall does not fall below a floor
five points under what the tool got when the set was made.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotex.evaluation import Criterion, evaluate, load_gold

PROBE = Path(__file__).parent / "data" / "probe"
GOLD = PROBE / "probe.gold.jsonl"
ARTICLES = sorted(PROBE.glob("*.txt"))

# Direct-family recall at union>=0.5 when the set was made was 87.1 % (121 of 139); see docs/PROBE.md.
DIRECT_RECALL_FLOOR = 0.871 - 0.05
# Speaker accuracy at the end of session 3 (docs/EVALUATION.md): direct 93.8 %, indirect 95.4 %.
SPEAKER_FLOORS = {"direct": 0.938 - 0.05, "indirect": 0.954 - 0.05}


def test_the_set_has_its_articles_and_every_article_has_gold() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(ARTICLES) == 24
    assert {row["doc"] for row in rows} == {path.name for path in ARTICLES}
    for path in ARTICLES:
        words = len(path.read_text(encoding="utf-8").split())
        assert 150 <= words <= 450, (path.name, words)


def test_every_gold_row_slices_its_article_to_its_text() -> None:
    contents = {path.name: path.read_bytes().decode("utf-8") for path in ARTICLES}
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        assert set(row) <= {"doc", "type", "start", "end", "text", "speaker", "optional"}, row
        assert row["type"] in ("direct", "indirect"), row
        assert contents[row["doc"]][row["start"] : row["end"]] == row["text"], row
    assert load_gold(GOLD)  # the project's own reader accepts it too


@pytest.mark.model
def test_recall_and_speakers_stay_above_their_floors(extractor) -> None:
    predictions = [
        quote.to_dict()
        for path in ARTICLES
        for quote in extractor.extract(path.read_text(encoding="utf-8"), file=path.name)
    ]
    reports = evaluate(load_gold(GOLD), predictions, criteria=[Criterion("union", 0.5)])
    direct = next(report for report in reports if report.family == "direct")
    assert direct.recall is not None and direct.recall >= DIRECT_RECALL_FLOOR, (
        f"direct recall {direct.recall:.3f} under the floor {DIRECT_RECALL_FLOOR:.3f}"
    )
    for report in reports:
        floor = SPEAKER_FLOORS[report.family]
        assert report.speaker_accuracy is not None and report.speaker_accuracy >= floor, (
            f"{report.family} speaker accuracy {report.speaker_accuracy:.3f} under the floor {floor:.3f}"
        )
