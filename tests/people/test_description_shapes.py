"""Descriptions of any shape name whom the text described with those words: an age, a job,
a place, a relation, an apposition (`the lanky, soft-spoken engineer`, `the self-taught Leeds
resident`, `the 58-year-old told reporters`); a description made of a title (`the crown
prince`) names whoever the text gave that title; a possessive or a determiner never becomes a
name (`Its lead author` is not a speaker's name); `the club's official account` is the club's.

Every article is written for these tests (invented names) and runs through recorded parses.
"""

from __future__ import annotations

import pytest

from tests.people.helpers import speaker_of

MILL = (
    "Walter Finch retired last spring after forty years at the mill.\n\n"
    '"I miss the noise," the 58-year-old told reporters.\n'
)


BOATYARD = (
    "Felix Ambrose, an engineer, spent twenty years building bridges. His partner, Dora Quill, "
    "keeps the boatyard's books.\n\n"
    '"The river taught me everything," the lanky, soft-spoken engineer said.\n'
)


ROVERS = (
    "The Harbour Rovers lost the final on Saturday. Their captain, Joel Mbeki, blamed the pitch.\n\n"
    '"We apologise to our fans," the club\'s official account posted.\n'
)


VISIT = (
    "President Elias Varga welcomed the delegation at the airport on Monday.\n\n"
    '"We came as friends," the crown prince said after Crown Prince Haroun bin Tessal landed in '
    "the capital.\n"
)


NEIGHBOURS = (
    "Priya Nandakumar, a Leeds resident, learned to code from library books. Her mentor, Tom "
    "Ashby, lives in York.\n\n"
    '"Nobody showed me how," the self-taught Leeds resident said.\n\n'
    "Walter Finch, 58, retired last spring. His son, Owen Finch, 31, runs the mill now.\n\n"
    '"I miss the noise," the 58-year-old told reporters.\n'
)


STATEMENT = (
    "Nora Whitcombe, 91, lost her savings to a telephone fraud in May. In a statement read by her "
    "grandson, Aaron Whitcombe-Lowe, the family said: \"She trusted a kind voice on the phone.\"\n"
)


WORKSHOP = (
    "The lamp in the window is made of old bicycle chains, says its maker, Ingrid Salvesen, who "
    "collected them from scrapyards for a year.\n\n"
    "'Every link was somebody's commute,' the 44-year-old says.\n"
)


CROSSING = (
    "The ferry to the island takes an hour, and for most of it I could not see land.\n\n"
    '"It is out there," said the man beside me at the rail, without looking up from his paper.\n\n'
    "This was Angus Mackinnon, known to everyone as Gus, a former fisherman who has made the crossing "
    "thousands of times.\n\n"
    "My guide for the first day was Isla Morrow, who grew up on a croft.\n\n"
    '"Told you it was there," said the former fisherman.\n'
)


MEETING = (
    "Cllr Aine Dolan told the meeting that trade had fallen.\n\n"
    "District engineer Colm Reddy said the charges were needed.\n\n"
    "Cllr Fergal Hynes said he accepted there was a problem.\n\n"
    "Mr Reddy replied that discs had been tried in 2016. The councillor said that was ten years ago.\n"
)


STUDIO = (
    "Mara Quist is a potter. Ben Lowe, who runs the cafe next door, bakes the bread.\n\n"
    '"We never close," the potter said.\n'
)


CASES = [
    pytest.param(MILL, "miss the noise", "Walter Finch", id="a_cue_the_parser_took_into_the_noun_phrase_is_not_the_speaker"),
    pytest.param(BOATYARD, "river taught", "Felix Ambrose", id="a_hyphenated_adjective_is_no_cue_and_the_job_names_its_holder"),
    pytest.param(VISIT, "came as friends", "Haroun bin Tessal", id="a_title_names_its_holder_in_the_paragraph_not_a_person_named_before"),
    pytest.param(NEIGHBOURS, "showed me how", "Priya Nandakumar", id="a_place_and_a_job_name_whom_the_text_gave_them_not_the_last_named"),
    pytest.param(NEIGHBOURS, "miss the noise", "Walter Finch", id="an_age_names_whom_the_text_gave_it_not_the_last_named"),
    pytest.param(ROVERS, "apologise", "Harbour Rovers", id="an_account_speaks_for_whom_a_description_says_it_is"),
    pytest.param(STATEMENT, "kind voice", "family", id="a_family_after_a_name_is_the_subject_that_speaks_not_an_apposition"),
    pytest.param(CROSSING, "out there", "Angus Mackinnon", id="a_description_names_whom_this_was_names_after_it"),
    pytest.param(CROSSING, "Told you", "Angus Mackinnon", id="an_apposition_after_a_participle_clause_describes_the_name"),
    pytest.param(MEETING, "ten years", "Fergal Hynes", id="the_councillor_is_the_latest_cllr_not_the_person_in_focus"),
    pytest.param(STUDIO, "never close", "Mara Quist", id="what_a_copula_says_a_name_is_describes_it"),
    pytest.param(WORKSHOP, "somebody's commute", "Ingrid Salvesen", id="a_maker_with_a_given_name_and_who_is_a_person_not_a_company"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(recorded, text, fragment) == speaker


# A relation, a group or a job the text gives with a name, or says of its bearer later.

SURVIVED = (
    "Greta Holm, a weaver, died on Friday at her home in Ashby. She was 90.\n\n"
    "Holm married Arvid Berg, a pilot, in 1960. He died in 2001. She is survived by a son, "
    "Tavish Berg-Oyelaran, and two grandchildren.\n\n"
    'Her son said the family would give the looms to the museum. "She never wasted a thread," '
    "he said.\n"
)


DAUGHTER = (
    "Nora Lowe, a weaver, died on Friday. She was 90.\n\n"
    "Lowe married Carl Rees, a pilot, in 1960. He died in 2001. In addition to her son, she is "
    "survived by a daughter, Chiyo Berg-Lind, and two grandchildren.\n\n"
    'Her daughter said the looms would go to the museum. "Mum hated waste," she said.\n'
)


LEAVES = (
    "Rufus Dale, a clockmaker, died on Monday. He leaves a daughter, Nell Dale.\n\n"
    '"He fixed every clock in the village," his daughter said.\n'
)


APPRENTICES = (
    "Ivo Marsh trained six apprentices at his forge. One of those apprentices, Lotte Brenner, "
    "now runs it.\n\n"
    '"He was patient with iron and impatient with people," the former apprentice said.\n'
)


BOXER = (
    "Cyril Anand runs the gym on Tanner Street. He boxed as a middleweight for Wales in the 1970s, "
    "and he still trains six mornings a week.\n\n"
    '"I lost more fights than I won," the former middleweight says.\n'
)


INTRODUCED = [
    pytest.param(SURVIVED, "wasted a thread", "Tavish Berg-Oyelaran",
                 id="a_relation_given_as_the_object_of_a_clause_is_the_subjects_relation"),
    pytest.param(SURVIVED, "looms to the museum", "Tavish Berg-Oyelaran",
                 id="the_relation_names_the_speaker_of_reported_speech_too"),
    pytest.param(DAUGHTER, "hated waste", "Chiyo Berg-Lind",
                 id="a_name_the_parser_took_for_the_first_of_a_list_is_in_apposition"),
    pytest.param(LEAVES, "every clock", "Nell Dale", id="a_relation_left_by_a_subject_is_the_subjects"),
    pytest.param(APPRENTICES, "patient with iron", "Lotte Brenner", id="one_of_a_group_is_one_of_its_kind"),
    pytest.param(BOXER, "lost more fights", "Cyril Anand", id="what_a_pronoun_acted_as_describes_its_person"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), INTRODUCED)
def test_a_description_introduced_with_a_name_or_said_later(recorded, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(recorded, text, fragment) == speaker


# A tie, a party or a nationality the text gave someone, used later as a description.

DEBATE = (
    "Adaeze Obi, the Democratic nominee, accused her Republican opponent, former state senator "
    'Lena Voss, of "doing nothing for years".\n\n'
    'Her rival said the fuel tax should be cut. "It is a tax on work," the Republican said.\n'
)


MANAGER = (
    "A late penalty gave Eastfield a draw on Sunday and left Westport manager Tomas Ledesma furious "
    "about the decision.\n\n"
    '"It was never a foul," Ledesma said. Asked whether he would complain to the league, the '
    'Argentine laughed. "What for? The score stays the same."\n'
)


GIVEN_BEFORE = [
    pytest.param(DEBATE, "fuel tax", "Lena Voss", id="a_word_of_the_same_tie_names_the_relation"),
    pytest.param(DEBATE, "tax on work", "Lena Voss", id="a_partys_word_as_a_noun_names_whom_the_text_gave_that_party"),
    pytest.param(MANAGER, "What for", "Tomas Ledesma", id="a_nationality_noun_of_no_listed_ending_names_a_person"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), GIVEN_BEFORE)
def test_a_tie_a_party_or_a_nationality_given_before(recorded, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(recorded, text, fragment) == speaker


# A description two people fit names the one its paragraph is about.

SURGEONS = (
    "Ruth Kell, a surgeon at the county hospital, said waiting lists were hidden. Amos Pray, a "
    "surgeon who runs the hip clinic, said the lists were accurate.\n\n"
    'Kell rejected that, citing a letter from Pray. "A list is not an operation," the surgeon said.\n'
)


def test_a_description_two_people_fit_names_the_subject_of_its_paragraph(recorded) -> None:
    assert speaker_of(recorded, SURGEONS, "not an operation") == "Ruth Kell"


# A lede describes someone without a name; the next paragraph names them.

SENTENCED = (
    "Former school bursar jailed for charity theft\n\n"
    "ASHFORD — A former school bursar who took $90,000 from a charity fund was sentenced Monday to "
    "three years in prison.\n\n"
    "Dorothy Lamb-Oduya, 61, pleaded guilty in March to fraud. On Monday she stood before Judge Anna "
    "Price in Ashford Crown Court and apologised.\n\n"
    '"I have no excuse," the former bursar said, reading from a note.\n'
)


UNNAMED = (
    "A senior official said on Monday that the library building would be sold.\n\n"
    "Councillor Ben Ashe, who voted against the sale, said he would appeal.\n\n"
    '"The library is not ours to sell," he said. The official called the vote "overdue".\n'
)


def test_a_lede_describes_whom_the_next_paragraph_names(recorded) -> None:
    assert speaker_of(recorded, SENTENCED, "no excuse") == "Dorothy Lamb-Oduya"


def test_an_unnamed_source_stays_unnamed(recorded) -> None:
    assert speaker_of(recorded, UNNAMED, "overdue") != "Ben Ashe"


# A headline's description speaker is the person the body introduces, not a place it names.

BARN = (
    "Farmer says 'we lost everything' after barn fire\n\n"
    "A fire destroyed a barn and two tractors at Hollow Lane Farm on Sunday night. Police said the "
    "cause was not known.\n\n"
    "Owen Pritchard, who has farmed there for thirty years, said the blaze started in the hay store.\n"
)


def test_a_farm_named_only_as_where_something_is_is_a_place_not_the_headlines_speaker(recorded) -> None:
    assert speaker_of(recorded, BARN, "lost everything") == "Owen Pritchard"


PROSECUTED = (
    "A former care worker who stole from three residents was sentenced on Friday to two years in "
    "prison.\n\n"
    "Prosecutor Tom Reed told the court the thefts had gone on for a year. The judge, Ann Cole, said "
    "the residents had trusted her.\n\n"
    '"I am ashamed," the former care worker said.\n'
)


def test_an_official_who_reports_after_a_lede_is_not_the_ledes_person(recorded) -> None:
    assert speaker_of(recorded, PROSECUTED, "ashamed") != "Tom Reed"
