"""A quotation inside a quotation that a cue right before it gives to someone is a statement of
its own beside the outer one (`statements.nested_statements`), over recorded parses
(`recorded`). Every text here is made up for the test.
"""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract


def direct(quotes):
    return [(q.text, q.speaker) for q in quotes if q.kind != "indirect"]


def test_an_inner_quotation_after_a_cue_is_its_speakers_and_the_outer_one_stays_whole(recorded):
    text = "The board met on Monday.\n\"Tomas Reyes said 'never' and walked out of the room,\" Ana Ruiz said.\n"
    found = direct(extract(recorded, text))
    assert ("Tomas Reyes said 'never' and walked out of the room,", "Ana Ruiz") in found
    assert ("never", "Tomas Reyes") in found


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("The board met on Monday.\n\"I said 'ten' and the whole table laughed,\" Ana Ruiz said.\n", "ten"),
        ("The board met on Monday.\n\"Every year I wrote back: 'Not yet.'\" Ana Ruiz said.\n", "Not yet."),
    ],
    ids=["first-person", "verb-and-adverb"],
)
def test_a_speaker_who_quotes_themself_says_the_inner_words_too(recorded, text, inner):
    assert (inner, "Ana Ruiz") in direct(extract(recorded, text))


@pytest.mark.parametrize(
    "text",
    [
        "The board met on Monday.\n\"The so-called 'plan' is two pages long,\" Ana Ruiz said.\n",
        "The board met on Monday.\n\"I heard a voice saying, 'Hold on,' and then nothing,\" Ana Ruiz said.\n",
    ],
    ids=["scare-quote", "participle-describes"],
)
def test_an_inner_quotation_that_no_one_is_said_to_say_stays_part_of_the_outer_one(recorded, text):
    assert len(direct(extract(recorded, text))) == 1


def test_a_letter_read_out_in_a_transcript_line_is_found(recorded):
    text = (
        "Presenter Ana Ruiz spoke with the beekeeper Tomas Reyes about his hives.\n"
        "RUIZ: A listener sent us a letter. He writes: \"Dear Tomas, the bees love my garden.\"\n"
        "REYES: That is lovely to hear.\n"
    )
    texts = [q.text for q in extract(recorded, text)]
    assert "Dear Tomas, the bees love my garden." in texts
    assert "That is lovely to hear." in texts


def test_a_title_inside_a_quotation_after_a_verb_of_writing_is_no_statement(recorded):
    text = "The theatre reopened on Friday.\n\"The woman who wrote \u2018Harbour Lights,\u2019 is back with us,\" Ana Ruiz said.\n"
    assert len(direct(extract(recorded, text))) == 1
