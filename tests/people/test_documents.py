"""Documents: a statement, report or letter speaks for its author, never for itself.

Each article is written for these tests and runs through recorded parses (`recorded`);
`CASES` holds the ones that ask only who says the quotation holding some words.
"""

from __future__ import annotations

import pytest

from tests.conftest import extract_checked, quote_with
from tests.people.helpers import speaker_of, speakers

HARBOUR = (
    "The Harbour Authority closed the east pier on Monday after a crane collapsed.\n\n"
    'In a statement, the authority said: "No one was hurt and the pier will reopen."\n\n'
    "Dock worker Paul Nkemelu said he had warned managers for months.\n\n"
    'His statement to the inquiry said: "The crane shook every time the wind rose."\n\n'
    "A report from the Harbour Authority, published in May, found the crane sound.\n\n"
    'The report says: "All lifting gear was inspected."\n'
)


LETTER = (
    "The Harbour Institute, a research group, studies ports. A white paper from the Harbour "
    "Institute says the pier is unsafe.\n\n"
    "Mayor Ellen Brandt sent a letter to the council on Monday.\n\n"
    '"The pier must close," the letter said.\n\n'
    'A statement continued: "We will rebuild."\n'
)


MERGER = (
    "Penrose Bank has agreed to buy Lydgate Building Mutual for £900 million.\n\n"
    "The bank said on Tuesday that the deal would create a lender with a million customers.\n\n"
    "Lydgate, founded as a savings club for dockers, said in a statement that its members would vote "
    "in June.\n\n"
    '"Our members will have the final word," the statement said.\n'
)


REPORT = (
    "Waiting lists for hip operations in the Ostmark region have doubled, according to a report "
    "published on Monday by the Surgical Audit Commission.\n\n"
    '"Patients are waiting in pain for years," the report states.\n'
)


OFFICE = (
    "Lawmakers passed the housing bill late on Thursday.\n\n"
    "The province's finance minister, Oriel Dunmore, said she would sign it. In a statement, her office "
    'said the bill "fixes nothing that was broken" and would cost too much.\n\n'
    "The Audit Office said the bill would cost more than promised.\n"
)

BY_AUTHOR = (
    "Schools in the county are short of 400 teachers, a new report found.\n\n"
    "The report, by the county's schools inspector, Wendell Marsh, found that most vacancies were in "
    "science. Low pay and long hours were the main causes, the report said.\n"
)


IN_A_STATEMENT = (
    "The hospital apologised to the family on Friday.\n\n"
    'Outside the hearing, Nadia Brooke said the apology was "too little" but that she would not appeal.\n\n'
    "The trust has changed its rules, its chief executive, Colm Ferris, said in a statement. Nurses now "
    "check every chart twice, he said.\n\n"
    '"We let this family down, and we are sorry," the statement said.\n'
)

OPINION = (
    "An appeals court upheld the fishing ban on Tuesday.\n\n"
    "The ruling went further than lawyers expected. Judge Tamsin Orrell wrote that the ban could be "
    "extended to the whole coast.\n\n"
    '"The sea is not a private larder," the opinion said.\n'
)


CASES = [
    pytest.param(HARBOUR, 'crane shook', 'Paul Nkemelu', id='a_document_speaks_for_its_possessor'),
    pytest.param(HARBOUR, 'pier will reopen', 'Harbour Authority', id='a_document_speaks_for_the_body_that_issued_it-1'),
    pytest.param(HARBOUR, 'lifting gear', 'Harbour Authority', id='a_document_speaks_for_the_body_that_issued_it-2'),  # `a report from` it
    pytest.param(LETTER, 'must close', 'Ellen Brandt', id='a_document_speaks_for_whoever_sent_it'),
    pytest.param(MERGER, 'deal would create', 'Penrose Bank', id='the_bank_is_the_bank_named_as_subject_not_the_one_it_buys'),
    pytest.param(MERGER, 'members would vote', 'Lydgate Building Mutual', id='the_statement_speaks_for_whoever_said_it_in_a_statement-1'),
    pytest.param(MERGER, 'final word', 'Lydgate Building Mutual', id='the_statement_speaks_for_whoever_said_it_in_a_statement-2'),
    pytest.param(REPORT, 'waiting in pain', 'Surgical Audit Commission', id='a_report_speaks_for_the_body_that_published_it'),
    pytest.param(OFFICE, 'fixes nothing', 'Oriel Dunmore', id='an_office_speaks_for_the_person_who_holds_it'),
    pytest.param(OFFICE, 'cost more than', 'Audit Office', id='an_office_of_no_one_is_a_body'),
    pytest.param(BY_AUTHOR, 'main causes', 'Wendell Marsh', id='a_report_by_someone_between_commas_is_theirs'),
    pytest.param(OPINION, 'larder', 'Tamsin Orrell', id='a_document_no_one_issued_is_by_whoever_was_just_said_to_write'),
    pytest.param(IN_A_STATEMENT, 'sorry', 'Colm Ferris', id='the_statement_is_of_who_said_in_a_statement_between_commas'),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str | None) -> None:
    """The quotation of `text` that holds `fragment` is said by `speaker` (None: nobody named)."""
    assert speaker_of(recorded, text, fragment) == speaker



def test_a_document_never_becomes_a_speakers_name(recorded) -> None:
    found = speakers(recorded, HARBOUR)
    assert all(s is None or s.lower() not in ("statement", "report", "his statement") for s in found.values())



def test_a_document_speaks_for_the_body_after_from(recorded) -> None:
    statements = extract_checked(recorded, LETTER)
    assert any(q.speaker == "Harbour Institute" and "unsafe" in q.text for q in statements)



def test_a_document_with_no_author_names_nobody(recorded) -> None:
    quote = quote_with(extract_checked(recorded, LETTER), "rebuild")
    assert quote.speaker is None and quote.resolution == "unresolved"


AUTHORS = (
    "Ferry fares to rise, study finds\n\n"
    "Ferry fares on the northern routes will rise by a third, according to a study of 900 "
    "crossings published on Monday.\n\n"
    "Researchers at the Institute of Coastal Transport compared the fares of six operators.\n\n"
    "Two men were arrested after a break-in at the depot, Harrowfield County Police said on "
    "Tuesday.\n\n"
    "According to a police news release, the men were found inside the ticket office.\n"
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        pytest.param("rise by a third", "Institute of Coastal Transport", id="a_study_whose_authors_the_next_sentence_gives"),
        pytest.param("inside the ticket office", "Harrowfield County Police", id="a_release_named_by_the_kind_of_body"),
    ],
)
def test_a_document_is_its_authors(recorded, fragment: str, speaker: str) -> None:
    assert speaker_of(recorded, AUTHORS, fragment) == speaker


def test_a_claim_filed_in_court_speaks_for_whoever_filed_it(recorded) -> None:
    """`the claim alleges`: a claim filed in court is a document, and speaks for the one who filed it."""
    text = (
        "Quarry firm sues parish over blocked expansion\n\n"
        "Brackenhurst Quarries filed its claim in the High Court on Monday. The parish council "
        "ignored its own consultants, the claim alleges.\n\n"
        "The council said it would fight the case.\n"
    )
    quote = quote_with(extract_checked(recorded, text), "ignored its own consultants")
    assert quote.speaker == "Brackenhurst Quarries"
