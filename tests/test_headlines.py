"""A headline's speaker (issue 25, class 8): the person the body introduces with the headline's
description, or the one the body quotes saying the headline's words; never a word of the headline."""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract
from conftest import quote_with

BARN_BODY = (
    "\n\nA fire destroyed a barn and two tractors near Kettlewick on Sunday night.\n\n"
    "Firefighters from three stations fought the blaze for six hours, said station manager Lyle Dunn.\n\n"
    'Elsie Marr, a farmer who has worked the land for 40 years, watched from the yard. "There was nothing '
    'anyone could do," she said.\n'
)

FLOOD = (
    "'It was like a river' says shopkeeper as floods hit town\n\n"
    "Floodwater poured through the high street in Millbeck on Tuesday.\n\n"
    "Council leader Gwen Hart said pumps had been sent. Ravi Mehta, who runs a shop on the high street, said "
    "the water reached his counter in minutes.\n\n"
    '"It was like a river coming through the door," Mr Mehta said.\n'
)

SCHOOL = (
    "Mum's fury: 'Nobody told us the school was shut'\n\n"
    "Parents were turned away from Hollins Green primary on Monday morning.\n\n"
    "Kerry Dale, whose two sons attend the school, said she found out at the gate. \"Nobody told us the "
    'school was shut," she said.\n'
)


@pytest.mark.parametrize(
    "headline",
    [
        "'We lost everything,' says farmer after barn fire",
        "Farmer says 'we lost everything' after barn fire",  # the noun that opens the line, capitalised
        "'We lost everything,' says Kettlewick farmer after fire",  # a place before the noun
        "Barn fire: 'We lost everything' says grieving farmer",
    ],
)
def test_a_headline_description_names_whom_the_body_introduces_with_it(recorded, headline) -> None:
    quote = quote_with(extract(recorded, headline + BARN_BODY), "lost everything")
    assert (quote.speaker, quote.speaker_type) == ("Elsie Marr", "person")


def test_headline_words_the_body_quotes_again_are_that_speakers(recorded) -> None:
    # the body introduces no `shopkeeper`, and names the council leader first
    for text, speaker in ((FLOOD, "Ravi Mehta"), (SCHOOL, "Kerry Dale")):
        headline = extract(recorded, text)[0]
        assert (headline.start < text.index("\n"), headline.speaker) == (True, speaker)


def test_a_byline_writer_is_not_whom_the_headline_describes(recorded) -> None:
    """`By Ana Roe` names who wrote the story, not whom it is about: a headline's description the
    body never repeats means the first person the story itself names."""
    text = (
        "Blaze 'jumped the firebreak in minutes', says ranger\n\n"
        "By Ottoline Brisbane-Yeo\n\n"
        "Corwen Aldiss-Mbugu has looked after the Hollowmere reserve for nine years. He watched the fire "
        "cross the ridge on Tuesday.\n\n"
        '"We could not stop it. The wind was too strong," Aldiss-Mbugu said.\n'
    )
    assert quote_with(extract(recorded, text), "firebreak").speaker == "Corwen Aldiss-Mbugu"
