"""Scoring rules of quotex.evaluation.scoring, on gold rows and predictions written by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotex.evaluation.scoring import (
    UNION_HALF,
    Criterion,
    GoldRow,
    Report,
    doc_of,
    evaluate,
    load_gold,
    load_predictions,
    match_spans,
    speaker_name_matches,
    trim_span,
)

TEXT = (
    'Lavrov said: “We are ready to talk,” and added that Moscow hopes for calm. '
    '“Nothing is decided,” said Sergéi Lavrov. Critics called it a “charade”.'
)
DOC = "000_a.txt"


def span(fragment: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def gold(fragment: str, type_: str = "direct", speaker: str | None = "Lavrov", **extra: Any) -> GoldRow:
    start, end = span(fragment)
    return GoldRow(DOC, type_, start, end, fragment, speaker, **extra)  # type: ignore[arg-type]


def pred(fragment: str, kind: str = "direct", speaker: str | None = "Sergey Lavrov",
         file: str = "seeds/" + DOC, mention: str | None = None) -> dict[str, Any]:
    start, end = span(fragment)
    speaker_mention = None
    if mention is not None:
        m_start, m_end = span(mention)
        speaker_mention = {"text": mention, "start": m_start, "end": m_end}
    return {"file": file, "kind": kind, "start": start, "end": end, "text": fragment,
            "speaker": speaker, "speaker_mention": speaker_mention}


def report(rows: list[GoldRow], predictions: list[dict[str, Any]], family: str = "direct",
           criterion: Criterion = UNION_HALF, **options: Any) -> Report:
    reports = evaluate(rows, predictions, criteria=[criterion], **options)
    return next(r for r in reports if r.family == family)


# --- trimming -------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ['“We are ready”', '"We are ready,"', "« We are ready. »",
                                 "„We are ready“", "‘We are ready’", "'We are ready'", "  We are ready\n"])
def test_trim_removes_marks_punctuation_and_whitespace_and_moves_offsets(raw: str) -> None:
    start, end = trim_span(10, 10 + len(raw), raw)
    assert raw[start - 10:end - 10] == "We are ready"


def test_trim_of_punctuation_alone_is_empty() -> None:
    start, end = trim_span(5, 8, '“,”')
    assert start == end


def test_marks_inside_or_outside_the_prediction_match_the_same_gold() -> None:
    rows = [gold("We are ready to talk")]
    assert report(rows, [pred("“We are ready to talk,”")]).tp == 1


# --- span criteria --------------------------------------------------------------------


def test_half_of_the_union_is_enough_and_less_is_not() -> None:
    assert match_spans([(0, 10)], [(5, 15)], UNION_HALF) == {}  # 5 / 15
    assert match_spans([(0, 10)], [(0, 5)], UNION_HALF) == {0: 0}  # 5 / 10 exactly
    assert match_spans([(0, 10)], [(0, 4)], UNION_HALF) == {}


def test_gold_coverage_ignores_how_long_the_prediction_is() -> None:
    long_prediction = [(0, 100)]
    assert match_spans([(10, 20)], long_prediction, UNION_HALF) == {}
    assert match_spans([(10, 20)], long_prediction, Criterion("gold-coverage", 0.8)) == {0: 0}
    assert match_spans([(10, 20)], [(10, 14)], Criterion("gold-coverage", 0.3)) == {0: 0}
    assert match_spans([(10, 20)], [(10, 14)], Criterion("gold-coverage", 0.8)) == {}


def test_matching_is_one_to_one_best_overlap_first() -> None:
    # Gold 0 comes first but prediction 0 fits gold 1 better (1.0 against 0.9): gold 0
    # is left with prediction 1, rather than gold 1 with nothing.
    assert match_spans([(0, 10), (20, 30)], [(1, 30), (0, 6)], Criterion("gold-coverage", 0.5)) == {1: 0, 0: 1}
    # Two predictions, one gold: one hit, one false alarm.
    rows = [gold("We are ready to talk")]
    result = report(rows, [pred("We are ready to talk"), pred("We are ready")])
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)


def test_spans_match_within_their_document_only() -> None:
    rows = [gold("We are ready to talk")]
    result = report(rows, [pred("We are ready to talk", file="other/001_b.txt")])
    assert (result.tp, result.fp, result.fn) == (0, 0, 1)  # 001_b.txt has no gold: left out
    result = report(rows, [pred("We are ready to talk", file="001_b.txt")], docs=[DOC, "001_b.txt"])
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)


def test_a_file_path_stands_for_the_doc_it_ends_with() -> None:
    assert doc_of("seeds/000_a.txt", {DOC}) == DOC
    assert doc_of("000_a.txt", {DOC}) == DOC
    assert doc_of("seeds/x000_a.txt", {DOC}) is None


# --- families, optional rows, lenient overlap -------------------------------------------


def test_mixed_predictions_and_mixed_rows_belong_to_the_direct_family() -> None:
    rows = [gold("We are ready to talk", type_="mixed")]
    rows.append(gold("Nothing is decided"))
    result = report(rows, [pred("Nothing is decided", kind="mixed")])
    assert (result.tp, result.fp, result.fn) == (1, 0, 1)


def test_indirect_is_scored_apart_from_direct() -> None:
    rows = [gold("Moscow hopes for calm", type_="indirect")]
    direct = report(rows, [pred("Moscow hopes for calm")], family="direct")
    indirect = report(rows, [pred("Moscow hopes for calm")], family="indirect")
    assert (direct.tp, direct.fp, direct.fn) == (0, 1, 0)
    assert (indirect.tp, indirect.fp, indirect.fn) == (0, 0, 1)


def test_optional_rows_are_neither_required_nor_false_alarms() -> None:
    rows = [gold("charade", speaker=None, optional=True), gold("Nothing is decided", optional=True)]
    result = report(rows, [pred("charade")])
    assert (result.tp, result.fp, result.fn) == (0, 0, 0)
    assert result.precision is None and result.recall is None and result.f1 is None


def test_lenient_overlap_forgives_a_prediction_touching_any_gold_row() -> None:
    rows = [gold("that Moscow hopes for calm", type_="indirect"), gold("We are ready to talk")]
    predictions = [pred("Moscow hopes"), pred("Lavrov said: “We are ready to talk,” and added that")]
    strict = report(rows, predictions)
    lenient = report(rows, predictions, lenient_overlap=True)
    assert (strict.tp, strict.fp) == (0, 2)
    assert (lenient.tp, lenient.fp, lenient.fn) == (0, 0, 1)


def test_a_prediction_touching_no_gold_row_is_a_false_alarm_even_when_lenient() -> None:
    result = report([gold("We are ready to talk")], [pred("Critics called it")], lenient_overlap=True)
    assert result.fp == 1 and result.false_alarms[0].text == "Critics called it"


# --- speakers -------------------------------------------------------------------------


@pytest.mark.parametrize(("gold_speaker", "predicted", "right"), [
    ("Lavrov", "Sergey Lavrov", True),
    ("Sergei Lavrov", "LAVROV", True),
    ("Lavrov", "Sergéi Lávrov", True),
    ("José Ramírez", "Jose Ramirez", True),
    ("Lavrov", "he", False),
    ("Lavrov", "Russia's top diplomat", False),
    ("Lavrov", None, False),
    ("Lavrov", "Lavrova", False),
])
def test_speaker_by_surname_case_and_accent_insensitive(gold_speaker: str, predicted: str | None,
                                                        right: bool) -> None:
    assert speaker_name_matches(gold_speaker, predicted) is right


def test_speaker_mention_overlap_is_right_but_not_by_name() -> None:
    mention = span("Sergéi Lavrov")
    row = GoldRow(DOC, "direct", *span("Nothing is decided"), "Nothing is decided", "Sergéi Lavrov",
                  speaker_start=mention[0], speaker_end=mention[1])
    prediction = pred("Nothing is decided", speaker="the minister", mention="Lavrov.")
    result = report([row], [prediction])
    assert (result.speaker_correct, result.speaker_name_correct, result.speaker_total) == (1, 0, 1)
    assert result.speaker_accuracy == 1.0 and result.speaker_name_accuracy == 0.0


def test_wrong_speakers_are_listed_and_null_gold_speakers_are_not_scored() -> None:
    rows = [gold("We are ready to talk"), gold("Nothing is decided", speaker=None)]
    result = report(rows, [pred("We are ready to talk", speaker="he"), pred("Nothing is decided", speaker="X")])
    assert result.tp == 2 and result.speaker_total == 1 and result.speaker_correct == 0
    wrong = result.wrong_speakers[0]
    assert (wrong.gold_speaker, wrong.predicted_speaker, wrong.text) == ("Lavrov", "he", "We are ready to talk")


def test_figures() -> None:
    rows = [gold("We are ready to talk"), gold("Nothing is decided"), gold("Moscow hopes for calm")]
    result = report(rows, [pred("We are ready to talk"), pred("Critics called it")])
    figures = result.figures()
    assert (figures["tp"], figures["fp"], figures["fn"]) == (1, 1, 2)
    assert figures["precision"] == 0.5 and figures["recall"] == pytest.approx(1 / 3)
    assert figures["f1"] == pytest.approx(0.4)
    assert [p.text for p in result.misses] == ["Nothing is decided", "Moscow hopes for calm"]


# --- files ----------------------------------------------------------------------------


def test_loading_gold_and_predictions(tmp_path: Path) -> None:
    row = gold("Nothing is decided", speaker_start=0, speaker_end=6)
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps(row.to_dict()) + "\n\n", encoding="utf-8")
    assert load_gold(gold_file) == [row]
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text(json.dumps(pred("Nothing is decided")) + "\n", encoding="utf-8")
    assert load_predictions(pred_file)[0]["text"] == "Nothing is decided"


def test_a_bad_gold_row_is_named(tmp_path: Path) -> None:
    record = {"doc": DOC, "type": "direct", "start": 0, "end": 3, "text": "four", "speaker": None}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="record 1: offsets 0-3"):
        load_gold(path)


def test_the_seed_gold_scores_perfectly_against_itself() -> None:
    rows = load_gold(Path(__file__).parent / "data" / "seeds.gold.jsonl")
    predictions = [{"file": f"seeds/{r.doc}", "kind": r.type, "start": r.start, "end": r.end,
                    "text": r.text, "speaker": r.speaker, "speaker_mention": None} for r in rows]
    for result in evaluate(rows, predictions):
        assert result.precision == result.recall == result.speaker_accuracy == 1.0


def test_confidence_ranking_figures():
    from quotex.evaluation.scoring import confident_wrong_share, ranking_auroc

    # Every right row above every wrong one: 1; a tie counts half; no wrong row: undefined.
    assert ranking_auroc([(0.9, True), (0.8, True), (0.3, False)]) == 1.0
    assert ranking_auroc([(0.5, True), (0.5, False)]) == 0.5
    assert ranking_auroc([(0.2, True), (0.9, False), (0.6, True)]) == 0.0
    assert ranking_auroc([(0.9, True)]) is None
    assert confident_wrong_share([(0.95, False), (0.5, False), (0.99, True), (0.9, False)]) == 2 / 3
    assert confident_wrong_share([(0.95, True)]) is None
