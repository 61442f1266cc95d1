"""Bad input through the real `quotex extract`: one `Error:` line a failure, never a traceback.

Every case runs on files the test writes. Exit statuses: 0 every input went through, 1 some
failed, 2 usage error, 130 interrupted (and no partial `-o` file).
"""

from __future__ import annotations

import codecs
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import Result
from terminal import run_extract as run

from quotex.output.records import Quote
from quotex.parse.marks import paragraphs
from quotex.reading import inputs
from quotex.running.api import Extractor

pytestmark = pytest.mark.model

ARTICLE = (
    "Harbour plans\n\n"
    "\u201cWe will rebuild the pier before winter,\u201d Mayor Ellen Brandt said on Monday.\n\n"
    "The council's vote came late. \u201cNobody expected it,\u201d she added.\n"
)
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def records(result: Result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def error_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


def good(tmp_path: Path, name: str = "good.txt") -> Path:
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def assert_offsets_slice(content: str, record: dict) -> None:
    assert 0 <= record["start"] < record["end"] <= len(content)
    assert content[record["start"] : record["end"]] == record["text"]
    for key in ("speaker_mention", "cue"):
        if record[key] is not None:
            assert content[record[key]["start"] : record[key]["end"]] == record[key]["text"]


def without_file(record: dict) -> dict:
    return {key: value for key, value in record.items() if key not in ("file", "id")}


# --- each kind of bad input: one line naming the file, the others go on --------------------


def test_empty_file_has_no_quotations_and_is_not_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run(str(empty), str(good(tmp_path)))
    assert result.exit_code == 0 and result.stderr == ""
    assert {r["file"] for r in records(result)} == {str(tmp_path / "good.txt")}


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "image.txt"),
        (ARTICLE.encode("utf-8").replace(b"pier", b"pi\x00er"), "nul.txt"),
        (bytes(range(1, 32)) * 40, "controls.txt"),
    ],
    ids=["binary", "nul-byte", "control-characters"],
)
def test_binary_content_is_refused(tmp_path: Path, data: bytes, name: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    result = run(str(bad), str(good(tmp_path)))
    assert result.exit_code == 1
    assert error_lines(result) == [f"Error: {bad}: not a text file (binary content)"]
    assert len(records(result)) == 2


def test_invalid_utf8_is_read_with_a_warning_and_true_offsets(tmp_path: Path) -> None:
    cp1252 = tmp_path / "cp1252.txt"
    cp1252.write_bytes(ARTICLE.encode("cp1252"))  # its curly quotes are 0x93/0x94
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(ARTICLE.encode("utf-8").replace(b"pier", b"pi\xffer"))
    result = run(str(cp1252), str(damaged))
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"Warning: {cp1252}: not valid UTF-8; decoded as cp1252 (Windows-1252)",
        f"Warning: {damaged}: not valid UTF-8; invalid bytes replaced with U+FFFD",
    ]
    found = records(result)
    contents = {str(cp1252): ARTICLE, str(damaged): ARTICLE.replace("pier", "pi\ufffder")}
    assert [r["file"] for r in found] == [str(cp1252)] * 2 + [str(damaged)] * 2
    for record in found:
        assert_offsets_slice(contents[record["file"]], record)
        assert record["speaker"] == "Ellen Brandt"


def test_the_same_article_saved_five_ways_gives_the_same_quotations(tmp_path: Path) -> None:
    crlf = ARTICLE.replace("\n", "\r\n")
    saved = {
        "utf8.txt": ARTICLE.encode("utf-8"),
        "utf8-bom.txt": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        "utf16.txt": ARTICLE.encode("utf-16"),  # with its byte-order mark
        "utf16-be-bom-crlf.txt": codecs.BOM_UTF16_BE + crlf.encode("utf-16-be"),
        "crlf.txt": crlf.encode("utf-8"),
    }
    for name, data in saved.items():
        (tmp_path / name).write_bytes(data)
    result = run(*(str(tmp_path / name) for name in saved))
    assert result.exit_code == 0 and result.stderr == ""
    by_file: dict[str, list[dict]] = {}
    for record in records(result):
        by_file.setdefault(Path(record["file"]).name, []).append(without_file(record))
    assert list(by_file) == list(saved)
    reference = by_file["utf8.txt"]
    assert len(reference) == 2
    assert all(quotes == reference for quotes in by_file.values())
    for record in reference:
        assert_offsets_slice(ARTICLE, record)


def test_unicode_spaces_and_zero_width_characters_are_text(tmp_path: Path) -> None:
    content = (
        "Harbour\u00a0plans\u200b\ufeff\n\n"
        "\u201cWe\u00a0will rebuild\u2009the pier\u200b before winter,\u201d"
        " Mayor\u00a0Ellen Brandt said\u202fon Monday.\n"
        "\u3000\u201cNobody\u2003expected it,\u201d\u2060 she added.\n"
    )
    path = tmp_path / "spaces.txt"
    path.write_text(content, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0 and result.stderr == ""
    found = records(result)
    assert [(r["text"], r["speaker"]) for r in found] == [
        ("We\u00a0will rebuild\u2009the pier\u200b before winter,", "Ellen Brandt"),
        ("Nobody\u2003expected it,", "Ellen Brandt"),
    ]
    for record in found:
        assert_offsets_slice(content, record)


@pytest.mark.parametrize(
    "line",
    [
        "\u201cNobody expected it,\u201d she added.\u200b\n",
        "\u201cNobody expected it,\u201d she\u200b added.\n",
    ],
)
def test_a_zero_width_character_glued_to_the_cue_or_mention(tmp_path: Path, line: str) -> None:
    content = "Mayor Ellen Brandt spoke.\n" + line
    path = tmp_path / "glued.txt"
    path.write_text(content, encoding="utf-8")
    found = records(run(str(path)))
    assert [(r["text"], r["speaker"], r["cue"]["text"]) for r in found] == [
        ("Nobody expected it,", "Ellen Brandt", "added")
    ]


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(ARTICLE, encoding="utf-8")
    if AS_ROOT:  # root reads whatever the mode says: refuse through `open` instead
        real_open = open

        def refuse(file, mode="r", *args, **kwargs):
            if str(file) == str(secret):
                raise PermissionError(13, "Permission denied", file)
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr(inputs, "open", refuse, raising=False)
    else:
        secret.chmod(0)
    try:
        result = run(str(secret), str(good(tmp_path)))
    finally:
        secret.chmod(0o644)
    assert result.exit_code == 1
    assert error_lines(result) == [f"Error: {secret}: permission denied"]
    assert len(records(result)) == 2


def test_dangling_symlinks_and_symlink_loops(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    good(folder, "a.txt")
    (folder / "b.txt").symlink_to(folder / "gone.txt")
    (folder / "c.txt").symlink_to(folder / "c.txt")
    (folder / "d.txt").symlink_to(folder / "e.txt")
    (folder / "e.txt").symlink_to(folder / "d.txt")
    outside = tmp_path / "loose.txt"
    outside.symlink_to(tmp_path / "nowhere.txt")
    result = run(str(folder), str(outside))
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"Error: {folder}/b.txt: dangling symlink (its target '{folder}/gone.txt' does not exist)",
        f"Error: {folder}/c.txt: symlink loop",
        f"Error: {folder}/d.txt: symlink loop",
        f"Error: {folder}/e.txt: symlink loop",
        f"Error: {outside}: dangling symlink (its target '{tmp_path}/nowhere.txt' does not exist)",
    ]
    assert {r["file"] for r in records(result)} == {f"{folder}/a.txt"}


def test_folder_with_no_matching_file(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "readme.md").write_text(ARTICLE, encoding="utf-8")
    result = run(str(folder), str(good(tmp_path)))
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"Error: {folder}: no files matching --glob '*.txt'; choose others with, e.g., --glob '*.md'"
    ]
    assert len(records(result)) == 2
    assert run("--glob", "*.md", str(folder)).exit_code == 0


def test_missing_path_and_a_folder_given_as_a_file(tmp_path: Path) -> None:
    result = run(str(tmp_path / "missing.txt"), str(good(tmp_path)))
    assert result.exit_code == 1
    assert error_lines(result) == [f"Error: {tmp_path}/missing.txt: no such file or directory"]


def test_thousands_of_unbalanced_marks(tmp_path: Path) -> None:
    marks = '"\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e'
    noise = "".join(f"word{marks[i % len(marks)]} " + ("\n" if i % 37 == 0 else "") for i in range(6000))
    content = noise + "\n" + ARTICLE
    path = tmp_path / "marks.txt"
    path.write_text(content, encoding="utf-8")
    result = run(str(path))  # its time against news of its size: tests/test_shapes.py
    assert result.exit_code == 0 and result.stderr == ""
    found = records(result)
    for record in found:
        assert_offsets_slice(content, record)
    # one stray mark does not flip the rest: the article after the noise is still read right
    assert "We will rebuild the pier before winter," in [r["text"] for r in found]


def test_every_failure_is_one_line_and_the_rest_go_through(tmp_path: Path) -> None:
    bad = [tmp_path / "binary.txt", tmp_path / "missing.txt", tmp_path / "dangling.txt", tmp_path / "empty-folder"]
    bad[0].write_bytes(b"\x00" * 64)
    bad[2].symlink_to(tmp_path / "nothing")
    bad[3].mkdir()
    paths = [str(good(tmp_path, "one.txt")), *map(str, bad), str(good(tmp_path, "two.txt"))]
    result = run(*paths)
    assert result.exit_code == 1
    errors = error_lines(result)
    assert len(errors) == len(bad) == len(result.stderr.splitlines())
    assert all(str(path) in line for path, line in zip(bad, errors, strict=False))
    assert [Path(r["file"]).name for r in records(result)] == ["one.txt"] * 2 + ["two.txt"] * 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("--jobs", "0", str(good(tmp_path))).exit_code == 2
    assert run("--format", "xml", str(good(tmp_path))).exit_code == 2
    # No PATH at a terminal is a usage error too: tests/test_terminal.py runs it in a pseudo-terminal.


# --- long documents ----------------------------------------------------------------------------


def test_a_file_longer_than_a_chunk_keeps_offsets_and_paragraphs_of_the_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quotex.running import api

    monkeypatch.setattr(api, "CHUNK_SIZE", 400)
    paragraph = "\u201cWe will rebuild the pier,\u201d Mayor Ellen Brandt said.\n\nThe vote came late.\n"
    content = paragraph * 30  # about 2,300 characters: six chunks
    path = tmp_path / "long.txt"
    path.write_text(content, encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0
    found = records(result)
    assert len(found) == 30
    for index, record in enumerate(found):
        assert_offsets_slice(content, record)
        assert record["paragraph"] == 2 * index
        assert record["speaker"] == "Ellen Brandt"


PARAGRAPHS = [
    "\u201cWe will rebuild the pier before winter,\u201d Mayor Ellen Brandt said on Monday.",
    "Senator Tom Okafor said the vote was \u201ca turning point for the harbour.\u201d",
    "\u201cNobody expected it,\u201d said Paul Meyer, a council member. \u201cWe were surprised.\u201d",
    "The weather stayed calm all week.",
    "\u201cPrices rose sharply in the spring,\u201d Ana Ruiz told reporters.",
]


def long_text(paragraphs: int, seed: int = 5) -> str:
    """Small paragraphs in a fixed random order, apart by a line end or a blank line."""
    rng = random.Random(seed)
    return "".join(rng.choice(PARAGRAPHS) + rng.choice(["\n", "\n\n", " \n\n"]) for _ in range(paragraphs))


def comparable(quote: Quote, chars: int = 0, paragraphs: int = 0) -> tuple:
    """A quote's fields, its offsets moved. Not its confidence: that reads where its speaker last
    spoke or was named before it (issue 25), which a paragraph on its own does not hold."""
    def moved(mention):
        return None if mention is None else (mention.text, mention.start + chars, mention.end + chars)

    return (
        quote.kind, quote.text, quote.start + chars, quote.end + chars, quote.speaker, moved(quote.speaker_mention),
        moved(quote.cue), quote.resolution, quote.paragraph + paragraphs,
    )  # fmt: skip


def test_chunks_of_a_2_mb_text_cover_it_at_line_ends_with_true_paragraph_shifts() -> None:
    from quotex.parse.marks import paragraphs
    from quotex.running.api import _chunks

    text = long_text(35_000)
    assert len(text) > 2_000_000
    limit = 100_000
    whole = paragraphs(text)
    position = 0
    for chunk in _chunks("long.txt", text, limit):
        assert chunk.start == position and 0 < len(chunk.text) <= limit
        assert chunk.start == 0 or text[chunk.start - 1] == "\n"  # never inside a line
        local = paragraphs(chunk.text)
        assert [(p.start + chunk.start, p.end + chunk.start) for p in local] == [
            (p.start, p.end) for p in whole[chunk.paragraph : chunk.paragraph + len(local)]
        ]
        position += len(chunk.text)
    assert position == len(text) and chunk.last


@pytest.mark.parametrize("how", ["chunk_size", "max_length"])
def test_a_long_text_gives_what_its_paragraphs_give_one_by_one(
    extractor, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    text = long_text(160)  # about 11,000 characters: a dozen chunks
    if how == "chunk_size":
        chunked = Extractor(extractor.nlp, chunk_size=1_000)
    else:  # the pipeline's own limit, as for a 20 MB file
        monkeypatch.setattr(extractor.nlp, "max_length", 1_000)
        chunked = extractor
    quotes = chunked.extract(text, file="long.txt")
    assert len(quotes) > 150
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    expected = []
    for paragraph in paragraphs(text):
        for quote in chunked.extract(text[paragraph.start : paragraph.end], file="long.txt"):
            expected.append(comparable(quote, paragraph.start, paragraph.index))
    assert [comparable(quote) for quote in quotes] == expected


def test_one_huge_line_is_cut_at_sentence_ends(extractor) -> None:
    text = " ".join(PARAGRAPHS * 40)
    quotes = Extractor(extractor.nlp, chunk_size=700).extract(text)
    whole = extractor.extract(text)
    assert [(q.text, q.start, q.end) for q in quotes] == [(q.text, q.start, q.end) for q in whole]
    assert {q.paragraph for q in quotes} == {0}


# --- Ctrl-C --------------------------------------------------------------------------------------


def test_interrupt_exits_130_and_leaves_no_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [str(good(tmp_path, f"{i}.txt")) for i in range(3)]
    from quotex.reading import inputs

    real_read = inputs.read_document
    calls = []

    def read_then_interrupt(source: str, **options):
        calls.append(source)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_read(source, **options)

    monkeypatch.setattr(inputs, "read_document", read_then_interrupt)
    output = tmp_path / "out" / "quotes.jsonl"
    output.parent.mkdir()
    result = run("-o", str(output), *paths)
    assert result.exit_code == 130
    assert result.stderr == "Interrupted.\n"
    assert list(output.parent.iterdir()) == []


@pytest.mark.parametrize(
    ("jobs", "when"),
    [("1", "working"), ("2", "starting"), ("2", "working")],
    ids=["jobs1", "jobs2-start", "jobs2-work"],
)
def test_sigint_to_a_real_run(tmp_path: Path, jobs: str, when: str) -> None:
    """SIGINT while the workers start, or once output flows: status 130, no file, no traceback."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(400):
        good(corpus, f"{i:03d}.txt")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "quotes.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "quotex", "extract", str(corpus), "--jobs", jobs, "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # a shell starts a background job with SIGINT ignored, and the run would inherit that
        # (`make test &`): Ctrl-C's default, as a terminal gives it
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        partial = list(out_dir.glob(".quotex-*"))
        if partial and (when == "starting" or partial[0].stat().st_size > 0):
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be interrupted"
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr.decode()
    assert stderr.decode() == "Interrupted.\n"
    assert stdout == b""
    assert list(out_dir.iterdir()) == []
