"""A surname across a corpus (issue 25, class 11): a surname alone linked to the namesake who
dominates it, unless its article points to another, with the link's confidence; party words,
`son` and other words that are not names never join a name. Every name and text here is made
up for the test.
"""

from __future__ import annotations

from conftest import extract_checked as extract

from quotex.corpus.linking import link, parse_name
from quotex.corpus.runs import link_quotes

# Corvin Aldane is named in full in eight articles, Mirela Aldane in one.
CORPUS = {**{(f"c{k}", "Corvin Aldane"): 2 for k in range(8)}, ("m0", "Mirela Aldane"): 2}
MENTIONS = {**{(f"c{k}", "Corvin Aldane"): ["the harbour minister", "he"] for k in range(8)},
            ("m0", "Mirela Aldane"): ["the ferry pilot", "she"]}


def test_a_surname_alone_goes_to_the_namesake_who_dominates_the_corpus_with_the_share_as_confidence() -> None:
    linked = link({**CORPUS, ("x", "Aldane"): 1}, mentions={**MENTIONS, ("x", "Aldane"): ["Aldane", "he"]})
    assert linked[("x", "Aldane")].id == linked[("c0", "Corvin Aldane")].id
    assert linked[("x", "Aldane")].name == "Corvin Aldane"
    assert linked[("x", "Aldane")].link_confidence == 0.8  # 8 of the 9 articles, and one for a bearer never named
    assert linked[("c0", "Corvin Aldane")].link_confidence == 1.0
    assert linked[("m0", "Mirela Aldane")].id != linked[("c0", "Corvin Aldane")].id


def test_the_article_that_points_to_the_rare_namesake_keeps_its_surname_apart() -> None:
    for evidence in (["she"], ["Mrs. Aldane"], ["the ferry pilot"]):
        linked = link({**CORPUS, ("x", "Aldane"): 1}, mentions={**MENTIONS, ("x", "Aldane"): evidence})
        alone = linked[("x", "Aldane")]
        assert alone.id not in {linked[("c0", "Corvin Aldane")].id, linked[("m0", "Mirela Aldane")].id}, evidence
        assert (alone.name, alone.link_confidence) == ("Aldane", 1.0)


def test_a_description_of_the_dominant_namesake_does_not_keep_the_surname_apart() -> None:
    linked = link({**CORPUS, ("x", "Aldane"): 1}, mentions={**MENTIONS, ("x", "Aldane"): ["the harbour minister"]})
    assert linked[("x", "Aldane")].id == linked[("c0", "Corvin Aldane")].id


def test_without_a_dominant_namesake_a_surname_stays_within_its_article() -> None:
    names = {**{(f"c{k}", "Corvin Aldane"): 1 for k in range(3)}, **{(f"m{k}", "Mirela Aldane"): 1 for k in range(2)},
             ("x", "Aldane"): 1, ("y", "Aldane"): 1}
    linked = link(names)
    assert linked[("x", "Aldane")].id != linked[("y", "Aldane")].id
    assert linked[("x", "Aldane")].id not in {linked[("c0", "Corvin Aldane")].id, linked[("m0", "Mirela Aldane")].id}


def test_the_article_that_names_the_rare_namesake_gives_it_its_surname() -> None:
    linked = link({**CORPUS, ("m0", "Aldane"): 1}, mentions=MENTIONS)
    assert linked[("m0", "Aldane")].id == linked[("m0", "Mirela Aldane")].id
    assert linked[("m0", "Aldane")].link_confidence == 1.0


def test_no_one_s_given_name_makes_no_namesake_to_link_to() -> None:
    """`Harbour Gazette` and `Evening Gazette` are not people: `Gazette` is not linked to either."""
    linked = link({**{(f"h{k}", "Harbour Gazette"): 1 for k in range(8)}, ("e", "Evening Gazette"): 1, ("x", "Gazette"): 1})
    assert linked[("x", "Gazette")].id not in {linked[("h0", "Harbour Gazette")].id, linked[("e", "Evening Gazette")].id}


def test_the_only_bearer_of_a_surname_gets_it_with_a_confidence_that_says_how_often_the_corpus_names_them() -> None:
    once = link({("a", "Tunde Okereke"): 1, ("x", "Okereke"): 1})  # a given name the lists lack
    assert once[("x", "Okereke")].id == once[("a", "Tunde Okereke")].id
    assert once[("x", "Okereke")].link_confidence == 0.5
    often = link({**{(f"a{k}", "Tunde Okereke"): 1 for k in range(9)}, ("x", "Okereke"): 1})
    assert often[("x", "Okereke")].link_confidence == 0.9


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


def test_a_run_links_a_surname_alone_and_records_the_link_confidence(recorded) -> None:
    full = 'The ferry timetable changed again.\n"The boats will run at dawn," harbour minister Corvin Aldane said.\n'
    rare = 'The pilots met on Monday.\n"The channel is too shallow," ferry pilot Mirela Aldane said.\n'
    alone = 'The council met on Friday.\n"We expect the new boats in May," Aldane said.\n'
    texts = {**{f"full{k}.txt": full for k in range(8)}, "rare.txt": rare, "alone.txt": alone}
    quotes = [q for file, text in texts.items() for q in recorded.extract(text, file=file)]
    linked = {q.file: q for q, _ in link_quotes(quotes)}
    assert linked["alone.txt"].speaker == "Corvin Aldane"
    assert linked["alone.txt"].speaker_id == linked["full0.txt"].speaker_id != linked["rare.txt"].speaker_id
    assert linked["alone.txt"].link_confidence == 0.8
    assert linked["full0.txt"].link_confidence == 1.0
