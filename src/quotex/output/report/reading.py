"""The report's reading of quotex's JSON Lines: nothing a record says is taken on trust.

A report is often made from records someone else wrote, and it reads the articles those
records name. So, before a record reaches the page:

- its fields have the types of the JSON contract (`quotex.output.records.Quote`: a field's type is
  read from its declaration there), its ids are well formed and its `id` is not one an earlier
  record of the run had;
- the article it names is read only below the root: the JSON Lines file's folder, or
  `--root` (the working folder for standard input). An absolute path, `..` or a symbolic link
  that leads out of it is refused; the path is resolved before it is opened;
- its offsets hold in that article (`0 <= start <= end <= len(text)`, the cue's and the
  speaker mention's too) and its texts are the article's text at those offsets.

A record that fails is one `Error:` line naming the JSON Lines file and line, and the run goes
on without it. An article that cannot be read is named once; its other records are left out
quietly.

`id` is checked for its form and uniqueness, not recomputed: it is derived from the file name
as the extracting run spelled it in its own working folder, which the report cannot know.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from quotex.output.records import FIELDS, KINDS, MENTION_FIELDS, SPEAKER_TYPES, Quote
from quotex.output.report import ARTICLE_FIELDS
from quotex.reading.inputs import InputError, read_document

_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_ID_FIELDS = ("id", "speaker_id", "quote_group")
STANDARD_INPUT = "-"


class BadRecord(ValueError):
    """A record the report will not show; `str(e)` says why."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return (isinstance(value, float) and math.isfinite(value)) or _is_int(value)


def _is_mention(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("text"), str)
        and _is_int(value.get("start"))
        and _is_int(value.get("end"))
    )


_BASE_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "str": (lambda value: isinstance(value, str), "a string"),
    "int": (_is_int, "an integer"),
    "float": (_is_number, "a finite number"),
    "Kind": (lambda value: value in KINDS, "one of " + ", ".join(KINDS)),
    "Resolution": (lambda value: isinstance(value, str), "a string"),
    "SpeakerType": (lambda value: value in SPEAKER_TYPES, "one of " + ", ".join(SPEAKER_TYPES)),
    "Mention": (_is_mention, "an object with text, start and end"),
    "dict[str, Any]": (lambda value: isinstance(value, dict), "an object"),
}


def _field_checks() -> dict[str, tuple[Callable[[Any], bool], str, bool]]:
    """For each field of the contract: its check, what it must be, and whether null is allowed."""
    checks: dict[str, tuple[Callable[[Any], bool], str, bool]] = {"id": (*_BASE_CHECKS["str"], False)}
    for spec in dataclasses.fields(Quote):
        annotation = str(spec.type)
        base = annotation.removesuffix(" | None")
        # a field with a default may be missing: records written before it was added
        optional = base != annotation or spec.default is not dataclasses.MISSING
        checks[spec.name] = (*_BASE_CHECKS[base], optional)
    return checks


_CHECKS = _field_checks()


def check_types(record: Any) -> None:
    """BadRecord unless `record` is an object whose fields have the contract's types."""
    if not isinstance(record, dict):
        raise BadRecord("not a JSON object")
    for name in FIELDS:
        check, wanted, nullable = _CHECKS[name]
        value = record.get(name)
        if name not in record and not nullable:
            raise BadRecord(f"no {name!r}")
        if value is None and nullable:
            continue
        if not check(value):
            raise BadRecord(f"{name!r} is not {wanted}{' or null' if nullable else ''}")
    for name in _ID_FIELDS:
        value = record.get(name)
        if value is not None and not _ID.fullmatch(value):
            raise BadRecord(f"{name!r} is not an id (letters, digits, - and _)")
    if not 0 <= record["confidence"] <= 1:
        raise BadRecord("'confidence' is not between 0 and 1")


def check_offsets(record: dict[str, Any], text: str) -> None:
    """BadRecord unless the record's offsets hold in `text` and its texts are there."""
    spans = [("the quotation", record)]
    spans += [(name, record[name]) for name in MENTION_FIELDS if record.get(name) is not None]
    for what, span in spans:
        start, end = span["start"], span["end"]
        if not 0 <= start <= end <= len(text):
            raise BadRecord(f"{what}'s offsets {start}..{end} are not within the article's {len(text)} characters")
        if text[start:end] != span["text"]:
            raise BadRecord(f"{what}'s text is not the article's text at {start}..{end}")


def confined(name: str, root: str) -> str:
    """The real path of the article `name`, read against the folder `root` (a real path: no
    symbolic link in it); BadRecord if it leaves `root`."""
    if not name or "\0" in name or name == STANDARD_INPUT or name.startswith("<"):
        raise BadRecord(f"{name!r} names no file that can be read again")
    real = os.path.realpath(os.path.join(root, name))  # an absolute name stands alone
    if os.path.commonpath([real, root]) != root:
        raise BadRecord(f"{name!r} lies outside {root} (the folder articles are read from; see --root)")
    return real


@dataclass
class Article:
    """An article a run's records name: where it was read from and what it holds."""

    real: str
    root: str  # the (real) folder it was found in
    text: str
    metadata: dict[str, str]


@dataclass
class RecordReader:
    """Reads JSON Lines files of quotex records for a report, keeping the articles they name.

    `root`: the folder every article must lie in (`--root`); None for each file's own folder.
    """

    root: str | None = None
    say: Callable[[str], None] = print  # how a failure is told (the CLI's `Error:` line)
    articles: dict[str, Article] = field(default_factory=dict)  # by the name records give
    failures: int = 0
    _refused: set[str] = field(default_factory=set)
    _ids: set[str] = field(default_factory=set)

    def fail(self, message: str) -> None:
        self.failures += 1
        self.say(message)

    def read(self, path: str, stream: Iterable[str] | None = None) -> Iterator[Quote]:
        """The good records of the JSON Lines file `path` (`stream` when given: standard input)."""
        if path == STANDARD_INPUT:
            root = os.path.realpath(self.root or os.getcwd())
        else:
            root = os.path.realpath(self.root or os.path.dirname(os.path.abspath(path)))
        try:
            if stream is not None:
                yield from self._lines(path, stream, root)
                return
            with open(path, encoding="utf-8") as opened:
                yield from self._lines(path, opened, root)
        except UnicodeDecodeError:
            self.fail(f"{path}: not UTF-8 text")
        except OSError as err:
            reason = err.strerror or str(err)
            self.fail(f"{path}: {reason[:1].lower()}{reason[1:]}")

    def _lines(self, path: str, lines: Iterable[str], root: str) -> Iterator[Quote]:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                quote = self._record(line, root)
            except BadRecord as err:
                if str(err):
                    self.fail(f"{path}:{number}: {err}")
                continue
            yield quote

    def _record(self, line: str, root: str) -> Quote:
        try:
            record = json.loads(line)
        except ValueError as err:
            raise BadRecord(f"not JSON ({err})") from None
        except RecursionError:
            raise BadRecord("not JSON that can be read (nested too deeply)") from None
        check_types(record)
        article = self._article(record["file"], root)
        check_offsets(record, article.text)
        if record["id"] in self._ids:
            raise BadRecord(f"id {record['id']!r} was an earlier record's")
        self._ids.add(record["id"])
        for name in ARTICLE_FIELDS:
            if isinstance(record.get(name), str):
                article.metadata.setdefault(name, record[name])
        return Quote.from_dict(record)

    def _article(self, name: str, root: str) -> Article:
        """The article `name` names, read once; BadRecord("") for the records of one that failed before."""
        if name in self._refused:
            raise BadRecord("")
        known = self.articles.get(name)
        try:
            real = known.real if known is not None and known.root == root else confined(name, root)
            if known is None:
                if os.path.exists(real) and not os.path.isfile(real):  # a folder, a pipe, a device
                    raise InputError(name, "not a regular file")
                known = self.articles[name] = Article(real, root, read_document(real).text, {})
        except InputError as err:
            self._refused.add(name)
            raise BadRecord(f"{name!r}: {err.reason} (its quotations are left out)") from None
        except BadRecord:
            if known is None:
                self._refused.add(name)
            raise
        if known.real != real:  # two JSON Lines files in two folders, one name
            raise BadRecord(f"{name!r} is another file than the one an earlier record named so")
        return known

