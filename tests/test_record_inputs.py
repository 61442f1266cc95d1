"""Articles as records (JSON Lines, CSV) through the real commands: text, id and kept fields."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotex.cli import main

pytestmark = pytest.mark.model

ARTICLES = [
    {"text": "\u201cThe pier will open in May,\u201d Mayor Ellen Brandt said.", "url": "https://example.org/a", "title": "Pier", "outlet": "Gazette"},
    {"url": "https://example.org/b", "title": "A record without text"},
    {"text": "\u201cWe are ready,\u201d the coach, Ola Berg, told reporters.", "url": "https://example.org/c", "title": "Ready", "outlet": "Post"},
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "news.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    with open(folder / "news.csv", "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["key", "title", "body"])
        writer.writeheader()
        writer.writerow({"key": "k1", "title": "Pier", "body": ARTICLES[0]["text"]})
        writer.writerow({"key": "k2", "title": "Ready", "body": ARTICLES[2]["text"]})
    return folder


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, [*args, "-j", "1"], input=input, catch_exceptions=False)


def test_json_lines_articles_carry_their_kept_fields_and_a_record_without_text_is_one_error(folder: Path) -> None:
    result = run("extract", str(folder / "news.jsonl"), "--keep-fields", "url,title")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["file"].rsplit("/", 1)[-1], r["speaker"]) for r in records] == [("news.jsonl:1", "Ellen Brandt"), ("news.jsonl:3", "Ola Berg")]
    assert records[0]["article"] == {"url": "https://example.org/a", "title": "Pier"}
    assert records[0]["text"] == "The pier will open in May,"
    assert result.stderr.splitlines() == [f"Error: {folder / 'news.jsonl'}:2: no text in field 'text' (missing; --text-field names another)"]
    assert result.exit_code == 1


def test_csv_articles_with_a_text_and_an_id_field_keep_all_their_fields_in_csv_and_tsv(folder: Path) -> None:
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        result = run("extract", str(folder / "news.csv"), "--text-field", "body", "--id-field", "key", "--keep-fields", "all", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter=delimiter))
        assert [(row["file"].rsplit("/", 1)[-1], row["article_key"], row["article_title"]) for row in rows] == [
            ("news.csv:k1", "k1", "Pier"),
            ("news.csv:k2", "k2", "Ready"),
        ]
        assert "article_body" not in rows[0]  # the text is the article, not a field of it


def test_input_format_reads_standard_input_as_records(folder: Path) -> None:
    piped = (folder / "news.jsonl").read_text(encoding="utf-8")
    result = run("extract", "-", "--input-format", "jsonl", "--keep-fields", "outlet", "--format", "json", input=piped)
    assert [(r["file"], r["article"]) for r in json.loads(result.stdout)] == [("-:1", {"outlet": "Gazette"}), ("-:3", {"outlet": "Post"})]


def test_speakers_and_report_read_articles_too(folder: Path, tmp_path: Path) -> None:
    speakers = run("speakers", str(folder / "news.csv"), "--text-field", "body", "--format", "json")
    assert sorted(row["speaker"] for row in json.loads(speakers.stdout)) == ["Ellen Brandt", "Ola Berg"]
    page = tmp_path / "r.html"
    report = run("report", str(folder / "news.jsonl"), "-o", str(page))
    assert report.exit_code == 1 and "news.jsonl:2: no text" in report.stderr  # the run goes on
    assert "Wrote" in report.stderr and "2 quotations from 2 articles" in report.stderr
    assert "We are ready" in page.read_text(encoding="utf-8")
