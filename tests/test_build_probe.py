"""scripts/build_probe.py: a probe set's gold built from marked sources, and `--check`, which reads a
built set back from its files alone (docs/history/PROBE7.md). Texts written for these tests."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from build_probe import FIELDS, build, check  # noqa: E402

SOURCE = (
    "⟪i|Tarn Harbour Office⟫The ferry will run again on Monday⟪⟫, the harbour office said.\n\n"
    '"⟪d|Mara Lindell⟫We start at dawn,⟪⟫" Mara Lindell said. She said ⟪i?|Mara Lindell⟫the boats were "⟪d|Mara Lindell⟫ready⟪⟫"⟪⟫.\n'
)


def _write(folder: Path, articles: dict[str, str], rows: list[dict]) -> None:
    for name, content in articles.items():
        (folder / name).write_text(content, encoding="utf-8")
    lines = [json.dumps({key: row[key] for key in FIELDS}, ensure_ascii=False) for row in rows]
    (folder / "mini.gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_built_set_reads_back_sound(tmp_path: Path) -> None:
    content, rows = build(SOURCE, "a.txt")
    assert [row["text"] for row in rows] == [
        "The ferry will run again on Monday",
        "We start at dawn,",
        'the boats were "ready"',
        "ready",
    ]
    assert [row["optional"] for row in rows] == [False, False, True, False]
    _write(tmp_path, {"a.txt": content}, rows)
    assert check(tmp_path, "mini") == ([], [])


def test_check_finds_shifted_offsets_an_article_without_rows_and_a_bad_line(tmp_path: Path) -> None:
    content, rows = build(SOURCE, "a.txt")
    rows[1] = {**rows[1], "start": rows[1]["start"] + 1}
    _write(tmp_path, {"a.txt": content, "b.txt": "Nobody speaks here.\n"}, rows)
    with (tmp_path / "mini.gold.jsonl").open("a", encoding="utf-8") as gold:
        gold.write("{not json\n")
    problems, _ = check(tmp_path, "mini")
    assert len(problems) == 3
    assert problems[0].startswith("line 2: the offsets slice")
    assert problems[1].startswith("line 5: ")
    assert problems[2] == "b.txt: no rows"


def test_check_notes_a_required_indirect_row_that_holds_a_double_mark(tmp_path: Path) -> None:
    content, rows = build(SOURCE, "a.txt")
    rows[2] = {**rows[2], "optional": False}
    _write(tmp_path, {"a.txt": content}, rows)
    problems, notes = check(tmp_path, "mini")
    assert problems == []
    assert len(notes) == 1 and "double quotation mark" in notes[0]
