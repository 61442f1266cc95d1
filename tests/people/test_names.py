"""Names: who a name, a first name, a title with a surname or a relative pronoun names;
titles and ranks that are not names; datelines and places that name no speaker.

Each article is written for these tests and runs through recorded parses (`recorded`);
`CASES` holds the ones that ask only who says the quotation holding some words.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract_checked
from tests.people.helpers import quote_of, speaker_of

VALLEY = (
    "Rosa Delgado has farmed the valley for 30 years. Her neighbour, Dr. Samuel Okafor, keeps bees.\n\n"
    '"The river is lower every summer," Rosa said.\n\n'
    '"The bees know it first," Dr. Okafor said.\n\n'
    "Ana Ruiz and Ana Torres run the market.\n\n"
    '"Prices went up," Ana said.\n'
)


OFFICE = (
    "Secretary of State Dana Holt certified the count on Friday.\n\n"
    '"The count stands," the state said in a filing.\n\n'
    "A lawyer for the county, Peter Vance, said the county would not appeal.\n"
)


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


RESCUE = (
    "Bethan Llewellyn was walking her dog above Cwm Tyleri when she heard a shout from the old "
    "quarry.\n\n"
    "A crew from Cwm Tyleri fire station reached the climber within an hour.\n\n"
    '"He was very cold but he was talking," she said.\n'
)


TRAWLER = (
    "Deckhand Matthias Orwell, 20, joined the trawler last spring.\n\n"
    '"I still get seasick," Matthias says. "Nobody warned me about the smell."\n\n'
    'The skipper, Eilidh Baxter, laughs at that. "He will learn," Baxter says.\n'
)


RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "HOLMSTAD, June 4 — Corvane Therapeutics, a small drug developer, today announced that its "
    "trial had failed.\n\n"
    "The most common complaint was a headache, the company said.\n"
)


TOWN_HALL = (
    "The mayor of Kestrel Point, Odile Varga, said on Monday that the pool would reopen in May.\n\n"
    "The head of Marlow Foods, Ingrid Haldane, said the factory would stay open.\n"
)


ISLAND = (
    "Ferryman Tevita Lolohea, 24, took the job last year.\n\n"
    '"It is the best job on the island," Tevita says.\n'
)


SWIM_CLUB = (
    "Nobody in the harbour swims faster than Ottoline Brask, who coaches the club's juniors.\n\n"
    "When a boy drifts past the buoy she is on her feet at once.\n\n"
    '"Lorcan!" she shouts. The boy turns back.\n\n'
    "Her father, Sten Brask, still keeps his old stopwatch in a drawer.\n\n"
    '"Superstition," he says.\n\n'
    'The club was featured on "Coastal Lives" last year.\n'
)


OUTAGE = (
    "Card payments failed at thousands of shops on Friday after a faulty update at Quillbank, "
    "the payments company.\n\n"
    "Quillbank's chief operating officer, Chiamaka Vos-Ferreira, wrote in a blog post that the "
    "update had not been tested under load.\n\n"
    '"That is on us," she wrote.\n'
)


STALLS = (
    "Night fire guts Brindle Cross market\n\n"
    "Stallholders at the Brindle Cross market counted their losses on Monday after a night fire in "
    "Westmoor County.\n\n"
    "The Chairman of the market's stallholders' association, Chief Chinedu Pellick-Sefton, said the fire "
    "began in the fabric row and that it spread fast because the stalls stood close together.\n"
)



CASES = [
    pytest.param(VALLEY, 'river is lower', 'Rosa Delgado', id='a_first_name_names_the_one_person_who_has_it'),
    pytest.param(VALLEY, 'bees know', 'Samuel Okafor', id='a_title_and_surname_name_the_person_named_in_full'),
    pytest.param(RANKS, 'anyone with footage', 'Oliver Brannock', id='ranks_and_titles_are_not_names-1'),
    pytest.param(RANKS, 'deliberate act', 'Harriet Olumide', id='ranks_and_titles_are_not_names-2'),
    pytest.param(RANKS, 'building was empty', 'Priya Vasquez', id='ranks_and_titles_are_not_names-3'),
    pytest.param(RANKS, 'Nobody was hurt', 'Graham Eddery', id='ranks_and_titles_are_not_names-4'),
    pytest.param(RANKS, 'stay closed', 'Tamsin Morrow', id='ranks_and_titles_are_not_names-5'),
    pytest.param(RANKS, 'pray for the owners', 'Alfred Kinsley', id='ranks_and_titles_are_not_names-6'),
    pytest.param(RANKS, 'within minutes', 'Nadia Sorensen', id='ranks_and_titles_are_not_names-7'),
    pytest.param(RESCUE, 'very cold', 'Bethan Llewellyn', id='a_name_only_given_as_a_place_is_nobody_a_pronoun_can_mean'),
    pytest.param(TRAWLER, 'still get seasick', 'Matthias Orwell', id='a_first_name_alone_is_the_person_named_in_full_after_a_job_word-1'),
    pytest.param(TRAWLER, 'He will learn', 'Eilidh Baxter', id='a_first_name_alone_is_the_person_named_in_full_after_a_job_word-2'),
    pytest.param(TOWN_HALL, 'pool would reopen', 'Odile Varga', id='a_name_after_the_place_of_an_office_is_the_office_holder-1'),
    pytest.param(TOWN_HALL, 'factory would stay', 'Ingrid Haldane', id='a_name_after_the_place_of_an_office_is_the_office_holder-2'),
    pytest.param(ISLAND, 'best job', 'Tevita Lolohea', id='a_name_the_text_calls_by_its_second_word_starts_there'),  # not `Ferryman Tevita Lolohea`
    pytest.param(SWIM_CLUB, 'Lorcan!', 'Ottoline Brask', id='a_word_said_alone_before_its_cue_is_speech-1'),
    pytest.param(SWIM_CLUB, 'Superstition', 'Sten Brask', id='a_word_said_alone_before_its_cue_is_speech-2'),
    pytest.param(OUTAGE, 'That is on us', 'Chiamaka Vos-Ferreira', id='a_full_name_in_apposition_to_a_role_is_a_person'),
    pytest.param(STALLS, 'spread fast', 'Chinedu Pellick-Sefton', id='a_capitalised_role_names_the_holder_the_parser_hangs_on_its_body'),  # `The Chairman of X, Y,`
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str | None) -> None:
    """The quotation of `text` that holds `fragment` is said by `speaker` (None: nobody named)."""
    assert speaker_of(recorded, text, fragment) == speaker



def test_a_name_written_with_and_without_its_letters_no_accent_makes_is_one_person(recorded) -> None:
    text = (
        "The harbour board approved the new ferry line on Wednesday.\n\n"
        '"It is a good day for the islands," said Ingrid Løvstrand, the board\'s chair.\n\n'
        'Ingrid Lovstrand added that the first boats would sail in May. "We have waited long enough," Lovstrand said.\n\n'
        '"Nobody expected this," Løvstrand said.\n'
    )
    assert {q.speaker for q in extract_checked(recorded, text)} == {"Ingrid Løvstrand"}



def test_a_first_name_two_people_share_names_neither(recorded) -> None:
    assert speaker_of(recorded, VALLEY, "Prices went up") not in ("Ana Ruiz", "Ana Torres")



def test_what_an_office_is_of_is_not_what_its_holder_is(recorded) -> None:
    assert speaker_of(recorded, OFFICE, "count stands") != "Dana Holt"



def test_an_indefinite_mention_with_a_name_in_apposition_is_that_person(recorded) -> None:
    statements = extract_checked(recorded, OFFICE)
    assert any(q.speaker == "Peter Vance" and "not appeal" in q.text for q in statements)



def test_a_place_is_never_a_person_a_pronoun_can_take(recorded) -> None:
    text = 'Officials in the United States said little on Monday.\n\n"We are watching," he said.\n'
    assert speaker_of(recorded, text, "watching") != "United States"



def test_two_people_of_one_surname_stay_two() -> None:
    from quotex.people.entities import same_given_name as _same_given_name

    assert _same_given_name("jon", "john") and _same_given_name("chris", "christopher")
    assert not _same_given_name("grace", "greg") and not _same_given_name("sipho", "sam")



def test_a_relative_sharing_a_surname_keeps_their_own_quotations(recorded) -> None:
    text = (
        "Grace Mbeki opened the clinic in March. Her brother, Sipho Mbeki, paid for the roof.\n\n"
        '"I sold my car for it," Sipho Mbeki said.\n\n'
        '"He never told me," Grace Mbeki said.\n'
    )
    assert speaker_of(recorded, text, "sold my car") == "Sipho Mbeki"
    assert speaker_of(recorded, text, "never told me") == "Grace Mbeki"



def test_a_dateline_is_never_a_speaker(recorded) -> None:
    quotes = extract_checked(recorded, RELEASE)
    assert all(q.speaker not in ("HOLMSTAD", "FOR IMMEDIATE RELEASE") for q in quotes)
    assert speaker_of(recorded, RELEASE, "trial had failed") == "Corvane Therapeutics"
    assert speaker_of(recorded, RELEASE, "common complaint") == "Corvane Therapeutics"



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



def test_a_title_after_a_preposition_stays_a_title(recorded) -> None:
    assert not any("Coastal Lives" in q.text for q in extract_checked(recorded, SWIM_CLUB))


def test_a_surname_with_its_hyphened_particle_alone_names_its_bearer(recorded) -> None:
    text = ("Samir al-Hadrani manages the refinery outside the port.\n\n"
            '"Output rose in the spring," al-Hadrani said.\n')
    quote = quote_of(recorded, text, "Output rose")
    assert (quote.speaker, quote.resolution) == ("Samir al-Hadrani", "explicit")


def test_a_given_name_the_parser_made_a_subject_before_a_double_barrelled_surname_is_one_name(recorded) -> None:
    text = ("Tamsin Ugwueze-Bellweather runs the night shelter by the canal.\n\n"
            '"Winter is hard on everyone here," Ugwueze-Bellweather said.\n')
    assert speaker_of(recorded, text, "Winter is hard") == "Tamsin Ugwueze-Bellweather"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Harbour tolls rise again\n\nPort Eldrin (CNA) – Transport minister Ilse Marwood on Monday defended "
     "the new tolls, arguing that the harbour needed repairs.\n", "Ilse Marwood"),
    ("Pump maker to build second plant\n\nBrannoch, March 14: Oskerby Pumps Ltd, the irrigation equipment maker, "
     "on Monday said that it would open a second factory next year.\n", "Oskerby Pumps Ltd"),
])
def test_a_dateline_in_title_case_is_never_a_speaker(recorded, text, speaker) -> None:
    (statement,) = [q for q in extract_checked(recorded, text) if q.kind == "indirect"]
    assert statement.speaker == speaker


STAMPS = (
    "The bill's sponsor, Sen. Sigvor Mørkeberg-Anan, D-Mich., said she would file it again after the recess.\n\n"
    "Her Republican co-sponsor, Sen. Ruprecht Ansbach-Oyewo of Ohio, voted for the measure.\n\n"
    '"My towns lost their last post office in May," he said.\n\n'
    '"We all want cheaper stamps," said Sen. Tancred Ladipo-Vennberg, R-Wyo. "This bill gives us dearer ones."\n\n'
    '"I\'m not done with this," Mørkeberg-Anan said.\n'
)


def test_a_party_state_tag_after_a_name_is_the_members_not_a_name(recorded) -> None:
    """`said Sen. X, R-Wyo.`: the tag gives the party and state of the senator named before it;
    the parser may take it for the one who speaks, and it is no one's name."""
    assert speaker_of(recorded, STAMPS, "cheaper stamps") == "Tancred Ladipo-Vennberg"
    assert speaker_of(recorded, STAMPS, "dearer ones") == "Tancred Ladipo-Vennberg"
