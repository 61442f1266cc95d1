"""`quotex report`: one self-contained HTML file, checked as text, through the real command, and in
a real headless Chromium (one browser for the module) on a generated corpus and a hostile one."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import report_corpus
from browser import Browser, chromium_binary
from click.testing import CliRunner, Result

from quotex.cli import main
from quotex.corpus.linking import Identity
from quotex.output.records import FIELDS, Mention, Quote
from quotex.output.report import headline, render_report, script_json
from quotex.output.writers import CsvWriter, flat_columns

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TEMPLATES = Path(__file__).resolve().parent.parent / "src" / "quotex" / "output" / "report"
DATA = re.compile(r'<script type="application/json" id="quotex-data">(.*?)</script>', re.S)


def page_data(page: str) -> dict[str, Any]:
    found = DATA.search(page)
    assert found
    return json.loads(found.group(1))


def report(paths: list[str], output: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["report", *paths, "-o", str(output), *args], catch_exceptions=False)


def good_record(file: str, content: str, words: str, speaker: str, **changes: Any) -> dict[str, Any]:
    """A record of `words` said by `speaker` in `content`, as quotex writes it."""
    start = content.index(words)
    cue = content.index("said")
    at = content.index(speaker)
    record = {"file": file, "id": hashlib.sha1(f"{file}{start}".encode()).hexdigest()[:16], "kind": "direct",
              "text": words, "start": start, "end": start + len(words), "speaker": speaker,
              "speaker_mention": {"text": speaker, "start": at, "end": at + len(speaker)},
              "cue": {"text": "said", "start": cue, "end": cue + 4}, "resolution": "explicit", "confidence": 0.9,
              "paragraph": 0, "speaker_id": None, "quote_group": None}
    return record | changes


def write_jsonl(path: Path, records: list[Any]) -> None:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), encoding="utf-8")


# --- the page as text ----------------------------------------------------------------------


def test_script_data_cannot_end_its_element_or_break_a_line() -> None:
    value = {"a": "</script><script>alert(1)</script>", "b": "<!-- & \u2028\u2029 -->"}
    text = script_json(value)
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == value


def test_the_policy_allows_the_page_s_own_script_and_style_by_hash_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    with out.open("w", encoding="utf-8") as stream:
        render_report({"a.txt": "Nothing quoted."}, [], stream)
    page = out.read_text(encoding="utf-8")
    policy = dict(
        (part.split()[0], part.split()[1:])
        for part in re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1).split("; ")
    )
    assert policy["default-src"] == ["'none'"] and policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 1 and len(styles) == 1
    digest = lambda text: "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"  # noqa: E731
    assert policy["script-src"] == [digest(scripts[0])]
    assert policy["style-src"] == [digest(styles[0])]
    assert "unsafe" not in page.split("</head>")[0]
    assert "http://" not in page and "https://" not in page and " src=" not in page and "<link" not in page
    # No handler in markup and none needed: the script adds its listeners itself.
    for name in ("template.html", "report.js", "report.css"):
        assert not re.search(r"\son[a-z]+\s*=|innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(",
                             (TEMPLATES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Menu\nLive\n\nCouncil votes on the harbour plan\n\nBody text here.", None, "Council votes on the harbour plan"),
    ("Short\nLines\nOnly", None, "Short"),
    ("Any text at all here", "  The   record's own  title ", "The record's own title"),
    ("\n\n", None, "a.txt"),
])
def test_an_article_is_titled_by_its_headline(text: str, title: str | None, expected: str) -> None:
    assert headline(text, title, "a.txt") == expected


# --- JSON Lines records are checked --------------------------------------------------------

CONTENT = '"We are ready," said Jane Okafor.\n'


def test_every_bad_record_is_one_error_naming_its_line_and_the_rest_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "a.txt").write_text(CONTENT, encoding="utf-8")
    (tmp_path / "outside.txt").write_text(CONTENT, encoding="utf-8")
    (folder / "link.txt").symlink_to(tmp_path / "outside.txt")
    good = good_record("a.txt", CONTENT, "We are ready,", "Jane Okafor")
    bad = [
        dict(good, file="/etc/passwd", id="b1"),
        dict(good, file="../outside.txt", id="b2"),
        dict(good, file="link.txt", id="b3"),
        dict(good, file=str(tmp_path / "outside.txt"), id="b4"),
        dict(good, start=99999, end=-5, id="b5"),
        dict(good, start="1", id="b6"),
        dict(good, start=True, id="b7"),
        dict(good, text="We are not ready", id="b8"),
        dict(good, cue={"text": "said", "start": 2, "end": 6}, id="b9"),
        dict(good, kind="<b>quote</b>", id="b10"),
        dict(good, confidence=2, id="b11"),
        dict(good, speaker_id='"><img src=x onerror=alert(1)>', id="b12"),
        dict(good),  # the id of an earlier record
        "{not json",
        ["a", "list"],
        dict(good, file="gone.txt", id="b13"),
        dict(good, speaker=["Jane"], id="b14"),
        "[" * 100_000,
        dict(good, file=".", id="b15"),
    ]
    write_jsonl(folder / "quotes.jsonl", [good, *bad])
    out = tmp_path / "r.html"
    result = report([str(folder / "quotes.jsonl")], out)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert [re.search(r"quotes\.jsonl:(\d+):", line).group(1) for line in errors] == [str(n) for n in range(2, len(bad) + 2)]
    data = page_data(out.read_text(encoding="utf-8"))
    assert [a["file"] for a in data["articles"]] == ["a.txt"]
    assert len(data["quotes"]) == 1
    assert "root:" not in out.read_text(encoding="utf-8")


def test_articles_are_read_relative_to_the_records_file_or_root_not_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(CONTENT, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    write_jsonl(tmp_path / "quotes.jsonl", [good_record("corpus/a.txt", CONTENT, "We are ready,", "Jane Okafor")])
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = report([str(tmp_path / "quotes.jsonl")], tmp_path / "r.html")
    assert result.exit_code == 0, result.output
    assert len(page_data((tmp_path / "r.html").read_text(encoding="utf-8"))["quotes"]) == 1
    # Records kept apart from their articles: --root says where the articles are.
    (tmp_path / "elsewhere" / "kept").mkdir()
    shutil.move(tmp_path / "quotes.jsonl", tmp_path / "elsewhere" / "kept" / "quotes.jsonl")
    result = report(["kept/quotes.jsonl"], tmp_path / "r2.html", "--root", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert len(page_data((tmp_path / "r2.html").read_text(encoding="utf-8"))["quotes"]) == 1
    # Records on standard input: read against the working folder.
    monkeypatch.chdir(tmp_path)
    records = (tmp_path / "elsewhere" / "kept" / "quotes.jsonl").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["report", "-", "-o", str(tmp_path / "r3.html")], input=records, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(page_data((tmp_path / "r3.html").read_text(encoding="utf-8"))["quotes"]) == 1


def test_a_report_with_no_article_found_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "quotes.jsonl", [good_record("gone.txt", CONTENT, "We are ready,", "Jane Okafor")])
    result = report([str(tmp_path / "quotes.jsonl")], tmp_path / "r.html")
    assert result.exit_code == 1
    assert "gone.txt" in result.output and "Error: no article to report" in result.output
    assert not (tmp_path / "r.html").exists()


# --- in a real browser ---------------------------------------------------------------------


def chromium_or_skip() -> str:
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing (make browser installs it)")
        pytest.skip("chromium is not installed (make browser)")
    return binary


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Any:
    downloads = tmp_path_factory.mktemp("downloads")
    with Browser(chromium_or_skip()) as opened:
        opened.allow_downloads(str(downloads))
        opened.downloads = downloads  # type: ignore[attr-defined]
        yield opened


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    folder = tmp_path_factory.mktemp("generated")
    records = report_corpus.write(folder, 60)
    result = report([str(folder / "quotes.jsonl")], folder / "report.html")
    assert result.exit_code == 0, result.output
    return folder / "report.html", records


def show(browser: Browser, url: str) -> None:
    """Open `url` afresh (a new document even when only its fragment differs)."""
    browser.open("about:blank")
    browser.open(url)
    assert browser.evaluate("document.documentElement.hasAttribute('data-ready')")


def shown_ids(browser: Browser) -> list[str]:
    """The ids of every row of the list, after asking for the rest as often as needed."""
    while not browser.evaluate("document.getElementById('more').hidden"):
        browser.click("#more")
    return browser.evaluate("[...document.querySelectorAll('#list li.row')].map(r => r.dataset.id)")


def matching(records: list[dict[str, Any]], *, needle: str = "", kinds: tuple[str, ...] = ("direct", "mixed", "indirect"),
             confidence: float = 0, speaker: str | None = None, outlet: str | None = None,
             days: tuple[str, str] | None = None) -> list[str]:
    def hit(r: dict[str, Any]) -> bool:
        return any(needle in value.lower() for value in (r["text"], r["speaker"], r["title"]))
    return [
        r["id"] for r in records
        if r["kind"] in kinds and r["confidence"] >= confidence and (not needle or hit(r))
        and (speaker is None or r["speaker"] == speaker) and (outlet is None or r["outlet"] == outlet)
        and (days is None or days[0] <= r["date"] <= days[1])
    ]


@pytest.mark.browser
def test_search_and_filters_show_what_they_should_and_the_view_is_in_the_url(
    browser: Browser, generated: tuple[Path, list[dict[str, Any]]]
) -> None:
    page, records = generated
    by_article = sorted(records, key=lambda r: r["file"])  # the page lists them in the records' order
    assert by_article == records
    show(browser, page.as_uri())
    assert browser.evaluate("document.getElementById('count-quotes').textContent") == str(len(records))
    # Built lazily: one batch first, the next when the end of the list comes on screen.
    assert browser.evaluate("document.querySelectorAll('#list li.row').length") == 100 < len(records)
    grown = browser.evaluate(
        "new Promise(done => { const list = document.getElementById('list');"
        " new MutationObserver(() => done(list.children.length)).observe(list, {childList: true});"
        " document.getElementById('sentinel').scrollIntoView(); })")
    assert grown > 100
    browser.type_text("#search", "Marlowe")
    assert shown_ids(browser) == matching(records, needle="marlowe")
    browser.click('#kinds input[value="indirect"]')
    assert shown_ids(browser) == matching(records, needle="marlowe", kinds=("direct", "mixed"))
    browser.press("#confidence", "ArrowRight", 39, times=10)  # 10 steps of 0.05
    expected = matching(records, needle="marlowe", kinds=("direct", "mixed"), confidence=0.5)
    assert shown_ids(browser) == expected
    assert {row.split("\t")[1] for row in browser.evaluate(
        "[...document.querySelectorAll('#list li.row')].map(r => r.dataset.id + '\\t' + r.querySelector('.conf .value').textContent)")
    } <= {f"{c / 100:.2f}" for c in range(50, 101)}
    browser.click("#speakers li:first-child button")
    speaker = browser.evaluate("document.querySelector('#speakers button[aria-pressed=true] .name').textContent")
    assert shown_ids(browser) == matching(records, needle="marlowe", kinds=("direct", "mixed"), confidence=0.5, speaker=speaker)
    chosen = shown_ids(browser)
    # The address holds the view: opened again, it shows the same.
    url = browser.evaluate("location.href")
    assert "q=Marlowe" in url and "kind=direct%2Cmixed" in url and "conf=0.50" in url and "speaker=" in url
    show(browser, url)
    assert shown_ids(browser) == chosen
    assert browser.evaluate("document.getElementById('search').value") == "Marlowe"
    # Outlet and dates, from a link.
    show(browser, page.as_uri() + "#outlet=Valley+Courier&from=2024-03-01&to=2024-08-31")
    assert shown_ids(browser) == matching(records, outlet="Valley Courier", days=("2024-03-01", "2024-08-31"))


@pytest.mark.browser
def test_the_selection_downloads_as_csv_and_json_lines(browser: Browser, generated: tuple[Path, list[dict[str, Any]]]) -> None:
    page, records = generated
    show(browser, page.as_uri() + "#kind=direct,mixed&conf=0.7&outlet=North+Wire+Service")
    expected = [r for r in records if r["id"] in set(matching(records, kinds=("direct", "mixed"), confidence=0.7, outlet="North Wire Service"))]
    assert expected
    folder: Path = browser.downloads  # type: ignore[attr-defined]
    name = browser.download("#download-jsonl")
    assert name == "quotex-selection.jsonl"
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    downloaded = [json.loads(line) for line in lines]
    article_fields = [name for name in ("title", "url", "date", "outlet") if name not in FIELDS]
    assert [list(r) for r in downloaded] == [[*FIELDS, *article_fields]] * len(expected)
    for got, want in zip(downloaded, expected, strict=True):
        assert got["speaker_id"] and got["quote_group"] and got["link_confidence"]  # linked by the report's run
        assert {k: v for k, v in got.items() if k not in ("speaker_id", "link_confidence", "quote_group")} == \
            {k: v for k, v in want.items() if k not in ("speaker_id", "link_confidence", "quote_group")}
    (folder / name).unlink()
    name = browser.download("#download-csv")
    with (folder / name).open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == [*flat_columns(None), *article_fields]
    assert [(row["id"], row["text"], row["cue_start"], row["confidence"], row["outlet"]) for row in rows] == \
        [(r["id"], r["text"], str(r["cue"]["start"]), str(r["confidence"]), r["outlet"]) for r in expected]
    # Cell for cell what `quotex extract -o x.csv` writes for the same records.
    written = io.StringIO()
    writer = CsvWriter(written)
    for record in downloaded:
        writer.write(Quote.from_dict(record))
    ours = list(csv.DictReader(io.StringIO(written.getvalue())))
    assert [{key: row[key] for key in ours[0]} for row in rows] == ours
    (folder / name).unlink()


@pytest.mark.browser
def test_articles_show_their_headline_fields_and_quotations_in_place(
    browser: Browser, generated: tuple[Path, list[dict[str, Any]]]
) -> None:
    page, records = generated
    show(browser, page.as_uri())
    browser.click("#tab-articles")
    first = browser.evaluate(
        "(() => { const a = document.querySelector('#list li.article'); return {title: a.querySelector('h2').textContent,"
        " url: a.querySelector('a.url').href, marks: [...a.querySelectorAll('mark.q')].map(m => [m.dataset.id, m.textContent])}; })()")
    mine = [r for r in records if r["file"] == records[0]["file"]]
    assert first["title"] == mine[0]["title"] and first["url"] == mine[0]["url"]
    assert sorted(first["marks"]) == sorted([r["id"], r["text"]] for r in mine)
    assert "view=articles" in browser.evaluate("location.hash")
    # The search finds articles by their text too: words around the mixed quotations that no
    # quotation, speaker or title holds.
    browser.type_text("#search", "said the plan")
    count = "document.getElementById('count-{}').textContent"
    assert browser.evaluate(count.format("quotes")) == "0"
    assert browser.evaluate(count.format("articles")) == str(len({r["file"] for r in records if r["kind"] == "mixed"}))
    browser.click('#kinds input[value="indirect"]')  # a filter on quotations: only the articles of those shown
    assert browser.evaluate(count.format("articles")) == "0"


@pytest.mark.browser
def test_overlapping_quotations_nest_and_each_keeps_its_text(browser: Browser, tmp_path: Path) -> None:
    content = "Jane Okafor said that the pier \"will be rebuilt soon\" and paid for."
    outer_text = "the pier \"will be rebuilt soon\" and paid for"
    inner_text = "will be rebuilt soon"
    jane = Identity("aaa111", "Jane Okafor", ("Jane Okafor",))
    quotes = [
        Quote("a.txt", kind, text, content.index(text), content.index(text) + len(text), "Jane Okafor",
              Mention("Jane Okafor", 0, 11), Mention("said", 12, 16), "explicit", 0.8, 0, speaker_id="aaa111", quote_group="g1")
        for kind, text in (("indirect", outer_text), ("mixed", inner_text))
    ]
    with (tmp_path / "r.html").open("w", encoding="utf-8") as out:
        render_report({"a.txt": content}, [(quote, jane) for quote in quotes], out)
    show(browser, (tmp_path / "r.html").as_uri() + "#view=articles")
    marks = browser.evaluate("[...document.querySelectorAll('mark.q')].map(m => [m.dataset.id, m.textContent])")
    for quote in quotes:
        assert "".join(text for key, text in marks if key == quote.id) == quote.text
    assert browser.evaluate("document.querySelectorAll('mark.q mark.q').length") >= 1
    assert browser.evaluate("document.querySelector('.article .text').textContent") == content


HOSTILE = ['"><img src=x onerror="document.title=\'pwned\';window.pwned=1">',
           "</script><script>document.title='pwned';window.pwned=1</script>",
           "<svg onload=\"window.pwned=1\"></svg>", "javascript:window.pwned=1//", "\u2028</SCRIPT\u2029>"]


@pytest.mark.browser
def test_a_hostile_report_runs_no_script_and_shows_every_payload_as_text(browser: Browser, tmp_path: Path) -> None:
    content = "".join(f'"{payload} is here," said Jane Okafor.\n\n' for payload in HOSTILE)
    (tmp_path / "a.txt").write_text(HOSTILE[0] + "\n\n" + content, encoding="utf-8")
    content = (tmp_path / "a.txt").read_text(encoding="utf-8")
    records: list[Any] = []
    for n, payload in enumerate(HOSTILE):
        words = f"{payload} is here,"
        record = good_record("a.txt", content, words, "Jane Okafor", id=f"h{n}", title=payload, outlet=payload, date=payload,
                             url=HOSTILE[3] if n % 2 else payload, resolution=payload)
        at = content.index(words)
        record["speaker"] = payload
        record["cue"] = {"text": "said", "start": content.index("said", at), "end": content.index("said", at) + 4}
        record["speaker_mention"] = {"text": "Jane Okafor", "start": content.index("Jane", at), "end": content.index("Jane", at) + 11}
        records.append(record)
    records.append(dict(records[0], id=HOSTILE[0]))  # an id that is markup: refused
    write_jsonl(tmp_path / "quotes.jsonl", records)
    out = tmp_path / "r.html"
    result = report([str(tmp_path / "quotes.jsonl")], out)
    assert result.exit_code == 1 and "quotes.jsonl:6: 'id' is not an id" in result.output
    for url in (out.as_uri(), out.as_uri() + "#view=articles&speaker=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E&q=%3C/script%3E"):
        show(browser, url)
        for tab in ("#tab-quotes", "#tab-articles"):
            browser.click(tab)
            state = browser.evaluate(
                "({title: document.title, pwned: typeof window.pwned, text: document.body.textContent,"
                " elements: [...document.querySelectorAll('img, svg, iframe, object, embed, base, link')].length,"
                " handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,"
                " scripts: document.scripts.length,"
                " links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))})")
            assert state["title"] == "quotex report" and state["pwned"] == "undefined"
            assert state["elements"] == 0 and state["handlers"] == 0 and state["scripts"] == 2
            assert not [href for href in state["links"] if not href.startswith(("#", "blob:"))]
            if tab == "#tab-articles" and "speaker=" not in url:
                for payload in HOSTILE[:3]:
                    assert payload in state["text"]
    # And had markup got in, the policy would stop it: a handler, a script, a javascript: link
    # added by hand are each refused (Trusted Types, then the script policy), and none runs.
    refused = browser.evaluate("""new Promise(done => {
        const seen = [], tried = [];
        document.addEventListener('securitypolicyviolation', e => { seen.push(e.effectiveDirective); if (seen.length === 3) done([seen, tried]); });
        const attempt = (f) => { try { f(); tried.push('ran'); } catch (e) { tried.push(e.name); } };
        attempt(() => { const d = document.createElement('div'); d.setAttribute('onclick', 'window.pwned = 1');
                        document.body.append(d); d.click(); });
        attempt(() => { const s = document.createElement('script'); s.textContent = 'window.pwned = 1'; document.body.append(s); });
        attempt(() => { const a = document.createElement('a'); a.href = 'javascript:window.pwned = 1'; document.body.append(a); a.click(); });
    })""")
    assert refused[1][:2] == ["TypeError", "TypeError"]
    assert sorted(refused[0]) == ["require-trusted-types-for", "require-trusted-types-for", "script-src-elem"]
    assert browser.evaluate("typeof window.pwned") == "undefined"


@pytest.mark.model
@pytest.mark.browser
def test_every_seed_quotation_is_marked_with_its_speaker(
    browser: Browser, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(SEEDS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)  # file names as a user would type them: corpus/…
    result = CliRunner().invoke(main, ["extract", "corpus", "-j", "1", "-o", "quotes.jsonl"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    result = report(["quotes.jsonl"], tmp_path / "report.html")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    show(browser, (tmp_path / "report.html").as_uri() + "#view=articles")
    marks = browser.evaluate("[...document.querySelectorAll('mark.q')].map(m => [m.dataset.id, m.dataset.speaker, m.textContent])")
    speakers = browser.evaluate("Object.fromEntries([...document.querySelectorAll('#speakers button')].map("
                                "b => [b.dataset.speaker, b.querySelector('.name').textContent]))")
    assert records
    for record in records:
        pieces = [m for m in marks if m[0] == record["id"]]
        assert "".join(text for _, _, text in pieces) == record["text"]
        assert {speaker for _, speaker, _ in pieces} == {record["speaker_id"] or ""}
        if record["speaker_id"]:
            assert speakers[record["speaker_id"]] == record["speaker"]
