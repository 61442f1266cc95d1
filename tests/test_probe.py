"""The probe sets (tests/data/probe, probe2, probe3, probe5, probe6, probe7, probe8, probe9, probe10, probe12, probe14; docs/EVALUATION.md, docs/history/PROBE*.md): articles written for the
team, with gold.

Nobody tunes rules on these articles; the tests only hold two things: the gold is sound (every
row slices its article to its text) and recall and speaker accuracy do not fall below floors
five points under what the tool got when they were set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from quotex.evaluation.scoring import Criterion, evaluate, load_gold

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class ProbeSet:
    name: str
    articles: int
    direct_recall: float  # direct-family recall at union>=0.5 when the floor was set
    speaker: dict[str, float]  # speaker accuracy by family when the floor was set
    words: tuple[int, int] = (150, 450)  # the length of its articles, as its brief asked

    @property
    def folder(self) -> Path:
        return DATA / self.name

    @property
    def gold(self) -> Path:
        return self.folder / f"{self.name}.gold.jsonl"

    @property
    def paths(self) -> list[Path]:
        return sorted(self.folder.glob("*.txt"))


SETS = [
    # Floors at the end of session 12 (probe12, probe14: session 13) (docs/EVALUATION.md), each set's figures then.
    ProbeSet("probe", 24, 1.0, {"direct": 0.993, "indirect": 0.990}),
    # Written by annotators who never saw the code (docs/history/PROBE2.md).
    ProbeSet("probe2", 30, 0.997, {"direct": 0.986, "indirect": 0.988}),
    # Written the same way, its misses never read (docs/history/PROBE3.md).
    ProbeSet("probe3", 20, 1.0, {"direct": 0.977, "indirect": 0.986}),
    # New styles, written before quotex ran on them; a development set (docs/history/PROBE5.md).
    ProbeSet("probe5", 20, 1.0, {"direct": 0.946, "indirect": 0.979}),
    # US political and Canadian news, written before quotex ran on it (docs/history/PROBE6.md).
    ProbeSet("probe6", 19, 1.0, {"direct": 0.996, "indirect": 0.962}, words=(300, 700)),
    # Written blind in session 8, a development set from session 9 (docs/history/PROBE7.md).
    ProbeSet("probe7", 20, 1.0, {"direct": 0.971, "indirect": 0.966}, words=(250, 700)),
    # Written blind in session 9, a development set from session 10 (docs/history/PROBE8.md).
    ProbeSet("probe8", 20, 1.0, {"direct": 0.966, "indirect": 0.946}, words=(300, 650)),
    # Written blind in session 10, a development set from session 11 (docs/history/PROBE9.md).
    ProbeSet("probe9", 18, 1.0, {"direct": 0.962, "indirect": 0.979}, words=(300, 650)),
    # Written blind in session 11, a development set from session 12 (docs/history/PROBE10.md).
    ProbeSet("probe10", 17, 0.973, {"direct": 0.964, "indirect": 0.896}, words=(300, 650)),
    # Short attribution puzzles written in session 12, a development set (docs/history/PROBE12.md).
    ProbeSet("probe12", 28, 1.0, {"direct": 0.857, "indirect": 1.0}, words=(120, 250)),
    # Canadian sections and US politics written in session 13, a development set (docs/history/PROBE14.md).
    ProbeSet("probe14", 10, 0.989, {"direct": 0.898, "indirect": 0.935}, words=(300, 650)),
]
MARGIN = 0.05


@pytest.mark.parametrize("probe", SETS, ids=lambda probe: probe.name)
def test_the_set_has_its_articles_and_every_article_has_gold(probe: ProbeSet) -> None:
    rows = [json.loads(line) for line in probe.gold.read_text(encoding="utf-8").splitlines()]
    assert len(probe.paths) == probe.articles
    assert {row["doc"] for row in rows} == {path.name for path in probe.paths}
    for path in probe.paths:
        words = len(path.read_text(encoding="utf-8").split())
        assert probe.words[0] <= words <= probe.words[1], (path.name, words)


@pytest.mark.parametrize("probe", SETS, ids=lambda probe: probe.name)
def test_every_gold_row_slices_its_article_to_its_text(probe: ProbeSet) -> None:
    contents = {path.name: path.read_bytes().decode("utf-8") for path in probe.paths}
    rows = [json.loads(line) for line in probe.gold.read_text(encoding="utf-8").splitlines()]
    for row in rows:
        assert set(row) <= {"doc", "type", "start", "end", "text", "speaker", "optional"}, row
        assert row["type"] in ("direct", "indirect"), row
        assert contents[row["doc"]][row["start"] : row["end"]] == row["text"], row
    assert load_gold(probe.gold)  # the project's own reader accepts it too


@pytest.mark.model
@pytest.mark.parametrize("probe", SETS, ids=lambda probe: probe.name)
def test_recall_and_speakers_stay_above_their_floors(extractor, probe: ProbeSet) -> None:
    predictions = [
        quote.to_dict()
        for path in probe.paths
        for quote in extractor.extract(path.read_text(encoding="utf-8"), file=path.name)
    ]
    reports = evaluate(load_gold(probe.gold), predictions, criteria=[Criterion("union", 0.5)])
    direct = next(report for report in reports if report.family == "direct")
    floor = probe.direct_recall - MARGIN
    assert direct.recall is not None and direct.recall >= floor, f"direct recall {direct.recall:.3f} under {floor:.3f}"
    for report in reports:
        floor = probe.speaker[report.family] - MARGIN
        assert report.speaker_accuracy is not None and report.speaker_accuracy >= floor, (
            f"{report.family} speaker accuracy {report.speaker_accuracy:.3f} under the floor {floor:.3f}"
        )
