"""quotex on a real local Spark (`local[2]`): the same records as `quotex extract`, failures apart.

One Spark session serves every test here; each corpus goes through Spark once, in a
module-scoped fixture, and the tests look at what came out.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from quotex.cli import main

pytest.importorskip("pyspark", reason="needs the spark extra: pip install 'quotex[spark]'")

pytestmark = [pytest.mark.spark, pytest.mark.model]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CHUNK = 1_000  # characters: small, so that a long document of the test is cut several times

# A small generated corpus, in words written for these tests: who, in what office, saying what.
PEOPLE = ["Marta Quillen", "Dev Anand Rao", "Lise Borchardt", "Tomasz Wierzba", "Nkechi Obi"]
OFFICES = ["the harbour master", "the council treasurer", "the head of the ferry union", "a school governor"]
SAYINGS = [
    "The ferries will run on time from next week",
    "Nobody told us the bridge would close",
    "We have the money for the new roof",
    "The vote was fair and the result stands",
    "Our teachers deserve better pay",
]
CUES = ["said", "told reporters", "added", "insisted"]


def generated_article(rng: random.Random) -> str:
    """A short news text: a headline, quotations attributed in the usual ways, reported speech."""
    name, office = rng.choice(PEOPLE), rng.choice(OFFICES)
    surname = name.split()[-1]
    first, second, third = rng.sample(SAYINGS, 3)
    return (
        f"{rng.choice(['Harbour', 'Council', 'Schools', 'Ferries'])} news\n\n"
        f"\u201c{first},\u201d {name}, {office}, {rng.choice(CUES)} on Tuesday.\n\n"
        f"{surname} said that {second[0].lower()}{second[1:]}.\n\n"
        f'"{third}," {rng.choice(["she", "he"])} added. "We will see."\n'
    )


def long_article(rng: random.Random, size: int) -> str:
    """Paragraphs of generated articles until the text is longer than `size` characters."""
    parts: list[str] = []
    while sum(map(len, parts)) <= size:
        parts.append(generated_article(rng))
    return "\n".join(parts)


def comparable(record: dict[str, Any]) -> str:
    """A record as a canonical string, so that lists of them compare order aside. Of a file
    whose name is not UTF-8, the fields that hash the name are left out: `quotex extract`
    hashes the name's own bytes, which Spark's text columns cannot carry (docs/robustness.md),
    and its linking leaves some `speaker_id` of such a file null."""
    if "\ufffd" in record["file"]:
        record = {key: value for key, value in record.items() if key not in ("id", "speaker_id", "link_confidence", "quote_group")}
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def extract_cli(*args: str) -> tuple[list[dict[str, Any]], str, int]:
    """Records, standard error and exit status of the real `quotex extract … -j 1`."""
    result = CliRunner().invoke(main, ["extract", "-j", "1", "--format", "jsonl", *args], catch_exceptions=False)
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr, result.exit_code


# --- fixtures: one session, each corpus through Spark once ---------------------------------


@pytest.fixture(scope="module")
def spark():
    from quotex.running.spark import session

    os.environ.setdefault("QUOTEX_SPARK_CDS", "0")  # no class archive written at the tests' exit
    spark = session(
        "local[2]",
        {
            "spark.ui.enabled": "false",
            "spark.ui.showConsoleProgress": "false",
            "spark.sql.shuffle.partitions": "2",
            "spark.default.parallelism": "2",
        },
        app_name="quotex tests",
    )
    spark.sparkContext.setLogLevel("ERROR")
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seed articles, twelve generated ones (two in a sub-folder) and a file that is not text."""
    folder = tmp_path_factory.mktemp("corpus")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    rng = random.Random(11)
    (folder / "more").mkdir()
    for number in range(12):
        place = folder / "more" if number < 2 else folder
        (place / f"gen_{number:02}.txt").write_text(generated_article(rng), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02PK binary\x00 data" * 20)
    # Names Hadoop cannot spell or stops at, and an empty file (issue 22 §5): read as extract reads them.
    with open(os.fsencode(folder) + b"/caf\xe9 \xff.txt", "wb") as latin:
        latin.write(generated_article(rng).encode("utf-8"))
    (folder / "a:b.txt").write_text(generated_article(rng), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def expected(corpus: Path) -> tuple[list[dict[str, Any]], str, int]:
    return extract_cli(str(corpus))


@pytest.fixture(scope="module")
def extracted(spark, corpus: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(quotations, errors) of the corpus through `quotex.running.spark.extract`, collected."""
    from quotex.cli.spark import read_text_files
    from quotex.running.spark import extract

    extraction = extract(read_text_files(spark, str(corpus)))
    extraction.rows.cache()
    quotes = [row.asDict(recursive=True) for row in extraction.quotes.collect()]
    errors = [row.asDict() for row in extraction.errors.collect()]
    return quotes, errors


# --- the library --------------------------------------------------------------------------


def test_columns_are_the_json_contract_in_its_order() -> None:
    from quotex.output.records import Mention, Quote
    from quotex.running.spark import contract_schema

    quote = Quote("a.txt", "direct", "Yes", 1, 4, "Ann Lee", Mention("Ann Lee", 6, 13), None, "explicit", 0.9, 0)
    schema = contract_schema()
    assert schema.fieldNames() == list(quote.to_dict())
    assert schema["speaker_mention"].dataType.fieldNames() == ["text", "start", "end"]
    assert schema["cue"].dataType.fieldNames() == ["text", "start", "end"]
    assert schema["confidence"].dataType.typeName() == "double"
    assert schema["start"].dataType.typeName() == "long"


def test_rows_equal_quotex_extract_on_seeds_and_a_generated_corpus(extracted, expected) -> None:
    quotes, _ = extracted
    records, _, _ = expected
    assert len(records) > 60  # the seeds' quotations and the generated ones
    assert {r["file"].rsplit("/", 1)[-1][:3] for r in records} >= {"000", "004", "gen"}
    assert sorted(map(comparable, quotes)) == sorted(map(comparable, records))


def test_a_broken_document_is_an_error_row_and_the_others_go_through(extracted, expected, corpus: Path) -> None:
    quotes, errors = extracted
    _, stderr, status = expected
    assert errors == [{"file": f"{corpus}/broken.txt", "error": "not a text file (binary content)"}]
    assert status == 1 and f"Error: {corpus}/broken.txt: not a text file (binary content)" in stderr
    assert {q["file"] for q in quotes} >= {f"{corpus}/more/gen_00.txt", f"{corpus}/gen_11.txt"}


def test_every_file_gives_its_rows_or_an_error_row_whatever_its_name(extracted, corpus: Path) -> None:
    quotes, errors = extracted
    given = {row["file"] for row in quotes} | {row["file"] for row in errors}
    assert {f"{corpus}/caf\ufffd \ufffd.txt", f"{corpus}/a:b.txt", f"{corpus}/broken.txt"} <= given
    assert len(given) == len(list(corpus.rglob("*.txt"))) - 1  # all but the empty file, which has no quotation


def test_text_that_is_null_or_missing_an_id_is_an_error_row(spark) -> None:
    from quotex.running.spark import extract

    frame = spark.createDataFrame(
        [("ok", '"We will win," Ann Lee said.'), ("empty", None), (None, "No id here.")], "doc string, body string"
    )
    extraction = extract(frame, text_col="body", id_col="doc")
    extraction.rows.cache()
    assert [row.file for row in extraction.quotes.collect()] == ["ok"]
    assert sorted((row.file or "", row.error) for row in extraction.errors.collect()) == [
        ("", "no document id"),
        ("empty", "no text (null)"),
    ]


def test_a_long_document_goes_in_chunks_with_whole_text_offsets(spark) -> None:
    import quotex
    from quotex.running.spark import extract_quotes

    text = long_article(random.Random(5), 4 * CHUNK)
    frame = spark.createDataFrame([("long.txt", text)], "file string, text string")
    rows = [row.asDict(recursive=True) for row in extract_quotes(frame, chunk_size=CHUNK).collect()]
    direct = extract_quotes(frame, chunk_size=CHUNK, kinds={"direct"}).collect()
    from quotex.corpus.runs import link_quotes

    found = quotex.load(chunk_size=CHUNK).extract(text, file="long.txt")
    by_library = [quote.to_dict() for quote, _ in link_quotes(found)]  # linked, as a run is
    assert sorted(map(comparable, rows)) == sorted(map(comparable, by_library))
    assert max(row["start"] for row in rows) > 3 * CHUNK  # found in a late chunk, shifted into the whole
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
        for mention in (row["speaker_mention"], row["cue"]):
            if mention is not None:
                assert text[mention["start"] : mention["end"]] == mention["text"]
    assert {row.kind for row in direct} == {"direct"}
    assert len(direct) == sum(1 for row in rows if row["kind"] == "direct")


def test_indirect_false_leaves_reported_speech_out_of_the_pipeline(spark) -> None:
    from quotex.running.spark import extract_quotes

    text = '"The pier stays open," Ann Lee said on Monday.\n\nLee said that the ferry would run all winter.\n'
    frame = spark.createDataFrame([("pier.txt", text)], "file string, text string")
    everything = {row.kind for row in extract_quotes(frame).collect()}
    without = [row.asDict(recursive=True) for row in extract_quotes(frame, indirect=False).collect()]
    assert everything == {"direct", "indirect"}
    assert [(row["kind"], row["speaker"]) for row in without] == [("direct", "Ann Lee")]


def test_a_speaker_linker_sees_the_runs_names_once_and_its_values_are_joined_back(spark) -> None:
    from quotex.running.spark import contract_schema, extract_quotes

    rng = random.Random(8)
    frame = spark.createDataFrame([(f"d{n}", generated_article(rng)) for n in range(4)], "file string, text string")
    seen: list[list[tuple[str, str]]] = []

    def by_surname(pairs: dict[tuple[str, str], int]) -> dict[tuple[str, str], dict[str, str]]:
        """A stand-in for corpus-wide linking: every mention of a surname becomes its initial and surname."""
        seen.append(sorted(pairs))
        return {(file, name): {"speaker": f"{name[0]}. {name.split()[-1]}"} for file, name in pairs}

    plain = [row.asDict(recursive=True) for row in extract_quotes(frame, link=None).collect()]
    linked = extract_quotes(frame, link=by_surname)
    rows = [row.asDict(recursive=True) for row in linked.collect()]
    assert linked.schema == contract_schema()
    assert len(seen) == 1 and seen[0] == sorted({(r["file"], r["speaker"]) for r in plain if r["speaker"]})
    expected = [{**r, "speaker": r["speaker"] and f"{r['speaker'][0]}. {r['speaker'].split()[-1]}"} for r in plain]
    assert sorted(map(comparable, rows)) == sorted(map(comparable, expected))


def test_a_linker_that_takes_mentions_is_given_the_words_that_attribute_each_pair(spark) -> None:
    """As `quotex extract` gives them to its linking: the evidence that keeps a surname alone
    from a namesake who dominates it (`quotex.corpus.namesakes`)."""
    from quotex.running.spark import extract_quotes

    text = 'The ferry timetable changed again.\n"The boats will run at dawn," Corvin Aldane said. "Then at noon," he added.\n'
    frame = spark.createDataFrame([("a", text)], "file string, text string")
    given: list[dict[tuple[str, str], list[str]]] = []

    def linker(pairs: dict[tuple[str, str], int], mentions: dict[tuple[str, str], list[str]]) -> dict:
        given.append(mentions)
        return {}

    extract_quotes(frame, link=linker).collect()
    assert len(given) == 1 and sorted(given[0][("a", "Corvin Aldane")]) == ["Corvin Aldane", "he"]


def test_each_python_worker_loads_a_pipeline_once_and_reuses_it(spark, extracted) -> None:
    def report(batches):
        import os

        import pyarrow as pa

        from quotex.running.spark import worker_stats

        for _ in batches:
            pass
        yield pa.RecordBatch.from_pylist(
            [{"pid": os.getpid(), "loaded": worker_stats["pipelines_loaded"], "batches": worker_stats["batches"]}]
        )

    stats = spark.range(0, 8, numPartitions=8).mapInArrow(report, "pid long, loaded long, batches long").collect()
    workers = {row.pid: row for row in stats}
    # The tests use three pipelines (the default, a small chunk size, no reported speech): never more loads.
    assert all(row.loaded <= 3 for row in workers.values())
    assert sum(row.batches for row in workers.values()) > sum(row.loaded for row in workers.values())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the parent process from /proc")
def test_python_workers_are_forked_from_quotexs_daemon_with_the_pipeline_loaded(spark) -> None:
    def report(batches):
        import gc
        import os

        import pyarrow as pa

        from quotex.running.config import PipelineConfig
        from quotex.running.spark import _loaded

        for _ in batches:
            pass
        with open(f"/proc/{os.getppid()}/cmdline", "rb") as parent:
            daemon = b"quotex.running.spark_daemon" in parent.read().split(b"\0")
        # the session's pipeline (the default), loaded by the daemon before the fork, or by the
        # worker; and what the daemon loaded out of the garbage collector's walks (gc.freeze)
        yield pa.RecordBatch.from_pylist([{"daemon": daemon, "loaded": PipelineConfig() in _loaded,
                                           "frozen": gc.get_freeze_count()}])

    rows = spark.range(0, 2, numPartitions=2).mapInArrow(report, "daemon boolean, loaded boolean, frozen long").collect()
    assert rows and all(row.daemon and row.loaded and row.frozen > 10_000 for row in rows)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads a process's children from /proc")
def test_a_daemon_hands_its_work_to_the_warm_daemon_or_does_it_itself(tmp_path: Path) -> None:
    """What a local session's Python daemon does when Spark starts it (no JVM here, Spark's part
    played by this test): it hands its streams to the warm daemon that the session started, whose
    forked child answers Spark in its place (the port of pyspark's daemon on its standard output)
    and ends when Spark closes its standard input, with the status it ends with; with no warm
    daemon there, it answers itself."""
    import struct
    import subprocess

    from quotex.running import spark_daemon

    environment = {**os.environ, spark_daemon.PRELOAD_ENV: "", spark_daemon.DATAFRAME_ENV: "1"}  # no pipeline to load
    path = tmp_path / "warm.sock"
    warm = subprocess.Popen([sys.executable, "-m", spark_daemon.MODULE, spark_daemon.WARM_FLAG, str(path)],
                            stdin=subprocess.PIPE, env=environment)
    try:
        while not path.exists() and warm.poll() is None:  # the warm daemon listening
            os.sched_yield()
        statuses = []
        for socket_path, handed in ((path, True), (tmp_path / "gone.sock", False)):
            daemon = subprocess.Popen([sys.executable, "-m", spark_daemon.MODULE], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, env={**environment, spark_daemon.WARM_ENV: str(socket_path)})
            assert daemon.stdout is not None and daemon.stdin is not None
            assert struct.unpack("!i", daemon.stdout.read(4))[0] > 0
            children = Path(f"/proc/{warm.pid}/task/{warm.pid}/children").read_text().split()
            assert bool(children) is handed
            daemon.stdin.close()
            statuses.append(daemon.wait(timeout=60))
        assert statuses[0] == statuses[1]  # pyspark's daemon's own, passed on
    finally:
        if warm.stdin is not None:
            warm.stdin.close()
        assert warm.wait(timeout=60) == 0


def test_the_daemon_of_rdd_jobs_loads_no_pipeline(spark) -> None:
    """pyspark's RDD API (a user's, or createDataFrame of a list) gets a daemon of its own."""

    def report(_):
        from quotex.running.spark import _loaded

        yield bool(_loaded)

    assert spark.sparkContext.parallelize([0], 1).mapPartitions(report).collect() == [False]


def test_a_listing_held_here_reaches_spark_without_a_python_worker(spark) -> None:
    """No Python step in its lineage: a Python RDD would start a second daemon, which loads the
    pipeline again (`local_frame`)."""
    from quotex.running.spark import local_frame

    rows = [("a.txt", b"caf\xe9.txt", None), ("b.txt", None, "unreadable")]
    frame = local_frame(spark, rows, "file string, path binary, error string")
    assert [tuple(row) for row in frame.collect()] == rows
    assert "PythonRDD" not in frame._jdf.queryExecution().toRdd().toDebugString()
    assert local_frame(spark, [], frame.schema).count() == 0


def test_a_local_driver_jvm_writes_its_class_archive_once_then_maps_it(tmp_path: Path, monkeypatch) -> None:
    """The options alone (no JVM): the JVM's side is Java's, measured in docs/cluster.md."""
    import atexit

    from quotex.running import spark_jvm

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(spark_jvm.SWITCH_ENV, raising=False)
    for name in ("SPARK_CONF_DIR", "HADOOP_CONF_DIR", "YARN_CONF_DIR", "SPARK_DIST_CLASSPATH"):
        monkeypatch.delenv(name, raising=False)
    conf_folder = tmp_path / "conf"
    (conf_folder / "spark-defaults.conf").parent.mkdir()
    (conf_folder / "spark-defaults.conf").write_text("")
    # Java will not start a JVM that is to write an archive with a folder of files on its class path.
    assert spark_jvm.java_options({"spark.driver.extraClassPath": str(conf_folder)}) == ""
    archive = spark_jvm.archive_path()
    assert archive is not None and archive.parent == tmp_path / "quotex"
    abandoned = archive.with_name(f"{archive.name}.999999999.part")  # no such process
    abandoned.parent.mkdir(parents=True)
    abandoned.write_bytes(b"half")
    first = spark_jvm.java_options()
    atexit.unregister(spark_jvm.keep_when_written)  # this test's JVM was not started with them
    assert f"-XX:ArchiveClassesAtExit={archive}.{os.getpid()}.part" in first and not abandoned.exists()
    archive.write_bytes(b"")
    assert spark_jvm.java_options().startswith(f"-XX:SharedArchiveFile={archive} ")
    monkeypatch.setenv(spark_jvm.SWITCH_ENV, "0")
    assert spark_jvm.java_options() == ""


def test_the_cache_keeps_only_the_class_archives_used_last(tmp_path: Path, monkeypatch) -> None:
    """Every new environment writes an archive of its own (some 150 MB): stale ones go, and one
    that a session maps counts as used then."""
    from quotex.running import spark_jvm

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv(spark_jvm.SWITCH_ENV, raising=False)
    for name in ("SPARK_CONF_DIR", "HADOOP_CONF_DIR", "YARN_CONF_DIR", "SPARK_DIST_CLASSPATH"):
        monkeypatch.delenv(name, raising=False)
    archive = spark_jvm.archive_path()
    assert archive is not None
    archive.parent.mkdir(parents=True)
    others = [archive.with_name(f"spark-driver-{index:016x}.jsa") for index in range(spark_jvm.KEPT_ARCHIVES + 1)]
    for age, path in enumerate([archive, *others]):
        path.write_bytes(b"")
        os.utime(path, (1_000_000 - age, 1_000_000 - age))  # `archive` the newest, then older and older
    unrelated = archive.with_name("notes.txt")
    unrelated.write_text("")
    os.utime(archive, (1, 1))  # now the oldest of all …
    assert spark_jvm.java_options().startswith(f"-XX:SharedArchiveFile={archive} ")  # … until a session maps it
    spark_jvm.prune_archives(archive.parent)
    kept = sorted(archive.parent.glob("spark-driver-*.jsa"))
    assert kept == sorted([archive, *others[: spark_jvm.KEPT_ARCHIVES - 1]]) and unrelated.exists()


# --- the command --------------------------------------------------------------------------


def spark_cli(*args: str):
    return CliRunner().invoke(main, ["spark", *args], catch_exceptions=False)


def read_json_lines(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for part in sorted(folder.glob("part-*")) for line in part.read_text("utf-8").splitlines()]


def test_command_writes_json_lines_equal_to_extract_and_reports_the_broken_file(
    spark, corpus: Path, expected, tmp_path: Path
) -> None:
    records, _, _ = expected
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # pyspark warns about nothing quotex declares
        result = spark_cli(str(corpus), "-o", str(tmp_path / "out"), "--format", "jsonl", "--errors", str(tmp_path / "err"))
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {corpus}/broken.txt: not a text file (binary content)"
    assert sorted(map(comparable, read_json_lines(tmp_path / "out"))) == sorted(map(comparable, records))
    assert read_json_lines(tmp_path / "err") == [{"file": f"{corpus}/broken.txt", "error": "not a text file (binary content)"}]


def test_command_reads_json_lines_with_named_columns_and_writes_parquet(spark, tmp_path: Path) -> None:
    rng = random.Random(3)
    texts = {f"https://news.example/{n}": generated_article(rng) for n in range(4)}
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"url": u, "body": t}) + "\n" for u, t in texts.items()), encoding="utf-8")
    for url, text in texts.items():
        (tmp_path / f"{url.rsplit('/', 1)[-1]}.txt").write_text(text, encoding="utf-8")
    result = spark_cli(str(source), "-o", str(tmp_path / "out"), "--text-col", "body", "--id-col", "url")
    assert result.exit_code == 0, result.output
    written = [row.asDict(recursive=True) for row in spark.read.parquet(str(tmp_path / "out")).collect()]
    records = []
    for url in texts:
        found, _, _ = extract_cli(str(tmp_path / f"{url.rsplit('/', 1)[-1]}.txt"))
        records += [_renamed(record, url) for record in found]
    assert sorted(map(comparable, written)) == sorted(map(comparable, records))
    assert spark.read.parquet(str(tmp_path / "out")).schema["cue"].dataType.typeName() == "struct"


def _renamed(record: dict[str, Any], file: str) -> dict[str, Any]:
    """`record` as found in a document named `file`: the id names the text, and stays."""
    from quotex.output.records import Mention, Quote

    fields = {**record, "file": file}
    for key in ("speaker_mention", "cue"):
        fields[key] = Mention(**fields[key]) if fields[key] else None
    return Quote(**fields).to_dict()


def test_command_names_a_missing_column_in_one_line(spark, tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"url": "a", "body": "Hello."}) + "\n", encoding="utf-8")
    result = spark_cli(str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no column 'text'") and len(result.stderr.splitlines()) == 1


def test_command_will_not_write_over_an_output_without_overwrite(spark, tmp_path: Path) -> None:
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps({"file": "a", "text": '"Yes," Ann Lee said.'}) + "\n", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("mine", encoding="utf-8")
    result = spark_cli(str(source), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "exists" in result.stderr and "--overwrite" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert (tmp_path / "out" / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_the_selection_is_the_clis_speaker_and_confidence_included(spark, corpus: Path) -> None:
    from quotex.cli.spark import read_text_files
    from quotex.running.spark import extract_quotes

    selected = extract_quotes(read_text_files(spark, str(corpus)), speakers=["Quillen"], min_confidence=0.5)
    rows = [row.asDict(recursive=True) for row in selected.collect()]
    cli, _, _ = extract_cli(str(corpus), "--speaker", "Quillen", "--min-confidence", "0.5")
    assert rows and sorted(map(comparable, rows)) == sorted(map(comparable, cli))


def test_command_refuses_an_existing_output_before_spark_starts(tmp_path: Path) -> None:
    """No `spark` fixture: the check comes before any session."""
    (tmp_path / "out").mkdir()
    result = CliRunner().invoke(main, ["spark", str(SEEDS), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'out'} exists (--overwrite replaces it)"


def test_command_reads_csv_articles_and_carries_their_kept_fields(spark, tmp_path: Path) -> None:
    import csv

    source = tmp_path / "articles.csv"
    with open(source, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["key", "outlet", "body"])
        writer.writeheader()
        writer.writerow({"key": "k1", "outlet": "Gazette", "body": '"The pier stays open," Ann Lee said on Monday.\n\nThe ferry was late.'})
        writer.writerow({"key": "k2", "outlet": "Post", "body": '"We are ready," the coach, Ola Berg, told reporters.'})
    result = spark_cli(str(source), "-o", str(tmp_path / "out"), "--format", "jsonl", "--text-field", "body",
                       "--id-field", "key", "--keep-fields", "outlet")
    assert result.exit_code == 0, result.output
    rows = read_json_lines(tmp_path / "out")
    assert sorted((r["file"], r["speaker"], r["article"]["outlet"]) for r in rows) == [("k1", "Ann Lee", "Gazette"), ("k2", "Ola Berg", "Post")]
    assert all(list(r)[-1] == "article" for r in rows)
