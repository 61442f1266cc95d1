"""A quotation that runs over paragraphs, reported one paragraph a record where a paragraph
reopens it with a mark (`marks.paragraph_pieces`, `statements.by_paragraph`): pure functions over
a string first, then whole texts over recorded parses (`recorded`).

Every text here is made up for the test.
"""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract

from quotex.parse.marks import find_quotations, paragraph_pieces


def pieces(text: str) -> list[tuple[str, int, int, bool]]:
    """(words, first paragraph, last paragraph, closed) of each piece of each quotation in `text`."""
    return [
        (text[p.start : p.end], p.first_paragraph, p.last_paragraph, p.closed)
        for quotation in find_quotations(text)
        for p in paragraph_pieces(text, quotation)
    ]


@pytest.mark.parametrize(
    ("opening", "closing"), [('"', '"'), ("\u201c", "\u201d"), ("'", "'"), ("\u2018", "\u2019")],
    ids=["straight-double", "curly-double", "straight-single", "curly-single"],
)
def test_a_paragraph_that_reopens_a_quotation_begins_a_piece_of_its_own(opening, closing):
    text = (
        f"Ines Ortega said: {opening}The road will be finished by spring.\n\n"
        f"{opening}We have the money and the workers,{closing} she added.\n"
    )
    assert pieces(text) == [
        ("The road will be finished by spring.", 0, 0, False),
        ("We have the money and the workers,", 1, 1, True),
    ]


def test_each_reopening_paragraph_of_three_is_a_piece():
    text = 'Ines Ortega said: "The road will be finished by spring.\n"We have the money.\n"And the workers," she added.\n'
    assert [words for words, *_ in pieces(text)] == [
        "The road will be finished by spring.", "We have the money.", "And the workers,",
    ]


def test_a_paragraph_that_goes_on_without_a_mark_stays_in_the_piece_before():
    text = 'Ines Ortega said: "The road will be finished by spring.\nWe have the money and the workers," said Ortega.\n'
    assert pieces(text) == [("The road will be finished by spring.\nWe have the money and the workers,", 0, 1, True)]


def test_an_inner_quotation_at_a_paragraph_start_does_not_cut_the_quotation():
    text = "Ines Ortega said: \"The road will be finished by spring.\n'Soon' is what they told us,\" she added.\n"
    assert len(pieces(text)) == 1


# --- whole texts ------------------------------------------------------------------------------


def test_two_quoted_paragraphs_are_two_statements_of_the_speaker_who_closes_them(recorded, find_quote):
    text = (
        "The ferry strike entered its third day on Monday.\n"
        'Transport minister Rosa Delgado accused the union of cruelty. "Nurses could not reach the island clinic. '
        "Children missed their exams.\n"
        '"The ministry will not give in, and I have told the union so," she said.\n'
    )
    quotes = extract(recorded, text)
    first = find_quote(quotes, "Nurses could not reach")
    second = find_quote(quotes, "will not give in")
    assert first.text == "Nurses could not reach the island clinic. Children missed their exams."
    assert second.text.startswith("The ministry will not give in")
    assert (first.speaker, second.speaker) == ("Rosa Delgado", "Rosa Delgado")
    assert first.kind == second.kind == "direct"


def test_british_marks_reopened_in_a_live_blog(recorded, find_quote):
    text = (
        "14.05 Our correspondent Tamsin Hale is at the harbour wall.\n"
        "'The waves are breaking over the wall and the car park is under water.\n"
        "'The lifeboat crew have moved the boat inland,' she says.\n"
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "waves are breaking").text == (
        "The waves are breaking over the wall and the car park is under water."
    )
    assert find_quote(quotes, "lifeboat crew").speaker == "Tamsin Hale"


def test_a_transcript_quoted_paragraph_by_paragraph_gives_each_piece_to_its_label(recorded, find_quote):
    text = (
        "Senator Mara Quist spoke to the host Leon Brandt on Sunday. A partial transcript follows:\n"
        '"BRANDT: Will you vote for the harbour bill?\n'
        '"QUIST: I will, because the town needs the jobs.\n'
        '"(CROSSTALK.)\n'
        '"QUIST: And the bridge needs the money."\n'
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "Will you vote").text == "Will you vote for the harbour bill?"
    assert find_quote(quotes, "Will you vote").speaker == "Leon Brandt"
    assert find_quote(quotes, "needs the jobs").speaker == "Mara Quist"
    assert find_quote(quotes, "needs the money").speaker == "Mara Quist"
    assert not [q for q in quotes if "CROSSTALK" in q.text]
