"""A bounded fuzz test: the real `quotex extract` over folders that hypothesis generates.

Each example is a folder of files with hostile names (escape sequences, newlines, bytes that
are not UTF-8) and hostile contents (stray and nested marks of every kind, line separators,
control characters, invalid UTF-8, binary data, HTML). Whatever it holds, the run keeps its
promises: no traceback, one `Error:` line a bad file and the exit status to say so, offsets
that slice the decoded text, ids unique, and every readable file's rows present (the same as
the library gives for its text).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotex.cli import main
from quotex.output.records import shown_name
from quotex.reading.inputs import InputError, read_document

pytestmark = pytest.mark.model

WORDS = ["the", "mayor", "said", "Ellen", "Brandt", "told", "reporters", "pier", "will", "rebuild", "she", "added", "that"]
MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb", "\u201e", "\u203a", "\u201f", "[/]", "[b]"]
ODD = ["\n", "\n\n", "\u2028", "\u2029", "\u0085", "\u00a0", "\u200b", "\x1b[2J", "\x1b]0;t\x07", "\t", ",", ".", ":", "\ufffd"]

pieces = st.sampled_from(WORDS + MARKS + ODD + [" "] * 6)
texts = st.lists(pieces, max_size=60).map(" ".join)
name_parts = st.sampled_from(["a", "b", "news", "\x1b[31m", "\n", "[link=x]", "é", "\u202e", "-", " ", "."])


@st.composite
def contents(draw) -> bytes:
    text = draw(texts)
    form = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-16", "cp1252", "broken", "binary", "html", "empty"]))
    if form == "utf-16":
        return text.encode("utf-16")
    if form == "cp1252":
        return text.encode("cp1252", errors="replace")
    if form == "broken":
        return text.encode("utf-8") + b"\xff\xfe\x80" + text.encode("utf-8")
    if form == "binary":
        return b"\x00\x01\x02" + text.encode("utf-8")
    if form == "html":
        return f"<html><body><p>{text}</p><script>var q = '\"';</script></body></html>".encode()
    if form == "empty":
        return b""
    return text.encode("utf-8")


@st.composite
def folders(draw) -> tuple[list[tuple[bytes, bytes]], list[str]]:
    """Files (name, bytes), and the other things in the folder: a named pipe, a dangling symlink."""
    count = draw(st.integers(min_value=1, max_value=4))
    others = draw(st.lists(st.sampled_from(["fifo", "dangling"]), unique=True, max_size=2))
    files = []
    for i in range(count):
        name = "".join(draw(st.lists(name_parts, max_size=4))).encode("utf-8", errors="surrogateescape")
        if draw(st.booleans()):
            name += b"\xff"  # not UTF-8
        files.append((b"%d%s.txt" % (i, name.replace(b"/", b"_")), draw(contents())))
    return files, others


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(folders())
def test_the_cli_keeps_its_promises_on_any_folder(extractor, generated: tuple[list[tuple[bytes, bytes]], list[str]]) -> None:
    files, others = generated
    folder = tempfile.mkdtemp(prefix="quotex-fuzz-")
    try:
        for name, data in files:
            with open(os.fsencode(folder) + b"/" + name, "wb") as file:
                file.write(data)
        if "fifo" in others and hasattr(os, "mkfifo"):
            os.mkfifo(folder + "/fifo.txt")  # never opened: an Error line, and no wait
        if "dangling" in others:
            os.symlink(folder + "/gone", folder + "/link.txt")
        result = CliRunner().invoke(main, ["extract", "--jobs", "1", folder])
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
        assert "Traceback" not in result.stdout + result.stderr

        records = [json.loads(line) for line in result.stdout.splitlines()]
        assert len({r["id"] for r in records}) == len(records)
        expected_rows: dict[str, list[tuple]] = {}
        failed = 0
        for name, _ in files:
            path = folder + "/" + os.fsdecode(name)
            try:
                document = read_document(path)
            except InputError:
                failed += 1
                continue
            quotes = extractor.extract(document.text, file=path)
            expected_rows[shown_name(path)] = sorted({(q.kind, q.start, q.end, q.text) for q in quotes})
            for record in (r for r in records if r["file"] == shown_name(path)):
                assert document.text[record["start"] : record["end"]] == record["text"]
                for key in ("speaker_mention", "cue"):
                    if record[key] is not None:
                        mention = record[key]
                        assert document.text[mention["start"] : mention["end"]] == mention["text"]
        found_rows = {
            file: sorted({(r["kind"], r["start"], r["end"], r["text"]) for r in records if r["file"] == file})
            for file in expected_rows
        }
        assert found_rows == expected_rows
        failed += len([other for other in others if other != "fifo" or hasattr(os, "mkfifo")])
        assert result.exit_code == (1 if failed else 0)
        assert len([line for line in result.stderr.splitlines() if line.startswith("Error:")]) == failed
        assert "\x1b" not in result.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_fuzz_folders_are_written_where_the_test_says(tmp_path: Path) -> None:
    """The generator's names survive the file system: each is one file in the folder."""
    name = b"0\x1b[31m\n\xff.txt"
    with open(os.fsencode(tmp_path) + b"/" + name, "wb") as file:
        file.write(b"x")
    assert os.listdir(os.fsencode(tmp_path)) == [name]
