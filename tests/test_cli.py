"""The real `quotex` command, through Click's runner and through a real pipe."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotex.cli import main

pytestmark = pytest.mark.model

ARTICLE = (
    "Harbour plans\n\n"
    "\u201cWe will rebuild the pier before winter,\u201d Mayor Ellen Brandt said on Monday.\n\n"
    "The council's vote came late. \u201cNobody expected it,\u201d she added.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_piped_output_is_json_lines_with_true_offsets(article: Path) -> None:
    result = run("extract", str(article))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["speaker"] for r in records] == ["Ellen Brandt", "Ellen Brandt"]
    content = article.read_text(encoding="utf-8")
    for record in records:
        assert content[record["start"] : record["end"]] == record["text"]
        mention = record["speaker_mention"]
        assert content[mention["start"] : mention["end"]] == mention["text"]
    assert records[1]["resolution"] == "pronoun"
    assert records[0]["cue"]["text"] == "said"


def test_json_is_one_array(article: Path) -> None:
    result = run("extract", "--format", "json", str(article))
    assert [r["text"] for r in json.loads(result.output)] == [
        "We will rebuild the pier before winter,",
        "Nobody expected it,",
    ]


def test_json_of_nothing_is_an_empty_array(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert json.loads(run("extract", "--format", "json", str(empty)).output) == []


def test_csv_has_a_header_and_flat_columns(article: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("extract", "--format", "csv", str(article)).output)))
    assert rows[0]["speaker"] == "Ellen Brandt"
    assert rows[0]["cue_text"] == "said"


def test_csv_cells_never_run_as_formulas(tmp_path: Path) -> None:
    path = tmp_path / "formula.txt"
    path.write_text('"=SUM(A1:A9) is all we need," the clerk said.\n', encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("extract", "--format", "csv", str(path)).output)))
    assert rows[0]["text"].startswith("'=")


def test_table_names_speaker_and_file(article: Path) -> None:
    output = CliRunner().invoke(main, ["extract", "--format", "table", str(article)], env={"COLUMNS": "160"}).output
    assert "Ellen Brandt" in output and "harbour.txt" in output and "2 quotations" in output


def test_standard_input(article: Path) -> None:
    result = run("extract", "-", input=ARTICLE)
    assert [json.loads(line)["file"] for line in result.output.splitlines()] == ["-", "-"]


def test_kind_filter(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text('The mayor said that the pier "will stand for a hundred years."\n', encoding="utf-8")
    assert run("extract", "--kind", "direct", str(path)).output == ""
    assert json.loads(run("extract", "--kind", "mixed", str(path)).output)["kind"] == "mixed"


def test_unknown_kind_is_a_usage_error(article: Path) -> None:
    assert run("extract", "--kind", "gossip", str(article)).exit_code == 2


def test_bad_input_names_the_file_and_the_others_go_on(article: Path, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(binary), str(tmp_path / "missing.txt"), str(article), "-o", str(output)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 2 and "image.txt" in errors[0] and "missing.txt" in errors[1]
    assert "Traceback" not in result.output
    assert len(output.read_text(encoding="utf-8").splitlines()) == 2


def test_output_file_is_written_atomically(article: Path, tmp_path: Path) -> None:
    output = tmp_path / "quotes.csv"
    assert run("extract", "--format", "csv", "-o", str(output), str(article)).exit_code == 0
    assert output.read_text(encoding="utf-8").startswith("file,id,kind")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbour.txt", "quotes.csv"]


def test_unknown_model_says_how_to_install_one(article: Path) -> None:
    result = CliRunner().invoke(main, ["extract", "--model", "xx_no_such_pipeline", str(article)])
    assert result.exit_code == 1
    assert "'xx_no_such_pipeline' is not installed; install it" in result.output and "Traceback" not in result.output


def test_real_pipe_into_a_json_parser(article: Path) -> None:
    quotex = subprocess.run(
        [sys.executable, "-m", "quotex", "extract", str(article)], capture_output=True, check=True
    )
    parser = subprocess.run(
        [sys.executable, "-c", "import json,sys; print(len([json.loads(l) for l in sys.stdin]))"],
        input=quotex.stdout,
        capture_output=True,
        check=True,
    )
    assert parser.stdout.strip() == b"2"


def test_help_does_not_import_spacy() -> None:
    probe = "import sys; from quotex.cli import main; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False).stdout.strip() == "False"


def test_csv_keeps_the_name_of_standard_input() -> None:
    rows = list(csv.DictReader(io.StringIO(run("extract", "--format", "csv", "-", input=ARTICLE).output)))
    assert {row["file"] for row in rows} == {"-"}


def test_ids_name_the_article_whatever_the_folder_or_the_copy(article: Path, tmp_path: Path, monkeypatch, extractor) -> None:
    """`id` comes from the article's text, kind and offsets: the same from any folder, for any copy, in chunks."""
    from quotex.running.api import Extractor

    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    copy.write_text(ARTICLE, encoding="utf-8")
    runs = []
    for folder, name in ((tmp_path, "harbour.txt"), (copy.parent, str(article)), (copy.parent, "copy.txt")):
        monkeypatch.chdir(folder)
        result = run("extract", name)
        assert result.exit_code == 0, result.output
        records = [json.loads(line) for line in result.output.splitlines()]
        assert {r["file"] for r in records} == {name}  # the path as given
        runs.append({(r["kind"], r["start"], r["end"]): r["id"] for r in records})
    assert runs[0] == runs[1] == runs[2] and len(set(runs[0].values())) == 2
    chunked = Extractor(extractor.nlp, chunk_size=60).extract(ARTICLE)  # pieces of the text: ids of the whole
    assert {(q.kind, q.start, q.end): q.id for q in chunked} == runs[0]
