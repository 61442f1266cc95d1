"""quotex on Apache Spark: the quotations of a DataFrame of texts, row for row what the CLI gives.

    >>> from quotex.running.spark import extract_quotes
    >>> quotes = extract_quotes(spark.read.parquet("articles/"), text_col="body", id_col="url")

In a session that `session` makes, Spark's Python workers are forked from a daemon that has
loaded the pipeline (`quotex.running.spark_daemon`), so each starts with it; elsewhere each
worker loads it on its first batch. Either way a worker keeps it for every batch and partition
it is given after (Spark reuses its Python workers). Documents reach the
workers in Arrow record batches through `DataFrame.mapInArrow` and go through the same code
as `quotex extract`: `quotex.running.parallel.in_process` over a `quotex.running.api.Extractor`, so long
texts are cut into chunks with offsets into the whole text, and a document that breaks the
pipeline fails alone. A text column of bytes is decoded as `quotex extract` decodes files.

A document that cannot be read or that makes the pipeline fail never fails the job: it
becomes a row of `extract(...).errors` (`file`, `error`), and the other documents'
quotations are kept. `extract_quotes` gives the quotations alone.

The columns of the quotations are the fields of the JSON contract, `Quote.to_dict()`, in its
order and derived from it (`contract_schema()`): `speaker_mention` and `cue` are structs of
`text`, `start`, `end`; offsets are longs, `confidence` a double.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import os
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from quotex.output.records import Quote
from quotex.reading.inputs import BinaryContentError, Document, InputError, decode_with_info
from quotex.running import spark_daemon, spark_jvm
from quotex.running.api import Extractor
from quotex.running.config import PipelineConfig
from quotex.running.selection import Selection

if TYPE_CHECKING:  # pyspark and pyarrow come with the `quotex[spark]` extra
    import pyarrow as pa
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

KINDS = frozenset({"direct", "mixed", "indirect"})
# A corpus-wide step over the speakers of a run: given its (file, speaker) pairs, each with how
# many rows carry it, the new values of fields of the contract (e.g. `speaker`, `speaker_id`)
# for each pair it links.
SpeakerLinker = Callable[[Mapping[tuple[str, str], int]], Mapping[tuple[str, str], Mapping[str, Any]]]


def link_names(
    pairs: Mapping[tuple[str, str], int], mentions: Mapping[tuple[str, str], Sequence[str]] | None = None
) -> dict[tuple[str, str], dict[str, Any]]:
    """quotex's own linking (`quotex.corpus.linking.link`, what `quotex extract` runs), as a SpeakerLinker:
    the corpus-wide `speaker`, its `speaker_id` and `link_confidence` for every (file, speaker)
    pair. A linker that takes `mentions` is given the texts that attribute each pair's rows."""
    from quotex.corpus.linking import link

    return {pair: {"speaker": found.name, "speaker_id": found.id, "link_confidence": found.link_confidence}
            for pair, found in link(pairs, mentions=mentions).items()}


def _with_mentions(link: SpeakerLinker) -> Callable[..., Mapping[tuple[str, str], Mapping[str, Any]]]:
    """`link` as the linker that takes `mentions=` it is (`_takes_mentions`)."""
    return typing.cast("Callable[..., Mapping[tuple[str, str], Mapping[str, Any]]]", link)


def _takes_mentions(link: Callable[..., Any]) -> bool:
    """Whether a SpeakerLinker takes the pairs' mentions (`mentions=`), as `link_names` does."""
    try:
        return "mentions" in inspect.signature(link).parameters
    except (TypeError, ValueError):  # a callable without a signature Python can read
        return False
LOCAL_MASTER = "local[*]"  # the master when none is named and spark-submit gives none
ERROR_COLUMN = "error"  # set on a document's error row, null on every quotation
WORKER_BATCH = 16  # documents a worker hands to `nlp.pipe` at once
# Every session `session` makes, unless the caller says otherwise: each Python worker is forked
# from a daemon that has loaded the pipeline (`quotex.running.spark_daemon`), instead of
# importing spaCy and loading it for itself; documents reach the workers in Arrow batches of at
# most this many, so that a batch of long articles stays small in memory (Spark's default is
# 10,000) and results flow back while the next batch is read.
ARROW_BATCH = 128
SESSION_DEFAULTS = {"spark.python.daemon.module": spark_daemon.MODULE, "spark.python.worker.reuse": "true",
                    "spark.sql.execution.arrow.maxRecordsPerBatch": str(ARROW_BATCH)}
# And a local session's: the web UI starts a web server and its threads for every run (seconds
# of the fixed cost) that a one-off local job seldom looks at; the JVM only moves rows between
# files and Python workers, so its quick compiler alone and one garbage-collector thread do
# (half the JVM's CPU time at start-up, measured in docs/BENCHMARKS.md); a shuffle (the
# `--keep-fields` join) has one partition a core, not 200.
# And the driver JVM that a local session starts maps the classes of an earlier run from an
# archive (`quotex.running.spark_jvm`), unless `conf` gives JVM options of its own.
DRIVER_JAVA_OPTIONS = "spark.driver.extraJavaOptions"
LOCAL_DEFAULTS = {
    "spark.ui.enabled": "false",
    DRIVER_JAVA_OPTIONS: "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
    "spark.sql.shuffle.partitions": str(os.cpu_count() or 1),
}


# --- the schema: the JSON contract as Spark types ----------------------------------------


def _python_to_spark(hint: Any) -> DataType:
    """The Spark type of a field of a record, from its type hint."""
    from pyspark.sql.types import (
        BooleanType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    if typing.get_origin(hint) is typing.Literal:
        hint = type(typing.get_args(hint)[0])
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(options) == 1:
            return _python_to_spark(options[0])
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        hints = typing.get_type_hints(hint)
        return StructType([StructField(f.name, _python_to_spark(hints[f.name])) for f in dataclasses.fields(hint)])
    simple: dict[Any, DataType] = {str: StringType(), int: LongType(), float: DoubleType(), bool: BooleanType()}
    if hint in simple:
        return simple[hint]
    raise TypeError(f"no Spark type for a record field of type {hint!r}")


def _placeholder(hint: Any) -> Any:
    """A value of type `hint`, for building a record whose `to_dict` gives the field order."""
    if typing.get_origin(hint) is typing.Literal:
        return typing.get_args(hint)[0]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in typing.get_args(hint):
        return None
    return hint()


def contract_schema() -> StructType:
    """The JSON contract of a quotation (`Quote.to_dict()`) as a Spark schema, in its field order.

    Field types come from `Quote`'s type hints; a field `to_dict` adds (`id`) from its value.
    """
    from pyspark.sql.types import StructField, StructType

    hints = typing.get_type_hints(Quote)
    probe = Quote(**{field.name: _placeholder(hints[field.name]) for field in dataclasses.fields(Quote)})
    return StructType(
        [
            StructField(name, _python_to_spark(hints.get(name, type(value))), nullable=True)
            for name, value in probe.to_dict().items()
        ]
    )


def rows_schema() -> StructType:
    """What the workers give: the contract's fields and `error` (see `Extraction`)."""
    from pyspark.sql.types import StringType, StructField

    return contract_schema().add(StructField(ERROR_COLUMN, StringType(), nullable=True))


# --- the API ---------------------------------------------------------------------------


class Extraction(NamedTuple):
    """The outcome of `extract`.

    `rows` is what the workers gave: every quotation with `error` null, and one row for each
    document that failed, with only `file` and `error` set. `quotes` and `errors` are views of
    it; to compute both from one pass over the texts, `rows.persist()` first (the CLI does).
    """

    rows: DataFrame

    @property
    def quotes(self) -> DataFrame:
        """One row a quotation, with exactly the fields of the JSON contract."""
        from pyspark.sql import functions as F

        return self.rows.where(F.col(ERROR_COLUMN).isNull()).drop(ERROR_COLUMN)

    @property
    def errors(self) -> DataFrame:
        """One row (`file`, `error`) for each document that could not be read or extracted."""
        from pyspark.sql import functions as F

        return self.rows.where(F.col(ERROR_COLUMN).isNotNull()).select("file", ERROR_COLUMN)


def extract_quotes(
    df: DataFrame,
    *,
    text_col: str = "text",
    id_col: str = "file",
    model: str | None = None,
    kinds: Iterable[str] = KINDS,
    min_confidence: float = 0.0,
    speakers: Iterable[str] = (),
    indirect: bool = True,
    chunk_size: int | None = None,
    partitions: int | None = None,
    link: SpeakerLinker | None = link_names,
) -> DataFrame:
    """One row for each quotation in the texts of `df`, with the fields of the JSON contract.

    `text_col` holds the text (a string, or bytes decoded as `quotex extract` decodes files);
    `id_col`'s value, as a string, is each row's `file`. `model` names the spaCy pipeline
    (default en_core_web_sm); `kinds`, `min_confidence` and `speakers` select as the CLI does
    (`quotex.running.selection.Selection`: each id once a document, a speaker by any variant of the
    name once linked); `indirect=False` leaves reported speech out of the pipeline. `link` runs over the speakers of the whole run (see
    `link_speakers`): by default quotex's own linking, so that `speaker`, `speaker_id` and
    `quote_group` are those `quotex extract` gives; None leaves each document's names as it
    resolved them. Documents that fail are left out here: `extract` gives them as rows of
    its `errors`.
    """
    return extract(
        df,
        text_col=text_col,
        id_col=id_col,
        model=model,
        kinds=kinds,
        min_confidence=min_confidence,
        speakers=speakers,
        indirect=indirect,
        chunk_size=chunk_size,
        partitions=partitions,
        link=link,
    ).quotes


def extract(
    df: DataFrame,
    *,
    text_col: str = "text",
    id_col: str = "file",
    model: str | None = None,
    kinds: Iterable[str] = KINDS,
    min_confidence: float = 0.0,
    speakers: Iterable[str] = (),
    indirect: bool = True,
    chunk_size: int | None = None,
    partitions: int | None = None,
    link: SpeakerLinker | None = link_names,
) -> Extraction:
    """The quotations of the texts of `df` and the documents that failed (see `extract_quotes`).

    `df` is spread over at least as many partitions as Spark's default parallelism (or over
    `partitions`), so that every core has work when the input is one file. A string column
    `error` in `df` (as `quotex.cli.spark.read_text_files` gives) marks the documents that
    could not be read: each is an error row with that reason.
    """
    from pyspark.sql import functions as F

    selection = Selection(frozenset(kinds), min_confidence, (speakers,) if isinstance(speakers, str) else tuple(speakers))
    for column in (text_col, id_col):
        if column not in df.columns:
            raise ValueError(f"no column {column!r}; the columns are {', '.join(df.columns)}")
    text_type = df.schema[text_col].dataType.typeName()
    if text_type not in ("string", "binary"):
        raise ValueError(f"column {text_col!r} holds {text_type}, not text (string or binary)")
    unread = F.col(ERROR_COLUMN).cast("string") if ERROR_COLUMN in df.columns else F.lit(None).cast("string")
    documents = df.select(F.col(id_col).cast("string").alias("file"), F.col(text_col).alias("text"), unread.alias(ERROR_COLUMN))
    documents = _spread(documents, partitions)
    corpus_wide = link is not None or bool(selection.speakers)
    settings = _Settings(PipelineConfig(model, indirect=indirect, chunk_size=chunk_size), selection, not corpus_wide)
    rows = documents.mapInArrow(functools.partial(_extract_batches, settings), rows_schema())
    if not corpus_wide:  # each document's names as it resolved them: `quote_group` set by the workers
        return Extraction(rows)
    # The one corpus-wide step, after every document and before any output: the linked values
    # and `quote_group` set in one pass of Arrow batches (no join, no shuffle, no row-at-a-time UDF).
    linker = _Remembered(link)
    linked = _linked_values(rows, linker)
    rows = rows.mapInArrow(functools.partial(_finish_batches, linked, True), rows.schema)
    if selection.speakers:  # who a name stands for is known once the run is linked
        rows = _of_speakers(rows, linker, selection)
    return Extraction(rows)


class _Remembered:
    """A SpeakerLinker (or none: names as resolved) that keeps the pairs it was given and its answer."""

    def __init__(self, link: SpeakerLinker | None) -> None:
        self.link = link
        self.pairs: Mapping[tuple[str, str], int] = {}
        self.linked: Mapping[tuple[str, str], Mapping[str, Any]] = {}

    def __call__(
        self, pairs: Mapping[tuple[str, str], int], mentions: Mapping[tuple[str, str], Sequence[str]] | None = None
    ) -> Mapping[tuple[str, str], Mapping[str, Any]]:
        self.pairs = pairs
        if self.link is None:
            self.linked = {}
        else:
            self.linked = _with_mentions(self.link)(pairs, mentions=mentions) if _takes_mentions(self.link) else self.link(pairs)
        return self.linked


def _of_speakers(rows: DataFrame, linker: _Remembered, selection: Selection) -> DataFrame:
    """The rows of the speakers `selection` asks for: each linked speaker, with every name
    the run gave it, matched as the CLI matches (`Selection.speaker_wanted`)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import StringType, StructField, StructType

    from quotex.corpus.linking import Identity, parse_name

    shown: dict[tuple[str, str], tuple[str, str]] = {}  # (file, name) -> (speaker id or name, linked name)
    variants: dict[str, set[str]] = {}
    for file, name in linker.pairs:
        values = linker.linked.get((file, name), {})
        key, linked_name = str(values.get("speaker_id") or name), str(values.get("speaker") or name)
        shown[(file, name)] = (key, linked_name)
        variants.setdefault(key, set()).update((name, linked_name))
    def identity(key: str, name: str) -> Identity:
        parsed = parse_name(name)
        return Identity(key, name, tuple(sorted(variants[key])), surname=parsed.surname, given=parsed.given)

    wanted = {(file, name) for (file, _), (key, name) in shown.items() if selection.speaker_wanted(identity(key, name))}
    schema = StructType([StructField("_wanted_file", StringType()), StructField("_wanted_speaker", StringType())])
    table = local_frame(rows.sparkSession, sorted(wanted), schema)
    matched = (F.col("file") == F.col("_wanted_file")) & (F.col("speaker") == F.col("_wanted_speaker"))
    kept = F.col("_wanted_file").isNotNull() | F.col(ERROR_COLUMN).isNotNull()  # a failed document stays reported
    return rows.join(F.broadcast(table), on=matched, how="left").where(kept).select(*rows.columns)



def link_speakers(rows: DataFrame, link: SpeakerLinker) -> DataFrame:
    """`rows` with the values `link` gives for their (file, speaker) pairs, as a Spark step.

    The distinct (file, speaker) pairs of the run are a small table, one row per name per
    document: the named rows' (file, speaker, mention) go to the driver as Arrow straight from
    the JVM (no Python worker, no shuffle), are counted there and handed to `link`, a pure function over the
    whole run (so the result is the CLI's whatever the partitions), and its values are set,
    in the Python workers, on the rows of those pairs (the table travels with the task). Fields
    it does not give (or gives as None) keep their values; the columns keep their order.
    `rows` is persisted, so the texts go through the pipeline once for the collect and the
    output both.
    """
    linked = _linked_values(rows, link)
    return rows.mapInArrow(functools.partial(_finish_batches, linked, False), rows.schema)


def _linked_values(rows: DataFrame, link: SpeakerLinker) -> dict[tuple[str, str], dict[str, Any]]:
    """What `link` gives for the run's (file, speaker) pairs, None values left out; `rows` persisted."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    rows.persist(StorageLevel.MEMORY_AND_DISK)
    named = rows.where(F.col(ERROR_COLUMN).isNull() & F.col("speaker").isNotNull())
    # The (file, speaker, mention) of every named row, collected as Arrow batches straight from
    # the JVM (no Python worker, no shuffle) and counted here, in the rows' order.
    table = named.select("file", "speaker", F.col("speaker_mention.text").alias("mention")).toArrow()
    pairs, mentions = _count_pairs(table.column("file").to_pylist(), table.column("speaker").to_pylist(),
                                   table.column("mention").to_pylist())
    if _takes_mentions(link):  # the texts that attribute each pair's rows, as `quotex extract` gives them
        given = _with_mentions(link)(pairs, mentions=mentions)
    else:
        given = link(pairs)
    linked = {pair: {name: value for name, value in values.items() if value is not None} for pair, values in given.items()}
    unknown = {name for values in linked.values() for name in values} - set(rows.columns)
    if unknown:
        raise ValueError(f"the speaker linker gives fields outside the contract: {', '.join(sorted(unknown))}")
    return linked


def _count_pairs(
    files: Sequence[str], speakers: Sequence[str], texts: Sequence[str | None]
) -> tuple[dict[tuple[str, str], int], dict[tuple[str, str], list[str]]]:
    """Each distinct (file, speaker) pair's count of rows and the texts of its mentions, in the rows' order."""
    counts: dict[tuple[str, str], int] = {}
    mentions: dict[tuple[str, str], list[str]] = {}
    for file, speaker, mention in zip(files, speakers, texts, strict=True):
        pair = (file, speaker)
        counts[pair] = counts.get(pair, 0) + 1
        found = mentions.setdefault(pair, [])
        if mention is not None:
            found.append(mention)
    return counts, mentions


def _finish_batches(
    linked: Mapping[tuple[str, str], Mapping[str, Any]], group: bool, batches: Iterator[pa.RecordBatch]
) -> Iterator[pa.RecordBatch]:
    """mapInArrow's function after the pipeline: each row with its pair's linked values, then (if
    `group`) its `quote_group` from its speaker id and words (`quotex.corpus.linking.quote_group`)."""
    import pyarrow as pa

    from quotex.corpus.linking import quote_group

    for batch in batches:
        rows = batch.to_pylist()
        for row in rows:
            if row["text"] is None:  # a document's error row
                continue
            row.update(linked.get((row["file"], row["speaker"]), ()))
            if group:
                row["quote_group"] = quote_group(row["speaker_id"], row["text"])
        yield pa.RecordBatch.from_pylist(rows, schema=batch.schema)


def local_frame(spark: SparkSession, rows: Sequence[Sequence[Any]], schema: StructType | str) -> DataFrame:
    """A DataFrame of `rows` (tuples in the order of `schema`'s fields) held by this process,
    handed to the JVM as Arrow batches. pyspark's `createDataFrame` of a list pickles the rows
    through a Python worker in a job of Spark's RDD API, whose workers come from a Python
    daemon of their own (Spark keeps one a set of environment variables, and an RDD job's
    differ from a query's): a second quotex daemon, which loads the pipeline a second time
    (seconds of CPU in every session). Arrow batches go to the JVM with no Python worker."""
    import pyarrow as pa
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import StructType as Struct

    struct = schema if isinstance(schema, Struct) else typing.cast("StructType", Struct.fromDDL(schema))
    arrow = to_arrow_schema(struct)
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in struct.fields]
    table = pa.Table.from_arrays([pa.array(list(column), field.type) for column, field in zip(columns, arrow, strict=True)],
                                 schema=arrow)
    return spark.createDataFrame(table, struct)


def _spread(documents: DataFrame, partitions: int | None) -> DataFrame:
    if partitions is not None:
        return documents.repartition(partitions)
    cores = documents.sparkSession.sparkContext.defaultParallelism
    if documents.rdd.getNumPartitions() < cores:
        return documents.repartition(cores)
    return documents


def session(
    master: str | None = None,
    conf: Mapping[str, str] | None = None,
    *,
    app_name: str = "quotex",
    preload: PipelineConfig | None = PipelineConfig(),  # noqa: B008 # frozen, compared by value
) -> SparkSession:
    """A SparkSession for quotex (the one already running, if any, as Spark does).

    `master` None means spark-submit's master when run under spark-submit, else `local[*]`.
    On a local master the Python workers run this interpreter, so that they import the
    quotex and spaCy pipeline installed beside it; `PYSPARK_PYTHON` set by the user wins.
    Spark's Python workers are forked from a daemon that has loaded the pipeline `preload`
    (None: pyspark's own daemon, each worker loading what it needs); the settings of
    `SESSION_DEFAULTS`, and of `LOCAL_DEFAULTS` on a local master, apply unless `conf` gives others.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master is None and not _under_spark_submit():
        master = LOCAL_MASTER
    settings = dict(SESSION_DEFAULTS) if preload is not None else {}
    if preload is not None:
        settings[f"spark.executorEnv.{spark_daemon.PRELOAD_ENV}"] = spark_daemon.describe(preload)
    if master is not None:
        builder = builder.master(master)
        if master.startswith("local"):
            settings |= _local_settings(conf or {}, preload)
    for key, value in {**settings, **(conf or {})}.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _local_settings(conf: Mapping[str, str], preload: PipelineConfig | None) -> dict[str, str]:
    """What a session on a local master adds to `SESSION_DEFAULTS` (before `conf`): `LOCAL_DEFAULTS`,
    the driver JVM's class archive, and a warm daemon (`spark_daemon.start_warm`, started here so
    that it loads the pipeline while the JVM starts) when the Python workers run this interpreter."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    settings = dict(LOCAL_DEFAULTS)
    if DRIVER_JAVA_OPTIONS not in conf and not _jvm_running():
        settings[DRIVER_JAVA_OPTIONS] = f"{settings[DRIVER_JAVA_OPTIONS]} {spark_jvm.java_options(conf)}".rstrip()
    warm_setting = f"spark.executorEnv.{spark_daemon.WARM_ENV}"  # given in `conf` (empty, say): no warm daemon
    python = conf.get("spark.pyspark.python") or os.environ.get("PYSPARK_PYTHON")
    ours = conf.get("spark.python.daemon.module", spark_daemon.MODULE) == spark_daemon.MODULE
    if preload is not None and python == sys.executable and ours and warm_setting not in conf and not _context_active():
        warm = spark_daemon.start_warm(preload, _workers_environment(conf))
        if warm is not None:
            settings[warm_setting] = warm
    return settings


def _workers_environment(conf: Mapping[str, str]) -> dict[str, str]:
    """The variables Spark gives its Python workers from the session's settings: `spark.executorEnv.*`,
    and OMP_NUM_THREADS, the cores of a task unless given (as Spark's PythonRunner sets it)."""
    prefix = "spark.executorEnv."
    environment = {key.removeprefix(prefix): value for key, value in conf.items() if key.startswith(prefix)}
    environment.setdefault("OMP_NUM_THREADS", conf.get("spark.task.cpus", "1"))
    return environment


def _context_active() -> bool:
    """Whether a SparkContext runs in this process (a new session is then that context's, with its executors' settings)."""
    from pyspark import SparkContext

    return SparkContext._active_spark_context is not None


def _jvm_running() -> bool:
    """Whether this process started Spark's JVM already (a new session's JVM options then change nothing)."""
    from pyspark import SparkContext

    return SparkContext._gateway is not None


def _under_spark_submit() -> bool:
    """Whether spark-submit started this program (it passes its JVM's gateway, as pyspark checks)."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


# --- in a Python worker -------------------------------------------------------------------


def read_files(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow's function: batches of (file, path, error) in, (file, text, error) out, each
    file's bytes read here (up to `quotex extract`'s default --max-size), or why not."""
    import pyarrow as pa

    from quotex.reading.inputs import DEFAULT_MAX_SIZE, read_bytes

    schema = pa.schema([("file", pa.string()), ("text", pa.binary()), (ERROR_COLUMN, pa.string())])
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for name, path, error in zip(*(batch.column(c).to_pylist() for c in ("file", "path", ERROR_COLUMN)), strict=True):
            text = None
            if error is None:
                try:
                    text = read_bytes(os.fsdecode(path), max_size=DEFAULT_MAX_SIZE)
                except InputError as failed:
                    error = failed.reason
            rows.append({"file": name, "text": text, ERROR_COLUMN: error})
        yield pa.RecordBatch.from_pylist(rows, schema=schema)



@dataclasses.dataclass(frozen=True)
class _Settings:
    pipeline: PipelineConfig
    selection: Selection
    group: bool = False  # set `quote_group` here (no corpus-wide step follows)


_loaded: set[PipelineConfig] = set()  # the pipelines this process (or the daemon it was forked from) loaded
# What this process did, for the tests and for anyone checking that pipelines are reused:
# pipelines it loaded itself (none that the daemon had loaded before it forked this worker;
# at most one for each `PipelineConfig`), and Arrow batches of documents extracted.
worker_stats = {"pipelines_loaded": 0, "batches": 0}


def worker_extractor(pipeline: PipelineConfig, *, counted: bool = True) -> Extractor:
    """The pipeline for `pipeline`, loaded on first use in this process and kept
    (`PipelineConfig.load`, so that a worker forked from quotex's daemon finds it loaded).
    `counted`: a load here counts in `worker_stats` (the daemon's does not)."""
    extractor = pipeline.load()
    if pipeline not in _loaded:
        _loaded.add(pipeline)
        worker_stats["pipelines_loaded"] += int(counted)
    return extractor


def _extract_batches(settings: _Settings, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """mapInArrow's function: Arrow batches of (file, text) in, batches of `rows_schema()` out."""
    import pyarrow as pa
    from pyspark.sql.pandas.types import to_arrow_schema

    from quotex.running.parallel import in_process

    extractor = worker_extractor(settings.pipeline)
    schema = to_arrow_schema(rows_schema())
    for batch in batches:
        columns = (batch.column(name).to_pylist() for name in ("file", "text", ERROR_COLUMN))
        items = [_document(name, text, error) for name, text, error in zip(*columns, strict=True)]
        rows: list[dict[str, Any]] = []
        for item, result in zip(items, in_process(extractor, items, batch=WORKER_BATCH), strict=False):
            if isinstance(result, InputError):
                rows.append({"file": item.name, ERROR_COLUMN: result.reason})
            else:
                rows.extend(_record(quote, settings.group) for quote in settings.selection.document(result))
        worker_stats["batches"] += 1
        yield pa.RecordBatch.from_pylist(rows, schema=schema)


def _record(quote: Quote, group: bool) -> dict[str, Any]:
    record = quote.to_dict()
    if group:
        from quotex.corpus.linking import quote_group

        record["quote_group"] = quote_group(record["speaker_id"], record["text"])
    return record


def _document(name: str | None, text: str | bytes | None, error: str | None = None) -> Document | InputError:
    """A row's text as a Document, decoded as `quotex extract` decodes a file; else why not."""
    if name is None:
        return InputError("", "no document id")
    if error is not None:
        return InputError(name, error)
    if text is None:
        return InputError(name, "no text (null)")
    if isinstance(text, bytes):
        try:
            decoded = decode_with_info(text)
        except BinaryContentError:
            return InputError(name, "not a text file (binary content)")
        return Document(name, decoded.text, decoded.encoding, decoded.warning)
    return Document(name, text)
