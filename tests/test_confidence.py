"""Confidence as a calibrated estimate: the table's back-off, and the measure of calibration."""

from __future__ import annotations

import pytest

from quotex.attribution.confidence import Calibration, Evidence
from quotex.evaluation.scoring import expected_calibration_error, reliability

NAMED = Evidence("direct", "cue_after", "explicit")
PRONOUN = Evidence("direct", "cue_after", "pronoun")
PRONOUN_COMPETING = Evidence("direct", "cue_after", "pronoun", competing=True)


def test_a_well_counted_cell_gives_its_own_rate() -> None:
    table = Calibration({NAMED: (10_000, 9_900), PRONOUN: (10_000, 8_000)})
    assert table.confidence(NAMED) == pytest.approx(0.99, abs=0.002)
    assert table.confidence(PRONOUN) == pytest.approx(0.80, abs=0.002)


def test_a_rare_cell_leans_on_the_level_above() -> None:
    table = Calibration({NAMED: (1_000, 900), PRONOUN_COMPETING: (2, 0)})
    rare = table.confidence(PRONOUN_COMPETING)
    assert 0.5 < rare < 0.9  # two wrong rows pull it down, not to zero


def test_unseen_evidence_gets_its_familys_rate() -> None:
    table = Calibration({NAMED: (1_000, 900)})
    unseen = Evidence("direct", "heading", "heading")
    assert table.confidence(unseen) == pytest.approx(0.9, abs=0.01)
    assert Calibration({}).confidence(unseen) == 0.5


def test_competition_lowers_confidence() -> None:
    table = Calibration({PRONOUN: (500, 450), PRONOUN_COMPETING: (100, 60)})
    assert table.confidence(PRONOUN_COMPETING) < table.confidence(PRONOUN)


def test_a_table_reads_back_what_it_wrote(tmp_path) -> None:
    table = Calibration({NAMED: (10, 9), PRONOUN_COMPETING: (4, 1)})
    table.write(tmp_path / "table.tsv", header="fitted on a test")
    assert Calibration.read(tmp_path / "table.tsv").counts == table.counts


def test_the_shipped_table_reads() -> None:
    table = Calibration.read()
    assert table.counts and 0 < table.confidence(NAMED) <= 1


def test_reliability_bins_and_calibration_error() -> None:
    outcomes = [(0.95, True)] * 9 + [(0.95, False)] + [(0.55, True), (0.55, False)]
    bins = reliability(outcomes)
    assert [(b.low, b.rows, b.accuracy) for b in bins] == [(0.5, 2, 0.5), (0.9, 10, 0.9)]
    assert expected_calibration_error(outcomes) == pytest.approx((10 * 0.05 + 2 * 0.05) / 12)
    assert expected_calibration_error([]) is None


# --- issue 25: a continuation carries the evidence of its chain ---------------------------

CHAIN = (
    'Coach Imre Vasko was blunt after the match. "We gave the ball away all night," Vasko said.\n'
    '"Nobody moved for the second goal."\n'
    "Club captain Ruth Okonjo left the ground without a word.\n"
    '"It will not happen again."\n'
)


def test_a_continuation_carries_its_chain_as_evidence(recorded) -> None:
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(CHAIN)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    details = {s.span.text: (s.rule, s.detail) for s in find_statements(doc, quoted, default_lexicon())}
    assert details["We gave the ball away all night,"] == ("cue_after", "-")
    assert details["Nobody moved for the second goal."] == ("continuation", "next/clear/1")


def test_a_chain_that_crosses_a_paragraph_or_another_voice_is_its_own_evidence() -> None:
    near = Evidence("direct", "continuation", "continuation", detail="same/clear/1")
    far = Evidence("direct", "continuation", "continuation", detail="next/voice/1")
    table = Calibration({near: (1_000, 970), far: (100, 70)})
    assert table.confidence(far) < 0.8 < 0.95 < table.confidence(near)
    assert Calibration.read().confidence(far) <= 1  # the shipped table takes the field
