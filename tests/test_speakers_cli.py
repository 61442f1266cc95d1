"""The corpus view through the real command: linked speakers, `quotex speakers`, extract's filters."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotex.cli import main

pytestmark = pytest.mark.model

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Short articles of our own: one person under three spellings, namesakes, a syndicated copy.
CORPUS = {
    "a1.txt": "Harbour talks resume\n\nForeign Minister Sergei Belyakov said on Tuesday that the talks would resume in spring.\n\n"
    "\u201cWe are ready to sign the agreement,\u201d Belyakov told reporters.\n",
    "a2.txt": "Ministers meet\n\n\"The pier will be rebuilt before winter,\" said Sergey Belyakov, the foreign minister.\n\n"
    "Maria Haddad, the mayor, said the city would pay half of the cost.\n",
    "a3.txt": "Budget vote delayed\n\n\u201cNobody will lose a job,\u201d Omar Haddad said. \u201cThe plant stays open.\u201d\n",
    "a4.txt": "Fishing quotas\n\n\u201cQuotas are not a weapon,\u201d Jos\u00e9 N\u00fa\u00f1ez said at the meeting.\n",
    "a5.txt": "Quotas again\n\n\"Quotas are not a weapon\", Jose Nunez said at the meeting.\n\n"
    "\"The ferry is late again,\" Belyakov said.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)
    return result


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def extracted(corpus: Path) -> list[dict]:
    result = run("extract", str(corpus), "-j", "1")
    assert result.exit_code == 0, result.output
    return records(result.output)


def by_text(rows: list[dict], fragment: str) -> dict:
    found = [r for r in rows if fragment in r["text"]]
    assert len(found) == 1, (fragment, [r["text"] for r in rows])
    return found[0]


def test_one_person_under_several_spellings_has_one_id_and_one_name(extracted: list[dict]) -> None:
    belyakov = [by_text(extracted, f) for f in ("talks would resume", "ready to sign", "pier will be rebuilt", "ferry is late")]
    assert {r["speaker_id"] for r in belyakov} == {belyakov[0]["speaker_id"]}
    assert {r["speaker"] for r in belyakov} == {"Sergei Belyakov"}
    nunez = [r for r in extracted if "Quotas are not a weapon" in r["text"]]
    assert len(nunez) == 2 and {r["speaker"] for r in nunez} == {"Jos\u00e9 N\u00fa\u00f1ez"}
    assert len({r["speaker_id"] for r in nunez}) == 1


def test_namesakes_stay_apart(extracted: list[dict]) -> None:
    maria, omar = by_text(extracted, "pay half"), by_text(extracted, "lose a job")
    assert (maria["speaker"], omar["speaker"]) == ("Maria Haddad", "Omar Haddad")
    assert maria["speaker_id"] != omar["speaker_id"]


def test_a_syndicated_quotation_has_one_group(extracted: list[dict]) -> None:
    copies = [r for r in extracted if "Quotas are not a weapon" in r["text"]]
    assert copies[0]["file"] != copies[1]["file"]
    assert copies[0]["quote_group"] == copies[1]["quote_group"]
    assert len({r["quote_group"] for r in extracted}) == len(extracted) - 1


def test_ids_do_not_depend_on_file_order_or_jobs(corpus: Path, extracted: list[dict]) -> None:
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    result = run("extract", *reversed(files), "-j", "2")
    assert result.exit_code == 0, result.output
    again = {(r["file"], r["start"]): (r["speaker_id"], r["speaker"], r["quote_group"]) for r in records(result.output)}
    first = {(r["file"], r["start"]): (r["speaker_id"], r["speaker"], r["quote_group"]) for r in extracted}
    assert again == first


def test_speaker_filter_takes_any_variant(corpus: Path, extracted: list[dict]) -> None:
    expected = sorted(r["id"] for r in extracted if r["speaker"] == "Sergei Belyakov")
    for typed in ("Sergey Belyakov", "belyakov", "S. Belyakov"):
        result = run("extract", str(corpus), "-j", "1", "--speaker", typed)
        assert sorted(r["id"] for r in records(result.output)) == expected, typed
    result = run("extract", str(corpus), "-j", "1", "--speaker", "Maria Haddad")
    assert [r["text"] for r in records(result.output)] == ["the city would pay half of the cost"]


def test_min_confidence_and_fields(corpus: Path, extracted: list[dict]) -> None:
    threshold = sorted(r["confidence"] for r in extracted)[len(extracted) // 2]
    result = run("extract", str(corpus), "-j", "1", "--min-confidence", str(threshold), "--fields", "speaker,text,cue")
    rows = records(result.output)
    assert len(rows) == sum(1 for r in extracted if r["confidence"] >= threshold)
    assert all(list(row) == ["speaker", "text", "cue"] for row in rows)
    csv_out = run("extract", str(corpus), "-j", "1", "--format", "csv", "--fields", "speaker_id,cue").output
    assert next(csv.reader(io.StringIO(csv_out))) == ["speaker_id", "cue_text", "cue_start", "cue_end"]
    bad = run("extract", str(corpus), "--fields", "speaker,colour")
    assert bad.exit_code == 2 and "colour" in bad.output


def test_a_names_table_is_written_and_read_back(corpus: Path, tmp_path: Path, extracted: list[dict]) -> None:
    table = tmp_path / "names.jsonl"
    run("extract", str(corpus / "a3.txt"), "-j", "1", "--names", str(table))
    omar = records(table.read_text(encoding="utf-8"))
    assert [row["speaker"] for row in omar] == ["Omar Haddad"]
    result = run("extract", str(corpus), "-j", "1", "--names", str(table))
    assert by_text(records(result.output), "lose a job")["speaker_id"] == omar[0]["speaker_id"]
    assert {row["speaker"] for row in records(table.read_text(encoding="utf-8"))} >= {"Omar Haddad", "Maria Haddad", "Sergei Belyakov"}


def test_speakers_counts_rows_and_distinct_quotations(corpus: Path) -> None:
    result = run("speakers", str(corpus), "-j", "1")
    assert result.exit_code == 0, result.output
    rows = {row["speaker"]: row for row in records(result.output)}
    belyakov = rows["Sergei Belyakov"]
    assert set(belyakov["variants"]) == {"Sergei Belyakov", "Sergey Belyakov", "Belyakov"}
    assert (belyakov["quotations"], belyakov["files"]) == (4, 3)
    assert belyakov["direct"] + belyakov["mixed"] + belyakov["indirect"] == 4
    nunez = rows["Jos\u00e9 N\u00fa\u00f1ez"]
    assert (nunez["quotations"], nunez["distinct"], nunez["files"]) == (2, 1, 2)
    assert nunez["top_quotation"].startswith("Quotas are not a weapon")
    order = [row["quotations"] for row in records(result.output)]
    assert order == sorted(order, reverse=True)


def test_speakers_reads_extract_output_from_standard_input(corpus: Path, extracted: list[dict]) -> None:
    piped = "".join(json.dumps(r) + "\n" for r in extracted)
    from_stdin = run("speakers", "-", input=piped)
    direct = run("speakers", str(corpus), "-j", "1")
    def strip(rows: list[dict]) -> list[dict]:
        return [{k: v for k, v in row.items() if k != "variants"} for row in rows]

    assert strip(records(from_stdin.output)) == strip(records(direct.output))
    broken = run("speakers", "-", input=piped + "not json\n")
    assert broken.exit_code == 1 and "Error: -:" in broken.output


def test_speakers_csv_and_json(corpus: Path) -> None:
    csv_rows = list(csv.DictReader(io.StringIO(run("speakers", str(corpus), "-j", "1", "--format", "csv").output)))
    belyakov = [row for row in csv_rows if row["speaker"] == "Sergei Belyakov"]
    assert set(belyakov[0]["variants"].split("; ")) == {"Sergei Belyakov", "Sergey Belyakov", "Belyakov"}
    as_json = json.loads(run("speakers", str(corpus), "-j", "1", "--format", "json").output)
    assert [row["speaker"] for row in as_json] == [row["speaker"] for row in csv_rows]


def test_seeds_have_one_row_for_each_of_their_people() -> None:
    result = run("speakers", str(SEEDS), "-j", "1")
    assert result.exit_code == 0, result.output
    rows = records(result.output)
    for surname in ("Lavrov", "Peskov", "Makei", "Lukashenko"):
        matching = [row for row in rows if surname in row["speaker"] or any(surname in v for v in row["variants"])]
        assert len(matching) == 1, (surname, matching)


def test_speakers_prints_a_table_at_a_real_terminal(extracted: list[dict], tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    records_file = tmp_path / "quotes.jsonl"
    records_file.write_text("".join(json.dumps(r) + "\n" for r in extracted), encoding="utf-8")
    leader, follower = pty.openpty()
    src = str(Path(__file__).resolve().parent.parent / "src")
    env = dict(os.environ, COLUMNS="120", PYTHONPATH=src + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-m", "quotex", "speakers", str(records_file)], stdout=follower,
                          stderr=subprocess.PIPE, env=env, timeout=120, check=False)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    screen = b"".join(chunks).decode("utf-8", "replace")
    assert done.returncode == 0, done.stderr
    assert "most confident quotation" in screen and "Sergei Belyakov" in screen
    assert "speaker_id" not in screen and not screen.lstrip().startswith("{")


def test_tables_show_brackets_in_the_input_as_text(tmp_path: Path) -> None:
    record = {"file": "a.txt", "id": "1", "kind": "direct", "text": "[bold]Ready[/] to sign", "start": 0, "end": 22,
              "speaker": "Jane [red]Okafor", "speaker_mention": None, "cue": None, "resolution": "explicit",
              "confidence": 0.9, "paragraph": 0}
    records_file = tmp_path / "quotes.jsonl"
    records_file.write_text(json.dumps(record) + "\n", encoding="utf-8")
    speakers = run("speakers", str(records_file), "--format", "table")
    assert speakers.exit_code == 0, speakers.output
    assert "[bold]Ready[/" in speakers.output and "Jane [red]Okafor" in speakers.output  # the rest is past 80 columns


def test_extract_table_with_fields(corpus: Path) -> None:
    result = run("extract", str(corpus / "a3.txt"), "-j", "1", "--format", "table", "--fields", "speaker,kind,cue")
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "speaker" in line)
    assert header.split() == ["speaker", "kind", "cue_text", "cue_start", "cue_end"]
    assert "Omar Haddad" in result.output and "file" not in header


def test_no_link_streams_with_the_ids_of_full_names(corpus: Path, extracted: list[dict]) -> None:
    result = run("extract", str(corpus), "-j", "1", "--no-link")
    assert result.exit_code == 0, result.output
    alone = {(r["file"], r["start"]): r for r in records(result.output)}
    linked = {(r["file"], r["start"]): r for r in extracted}
    assert alone.keys() == linked.keys()
    full = [key for key, r in alone.items() if r["speaker"] in ("Sergey Belyakov", "Maria Haddad", "Omar Haddad")]
    assert full and all(alone[key]["speaker_id"] == linked[key]["speaker_id"] for key in full)
    assert by_text(list(alone.values()), "pier will be rebuilt")["speaker"] == "Sergey Belyakov"  # its own spelling
    assert by_text(list(alone.values()), "ferry is late")["speaker"] == "Belyakov"


def test_records_linked_by_an_earlier_run_keep_their_ids(tmp_path: Path) -> None:
    base = {"kind": "direct", "start": 0, "end": 5, "speaker_mention": None, "cue": None,
            "resolution": "explicit", "confidence": 0.9, "paragraph": 0}
    records_file = tmp_path / "quotes.jsonl"
    rows = [dict(base, file="a.txt", id="1", text="Ready", speaker="Sergei Belyakov", speaker_id="from-a-table"),
            dict(base, file="b.txt", id="2", text="Set", speaker="Sergei Belyakov", speaker_id="from-a-table")]
    records_file.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = run("speakers", str(records_file))
    assert [(r["speaker_id"], r["quotations"], r["files"]) for r in records(result.output)] == [("from-a-table", 2, 2)]


def test_the_table_streams_unless_asked_to_link(tmp_path: Path) -> None:
    """A person at a table sees each document's rows as it finishes, each name as its article
    spells it; `--link` makes the table wait for the run's names, as files and pipes do."""
    (tmp_path / "a.txt").write_text('"The quay will reopen," Dmitri Volkov said.\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text('"The quay is safe," Dmitry Volkov said on Friday.\n', encoding="utf-8")
    streamed = run("extract", str(tmp_path), "-j", "1", "--format", "table", "--fields", "speaker")
    linked = run("extract", str(tmp_path), "-j", "1", "--format", "table", "--fields", "speaker", "--link")
    assert "Dmitri Volkov" in streamed.output and "Dmitry Volkov" in streamed.output
    names = {line.strip() for line in linked.output.splitlines() if "Volkov" in line}
    assert len(names) == 1
