"""Which quotations a run hands out: one selection, applied the same way everywhere.

The Python API (`quotex.extract`), `quotex extract`, `speakers`, `report` and `spark` all
select through a `Selection`, in two steps:

- `document(quotes)`: a document's quotations of the kinds asked for, at least as confident
  as asked, each id once (a statement the rules find twice is written once);
- `speaker_wanted(identity)`: after speakers are linked, whether a speaker asked for
  (`--speaker`, any variant of the name) is this one; every quotation passes when none is.

`fields` names the fields (or columns) the writers keep; the selection does not look at them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from quotex.corpus.linking import Identity, link, matches
from quotex.output.records import KINDS, SPEAKER_TYPES, Quote


@dataclass(frozen=True)
class Selection:
    """`kinds` to keep; `min_confidence`; `speakers` (names, any variant; none: all);
    `speaker_types` to keep (empty: all); `fields` the writers keep (None: all); `unique`: each
    id once a document."""

    kinds: frozenset[str] = frozenset(KINDS)
    min_confidence: float = 0.0
    speakers: tuple[str, ...] = ()
    speaker_types: frozenset[str] = frozenset()
    fields: tuple[str, ...] | None = None
    unique: bool = True

    def __post_init__(self) -> None:
        unknown = set(self.kinds) - set(KINDS)
        if unknown or not self.kinds:
            raise ValueError(f"kinds must be some of {', '.join(KINDS)}, not {sorted(self.kinds)}")
        if not 0.0 <= self.min_confidence <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, not {self.min_confidence}")
        if set(self.speaker_types) - set(SPEAKER_TYPES):
            raise ValueError(f"speaker_types must be some of {', '.join(SPEAKER_TYPES)}, not {sorted(self.speaker_types)}")

    def wanted(self, quote: Quote) -> bool:
        """Whether `quote` is of a kind asked for, confident enough, and its speaker of a type asked for."""
        typed = not self.speaker_types or quote.speaker_type in self.speaker_types
        return quote.kind in self.kinds and quote.confidence >= self.min_confidence and typed

    def document(self, quotes: Iterable[Quote]) -> Iterator[Quote]:
        """The quotations of one document that are wanted, each id once when `unique`."""
        seen: set[str] = set()
        for quote in quotes:
            if not self.wanted(quote):
                continue
            if self.unique:
                if quote.id in seen:
                    continue
                seen.add(quote.id)
            yield quote

    def speaker_wanted(self, identity: Identity | None) -> bool:
        """Whether a quotation of the speaker `identity` (None: nobody) is wanted."""
        return not self.speakers or (identity is not None and any(matches(name, identity) for name in self.speakers))

    def linked(self, linked: Iterable[tuple[Quote, Identity | None]]) -> Iterator[tuple[Quote, Identity | None]]:
        """The linked records of the speakers asked for."""
        for quote, identity in linked:
            if self.speaker_wanted(identity):
                yield quote, identity

    def unlinked(self, quotes: Iterable[Quote]) -> Iterator[Quote]:
        """`document(quotes)` of the speakers asked for, each name linked on its own (what a
        caller that does not link a corpus, as the Python API, can know of a speaker)."""
        for quote in self.document(quotes):
            if not self.speakers:
                yield quote
            elif quote.speaker and self.speaker_wanted(link([(quote.file, quote.speaker)])[(quote.file, quote.speaker)]):
                yield quote
