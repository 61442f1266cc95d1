"""The PolNeAR converter, on a tiny brat corpus written here (no PolNeAR text)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from quotex.evaluation.polnear import (
    check_offsets,
    choose_annotations,
    classify,
    convert,
    delimited,
    document_rows,
    is_communication_cue,
    name_of_source,
    parse_ann,
    quoted_characters,
    speech_only,
    text_files,
    write_gold,
)
from quotex.evaluation.scoring import load_gold
from quotex.lexicon import default_lexicon

ARTICLE_A = (
    "Mayor vows to fix roads\n\n"
    "“We will fix every road by June,” Mayor Ana Núñez said on Monday.\n\n"
    "The council said that the budget was too small.\n\n"
    "Núñez promised a “thorough review” of the contracts.\n\n"
    "“The roads are a disgrace,” she said. “People are angry.”\n\n"
    "It is said that the mayor is popular.\n\n"
    "“Roads matter. Bridges matter too,” the engineer said.\n"
)
ARTICLE_B = "“Prices will fall,” the minister said, adding that wages would rise.\n"


class Brat:
    """Writes brat lines for pieces of a text, found by their first occurrence (after `after`)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[str] = []

    def t(self, tid: str, label: str, *pieces: str, after: str = "") -> None:
        offsets = []
        for piece in pieces:
            start = self.text.index(piece, self.text.index(after))
            offsets.append(f"{start} {start + len(piece)}")
        self.lines.append(f"{tid}\t{label} {';'.join(offsets)}\t{' '.join(pieces)}")

    def e(self, eid: str, label: str, *roles: str) -> None:
        self.lines.append(f"{eid}\t{label}:T0 {' '.join(roles)}")

    def __str__(self) -> str:
        return "\n".join(self.lines) + "\n"


def annotation_a() -> Brat:
    brat = Brat(ARTICLE_A)
    brat.t("T1", "Source", "Mayor Ana Núñez")
    brat.t("T2", "Cue", "said on")
    brat.t("T3", "Content", "“We will fix every road by June,”")  # marks inside the span
    brat.e("E1", "Attribution", "Content:T3", "Cue:T2", "Source:T1")
    brat.t("T4", "Source", "The council")
    brat.t("T5", "Content", "that the budget was too small")
    brat.e("E2", "Attribution", "Content:T5", "Source:T4")
    brat.t("T6", "Source", "Núñez", after="small")
    brat.t("T7", "Content", "a “thorough review” of the contracts")
    brat.e("E3", "Attribution", "Content:T7", "Source:T6")
    brat.t("T8", "Source", "she")
    brat.t("T9", "Content", "The roads are a disgrace", "People are angry.")  # marks outside, discontinuous
    brat.e("E4", "Attribution", "Content:T9", "Source:T8")
    brat.t("T10", "Cue", "It is said")
    brat.t("T11", "Content", "that the mayor is popular")
    brat.e("E5", "Attribution-no-source", "Content:T11", "Cue:T10")
    brat.t("T13", "Source", "the engineer")
    brat.t("T14", "Content", "Bridges matter too,”")  # one sentence of a longer quotation
    brat.e("E6", "Attribution", "Content:T14", "Source:T13")
    # A span over two paragraphs: its text in the .ann holds newlines.
    brat.t("T12", "Discuss", "too small.\n\nNúñez")
    return brat


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    split = tmp_path / "data" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (split / "text" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (split / "attributions" / "a_1111.ann").write_text(str(annotation_a()), encoding="utf-8")
    second = Brat(ARTICLE_A)  # a second annotator's file for the same article: not used
    second.t("T1", "Content", "Mayor vows to fix roads")
    second.e("E1", "Attribution-no-source", "Content:T1")
    (split / "attributions" / "a_2222.ann").write_text(str(second), encoding="utf-8")
    b = Brat(ARTICLE_B)
    b.t("T1", "Source", "the minister")
    b.t("T2", "Content", "Prices will fall")
    b.t("T3", "Content", "that wages would rise")
    b.e("E1", "Attribution", "Source:T1", "Content:T2", "Content2:T3")
    (split / "attributions" / "b_abcd.ann").write_text(str(b), encoding="utf-8")
    return tmp_path


def test_conversion_rules(corpus: Path) -> None:
    rows = convert(corpus, "dev")
    assert [(r.doc, r.type, r.optional, r.text, r.speaker) for r in rows] == [
        ("a.txt", "direct", False, "“We will fix every road by June,”", "Mayor Ana Núñez"),
        ("a.txt", "indirect", False, "that the budget was too small", "The council"),
        ("a.txt", "mixed", True, "a “thorough review” of the contracts", "Núñez"),
        ("a.txt", "direct", False, "The roads are a disgrace", "she"),
        ("a.txt", "direct", False, "People are angry.", "she"),
        ("a.txt", "indirect", False, "that the mayor is popular", None),
        ("a.txt", "direct", True, "Bridges matter too,”", "the engineer"),
        ("b.txt", "direct", False, "Prices will fall", "the minister"),
        ("b.txt", "indirect", False, "that wages would rise", "the minister"),
    ]
    for row in rows:
        text = ARTICLE_A if row.doc == "a.txt" else ARTICLE_B
        assert text[row.start:row.end] == row.text
        if row.speaker is not None:
            assert text[row.speaker_start:row.speaker_end] == row.speaker


def test_rows_keep_the_annotated_cue(corpus: Path) -> None:
    cues = {row.text: row.cue for row in convert(corpus, "dev")}
    assert cues["“We will fix every road by June,”"] == "said on"
    assert cues["that the mayor is popular"] == "It is said"
    assert cues["that the budget was too small"] is None


@pytest.mark.parametrize(("cue", "expected"), [
    ("said", True), ("has told", True), ("pointed out", True), ("According to", True),
    ("vowed", True), ("seems", False), ("wants", False), ("found", False), (None, False),
    ("laid out", True), ("is going to", False), ("weighed", False),
])
def test_communication_cues(cue: str | None, expected: bool) -> None:
    assert is_communication_cue(cue, default_lexicon()) is expected


def test_speech_only_makes_other_indirect_rows_optional(corpus: Path) -> None:
    rows = convert(corpus, "dev")
    indirect = [i for i, row in enumerate(rows) if row.type == "indirect"]
    rows[indirect[0]] = dataclasses.replace(rows[indirect[0]], cue="believes")
    rows[indirect[1]] = dataclasses.replace(rows[indirect[1]], cue="has said")
    scoped = speech_only(rows, default_lexicon())
    assert (scoped[indirect[0]].optional, scoped[indirect[1]].optional) == (True, False)
    assert scoped[indirect[2]].optional  # no cue annotated at all
    others = [i for i in range(len(rows)) if i not in indirect]
    assert [scoped[i] for i in others] == [rows[i] for i in others]


def test_one_annotation_per_text_the_first_annotator(corpus: Path) -> None:
    chosen = choose_annotations(corpus / "data" / "dev" / "attributions")
    assert {name: path.name for name, path in chosen.items()} == {"a.txt": "a_1111.ann", "b.txt": "b_abcd.ann"}


def test_the_test_split_is_refused(corpus: Path) -> None:
    with pytest.raises(ValueError, match="test is held out"):
        convert(corpus, "test")
    with pytest.raises(ValueError):
        text_files(corpus, "test")


def test_a_span_over_paragraphs_is_read_whole(corpus: Path) -> None:
    bounds = parse_ann(str(annotation_a())).textbounds
    assert bounds["T12"].text == "too small.\n\nNúñez"
    assert bounds["T9"].fragments[0][0] < bounds["T9"].fragments[1][0]


def test_offsets_check(corpus: Path) -> None:
    result = check_offsets(corpus, "dev")
    assert result.checked == 17 and result.mismatches == []
    ann = corpus / "data" / "dev" / "attributions" / "b_abcd.ann"
    ann.write_text(ann.read_text(encoding="utf-8").replace("Source 20", "Source 21"), encoding="utf-8")
    assert len(check_offsets(corpus, "dev").mismatches) == 1


def test_written_gold_reads_back(corpus: Path, tmp_path: Path) -> None:
    rows = convert(corpus, "dev")
    write_gold(rows, tmp_path / "dev.gold.jsonl")
    assert load_gold(tmp_path / "dev.gold.jsonl") == rows


def quoted(text: str) -> str:
    """The characters of `text` that stand inside quotation marks."""
    return "".join(c for c, inside in zip(text, quoted_characters(text), strict=False) if inside)


@pytest.mark.parametrize(("text", "inside"), [
    ("He said “don’t go” today", "don’t go"),
    ('He said "don\'t go" today', "don't go"),
    ("Doe‘s plan, ‘a wall’ now", "a wall"),
    ("“Nested ‘inner’ words,” he said", "Nested ‘inner’ words,"),
    ('"Outer “inner” outer" then', "Outer “inner” outer"),
    ("“Unclosed paragraph\nnot quoted", "Unclosed paragraph"),
    ("Then ”mistyped” opener", "mistyped"),
    ("He said, ''it's late,'' and left", "it's late,"),
    ("“Stray ‘single,” then", "Stray ‘single,"),
])
def test_quoted_characters(text: str, inside: str) -> None:
    assert quoted(text) == inside


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("He said “We will win.” Then", "We will win", True),
    ("He said “We will win.” Then", "“We will win.”", True),
    ("“We will win. They will lose,” he said", "They will lose", False),
    ("“We will win. They will lose,” he said", "We will win", False),
    ("“A quotation that runs on\nNext", "A quotation that runs on", True),
])
def test_delimited_by_its_marks(text: str, span: str, expected: bool) -> None:
    start = text.index(span)
    assert delimited(text, quoted_characters(text), start, start + len(span)) is expected


def test_classify_by_quoted_words() -> None:
    text = "He spoke of a “thorough review” of “all of it.”"
    mask = quoted_characters(text)
    assert classify(text, mask, text.index("thorough"), text.index(" review") + 7) == "direct"
    assert classify(text, mask, text.index("a “"), len(text)) == "mixed"
    assert classify(text, mask, 0, text.index(" of")) == "indirect"
    assert classify(text, mask, text.index("“"), text.index("“") + 1) is None


@pytest.mark.parametrize(
    "source, name",
    [
        ("Odile Marchetti, chief economist at Harlow Bank", "Odile Marchetti"),
        ("Senator Ray Osei (D-Vt.)", "Senator Ray Osei"),
        ("the senator, Ray Osei", "the senator, Ray Osei"),
        ("Osei", "Osei"),
    ],
)
def test_a_source_span_gives_its_name_without_the_description_after_it(source, name) -> None:
    assert name_of_source(source) == name


def test_a_source_and_cue_annotated_the_wrong_way_round_are_swapped() -> None:
    text = "“Roads matter,” Mayor Ana Núñez said.\n"
    brat = Brat(text)
    brat.t("T1", "Source", "said")
    brat.t("T2", "Cue", "Mayor Ana Núñez")
    brat.t("T3", "Content", "Roads matter")
    brat.e("E1", "Attribution", "Content:T3", "Cue:T2", "Source:T1")
    (row,) = document_rows("a.txt", text, parse_ann(str(brat)))
    assert (row.speaker, row.cue) == ("Mayor Ana Núñez", "said")
