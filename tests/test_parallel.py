"""`--jobs`: worker processes give the same output, in the same order, as one process.

On Linux the workers are forked from the test process, elsewhere spawned; either way they run
the real code: a function swapped in here for a worker's task is one defined in this module,
which a forked worker already holds and a spawned one imports by name.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotex.cli import main
from quotex.output.records import Quote
from quotex.reading.inputs import Document, InputError
from quotex.running import parallel

ARTICLES = [
    "\u201cWe will rebuild the pier before winter,\u201d Mayor Ellen Brandt said on Monday.\n",
    "Harbour news\n\nSenator Tom Okafor said the vote was \u201ca turning point for the harbour.\u201d\n",
    '"Nobody expected it," said Paul Meyer, a council member. "We were surprised."\n',
    "The weather stayed calm all week.\n",
    "\u201cThe ferry will run again,\u201d the operator said. \u201cSoon.\u201d\n\nShe did not say when.\n",
    '"Prices rose," Ana Ruiz told reporters.\n\n"They will fall," she added.\n',
    "\u201cWe are ready,\u201d the minister said.\n",
]


def test_default_jobs_is_the_cpus_we_may_use() -> None:
    assert 1 <= parallel.default_jobs() <= (os.cpu_count() or 1)


@pytest.mark.parametrize(
    ("cpus", "available", "jobs"),
    [(8, 64 * 10**9, 8), (8, int(2.5 * parallel.WORKER_MEMORY), 2), (8, 3 * 10**8, 1), (2, None, 2)],
)
def test_default_jobs_never_plans_more_workers_than_memory_holds(
    monkeypatch: pytest.MonkeyPatch, cpus: int, available: int | None, jobs: int
) -> None:
    monkeypatch.setattr(parallel, "_usable_cpus", lambda: cpus)
    monkeypatch.setattr(parallel, "available_memory", lambda: available)
    assert parallel.default_jobs() == jobs


def test_available_memory_is_read_on_linux() -> None:
    available = parallel.available_memory()
    if sys.platform.startswith("linux"):
        assert available is not None and available > 0


def test_batches_keep_order_and_an_error_ends_a_batch() -> None:
    docs = [Document(f"d{i}", "x") for i in range(5)]
    error = InputError("bad", "binary")
    groups = list(parallel.batches([docs[0], docs[1], docs[2], error, docs[3], docs[4]], 2))
    assert groups == [[docs[0], docs[1]], [docs[2]], error, [docs[3], docs[4]]]


class _FakeExtractor:
    """Quotes nothing; fails on a text holding BOOM, in a batch and alone."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def extract_many(self, texts, *, batch_size: int = 16):
        for name, text in texts:
            self.seen.append(name)
            if "BOOM" in text:
                raise RuntimeError("the pipeline broke\nsecond line")
            yield name, [_quote(name)]

    def extract(self, text: str, *, file: str = "<text>") -> list[Quote]:
        if "BOOM" in text:
            raise RuntimeError("the pipeline broke")
        return [_quote(file)]


def _quote(name: str) -> Quote:
    return Quote(name, "direct", "x", 0, 1, None, None, None, "none", 0.4, 0)


def test_a_document_that_breaks_the_pipeline_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QUOTEX_DEBUG", raising=False)
    docs = [Document("a", "fine"), Document("b", "BOOM"), Document("c", "fine")]
    results = list(parallel.extract_batch(_FakeExtractor(), docs))
    assert [r[0].file for r in (results[0], results[2])] == ["a", "c"]
    assert isinstance(results[1], InputError)
    assert str(results[1]) == "b: extraction failed: RuntimeError: the pipeline broke"


def test_in_process_streams_each_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """A result comes out before the inputs after its batch have even been read."""
    read: list[int] = []

    def items():
        for i in range(10):
            read.append(i)
            yield Document(f"d{i}", "fine")

    monkeypatch.setattr(parallel, "BATCH", 2)
    results = parallel.in_process(_FakeExtractor(), items())
    first = next(results)
    assert first[0].file == "d0" and read == [0, 1]
    assert [r[0].file for r in results] == [f"d{i}" for i in range(1, 10)]


def _write_corpus(folder: Path) -> list[str]:
    folder.mkdir()
    paths = []
    for i, text in enumerate(ARTICLES):
        path = folder / f"{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    binary = folder / "03b.txt"  # a bad file between good ones, found in name order
    binary.write_bytes(b"\x00\x01\x02binary")
    return paths


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_jobs_2_output_is_byte_identical_to_jobs_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str) -> None:
    monkeypatch.setattr(parallel, "BATCH", 2)  # several batches in flight over the two workers
    _write_corpus(tmp_path / "corpus")
    runs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.{fmt}"
        result = CliRunner().invoke(
            main, ["extract", str(tmp_path / "corpus"), "--jobs", jobs, "--format", fmt, "-o", str(out)]
        )
        runs[jobs] = (result.exit_code, result.stderr, out.read_bytes())
    assert runs["1"] == runs["2"]
    exit_code, stderr, output = runs["2"]
    assert exit_code == 1
    assert stderr.splitlines() == [f"Error: {tmp_path / 'corpus' / '03b.txt'}: not a text file (binary content)"]
    text = output.decode("utf-8")
    if fmt == "csv":
        files = [row["file"] for row in csv.DictReader(io.StringIO(text))]
    else:
        files = [json.loads(line)["file"] for line in text.splitlines()]
    assert files == sorted(files) and len(set(files)) == 6  # in input order; one article has no quotation


# --- functions a worker runs in place of `parallel._work`, by name --------------------------


class _Failing:
    """Wraps a worker's extractor: raises on a text holding BOOM."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def extract_many(self, texts, *, batch_size: int = 16):
        for name, text in texts:
            if "BOOM" in text:
                raise RuntimeError("boom")
            yield from self.inner.extract_many([(name, text)], batch_size=batch_size)

    def extract(self, text: str, *, file: str = "<text>"):
        if "BOOM" in text:
            raise RuntimeError("boom")
        return self.inner.extract(text, file=file)


_ORIGINAL_WORK = parallel._work  # the task itself, whether workers are forked or spawned


def _work_failing_or_dying(documents: list[Document]):
    """A worker's task that raises on BOOM and kills its process on DIE."""
    if any("DIE" in d.text for d in documents):
        os._exit(3)
    if not isinstance(parallel._extractor, _Failing):
        parallel._extractor = _Failing(parallel._extractor)
    return _ORIGINAL_WORK(documents)


@pytest.mark.model
def test_a_worker_exception_or_death_fails_only_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotex.running.api import find_model

    monkeypatch.delenv("QUOTEX_DEBUG", raising=False)
    monkeypatch.setattr(parallel, "_work", _work_failing_or_dying)
    texts = [ARTICLES[0], "BOOM", ARTICLES[2], ARTICLES[5], "DIE", ARTICLES[6], ARTICLES[1]]
    read: list[int] = []

    def items():
        for i, text in enumerate(texts):
            read.append(i)
            yield Document(f"doc{i}", text)

    results = []
    for result in parallel.in_workers(find_model(), items(), jobs=2, batch=1):
        # bounded: at most 2 * jobs batches in flight, plus the one being read
        assert len(read) - len(results) <= 2 * 2 + 1
        results.append(result)
    assert len(results) == len(texts)
    errors = {i: str(r) for i, r in enumerate(results) if isinstance(r, InputError)}
    assert errors == {
        1: "doc1: extraction failed: RuntimeError: boom",
        4: "doc4: extraction failed: the worker process died",
    }
    for i, result in enumerate(results):
        if i not in errors:
            assert result and all(q.file == f"doc{i}" for q in result)
