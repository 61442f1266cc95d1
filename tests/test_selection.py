"""`quotex.running.selection.Selection`: kinds, confidence, one row per id, speakers by any variant."""

from __future__ import annotations

import pytest

from quotex.corpus.linking import Identity
from quotex.output.records import Quote
from quotex.running.selection import Selection


def quote(kind: str = "direct", confidence: float = 0.9, start: int = 0) -> Quote:
    return Quote("a.txt", kind, "words", start, start + 5, "Ann Lee", None, None, "explicit", confidence, 0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("selection", "kept"),
    [
        (Selection(), [0, 1, 3]),  # the repeated id once
        (Selection(unique=False), [0, 1, 2, 3]),
        (Selection(kinds=frozenset({"indirect"})), [3]),
        (Selection(min_confidence=0.5), [0, 1]),
    ],
)
def test_a_documents_quotations_are_selected(selection: Selection, kept: list[int]) -> None:
    quotes = [quote(), quote(start=9), quote(start=9), quote("indirect", 0.2, 20)]
    assert list(selection.document(quotes)) == [quotes[i] for i in kept]


def test_speakers_match_any_variant_of_a_linked_identity() -> None:
    identity = Identity("x1", "Ann Lee", ("Ann Lee", "Lee"))
    assert Selection(speakers=("lee",)).speaker_wanted(identity)
    assert not Selection(speakers=("Bo Chen",)).speaker_wanted(identity)
    assert not Selection(speakers=("Lee",)).speaker_wanted(None)
    assert Selection().speaker_wanted(None)


@pytest.mark.parametrize("settings", [{"kinds": frozenset()}, {"kinds": frozenset({"loud"})}, {"min_confidence": 2.0}])
def test_a_selection_of_nothing_sensible_is_refused(settings: dict) -> None:
    with pytest.raises(ValueError):
        Selection(**settings)
