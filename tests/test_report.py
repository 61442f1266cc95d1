"""`quotex report`: one self-contained HTML file, checked as text and in a real headless Chromium."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import FLAGS, Browser, chromium_binary
from click.testing import CliRunner

from quotex.cli import main
from quotex.linking import Identity
from quotex.records import Mention, Quote
from quotex.report import render_report

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
HOSTILE = (
    "Plans <b>unveiled</b>\n\n"
    "\"<script>alert('x')</script> is not a plan & never was,\" said Jane Okafor.\n\n"
    "\"<img src=x onerror=alert(1)> costs nothing,\" Okafor added.\n"
)


class Marks(HTMLParser):
    """Every <mark> of a page with its attributes and its text, and the page's script elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[dict[str, str | None], list[str]]] = []
        self.marks: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.panel_items = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "mark":
            self.open.append((dict(attrs), []))
        if tag == "li" and dict(attrs).get("class") == "quotation":
            self.panel_items += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.open:
            attrs, text = self.open.pop()
            self.marks.append((attrs, "".join(text)))

    def handle_data(self, data: str) -> None:
        for _, text in self.open:
            text.append(data)


def parse(page: str) -> Marks:
    marks = Marks()
    marks.feed(page)
    return marks


def quote(file: str, text: str, content: str, speaker: str) -> Quote:
    start = content.index(text)
    cue_at = content.index("said", start)
    return Quote(file, "direct", text, start, start + len(text), speaker, Mention(speaker, content.index(speaker), content.index(speaker) + len(speaker)),
                 Mention("said", cue_at, cue_at + 4), "explicit", 0.9, 1, speaker_id="abc123", quote_group="g1")


def test_every_piece_of_input_text_is_escaped(tmp_path: Path) -> None:
    name = "odd <name>.txt"
    text = "<script>alert('x')</script> is not a plan"
    identity = Identity("abc123", "Jane <b>Okafor</b>", ("Jane <b>Okafor</b>",))
    content = HOSTILE.replace("Jane Okafor", "Jane <b>Okafor</b>")
    page_file = tmp_path / "r.html"
    with page_file.open("w", encoding="utf-8") as out:
        render_report({name: content}, [(quote(name, text, content, "Jane <b>Okafor</b>"), identity)], out)
    page = page_file.read_text(encoding="utf-8")
    assert page.count("<script") == 1  # the report's own
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<b>" not in page and "<img" not in page
    assert "odd &lt;name&gt;.txt" in page
    marks = parse(page)
    assert any(attrs.get("data-speaker") == "abc123" and text in body for attrs, body in marks.marks)


def test_nothing_is_fetched_from_the_network(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    with out.open("w", encoding="utf-8") as stream:
        render_report({"a.txt": "Nothing quoted."}, [], stream)
    page = out.read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page and " src=" not in page and "<link" not in page


def test_overlapping_marks_nest_and_every_quotation_keeps_its_text(tmp_path: Path) -> None:
    content = "Jane Okafor said that the pier \"will be rebuilt soon\" and paid for."
    outer_text = "the pier \"will be rebuilt soon\" and paid for"
    inner_text = "will be rebuilt soon"
    jane = Identity("aaa111", "Jane Okafor", ("Jane Okafor",))
    outer = Quote("a.txt", "indirect", outer_text, content.index(outer_text), content.index(outer_text) + len(outer_text),
                  "Jane Okafor", Mention("Jane Okafor", 0, 11), Mention("said", 12, 16), "explicit", 0.8, 0, speaker_id="aaa111", quote_group="g1")
    inner = Quote("a.txt", "mixed", inner_text, content.index(inner_text), content.index(inner_text) + len(inner_text),
                  "Jane Okafor", Mention("Jane Okafor", 0, 11), Mention("said", 12, 16), "explicit", 0.8, 0, speaker_id="aaa111", quote_group="g2")
    out = tmp_path / "r.html"
    with out.open("w", encoding="utf-8") as stream:
        render_report({"a.txt": content}, [(outer, jane), (inner, jane)], stream)
    marks = parse(out.read_text(encoding="utf-8"))
    for record in (outer, inner):
        pieces = [body for attrs, body in marks.marks if attrs.get("data-id") == record.id]
        assert "".join(pieces) == record.text


# --- in a real browser ---------------------------------------------------------------------



def chromium(*args: str) -> str:
    """Run headless Chromium (Debian's `chromium`, installed by `make browser`); its stdout."""
    binary = chromium_binary()
    if binary is None:
        pytest.skip("chromium is not installed (make browser)")
    with tempfile.TemporaryDirectory(prefix="quotex-chromium-") as profile:
        done = subprocess.run(
            [binary, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=120, check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("report")
    corpus = folder / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, corpus / seed.name)
    (corpus / "zz_hostile.txt").write_text(HOSTILE, encoding="utf-8")
    records_file = folder / "quotes.jsonl"
    report = folder / "report.html"
    here = os.getcwd()
    os.chdir(folder)  # file names as a user would type them: corpus/…
    try:
        result = CliRunner().invoke(main, ["extract", "corpus", "-j", "1", "-o", "quotes.jsonl"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        result = CliRunner().invoke(main, ["report", "quotes.jsonl", "-o", "report.html"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    finally:
        os.chdir(here)
    records = [json.loads(line) for line in records_file.read_text(encoding="utf-8").splitlines()]
    return report, records


@pytest.mark.model
@pytest.mark.browser
def test_every_seed_quotation_is_highlighted_with_its_speaker_in_the_browser(seeds_report: tuple[Path, list[dict]]) -> None:
    report, records = seeds_report
    dom = parse(chromium("--dump-dom", report.as_uri()))
    assert records
    for record in records:
        pieces = [(attrs, body) for attrs, body in dom.marks if attrs.get("data-id") == record["id"]]
        assert "".join(body for _, body in pieces) == record["text"], record["text"]
        assert {attrs.get("data-speaker") for attrs, _ in pieces} == {record["speaker_id"] or ""}
        assert {attrs.get("data-name") for attrs, _ in pieces} == {record["speaker"] or "no speaker"}
        assert {f"s-{record['speaker_id']}" in (attrs.get("class") or "") for attrs, _ in pieces} == {bool(record["speaker_id"])}
    cues = [attrs for tag, attrs in dom.tags if tag == "span" and (attrs.get("class") or "").startswith("cue ")]
    mentions = [attrs for tag, attrs in dom.tags if tag == "span" and (attrs.get("class") or "").startswith("who ")]
    assert cues and mentions
    # The hostile article's markup is text on the page, never an element.
    assert any("<script>alert('x')</script> is not a plan" in body for _, body in dom.marks)
    assert [tag for tag, _ in dom.tags].count("script") == 1
    assert not any(tag == "img" for tag, _ in dom.tags)


@pytest.mark.model
@pytest.mark.browser
def test_choosing_a_speaker_lists_all_their_quotations(seeds_report: tuple[Path, list[dict]]) -> None:
    report, records = seeds_report
    counts: dict[str, int] = {}
    for record in records:
        if record["speaker_id"]:
            counts[record["speaker_id"]] = counts.get(record["speaker_id"], 0) + 1
    speaker_id = max(counts, key=lambda key: counts[key])
    binary = chromium_binary()
    assert binary is not None
    with Browser(binary) as browser:  # a real click of the mouse on the speaker in the index
        browser.open(report.as_uri())
        assert browser.evaluate("document.getElementById('panel').hidden") is True
        browser.click(f'#speakers button[data-speaker="{speaker_id}"]')
        assert browser.evaluate("document.getElementById('panel').hidden") is False
        listed = browser.evaluate("[...document.querySelectorAll('#panel li.quotation mark')].map(m => m.textContent)")
        assert sorted(listed) == sorted(r["text"] for r in records if r["speaker_id"] == speaker_id)
        browser.click(f'#speakers button[data-speaker="{speaker_id}"]')  # a second click closes it
        assert browser.evaluate("document.getElementById('panel').hidden") is True
    # `#speaker=ID` opens the same list.
    dom = parse(chromium("--dump-dom", report.as_uri() + f"#speaker={speaker_id}"))
    assert dom.panel_items == counts[speaker_id]
    screenshot = report.parent / "report.png"
    chromium("--window-size=1280,860", "--hide-scrollbars", f"--screenshot={screenshot}", report.as_uri())
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("QUOTEX_SCREENSHOT"):  # how docs/report.png is made
        shutil.copy(screenshot, os.environ["QUOTEX_SCREENSHOT"])


def test_a_record_whose_file_is_gone_is_one_error_and_the_rest_is_reported(tmp_path: Path) -> None:
    present = tmp_path / "here.txt"
    present.write_text("\"We are ready,\" said Jane Okafor.\n", encoding="utf-8")
    base = {"kind": "direct", "text": "We are ready,", "start": 1, "end": 14, "speaker": "Jane Okafor",
            "speaker_mention": {"text": "Jane Okafor", "start": 21, "end": 32}, "cue": {"text": "said", "start": 16, "end": 20},
            "resolution": "explicit", "confidence": 0.9, "paragraph": 0}
    records = [dict(base, file=str(present), id="1"), dict(base, file=str(tmp_path / "gone.txt"), id="2")]
    records_file = tmp_path / "quotes.jsonl"
    records_file.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", str(records_file), "-o", str(report)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "Error: " in result.output and "gone.txt" in result.output
    marks = parse(report.read_text(encoding="utf-8"))
    assert ["We are ready,"] == [body for attrs, body in marks.marks if attrs.get("data-name") == "Jane Okafor"]
    assert "gone.txt" not in report.read_text(encoding="utf-8")
