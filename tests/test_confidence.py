"""Confidence as a calibrated estimate: the table's back-off, and the measure of calibration."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

from quotex.attribution.confidence import Calibration, Evidence, moderated
from quotex.evaluation.scoring import expected_calibration_error, reliability

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import calibrate  # noqa: E402  (scripts/calibrate.py: the fit)

NAMED = Evidence("direct", "cue_after", "explicit")
PRONOUN = Evidence("direct", "cue_after", "pronoun")
PRONOUN_COMPETING = Evidence("direct", "cue_after", "pronoun", competitors=1)


def test_a_confidence_is_the_logistic_of_its_features_weights() -> None:
    table = Calibration({"bias": 2.0, "resolution:direct:pronoun": -1.0, "competitors:1": -0.5})
    assert table.confidence(NAMED) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert table.confidence(PRONOUN) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert table.confidence(PRONOUN_COMPETING) < table.confidence(PRONOUN) < table.confidence(NAMED)
    assert Calibration({}).confidence(Evidence("direct", "heading", "heading")) == 0.5  # nothing fitted: no idea


def test_evidence_declares_its_features_from_the_general_to_the_specific() -> None:
    chain = Evidence("direct", "continuation", "continuation", detail="next/voice/2", named="2", spoke="1",
                     person_between=True)
    features = chain.features()
    assert features[:4] == ("bias", "family:direct", "rule:direct:continuation", "resolution:direct:continuation")
    # no cell of rule and resolution, nor context crossed with the resolution: few, coarse features
    # (where the speaker was named or spoke is crossed only with whether it was named or inferred)
    assert not any(f.startswith("cell:") or f.startswith(("named:", "spoke:")) and f.count(":") > 1
                   and f.split(":")[1] not in ("named", "inferred") for f in features)
    assert {"named:2", "spoke:1", "named:inferred:2", "spoke:inferred:1", "person_between", "detail:continuation:0:next", "detail:continuation:1:voice",
            "detail:continuation:2:2"} <= set(features)
    assert "gender:agrees" in Evidence("direct", "cue_after", "pronoun", mention="pronoun", gender="agrees").features()


def test_a_table_reads_back_what_it_wrote(tmp_path) -> None:
    table = Calibration({"bias": 2.5, "cell:direct:cue_after:pronoun": -0.25})
    table.write(tmp_path / "table.tsv", header="fitted on a test")
    assert Calibration.read(tmp_path / "table.tsv").weights == table.weights


def test_the_shipped_table_reads() -> None:
    table = Calibration.read()
    named = Evidence("direct", "cue_after", "explicit", mention="name", speaker_type="person", named="sentence",
                     shape="full")
    assert table.weights and 0.9 < table.confidence(named) <= 1


# --- the fit (scripts/calibrate.py) on rows made up for it ---------------------------------


def _rows(features: tuple[str, ...], rows: int, right: int) -> list[tuple[tuple[str, ...], bool]]:
    return [(features, k < right) for k in range(rows)]


def test_the_fit_finds_each_kind_of_evidences_rate() -> None:
    rows = _rows(("bias", "near"), 1_000, 970) + _rows(("bias", "far"), 400, 240)
    table = Calibration(calibrate.fit(rows, penalty=0.01))
    assert table.of_features(("bias", "near")) == pytest.approx(0.97, abs=0.005)
    assert table.of_features(("bias", "far")) == pytest.approx(0.60, abs=0.01)


def test_the_fit_ranks_by_a_feature_shared_across_cells() -> None:
    """A feature seen in two cells (another person named between) lowers both."""
    rows = (_rows(("bias", "cue"), 500, 490) + _rows(("bias", "cue", "between"), 100, 80)
            + _rows(("bias", "chain"), 500, 470) + _rows(("bias", "chain", "between"), 100, 70))
    table = Calibration(calibrate.fit(rows))
    assert table.of_features(("bias", "chain", "between")) < table.of_features(("bias", "chain"))
    assert table.of_features(("bias", "cue", "between")) < table.of_features(("bias", "cue"))


def test_the_rules_own_features_are_held_harder_than_the_texts_evidence() -> None:
    """A rule and a kind of context, each seen wrong as often: the fit trusts the rule's feature
    less (the sets it reads are those the rules were tuned on), so the context ranks more."""
    rows = (_rows(("bias",), 1_000, 970) + _rows(("bias", "rule:direct:odd"), 40, 30)
            + _rows(("bias", "rivals:2+"), 40, 30))
    weights = calibrate.fit(rows, penalty=2.0)
    assert weights["rivals:2+"] < weights["rule:direct:odd"] < 0
    alike = calibrate.fit(rows, penalty=2.0, rule_factor=1.0)
    assert alike["rule:direct:odd"] == pytest.approx(alike["rivals:2+"])


def test_competitors_are_the_texts_evidence_not_a_rules() -> None:
    """Others who fitted the mention as well are ambiguity the text shows: held as lightly as
    a rival nearby, not as hard as a rule's own feature."""
    rows = (_rows(("bias",), 1_000, 970) + _rows(("bias", "competitors:2"), 40, 30)
            + _rows(("bias", "rivals:2+"), 40, 30) + _rows(("bias", "rule:direct:odd"), 40, 30))
    weights = calibrate.fit(rows, penalty=2.0)
    assert weights["competitors:2"] == pytest.approx(weights["rivals:2+"])
    assert weights["competitors:2"] < weights["rule:direct:odd"] < 0


def test_a_row_weighed_twice_counts_as_two() -> None:
    """A probe set's row weighs `SET_WEIGHT` of PolNeAR's: a weight of 2 is the row twice."""
    rows = _rows(("bias", "a"), 30, 27) + _rows(("bias", "b"), 20, 12)
    twice = calibrate.fit(rows, weights=[2.0] * 30 + [1.0] * 20)
    assert twice == pytest.approx(calibrate.fit(rows[:30] * 2 + rows[30:]))
    kept = {"PolNeAR train": [("direct", ("bias",), True, "")], "tests/data/probe9": [("direct", ("bias",), False, "")]}
    assert calibrate.pooled(kept, ["tests/data/probe9"])[1] == [1.0, calibrate.SET_WEIGHT]
    assert calibrate.pooled(kept, ["tests/data/probe9"], "tests/data/probe9")[1] == [1.0]


def test_evidence_learnt_from_one_set_claims_less_than_evidence_every_set_shows() -> None:
    """Two kinds of evidence, each on twenty rows all right: one in every set, one in a single
    set. Leaving that set out moves the second's weight, so the table across the sets is less
    sure of it than of the first, and less sure than the fit on the rows alone."""
    fitted = {"PolNeAR train": [("direct", ("bias",), k < 900, "") for k in range(1_000)]}
    for name in ("a", "b", "c", "d"):
        fitted[name] = [("direct", ("bias",), k < 45, "") for k in range(50)]
        fitted[name] += [("direct", ("bias", "everywhere"), True, "")] * 5
    fitted["a"] += [("direct", ("bias", "one_set"), True, "")] * 20
    sets = ["a", "b", "c", "d"]
    across = calibrate.table_across_sets(fitted, sets, penalty=1.0)
    alone = calibrate.fitted_table(*calibrate.pooled(fitted, sets), penalty=1.0)
    assert across.weights == alone.weights
    assert across.variance(["one_set"]) > across.variance(["everywhere"])
    assert across.of_features(("bias", "one_set")) < alone.of_features(("bias", "one_set"))
    assert across.variance(["everywhere"]) < 1.5 * alone.variance(["everywhere"])


def test_the_penalty_keeps_a_rare_feature_near_the_rest() -> None:
    """Two wrong rows of a rare kind pull its estimate down, not to zero."""
    rows = _rows(("bias",), 1_000, 950) + _rows(("bias", "rare"), 2, 0)
    table = Calibration(calibrate.fit(rows))
    rare = table.of_features(("bias", "rare"))
    assert 0.5 < rare < table.of_features(("bias",)) - 0.01


def test_the_fit_is_deterministic() -> None:
    rows = _rows(("bias", "a"), 300, 280) + _rows(("bias", "a", "b"), 50, 30) + _rows(("bias", "c"), 40, 39)
    assert calibrate.fit(rows) == calibrate.fit(list(rows))
    assert calibrate.fit([]) == {}


def test_evidence_seen_on_few_rows_claims_less_than_its_rate() -> None:
    """Two kinds of evidence right as often, one on 2,000 rows and one on 12: the fit keeps how
    uncertain each weight is, and the rare kind's estimate is drawn toward even odds."""
    rows = (_rows(("bias",), 1_000, 900) + _rows(("bias", "common"), 2_000, 1_980)
            + _rows(("bias", "rare"), 12, 12))
    weights, covariance = calibrate.fit_with_covariance(rows, penalty=0.5)
    assert weights == calibrate.fit(rows, penalty=0.5)  # the same weights, and their covariance beside them
    table, plain = Calibration(weights, covariance), Calibration(weights)
    assert covariance[("rare", "rare")] > 10 * covariance[("common", "common")] > 0
    assert table.variance(("bias", "rare")) > table.variance(("bias", "common"))
    # the common kind's estimate barely moves; the rare kind's, as high without its covariance, falls
    assert table.of_features(("bias", "common")) == pytest.approx(plain.of_features(("bias", "common")), abs=0.002)
    assert table.of_features(("bias", "rare")) < plain.of_features(("bias", "rare")) - 0.005
    assert table.of_features(("bias", "rare")) < table.of_features(("bias", "common"))
    assert 0.5 < table.of_features(("bias", "rare"))  # drawn toward even odds, never past them


def test_a_moderated_estimate_is_the_logistic_of_a_shrunk_score() -> None:
    assert moderated(2.0, 0.0) == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert moderated(2.0, 8 / math.pi) == pytest.approx(1 / (1 + math.exp(-2.0 / math.sqrt(2.0))))
    assert moderated(-2.0, 1.0) == pytest.approx(1 - moderated(2.0, 1.0))
    table = Calibration({"bias": 2.0, "a": 1.0}, {("bias", "bias"): 0.1, ("a", "bias"): -0.05, ("a", "a"): 0.3})
    assert table.variance(("bias", "a")) == pytest.approx(0.1 + 0.3 - 2 * 0.05)  # a pair counts twice
    assert table.variance(("bias", "unknown")) == pytest.approx(0.1)
    assert table.of_features(("a", "bias")) == pytest.approx(moderated(3.0, 0.3))


def test_a_table_reads_back_its_covariance(tmp_path) -> None:
    table = Calibration({"bias": 2.5, "a": -0.5}, {("bias", "bias"): 0.01, ("bias", "a"): -0.002, ("a", "a"): 0.2})
    table.write(tmp_path / "table.tsv", header="fitted on a test")
    read = Calibration.read(tmp_path / "table.tsv")
    assert read.weights == table.weights and read.covariance == table.covariance
    assert read.of_features(("bias", "a")) == pytest.approx(table.of_features(("bias", "a")))


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
    near = Evidence("direct", "continuation", "continuation", detail="same/clear/1", named="paragraph",
                    spoke="paragraph", rivals="0", voices="0", subject="self", peers="1", main="main")
    far = Evidence("direct", "continuation", "continuation", detail="next/voice/1", named="2", spoke="1",
                   voice_between=True, person_between=True, rivals="1", voices="1", subject="other", peers="1",
                   main="main")
    # the order is the evidence's; where the near chain falls against 0.9 is the refitted table's
    assert Calibration.read().confidence(far) < min(0.9, Calibration.read().confidence(near))


RANKED = (
    'Coach Imre Vasko was blunt after the match. "We gave the ball away all night," Vasko said. "Nobody moved."\n'
    "The visitors' striker Tomas Endre scored twice in the last ten minutes. \"The second goal was a gift.\"\n"
    '"We will be back at the training ground at dawn."\n'
)


def test_confidence_ranks_a_cue_in_the_sentence_above_a_chain_across_paragraphs(recorded) -> None:
    """A quotation whose speaker is named in its own sentence is surer than the words of a
    person just introduced, and those than a continuation a paragraph on, after someone new."""
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(RANKED)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    found = {s.span.text: s for s in find_statements(doc, quoted, default_lexicon())}
    cue = found["We gave the ball away all night,"]
    introduced = found["The second goal was a gift."]
    chain = found["We will be back at the training ground at dawn."]
    assert (cue.rule, introduced.rule, chain.rule) == ("cue_after", "introduced", "continuation")
    assert chain.confidence < introduced.confidence < cue.confidence
    # the chain's speaker is the subject of the paragraph before it, which the table finds safer
    # than a chain after another subject (session 8), but it last spoke a paragraph and two
    # sentences back: below the others (not above 0.9 since session 10's table)
    assert cue.confidence > 0.95 and chain.confidence > 0.5


def test_leaving_each_set_out_reports_on_it(capsys) -> None:
    """`--hold-out`: each set is reported on by a table fitted without it, and rows name where
    they come from for `--wrong`."""
    near, far = ("bias", "near"), ("bias", "far")
    fitted = {
        "a": [("direct", near, True, "a.txt 0-9 Ann Lee")] * 40 + [("direct", far, False, "a.txt 10-19 Bo")] * 10,
        "b": [("direct", near, True, "b.txt 0-9 Cy")] * 40 + [("direct", far, False, "b.txt 10-19 Di")] * 10,
    }
    calibrate.hold_out(fitted, ["a", "b"], {}, calibrate.PENALTY, wrong=False)
    printed = capsys.readouterr().out
    assert "a (left out) · direct: 50 rows, 10 wrong" in printed and "b (left out)" in printed
    assert "AUROC 1.000" in printed and "wrong at >= 0.9: 0 of 10" in printed


def test_kept_rows_read_back_with_or_without_where_they_come_from(tmp_path) -> None:
    rows = [("direct", ("bias", "near"), True, "a.txt 0-9 Ann Lee")]
    assert calibrate.source_rows(tmp_path, "a", lambda: rows) == rows
    assert calibrate.source_rows(tmp_path, "a", lambda: []) == rows  # read back, not extracted again
    (tmp_path / "old.rows.tsv").write_text("direct\t0\tbias far\n", encoding="utf-8")
    assert calibrate.source_rows(tmp_path, "old", lambda: []) == [("direct", ("bias", "far"), False, "")]


# --- the evidence of a statement's context (evidence.py) --------------------------------------


def test_a_speakers_name_has_a_shape() -> None:
    from quotex.attribution.evidence import name_shape

    assert name_shape("Imre Vasko") == "full"
    assert name_shape("Vasko") == "one"  # a bare surname, or a part of a longer name
    assert name_shape("former fisherman") == name_shape("38-year-old") == "lower"  # a description, not a name
    assert name_shape("Ursula von der Leyen", frozenset({"von", "der"})) == "full"
    assert name_shape("Bashar al-Assad") == "full"
    assert name_shape(None) == "-"


DESCRIBED = (
    'Coach Imre Vasko was blunt after the final. "We gave the game away," Vasko said.\n'
    "The 26-year-old turned to his coach and waited.\n"
    '"Should I answer that?" he asked.\n'
    '"We will be back at dawn," Vasko said. "Every one of us."\n'
)


def test_a_description_between_a_speaker_and_a_pronoun_is_evidence(recorded) -> None:
    """`The 26-year-old` may be whom `he` stands for: a pronoun resolved past a person the text
    describes without naming is less safe than one with nobody between."""
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(DESCRIBED)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    found = {s.span.text: set(s.evidence) for s in find_statements(doc, quoted, default_lexicon())}
    assert "described_between" in found["Should I answer that?"]
    assert "described_between" not in found["We gave the game away,"]
    assert "shape:full" in found["Every one of us."]


def test_the_new_evidence_becomes_features() -> None:
    evidence = Evidence("direct", "continuation", "continuation", shape="one", described_between=True)
    assert {"shape:one", "described_between", "described_between:continuation"} <= set(evidence.features())
    assert "number:unresolved:singular" in Evidence("direct", "cue_after", "unresolved", number="singular").features()
    assert not any(f.startswith(("shape:", "described_between", "number:")) for f in NAMED.features())


def test_polnear_rows_judged_by_their_mention_lose_their_context() -> None:
    """A pronoun's row in PolNeAR counts right when the mention is right, whoever the pronoun
    was resolved to: it keeps its cue's evidence and an offset, not its context's."""
    pronoun = ("bias", "resolution:direct:pronoun", "named:3+", "gender:agrees", "spoke:1", "sentences:3+",
               "sentences:inferred:3+", "antecedent:other")
    unnamed = ("bias", "resolution:indirect:unresolved", "number:unresolved:singular", "named:never")
    group = ("bias", "resolution:indirect:unresolved", "number:unresolved:plural", "named:never")
    nobody = ("bias", "resolution:direct:unresolved", "mention:pronoun", "named:never")
    short = ("bias", "resolution:direct:explicit", "named:sentence", "partial")
    rows = calibrate.lenient([("direct", pronoun, True, ""), ("indirect", unnamed, True, ""),
                              ("indirect", group, True, ""), ("direct", nobody, True, ""), ("direct", short, True, "")])
    assert rows[0][1] == ("bias", "resolution:direct:pronoun", "lenient:direct:pronoun")
    assert rows[1][1] == ("bias", "resolution:indirect:unresolved", "lenient:indirect:unresolved")
    assert rows[2][1] == group  # a group left unnamed is what PolNeAR's gold says too
    assert rows[3][1] == ("bias", "resolution:direct:unresolved", "lenient:direct:unresolved")  # `she`, no one found
    assert rows[4][1] == (*short, "lenient:direct:partial")  # a name read short keeps its context


# --- session 8: evidence of ambiguity that any text shows -----------------------------------

CROWDED = (
    'Priya Nandakumar opened the meeting at seven. "We start with the budget," she said.\n'
    "Her deputy, Sara Lindqvist, had other plans. Lindqvist wanted the roads first.\n"
    '"The roads cannot wait," she said.\n'
)


def test_a_rival_of_the_speakers_gender_and_another_subject_are_evidence(recorded) -> None:
    """A second woman named near `she said`, and a paragraph about someone else, make a
    pronoun's reading less safe than one with nobody else in reach."""
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(CROWDED)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    found = {s.span.text: s for s in find_statements(doc, quoted, default_lexicon())}
    first, second = found["We start with the budget,"], found["The roads cannot wait,"]
    assert {"rivals:0", "voices:0", "subject:self"} <= set(first.evidence)
    assert second.speaker == "Sara Lindqvist"  # the subject of the sentence before: `Lindqvist wanted …`
    assert {"rivals:1", "rivals:inferred:1", "peers:1", "voices:1", "subject:inferred:self"} <= set(second.evidence)
    assert "peers:0" in first.evidence and "main:main" in first.evidence  # no one named before her


def test_ambiguity_becomes_features_by_how_the_speaker_was_found() -> None:
    from quotex.attribution.confidence import in_bins, rivals

    inferred = Evidence("direct", "cue_after", "pronoun", rivals="2+", voices="1", subject="other", peers="2-3",
                        main="other")
    assert {"rivals:2+", "rivals:inferred:2+", "voices:inferred:1", "subject:other", "subject:inferred:other",
            "peers:2-3", "main:inferred:other"} <= set(inferred.features())
    assert "rivals:named:0" in Evidence("direct", "cue_after", "explicit", rivals="0").features()
    assert not any(f.startswith(("rivals:", "subject:", "main:")) for f in NAMED.features())
    assert [rivals(n) for n in (0, 1, 2, 5)] == ["0", "1", "2+", "2+"]
    assert [in_bins(n, ((1, "1"), (3, "2-3"))) for n in (0, 1, 3, 4, 40)] == ["1", "1", "2-3", "4+", "4+"]


def test_where_the_speaker_was_named_or_spoke_becomes_features_by_how_it_was_found() -> None:
    named = set(Evidence("direct", "cue_after", "explicit").features())
    assert {"named:never", "named:named:never", "spoke:never", "spoke:named:never"} <= named
    inferred = set(Evidence("direct", "cue_after", "pronoun", named="3+", spoke="1").features())
    assert {"named:3+", "named:inferred:3+", "spoke:1", "spoke:inferred:1"} <= inferred
    assert not any(f.startswith(("named:named:", "spoke:named:")) for f in inferred)


def test_the_penalty_is_the_one_the_sets_left_out_find_likeliest(capsys) -> None:
    """A feature that looks safe in one set and not in the other: the set left out is likelier
    when the table leans on that feature less (a larger penalty), and the choice is the same on
    every run."""
    cue, odd = ("bias", "cue"), ("bias", "cue", "odd")
    fitted = {
        "a": [("direct", cue, True, "")] * 90 + [("direct", cue, False, "")] * 10 + [("direct", odd, True, "")] * 20,
        "b": [("direct", cue, True, "")] * 90 + [("direct", cue, False, "")] * 10 + [("direct", odd, False, "")] * 5
        + [("direct", odd, True, "")] * 5,
    }
    chosen = calibrate.chosen_penalty(fitted, ["a", "b"], penalties=(0.01, 8.0))
    assert chosen == 8.0 == calibrate.chosen_penalty(fitted, ["a", "b"], penalties=(0.01, 8.0))
    assert "leave-one-set-out log-likelihood" in capsys.readouterr().err


# --- session 9: a name read short ----------------------------------------------------------

SHORT_NAMES = (
    'The letter came from the Office of the Harbour Ombudsman on Friday. "Every complaint will be read," '
    "the Office said.\n",
)
WHOLE_NAMES = (
    'Ivo Brandt chairs the board. "Costs are falling," Brandt said on Tuesday.\n',
    'Ann Marsh runs the ferry with her brother. "We never miss a crossing," Marsh said.\n',
    # read short while the tagger took `Greta` for a word of its own; a given name before a
    # double-barrelled surname is now the name's (`parse.names.given_name_read_as_adjective`)
    'Greta Holmqvist-Adeyemi founded the bakery in 2009. "Bread is patience," Greta said.\n',
)


@pytest.mark.parametrize("text", SHORT_NAMES)
def test_a_speakers_name_read_short_of_the_name_the_text_gives_is_evidence(recorded, text) -> None:
    """A speaker whose name is part of a longer name the text gives (`Greta` of `Greta
    Holmqvist-Adeyemi`, `Office` of `Office of the Harbour Ombudsman`) was read short or left apart from
    its person: its own evidence, whatever its rule."""
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(text)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    (statement,) = find_statements(doc, quoted, default_lexicon())
    assert "partial" in statement.evidence and "partial:direct" in statement.evidence


@pytest.mark.parametrize("text", WHOLE_NAMES)
def test_a_whole_name_or_a_date_after_it_is_no_name_read_short(recorded, text) -> None:
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(text)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    (statement,) = find_statements(doc, quoted, default_lexicon())
    assert statement.speaker is not None and not any(f.startswith("partial") for f in statement.evidence)


def test_a_name_splits_at_spaces_and_hyphens() -> None:
    from quotex.attribution.evidence import name_words

    assert name_words("Kwon Min-seo") == {"Kwon", "Min", "seo"}
    assert name_words("Kwon Min") < name_words("Kwon Min-seo")
    assert "partial:indirect" in Evidence("indirect", "reported", "explicit", partial=True).features()


# --- session 10: evidence that separates right from wrong rows on unseen text --------------

SENTENCES_BACK = (
    'Ysolde Oskarsdottir runs the harbour trust. "The pier needs work," she said.\n'
    "Corwenna Pemberthy, who chairs the council, said she had read the survey.\n"
    '"Nobody will pay for it this year," Oskarsdottir said.\n'
)


def test_how_many_sentences_back_the_speaker_was_named_or_spoke_is_evidence(recorded) -> None:
    """A pronoun a sentence after its person's name, and a name two sentences after the
    speaker's last words, carry the distance in sentences (paragraphs aside)."""
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(SENTENCES_BACK)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    found = {s.span.text: s for s in find_statements(doc, quoted, default_lexicon())}
    assert {"sentences:1", "sentences:inferred:1"} <= set(found["The pier needs work,"].evidence)
    assert {"sentences:2", "sentences:named:2"} <= set(found["Nobody will pay for it this year,"].evidence)
    assert "sentences:named:3+" in Evidence("direct", "cue_after", "explicit", sentences="3+").features()


ANTECEDENTS = {
    "subject": 'Wystan Caddock opened the inquiry on Monday.\n"We will hear every witness," he said.\n',
    "other": 'The board thanked Wystan Caddock for his report on Monday.\n"We will hear every witness," he said.\n',
}


@pytest.mark.parametrize("role", sorted(ANTECEDENTS))
def test_what_the_speakers_last_name_was_in_its_clause_is_evidence(recorded, role) -> None:
    """A pronoun that goes back to a clause's subject is safer than one that goes back to a
    person the text named in passing (an object, a possessor)."""
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(ANTECEDENTS[role])
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    (statement,) = find_statements(doc, quoted, default_lexicon())
    assert statement.speaker == "Wystan Caddock"
    assert {f"antecedent:{role}", f"antecedent:inferred:{role}"} <= set(statement.evidence)


TOPIC = (
    'Yselka Tregallow chairs the harbour board. "The pier needs work," she said.\n'
    "Her neighbour, Idony Glanvorth, keeps the boats. Tregallow sat beside her at the hearing.\n"
    '"Nobody will pay for it," she said.\n'
)


def test_who_the_paragraph_before_a_statement_is_about_is_evidence(recorded) -> None:
    """A paragraph that opens on someone else than the speaker, though its last subject is the
    speaker, leaves a pronoun after it less safe: the paragraph's topic is its own evidence."""
    from quotex.attribution.statements import find_statements
    from quotex.lexicon import default_lexicon

    doc = recorded.nlp(TOPIC)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    found = {s.span.text: s for s in find_statements(doc, quoted, default_lexicon())}
    first, second = found["The pier needs work,"], found["Nobody will pay for it,"]
    assert {"topic:self", "topic:inferred:self"} <= set(first.evidence)
    assert second.speaker == "Yselka Tregallow"
    assert {"subject:self", "topic:other", "topic:inferred:other"} <= set(second.evidence)
    assert "topic:named:none" in Evidence("direct", "cue_after", "explicit", topic="none").features()
