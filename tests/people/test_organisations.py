"""Organisations: names of organisations, `the company`, `the ministry`, `it`, people
who speak for a body, and datelines that name an agency.

Each article is written for these tests and runs through recorded parses (`recorded`);
`CASES` holds the ones that ask only who says the quotation holding some words.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract_checked
from tests.people.helpers import quote_of, speaker_of

AIRLINE = (
    "The airline, Skyward Air, said on Tuesday it would cut eight routes. Its rival, Bluefin "
    "Airways, said it would add two.\n\n"
    '"We are listening to our passengers," the carrier said.\n\n'
    "The Department of Health said flights were not a risk.\n\n"
    '"The numbers are low," the department said.\n\n'
    'Pilot Maria Chen said: "We were told on Monday."\n'
)


LEVEE = (
    "Water Minister Grace Odhiambo visited the town on Monday and promised a new levee.\n\n"
    "Residents said they had heard that before.\n\n"
    "A spokeswoman for the minister said the design was almost complete.\n\n"
    "The Airframe and Transit Workers Union said it would fight the cuts. The union said its "
    "members would vote in May.\n"
)


PUPPETS = (
    "The Larkfield Puppet Theatre, which opened in an old chapel in 1979, was founded by the "
    "puppeteer Tamsin Holloway.\n\n"
    '"They thought I was mad," she told the local radio station in 2015. "Now the queue goes '
    'round the block."\n\n'
    "The Orchard Valley Trust, which owns the chapel, said it would keep the theatre open.\n\n"
    '"We are proud of what she built," it said.\n'
)


DEPOTS = (
    "Skyline Coachways will close 14 depots and cut 600 jobs, the company said on Monday.\n\n"
    '"This is the hardest decision we have made," the company said in a statement.\n\n'
    "Harcourt Lending Mutual reported a loss of £20 million. The lender said it would raise fees.\n\n"
    "Fenwick Properties denied wrongdoing. In a statement, the firm said it had followed the rules.\n\n"
    "Analysts at Dunmore Capital said the cuts were deeper than expected.\n\n"
    "Consultants at Pryor & Welland said the savings would take years.\n\n"
    "Brightwater Ferries runs the night crossing to the island. A spokeswoman for the operator said "
    "no sailings would be cut.\n"
)


WIRE = (
    "BRASKOV, May 9 (Northern Press Service) - Valdoria's transport ministry said on Monday that it "
    "had grounded two cargo planes after a near miss.\n\n"
    "The ministry gave no names. In a statement, it said the crews had ignored two warnings.\n\n"
    "Separately, the health ministry said it had opened a field clinic at the airport.\n"
)


THINK_TANK = (
    "Under the plan, the richest tenth would gain most, according to the Harwood Foundation.\n\n"
    "The Lisle Policy Center, reviewing an earlier draft, came to a similar conclusion. Middle "
    "earners would gain £300 a year, the group said.\n\n"
    "It was during Ms. Okonjo's term that the National Assembly passed the water law. She said "
    "she was proud of it.\n"
)


LANDLORD = (
    "Fenmoor Estates owns the block. Its manager, Sam Reyes, was not available.\n\n"
    "In a statement, it said repairs would begin in May.\n"
)


DOWNPOUR = (
    "Families on the low streets of Vessick were told to leave on Tuesday.\n\n"
    "About 600 homes are at risk, Korrowdale Civil Defence said. Rain was falling "
    '"harder than anyone forecast", it said, and the river would peak after dark.\n\n'
    "The rain eased briefly at noon.\n"
)


CASES = [
    pytest.param(LEVEE, 'design was almost complete', 'Grace Odhiambo', id='a_spokeswoman_for_a_person_speaks_for_that_person'),
    pytest.param(LEVEE, 'members would vote', 'Airframe and Transit Workers Union', id='an_organisation_name_may_hold_and'),
    pytest.param(PUPPETS, 'thought I was mad', 'Tamsin Holloway', id='she_stands_for_a_woman_not_for_the_theatre_she_founded-1'),
    pytest.param(PUPPETS, 'queue goes round', 'Tamsin Holloway', id='she_stands_for_a_woman_not_for_the_theatre_she_founded-2'),
    pytest.param(PUPPETS, 'proud of what she built', 'Orchard Valley Trust', id='it_may_stand_for_an_organisation'),
    pytest.param(DEPOTS, 'close 14 depots', 'Skyline Coachways', id='the_company_is_the_name_without_a_given_name_that_it_follows-1'),
    pytest.param(DEPOTS, 'hardest decision', 'Skyline Coachways', id='the_company_is_the_name_without_a_given_name_that_it_follows-2'),
    pytest.param(DEPOTS, 'raise fees', 'Harcourt Lending Mutual', id='a_name_ending_in_an_organisation_word_is_an_organisation_of_its_kind-1'),
    pytest.param(DEPOTS, 'followed the rules', 'Fenwick Properties', id='a_name_ending_in_an_organisation_word_is_an_organisation_of_its_kind-2'),
    pytest.param(DEPOTS, 'deeper than expected', 'Dunmore Capital', id='people_at_or_for_an_organisation_speak_for_it_when_unnamed-1'),
    pytest.param(DEPOTS, 'savings would take years', 'Pryor & Welland', id='people_at_or_for_an_organisation_speak_for_it_when_unnamed-2'),  # names joined by `&`
    pytest.param(DEPOTS, 'no sailings would be cut', 'Brightwater Ferries', id='people_at_or_for_an_organisation_speak_for_it_when_unnamed-3'),
    pytest.param(WIRE, 'grounded two cargo planes', "Valdoria's transport ministry", id='a_ministry_named_by_its_country_is_an_organisation_it_stands_for-1'),
    pytest.param(WIRE, 'ignored two warnings', "Valdoria's transport ministry", id='a_ministry_named_by_its_country_is_an_organisation_it_stands_for-2'),
    pytest.param(THINK_TANK, '£300 a year', 'Lisle Policy Center', id='the_group_is_the_organisation_just_named_as_subject'),
    pytest.param(THINK_TANK, 'proud of it', 'Okonjo', id='an_assembly_is_no_person_for_she'),
    pytest.param(LANDLORD, 'repairs would begin', 'Fenmoor Estates', id='it_stands_for_an_organisation_never_for_a_person'),
    pytest.param(DOWNPOUR, 'harder than anyone', 'Korrowdale Civil Defence', id='a_civil_defence_is_a_body'),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str | None) -> None:
    """The quotation of `text` that holds `fragment` is said by `speaker` (None: nobody named)."""
    assert speaker_of(recorded, text, fragment) == speaker



def test_a_description_of_an_organisation_names_the_organisation(recorded) -> None:
    assert speaker_of(recorded, AIRLINE, "listening to our") in ("Skyward Air", "Bluefin Airways")
    assert speaker_of(recorded, AIRLINE, "numbers are low") == "Department of Health"



def test_an_organisations_description_does_not_take_a_person(recorded) -> None:
    assert (speaker_of(recorded, AIRLINE, "told on Monday") or "").endswith("Maria Chen")



def test_an_agency_in_a_dateline_is_not_the_speaker(recorded) -> None:
    quotes = extract_checked(recorded, WIRE)
    assert all(q.speaker != "Northern Press Service" for q in quotes)



def test_another_ministry_is_not_the_one_named_before(recorded) -> None:
    assert speaker_of(recorded, WIRE, "field clinic") != "Valdoria's transport ministry"


QUARRIES = (
    "The Ministry of Quarrying and Heavy Engineering said on Thursday that output had fallen again.\n\n"
    '"Output fell for the second month," the Ministry of Quarrying and Heavy Engineering said in a statement.\n\n'
    "The Department of Roads and the Coast Guard said the bridge would stay shut for the whole week.\n"
)


@pytest.mark.parametrize(("fragment", "speaker"), [
    ("output had fallen", "Ministry of Quarrying and Heavy Engineering"),
    ("second month", "Ministry of Quarrying and Heavy Engineering"),
    ("bridge would stay shut", "Department of Roads"),
])
def test_a_body_named_for_a_portfolio_keeps_the_and_of_its_name(recorded, fragment, speaker) -> None:
    """`the Ministry of X and Y`: one body, whichever way the parser joins `and Y`; an article
    after `and` starts another body."""
    assert speaker_of(recorded, QUARRIES, fragment) == speaker


FERRY_OPERATOR = (
    "Gales closed the harbour for a second day.\n\n"
    "Thousands of homes lost power, the grid operator, Vestnett, said on Monday.\n\n"
    "Ferry operator Tarnlinjen said sailings would resume on Wednesday. About 150 passengers had spent "
    "the night on board, according to the company.\n"
)


def test_a_kind_written_before_a_name_as_a_title_makes_it_an_organisation(recorded) -> None:
    """`Ferry operator X said …, according to the company`: X, not the operator named before."""
    assert speaker_of(recorded, FERRY_OPERATOR, "150 passengers") == "Tarnlinjen"


MILL_SCHEME = (
    "The old mill will reopen as flats next spring.\n\n"
    "The scheme, a partnership between the district council and developer Ravenholt Vale Estates Ltd., "
    "will add 80 homes. Every unit has been sold, the company said on Tuesday.\n"
)


def test_a_kind_written_before_a_name_of_several_words_is_no_part_of_it(recorded) -> None:
    """`developer X Y Estates Ltd.`: the body's name is its capitalised words; the lower-case kind
    before them, a title, is no part of it (else the name is not read at all)."""
    assert speaker_of(recorded, MILL_SCHEME, "Every unit has been sold") == "Ravenholt Vale Estates Ltd."


def test_the_opening_words_of_an_organisations_name_are_its_short_name(recorded) -> None:
    text = ("DUNMERROW (Ilvermoor News Service) - Bids for the island ferry contract closed on Friday, the council and the "
            "operator, Quellin Marsh Shipping, said.\n\n"
            "Quellin Marsh said in a statement that it had cut its fares by 5%.\n\n"
            "Quellin Marsh's chief executive declined to comment.\n")
    (statement,) = [q for q in recorded.extract(text) if "cut its fares" in q.text]
    assert statement.speaker == "Quellin Marsh Shipping"


SILO = (
    "The Grain Board of Ostrevia raised its storage charges on Wednesday after a wet summer.\n\n"
    "Brackwell Milling Co. said its costs would rise by a fifth.\n\n"
    "A Pellarin spokesman said the Board's charges were a matter for the Board. "
    '"We buy where we can," he said.\n\n'
    "A Brackwell spokeswoman said the mill would not close.\n"
)


def test_a_spokesperson_qualified_with_a_body_no_one_named_speaks_for_that_body(recorded) -> None:
    """`a Pellarin spokesman`, the text naming no `Pellarin`: the body the phrase names (an
    organisation), not another body its sentence or the text before names, nor for `he`."""
    said = quote_of(recorded, SILO, "a matter for the Board")
    assert (said.speaker, said.speaker_type) == ("Pellarin", "organisation")
    assert speaker_of(recorded, SILO, "buy where we can") == "Pellarin"


def test_a_spokesperson_qualified_with_a_short_name_speaks_for_the_named_body(recorded) -> None:
    assert speaker_of(recorded, SILO, "would not close") == "Brackwell Milling Co."


WARDS = (
    "Kelmscott Royal Infirmary will close two wards in June, its board said on Monday.\n\n"
    "Nurses at the infirmary say they were not asked about the closures.\n\n"
    "Ostermoor Freight has put its depot up for sale. Two sources at the firm said the sale would "
    "close in May.\n\n"
    "Grevin Partners has looked at the figures. Analysts at the firm said the savings were smaller "
    "than claimed.\n"
)


def test_people_at_a_body_who_speak_in_their_own_voice_are_not_the_body(recorded) -> None:
    """`nurses at the infirmary say`, `two sources at the firm said`: workers and those who talk
    without a body's leave speak for themselves, so the words as written; `analysts at a firm`
    speak for it."""
    assert speaker_of(recorded, WARDS, "not asked about") == "nurses at the infirmary"
    assert speaker_of(recorded, WARDS, "close in May") == "two sources at the firm"
    assert speaker_of(recorded, WARDS, "smaller than claimed") == "Grevin Partners"


SUPPLY = (
    "Idunn Pavlenko-Abadi, a supply teacher for 11 years, said she had never been offered a "
    "permanent post.\n\n"
    '"I have taught in nine schools and signed nine contracts," she said.\n\n'
    "The president of the northern teachers' union, Aamori Ramharack-Lindqvar, said the "
    "minister's figures ignored the staff who had quit.\n\n"
    '"They count the hires and forget the exits," she said.\n'
)


def test_a_name_opening_with_a_given_name_the_tagger_took_for_a_noun_is_no_bodys(recorded) -> None:
    """`The president of the … union, Aamori Ramharack-Lindqvar,`: the parser hangs the name on
    `union` and tags the rarer given name a common noun; the name is still a person's, the
    president's, not the union's, and `she` after it is hers, not the teacher's before."""
    assert speaker_of(recorded, SUPPLY, "figures ignored") == "Aamori Ramharack-Lindqvar"
    assert speaker_of(recorded, SUPPLY, "forget the exits") == "Aamori Ramharack-Lindqvar"


PLANING_MILL = (
    "The Orvelle-Tasch planing mill will shut in October, Orvelle-Tasch Timber Products said on Monday.\n\n"
    "The 90 workers belong to Local 12 of the Sawyers and Planers Union. Its president, Gisela "
    "Ambrett-Nkwo, said the union heard an hour before the announcement.\n\n"
    "A company spokesperson said severance would follow the contract.\n"
)


def test_a_name_ending_in_products_is_a_companys(recorded) -> None:
    """`Orvelle-Tasch Timber Products`: `Products` ends a company's name, so `a company
    spokesperson` speaks for it, not for the union named since (a union is never `the company`)."""
    said = quote_of(recorded, PLANING_MILL, "follow the contract")
    assert (said.speaker, said.speaker_type) == ("Orvelle-Tasch Timber Products", "organisation")
