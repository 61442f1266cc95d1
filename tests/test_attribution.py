"""Attributing quotations to speakers, through the whole pipeline (`quotex.load()`).

Every text here is made up for the test. Each test checks one pattern; every Quote
it sees is also checked for offsets that slice the text back out of the document.
"""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract

from quotex.attribution.rules import RULE_NAMES
from quotex.lexicon import default_lexicon
from quotex.output.records import Mention


def at(text: str, words: str, occurrence: int = 0) -> Mention:
    """The mention of `words` in `text` (its `occurrence`-th appearance, from 0)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Mention(words, start, start + len(words))


# --- where the cue stands ----------------------------------------------------------------


def test_cue_after_name_before_verb(recorded, find_quote):
    text = '"The ferry will run again next month," Harriet Colby said.'
    quote = find_quote(extract(recorded, text), "ferry will run")
    assert quote.text == "The ferry will run again next month,"
    assert quote.speaker == "Harriet Colby"
    assert quote.kind == "direct"
    assert quote.resolution == "explicit"
    assert quote.cue == at(text, "said")
    assert quote.speaker_mention == at(text, "Harriet Colby")


def test_cue_after_verb_before_name(recorded, find_quote):
    text = '"The ferry will run again next month," said Harriet Colby.'
    quote = find_quote(extract(recorded, text), "ferry will run")
    assert quote.speaker == "Harriet Colby"
    assert quote.kind == "direct"
    assert quote.resolution == "explicit"
    assert quote.cue == at(text, "said")
    assert quote.speaker_mention == at(text, "Harriet Colby")


@pytest.mark.parametrize("after", ["she wondered, looking at the empty car park.", "Tandry wondered aloud as the crowd thinned."])
def test_a_question_someone_wondered_after_it_is_theirs(recorded, find_quote, after):
    text = ("Mayor Isolde Tandry spoke to workers at the gate on Saturday. Her deputy, Colm Arbery, said the council "
            f'would help them.\n\n"Where will they all go now?" {after}\n')
    quote = find_quote(extract(recorded, text), "Where will they")
    assert (quote.speaker, quote.cue.text) == ("Isolde Tandry", "wondered")


def test_cue_before_with_a_colon(recorded, find_quote):
    text = 'Harriet Colby said: "The ferry will run again next month."'
    quote = find_quote(extract(recorded, text), "ferry will run")
    assert quote.text == "The ferry will run again next month."
    assert quote.speaker == "Harriet Colby"
    assert quote.kind == "direct"
    assert quote.cue == at(text, "said")
    assert quote.speaker_mention == at(text, "Harriet Colby")


def test_cue_before_with_that_is_a_mixed_quotation(recorded, find_quote):
    text = 'Harriet Colby said that "the ferry will run again next month."'
    quote = find_quote(extract(recorded, text), "ferry will run")
    assert quote.speaker == "Harriet Colby"
    assert quote.kind == "mixed"
    assert quote.resolution == "explicit"
    assert quote.cue == at(text, "said")
    assert quote.speaker_mention == at(text, "Harriet Colby")


def test_quotation_within_a_reported_clause_is_mixed(recorded, find_quote):
    text = 'Harriet Colby said the ferry would "run again next month" once the engines were fixed.'
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "run again")
    assert quote.speaker == "Harriet Colby"
    assert quote.kind == "mixed"


def test_name_after_the_quotation_without_a_verb(recorded, find_quote):
    text = '"The ferry will run again next month." Harriet Colby. "We have fixed both engines and tested them."'
    quotes = extract(recorded, text)
    assert len(quotes) == 2
    first = find_quote(quotes, "ferry will run")
    assert first.speaker == "Harriet Colby"
    assert first.resolution == "explicit"
    assert first.cue is None
    assert first.speaker_mention == at(text, "Harriet Colby")
    second = find_quote(quotes, "fixed both engines")
    assert second.speaker == "Harriet Colby"
    assert second.resolution == "continuation"
    # A continuation is attributed by the words of the statement it goes on with.
    assert second.speaker_mention == first.speaker_mention


def test_cue_between_two_parts_of_one_sentence(recorded, find_quote):
    text = '"We are ready," Harriet Colby said, "and we will open the harbour on time."'
    quotes = extract(recorded, text)
    assert [q.speaker for q in quotes] == ["Harriet Colby", "Harriet Colby"]
    assert find_quote(quotes, "open the harbour").cue == at(text, "said")


# --- cue verbs ---------------------------------------------------------------------------

CUES = [
    "said",
    "pointed out",
    "stressed",
    "added",
    "noted",
    "concluded",
    "declared",
    "stated",
    "clarified",
    "emphasized",
    "explained",
    "warned",
    "told reporters",
]


@pytest.mark.parametrize("cue", CUES)
def test_cue_verb_after_the_quotation(recorded, find_quote, cue):
    text = f'"The new school will open in the autumn," Harriet Colby {cue}.'
    quote = find_quote(extract(recorded, text), "new school")
    assert quote.speaker == "Harriet Colby"
    assert quote.cue == at(text, cue)
    assert quote.speaker_mention == at(text, "Harriet Colby")


@pytest.mark.parametrize("cue", CUES)
def test_cue_verb_before_the_quotation(recorded, find_quote, cue):
    text = f'Harriet Colby {cue}: "The new school will open in the autumn."'
    quote = find_quote(extract(recorded, text), "new school")
    assert quote.speaker == "Harriet Colby"
    assert quote.kind == "direct"
    assert quote.cue == at(text, cue)


@pytest.mark.parametrize("cue", [c for c in CUES if c != "told reporters"])
def test_cue_verb_in_inverted_order(recorded, find_quote, cue):
    text = f'"The new school will open in the autumn," {cue} Harriet Colby.'
    quote = find_quote(extract(recorded, text), "new school")
    assert quote.speaker == "Harriet Colby"
    assert quote.cue == at(text, cue)
    assert quote.speaker_mention == at(text, "Harriet Colby")


def test_multiword_cue_before_a_that_clause(recorded, find_quote):
    text = 'Harriet Colby pointed out that "the school has no teachers yet."'
    quote = find_quote(extract(recorded, text), "no teachers")
    assert quote.cue is not None and quote.cue.text == "pointed out"
    assert quote.kind == "mixed"
    assert quote.speaker == "Harriet Colby"


# --- continuation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("We have fixed both engines and tested them twice.", id="sentence"),
        pytest.param(
            "Trust us.",
            id="short-sentence",
        ),
    ],
)
def test_quotation_without_cue_continues_the_speaker_before(recorded, find_quote, second):
    text = (
        "Harriet Colby visited the harbour on Monday.\n"
        f'"The ferry will run again next month," she concluded. "{second}"'
    )
    quotes = extract(recorded, text)
    first = find_quote(quotes, "ferry will run")
    assert first.speaker == "Harriet Colby"
    assert first.cue == at(text, "concluded")
    following = find_quote(quotes, second[:-1])
    assert following.speaker == "Harriet Colby"
    assert following.resolution == "continuation"
    assert following.cue == first.cue and following.speaker_mention == first.speaker_mention


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("We checked every engine twice before the crossing.", id="sentence"),
        pytest.param(
            "Nobody went home early.",
            id="short-sentence",
        ),
    ],
)
def test_quotation_paragraph_continues_the_quotation_paragraph_before(recorded, find_quote, second):
    text = f"\u201cThe ferry is safe,\u201d Harriet Colby said.\n\u201c{second}\u201d\n"
    quotes = extract(recorded, text)
    assert len(quotes) == 2
    following = find_quote(quotes, second[:-1])
    assert following.speaker == "Harriet Colby"
    assert following.resolution == "continuation"


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["next-line", "blank-line-between"])
def test_quotation_paragraph_continues_a_statement_ending_the_paragraph_before(recorded, find_quote, gap):
    text = (
        "Harriet Colby spoke at length about the harbour. "
        "She noted that the repairs were well behind schedule."
        f"{gap}"
        '"We need another six months and more money from the region."'
    )
    quote = find_quote(extract(recorded, text), "six months")
    assert quote.speaker == "Harriet Colby"
    assert quote.resolution == "continuation"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "She"


def test_a_continued_quotation_follows_the_latest_speaker(recorded, find_quote):
    text = (
        "Tomas Brenner praised the crews. \u201cThey worked day and night,\u201d he said.\n"
        "Harriet Colby agreed with him. \u201cThey did,\u201d she added.\n"
        "\u201cWe could not have opened the harbour without them.\u201d\n"
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "day and night").speaker == "Tomas Brenner"
    last = find_quote(quotes, "without them")
    assert last.speaker == "Harriet Colby"
    assert last.resolution == "continuation"


# --- pronouns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Harriet Colby visited the harbour on Monday.\n"The ferry will run again next month," she said.',
            "Harriet Colby",
            id="she",
        ),
        pytest.param(
            'Tomas Brenner opened the new bridge on Friday. "It took four years to build," he said.',
            "Tomas Brenner",
            id="he",
        ),
        pytest.param(
            'Tomas Brenner thanked Harriet Colby for her support. "It took four years to build," he said.',
            "Tomas Brenner",
            id="object-in-between",
        ),
        pytest.param(
            "Tomas Brenner, who thanked Harriet Colby and Mayor Ida Lund, opened the bridge.\n"
            '"It took four years to build," he said.',
            "Tomas Brenner",
            id="objects-in-a-relative-clause",
        ),
        pytest.param(
            "Tomas Brenner opened the bridge on Friday. Its design was praised by Harriet Colby.\n"
            '"It took four years to build," he told reporters.',
            "Tomas Brenner",
            id="agent-in-between",
        ),
    ],
)
def test_pronoun_resolves_to_the_person_named_before(recorded, find_quote, text, speaker):
    quote = find_quote(extract(recorded, text), "four years" if "four years" in text else "ferry")
    assert quote.speaker == speaker
    assert quote.resolution == "pronoun"
    assert quote.speaker_mention is not None and quote.speaker_mention.text in ("he", "she")


def test_pronoun_before_the_quotation(recorded, find_quote):
    text = 'Harriet Colby toured the harbour on Monday. She said: "The ferry will run again next month."'
    quote = find_quote(extract(recorded, text), "ferry")
    assert quote.speaker == "Harriet Colby"
    assert quote.resolution == "pronoun"
    assert quote.speaker_mention == at(text, "She")


# --- descriptors -------------------------------------------------------------------------

DUPONT = "French Foreign Minister Jeanne Dupont arrived in Rome on Tuesday for talks on fishing rights.\n"


@pytest.mark.parametrize(
    "descriptor", ["France's top diplomat", "the French top diplomat", "the minister", "the Foreign Minister"]
)
def test_descriptor_resolves_to_the_person_introduced_with_the_role(recorded, find_quote, descriptor):
    text = DUPONT + f'"We came to listen, not to lecture," {descriptor} said.'
    quote = find_quote(extract(recorded, text), "came to listen")
    assert quote.speaker == "Jeanne Dupont"
    assert quote.resolution == "descriptor"
    assert quote.speaker_mention == at(text, descriptor)


def test_descriptor_as_the_subject_before_the_quotation(recorded, find_quote):
    text = DUPONT + 'The Foreign Minister said: "We came to listen, not to lecture."'
    quote = find_quote(extract(recorded, text), "came to listen")
    assert quote.speaker == "Jeanne Dupont"
    assert quote.resolution == "descriptor"


@pytest.mark.parametrize("descriptor", ["the White House spokesman", "the presidential spokesman"])
def test_spokesman_descriptor(recorded, find_quote, descriptor):
    text = (
        "Presidential Spokesman Tom Reilly spoke to the press after the meeting.\n"
        f'"There was no deal and there will be none this week," {descriptor} said.'
    )
    quote = find_quote(extract(recorded, text), "no deal")
    assert quote.speaker == "Tom Reilly"
    assert quote.resolution == "descriptor"
    assert quote.speaker_mention == at(text, descriptor)


def test_role_given_in_an_apposition(recorded, find_quote):
    text = (
        "Jeanne Dupont, France's foreign minister, arrived in Rome on Tuesday.\n"
        '"We came to listen, not to lecture," the minister said.'
    )
    quote = find_quote(extract(recorded, text), "came to listen")
    assert quote.speaker == "Jeanne Dupont"
    assert quote.resolution == "descriptor"


def test_two_foreign_ministers_told_apart_by_the_place_word(recorded, find_quote):
    text = (
        "French Foreign Minister Jeanne Dupont met Spanish Foreign Minister Pablo Ferrer in Madrid on Monday.\n"
        '"We are glad to host our neighbours," Spain\'s top diplomat said.\n'
        '"We came to listen, not to lecture," the French minister said.\n'
    )
    quotes = extract(recorded, text)
    host = find_quote(quotes, "glad to host")
    assert host.speaker == "Pablo Ferrer"
    assert host.resolution == "descriptor"
    assert host.speaker_mention == at(text, "Spain's top diplomat")
    guest = find_quote(quotes, "came to listen")
    assert guest.speaker == "Jeanne Dupont"
    assert guest.resolution == "descriptor"
    assert guest.speaker_mention == at(text, "the French minister")


# --- name variants -----------------------------------------------------------------------


def test_variants_of_a_name_are_one_speaker(recorded):
    text = (
        "Jon Smythe, the mayor of Dunmore, opened the market on Saturday.\n"
        '"Trade is back in the old town," John Smythe said.\n'
        '"We waited two long years for this day," Smythe added.\n'
    )
    quotes = extract(recorded, text)
    assert len(quotes) == 2
    speakers = {q.speaker for q in quotes}
    assert len(speakers) == 1
    assert speakers <= {"Jon Smythe", "John Smythe"}
    assert all(q.resolution == "explicit" for q in quotes)


def test_variants_of_a_name_are_named_by_the_fullest_form(recorded, find_quote):
    text = (
        '"Trade is back in the old town," Smythe said at the market on Saturday.\n'
        '"We waited two long years for this day," Jon Smythe added.\n'
        '"Prices will fall before the winter," said Jonathan Peter Smythe, the mayor of Dunmore.\n'
    )
    quotes = extract(recorded, text)
    assert [q.speaker for q in quotes] == ["Jonathan Peter Smythe"] * 3
    assert find_quote(quotes, "Trade is back").speaker_mention == at(text, "Smythe")
    assert find_quote(quotes, "two long years").speaker_mention == at(text, "Jon Smythe")


# --- document structure ------------------------------------------------------------------


def test_name_heading_gives_the_quotations_under_it_to_that_person(recorded, find_quote):
    text = (
        "Harriet Colby\n"
        "On the harbour repairs:\n"
        '"We need another six months and more money from the region."\n'
        "On the ferry:\n"
        '"The ferry will run again next month once the engines are fixed."\n'
        "Tomas Brenner\n"
        "On the bridge:\n"
        '"It took four years, but the bridge is finally open to traffic."\n'
    )
    quotes = extract(recorded, text)
    assert len(quotes) == 3
    for fragment in ("six months", "ferry will run"):
        quote = find_quote(quotes, fragment)
        assert quote.speaker == "Harriet Colby"
        assert quote.resolution == "heading"
        assert quote.speaker_mention == at(text, "Harriet Colby")
    bridge = find_quote(quotes, "bridge is finally open")
    assert bridge.speaker == "Tomas Brenner"
    assert bridge.resolution == "heading"
    assert bridge.speaker_mention == at(text, "Tomas Brenner")


def test_transcript_lines(recorded, find_quote):
    text = (
        'Maya Ferris: "What happens to the harbour now that the storm has passed?"\n'
        'Harriet Colby: "We need another six months and more money from the region."\n'
    )
    quotes = extract(recorded, text)
    question = find_quote(quotes, "What happens")
    assert question.speaker == "Maya Ferris"
    assert question.resolution == "transcript"
    assert question.speaker_mention == at(text, "Maya Ferris")
    answer = find_quote(quotes, "six months")
    assert answer.speaker == "Harriet Colby"
    assert answer.resolution == "transcript"
    assert answer.speaker_mention == at(text, "Harriet Colby")


def test_upper_case_transcript_names_resolve_to_the_people_introduced(recorded, find_quote):
    text = (
        "Radio host Maya Ferris spoke to Tomas Brenner on Thursday.\n"
        'FERRIS: "What happens to the bridge now that the storm has passed?"\n'
        'BRENNER: "We need another six months and more money from the region."\n'
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "What happens").speaker == "Maya Ferris"
    answer = find_quote(quotes, "six months")
    assert answer.resolution == "transcript"
    assert answer.speaker == "Tomas Brenner"


# --- what is not a quotation -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('At the shelter, cats are "cuties" and dogs are "loyal friends" to everyone.', id="scare-quotes"),
        pytest.param('His favourite book is "A Long Walk to the Sea", a novel about a fishing village.', id="title"),
        pytest.param(
            'His favourite book is "A Long Walk to the Sea" and he reads it every year.',
            id="title-then-a-verb-of-reading",
        ),
        pytest.param(
            "Texas' governor visited the country's farmers. Farmers don\u2019t care, I've heard, "
            "about the \u201990s or the '90s.",
            id="apostrophes",
        ),
    ],
)
def test_nothing_is_reported(recorded, text):
    assert extract(recorded, text) == []


def test_scare_quotes_in_a_topic_line_are_not_reported(recorded):
    text = (
        "Harriet Colby\n"
        "On the use of \u201cruthless tactics\u201d in the region:\n"
        "\u201cWe will not accept it, and we will say so at every meeting we attend.\u201d\n"
    )
    quotes = extract(recorded, text)
    assert [q.text for q in quotes] == ["We will not accept it, and we will say so at every meeting we attend."]
    assert quotes[0].speaker == "Harriet Colby"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param('Visitors queued for the "green corridor" on Friday.', id="scare-quote"),
        pytest.param(
            'The so-called "green corridor" opened on Friday.',
            id="so-called",
        ),
    ],
)
def test_scare_quote_after_a_statement_is_not_reported(recorded, sentence):
    text = f'"We are ready for the season," Harriet Colby said. {sentence}'
    quotes = extract(recorded, text)
    assert [q.text for q in quotes] == ["We are ready for the season,"]


def test_an_unclosed_mark_does_not_swallow_the_document(recorded, find_quote):
    text = (
        '"The harbour will stay shut until the storm passes, Harriet Colby said.\n'
        "Fishing boats waited in the bay on Friday.\n"
        '"Nothing has changed for us," a fisherman said.\n'
        "The port authority gave no date for reopening.\n"
    )
    quotes = extract(recorded, text)
    assert len(quotes) == 2
    unclosed = find_quote(quotes, "harbour")
    assert unclosed.text == "The harbour will stay shut until the storm passes, Harriet Colby said."
    assert unclosed.paragraph == 0
    fisherman = find_quote(quotes, "Nothing has changed")
    assert fisherman.paragraph == 2
    assert fisherman.speaker == "fisherman"
    assert fisherman.cue == at(text, "said", 1)


# --- offsets of every record -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mayor Ines Ortega said: \u201cThe road will be finished by spring.\n"
            "\u201cWe have the money and the workers,\u201d she added.\n",
            id="reopened-over-paragraphs",
        ),
        pytest.param(
            "Ines Ortega opened the session on Monday.\n"
            "\u201cThe road will be finished by spring.\n"
            "We have the money and the workers,\u201d said Ortega.\n",
            id="closed-in-the-next-paragraph",
        ),
        pytest.param(
            "  Harriet Colby, the  harbour master, said on Monday: \u00abWe are ready.\u00bb\r\n"
            "\u00abSo are the crews \u2018and the boats\u2019,\u00bb she added.",
            id="guillemets-and-odd-spacing",
        ),
    ],
)
def test_every_quote_slices_back_to_its_text(recorded, text):
    quotes = extract(recorded, text)
    assert quotes
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert quote.speaker is not None


def test_quotation_over_paragraphs_is_attributed_once(recorded):
    text = (
        "Ines Ortega opened the session on Monday.\n"
        '"The road will be finished by spring.\n'
        'We have the money and the workers," said Ortega.\n'
    )
    quotes = extract(recorded, text)
    assert len(quotes) == 1
    assert quotes[0].text == "The road will be finished by spring.\nWe have the money and the workers,"
    assert quotes[0].speaker == "Ines Ortega"
    assert quotes[0].speaker_mention == at(text, "Ortega", 1)


@pytest.mark.parametrize(
    "text",
    [
        'Senator Ada Pruitt told Channel Nine\'s "Morning Roundup" that the bridge would open.',
        'Mayor Ellen Brandt said on "Harbour Week," the local show, that the pier was safe.',
    ],
)
def test_names_of_shows_beside_a_cue_are_not_quotations(recorded, text):
    assert [q for q in extract(recorded, text) if q.kind != "indirect"] == []


def test_a_clause_ending_in_a_colon_introduces_the_quotation(recorded, find_quote):
    text = 'Mayor Ellen Brandt released the following statement: "The pier will reopen in spring."'
    quote = find_quote(extract(recorded, text), "pier will reopen")
    assert quote.speaker == "Ellen Brandt"
    assert quote.speaker_mention == at(text, "Mayor Ellen Brandt")


def test_a_cue_shares_the_subject_of_the_verb_it_hangs_from(recorded, find_quote):
    text = 'When she returned, Harriet Colby began by saying, "The ferry is safe and it will sail."'
    quote = find_quote(extract(recorded, text), "ferry is safe")
    assert quote.speaker == "Harriet Colby"
    assert quote.cue == at(text, "saying")


def test_a_sign_or_a_headline_reads(recorded, find_quote):
    text = 'Protesters gathered at the gate. "Save our harbour for our children," read one banner.'
    quote = find_quote(extract(recorded, text), "Save our harbour")
    assert quote.cue == at(text, "read")


@pytest.mark.parametrize(
    "text",
    [
        'He is now the host of "The Late Hour with Sam Ortega." The show airs nightly.',
        'Brandt once wrote under the pseudonym "Captain Harbour," the council recalled.',
        'Listen again: The Harbour Hour, episode 7 \u2014 "Who Stole the Lighthouse Bell?"\nThe show airs weekly.',
        'Her third novel, "Where Did All the Herring Go?", comes out in May.',
        'The idea came from Odile Marr, whose book "Slack Water: Four Winters on a Tidal Island," sold well.',
        'Marr recalled reading "Salt and Iron: How Seven Harbour Towns Outlived Their Fleets" twice that summer.',
    ],
)
def test_titles_and_names_in_quotation_marks_are_not_speech(recorded, text):
    assert [q for q in extract(recorded, text) if q.kind != "indirect"] == []


@pytest.mark.parametrize("chant, end", [("Vera, Vera, Vera", "."), ("Quaile! Quaile!", " from the stands.")])
def test_a_name_chanted_over_and_over_is_speech_not_a_title(recorded, find_quote, chant, end):
    """One proper noun repeated is a crowd's chant, whatever word stands before it: no title repeats itself so."""
    text = (
        "Vera Vellacott scored twice on Sunday for a side led by Anke Quaile.\n\n"
        f'She won it with a volley in the last minute, as the home fans chanted "{chant}"{end}\n'
    )
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], chant)
    assert quote.text.rstrip(",") == chant


def test_a_question_in_sentence_case_that_nothing_attributes_is_still_speech(recorded):
    text = 'The hall fell silent at last.\n"Who will pay for the new roof over the school hall?"\n'
    assert [q.text for q in extract(recorded, text) if q.kind == "direct"] == [
        "Who will pay for the new roof over the school hall?"
    ]


@pytest.mark.parametrize("text, said", [('"Yes," he said.', "Yes,"), ('"No, never," she said.', "No, never,")])
def test_short_answers_are_speech(recorded, text, said):
    assert [q.text for q in extract(recorded, text)] == [said]


@pytest.mark.parametrize("text", ['"We are America," he added. "We are Harbourtown."', '"I would, Donald," she said.'])
def test_short_sentences_with_a_name_are_speech(recorded, text):
    assert len([q for q in extract(recorded, text) if q.kind == "direct"]) == text.count('"') // 2


def test_a_surname_that_is_also_a_place_is_a_name(recorded, find_quote):
    text = '"We will find who did this," Harbour police Chief Dana Jordan said Monday.'
    assert find_quote(extract(recorded, text), "find who").speaker == "Dana Jordan"


def test_a_participle_hanging_from_the_speaker(recorded, find_quote):
    text = 'The new advert shows Mayor Ellen Brandt asking, "Why is the pier still closed?"'
    quote = find_quote(extract(recorded, text), "pier still closed")
    assert quote.speaker == "Ellen Brandt" and quote.cue == at(text, "asking")


def test_inverted_cue_at_the_start_of_a_sentence(recorded, find_quote):
    text = 'Harriet Colby runs the ferry. Said Colby: "The crossing takes forty minutes."'
    quote = find_quote(extract(recorded, text), "crossing takes")
    assert quote.speaker == "Harriet Colby"


@pytest.mark.parametrize(
    "text",
    ['Harriet Colby spoke. Colby said,\u201cThe ferry will run again.\u201d', '\u201cThe ferry will run again,\u201dsaid Harriet Colby.'],
)
def test_marks_glued_to_words_without_spaces(recorded, find_quote, text):
    quote = find_quote(extract(recorded, text), "ferry will run")
    assert quote.speaker == "Harriet Colby" and quote.cue.text == "said"


@pytest.mark.parametrize(
    "text",
    ['"The tide turned at noon, and we waited,"Wilma Tresco said.', 'Ferryman Wilma Tresco said:"The tide turned at noon, and we waited."'],
)
def test_straight_marks_glued_after_punctuation(recorded, find_quote, text):
    # a straight mark between a clause's punctuation and a word is a quotation mark, a token of its own
    quote = find_quote(extract(recorded, text), "tide turned")
    assert quote.speaker == "Wilma Tresco" and quote.cue.text == "said"
    assert quote.text.startswith("The tide") and quote.text.rstrip(",.").endswith("waited")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Bank of Ostend said the pier would reopen in May.", "Bank of Ostend"),
        ("Bank of Ostend said the pier would reopen in May.", "Bank of Ostend"),
        ('"The pier will reopen in May," the Ministry of Harbours said.', "Ministry of Harbours"),
        ('"The pier will reopen in May," said Tom Morgan of Ostend.', "Tom Morgan"),
    ],
)
def test_a_body_named_with_of_keeps_its_whole_name(recorded, text, speaker):
    (quote,) = extract(recorded, text)
    assert quote.speaker == speaker


# --- issue 9: short quotations a verb of naming attributes (class 9) ---------------------


@pytest.mark.parametrize(
    "text, term, speaker, cue",
    [
        ('Senator Ann Paulsen called the bill "a disgrace" on Tuesday.', "a disgrace", "Ann Paulsen", "called"),
        ('Union leader Kara Holm branded the offer "an insult to every nurse".', "an insult", "Kara Holm", "branded"),
        ('Greg Tran likened the cuts to "burning the furniture to heat the house".', "burning", "Greg Tran", "likened"),
        ("Lena Berg dubbed her defence “the wall” after the final.", "the wall", "Lena Berg", "dubbed"),
        ('Mayor Tom Reyes described the plan as "reckless" and left the room.', "reckless", "Tom Reyes", "described"),
    ],
)
def test_a_term_a_verb_of_naming_gives_is_a_mixed_quotation_of_its_speaker(recorded, find_quote, text, term, speaker, cue):
    quote = find_quote(extract(recorded, text), term)
    assert (quote.kind, quote.speaker, quote.cue.text) == ("mixed", speaker, cue)


@pytest.mark.parametrize(
    "text, term, speaker",
    [
        ('Until last spring, under what Dr. Vellacott called "the borrowed-time plan," the Tamsk Rowing Club, a volunteer '
         "crew on the estuary, lent its boats to schools.", "borrowed-time plan", "Vellacott"),
        ('The bakery will teach its sourdough method to any school that asks, a decision owner Osric Ledwith called '
         '"the cheapest advert we have."', "cheapest advert", "Osric Ledwith"),
    ],
)
def test_a_term_a_verb_of_naming_gives_its_own_subject_is_not_a_cues_around_it(recorded, find_quote, text, term, speaker):
    """A verb of naming whose object a relative word or a relative clause took out (`what X called
    "…"`, `a move X called "…"`) gives the term to its own subject, not to a cue after the
    quotation or before it."""
    quote = find_quote(extract(recorded, text), term)
    assert (quote.kind, quote.speaker, quote.cue.text) == ("mixed", speaker, "called")


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "experts" were nowhere to be seen at the harbour.',
        'Ann Paulsen called for "immediate action" on the harbour.',
        'The council\'s "reset" has not gone well for the ferry.',
    ],
)
def test_a_term_no_verb_of_naming_gives_stays_a_scare_quote(recorded, text):
    assert extract(recorded, text) == []


# --- issue 9: page furniture and headlines are not people (class 7) ----------------------

FURNITURE_STORY = (
    "Harbour Town Mayor Vows To Rebuild The Pier Before Winter\n"
    "Mayor Ellen Brandt said on Tuesday that the storm had cost the town its pier.\n"
    '"We will rebuild it before the first frost," Brandt said.\n'
    "Story continues below advertisement\n"
    '"The ferries cannot wait another season."\n'
    'WATCH: "We lost everything in one night."\n'
    "READ MORE: Storm damage closes the harbour road\n"
)


def test_page_furniture_is_never_a_speaker(recorded, find_quote):
    quotes = extract(recorded, FURNITURE_STORY)
    assert all(q.speaker not in ("WATCH", "READ MORE", "Story") for q in quotes)
    assert find_quote(quotes, "We lost everything").speaker is None  # a caption: no one said it here


def test_a_quotation_after_an_advertisement_line_goes_on_with_the_speaker_before(recorded, find_quote):
    quote = find_quote(extract(recorded, FURNITURE_STORY), "The ferries cannot wait")
    assert (quote.speaker, quote.resolution) == ("Ellen Brandt", "continuation")


def test_capitalised_words_of_a_headline_name_no_one(recorded, find_quote):
    text = (
        "Ferry Union Corners Minister Over Harbour Cuts\n"
        "Transport Minister Jan Olsen met the ferry union on Monday.\n"
        '"We will not close a single route," said Olsen.\n'
    )
    assert find_quote(extract(recorded, text), "single route").speaker == "Jan Olsen"


def test_a_name_after_words_quoted_inside_a_sentence_is_not_their_speaker(recorded, find_quote):
    text = 'Opposition leader Marta Kells said the ministry had "forgotten" Lower Brindle.\n'
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "forgotten")
    assert quote.speaker == "Marta Kells"


def test_a_name_after_a_dash_signs_words_quoted_inside_a_sentence(recorded, find_quote):
    text = 'We asked readers about the old pier.\nAnd to me it will always be "a road to nowhere." ― Ada Morrow\n'
    assert find_quote(extract(recorded, text), "road to nowhere").speaker == "Ada Morrow"


def test_a_cue_in_the_next_sentence_is_not_for_words_quoted_inside_this_one(recorded, find_quote):
    text = (
        'Councillor Ines Dahl won the seat on a pledge to "fix every pothole by spring." '
        "Her opponent, Tomas Berg, said in a statement that the pledge had never been costed.\n"
    )
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "fix every pothole")
    assert quote.speaker != "Tomas Berg"  # her words (or nobody's, when no rule reaches her)


def test_the_noun_after_a_cue_that_follows_a_plain_comma_is_not_inverted_speaker(recorded, find_quote):
    text = (
        "Republicans were quiet. Sen. Carla Ostby-Vane (D-Ore.), who co-wrote the river bill with him, "
        'said the Senate would be "a duller, meaner place" without him.\n'
    )
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "duller, meaner place")
    assert quote.speaker == "Carla Ostby-Vane"


def test_a_name_after_a_quotation_in_a_headline_is_not_its_speaker(recorded):
    text = "Mayor Speaks 'Directly To The Fishermen' After Harbour Vote\nThe mayor met the fishermen on Monday.\n"
    assert all(q.speaker != "After Harbour Vote" for q in extract(recorded, text))


def test_page_furniture_lists_are_data(tmp_path):
    from quotex.lexicon import default_lexicon

    lexicon = default_lexicon()
    assert lexicon.has_furniture_label("WATCH: the storm") and lexicon.has_furniture_label("Read more: the pier")
    assert lexicon.is_furniture("Story continues below advertisement.")
    assert not lexicon.has_furniture_label("BRANDT: We will rebuild.")


# --- issue 9: transcripts and interviews without quotation marks (class 8) ---------------

INTERVIEW = (
    "Harbour engineer Lena Berg has rebuilt four piers on this coast. We asked her about the fifth.\n"
    "Q: Can the pier be rebuilt before winter?\n"
    "A: Only if the steel arrives in October. Everything else is ready.\n"
    "Q: What worries you most?\n"
    "A: The tides. We lose two hours a day to them.\n"
)
RADIO_TRANSCRIPT = (
    "Radio host Sam Ortiz spoke with Senator Maria Ward and fisherman Luis Diaz on Friday.\n"
    "HOST: What did the storm take from the town?\n"
    "DIAZ: The pier, the boats, and half the market.\n"
    "SEN. WARD: We will have the money for the pier by spring.\n"
    "WATCH: the full interview\n"
)


def test_the_answers_of_an_interview_are_the_interviewees_words(recorded):
    quotes = extract(recorded, INTERVIEW)
    assert [(q.text, q.kind, q.speaker, q.resolution) for q in quotes] == [
        ("Only if the steel arrives in October. Everything else is ready.", "direct", "Lena Berg", "transcript"),
        ("The tides. We lose two hours a day to them.", "direct", "Lena Berg", "transcript"),
    ]


def test_transcript_lines_are_the_words_of_the_speaker_their_label_names(recorded):
    quotes = extract(recorded, RADIO_TRANSCRIPT)
    assert [(q.text, q.speaker, q.resolution) for q in quotes] == [
        ("The pier, the boats, and half the market.", "Luis Diaz", "transcript"),
        ("We will have the money for the pier by spring.", "Maria Ward", "transcript"),
    ]


def test_the_interviewers_questions_only_when_asked_for(recorded):
    from quotex.attribution.statements import find_statements

    doc = recorded.nlp(INTERVIEW)
    quoted = [s for s in doc.spans.get("quotes", []) if s._.quotation is not None]
    statements = find_statements(doc, quoted, default_lexicon(), transcript_questions=True)
    assert [s.span.text for s in statements][:2] == ["Can the pier be rebuilt before winter?", "Only if the steel arrives in October. Everything else is ready."]


def test_one_labelled_line_is_no_transcript(recorded):
    text = "NOTE: The harbour office will be closed on Monday for repairs to the pier.\n"
    assert extract(recorded, text) == []


# --- issue 9: documents as sources, the finding side (class 2) ----------------------------

DOCUMENT_SOURCES = (
    "The Harbour Authority closed the pier on Monday. In a statement, the agency said: "
    '"The pier is not safe for the public."\n'
    'The statement continued: "Repairs will begin as soon as the tides allow."\n'
    'Mayor Ellen Brandt answered within the hour. Her statement said: "We were not consulted."\n'
    '"The structure has failed in three places," the report says.\n'
)


@pytest.mark.parametrize(
    "fragment, cue, mention",
    [
        ("not safe", "said", "the agency"),
        ("Repairs will begin", "continued", "The statement"),
        ("not consulted", "said", "Her statement"),
        ("failed in three places", "says", "the report"),
    ],
)
def test_a_document_that_speaks_gives_its_cue_and_mention(recorded, find_quote, fragment, cue, mention):
    """Who wrote it is the business of `people`; the attribution finds the words."""
    quote = find_quote(extract(recorded, DOCUMENT_SOURCES), fragment)
    assert (quote.kind, quote.cue.text, quote.speaker_mention.text) == ("direct", cue, mention)


def test_a_person_introduced_in_an_apposition_speaks_next(recorded, find_quote):
    text = (
        "Grace Mbeki opened the clinic in 2019. "
        "Her business partner at the clinic, Omar Haddad, called her a born organiser. "
        '"She found the money when the banks said no."\n'
    )
    assert find_quote(extract(recorded, text), "banks said no").speaker == "Omar Haddad"


def test_a_cue_in_a_relative_clause_is_no_statement_to_go_on_with(recorded, find_quote):
    text = (
        '"The pier can wait a year, but the harbour cannot," Mayor Ellen Brandt said at the fish market, '
        'where Governor Tom Reyes also spoke. "The boats need a harbour this winter."\n'
    )
    assert find_quote(extract(recorded, text), "boats need").speaker == "Ellen Brandt"


def test_a_quotation_after_the_name_of_a_show_goes_on_with_the_speaker(recorded, find_quote):
    text = (
        '"We will rebuild the pier before winter," Mayor Ellen Brandt said on the radio show "Harbour Mornings." '
        '"The tides will not stop us, and neither will the council."\n'
    )
    quote = find_quote(extract(recorded, text), "tides will not stop us")
    assert (quote.speaker, quote.resolution) == ("Ellen Brandt", "continuation")


def test_a_quotation_after_a_show_named_beside_a_new_person_is_theirs(recorded, find_quote):
    text = (
        '"The pier comes first," Mayor Ellen Brandt said on Monday.\n'
        'Nadia Petrova, who runs the shelter, was a guest on "Harbour Mornings" on Tuesday. '
        '"Housing comes before any pier in this town."\n'
    )
    assert find_quote(extract(recorded, text), "Housing comes before").speaker == "Nadia Petrova"


def test_the_interviewee_is_the_person_the_introduction_names_most(recorded):
    text = (
        "Mayor Ellen Brandt spent Monday at the harbour, where she spoke with reporter Tom Reyes. "
        "Brandt defended the budget, and Brandt mocked the council. This is the edited transcript.\n"
        "Q: Is the pier safe?\n"
        "A: Not yet. We closed it the day the storm hit.\n"
        "Q: When will it reopen?\n"
        "A: In spring, if the steel comes.\n"
    )
    assert {q.speaker for q in extract(recorded, text)} == {"Ellen Brandt"}


@pytest.mark.parametrize(
    "text",
    [
        'As Mayor Ellen Brandt put it on Monday, "no pier, no town, and no town without its boats."',
        '"No pier, no town, and no town without its boats," as Mayor Ellen Brandt put it on Monday.',
    ],
)
def test_put_it_is_a_cue(recorded, find_quote, text):
    quote = find_quote(extract(recorded, text), "no town without")
    assert (quote.speaker, quote.cue.text) == ("Ellen Brandt", "put it")


def test_a_transcript_label_of_a_surname_is_the_fuller_label_before_it(recorded):
    text = (
        "Video transcript:\n"
        "SAM ORTIZ: Why close the pier now?\n"
        "LUIS DIAZ: Because the pilings are gone. Nobody should walk on it.\n"
        "ORTIZ: And the boats?\n"
        "DIAZ: The boats can use the north quay until spring.\n"
    )
    speakers = [(q.speaker, q.speaker_mention.text) for q in extract(recorded, text)]
    assert speakers[1:] == [("LUIS DIAZ", "LUIS DIAZ"), ("SAM ORTIZ", "ORTIZ"), ("LUIS DIAZ", "DIAZ")]


def test_transcript_lines_without_marks_follow_the_transcript_rule(recorded):
    from quotex.attribution.statements import find_statements

    doc = recorded.nlp(RADIO_TRANSCRIPT)
    rules = [name for name in RULE_NAMES if name != "transcript"]
    assert find_statements(doc, [], default_lexicon(), rules=rules) == []


# --- issue 9: direct speakers, last pass on PolNeAR train ----------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ('The board approved what Ines Falk called "a fair deal" for the town.', "a fair deal"),
        ('The ferry, which Ines Falk called "a floating ruin," sailed on Monday.', "a floating ruin"),
    ],
)
def test_a_verb_of_naming_whose_object_stands_before_it_gives_the_term(recorded, find_quote, text, term):
    quote = find_quote(extract(recorded, text), term)
    assert (quote.kind, quote.speaker, quote.cue.text) == ("mixed", "Ines Falk", "called")


@pytest.mark.parametrize(
    "text",
    [
        'Ines Falk reached the hall late, telling the crowd, "We will not give up this pier."',
        'Ines Falk spoke for an hour, reminding the crowd, "We have been here before."',
    ],
)
def test_a_participle_cue_hung_from_the_quotation_takes_the_subject_of_the_clause_above(recorded, find_quote, text):
    quote = find_quote(extract(recorded, text), "We")
    assert (quote.speaker, quote.speaker_mention.text) == ("Ines Falk", "Ines Falk")


def test_a_document_that_speaks_is_the_one_its_issuer_just_released(recorded, find_quote):
    text = 'Ines Falk released a statement saying, "We will not give up this pier."'
    quote = find_quote(extract(recorded, text), "We will not")
    assert (quote.speaker, quote.speaker_mention.text, quote.resolution) == ("Ines Falk", "a statement", "document")


INVERTED_WITH_A_LONG_RELATIVE = (
    "The harbour board met on Monday.\n\n"
    '"We need one or two big ideas that are equal to the size of the storms we are facing," said Ines Falk, '
    "who served as harbour master during Mr. Reyes's first term yet backed his rival in the last election."
)


def test_the_name_right_after_an_inverted_cue_speaks_even_when_parsed_as_another_verbs_subject(recorded):
    quotes = extract(recorded, INVERTED_WITH_A_LONG_RELATIVE)
    assert [(q.kind, q.speaker, q.cue.text) for q in quotes] == [("direct", "Ines Falk", "said")]


@pytest.mark.parametrize(
    "text, cue",
    [
        ('Tom Reyes left early. "We were wrong to wait so long," Ines Falk shot back.', "shot back"),  # a cue verb with its particle
        ('Tom Reyes sat down. "Why would anyone build a pier there?" Ines Falk wondered aloud.', "wondered"),
        ('Tom Reyes sat down. "This is the best day of my life!" beamed Ines Falk.', "beamed"),
        ('Tom Reyes sat down. "The pier stays," Ines Falk, 58, fumed on Tuesday.', "fumed"),
    ],
)
def test_a_verb_of_manner_right_after_a_quotation_reports_it(recorded, text, cue):
    (quote,) = extract(recorded, text)
    assert (quote.speaker, quote.cue.text, quote.resolution) == ("Ines Falk", cue, "explicit")


@pytest.mark.parametrize(
    "second, mention, cue",
    [
        ('"Dear neighbour, our bakery shuts for the winter," the leaflet read.', "the leaflet", "read"),
        ('"We fight erosion on every coast," the islanders state in their annual report.', "the islanders", "state"),
    ],
)
def test_a_cue_read_as_a_noun_after_a_described_speaker_reports_the_quotation(recorded, second, mention, cue):
    """The tagger reads the cue as a noun of the phrase before it: the clause has no other verb,
    so the phrase speaks, and the quotation does not go on with the voice before."""
    first, quote = extract(recorded, '"We close the ferry office at noon," Tom Reyes said.\n\n' + second)
    assert first.speaker == "Tom Reyes"
    assert (quote.speaker_mention.text, quote.cue.text, quote.resolution) == (mention, cue, "unresolved")


@pytest.mark.parametrize(
    "second, speaker",
    [
        ('"The tide gates will hold," a lock keeper, whose brother had warned the board for years, told the Quillane Post.',
         "lock keeper"),
        ('"The tide gates will hold," Lena Ostrova, who wrote to the council last week, told the Quillane Post.', "Lena Ostrova"),
    ],
)
def test_the_verb_after_a_relative_clause_set_off_in_the_attribution_reports_the_quotation(recorded, second, speaker):
    """A cue inside the relative clause describes the speaker; `told` after it reports."""
    _, quote = extract(recorded, '"We close the ferry office at noon," Tom Reyes said.\n\n' + second)
    assert (quote.speaker, quote.cue.text, quote.resolution) == (speaker, "told", "explicit" if speaker == "Lena Ostrova" else "unresolved")


def test_no_cue_is_read_from_a_noun_phrase_with_no_noun_before_it(recorded):
    quotes = extract(recorded, '"We close the ferry office at noon," Tom Reyes said. "Dear neighbour," the final report.')
    assert all(q.cue is None or q.cue.text != "report" for q in quotes)


def test_a_new_sentence_about_someone_else_after_a_question_reports_nothing(recorded):
    (quote,) = extract(recorded, 'Tom Reyes sat down. "Why now?" The crowd went home.')
    assert quote.cue is None and quote.speaker != "crowd"


@pytest.mark.parametrize(
    "text",
    [
        'In "harbour madness," Ines Falk strives for a seat on the board.',
        'Tom Reyes hopes to win "the whole coast, right up to Port Ellis," which votes in June.',
    ],
)
def test_no_verb_of_manner_reports_a_term_or_from_a_relative_clause(recorded, text):
    assert all(q.cue is None or q.cue.text not in ("strives", "votes") for q in extract(recorded, text))


def test_a_quotation_closed_by_a_full_stop_keeps_the_cue_before_it(recorded, find_quote):
    text = (
        'Speaking on the radio on Tuesday, Ines Falk said, "I never said the town would pay for the pier." '
        "Asked if she had changed her mind, she was silent."
    )
    quote = find_quote(extract(recorded, text), "never said")
    assert (quote.speaker, quote.speaker_mention.text, quote.cue.text) == ("Ines Falk", "Ines Falk", "said")


def test_a_cue_joined_to_a_quoted_complement_shares_the_subject_of_the_cue_above(recorded, find_quote):
    text = (
        'Ines Falk said the board immediately "went into emergency mode to find out what was happening '
        'to the pier" and said the ferry was always safe.'
    )
    quote = find_quote(extract(recorded, text), "the ferry was always safe")
    assert (quote.kind, quote.speaker, quote.speaker_mention.text) == ("indirect", "Ines Falk", "Ines Falk")


def test_a_cue_joined_to_a_passive_verb_shares_its_subject(recorded, find_quote):
    text = (
        "As the crowd began to chant, Ines Falk was joined on stage again by Mayor Tom Reyes and joked, "
        '"Harbour people, you are being ridiculous," drawing loud cheers.'
    )
    quote = find_quote(extract(recorded, text), "Harbour people")
    assert (quote.speaker, quote.cue.text) == ("Ines Falk", "joked")


FUMED = (
    "Council crews removed the painted bins from the pavement on Monday.\n\n"
    'Maelle Dunsforth fumed: "They took my bins without a word to anyone."\n\n'
    'Her neighbour, Ruaridh Trethowan, raged that the crews had "no business" on the street.'
)


def test_verbs_of_anger_report_speech(recorded, find_quote):
    """Popular papers report with verbs of anger (`fumed:`, `raged that`): the verb is the cue."""
    quotes = extract(recorded, FUMED)
    direct = find_quote(quotes, "without a word")
    assert (direct.speaker, direct.cue) == ("Maelle Dunsforth", at(FUMED, "fumed"))
    reported = next(q for q in quotes if q.kind == "indirect")
    assert reported.text == 'the crews had "no business" on the street'
    assert (reported.speaker, reported.cue) == ("Ruaridh Trethowan", at(FUMED, "raged"))


@pytest.mark.parametrize(
    "sentence, cried, crier, cue",
    [
        ('"The levy stays," she said, to cries of "Not one more!" from the far end of the room.', "Not one more!", None, "cries"),
        ('"The ferry will run all winter," he said, to shouts of "Not one more!" from Odile Holtfelder.',
         "Not one more!", "odile holtfelder", "shouts"),
        ('"The levy stays," she said, to cries of "Scrap it!" from the residents.', "Scrap it!", "residents", "cries"),
        ('Protesters outside the depot answered with chants of "Keep it open!" as the buses left.',
         "Keep it open!", "protesters outside the depot", "chants"),
        ('The minister was met with cries of "Resign!" at the gate.', "Resign!", None, "cries"),
        ('The organiser stirred the hall to loud chants of "Build it now!" before the vote.', "Build it now!", "hall", "chants"),
        ('The mayor spoke to shouts of "Shame on you!" and left early.', "Shame on you!", None, "shouts"),
    ],
)
def test_words_cried_after_a_noun_of_crying_out(recorded, find_quote, sentence, cried, crier, cue):
    # Whoever `from` names cries them when it names people (a place it names says where the
    # cry came from), or the subject of an act done with them; not the speaker of a cue around
    # them, and a passive act names who heard them.
    quote = find_quote(extract(recorded, sentence), cried)
    assert quote.text == cried
    assert (quote.speaker or "").lower() == (crier or "")
    assert quote.cue is not None and quote.cue.text == cue


@pytest.mark.parametrize(
    "sentence, cried, crier, cue",
    [
        ('About 300 fishermen marched to the harbour office, chanting "Save Kessock."', "Save Kessock.",
         "about 300 fishermen", "chanting"),
        ('When a man near the stage shouted, "Morwen," the speaker smiled.', "Morwen,", "man near the stage", "shouted"),
        ('The crowd in the hall began to chant "Down with Tolls."', "Down with Tolls.", "crowd in the hall", "chant"),
    ],
)
def test_words_a_verb_of_crying_out_takes_are_cried_not_a_title(recorded, find_quote, sentence, cried, crier, cue):
    # A name or words in title case after `chanting`, `shouted,` are a chant or a cry, of the
    # verb's subject (of the verb it hangs from for a participle or an infinitive).
    quote = find_quote(extract(recorded, sentence), cried)
    assert quote.text == cried and quote.kind == "direct"
    assert (quote.speaker or "").lower() == crier
    assert quote.cue is not None and quote.cue.text == cue


def test_object_of_a_cue_after_a_set_off_description_is_the_listener(recorded, find_quote):
    # The parser hangs the name on words in the quotation; after the description's comma the
    # noun that follows the cue is who listened, not a subject in inverted order.
    text = ('"That was a fine speech you gave last night, Madam Mayor," Councillor Edwina Thorlby, '
            "Liberal of Eastmoor, told the mayor as she stopped to shake hands at the door.")
    quote = find_quote(extract(recorded, text), "fine speech")
    assert quote.speaker == "Edwina Thorlby"
    assert quote.cue is not None and quote.cue.text == "told"
