"""Who a mention names: descriptors, documents, organisations, first names, gendered pronouns,
headlines and competition (issue 9, classes 1–5 and 7's headlines).

The articles are written for these tests; each runs through the real pipeline (`model`).
"""

from __future__ import annotations

import pytest

from quotex.lexicon import default_lexicon
from quotex.names import given_names
from quotex.people import PeopleWords
from quotex.people.reading import read_description as _description
from tests.conftest import extract_checked, quote_with


def speakers(recorded, text: str) -> dict[str, str | None]:
    """Each quotation's first words -> its speaker."""
    return {q.text[:24]: q.speaker for q in extract_checked(recorded, text) if q.kind != "indirect"}


def speaker_of(recorded, text: str, fragment: str) -> str | None:
    return quote_with(extract_checked(recorded, text), fragment).speaker


# --- data --------------------------------------------------------------------------------


def test_given_names_tell_gender_only_when_most_bearers_share_it() -> None:
    words = PeopleWords.shipped()
    assert words.gender_of_name("Judith") == "female"
    assert words.gender_of_name("Kwame") == "male"
    assert words.gender_of_name("Jordan") is None  # given to boys and girls alike
    assert words.gender_of_name("Xqzzt") is None
    assert len(given_names()) > 1000


def test_document_words_and_organisation_kinds_are_data() -> None:
    words = PeopleWords.shipped()
    assert {"statement", "report", "filing", "letter"} <= words.documents
    assert words.same_kind("airline", "carrier")
    assert not words.same_kind("airline", "bank")


# --- 1. descriptors of any kind -------------------------------------------------------------

CLINIC = (
    "Grace Mbeki, 41, opened the clinic in March. Her business partner, Omar Haddad, runs the "
    "pharmacy next door.\n\n"
    '"We waited years for a place like this," the 41-year-old doctor said.\n\n'
    '"Nobody else would lend us the money," Haddad said.\n\n'
    "Henrik Olsen, 62, who chaired the lending board, resigned on Friday.\n\n"
    '"We got it wrong," the 62-year-old said.\n\n'
    '"Grace never gave up," her business partner said.\n'
)


def test_an_age_names_the_person_introduced_with_it(recorded) -> None:
    assert speaker_of(recorded, CLINIC, "waited years") == "Grace Mbeki"
    assert speaker_of(recorded, CLINIC, "got it wrong") == "Henrik Olsen"


def test_a_relation_names_the_person_introduced_as_it(recorded) -> None:
    assert speaker_of(recorded, CLINIC, "never gave up") == "Omar Haddad"


SHOP = (
    "Lena Fischer, the shop's co-owner, opened the doors at nine. Tomas Berg, the shop's owner, "
    "arrived later.\n\n"
    '"We sold out by noon," the shop\'s owner said.\n\n'
    "Goalkeeper Ian Roe, a veteran of ten seasons, and goalkeeper Luca Mendes, a rookie, trained "
    "apart.\n\n"
    '"I only want to learn," the rookie goalkeeper said.\n\n'
    "Sipho Mbeki's sister, Thandi Mbeki, watched from the stand.\n\n"
    '"He has always been stubborn," Mbeki\'s sister said.\n'
)


def test_a_description_never_names_someone_it_only_resembles(recorded) -> None:
    assert speaker_of(recorded, SHOP, "sold out by noon") == "Tomas Berg"  # `co-owner` is not `owner`


def test_modifiers_choose_between_people_of_one_description(recorded) -> None:
    assert speaker_of(recorded, SHOP, "only want to learn") == "Luca Mendes"


def test_a_possessive_relation_names_its_person(recorded) -> None:
    assert speaker_of(recorded, SHOP, "always been stubborn") == "Thandi Mbeki"


def test_descriptions_are_read_from_noun_phrases() -> None:
    import quotex

    nlp = quotex.load().nlp
    doc = nlp("The 41-year-old rookie goalkeeper spoke. The shop's co-owner smiled.")
    lexicon, gendered = default_lexicon(), PeopleWords.shipped().gendered
    first = _description(doc[0:8], lexicon, gendered)
    assert first is not None and first.age == 41 and first.head == "goalkeeper" and "rookie" in first.modifiers
    second = _description(doc[10:16], lexicon, gendered)
    assert second is not None and second.head == "co-owner" and "shop" in second.modifiers


# --- 2. documents --------------------------------------------------------------------------

HARBOUR = (
    "The Harbour Authority closed the east pier on Monday after a crane collapsed.\n\n"
    'In a statement, the authority said: "No one was hurt and the pier will reopen."\n\n'
    "Dock worker Paul Nkemelu said he had warned managers for months.\n\n"
    'His statement to the inquiry said: "The crane shook every time the wind rose."\n\n'
    "A report from the Harbour Authority, published in May, found the crane sound.\n\n"
    'The report says: "All lifting gear was inspected."\n'
)


def test_a_document_speaks_for_its_possessor(recorded) -> None:
    assert speaker_of(recorded, HARBOUR, "crane shook") == "Paul Nkemelu"


def test_a_document_never_becomes_a_speakers_name(recorded) -> None:
    found = speakers(recorded, HARBOUR)
    assert all(s is None or s.lower() not in ("statement", "report", "his statement") for s in found.values())


def test_a_document_speaks_for_the_body_that_issued_it(recorded) -> None:
    assert speaker_of(recorded, HARBOUR, "pier will reopen") == "Harbour Authority"
    assert speaker_of(recorded, HARBOUR, "lifting gear") == "Harbour Authority"  # `a report from` it


LETTER = (
    "The Harbour Institute, a research group, studies ports. A white paper from the Harbour "
    "Institute says the pier is unsafe.\n\n"
    "Mayor Ellen Brandt sent a letter to the council on Monday.\n\n"
    '"The pier must close," the letter said.\n\n'
    'A statement continued: "We will rebuild."\n'
)


def test_a_document_speaks_for_the_body_after_from(recorded) -> None:
    statements = extract_checked(recorded, LETTER)
    assert any(q.speaker == "Harbour Institute" and "unsafe" in q.text for q in statements)


def test_a_document_speaks_for_whoever_sent_it(recorded) -> None:
    assert speaker_of(recorded, LETTER, "must close") == "Ellen Brandt"


def test_a_document_with_no_author_names_nobody(recorded) -> None:
    quote = quote_with(extract_checked(recorded, LETTER), "rebuild")
    assert quote.speaker is None and quote.resolution == "unresolved"


# --- 3. organisations named once, then described -------------------------------------------

AIRLINE = (
    "The airline, Skyward Air, said on Tuesday it would cut eight routes. Its rival, Bluefin "
    "Airways, said it would add two.\n\n"
    '"We are listening to our passengers," the carrier said.\n\n'
    "The Department of Health said flights were not a risk.\n\n"
    '"The numbers are low," the department said.\n\n'
    'Pilot Maria Chen said: "We were told on Monday."\n'
)


def test_a_description_of_an_organisation_names_the_organisation(recorded) -> None:
    assert speaker_of(recorded, AIRLINE, "listening to our") in ("Skyward Air", "Bluefin Airways")
    assert speaker_of(recorded, AIRLINE, "numbers are low") == "Department of Health"


def test_an_organisations_description_does_not_take_a_person(recorded) -> None:
    assert (speaker_of(recorded, AIRLINE, "told on Monday") or "").endswith("Maria Chen")


# --- 4. first names and short forms ------------------------------------------------------

VALLEY = (
    "Rosa Delgado has farmed the valley for 30 years. Her neighbour, Dr. Samuel Okafor, keeps bees.\n\n"
    '"The river is lower every summer," Rosa said.\n\n'
    '"The bees know it first," Dr. Okafor said.\n\n'
    "Ana Ruiz and Ana Torres run the market.\n\n"
    '"Prices went up," Ana said.\n'
)


def test_a_first_name_names_the_one_person_who_has_it(recorded) -> None:
    assert speaker_of(recorded, VALLEY, "river is lower") == "Rosa Delgado"


def test_a_title_and_surname_name_the_person_named_in_full(recorded) -> None:
    assert speaker_of(recorded, VALLEY, "bees know") == "Samuel Okafor"


def test_a_first_name_two_people_share_names_neither(recorded) -> None:
    assert speaker_of(recorded, VALLEY, "Prices went up") not in ("Ana Ruiz", "Ana Torres")


# --- 5. pronouns that respect gender -------------------------------------------------------

PROFESSOR = (
    "Professor Alan Pryce retired last year. His wife, Judith, said he still reads every day.\n\n"
    '"He still reads every paper," she said.\n\n'
    "Manager Sofia Lund picked striker Kwame Boateng for the final.\n\n"
    '"We trust the young players," she said.\n\n'
    '"I was ready," he said.\n\n'
    "Mrs. Okoro, who coaches the girls' team, watched.\n\n"
    '"It was a brave choice," she said.\n'
)


def test_a_pronoun_takes_the_nearest_person_of_its_gender(recorded) -> None:
    assert speaker_of(recorded, PROFESSOR, "every paper") == "Judith"
    assert speaker_of(recorded, PROFESSOR, "young players") == "Sofia Lund"
    assert speaker_of(recorded, PROFESSOR, "I was ready") == "Kwame Boateng"


def test_a_title_tells_a_gender(recorded) -> None:
    assert speaker_of(recorded, PROFESSOR, "brave choice") == "Okoro"


# --- 6. headlines ---------------------------------------------------------------------------

HEADLINE = (
    "'It was terrifying,' says hiker found after three days\n\n"
    "Rescuers on Sunday found Dana Whitfield, a 34-year-old hiker from Leeds, in a gully below the "
    "ridge. Her brother, Mark Whitfield, had raised the alarm.\n\n"
    '"I never stopped looking," he said.\n'
)


def test_a_headline_description_names_the_person_the_article_introduces_with_it(recorded) -> None:
    assert speaker_of(recorded, HEADLINE, "terrifying") == "Dana Whitfield"
    assert speaker_of(recorded, HEADLINE, "never stopped") == "Mark Whitfield"


# --- 7. competition -----------------------------------------------------------------------


def test_competition_is_reported_when_two_people_fit_a_pronoun(recorded) -> None:
    from quotex.people import People
    from quotex.statements import find_statements  # noqa: F401  (the pipeline builds People the same way)

    text = 'Tom Reyes met Ben Ortiz on Monday. "We agreed on nothing," he said.'
    doc = recorded.nlp(text)
    quoted = [False] * len(doc)
    start = text.index('"')
    for token in doc:
        if start <= token.idx:
            quoted[token.i] = True
        if token.text == "," and token.idx > start:
            break
    people = People(doc, quoted, default_lexicon())
    he = next(t for t in doc if t.lower_ == "he")
    resolution = people.resolve(doc[he.i : he.i + 1])
    assert resolution.name == "Tom Reyes" and resolution.how == "pronoun"  # the subject before the object
    assert resolution.competitors == 1

    text = 'Tom Reyes met Ana Ortiz on Monday. "We agreed on nothing," he said.'
    doc = recorded.nlp(text)
    people = People(doc, quoted[: len(doc)], default_lexicon())
    he = next(t for t in doc if t.lower_ == "he")
    resolution = people.resolve(doc[he.i : he.i + 1])
    assert resolution.name == "Tom Reyes" and resolution.competitors == 0


def test_competition_is_reported_when_a_description_fits_two_people(recorded) -> None:
    from quotex.people import People

    text = "Eva Lind, a nurse, and Omar Said, a nurse, spoke first. The nurse left early."
    doc = recorded.nlp(text)
    people = People(doc, [False] * len(doc), default_lexicon())
    nurse = [t for t in doc if t.lower_ == "nurse"][-1]
    resolution = people.resolve(doc[nurse.i - 1 : nurse.i + 1])
    assert resolution.how == "descriptor" and resolution.competitors == 1


# --- rules that keep descriptions honest -----------------------------------------------------

OFFICE = (
    "Secretary of State Dana Holt certified the count on Friday.\n\n"
    '"The count stands," the state said in a filing.\n\n'
    "A lawyer for the county, Peter Vance, said the county would not appeal.\n"
)


def test_what_an_office_is_of_is_not_what_its_holder_is(recorded) -> None:
    assert speaker_of(recorded, OFFICE, "count stands") != "Dana Holt"


def test_an_indefinite_mention_with_a_name_in_apposition_is_that_person(recorded) -> None:
    statements = extract_checked(recorded, OFFICE)
    assert any(q.speaker == "Peter Vance" and "not appeal" in q.text for q in statements)


def test_a_place_is_never_a_person_a_pronoun_can_take(recorded) -> None:
    text = 'Officials in the United States said little on Monday.\n\n"We are watching," he said.\n'
    assert speaker_of(recorded, text, "watching") != "United States"


def test_a_pronoun_tells_the_gender_of_the_person_it_stands_for(recorded) -> None:
    text = (
        "Jordan Ellis runs the farm, and she bought it in 2010. Morgan Hale sells the milk; he "
        "drives the van each morning.\n\n"
        '"We share the work," she said.\n\n'
        '"The van is older than me," he said.\n'
    )  # neither given name tells a gender: the first pronoun for each does
    assert speaker_of(recorded, text, "share the work") == "Jordan Ellis"
    assert speaker_of(recorded, text, "older than me") == "Morgan Hale"


def test_the_lists_can_be_replaced_from_a_lexicon_folder(tmp_path) -> None:
    from quotex.lexicon import LexiconError

    (tmp_path / "documents.txt").write_text("# mine\ndispatch\n", encoding="utf-8")
    words = PeopleWords.from_directory(tmp_path)
    assert words.documents == frozenset({"dispatch"})
    assert words.gender_of_name("Judith") == "female"  # the shipped list, for a file the folder lacks
    (tmp_path / "gendered_words.tsv").write_text("sir\tknight\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="gendered_words.tsv"):
        PeopleWords.from_directory(tmp_path)


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
