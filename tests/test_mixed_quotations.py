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


# --- words quoted inside a sentence whose verb is not the cue (issue 25, class 4) ----------

TERMS = (
    "Rosa Alsop and Dan Morrow have sat on the harbour board for years.\n\n"
    "When Morrow was mayor, Alsop, then a young councillor on the planning board, called Morrow's "
    'parking plan "a gift to nobody." Morrow has not forgotten.\n\n'
    "The chair of the board, Felix Brandauer, praised her in a statement as "
    '"a builder who kept her word."\n'
)


@pytest.mark.parametrize(
    "phrase, speaker, mention",
    [("a gift to nobody", "Rosa Alsop", "Alsop"), ("a builder who kept her word", "Felix Brandauer", "The chair")],
)
def test_a_term_is_given_by_the_subject_of_its_verb_of_naming(recorded, phrase, speaker, mention):
    """The name the parser hangs as an apposition of the noun before it (not `mayor`), and a
    phrase of place between the verb and its `as`, leave the verb's subject the speaker."""
    quote = quote_with([q for q in extract(recorded, TERMS) if q.kind != "indirect"], phrase)
    assert (quote.kind, quote.speaker) == ("mixed", speaker)
    assert quote.speaker_mention is not None and quote.speaker_mention.text == mention


def test_words_quoted_in_a_reported_clause_about_a_thing_are_the_reporters(recorded):
    text = (
        "Judge Anna Kestrel of the Provincial Court sentenced the former treasurer on Friday.\n\n"
        "Kestrel said she accepted that the debts were real but that it did not explain "
        '"ten years of false invoices".\n'
    )
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], "false invoices")
    assert quote.speaker == "Anna Kestrel"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Kestrel"
