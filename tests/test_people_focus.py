"""Descriptions and titles that used to stay unresolved (issue 9, session 4): a definite
description that matches nothing the text said of anyone, titles cut into names, quotations
named afterwards (`Those were the words of X`), places taken for people, spokespeople for a
person. Each article is written for these tests; each runs through recorded parses.
"""

from __future__ import annotations

from tests.conftest import extract_checked, quote_with


def quote_of(recorded, text: str, fragment: str):
    return quote_with(extract_checked(recorded, text), fragment)


def speaker_of(recorded, text: str, fragment: str) -> str | None:
    return quote_of(recorded, text, fragment).speaker


# --- 1. a description that matches nothing said of anyone: the person in focus ----------------

FROST = (
    "Cider makers in the Tarrow valley have lost half their apples to a late frost.\n\n"
    "Margaret Ostrowska, who planted her first trees in 1998, said the blossom had turned black "
    "overnight.\n\n"
    '"I have never seen anything like it," the 61-year-old said. "Not even my father had."\n\n'
    "Down the lane, Desmond Achebe-Lyle has lost his whole crop.\n\n"
    '"We will be buying in fruit from Kent this year," the former teacher said.\n\n'
    '"You just have to start again," the grandmother of four said after the meeting.\n'
)


def test_an_age_alone_is_the_person_just_named(recorded) -> None:
    quote = quote_of(recorded, FROST, "never seen anything like it")
    assert quote.speaker == "Margaret Ostrowska"
    assert quote.resolution == "focus"


def test_a_job_nobody_was_given_is_the_person_just_named(recorded) -> None:
    assert speaker_of(recorded, FROST, "buying in fruit") == "Desmond Achebe-Lyle"


def test_a_description_that_tells_a_gender_skips_the_other_gender(recorded) -> None:
    assert speaker_of(recorded, FROST, "start again") == "Margaret Ostrowska"


DEBATE = (
    "Owen Pelham, who has held the seat since 2010, and Ruth Castellano, the state treasurer, met "
    "for their only debate on Tuesday.\n\n"
    "Pelham said the dam would be finished by spring. Castellano said it would not.\n\n"
    '"I have never missed a deadline," the senator told reporters afterwards.\n\n'
    "The 52-year-old Castellano said she would visit every county.\n\n"
    '"People want answers," the 44-year-old said.\n'
)


def test_a_role_passes_over_someone_the_text_gave_another_role(recorded) -> None:
    assert speaker_of(recorded, DEBATE, "never missed a deadline") == "Owen Pelham"


def test_an_age_passes_over_someone_of_another_age(recorded) -> None:
    assert speaker_of(recorded, DEBATE, "People want answers") != "Ruth Castellano"


HARBOUR = (
    "A retired fisherman, who asked not to be named, watched the boats come in.\n\n"
    "Harbour master Ines Carvalho said the season had been the worst in memory.\n\n"
    '"Nobody here can remember a summer like it," the fisherman said.\n'
)


def test_a_description_first_given_to_someone_unnamed_stays_theirs(recorded) -> None:
    assert speaker_of(recorded, HARBOUR, "Nobody here can remember") != "Ines Carvalho"


COURTSIDE = (
    "Marta Lindqvist sat down at the table and pushed the microphone away.\n\n"
    '"Ask your questions," the coach said.\n\n'
    "Across the hall, rival coach Ana Ferreira was in a generous mood.\n"
)


def test_a_description_in_the_body_refers_back_not_forward(recorded) -> None:
    assert speaker_of(recorded, COURTSIDE, "Ask your questions") == "Marta Lindqvist"


THEATRE = (
    "Two actors carry the play. Anneke Visser, 24, plays the daughter; Piotr Zalewski plays her "
    "father.\n\n"
    "The actor, 31, says he spent a month driving lorries to prepare.\n"
)


def test_an_age_between_commas_belongs_to_the_description(recorded) -> None:
    assert speaker_of(recorded, THEATRE, "driving lorries") == "Piotr Zalewski"


# --- 2. nouns of nationality -------------------------------------------------------------------

RACE = (
    "Lars Holmberg, 31, crashed on the last bend and finished fourth. Samuel Asante-Boateng won "
    "the sprint by a wheel.\n\n"
    '"I saw the gap and went," the 27-year-old Ghanaian said.\n\n'
    "Holmberg limped to the team bus.\n\n"
    '"My knee is fine. My pride is not," the Swede said.\n'
)


def test_a_noun_of_nationality_with_an_age_is_the_person_in_focus(recorded) -> None:
    assert speaker_of(recorded, RACE, "saw the gap") == "Samuel Asante-Boateng"


def test_a_noun_of_nationality_that_does_not_end_as_its_adjective(recorded) -> None:
    assert speaker_of(recorded, RACE, "My knee is fine") == "Lars Holmberg"


# --- 3. titles with and without full stops -------------------------------------------------------

RANKS = (
    "Police have arrested two men after a fire at a warehouse in Dunmere.\n\n"
    '"We are asking anyone with footage to come forward," Staff Sgt. Oliver Brannock told '
    "reporters on Friday.\n\n"
    '"This was a deliberate act," Det. Insp. Harriet Olumide said.\n\n'
    '"The building was empty," Const. Priya Vasquez said.\n\n'
    '"Nobody was hurt," Supt Graham Eddery said.\n\n'
    '"The road will stay closed," Cr Tamsin Morrow said.\n\n'
    '"We will pray for the owners," Rev. Alfred Kinsley said.\n\n'
    '"The unit was on scene within minutes," Lt. Col. Nadia Sorensen said.\n'
)


def test_ranks_and_titles_are_not_names(recorded) -> None:
    assert speaker_of(recorded, RANKS, "anyone with footage") == "Oliver Brannock"
    assert speaker_of(recorded, RANKS, "deliberate act") == "Harriet Olumide"
    assert speaker_of(recorded, RANKS, "building was empty") == "Priya Vasquez"
    assert speaker_of(recorded, RANKS, "Nobody was hurt") == "Graham Eddery"
    assert speaker_of(recorded, RANKS, "stay closed") == "Tamsin Morrow"
    assert speaker_of(recorded, RANKS, "pray for the owners") == "Alfred Kinsley"
    assert speaker_of(recorded, RANKS, "within minutes") == "Nadia Sorensen"


# --- 4. quotations whose speaker is named after them --------------------------------------------

CLIFF = (
    "'I thought the tide would take him,' says owner after pony rescued from cove\n\n"
    "'He was up to his chest in water and I could do nothing but watch.'\n\n"
    "Those were the words of Rhiannon Pughe on Saturday, after coastguards led her pony, Bramble, "
    "out of a flooded cove below Porth Ddu.\n\n"
    "Coastguard Emlyn Harries said the pony had been lucky.\n\n"
    "'Hang up and dial 999, then stay where you are.' That was the advice of Sgt. Lowri Beynon, "
    "who urged walkers to keep to the path.\n"
)


def test_those_were_the_words_of_names_the_speaker_of_the_quotation_before(recorded) -> None:
    assert speaker_of(recorded, CLIFF, "up to his chest") == "Rhiannon Pughe"


def test_that_was_the_advice_of_names_the_speaker_of_the_quotation_before(recorded) -> None:
    assert speaker_of(recorded, CLIFF, "Hang up and dial") == "Lowri Beynon"


def test_a_headline_description_is_the_person_the_story_opens_with(recorded) -> None:
    assert speaker_of(recorded, CLIFF, "tide would take him") == "Rhiannon Pughe"


# --- 5. places are not people ---------------------------------------------------------------------

RESCUE = (
    "Bethan Llewellyn was walking her dog above Cwm Tyleri when she heard a shout from the old "
    "quarry.\n\n"
    "A crew from Cwm Tyleri fire station reached the climber within an hour.\n\n"
    '"He was very cold but he was talking," she said.\n'
)


def test_a_name_only_given_as_a_place_is_nobody_a_pronoun_can_mean(recorded) -> None:
    assert speaker_of(recorded, RESCUE, "very cold") == "Bethan Llewellyn"


# --- 6. spokespeople and organisations ---------------------------------------------------------

LEVEE = (
    "Water Minister Grace Odhiambo visited the town on Monday and promised a new levee.\n\n"
    "Residents said they had heard that before.\n\n"
    "A spokeswoman for the minister said the design was almost complete.\n\n"
    "The Airframe and Transit Workers Union said it would fight the cuts. The union said its "
    "members would vote in May.\n"
)


def test_a_spokeswoman_for_a_person_speaks_for_that_person(recorded) -> None:
    assert speaker_of(recorded, LEVEE, "design was almost complete") == "Grace Odhiambo"


def test_an_organisation_name_may_hold_and(recorded) -> None:
    assert speaker_of(recorded, LEVEE, "members would vote") == "Airframe and Transit Workers Union"


RALLY = (
    "Lydia Marchbank spent the day in the mill towns of the north.\n\n"
    '"Would you vote for her again?" this reporter asked a man at the back of the hall.\n'
)


def test_this_reporter_is_the_writer_not_the_person_in_focus(recorded) -> None:
    assert speaker_of(recorded, RALLY, "vote for her again") != "Lydia Marchbank"
