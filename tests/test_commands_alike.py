"""The commands speak alike, through the real CLI: -o formats, output checks first, messages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotex.cli import main

LONG = (
    "\u201cThe new pier will carry the ferries, the fishing boats and the lifeboat crew through every "
    "winter storm for the next fifty years,\u201d Harbour Master Ines Calloway said.\n"
)


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", ["extract", "speakers"])
def test_an_unknown_output_extension_is_an_error_listing_the_known_ones(command: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LONG, encoding="utf-8")
    result = run(command, str(tmp_path / "a.txt"), "-o", str(tmp_path / "quotes.txt"))
    assert result.exit_code == 2
    assert "no format writes '.txt' files" in result.stderr
    assert all(extension in result.stderr for extension in (".jsonl", ".json", ".csv", ".tsv"))
    assert not (tmp_path / "quotes.txt").exists()


def test_report_checks_its_output_folder_before_extracting(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LONG, encoding="utf-8")
    result = run("report", str(tmp_path / "a.txt"), "-o", str(tmp_path / "missing" / "r.html"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and "Wrote" not in result.stderr


def test_an_error_never_suggests_the_glob_the_user_gave(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("extract", str(tmp_path / "empty"), "--glob", "*.md")
    assert "--glob '*.md'; choose others" in result.stderr
    assert "e.g., --glob '*.md'" not in result.stderr


@pytest.mark.model
def test_speakers_write_the_whole_quotation_in_data_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LONG, encoding="utf-8")
    whole = "The new pier will carry the ferries, the fishing boats and the lifeboat crew through every winter storm for the next fifty years,"
    rows = json.loads(run("speakers", str(tmp_path / "a.txt"), "-j", "1", "-q", "--format", "json").stdout)
    assert rows[0]["top_quotation"] == whole
    tsv = run("speakers", str(tmp_path / "a.txt"), "-j", "1", "-q", "--format", "tsv", "--kind", "direct").stdout
    assert list(csv.DictReader(io.StringIO(tsv), delimiter="\t"))[0]["top_quotation"] == whole
    nobody = run("speakers", str(tmp_path / "a.txt"), "-j", "1", "--speaker", "Somebody Else", "--format", "json")
    assert json.loads(nobody.stdout) == []
