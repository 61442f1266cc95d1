"""`quotex extract` at a real terminal: each case runs the command under pseudo-terminals.

Standard output and standard error are each a pipe or a pseudo-terminal of their own, as in
`quotex extract … > out.jsonl` typed in a terminal; nothing fakes `isatty`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from terminal import Screen, run_quotex

pytestmark = pytest.mark.model

ARTICLE = (
    "Harbour plans\n\n"
    "\u201cWe will rebuild the pier before winter, and the harbour wall after it, whatever the council says "
    "about the cost of the stone,\u201d Mayor Ellen Brandt said on Monday.\n\n"
    "The council's vote came late. \u201cNobody expected it,\u201d she added.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_with_stdout_redirected_progress_shows_on_stderr_and_stdout_is_only_data(corpus: Path) -> None:
    run = run_quotex("extract", "-j", "1", str(corpus), stdout="pipe", stderr="tty")
    assert run.status == 0, run.stderr
    assert run.stdout.endswith("}\n") and "\n\n" not in run.stdout
    assert len([json.loads(line) for line in run.stdout.splitlines()]) == 6
    assert "extracting" in run.stderr  # shown while it ran...
    assert Screen(run.stderr).shown() == []  # ...and gone at the end


def test_quiet_shows_no_progress(corpus: Path) -> None:
    run = run_quotex("extract", "-j", "1", "--quiet", str(corpus), stdout="pipe", stderr="tty")
    assert run.status == 0 and run.stderr == ""


def test_the_table_starts_after_the_progress_has_gone(corpus: Path) -> None:
    """stdout and stderr on one terminal, as typed: the screen shows the table and no bar."""
    run = run_quotex("extract", "-j", "1", str(corpus), stdout="tty", stderr="stdout", columns=100)
    assert run.status == 0
    assert "extracting" in run.stdout  # the progress was shown on the terminal
    screen = Screen(run.stdout).shown()
    assert screen[0].split() == ["speaker", "kind", "conf", "cue", "quotation", "file"]
    assert not any("extracting" in line or "━" in line for line in screen)
    assert screen[-1] == "6 quotations"


@pytest.mark.parametrize("columns", [60, 100, 160])
def test_the_table_fits_the_terminal_wraps_quotations_and_shows_confidence(corpus: Path, columns: int) -> None:
    run = run_quotex("extract", "-j", "1", "--quiet", str(corpus / "0.txt"), stdout="tty", columns=columns)
    screen = Screen(run.stdout).shown()
    assert all(len(line) <= columns for line in screen), screen
    body = " ".join(line for line in screen[2:-1])
    assert ("Ellen Brandt" if columns >= 100 else "Ell") in body
    assert "0.95" in body or "0.9" in body  # the confidence column
    assert "stone," in body  # the long quotation wraps to its end rather than being cut
    quotation = [line[20:].rsplit(" ", 1)[0] for line in screen[2:-1] if "rebuild" in line]  # the file column apart
    assert quotation and "…" not in "".join(quotation)


def test_no_path_at_a_terminal_prints_usage_instead_of_waiting() -> None:
    run = run_quotex("extract", stdin="tty", stdout="tty", stderr="tty")
    assert run.status == 2
    assert "Usage: quotex extract" in run.stderr and "pipe text in" in run.stderr
    assert run.stdout == ""


def test_escape_sequences_and_markup_never_reach_the_terminal_raw(tmp_path: Path) -> None:
    """Names and text with OSC title changes, screen clears, links, rich markup and newlines."""
    hostile = "\x1b]0;owned\x07\x1b[2J\x1b]8;;http:x.example\x1b\\link\x1b]8;;\x1b\\[blink]name[b]\nError: forged"
    bad_name = tmp_path / f"{hostile}.txt"
    bad_name.write_bytes(b"\x93We will win,\x94 the mayor said. caf\xe9")  # cp1252: a Warning line
    text = tmp_path / "text.txt"
    text.write_text(f"\u201cWe [/] rebuild{hostile} [link=http://x.example]the pier[/link],\u201d the mayor said.\n")
    missing = tmp_path / f"missing{hostile}.txt"
    run = run_quotex(
        "extract", "-j", "1", str(bad_name), str(text), str(missing), stdout="tty", stderr="tty", columns=200
    )
    assert run.status == 1
    for stream in (run.stdout, run.stderr):
        assert "\x1b]0;" not in stream and "\x1b[2J" not in stream and "\x1b]8;" not in stream
    messages = Screen(run.stderr).shown()
    errors = [line for line in messages if line.startswith("Error:")]
    warnings = [line for line in messages if line.startswith("Warning:")]
    assert all(line.startswith(("Error: ", "Warning: ")) for line in messages)
    assert len(errors) == 1 and "missing\\x1b]0;owned\\x07" in errors[0] and "\\nError: forged" in errors[0]
    assert len(warnings) == 1 and "\\x1b[2J" in warnings[0] and "cp1252" in warnings[0]
    table = Screen(run.stdout).shown()
    assert any("[/] rebuild\\x1b]0;owned\\x07" in line for line in table)
    assert any("[blink]name[b]" in line for line in table)
    assert not any(line.startswith("Error: forged") for line in table)


@pytest.mark.parametrize("columns", [80, 150])
def test_the_speaker_takes_its_longest_value_and_the_file_shrinks_first(tmp_path: Path, columns: int) -> None:
    path = tmp_path / "harbour-council-meeting-report-monday.txt"
    path.write_text("\u201cThe pier stays open all winter,\u201d Ines Wollenberger said.\n", encoding="utf-8")
    run = run_quotex("extract", "-j", "1", "--quiet", path.name, stdout="tty", columns=columns, cwd=tmp_path)
    screen = Screen(run.stdout).shown()
    assert all(len(line) <= columns for line in screen), screen
    body = "\n".join(screen[2:-1])
    assert "Ines Wollenberger" in body  # 17 characters, whole at 80 columns too
    if columns == 150:
        assert path.name in body  # room enough: the whole name
    else:
        assert "…" in body and "day.txt" in body  # the file shrank first, keeping its end
