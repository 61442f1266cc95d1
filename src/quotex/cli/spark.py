"""`quotex spark INPUT -o OUTPUT`: the quotations of a corpus, extracted by Apache Spark.

A thin layer over `quotex.spark`: it reads INPUT into a DataFrame, runs `extract`, has Spark
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

from quotex.api import ModelNotFound, find_model
from quotex.cli.extract import EXIT_INPUT_FAILED, EXIT_INTERRUPTED, _parse_kinds
from quotex.inputs import InputError
from quotex.spark import ERROR_COLUMN

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

INPUT_FORMATS = ("text", "jsonl", "parquet")
OUTPUT_FORMATS = ("parquet", "jsonl")
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".parquet": "parquet"}
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
    "input_format",
    type=click.Choice(INPUT_FORMATS),
    help="What INPUT holds: text files, JSON Lines or Parquet.  [default: from its name, else text]",
)
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="Text files to take from a folder.")
@click.option("--text-col", default="text", show_default=True, help="Column of the text (JSON Lines, Parquet).")
@click.option("--id-col", default="file", show_default=True, help="Column written as `file` (JSON Lines, Parquet).")
@click.option("--model", default=None, help="spaCy English pipeline to use.  [default: en_core_web_sm]")
@click.option("--kind", "kinds", callback=_parse_kinds, help="Kinds to report, e.g. direct,mixed.  [default: all]")
@click.option("--master", default=None, help="Spark master URL.  [default: local[*], or spark-submit's]")
@click.option("--conf", "conf", multiple=True, callback=_parse_conf, metavar="KEY=VALUE", help="Spark setting; repeatable.")
@click.option("--partitions", type=click.IntRange(min=1), help="Partitions to spread the documents over.")
@click.option("--errors", "errors_path", help="Also write the documents that failed (file, error) to this folder.")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT (and --errors) if they exist.")
def spark_command(
    input_path: str,
    output: str,
    fmt: str,
    input_format: str | None,
    pattern: str,
    text_col: str,
    id_col: str,
    model: str | None,
    kinds: frozenset[str],
    master: str | None,
    conf: dict[str, str],
    partitions: int | None,
    errors_path: str | None,
    overwrite: bool,
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
    from pyspark.sql import SparkSession

    running = SparkSession.getActiveSession()  # called from a program that has one: use it, leave it running
    try:
        spark = running or _session(master, conf)
    except (PySparkException, Py4JError, OSError) as err:
        raise click.ClickException(f"Spark cannot start ({_first_line(err)})") from None
    try:
        failures = _run(spark, input_path, input_format, output, fmt, pattern, text_col, id_col, model, kinds,
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
    text_col: str,
    id_col: str,
    model: str | None,
    kinds: frozenset[str],
    partitions: int | None,
    errors_path: str | None,
    overwrite: bool,
) -> int:
    """Extract, write, report: the number of documents that failed."""
    from pyspark import StorageLevel

    from quotex.spark import extract

    if input_format == "text":
        documents, text_col, id_col = read_text_files(spark, input_path, pattern), "text", "file"
    elif input_format == "jsonl":
        documents = spark.read.json(input_path)
    else:
        documents = spark.read.parquet(input_path)
    extraction = extract(documents, text_col=text_col, id_col=id_col, model=model, kinds=kinds, partitions=partitions)
    extraction.rows.persist(StorageLevel.MEMORY_AND_DISK)  # one pass over the texts for both outputs
    try:
        _write(extraction.quotes, output, fmt, overwrite)
        failures = 0
        for error in _errors(extraction.errors):
            failures += 1
            click.echo(f"Error: {error}", err=True)
        if errors_path is not None:
            _write(extraction.errors, errors_path, fmt, overwrite)
    finally:
        extraction.rows.unpersist()
    return failures


def read_text_files(spark: SparkSession, path: str, pattern: str = "*.txt") -> DataFrame:
    """(file, text, error) for each file under `path` matching `pattern`, `text` as raw bytes.

    `file` is named as `quotex extract` names it: the path under `path`, joined to `path` as
    given. On the local file system the files are those `quotex extract` finds, listed here
    and read by the workers: Hadoop's listing loses a file whose name it cannot spell (bytes
    that are not UTF-8) or an empty file, and stops the job at a name with a colon. A file
    that cannot be read has `error` set (see `quotex.spark.extract`). Elsewhere (HDFS, object
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
    read in the workers by `quotex.spark.read_files`."""
    from quotex.inputs import find_sources
    from quotex.records import shown_name
    from quotex.spark import read_files

    listed = [
        (shown_name(source.name), None, source.reason) if isinstance(source, InputError)
        else (shown_name(source), os.fsencode(source), None)
        for source in find_sources([path], glob=pattern)
    ]
    frame = spark.createDataFrame(listed, f"file string, path binary, {ERROR_COLUMN} string")
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


def _session(master: str | None, conf: dict[str, str]) -> SparkSession:
    from quotex.spark import session

    settings = {"spark.ui.showConsoleProgress": "false", **conf}
    spark = session(master, settings, app_name="quotex spark")
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _first_line(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0]
