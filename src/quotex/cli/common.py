"""The options the commands share, declared once: every command that takes one takes it with
the same name, default, check and help (as sqlite-utils' `output_options` does).

Single options (`model_option`, `jobs_option`, …) pass their value as it is; the groups pass
one object built from theirs: `pipeline_options` a `PipelineConfig`, `selection_options` a
`Selection`, `reading_options` a `Reading`.
"""

from __future__ import annotations

import functools
import os
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn, TypeVar

import click

from quotex.cli.exits import EXIT_USAGE
from quotex.cli.messages import error
from quotex.corpus.linking import Identity
from quotex.corpus.runs import read_table, table_rows
from quotex.output.records import KINDS, SPEAKER_TYPES
from quotex.output.writers import FIELD_NAMES, WRITERS, format_for_path, json_text, open_output
from quotex.reading.articles import INPUT_FORMATS, KEEP_ALL, RecordFields
from quotex.reading.inputs import DEFAULT_MAX_SIZE, format_size, parse_size
from quotex.running.config import PipelineConfig
from quotex.running.selection import Selection

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Reading:
    """How a command reads its inputs: the files it takes from folders, the largest it reads,
    how it reads a file (`input_format`: None for by its extension) and a record's fields."""

    pattern: str = "*.txt"
    max_size: int = DEFAULT_MAX_SIZE
    input_format: str | None = None
    fields: RecordFields = RecordFields()


def parse_kinds(ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> frozenset[str]:
    kinds = frozenset(KINDS) if value is None else frozenset(k.strip() for k in value.split(",") if k.strip())
    unknown = kinds - set(KINDS)
    if unknown or not kinds:
        raise click.BadParameter(f"choose from {', '.join(KINDS)}, separated by commas")
    return kinds


def _parse_fields(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    fields = tuple(f.strip() for f in value.split(",") if f.strip())
    unknown = [f for f in fields if f not in FIELD_NAMES]
    if unknown or not fields:
        raise click.BadParameter(f"unknown field {', '.join(unknown) or '(none)'}; choose from {', '.join(FIELD_NAMES)}")
    return fields


def _parse_size(ctx: click.Context, param: click.Parameter, value: str | int) -> int:
    try:
        size = parse_size(str(value))
    except ValueError as err:
        raise click.BadParameter(str(err)) from None
    if size < 1:
        raise click.BadParameter("must be at least 1 byte")
    return size


model_option = click.option("--model", default=None, help="spaCy English pipeline to use.  [default: en_core_web_sm]")
lexicon_option = click.option(
    "--lexicon",
    "lexicon",
    type=click.Path(exists=True, file_okay=False),
    help="Folder of word lists replacing the shipped ones it holds (cue_verbs.txt, …).",
)
jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes, each loading the model once; 1 runs in this process.  [default: the number of CPUs]",
)
quiet_option = click.option("-q", "--quiet", is_flag=True, help="No progress display and no warnings; errors are still shown.")
glob_option = click.option("--glob", "pattern", default="*.txt", show_default=True, help="File names to take from folders.")
max_size_option = click.option(
    "--max-size",
    default=format_size(DEFAULT_MAX_SIZE),
    show_default=True,
    callback=_parse_size,
    metavar="SIZE",
    help="Refuse an input longer than SIZE bytes (K, M, G suffixes).",
)
kind_option = click.option(
    "--kind",
    "kinds",
    callback=parse_kinds,
    metavar="KINDS",
    help=f"Kinds to report, separated by commas; choices: {', '.join(KINDS)}.  [default: all]",
)
min_confidence_option = click.option(
    "--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Only quotations at least this confident."
)
speaker_option = click.option(
    "--speaker", "speakers", multiple=True, help="Only this speaker's quotations (any variant of the name; repeatable)."
)
speaker_type_option = click.option(
    "--speaker-type",
    "speaker_types",
    type=click.Choice(SPEAKER_TYPES),
    multiple=True,
    help="Only speakers of this type (repeatable): person, organisation, unnamed (sources), group, none.",
)
fields_option = click.option(
    "--fields", callback=_parse_fields, help="Only these fields, e.g. speaker,text (csv and table columns, json keys)."
)
names_option = click.option(
    "--names", "names_table", type=click.Path(dir_okay=False), help="Names table: link to its speaker ids, then extend it."
)


def _grouped(name: str, build: Callable[[dict[str, Any]], Any], *options: Callable[[F], F]) -> Callable[[F], F]:
    """A decorator adding `options`, whose values reach the command as one argument `name`,
    `build(values)` (it takes its own values out of the keyword arguments)."""

    def decorate(command: F) -> F:
        @functools.wraps(command)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            kwargs[name] = build(kwargs)
            return command(*args, **kwargs)

        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper  # type: ignore[return-value]

    return decorate


def _selection(values: dict[str, Any]) -> Selection:
    return Selection(
        kinds=values.pop("kinds"),
        min_confidence=values.pop("min_confidence"),
        speakers=tuple(values.pop("speakers")),
        speaker_types=frozenset(values.pop("speaker_types")),
        fields=values.pop("fields", None),
    )


def _pipeline(values: dict[str, Any]) -> PipelineConfig:
    return PipelineConfig(values.pop("model"), lexicon=values.pop("lexicon"))


def _reading(values: dict[str, Any]) -> Reading:
    fields = RecordFields(text=values.pop("text_field"), id=values.pop("id_field"), keep=values.pop("keep_fields"))
    return Reading(pattern=values.pop("pattern"), max_size=values.pop("max_size"), input_format=values.pop("input_format"), fields=fields)


def parse_keep(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    names = tuple(name.strip() for name in (value or "").split(",") if name.strip())
    if KEEP_ALL in names and len(names) > 1:
        raise click.BadParameter(f"{KEEP_ALL!r} keeps every field: name it alone")
    return names


input_format_option = click.option(
    "--input-format",
    type=click.Choice(INPUT_FORMATS),
    help="How to read every input: plain text, JSON Lines or CSV articles.  [default: by extension: .jsonl .ndjson .csv are articles]",
)
text_field_option = click.option(
    "--text-field", default="text", show_default=True, help="Field (column) of an article record that holds its text."
)
id_field_option = click.option(
    "--id-field", default=None, help="Field naming an article record; its `file` is FILE:ID.  [default: the line number]"
)
keep_fields_option = click.option(
    "--keep-fields",
    callback=parse_keep,
    metavar="FIELDS",
    help="Fields of an article record its quotations carry (under `article`), e.g. url,title,date,outlet, or all.",
)


selection_options = _grouped(
    "selection", _selection, kind_option, speaker_option, speaker_type_option, min_confidence_option, fields_option
)
filter_options = _grouped(  # no --fields
    "selection", _selection, kind_option, speaker_option, speaker_type_option, min_confidence_option
)
pipeline_options = _grouped("config", _pipeline, model_option, lexicon_option)
reading_options = _grouped(
    "reading", _reading, glob_option, max_size_option, input_format_option, text_field_option, id_field_option, keep_fields_option
)


def output_format(fmt: str | None, output: str | None, *, for_people: bool) -> str:
    """The format to write: `fmt` (--format), else the one -o's extension names, else a table
    for people at a terminal (`for_people`), JSON Lines otherwise. An extension no writer
    claims is a usage error that lists those they do (a name without one is JSON Lines)."""
    if fmt:
        return fmt
    named = format_for_path(output)
    if named:
        return named
    extension = os.path.splitext(output or "")[1]
    if output and output != "-" and extension and not _written_into(output):
        known = " ".join(sorted(e for cls in WRITERS.values() for e in cls.extensions))
        _usage_error(f"-o {output}: no format writes {extension!r} files; use one of {known}, or name one with --format")
    return "table" if for_people else "jsonl"


def _written_into(output: str) -> bool:
    """Whether -o names a stream (a pipe, a device, /dev/stdout), written into whatever its name."""
    if output.startswith(("/dev/", "/proc/")):
        return True
    try:
        return not stat.S_ISREG(os.stat(output).st_mode)
    except OSError:  # not there yet: a file to create
        return False


def check_output_folder(output: str | None) -> None:
    """A usage error, before any work, when -o names a file in a folder that does not exist
    or cannot be written."""
    if output is None or output == "-" or output.startswith(("/dev/", "/proc/")):
        return
    folder = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(folder):
        _usage_error(f"-o {output}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        _usage_error(f"-o {output}: the folder {folder} cannot be written")


def _usage_error(message: str) -> NoReturn:
    """One line `Error: …` and the status of a usage error, as every command's own checks give."""
    error(message)
    sys.exit(EXIT_USAGE)


def read_names(path: str | None) -> list[Identity]:
    """The identities of the names table at `path` (none without one)."""
    if path is None:
        return []
    try:
        return read_table(path)
    except (OSError, ValueError) as err:
        raise click.ClickException(str(err)) from None


def write_names(path: str, found: list[Identity]) -> None:
    with open_output(path) as out:
        for row in table_rows(found):
            out.write(json_text(row) + "\n")
