"""The plain records quotex hands to its users: no spaCy objects, ready for JSON."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from typing import Any, Literal

Kind = Literal["direct", "mixed", "indirect"]
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


@dataclass(frozen=True)
class Mention:
    """A stretch of the document's text: `text == content[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One attributed statement, with offsets into the decoded text of its document."""

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
    # Set when a run links its speakers across files (quotex.corpus): one person's id in
    # every file, and one id for the same words of one speaker printed in several files.
    speaker_id: str | None = None
    quote_group: str | None = None

    @property
    def id(self) -> str:
        """Stable for the same input: derived from the file name, kind and offsets."""
        key = f"{self.file}\x1f{self.kind}\x1f{self.start}\x1f{self.end}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract documented in README.md, field order included."""
        record = asdict(self)
        return {
            "file": self.file,
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_id": self.speaker_id,
            "speaker_mention": record["speaker_mention"],
            "cue": record["cue"],
            "resolution": self.resolution,
            "confidence": round(self.confidence, 3),
            "paragraph": self.paragraph,
            "quote_group": self.quote_group,
        }

    @classmethod
    def from_dict(cls, record: dict[str, Any]) -> Quote:
        """A record as `to_dict` wrote it (quotex's own JSON Lines); ValueError if it is not one."""
        try:
            return cls(
                file=str(record["file"]),
                kind=record["kind"],
                text=str(record["text"]),
                start=int(record["start"]),
                end=int(record["end"]),
                speaker=record.get("speaker"),
                speaker_mention=_mention(record.get("speaker_mention")),
                cue=_mention(record.get("cue")),
                resolution=record.get("resolution", "none"),
                confidence=float(record.get("confidence", 0.0)),
                paragraph=int(record.get("paragraph", 0)),
                speaker_id=record.get("speaker_id"),
                quote_group=record.get("quote_group"),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise ValueError(f"not a quotex record ({err.__class__.__name__}: {err})") from None


def _mention(value: Any) -> Mention | None:
    if value is None:
        return None
    return Mention(str(value["text"]), int(value["start"]), int(value["end"]))
