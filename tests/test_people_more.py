"""More of who a mention names (issue 9): pronouns and organisations, names in apposition to a
description, organisations named without an entity recogniser, first names, datelines.

Each article is written for these tests; each runs through the real pipeline (`model`).
"""

from __future__ import annotations

import pytest

from tests.conftest import extract_checked, quote_with


def speaker_of(recorded, text: str, fragment: str) -> str | None:
    return quote_with(extract_checked(recorded, text), fragment).speaker


# --- 1. a pronoun never stands for an organisation, a place or a document ---------------------

PUPPETS = (
    "The Larkfield Puppet Theatre, which opened in an old chapel in 1979, was founded by the "
    "puppeteer Tamsin Holloway.\n\n"
    '"They thought I was mad," she told the local radio station in 2015. "Now the queue goes '
    'round the block."\n\n'
    "The Orchard Valley Trust, which owns the chapel, said it would keep the theatre open.\n\n"
    '"We are proud of what she built," it said.\n'
)


def test_she_stands_for_a_woman_not_for_the_theatre_she_founded(recorded) -> None:
    assert speaker_of(recorded, PUPPETS, "thought I was mad") == "Tamsin Holloway"
    assert speaker_of(recorded, PUPPETS, "queue goes round") == "Tamsin Holloway"


def test_it_may_stand_for_an_organisation(recorded) -> None:
    assert speaker_of(recorded, PUPPETS, "proud of what she built") == "Orchard Valley Trust"


# --- 2. a description with a name in apposition is that person -------------------------------

FOOD_BANK = (
    "A food bank in Kelsey Bridge has run out of tinned goods for the first time.\n\n"
    "The charity's new treasurer, Dame Winifred Achterberg, said: \"We have never seen demand like "
    'this."\n\n'
    "Its director, Tomasz Brennan, said the shelves were empty by Wednesday.\n\n"
    "Her deputy, Professor Ingrid Solheim, cautioned that the figures were early.\n\n"
    "The council's housing chief, Cllr Marcus Delacroix, said the authority would help.\n"
)


def test_a_description_with_a_name_in_apposition_is_that_person(recorded) -> None:
    assert speaker_of(recorded, FOOD_BANK, "never seen demand") == "Winifred Achterberg"
    assert speaker_of(recorded, FOOD_BANK, "shelves were empty") == "Tomasz Brennan"
    assert speaker_of(recorded, FOOD_BANK, "figures were early") == "Ingrid Solheim"


def test_titles_such_as_cllr_are_not_part_of_the_name(recorded) -> None:
    assert speaker_of(recorded, FOOD_BANK, "authority would help") == "Marcus Delacroix"


# --- 3. organisations named without an entity recogniser ----------------------------------------

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


def test_the_company_is_the_name_without_a_given_name_that_it_follows(recorded) -> None:
    assert speaker_of(recorded, DEPOTS, "close 14 depots") == "Skyline Coachways"
    assert speaker_of(recorded, DEPOTS, "hardest decision") == "Skyline Coachways"


def test_a_name_ending_in_an_organisation_word_is_an_organisation_of_its_kind(recorded) -> None:
    assert speaker_of(recorded, DEPOTS, "raise fees") == "Harcourt Lending Mutual"
    assert speaker_of(recorded, DEPOTS, "followed the rules") == "Fenwick Properties"


def test_people_at_or_for_an_organisation_speak_for_it_when_unnamed(recorded) -> None:
    assert speaker_of(recorded, DEPOTS, "deeper than expected") == "Dunmore Capital"
    assert speaker_of(recorded, DEPOTS, "savings would take years") == "Pryor & Welland"  # names joined by `&`
    assert speaker_of(recorded, DEPOTS, "no sailings would be cut") == "Brightwater Ferries"


MERGER = (
    "Penrose Bank has agreed to buy Lydgate Building Mutual for £900 million.\n\n"
    "The bank said on Tuesday that the deal would create a lender with a million customers.\n\n"
    "Lydgate, founded as a savings club for dockers, said in a statement that its members would vote "
    "in June.\n\n"
    '"Our members will have the final word," the statement said.\n'
)


def test_the_bank_is_the_bank_named_as_subject_not_the_one_it_buys(recorded) -> None:
    assert speaker_of(recorded, MERGER, "deal would create") == "Penrose Bank"


def test_the_statement_speaks_for_whoever_said_it_in_a_statement(recorded) -> None:
    assert speaker_of(recorded, MERGER, "members would vote") == "Lydgate Building Mutual"
    assert speaker_of(recorded, MERGER, "final word") == "Lydgate Building Mutual"


# --- 5. a first name alone ------------------------------------------------------------------

TRAWLER = (
    "Deckhand Matthias Orwell, 20, joined the trawler last spring.\n\n"
    '"I still get seasick," Matthias says. "Nobody warned me about the smell."\n\n'
    'The skipper, Eilidh Baxter, laughs at that. "He will learn," Baxter says.\n'
)


def test_a_first_name_alone_is_the_person_named_in_full_after_a_job_word(recorded) -> None:
    assert speaker_of(recorded, TRAWLER, "still get seasick") == "Matthias Orwell"
    assert speaker_of(recorded, TRAWLER, "He will learn") == "Eilidh Baxter"


# --- 6. datelines -----------------------------------------------------------------------------

RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "HOLMSTAD, June 4 — Corvane Therapeutics, a small drug developer, today announced that its "
    "trial had failed.\n\n"
    "The most common complaint was a headache, the company said.\n"
)


def test_a_dateline_is_never_a_speaker(recorded) -> None:
    quotes = extract_checked(recorded, RELEASE)
    assert all(q.speaker not in ("HOLMSTAD", "FOR IMMEDIATE RELEASE") for q in quotes)
    assert speaker_of(recorded, RELEASE, "trial had failed") == "Corvane Therapeutics"
    assert speaker_of(recorded, RELEASE, "common complaint") == "Corvane Therapeutics"


REPORT = (
    "Waiting lists for hip operations in the Ostmark region have doubled, according to a report "
    "published on Monday by the Surgical Audit Commission.\n\n"
    '"Patients are waiting in pain for years," the report states.\n'
)


def test_a_report_speaks_for_the_body_that_published_it(recorded) -> None:
    assert speaker_of(recorded, REPORT, "waiting in pain") == "Surgical Audit Commission"


# --- 4. pronouns in features ------------------------------------------------------------------

CHOIR = (
    "The choir was founded ten years ago by Margit Lindqvist, a retired music teacher.\n\n"
    '"We started with four voices and a broken piano," she says.\n\n'
    "Rufus Adeyemi, a bus driver, joined in the second year. Lindqvist says he has never missed a "
    "rehearsal.\n\n"
    "The newest member is Harriet Osterman, 17, who sings alto and runs the choir's website.\n\n"
    '"My friends think it is hilarious," she says. "I do not care."\n'
)


def test_she_stands_for_the_woman_a_copula_just_introduced(recorded) -> None:
    assert speaker_of(recorded, CHOIR, "broken piano") == "Margit Lindqvist"
    assert speaker_of(recorded, CHOIR, "hilarious") == "Harriet Osterman"
    assert speaker_of(recorded, CHOIR, "do not care") == "Harriet Osterman"


FERRY = (
    "Skipper Margaret Olsen has run the island ferry since 1998.\n\n"
    '"The sea decides, not me," she says.\n\n'
    "Tevita Lolohea, 22, joined the crew in April. His uncle, Taniela, sailed with Olsen for a "
    "decade.\n\n"
    '"He will make a fine sailor," she says.\n\n'
    "Captain Ilse Brandvold commands the larger ship on the northern route.\n\n"
    '"We have never cancelled a Christmas sailing," the captain said.\n'
)


def test_his_tells_the_gender_of_the_man_it_stands_for(recorded) -> None:
    assert speaker_of(recorded, FERRY, "fine sailor") == "Margaret Olsen"  # not Lolohea: `His uncle`


def test_captain_is_a_title_not_a_given_name(recorded) -> None:
    assert speaker_of(recorded, FERRY, "Christmas sailing") == "Ilse Brandvold"


WIRE = (
    "BRASKOV, May 9 (Northern Press Service) - Valdoria's transport ministry said on Monday that it "
    "had grounded two cargo planes after a near miss.\n\n"
    "The ministry gave no names. In a statement, it said the crews had ignored two warnings.\n\n"
    "Separately, the health ministry said it had opened a field clinic at the airport.\n"
)


def test_an_agency_in_a_dateline_is_not_the_speaker(recorded) -> None:
    quotes = extract_checked(recorded, WIRE)
    assert all(q.speaker != "Northern Press Service" for q in quotes)


def test_a_ministry_named_by_its_country_is_an_organisation_it_stands_for(recorded) -> None:
    assert speaker_of(recorded, WIRE, "grounded two cargo planes") == "Valdoria's transport ministry"
    assert speaker_of(recorded, WIRE, "ignored two warnings") == "Valdoria's transport ministry"


def test_another_ministry_is_not_the_one_named_before(recorded) -> None:
    assert speaker_of(recorded, WIRE, "field clinic") != "Valdoria's transport ministry"


# --- a nationality for a name (issue 9, class 1) ------------------------------------------------

SPRINT = (
    "Magnus Eriksen won the sprint on Saturday, ahead of Paolo Bianchi.\n\n"
    "Bianchi, 27, crashed on the final bend. The Italian said his front wheel had slipped.\n\n"
    "Eriksen's coach, Hélène Marchand, said he had trained for this race all winter.\n\n"
    '"He was the strongest in the field," the Frenchwoman said.\n\n'
    "Officials at the Kremlin Cup said nothing.\n"
)


def test_a_nationality_names_the_person_just_named_as_subject(recorded) -> None:
    assert speaker_of(recorded, SPRINT, "front wheel") == "Paolo Bianchi"


def test_a_frenchwoman_is_a_woman(recorded) -> None:
    assert speaker_of(recorded, SPRINT, "strongest in the field") == "Hélène Marchand"


TOWN_HALL = (
    "The mayor of Kestrel Point, Odile Varga, said on Monday that the pool would reopen in May.\n\n"
    "The head of Marlow Foods, Ingrid Haldane, said the factory would stay open.\n"
)


def test_a_name_after_the_place_of_an_office_is_the_office_holder(recorded) -> None:
    assert speaker_of(recorded, TOWN_HALL, "pool would reopen") == "Odile Varga"
    assert speaker_of(recorded, TOWN_HALL, "factory would stay") == "Ingrid Haldane"


KAYAK = (
    "A walker who spent a night on Mount Halden has been found safe.\n\n"
    "Ingeborg Haugen, 41, set out alone on Saturday. Her partner, Tavita Aukland, raised the alarm "
    "when she did not come home.\n\n"
    "He said she had climbed Mount Halden a hundred times.\n"
)


def test_a_name_starting_with_a_place_word_is_no_person_and_she_tells_no_gender_when_two_fit(recorded) -> None:
    quote = quote_with(extract_checked(recorded, KAYAK), "climbed Mount Halden")
    assert quote.speaker == "Tavita Aukland"


DERBY = (
    "Kestrel Town won 1-0, with a late goal from 18-year-old Rhiannon Tuck settling the derby.\n\n"
    "The home captain, Mirela Dobre, 30, had hit the post twice before the break.\n\n"
    '"I just hit it and hoped," the 18-year-old said afterwards.\n'
)


def test_an_age_before_a_name_describes_its_bearer(recorded) -> None:
    assert speaker_of(recorded, DERBY, "hit it and hoped") == "Rhiannon Tuck"


THINK_TANK = (
    "Under the plan, the richest tenth would gain most, according to the Harwood Foundation.\n\n"
    "The Lisle Policy Center, reviewing an earlier draft, came to a similar conclusion. Middle "
    "earners would gain £300 a year, the group said.\n\n"
    "It was during Ms. Okonjo's term that the National Assembly passed the water law. She said "
    "she was proud of it.\n"
)


def test_the_group_is_the_organisation_just_named_as_subject(recorded) -> None:
    assert speaker_of(recorded, THINK_TANK, "£300 a year") == "Lisle Policy Center"


def test_an_assembly_is_no_person_for_she(recorded) -> None:
    assert speaker_of(recorded, THINK_TANK, "proud of it") == "Okonjo"


ISLAND = (
    "Ferryman Tevita Lolohea, 24, took the job last year.\n\n"
    '"It is the best job on the island," Tevita says.\n'
)


def test_a_name_the_text_calls_by_its_second_word_starts_there(recorded) -> None:
    assert speaker_of(recorded, ISLAND, "best job") == "Tevita Lolohea"  # not `Ferryman Tevita Lolohea`


LANDLORD = (
    "Fenmoor Estates owns the block. Its manager, Sam Reyes, was not available.\n\n"
    "In a statement, it said repairs would begin in May.\n"
)


def test_it_stands_for_an_organisation_never_for_a_person(recorded) -> None:
    assert speaker_of(recorded, LANDLORD, "repairs would begin") == "Fenmoor Estates"


CYCLIST = (
    "'I was lucky,' says cyclist hit by falling tree\n\n"
    "A woman riding home through Ashcombe Park was struck by an oak brought down by the wind.\n\n"
    "Maren Solberg, 34, spent two nights in hospital with a broken collarbone.\n\n"
    "'I heard a crack and then I was on the ground,' she said.\n"
)


def test_a_headline_description_the_body_never_repeats_is_the_first_person_it_names(recorded) -> None:
    assert speaker_of(recorded, CYCLIST, "I was lucky") == "Maren Solberg"


def test_an_organisation_noun_in_a_first_line_is_never_the_body_s_first_person(recorded) -> None:
    text = (
        "The company said in a statement that it had followed every procedure.\n\n"
        "Professor Ilse Marangoni said the inquiry had been careful.\n"
    )
    statement = next(q for q in recorded.extract(text) if q.text.startswith("it had followed"))
    assert statement.speaker != "Ilse Marangoni"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The foal was pulled out at dusk.\n\nIt was checked over by vet Orla Brennick, who said it had a cut leg.\n", "Brennick"),
        ("The council hired Marta Lindqvist-Ahn, a planner who said the scheme was sound.\n", "Marta Lindqvist-Ahn"),
    ],
)
def test_who_said_is_the_person_the_relative_clause_describes(recorded, text, speaker) -> None:
    (statement,) = [q for q in recorded.extract(text) if q.kind == "indirect"]
    assert speaker in (statement.speaker or "")


def test_who_said_after_a_prepositional_phrase_is_the_noun_before_it(recorded) -> None:
    text = "Trustees of the Harwick Museum, who met on Monday, said the collection would stay.\n\nGovernors at the school, who said the roof leaked, asked for money.\n"
    statement = next(q for q in recorded.extract(text) if q.text.startswith("the roof"))
    assert statement.speaker == "Governors"
