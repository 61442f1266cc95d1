"""The plain records quotex hands to its users: no spaCy objects, ready for JSON.

This module is the one list of what a quotation holds. `Quote`'s fields, in the order they
are declared, are the JSON contract (with `id` after `file`); the components, the library
and every writer derive their fields from it, so a new field is declared here once:

- `FIELDS`: the names of a record, in the contract's order (JSON, JSON Lines, CSV);
- `ANNOTATIONS`: the fields the spaCy components write onto a quotation's Span
  (`span._.NAME`, taken from `statements.Statement`'s field of the same name), that is every
  field but those the Span itself gives and those declared with
  `field(default=…, metadata={"annotation": False})` (values set after the pipeline, over a
  whole text);
- `MENTION_FIELDS`: the fields holding a `Mention` (flattened into `NAME_text`, … in CSV).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, get_args

Kind = Literal["direct", "mixed", "indirect"]
KINDS: tuple[str, ...] = get_args(Kind)
Resolution = Literal[
    "explicit",  # a name stands in the attribution itself
    "pronoun",  # he/she resolved to the person it stands for
    "descriptor",  # "the minister" resolved to the person introduced with that role
    "continuation",  # no attribution of its own: the speaker of the statement before
    "heading",  # a line naming the person heads the section the quotation is in
    "transcript",  # "NAME: ..." lines
    "unresolved",  # a mention was found but names nobody the text introduces
    "none",  # no attribution found
]
RESOLUTIONS: tuple[str, ...] = get_args(Resolution)
SpeakerType = Literal["person", "organisation", "unnamed", "group", "none"]
SPEAKER_TYPES: tuple[str, ...] = get_args(SpeakerType)
CONFIDENCE_DIGITS = 3  # `confidence` is rounded to this many decimals, in Python as in JSON
STANDARD_INPUT = "-"


@dataclass(frozen=True)
class Mention:
    """A stretch of the document's text: `text == content[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One attributed statement, with offsets into the decoded text of its document.

    `file` is the path as the program was given it (a name that is not UTF-8 keeps its
    bytes as Python's `surrogateescape` does; `to_dict` shows them as U+FFFD).
    """

    file: str
    kind: Kind
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_mention: Mention | None
    cue: Mention | None
    resolution: Resolution
    confidence: float
    paragraph: int
    # Who the speaker is: a person, an organisation, an unnamed source (`officials`, `a person
    # familiar with the matter`), a group (`critics`, `analysts`) or none (quotex.attribution.speaker_types).
    speaker_type: SpeakerType = "none"
    # Set when a run links its speakers across files (quotex.corpus.runs): one person's id in
    # every file, and one id for the same words of one speaker printed in several files.
    speaker_id: str | None = field(default=None, metadata={"annotation": False})
    # How sure that link is (quotex.corpus.linking): 1 when the article names the person itself,
    # the share of the corpus's articles naming the surname's people that name this one when the
    # article gives a surname alone; None without a speaker_id.
    link_confidence: float | None = field(default=None, metadata={"annotation": False})
    quote_group: str | None = field(default=None, metadata={"annotation": False})
    # The quotation in its article (`quote_id`): the library sets it from the article's text, so
    # that it does not depend on where or how the file was read. A record built without one
    # takes `file` as given in place of the article's digest.
    id: str = field(default="", metadata={"annotation": False})
    # A web page's (quotex.reading.pages): its title, and how its text, which the offsets index, was taken
    # from the HTML (`trafilatura`: the main text; `visible-text`: all of it). None for a text file.
    title: str | None = field(default=None, metadata={"annotation": False})
    extraction: str | None = field(default=None, metadata={"annotation": False})
    # The fields an article read from a record carries (`quotex.reading.articles`, --keep-fields):
    # written after the contract's fields, and only when there are some.
    article: dict[str, Any] | None = field(default=None, hash=False, metadata={"annotation": False})

    def __post_init__(self) -> None:
        object.__setattr__(self, "confidence", round(float(self.confidence), CONFIDENCE_DIGITS))
        if not self.id:
            object.__setattr__(self, "id", quote_id(self.file, self.kind, self.start, self.end))

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract documented in README.md, field order included."""
        record: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if isinstance(value, Mention):
                value = {part: getattr(value, part) for part in MENTION_PARTS}  # as `dataclasses.asdict`, without its deep copy
            record[name] = value
        record["file"] = shown_name(self.file)
        if self.article is not None:
            record[ARTICLE] = dict(self.article)
        return record

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Quote:
        """A record as `to_dict` wrote it (quotex's own JSON Lines); ValueError if it is not one."""
        convert: dict[str, Any] = {"int": int, "float": float, "str": str}
        try:
            values: dict[str, Any] = {}
            for spec in dataclasses.fields(cls):
                required = spec.default is dataclasses.MISSING
                value = record[spec.name] if required else record.get(spec.name, spec.default)
                if spec.name in MENTION_FIELDS:
                    value = _mention(value)
                elif spec.name == ARTICLE:
                    value = dict(value) if value is not None else None
                elif value is not None and str(spec.type) in convert:
                    value = convert[str(spec.type)](value)
                values[spec.name] = value
            return cls(**values)
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise ValueError(f"not a quotex record ({err.__class__.__name__}: {err})") from None


def _mention(value: Any) -> Mention | None:
    if value is None:
        return None
    return Mention(str(value["text"]), int(value["start"]), int(value["end"]))


ARTICLE = "article"
FIELDS: tuple[str, ...] = ("file", "id", *(f.name for f in dataclasses.fields(Quote) if f.name not in ("file", "id", ARTICLE)))
# Given by the quotation's Span itself (its document, its characters), not written onto it.
_FROM_THE_SPAN = ("file", "text", "start", "end")
ANNOTATIONS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Quote) if f.name not in _FROM_THE_SPAN and f.metadata.get("annotation", True)
)
MENTION_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Quote) if "Mention" in str(f.type))
MENTION_PARTS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Mention))


def flat_fields() -> tuple[str, ...]:
    """`FIELDS` with each Mention field spread into `NAME_text`, `NAME_start`, `NAME_end` (CSV's columns)."""
    columns: list[str] = []
    for name in FIELDS:
        if name in MENTION_FIELDS:
            columns.extend(f"{name}_{part}" for part in MENTION_PARTS)
        else:
            columns.append(name)
    return tuple(columns)


def article_key(text: str) -> str:
    """What `id` takes from an article: a digest of its whole text, as decoded (what offsets count in)."""
    return hashlib.sha1(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def quote_id(article: str, kind: str, start: int, end: int) -> str:
    """The `id` of a quotation: from its article's `article_key`, its kind and its offsets (docs/output.md).

    The same article gives the same ids whoever reads it and from wherever: `quotex extract` from
    any folder, `quotex spark` locally or on a cluster; two copies of one article share them.
    """
    key = f"{article}\x1f{kind}\x1f{start}\x1f{end}"
    return hashlib.sha1(key.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def file_key(file: str) -> str:
    """One key for a file however it was spelled in one working directory (`seeds/x.txt`,
    `./seeds/x.txt`, `/home/me/seeds/x.txt`), so that a run reads each file once.

    The path is made absolute and normalised (`.`, `..` and repeated `/` go; symlinks are not
    followed), then made relative to the working directory when it lies inside it; standard
    input and names that are not paths (`<text>`) stay as they are.
    """
    if file == STANDARD_INPUT or file.startswith("<"):
        return file
    try:
        cwd = os.getcwd()
    except OSError:  # the working directory is gone
        return file
    return _file_key(file, cwd)


@lru_cache(maxsize=1024)
def _file_key(file: str, cwd: str) -> str:
    """`file_key` for a name in a working directory, worked out once: every record of a file asks."""
    try:
        absolute = os.path.abspath(file)
    except (OSError, ValueError):  # the working directory is gone, or a NUL in the name
        return file
    inside = os.path.commonpath([absolute, cwd]) == cwd
    return os.path.relpath(absolute, cwd) if inside else absolute


@lru_cache(maxsize=1024)  # asked once per record, of the same few names
def shown_name(file: str) -> str:
    """`file` as text any UTF-8 reader accepts: bytes that were not UTF-8 (surrogates) become U+FFFD."""
    return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in file)
