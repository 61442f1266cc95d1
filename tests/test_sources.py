"""Sources that are not a plain `X said` (issue 25, classes 5, 6, 9, 10)."""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract
from conftest import quote_with

LETTER = (
    "Village fights to keep its school\n\n"
    "More than a hundred parents packed the hall on Tuesday. The head teacher, Oswin Hale, asked "
    "whether he could read something for a pupil. It was a letter from Lila Marsh, who is nine.\n\n"
    '"Dear Councillors, my name is Lila and I am nine. I walk to school with my sister.\n\n'
    '"If the school shuts we will have to take a bus for an hour. Please come and see us first."\n\n'
    "The hall was silent, then it clapped.\n\n"
    'Hale said Lila had written it herself. "She is braver than she knows," he said.\n'
)

EMAIL = (
    "Residents object to mast\n\n"
    "At Monday's meeting the clerk, Peter Vance, read out an email from Joan Fairley, a resident of "
    "Top Lane.\n\n"
    '"Dear Sirs, I have lived under this hill for forty years and I have never seen anything so ugly."\n\n'
    "The mast was approved by four votes to two.\n"
)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (LETTER, "my name is Lila", "Lila Marsh"),  # a letter read aloud is its writer's, not the reader's
        (LETTER, "take a bus for an hour", "Lila Marsh"),  # the letter's next paragraph goes on with it
        (LETTER, "braver than she knows", "Oswin Hale"),
        (EMAIL, "never seen anything so ugly", "Joan Fairley"),  # `read out an email from X`
    ],
)
def test_a_letter_read_aloud_is_its_writers(recorded, text, fragment, speaker) -> None:
    assert quote_with(extract(recorded, text), fragment).speaker == speaker
