"""`quotex eval` through Click's CliRunner, on files the tests write (no model needed)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import quotex
from quotex.cli.eval import eval_command
from quotex.output.records import Mention, Quote

TEXT = '“We are ready,” Lavrov said. Critics said the talks were a sham. Peskov agreed.\n'


def piece(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def gold_row(fragment: str, type_: str, speaker: str | None, **extra: Any) -> dict[str, Any]:
    start, end = piece(fragment)
    return {"doc": "a.txt", "type": type_, "start": start, "end": end, "text": fragment,
            "speaker": speaker, "optional": False, **extra}


def prediction(fragment: str, kind: str, speaker: str | None, file: str) -> dict[str, Any]:
    start, end = piece(fragment)
    return {"file": file, "id": "x", "kind": kind, "text": fragment, "start": start, "end": end,
            "speaker": speaker, "speaker_mention": None, "cue": None, "resolution": "explicit",
            "confidence": 1.0, "paragraph": 0}


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    article = tmp_path / "texts" / "a.txt"
    article.parent.mkdir()
    article.write_text(TEXT, encoding="utf-8")
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        gold_row("We are ready", "direct", "Lavrov"),
        gold_row("the talks were a sham", "indirect", None),
        gold_row("Peskov agreed", "indirect", "Peskov"),
    ])
    pred = write_jsonl(tmp_path / "pred.jsonl", [
        prediction("“We are ready,”", "direct", "Sergey Lavrov", str(article)),
        prediction("the talks were a sham", "indirect", "Critics", str(article)),
        prediction("Critics said", "direct", None, str(article)),
        prediction("We are ready", "direct", "Lavrov", "elsewhere/b.txt"),
    ])
    return {"article": article, "gold": gold, "pred": pred}


def run(*args: str) -> Any:
    return CliRunner().invoke(eval_command, list(args))


def test_json_figures(files: dict[str, Path]) -> None:
    result = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--format", "json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["criteria"] == ["union>=0.5", "gold-coverage>=0.3", "gold-coverage>=0.8"]
    assert figures["ignored_predictions"] == 1
    direct = figures["families"]["direct"]["union>=0.5"]
    assert (direct["tp"], direct["fp"], direct["fn"]) == (1, 1, 0)
    assert (direct["precision"], direct["recall"], direct["speaker_accuracy"]) == (0.5, 1.0, 1.0)
    indirect = figures["families"]["indirect"]["union>=0.5"]
    assert (indirect["tp"], indirect["fp"], indirect["fn"]) == (1, 0, 1)
    assert indirect["speaker_total"] == 0 and indirect["speaker_accuracy"] is None
    assert "problems" not in figures
    assert "1 predictions for files without gold" in result.stderr


def test_table(files: dict[str, Path]) -> None:
    result = run("--gold", str(files["gold"]), "--pred", str(files["pred"]))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any("direct" in line and "union>=0.5" in line and "50.0" in line for line in lines)
    assert sum("gold-coverage>=0.8" in line for line in lines) == 2
    assert "gold: 1 direct, 2 indirect required; 0 optional" in result.stdout


def test_misses_in_context(files: dict[str, Path]) -> None:
    result = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--misses")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "false alarm · direct · a.txt:29-41  predicted: None" in out
    assert "    …“We are ready,” Lavrov said. «Critics said» the talks were a sham. Peskov agreed. …" in out
    assert "miss · indirect · a.txt:65-78  gold: Peskov" in out


def test_misses_in_json(files: dict[str, Path]) -> None:
    result = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--misses", "--format", "json")
    problems = json.loads(result.stdout)["problems"]
    assert [(p["family"], p["problem"], p["text"]) for p in problems] == [
        ("direct", "false alarm", "Critics said"),
        ("indirect", "miss", "Peskov agreed"),
    ]


def test_extraction_from_paths(files: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    class Extractor:
        def extract(self, text: str, *, file: str) -> list[Quote]:
            start, end = piece("We are ready")
            mention = Mention("Lavrov", *piece("Lavrov"))
            return [Quote(file, "direct", text[start:end], start, end, "Lavrov", mention, None,
                          "explicit", 0.9, 0)]

    monkeypatch.setattr(quotex, "load", lambda model=None: Extractor())
    result = run("--gold", str(files["gold"]), str(files["article"].parent), "--format", "json")
    assert result.exit_code == 0, result.output
    direct = json.loads(result.stdout)["families"]["direct"]["union>=0.5"]
    assert (direct["tp"], direct["fp"], direct["fn"], direct["speaker_correct"]) == (1, 0, 0, 1)


@pytest.mark.parametrize(("args", "message"), [
    ([], "give either --gold or --polnear"),
    (["--gold", "{gold}"], "give either PATH... to extract from or --pred"),
    (["--gold", "{gold}", "--pred", "{pred}", "{article}"], "give either PATH... to extract from or --pred"),
    (["--polnear", "{root}", "--split", "test"], "test split is held out"),
])
def test_usage_errors(files: dict[str, Path], args: list[str], message: str) -> None:
    paths = {key: str(path) for key, path in files.items()} | {"root": str(files["gold"].parent)}
    result = run(*(arg.format(**paths) for arg in args))
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_bad_prediction_file_is_one_error_line(files: dict[str, Path]) -> None:
    files["pred"].write_text('{"file": "a.txt", "kind": "direct"}\nnot json\n', encoding="utf-8")
    result = run("--gold", str(files["gold"]), "--pred", str(files["pred"]))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1
    assert "line 2: not JSON" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_prediction_without_offsets_is_named(files: dict[str, Path]) -> None:
    files["pred"].write_text('{"file": "a.txt", "kind": "direct", "text": "x"}\n', encoding="utf-8")
    result = run("--gold", str(files["gold"]), "--pred", str(files["pred"]))
    assert result.exit_code == 1
    assert result.stderr == "Error: prediction 1: missing field 'start'\n"


def test_polnear_gold_with_saved_predictions(tmp_path: Path) -> None:
    split = tmp_path / "data" / "dev"
    (split / "text").mkdir(parents=True)
    (split / "attributions").mkdir()
    (split / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    (split / "text" / "empty.txt").write_text("Nothing here.\n", encoding="utf-8")
    (split / "attributions" / "empty_1234.ann").write_text("", encoding="utf-8")
    quote, source = piece("“We are ready,”"), piece("Lavrov")
    critics = piece("the talks were a sham")
    (split / "attributions" / "a_1234.ann").write_text(
        f"T1\tContent {quote[0]} {quote[1]}\t“We are ready,”\n"
        f"T2\tSource {source[0]} {source[1]}\tLavrov\n"
        "E1\tAttribution:T1 Content:T1 Source:T2\n"
        f"T3\tContent {critics[0]} {critics[1]}\tthe talks were a sham\n"
        "E2\tAttribution-no-source:T3 Content:T3\n",
        encoding="utf-8",
    )
    pred = write_jsonl(tmp_path / "pred.jsonl", [
        prediction("We are ready", "direct", "Lavrov", "data/dev/text/a.txt"),
        prediction("talks were", "direct", None, "data/dev/text/a.txt"),  # overlaps gold: forgiven
        prediction("Peskov agreed", "indirect", None, "data/dev/text/a.txt"),  # overlaps nothing
        prediction("Peskov agreed", "indirect", None, "empty.txt"),  # an article without gold
    ])
    result = run("--polnear", str(tmp_path), "--split", "dev", "--pred", str(pred), "--format", "json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["gold"] == "PolNeAR dev" and figures["gold_rows"] == 2
    direct = figures["families"]["direct"]["union>=0.5"]
    indirect = figures["families"]["indirect"]["union>=0.5"]
    assert (direct["tp"], direct["fp"], direct["fn"], direct["speaker_correct"]) == (1, 0, 0, 1)
    assert (indirect["tp"], indirect["fp"], indirect["fn"]) == (0, 2, 1)
