"""A surname across a corpus (issue 25, class 11): party words, `son` and other words that
are not names never join a name. Every name and text here is made up for the test.
"""

from __future__ import annotations

from conftest import extract_checked as extract

from quotex.corpus.linking import link, parse_name


def test_a_party_word_before_a_name_is_not_part_of_it() -> None:
    for form in ("Democrat Corvin Aldane", "Republican Corvin Aldane", "Labour Corvin Aldane", "Tory Corvin Aldane",
                 "Democrats Corvin Aldane"):
        assert parse_name(form) == parse_name("Corvin Aldane"), form
    assert parse_name("Tory Lindqvist").given == "tori"  # a given name too, right before a surname
    linked = link({("a", "Corvin Aldane"): 1, ("b", "Republican Corvin Aldane"): 1})
    assert linked[("a", "Corvin Aldane")].id == linked[("b", "Republican Corvin Aldane")].id
    assert linked[("b", "Republican Corvin Aldane")].name == "Corvin Aldane"


def test_a_party_and_its_members_are_not_a_surname() -> None:
    for form in ("Democrats", "Ohio Republican", "Senate Democrats", "GOP"):
        assert not parse_name(form).is_person, form
    assert parse_name("Jane Green").is_person  # a party's word that is a name too


def test_words_that_are_not_names_never_join_one() -> None:
    names = {("a", "Corvin Aldane"): 3, ("b", "Corvin Aldane son"): 1, ("c", "tweeted Corvin Aldane"): 1,
             ("d", '">Corvin Aldane'): 1}
    linked = link(names)
    person = linked[("a", "Corvin Aldane")].id
    assert all(linked[pair].id != person for pair in names if pair[0] != "a")


def test_party_words_leave_the_name_a_text_gives(recorded) -> None:
    text = ('The harbour vote was close on Tuesday.\n'
            '"We will win the recount," Democrat Corvin Aldane told reporters.\n'
            '"Nobody here trusts the count," Tory Mirela Osk said.\n')
    speakers = {q.speaker for q in extract(recorded, text)}
    assert speakers == {"Corvin Aldane", "Mirela Osk"}
