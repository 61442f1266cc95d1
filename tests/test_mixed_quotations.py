"""Short attributed phrases (issue 25, class 7): words after a person's possessive or after a
preposition are a mixed quotation of the speaker in reach; a thing's possessive, one word and
a title stay a scare quote or a name."""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract
from conftest import quote_with

BUDGET = (
    "Finance minister Petra Lindqvist unveiled the budget on Monday.\n\n"
    'The minister\'s "war on red tape" will cut two hundred rules by the end of the year.\n\n'
    'Economist Jonas Berg was unimpressed. He said the forecast relied on "a heroic assumption" about exports.\n'
)


@pytest.mark.parametrize(
    "phrase, speaker",
    [("war on red tape", "Petra Lindqvist"), ("a heroic assumption", "Jonas Berg")],
)
def test_a_phrase_after_a_possessive_or_a_preposition_is_its_speakers_mixed_quotation(recorded, phrase, speaker):
    quote = quote_with([q for q in extract(recorded, BUDGET) if q.kind != "indirect"], phrase)
    assert (quote.text, quote.kind, quote.speaker) == (phrase, "mixed", speaker)


@pytest.mark.parametrize(
    "text",
    [
        'The budget\'s "hidden costs" worried the markets on Monday.',
        'Petra Lindqvist\'s "reset" has not gone well for the ferry.',
        'Petra Lindqvist\'s "Tales of the Harbour" sold out in a week.',
    ],
)
def test_a_things_possessive_one_word_or_a_title_gives_no_one_words(recorded, text):
    assert [q for q in extract(recorded, text) if q.kind != "indirect"] == []
