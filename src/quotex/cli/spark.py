"""`quotex spark INPUT -o OUTPUT`: the quotations of a corpus, extracted by Apache Spark.

A thin layer over `quotex.running.spark`: it reads INPUT into a DataFrame, runs `extract`, has Spark
write the quotations (partitioned, one file a task) and lists the documents that failed as
`Error:` lines on standard error. pyspark is imported only when the command runs.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

import click

from quotex.cli.common import filter_options, glob_option, model_option, parse_keep
from quotex.cli.exits import EXIT_INPUT_FAILED, EXIT_INTERRUPTED
from quotex.output.records import ARTICLE
from quotex.reading.articles import KEEP_ALL
from quotex.reading.inputs import InputError
from quotex.running.api import ModelNotFound, find_model
from quotex.running.selection import Selection
from quotex.running.spark import ERROR_COLUMN

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

INPUT_FORMATS = ("text", "jsonl", "csv", "parquet")
OUTPUT_FORMATS = ("parquet", "jsonl")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}
SPARK_HINT = "pyspark is not installed; install it with: pip install 'quotex[spark]'"


def _parse_conf(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    conf = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not key=value")
        conf[key.strip()] = setting
    return conf


@click.command("spark")
@click.argument("input_path", metavar="INPUT")
@click.option("-o", "--output", required=True, help="Folder Spark writes the quotations to (partitioned).")
@click.option(
    "--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="parquet", show_default=True, help="Output format."
)
@click.option(
    "--from",
    "--input-format",
    "input_format",
    type=click.Choice(INPUT_FORMATS),
    help="What INPUT holds: text files, JSON Lines, CSV or Parquet.  [default: from its name, else text]",
)
@glob_option
@click.option("--text-col", "--text-field", "text_col", default="text", show_default=True, help="Column of the text (JSON Lines, CSV, Parquet).")
@click.option("--id-col", "--id-field", "id_col", default="file", show_default=True, help="Column written as `file` (JSON Lines, CSV, Parquet).")
@click.option(
    "--keep-fields",
    "keep",
    callback=parse_keep,
    metavar="FIELDS",
    help="Columns of an article its quotations carry (as `article`), e.g. url,title,date,outlet, or all.",
)
@model_option
@filter_options
@click.option("--master", default=None, help="Spark master URL.  [default: local[*], or spark-submit's]")
@click.option("--conf", "conf", multiple=True, callback=_parse_conf, metavar="KEY=VALUE", help="Spark setting; repeatable.")
@click.option("--partitions", type=click.IntRange(min=1), help="Partitions to spread the documents over.")
@click.option("--errors", "errors_path", help="Also write the documents that failed (file, error) to this folder.")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT (and --errors) if they exist.")
@click.option("-v", "--verbose", is_flag=True, help="Show Spark's own log from INFO up (warnings and errors only by default).")
def spark_command(
    input_path: str,
    output: str,
    fmt: str,
    input_format: str | None,
    pattern: str,
    text_col: str,
    id_col: str,
    keep: tuple[str, ...],
    model: str | None,
    selection: Selection,
    master: str | None,
    conf: dict[str, str],
    partitions: int | None,
    errors_path: str | None,
    overwrite: bool,
    verbose: bool = False,
) -> None:
    """Find every quotation in INPUT with Apache Spark and write them to OUTPUT.

    INPUT is a folder of text files (searched recursively for --glob, named as `quotex
    extract` names them), or JSON Lines or Parquet with a text column. OUTPUT gets the
    records of `quotex extract`, as Parquet (nested speaker_mention and cue) or JSON Lines.
    Each document that fails gives an `Error:` line and the exit status 1; the others go on.
    """
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise click.ClickException(SPARK_HINT) from None
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    try:
        find_model(model)  # a missing pipeline is one line here, not a failed job
    except ModelNotFound as err:
        raise click.ClickException(str(err)) from None
    input_format = input_format or _guess_format(input_path)
    if not overwrite:
        _refuse_existing(output, errors_path)  # before the job, not after it
    from pyspark.sql import SparkSession

    running = SparkSession.getActiveSession()  # called from a program that has one: use it, leave it running
    try:
        spark = running or _session(master, conf, verbose, model)
    except (PySparkException, Py4JError, OSError) as err:
        raise click.ClickException(f"Spark cannot start ({_first_line(err)})") from None
    try:
        failures = _run(spark, input_path, input_format, output, fmt, pattern, (text_col, id_col, keep), model, selection,
                        partitions, errors_path, overwrite)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except ValueError as err:  # a column that is missing or holds no text
        raise click.ClickException(str(err)) from None
    except (PySparkException, Py4JError) as err:  # input missing, output exists, the job failed
        message = _first_line(err)
        if "PATH_ALREADY_EXISTS" in message:
            message += " (--overwrite replaces it)"
        raise click.ClickException(message) from None
    finally:
        if running is None:
            spark.stop()
    if failures:
        sys.exit(EXIT_INPUT_FAILED)


def _run(
    spark: SparkSession,
    input_path: str,
    input_format: str,
    output: str,
    fmt: str,
    pattern: str,
    columns: tuple[str, str, tuple[str, ...]],
    model: str | None,
    selection: Selection,
    partitions: int | None,
    errors_path: str | None,
    overwrite: bool,
) -> int:
    """Extract, write, report: the number of documents that failed."""
    from pyspark import StorageLevel

    from quotex.running.spark import extract

    text_col, id_col, keep = columns
    if input_format == "text":
        documents, text_col, id_col = read_text_files(spark, input_path, pattern), "text", "file"
    elif input_format == "jsonl":
        documents = spark.read.json(input_path)
    elif input_format == "csv":  # a header row; an article's text may span lines
        documents = spark.read.option("header", "true").option("multiLine", "true").option("escape", '"').csv(input_path)
    else:
        documents = spark.read.parquet(input_path)
    extraction = extract(
        documents, text_col=text_col, id_col=id_col, model=model, kinds=selection.kinds,
        min_confidence=selection.min_confidence, speakers=selection.speakers, partitions=partitions,
    )
    extraction.rows.persist(StorageLevel.MEMORY_AND_DISK)  # one pass over the texts for both outputs
    try:
        _write(_with_articles(extraction.quotes, documents, id_col, text_col, keep), output, fmt, overwrite)
        failures = 0
        for error in _errors(extraction.errors):
            failures += 1
            click.echo(f"Error: {error}", err=True)
        if errors_path is not None:
            _write(extraction.errors, errors_path, fmt, overwrite)
    finally:
        extraction.rows.unpersist()
    return failures


def _with_articles(quotes: DataFrame, documents: DataFrame, id_col: str, text_col: str, keep: tuple[str, ...]) -> DataFrame:
    """`quotes` with `article`, the struct of each one's article's `keep` columns (`all`: every
    column but the text), after the contract's columns, as `quotex extract --keep-fields` gives."""
    if not keep:
        return quotes
    from pyspark.sql import functions as F

    names = [c for c in documents.columns if c != text_col] if keep == (KEEP_ALL,) else list(keep)
    missing = [name for name in names if name not in documents.columns]
    if missing:
        raise ValueError(f"no column {', '.join(map(repr, missing))} to keep; the columns are {', '.join(documents.columns)}")
    articles = documents.select(F.col(id_col).cast("string").alias("_article_file"), F.struct(*names).alias(ARTICLE))
    joined = quotes.join(articles, quotes["file"] == articles["_article_file"], "left")
    return joined.select(*(quotes[c] for c in quotes.columns), ARTICLE)


def read_text_files(spark: SparkSession, path: str, pattern: str = "*.txt") -> DataFrame:
    """(file, text, error) for each file under `path` matching `pattern`, `text` as raw bytes.

    `file` is named as `quotex extract` names it: the path under `path`, joined to `path` as
    given. On the local file system the files are those `quotex extract` finds, listed here
    and read by the workers: Hadoop's listing loses a file whose name it cannot spell (bytes
    that are not UTF-8) or an empty file, and stops the job at a name with a colon. A file
    that cannot be read has `error` set (see `quotex.running.spark.extract`). Elsewhere (HDFS, object
    stores) Spark lists and reads them, and skips names that begin with `.` or `_`.
    """
    from pyspark.sql import functions as F

    root = _qualified(spark, path).rstrip("/")
    if root.startswith("file:"):
        return _local_text_files(spark, path, pattern)
    files = (
        spark.read.format("binaryFile")
        .option("pathGlobFilter", pattern)
        .option("recursiveFileLookup", "true")
        .load(path)
    )
    shown = path.rstrip("/") or path
    # Spark gives each file's full URI; what follows the root is "/relative/name" (or nothing
    # for a single file given by name).
    name = F.concat(F.lit(shown), F.expr(f"substring(path, {len(root) + 1})"))
    return files.select(name.alias("file"), F.col("content").alias("text"), F.lit(None).cast("string").alias(ERROR_COLUMN))


def _local_text_files(spark: SparkSession, path: str, pattern: str) -> DataFrame:
    """The files `quotex extract` finds under `path`, by name (bytes, as the system spells it),
    read in the workers by `quotex.running.spark.read_files`."""
    from quotex.output.records import shown_name
    from quotex.reading.inputs import find_sources
    from quotex.running.spark import local_frame, read_files

    listed = [
        (shown_name(source.name), None, source.reason) if isinstance(source, InputError)
        else (shown_name(source), os.fsencode(source), None)
        for source in find_sources([path], glob=pattern)
    ]
    frame = local_frame(spark, listed, f"file string, path binary, {ERROR_COLUMN} string")
    # A partial: Spark takes a function with type hints for a pandas one and warns.
    return frame.mapInArrow(functools.partial(read_files), f"file string, text binary, {ERROR_COLUMN} string")


def _qualified(spark: SparkSession, path: str) -> str:
    """`path` as Hadoop spells the files under it (`file:/abs/dir`, `hdfs://host/dir`)."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    filesystem = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return str(filesystem.makeQualified(hadoop_path).toString())


def _write(frame: DataFrame, path: str, fmt: str, overwrite: bool) -> None:
    writer = frame.write.mode("overwrite" if overwrite else "errorifexists")
    if fmt == "jsonl":
        writer.option("ignoreNullFields", "false").json(path)  # `null` fields stay, as in the contract
    else:
        writer.parquet(path)


def _errors(errors: DataFrame) -> Iterator[InputError]:
    for row in errors.toLocalIterator():
        yield InputError(row["file"], row["error"])


def _guess_format(path: str) -> str:
    """JSON Lines or Parquet by the name of INPUT or of the files in it; else text files."""
    suffix = os.path.splitext(path.rstrip("/"))[1].lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    if os.path.isdir(path):  # the files directly in it: a Spark output folder has its parts there
        with os.scandir(path) as entries:
            for entry in entries:
                found = _SUFFIXES.get(os.path.splitext(entry.name)[1].lower())
                if found and entry.is_file():
                    return found
    return "text"


def _refuse_existing(output: str, errors_path: str | None) -> None:
    """A local OUTPUT (or --errors folder) that exists is refused before Spark starts;
    other file systems (hdfs://, s3a://) are checked by Spark when it writes."""
    for path in (output, errors_path):
        if path is not None and "://" not in path and os.path.lexists(path.removeprefix("file:")):
            raise click.ClickException(f"{path} exists (--overwrite replaces it)")


def _session(master: str | None, conf: dict[str, str], verbose: bool, model: str | None) -> SparkSession:
    from quotex.running.config import PipelineConfig
    from quotex.running.spark import session

    level = "INFO" if verbose else "WARN"
    # `spark.log.level` applies from the session's start, so its own start-up lines follow it too.
    settings = {"spark.ui.showConsoleProgress": "false", "spark.log.level": level, **conf}
    spark = session(master, settings, app_name="quotex spark", preload=PipelineConfig(model))  # the pipeline `_run` uses
    spark.sparkContext.setLogLevel(level)
    return spark


def _first_line(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0]
