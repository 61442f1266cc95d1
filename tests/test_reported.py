"""Reported speech: indirect statements, `according to`, organisations as speakers."""

from __future__ import annotations

import pytest
from conftest import extract_checked, quote_with


def indirect(recorded, text: str) -> list:
    return [q for q in extract_checked(recorded, text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    "text, content, speaker, cue",
    [
        ("Mayor Ellen Brandt said that the pier would reopen in spring.", "the pier would reopen in spring", "Ellen Brandt", "said"),
        ("The pier would reopen in spring, Mayor Ellen Brandt declared.", "The pier would reopen in spring", "Ellen Brandt", "declared"),
        ("Mayor Ellen Brandt told reporters the pier would reopen in spring.", "the pier would reopen in spring", "Ellen Brandt", "told reporters"),
        ("Mayor Ellen Brandt pointed out that the pier had never closed before.", "the pier had never closed before", "Ellen Brandt", "pointed out"),
        ("Mayor Ellen Brandt announced that the ferry would run twice a day.", "the ferry would run twice a day", "Ellen Brandt", "announced"),
    ],
)
def test_content_clause_of_a_communication_verb(recorded, text, content, speaker, cue) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content
    assert statement.speaker == speaker
    assert statement.cue.text == cue


@pytest.mark.parametrize("verb", ["confided", "speculated", "hinted", "professed", "forecast", "opined"])
def test_less_common_verbs_of_communication(recorded, verb) -> None:
    (statement,) = indirect(recorded, f"Mayor Ellen Brandt {verb} that the ferry would run twice a day.")
    assert (statement.text, statement.cue.text) == ("the ferry would run twice a day", verb)


@pytest.mark.parametrize(
    "text, content",
    [
        ("According to Mayor Ellen Brandt, the pier will reopen in spring.", "the pier will reopen in spring"),
        ("The pier will reopen in spring, according to Mayor Ellen Brandt.", "The pier will reopen in spring"),
    ],
)
def test_according_to(recorded, text, content) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content
    assert statement.speaker == "Ellen Brandt"
    assert statement.cue.text.lower() == "according to"


def test_participle_carries_a_statement_of_the_same_speaker(recorded) -> None:
    text = "Mayor Ellen Brandt said the pier was safe, adding that the ferry would resume in May."
    statements = indirect(recorded, text)
    added = quote_with(statements, "ferry would resume")
    assert added.speaker == "Ellen Brandt"
    assert added.cue.text == "adding"


def test_reported_speech_in_a_headline(recorded) -> None:
    (statement,) = indirect(recorded, "Harbour Will Reopen Before Winter, Brandt Says")
    assert statement.text == "Harbour Will Reopen Before Winter"
    assert statement.speaker == "Brandt"


@pytest.mark.parametrize(
    "text, parts",
    [
        ("The new pier, Mayor Ellen Brandt said, will stand for a hundred years.", ["The new pier", "will stand for a hundred years"]),
        ("Too often, Mayor Ellen Brandt said, the ferry leaves without its passengers.", ["Too often", "the ferry leaves without its passengers"]),
    ],
)
def test_parenthetical_cue_reports_both_parts_of_the_clause_it_cuts(recorded, text, parts) -> None:
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == parts
    assert {s.speaker for s in statements} == {"Ellen Brandt"}
    assert len({s.cue.start for s in statements}) == 1


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("As the newspaper reported on Monday, the pier will close in May.", "the pier will close in May", "newspaper"),
        ("As reported by the Harbour Gazette, the pier will close in May.", "the pier will close in May", "Harbour Gazette"),
        ("The pier will close in May, as the mayor announced on Monday.", "The pier will close in May", "mayor"),
    ],
)
def test_as_x_reported_attributes_the_clause_it_stands_in(recorded, text, content, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text",
    ["The pier closed in May, as the mayor said it would.", "The harbour rules, as they are currently written, forbid night ferries."],
)
def test_as_clauses_that_report_nothing(recorded, text) -> None:
    assert indirect(recorded, text) == []


@pytest.mark.parametrize("opening", ["Yet", "And yet", "But"])
def test_a_conjunction_before_the_attribution_is_not_a_part_of_the_statement(recorded, opening) -> None:
    statements = indirect(recorded, f"{opening}, as the mayor noted, the pier has never closed in winter.")
    assert [s.text for s in statements] == ["the pier has never closed in winter"]


def test_as_x_told_a_listener(recorded) -> None:
    (statement,) = indirect(recorded, "As the mayor told reporters on Monday, the pier will close in May.")
    assert (statement.text, statement.speaker) == ("the pier will close in May", "mayor")


def test_an_as_clause_of_speaking_without_content_tells_when(recorded) -> None:
    assert indirect(recorded, "As the mayor spoke, the crowd left the harbour in silence.") == []


def test_an_attribution_hung_from_another_is_no_part_of_a_statement(recorded) -> None:
    statements = indirect(recorded, "The ferry will stop in May, the council said, the mayor added.")
    assert [s.text for s in statements] == ["The ferry will stop in May"]


def test_an_interrupted_clause_that_goes_on_in_quotation_marks_is_one_quotation(recorded) -> None:
    quotes = recorded.extract('The pier, the mayor said, "will stand for a hundred years."')
    assert [q.kind for q in quotes] == ["direct"]


def test_a_clause_before_an_attribution_and_a_quotation_is_a_statement_of_its_own(recorded) -> None:
    quotes = recorded.extract('Most of the pilots were tired, the mayor said, and "the ferry was late again."')
    assert [(q.kind == "indirect", q.text) for q in quotes] == [
        (True, "Most of the pilots were tired"),
        (False, "the ferry was late again."),
    ]


def test_content_clause_the_parser_hangs_from_the_listener(recorded) -> None:
    text = "Mayor Ellen Brandt told a meeting of harbour pilots that few people knew the bay better than they did."
    (statement,) = indirect(recorded, text)
    assert statement.text == "few people knew the bay better than they did"
    assert statement.speaker == "Ellen Brandt"


@pytest.mark.parametrize(
    "text",
    [
        "The operator, Tarrow Ferries, said in a statement that the route had lost money for years.",
        "Mayor Ellen Brandt wrote in a letter to residents that the pier would close in May.",
    ],
)
def test_content_clause_the_parser_hangs_from_the_occasion(recorded, text) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text.startswith(("the route", "the pier"))


def test_a_relative_clause_of_the_occasion_is_no_content(recorded) -> None:
    text = "Mayor Ellen Brandt spoke at a meeting that lasted until midnight."
    assert indirect(recorded, text) == []


def test_the_denial_of_a_report_is_not_the_report(recorded) -> None:
    assert indirect(recorded, "Mayor Ellen Brandt denied reports that the pier would close in May.") == []


def test_that_clause_of_the_object_noun(recorded) -> None:
    text = "Mayor Ellen Brandt repeated her message that the harbour needs more pilots."
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == ("the harbour needs more pilots", "Ellen Brandt")


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Ferry fares to double in May, council says", "Ferry fares to double in May", "council"),
        ("No ferry before winter, the mayor says.", "No ferry before winter", "mayor"),
    ],
)
def test_a_sentence_ending_with_its_attribution_reports_what_precedes_it(recorded, text, content, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (content, speaker)


@pytest.mark.parametrize("text", ["After the long meeting in the town hall, the mayor spoke.", "Yesterday, the mayor said."])
def test_a_circumstance_before_the_attribution_is_no_statement(recorded, text) -> None:
    assert indirect(recorded, text) == []


def test_two_statements_in_one_sentence(recorded) -> None:
    text = "Six in ten pilots said the pier was safe; forty percent said the ferry was too old."
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == ["the pier was safe", "the ferry was too old"]


def test_according_to_inside_the_clause_reports_both_parts(recorded) -> None:
    statements = indirect(recorded, "Ferry traffic, according to the harbour authority, has doubled since May.")
    assert [s.text for s in statements] == ["Ferry traffic", "has doubled since May"]
    assert {s.speaker for s in statements} == {"harbour authority"}


@pytest.mark.parametrize(
    "text",
    [
        "The pier will reopen in spring, according to a person familiar with the plans.",
        "The pier will reopen in spring, according to three people briefed on the talks.",
        "The pier will reopen in spring, according to members of the harbour council.",
    ],
)
def test_according_to_people_described_not_named(recorded, text) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == "The pier will reopen in spring"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The Harbour Authority said that the pier would reopen in spring.", "Harbour Authority"),
        ("According to the coast guard, the ferry was never in danger.", "coast guard"),
    ],
)
def test_organisations_speak(recorded, text, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.speaker == speaker


def test_pronouns_and_descriptors_resolve_as_for_quotations(recorded) -> None:
    text = (
        "Harbour Mayor Ellen Brandt opened the session on Monday. "
        "The mayor said that the pier was safe. She added that the ferry would resume in May."
    )
    statements = indirect(recorded, text)
    assert [s.speaker for s in statements] == ["Ellen Brandt", "Ellen Brandt"]
    assert [s.resolution for s in statements] == ["descriptor", "pronoun"]


@pytest.mark.parametrize(
    "text",
    [
        "According to the final figures of the election board, the mayor won 61% of the vote.",
        "According to the latest poll, the mayor leads by ten points.",
        "The mayor declined to answer whether the pier would reopen.",
        "The mayor believes that the pier will reopen in spring.",
        "Reporters asked if the pier would reopen in spring.",
    ],
)
def test_figures_beliefs_and_questions_are_not_statements(recorded, text) -> None:
    assert indirect(recorded, text) == []


def test_a_quotation_inside_the_reported_clause_is_mixed_not_indirect(recorded) -> None:
    quotes = recorded.extract('Mayor Ellen Brandt said that the pier "will stand for a hundred years and more."')
    assert [q.kind for q in quotes] == ["mixed"]


def test_a_direct_quotation_after_an_indirect_statement_keeps_its_own_row(recorded) -> None:
    text = 'Mayor Ellen Brandt said that the pier was safe. "We checked every beam twice," she added.'
    quotes = recorded.extract(text)
    assert [(q.kind, q.speaker) for q in quotes] == [("indirect", "Ellen Brandt"), ("direct", "Ellen Brandt")]


def test_statements_of_one_kind_never_overlap(recorded) -> None:
    # The council's statement stands inside the mayor's: it is reported once, as part of hers.
    text = (
        "Mayor Ellen Brandt said the council had told her that the pier would reopen in spring. "
        "The harbour master said the ferry would run all winter."
    )
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == [
        "the council had told her that the pier would reopen in spring",
        "the ferry would run all winter",
    ]
    for first, second in zip(statements, statements[1:], strict=False):
        assert first.end <= second.start


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Mayor Ellen Brandt vowed to rebuild the pier before winter.", "to rebuild the pier before winter", "Ellen Brandt"),
        ("The harbour council urged the mayor to rebuild the pier.", "to rebuild the pier", "harbour council"),
    ],
)
def test_infinitive_of_a_promise_or_a_request(recorded, text, content, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (content, speaker)


def test_an_infinitive_after_other_verbs_is_no_statement(recorded) -> None:
    assert indirect(recorded, "Mayor Ellen Brandt continued to push for a new pier.") == []


def test_a_clause_the_parser_hung_from_the_cue_as_an_adverbial(recorded) -> None:
    (statement,) = indirect(recorded, "Mayor Ellen Brandt said after the vote she would not run again.")
    assert "she would not run again" in statement.text and statement.speaker == "Ellen Brandt"


@pytest.mark.parametrize("text", ["The mayor said it when she left the hall.", "The mayor spoke when the ferry left."])
def test_a_circumstance_is_not_what_was_said(recorded, text) -> None:
    assert indirect(recorded, text) == []


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The ferry captain, Maren Holt, said the engines had been repaired, but that the crossing would stay closed.",
         "the engines had been repaired", "the crossing would stay closed"),
        ("Maren Holt said the engines had been repaired and that the crossing would stay closed until May.",
         "the engines had been repaired", "the crossing would stay closed until May"),
        ("The coach said four players had been rested for the cup tie, and that the captain had asked to play.",
         "four players had been rested for the cup tie", "the captain had asked to play"),
        ("The council said it would review the survey but that parking was a matter for residents.",
         "it would review the survey", "parking was a matter for residents"),
        # the parser hangs the second clause from a word inside the first (`pay`, `agree`)
        ("A harbour spokesman, Olav Brekke, said the board had offered to pay the divers in two instalments and that the divers had refused the offer.",
         "the board had offered to pay the divers in two instalments", "the divers had refused the offer"),
        ("He said two wells had been abandoned because the villages could not agree on a site, and that the firm would repay the money.",
         "two wells had been abandoned because the villages could not agree on a site", "the firm would repay the money"),
    ],
)
def test_a_second_content_clause_with_its_own_that_is_a_second_statement(recorded, text, first, second) -> None:
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == [first, second]
    assert statements[0].speaker == statements[1].speaker
    assert statements[0].cue.start == statements[1].cue.start


@pytest.mark.parametrize(
    "text, content",
    [
        ("Maren Holt said in a radio interview that the harbour had been dredged and announced a week of free crossings.",
         "the harbour had been dredged"),
        ('A nurses\' representative, Pavel Rusu, said staff had not been told and called the decision "an insult".',
         "staff had not been told"),
        ("The port authority said it was studying the plans but did not say when the berth would open.",
         "it was studying the plans"),
        # a modal takes a bare verb: a verb with a tense's ending after it is the speaker's
        ("The rowing club said it would appeal the fine and urged its members to stay calm.",
         "it would appeal the fine"),
        ("A spokesman for the ferry line said it would study the report and declined to comment further.",
         "it would study the report"),
    ],
)
def test_the_speakers_next_action_ends_the_statement(recorded, text, content) -> None:
    statements = indirect(recorded, text)
    assert statements[0].text == content


def test_a_cue_with_a_clause_of_its_own_joined_to_the_content_ends_it(recorded) -> None:
    text = "The steward Wenna Varnbrook said the porter opened the gate but told the driver the yard was closed."
    statements = indirect(recorded, text)
    assert statements[0].text == "the porter opened the gate"
    assert [s.text for s in statements[1:]] == ["the yard was closed"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Maren Holt said the ship had sunk and killed two crew.", "the ship had sunk and killed two crew"),
        # `cut` may be bare, so it may share the modal
        ("The bakery chain said it would close nine shops by June and cut about 300 jobs.",
         "it would close nine shops by June and cut about 300 jobs"),
        # its own auxiliary, but the clause's again (`had … and had …`): what was said goes on
        ("The ferry captain said he had sailed the route for 30 years and had never once lost a passenger.",
         "he had sailed the route for 30 years and had never once lost a passenger"),
        # a past perfect of its own is the reported tense: the speaker's next action is told in the past
        ("The bakery's owner, Isolde Vantreck, said the shop was weighing a move and had not given up hope of staying on the quay.",
         "the shop was weighing a move and had not given up hope of staying on the quay"),
    ],
)
def test_a_verb_that_shares_the_clauses_auxiliary_is_part_of_it(recorded, text, content) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content


def test_a_that_clause_hung_from_the_occasion_of_telling(recorded) -> None:
    (statement,) = indirect(recorded, "Halvorsen told investors on a conference call that the new plant would open in June.")
    assert (statement.text, statement.speaker) == ("the new plant would open in June", "Halvorsen")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board has agreed to sell the old pier for a million pounds.",
        "A council officer, who asked not to be identified, said the bridge was unsafe.",
    ],
)
def test_a_deal_or_a_request_for_anonymity_is_no_statement(recorded, text) -> None:
    assert [s.text for s in indirect(recorded, text) if "identified" in s.text or "pier" in s.text] == []


@pytest.mark.parametrize(
    "text",
    [
        'Maren Holt lost her home in the storm. "The water came through the ceiling. I had to switch off the heating '
        'and we slept in the hall," she said, her voice breaking.',
        'The jury heard from the tenant. "The damp was everywhere and my son got sick," she said, her eyes filling with tears.',
    ],
)
def test_an_absolute_phrase_after_the_attribution_is_no_statement(recorded, text) -> None:
    assert indirect(recorded, text) == []


def test_according_to_a_document_is_its_authors_statement(recorded) -> None:
    text = "Ferry fares in the region have risen by a third since 2020, according to a report published on Monday by the Coastal Transport Board."
    (statement,) = indirect(recorded, text)
    assert statement.text == "Ferry fares in the region have risen by a third since 2020"
    assert statement.speaker == "Coastal Transport Board"


def test_a_participle_after_the_attribution_is_what_the_speaker_did_not_said(recorded) -> None:
    text = '"That is not my call. Ask the owner," he said, nodding to the back of the room, where the manager stood.'
    assert indirect(recorded, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Asked what went wrong in the final minutes, coach Dara Quist said his players had stopped moving.",
        "Coach Dara Quist would not say when the new stand would be ready.",
        "Coach Dara Quist did not say that the new stand would be ready.",
    ],
)
def test_questions_and_what_was_not_said_are_no_statements(recorded, text) -> None:
    assert [s.text for s in indirect(recorded, text)] in ([], ["his players had stopped moving"])


def test_a_second_speaker_inside_the_content_ends_it(recorded) -> None:
    text = "Norland says the old channel marks the border, while Estmark says the line should follow the survey."
    assert [(s.speaker, s.text) for s in indirect(recorded, text)] == [
        ("Norland", "the old channel marks the border"),
        ("Estmark", "the line should follow the survey"),
    ]


@pytest.mark.parametrize("after", ["", "\n", "\n\nThe depot reopened on Tuesday.\n"])
def test_a_sentence_ending_with_its_attribution_at_the_end_of_a_paragraph(recorded, after) -> None:
    text = "Only 212 of the company's 2,400 buses ran on Monday, officials said." + after
    statements = [s for s in indirect(recorded, text) if s.text.startswith("Only")]
    assert [(s.text, s.speaker) for s in statements] == [("Only 212 of the company's 2,400 buses ran on Monday", "officials")]


def test_a_statement_ending_in_a_quotation_keeps_its_closing_mark(recorded) -> None:
    statement = next(s for s in indirect(recorded, 'Analyst Tom Becker wrote in a note that the cut was "overdue".'))
    assert statement.text == 'the cut was "overdue"'


@pytest.mark.parametrize(
    "text, content",
    [
        ("Cargo volumes at Tessamby harbour were down about 12%, the port authority said on Monday.",
         "Cargo volumes at Tessamby harbour were down about 12%"),
        ("Port director Ilse Varnow said tonnage rose by 7%.", "tonnage rose by 7%"),
    ],
)
def test_a_statement_ending_in_a_figure_keeps_its_percent_sign(recorded, text, content) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content


@pytest.mark.parametrize(
    "text, content",
    [
        ('Port director Ilse Varnow said the new cranes were "slow to arrive."', 'the new cranes were "slow to arrive."'),
        ('Port director Ilse Varnow said the quarter was "quiet" and that the crews were rested.', 'the quarter was "quiet"'),
    ],
)
def test_a_statement_that_opens_a_quotation_ends_after_its_closing_mark(recorded, text, content) -> None:
    """The parser leaves the closing mark (or the stop and the mark) out of the clause: the
    statement still takes them, never a quotation opened and not closed."""
    statement = next(s for s in indirect(recorded, text) if s.text.startswith("the"))
    assert statement.text == content


# --- issue 25, class 9: reported speech that is not a statement ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Not everyone agrees that the closure will save money for the harbour district.",
        "Few doubt that the terminal has lost passengers for a decade.",
        "No one said that the vote on the ferry timetable was unfair.",
        "That said, the terminal still carries four hundred cars a day.",
        "Having said that, the council has promised a new bus route to the islands.",
        "Needless to say, the fishermen were not consulted about the timetable.",
        "That would suggest that the terminal was never profitable at all.",
    ],
)
def test_no_one_reports_anything(recorded, text) -> None:
    assert indirect(recorded, text) == []


def test_a_reply_shot_back_is_reported(recorded) -> None:
    (statement,) = indirect(recorded, "Mayor Orla Brennick shot back that the council had ignored the fishermen for years.")
    assert (statement.text, statement.speaker, statement.cue.text) == (
        "the council had ignored the fishermen for years", "Orla Brennick", "shot back")


def test_an_idiom_inside_a_statement_reports_nothing_of_its_own(recorded) -> None:
    (statement,) = indirect(recorded, "The plan is, so to speak, a bridge to nowhere, said ferry captain Ivo Laszlo.")
    assert (statement.speaker, statement.cue.text) == ("Ivo Laszlo", "said")


def test_a_relative_that_names_what_it_hangs_from(recorded) -> None:
    text = ("The Lakeside Fishermen's Union responded on Friday by releasing a statement that said "
            "the council had hidden the accounts.")
    (statement,) = indirect(recorded, text)
    assert statement.text == "the council had hidden the accounts"
    assert statement.speaker_mention.text == "The Lakeside Fishermen's Union"


def test_a_demonstrative_is_never_the_speaker_of_the_words_it_points_to(recorded) -> None:
    text = '"It is a betrayal of the islands." That\'s the view of harbour master Ana Pike.'
    (quote,) = extract_checked(recorded, text)
    assert (quote.text, quote.speaker) == ("It is a betrayal of the islands.", "Ana Pike")


def test_who_after_a_word_for_no_one_names_the_person_it_hangs_from(recorded) -> None:
    text = ("The plan is dead in the water. That's the view of harbour master Eli Ford, who said the money "
            "would be better spent on the pier.")
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == ("the money would be better spent on the pier", "Eli Ford")


POSTAL = (
    "The postal bill cleared its first vote on Tuesday.\n\n"
    "Criticism also came from Sen. Tarquin Vollrath-Ebube (D-Wash.), who said the agency had not "
    "consulted anyone.\n\n"
    "Opposition was voiced by Rep. Anselma Quirante-Hodd (R-Wyo.), who said the savings were imaginary.\n"
)


@pytest.mark.parametrize(
    "content, speaker",
    [
        ("the agency had not consulted anyone", "Tarquin Vollrath-Ebube"),
        ("the savings were imaginary", "Anselma Quirante-Hodd"),
    ],
)
def test_who_after_a_bracketed_party_tag_names_the_person_before_the_bracket(recorded, content, speaker) -> None:
    """`Opposition was voiced by Rep. X (R-Wyo.), who said …`: the bracket leads the parser to hang
    the relative clause from the sentence's subject; `who` is still the named member."""
    (statement,) = [s for s in indirect(recorded, POSTAL) if s.text == content]
    assert statement.speaker == speaker


@pytest.mark.parametrize(
    "text, content, mention",
    [
        ("Mayor Ana Ruiz accused the harbour board of hiding the plans.", "the harbour board of hiding the plans", "Mayor Ana Ruiz"),
        ("The Lakeside Fishermen's Union hit back on Friday, releasing a statement that accused the council of "
         "ignoring the fleet.", "the council of ignoring the fleet", "The Lakeside Fishermen's Union"),
    ],
)
def test_an_accusation_reports_the_one_charged_and_the_charge(recorded, text, content, mention) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker_mention.text) == (content, mention)


@pytest.mark.parametrize("text", ["Mayor Ana Ruiz was accused of hiding the plans.", "Mayor Ana Ruiz accused the harbour board."])
def test_an_accusation_without_its_accuser_or_its_charge_reports_nothing(recorded, text) -> None:
    assert indirect(recorded, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The old tailor still charges pensioners what they can pay.",
        "At 80, the cobbler will mend a boot for a child and charge only what the parents can afford.",
    ],
)
def test_a_clause_whose_what_is_its_object_states_nothing(recorded, text) -> None:
    assert indirect(recorded, text) == []


def test_a_relative_before_the_cue_is_what_the_statement_is_about(recorded) -> None:
    (statement,) = indirect(recorded, "The council bought new lamps, which it says will save money every winter.")
    assert statement.text.endswith("will save money every winter")


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The ferry company has asked the harbour board to delay the vote, its chairman Piet Vos said.",
         "The ferry company has asked the harbour board to delay the vote", "Piet Vos"),
        ("Mayor Ellen Brandt said the council would urge residents to save water this summer.",
         "the council would urge residents to save water this summer", "Ellen Brandt"),
    ],
)
def test_a_request_reported_inside_a_statement_is_part_of_it(recorded, text, content, speaker) -> None:
    # Whichever cue comes first, what someone is said to have asked belongs to the one who says so.
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (content, speaker)


def test_a_condition_in_the_occasion_of_speaking_is_not_what_was_said(recorded) -> None:
    text = "A harbour official, who spoke on the condition that he not be named, said the dredging had stopped."
    assert [s.text for s in indirect(recorded, text)] == ["the dredging had stopped"]


@pytest.mark.parametrize(
    "text, first, second",
    [
        # a free relative or a question inside the first clause states nothing the `that` could join
        ("The mayor said the ticket price did not reflect what most families paid and that discounts for pensioners had lowered it.",
         "the ticket price did not reflect what most families paid", "discounts for pensioners had lowered it"),
        ("The manager said the ward was used to check whether patients were still fit for surgery and that it was normal practice across the county.",
         "the ward was used to check whether patients were still fit for surgery", "it was normal practice across the county"),
        # nor does an infinitive, which has no tense of its own
        ("The engineer said the agency expected most towns to qualify for a grant and that the deadline could be moved.",
         "the agency expected most towns to qualify for a grant", "the deadline could be moved"),
        # the parser hangs the second clause from the cue itself
        ("Marlow said she would not, but that she would ask the county to pay a larger share.",
         "she would not", "she would ask the county to pay a larger share"),
        ("The deputy mayor said it would, and that a new bus would be bought next year.",
         "it would", "a new bus would be bought next year"),
    ],
)
def test_a_second_that_clause_goes_with_the_cue_past_a_clause_that_states_nothing(recorded, text, first, second) -> None:
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == [first, second]
    assert statements[0].cue.start == statements[1].cue.start


@pytest.mark.parametrize(
    "text, parts",
    [
        ("The storm would close the pier for a week, she added, and neither ferry company had yet found a way to reroute its boats.",
         ["The storm would close the pier for a week", "neither ferry company had yet found a way to reroute its boats"]),
        ("The fisherman had lost his boat in the flood, Marlow said, and had been living with his sister since the spring.",
         ["The fisherman had lost his boat in the flood", "had been living with his sister since the spring"]),
        ("Sales of the own brand grew by a fifth, she said, and now account for a third of the total.",
         ["Sales of the own brand grew by a fifth", "now account for a third of the total"]),
        ("There is enough water for now, the utility said, but it may ask customers to save water later this week.",
         ["There is enough water for now", "it may ask customers to save water later this week"]),
    ],
)
def test_what_was_said_goes_on_after_an_attribution_in_mid_sentence(recorded, text, parts) -> None:
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == parts
    assert len({s.cue.start for s in statements}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the narrative's tense, or a pronoun that may be the speaker doing something next
        "The pier would reopen in May, the mayor said, and the crowd cheered.",
        "The pier would reopen in May, the mayor said, and she had left before the vote.",
        # what follows an inverted attribution may describe its speaker
        '"Now is the time to act," said Ola Brenner, who ran the club from 1995 to 1997, and has backed the mayor since 2008.',
    ],
)
def test_the_narrative_after_an_attribution_in_mid_sentence_is_not_what_was_said(recorded, text) -> None:
    assert [s.text for s in indirect(recorded, text)] in ([], ["The pier would reopen in May"])


def test_another_attribution_after_one_in_mid_sentence_is_its_own_statement(recorded) -> None:
    text = "The pier would reopen in May, the mayor said, and her deputy added that the ferry would run twice a day."
    statements = indirect(recorded, text)
    assert [(s.text, s.cue.text) for s in statements] == [("The pier would reopen in May", "said"), ("the ferry would run twice a day", "added")]


@pytest.mark.parametrize(
    "text, content",
    [
        ("She said her union would back a cap on fees for students in the north, a position the college board has opposed, according to council minutes.",
         "her union would back a cap on fees for students in the north"),
        ("The mayor said the council would sell the old depot to a builder, a move that surprised many residents.",
         "the council would sell the old depot to a builder"),
        ("The mayor resigned on Monday, hours after the council announced it would not build the new bridge, exposing a rift within the party over transport.",
         "it would not build the new bridge"),
    ],
)
def test_the_writers_comment_after_the_content_is_not_what_was_said(recorded, text, content) -> None:
    assert [s.text for s in indirect(recorded, text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        # an apposition to a noun inside the content, and a participle of how, are part of it
        "The mayor said the council had hired Ola Brenner, a lawyer who once worked for the port.",
        "The ferry line said its new engines had cut fuel use, reducing costs by a third over the winter.",
    ],
)
def test_an_apposition_or_a_participle_of_the_content_stays_in_it(recorded, text) -> None:
    (statement,) = indirect(recorded, text)
    assert text.rstrip(".").endswith(statement.text)


def test_a_copula_left_without_its_complement_is_completed_after_the_attribution(recorded) -> None:
    statements = indirect(recorded, "It is also, the painter told me after the opening, a matter of money.")
    assert [s.text for s in statements] == ["It is also", "a matter of money"]
    assert len({s.cue.start for s in statements}) == 1


def test_content_before_a_cue_the_parser_joined_to_it_as_a_second_verb(recorded) -> None:
    text = "Strong winds had brought down trees across the east of the county, the rail operator, Northline, said in a post on its website."
    (statement,) = indirect(recorded, text)
    assert statement.text == "Strong winds had brought down trees across the east of the county"
    assert statement.speaker == "Northline"


def test_a_noun_before_a_cue_with_a_circumstance_is_no_content(recorded) -> None:
    assert indirect(recorded, '"This is a big year for us!" the mayor\'s niece, Ola Brenner, shouted to the crowd.') == []


@pytest.mark.parametrize(
    "text, parts",
    [
        ("Brenner said the driver had planned the route carefully: most stops were in villages, several had no shelter, and none had lights.",
         ["the driver had planned the route carefully", "most stops were in villages, several had no shelter, and none had lights"]),
        ("Brenner said the plan had one flaw: it cost too much.", ["the plan had one flaw", "it cost too much"]),
    ],
)
def test_a_clause_after_a_colon_spells_out_what_was_said(recorded, text, parts) -> None:
    assert [s.text for s in indirect(recorded, text)] == parts


def test_after_an_elliptic_clause_a_colon_gives_the_writers_evidence(recorded) -> None:
    text = "The trust says its members did: output at the firms it followed held steady."
    assert "output at the firms it followed held steady" not in [s.text for s in indirect(recorded, text)]


def test_a_copula_completed_after_an_attribution_ending_in_a_noun(recorded) -> None:
    statements = indirect(recorded, "It is also, the sculptor told me after the show, an accident of budget.")
    assert [s.text for s in statements] == ["It is also", "an accident of budget"]


def test_content_before_a_cue_of_telling_joined_as_a_second_verb(recorded) -> None:
    text = "The new pool, first costed at $300,000 in 2023, will now cost $650,000, town clerk Ola Brenner told council."
    (statement,) = indirect(recorded, text)
    assert statement.text == "The new pool, first costed at $300,000 in 2023, will now cost $650,000"
    assert statement.speaker == "Ola Brenner"


def test_what_a_thing_seemed_to_a_source_that_does_not_speak_is_no_statement(recorded) -> None:
    assert indirect(recorded, "The referee gave a penalty for a tackle near the line that cameras suggested was clean.") == []
    (statement,) = indirect(recorded, "The council passed a rule that critics say is unfair to tenants.")
    assert statement.speaker == "critics"


@pytest.mark.parametrize(
    "text, content",
    [
        # a progressive after the clause is a state going on, part of what was said
        ("In a statement, the health board said it had hired 40 new nurses since 2022 and was working closely with the union on a new rota.",
         "it had hired 40 new nurses since 2022 and was working closely with the union on a new rota"),
        ("The builder said in a statement that it had followed every rule and was studying the ruling.",
         "it had followed every rule and was studying the ruling"),
        # a simple past set off by a comma is outside the clause's `had`: what the speaker did next
        ('In the same interview she said she had never sailed a boat she had not built herself, and called plastic hulls "ugly tubs".',
         "she had never sailed a boat she had not built herself"),
    ],
)
def test_where_the_content_ends_before_a_verb_joined_to_it(recorded, text, content) -> None:
    assert indirect(recorded, text)[0].text == content


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("The mayor wants to sell the old depot, which the treasurer says costs the city a fortune every winter.",
         "costs the city a fortune every winter", "treasurer"),
        ("It is one of nine branches that the county council says it can no longer afford to run.",
         "it can no longer afford to run", "county council"),
        ("Halvorsen asked for a survey of the car park on Birch Lane, which Ms Okoro said is empty most evenings.",
         "is empty most evenings", "Okoro"),
    ],
)
def test_a_relative_before_the_cue_is_no_part_of_what_was_said(recorded, text, content, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content
    assert speaker in (statement.speaker or "")


@pytest.mark.parametrize(
    "text, parts, speaker",
    [
        ("The forecast had promised rain until noon, Ms Dunmore said, and the sun had come out early.",
         ["The forecast had promised rain until noon", "the sun had come out early"], "Dunmore"),
        ("The landlord had promised to fix the boiler, the tenant said.", ["The landlord had promised to fix the boiler"], "tenant"),
        ("The council had promised the school a new roof, Head Teacher Ilse Varga told parents.",
         ["The council had promised the school a new roof"], "Ilse Varga"),
    ],
)
def test_a_cue_inside_what_an_attribution_in_mid_sentence_reports_is_part_of_it(recorded, text, parts, speaker) -> None:
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == parts
    assert all(speaker in (s.speaker or "") for s in statements)


@pytest.mark.parametrize(
    "text, parts",
    [
        ("The choir met in a school hall one lunchtime, Ms Ravel says, and she simply did not leave until he agreed.",
         ["The choir met in a school hall one lunchtime", "she simply did not leave until he agreed"]),
        ("The mill closed in 1998, Tomas Brandl says, and the town never recovered.",
         ["The mill closed in 1998", "the town never recovered"]),
        ("The buyer had promised to keep the old recipes, Ivo Marsh said, and to keep brewing in the town for ten years.",
         ["The buyer had promised to keep the old recipes", "to keep brewing in the town for ten years"]),
    ],
)
def test_a_past_after_a_present_cue_or_an_infinitive_goes_on_with_what_was_said(recorded, text, parts) -> None:
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == parts
    assert len({s.cue.start for s in statements}) == 1


def test_the_present_narrative_after_a_present_cue_is_not_what_was_said(recorded) -> None:
    text = "The pier will reopen in May, the mayor says, and the crowd cheers."
    assert [s.text for s in indirect(recorded, text)] == ["The pier will reopen in May"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("Hackers stole the names, home addresses and phone numbers of about 1.4 million customers, the courier company "
         "Shipwell said on Monday, in a breach it first noticed nearly three weeks ago.",
         "Hackers stole the names, home addresses and phone numbers of about 1.4 million customers"),
        ("Hackers stole the names, home addresses and phone numbers of about 3.2 million customers, the parcel delivery "
         "company Boxly said on Tuesday, in a breach it first noticed nearly two weeks ago.",
         "Hackers stole the names, home addresses and phone numbers of about 3.2 million customers"),
        ("Brantwell Foods Inc. will cut about 900 jobs and close its oldest bottling plant by the end of next year, the company "
         "said Tuesday, as demand for the canned drinks the site produces continues to fall.",
         "Brantwell Foods Inc. will cut about 900 jobs and close its oldest bottling plant by the end of next year"),
    ],
)
def test_a_clause_set_off_after_a_cue_that_ends_its_content_is_the_writers(recorded, text, content) -> None:
    assert [s.text for s in indirect(recorded, text)] == [content]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Okafor owned nine other flats in the town, a pre-sentence report by the Probation Service said.",
         "Okafor owned nine other flats in the town", "Probation Service"),
        ("Brandt owned three other shops on the street, a pre-trial report by the Harlow Trading Standards Service said.",
         "Brandt owned three other shops on the street", "Harlow Trading Standards Service"),
        ("Vance owned two other boats in the harbour, a pre-sentence report by the county probation team said.",
         "Vance owned two other boats in the harbour", "county probation team"),
    ],
)
def test_a_speaker_set_off_before_the_cue_that_the_parser_took_into_the_content(recorded, text, content, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content
    assert statement.speaker == speaker



@pytest.mark.parametrize(
    "text",
    [
        "The report also does not answer whether the driver had a licence, as police have said.",
        "Their doubts were echoed by a number of engineers I spoke to this week about the new bridge, as I did last year.",
    ],
)
def test_an_attribution_after_a_cue_that_is_no_comma_parenthesis_reports_nothing_of_it(recorded, text) -> None:
    assert indirect(recorded, text) == []


def test_a_that_clause_after_an_attribution_in_mid_sentence_is_what_was_said(recorded) -> None:
    text = ("Cities had long resisted such limits, but the smog there had become so bad, the minister noted, "
            "that the most visited page in the country was the daily air monitor.")
    statements = indirect(recorded, text)
    assert "the most visited page in the country was the daily air monitor" in [s.text for s in statements]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The judge said she accepted that the fine was fair but that it had come too late.",
         "she accepted that the fine was fair", "it had come too late"),
        ("The coach said he believed that the team was ready and that the fans would carry it.",
         "he believed that the team was ready", "the fans would carry it"),
        ("Ms Ferrante said she knew that the shop was losing money but that the bank would help.",
         "she knew that the shop was losing money", "the bank would help"),
    ],
)
def test_a_second_that_clause_after_what_someone_thought_goes_with_the_cue(recorded, text, first, second) -> None:
    statements = indirect(recorded, text)
    assert [s.text for s in statements] == [first, second]
    assert statements[0].cue.start == statements[1].cue.start


def test_a_second_that_clause_after_what_another_cue_reports_goes_with_that_cue(recorded) -> None:
    text = "The mayor said officials warned that the river would rise and that the bridge could close."
    assert [s.text for s in indirect(recorded, text)] == ["officials warned that the river would rise and that the bridge could close"]


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("State Rep. J. Harold Winterbottom, a Democrat from Maple Springs who has served since 1995, announced on Wednesday "
         "that he would not seek re-election.", "he would not seek re-election", "J. Harold Winterbottom"),
        ("State Sen. T. Howard Blackwood, a Democrat from Cedar Rapids who has served since 1993, announced on Monday "
         "that he would retire.", "he would retire", "T. Howard Blackwood"),
        ("State Sen. M. Eleanor Castellano, a Republican from Pine Falls who has served since 1999, announced on Thursday "
         "that she would not seek re-election.", "she would not seek re-election", "M. Eleanor Castellano"),
    ],
)
def test_a_cue_after_a_long_description_of_its_speaker_the_parser_left_as_the_root(recorded, text, content, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text, content",
    [
        ("Plant to close\n\nBROOK FALLS — Brantwell Foods Inc. will cut about 900 jobs by the end of next year, the company said Tuesday.",
         "Brantwell Foods Inc. will cut about 900 jobs by the end of next year"),
        ("Ferry cut\n\nPORT ELDRIN, Norway — The ferry will stop in May, the operator said on Monday.", "The ferry will stop in May"),
        ("Fares up\n\nKIRKVALE — Bus fares will rise by a tenth in April, the county council said.", "Bus fares will rise by a tenth in April"),
    ],
)
def test_the_dateline_of_a_lede_is_no_part_of_what_was_said(recorded, text, content) -> None:
    assert [s.text for s in indirect(recorded, text)] == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The chairman Wenna Ruskell said the cup crowned ten years of work at the club, which was founded in a church hall in 1950.",
         "the cup crowned ten years of work at the club"),
        ("The warden, Bryony Quarrell, said 60 walkers had sheltered in the hut overnight, among them a boy who lost a boot in the bog.",
         "60 walkers had sheltered in the hut overnight"),
        # in the present or the present perfect, a relative may be the speaker's reason
        ("The economist Edvin Penrick said the levy weighs most on small farms, which tend to borrow more.",
         "the levy weighs most on small farms, which tend to borrow more"),
        ("The analyst Edvin Penrick said the merger suited the brewery, which has struggled to recruit brewers.",
         "the merger suited the brewery, which has struggled to recruit brewers"),
    ],
)
def test_a_relative_that_narrates_in_the_simple_past_is_the_writers_aside(recorded, text, content) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content



@pytest.mark.parametrize(
    "text",
    [
        # an amount in apposition says how much of the content's own noun, as the speaker would
        "The miller Oriel Kellow said the flood had spoiled half his flour, some 90 sacks he had meant to sell at the fair.",
        "The skipper Oriel Kellow said the new cox rowed like his old coach, a retired docker.",
    ],
)
def test_an_amount_in_apposition_stays_in_the_content(recorded, text) -> None:
    (statement,) = indirect(recorded, text)
    assert text.rstrip(".").endswith(statement.text)


@pytest.mark.parametrize(
    "text, content",
    [
        ("The minister, Halcyra Farrage, visited the market on Friday and announced grants of $500 for each shop.",
         "grants of $500 for each shop"),
        # the parser hangs the rest of the phrase from the verb
        ("The minister visited the market on Friday and announced grants of $500 for shops and $200 for stalls in the burnt arcade.",
         "grants of $500 for shops and $200 for stalls in the burnt arcade"),
        ("The Saltreach Rowing Federation announced a new trophy for the fastest junior crew.", "a new trophy for the fastest junior crew"),
    ],
)
def test_the_object_of_announce_is_what_was_made_known(recorded, text, content) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.cue.text) == (content, "announced")


def test_an_announced_pronoun_or_a_next_action_is_not_what_was_made_known(recorded) -> None:
    assert indirect(recorded, "The rowing federation announced it on Monday.") == []
    assert [s.text for s in indirect(recorded, "The rowing federation announced new fees for the boathouse and cut its budget.")] == [
        "new fees for the boathouse"]
    # an announcement still to come makes nothing known
    assert [s.text for s in indirect(recorded, "The rowing federation said it would announce new fees for the boathouse after the regatta.")] == [
        "it would announce new fees for the boathouse after the regatta"]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The Wrens lost again on Saturday. The squad is still learning, according to their skipper.", "The squad is still learning"),
        ("Two jockeys would be fined, according to a steward who asked not to be named.", "Two jockeys would be fined"),
        # figures speak for the author the phrase names, as a document does
        ("Grain exports rose by a fifth last year, according to ministry figures.", "Grain exports rose by a fifth last year"),
        ("The new dam would save the valley's orchards, according to the ministry's estimates.", "The new dam would save the valley's orchards"),
    ],
)
def test_according_to_a_person_or_to_figures_of_a_named_author(recorded, text, content) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.cue.text) == (content, "according to")


def test_according_to_figures_of_nobody_named_is_no_statement(recorded) -> None:
    assert indirect(recorded, "Turnout fell to a record low, according to the final data.") == []
    assert indirect(recorded, "She is fit to race again, according to her blood test, which came back clear on Friday.") == []


def test_a_participle_after_a_verb_of_telling_describes_who_listened(recorded) -> None:
    text = '"We go again next season," the skipper told about 80 fans squeezed into the clubhouse bar.'
    assert indirect(recorded, text) == []
    assert [s.text for s in indirect(recorded, "The harbourmaster told reporters the road had reopened after the storm.")] == [
        "the road had reopened after the storm"]


def test_a_content_never_ends_with_its_conjunction(recorded) -> None:
    # the parser takes `warned` for a second clause of `said`, leaving `and` to the first
    statements = indirect(recorded, "The treasurer Oriel Stanway said the budget was tight and warned that the libraries might close.")
    assert statements[0].text == "the budget was tight"


FIGURES_OF_A_BODY = (
    "Ferry fares to rise\n\n"
    "The Quillerby Borough Council voted on Monday to raise ferry fares by a fifth. About 900 people cross "
    "the estuary each day, according to council figures. The new fares start in June.\n\n"
    "The Drainage Standards Office set new limits for two chemicals in tap water on Tuesday. The limits "
    "would prevent thousands of illnesses over the coming decades, according to the office's estimates.\n"
)


@pytest.mark.parametrize(
    "content, speaker",
    [
        ("About 900 people cross the estuary each day", "Quillerby Borough Council"),  # a body of the kind the compound names
        ("The limits would prevent thousands of illnesses", "Drainage Standards Office"),  # the possessor, as described before
    ],
)
def test_figures_speak_for_the_body_whose_they_are(recorded, content, speaker) -> None:
    assert quote_with(extract_checked(recorded, FIGURES_OF_A_BODY), content).speaker == speaker


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # the parser joined `insisted` to the reported verb; its tense is the reported clause's, not `insisted`'s
        ('Rovers captain Idris Kettlewood-Amara said his side had bowled "like we were half asleep" but insisted '
         "the defeat would not end their season.", "the defeat would not end their season", "Idris Kettlewood-Amara"),
        ("Mayor Petra Vanstone-Ike said the council would review the plan and warned that fares could rise.",
         "fares could rise", "Petra Vanstone-Ike"),
    ],
)
def test_a_cue_joined_to_a_reported_verb_of_another_tense_is_the_reporters(recorded, text, content, speaker) -> None:
    assert quote_with(indirect(recorded, text), content).speaker == speaker


def test_the_speaker_described_by_whose_is_not_the_body_it_hangs_from(recorded) -> None:
    text = ("The offer was welcomed by the Dunmore Porters' Guild, whose general secretary, Wendel Arrowsmith-Quaye, "
            "said the guild would hold the company to it.")
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == ("the guild would hold the company to it", "Wendel Arrowsmith-Quaye")


def test_a_place_taken_for_the_subject_does_not_speak_the_name_after_it_does(recorded) -> None:
    # `Outside` tagged as a name's first word: the parser makes the place the subject, the speaker its apposition
    text = ('Outside Haddesley Guildhall, Osric Vantongeren, who runs a bakery on Mill Lane, said he was relieved. '
            '"We can open again on Monday," he said.')
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == ("he was relieved", "Osric Vantongeren")


def test_a_cue_joined_to_a_clause_hung_from_a_verb_with_an_object_keeps_its_subject(recorded) -> None:
    # the parser hangs `was chairing` from `announced`, which has an object: no clause it reports
    text = ("At the moment Ines Corvallan announced her bid last spring, Eamon Threlkeld-Abbas was chairing a meeting "
            "at the party's headquarters and told aides that he viewed Corvallan as a real threat.")
    assert quote_with(indirect(recorded, text), "he viewed Corvallan").speaker == "Eamon Threlkeld-Abbas"


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Ferry fares at Fenwarren have doubled since March, commuters say, after the loss of two sailings.",
         "Ferry fares at Fenwarren have doubled since March", "commuters"),
        ("The new roof would be paid for from the harbour reserve, Councillor Ysolde Brackenridge said, without saying "
         "how much was left in it.", "The new roof would be paid for from the harbour reserve", "Ysolde Brackenridge"),
    ],
)
def test_a_circumstance_after_an_attribution_is_no_statement(recorded, text, content, speaker) -> None:
    # `after …`, `without saying …` hang from the clause before the attribution: when and how, not what was said
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (content, speaker)


def test_a_phrase_after_an_attribution_that_goes_on_with_a_noun_stays(recorded) -> None:
    text = "Pellinore Marwick has drawn up a plan, he said, for how the town can keep its pier open all winter."
    assert [s.text for s in indirect(recorded, text)] == ["Pellinore Marwick has drawn up a plan", "for how the town can keep its pier open all winter"]


@pytest.mark.parametrize(
    "text, statements",
    [
        ("The tenants of Fenwarren Court were told by the landlord, Pellinore Marwick, that the lift would be fixed by June.",
         [("the lift would be fixed by June", "Pellinore Marwick")]),
        ("Ysolde Brackenridge said she had written to the harbour board twice and had been assured the slipway would be "
         "repaired by June.",
         [("she had written to the harbour board twice and had been assured the slipway would be repaired by June",
           "Ysolde Brackenridge")]),
    ],
)
def test_a_verb_of_telling_in_the_passive_is_what_the_speaker_was_told(recorded, text, statements) -> None:
    # the agent (`by …`) said it; joined to what a speaker said, it is part of their story, not a statement that ends it
    assert [(s.text, s.speaker) for s in indirect(recorded, text)] == statements


def test_a_participle_of_saying_after_the_content_is_the_speaker_saying_more(recorded) -> None:
    # the parser hangs `saying` from `left`, the content's verb: its subject is not the speaker
    text = "Ysolde Brackenridge denied that the boat had left Fenwarren without a crew, saying the skipper had been aboard all night."
    assert [(s.text, s.speaker, s.cue.text) for s in indirect(recorded, text)] == [
        ("the boat had left Fenwarren without a crew", "Ysolde Brackenridge", "denied"),
        ("the skipper had been aboard all night", "Ysolde Brackenridge", "saying"),
    ]


def test_a_long_subject_the_parser_took_for_the_cues_object_opens_the_content(recorded) -> None:
    # `the way …` parsed as the object of `said`, and `rewards` as a clause hung from `said`
    text = "Councillor Pellinore Marwick said the way the market stalls are let, a charge for every pitch, also favours large traders over small ones."
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (
        "the way the market stalls are let, a charge for every pitch, also favours large traders over small ones", "Pellinore Marwick")


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # `when …` hung from the clause before the attribution
        ("Older buses had failed more often at night, the Fenwarren depot's engineer noted, when most depots are closed.",
         "Older buses had failed more often at night", "Fenwarren depot's engineer"),
        # `when …` hung from the cue as if it were what was noted
        ("Earlier surveys had found the ferries less punctual in winter, Pellinore Marwick noted, when most crossings are rough.",
         "Earlier surveys had found the ferries less punctual in winter", "Pellinore Marwick"),
    ],
)
def test_a_clause_of_when_after_an_attribution_is_the_writers(recorded, text, content, speaker) -> None:
    (statement,) = indirect(recorded, text)
    assert (statement.text, statement.speaker) == (content, speaker)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The bakery chain said it was studying the ruling. The chain would consider an appeal to a higher court, "
         "a senior manager of the chain, who did not wish to be named, said.", "indirect"),
        ('The bakery chain said it was studying the ruling. "The chain would consider an appeal to a higher court," '
         "a senior manager of the chain, who did not wish to be named, said.", "direct"),
    ],
)
def test_a_description_with_a_relative_clause_before_the_cue_speaks(recorded, text, kind) -> None:
    # The parser hangs `who …` from `chain`, the object of the description's `of`, and leaves
    # `said` without a subject: the description set off before it speaks.
    appeal = quote_with([q for q in extract_checked(recorded, text) if q.kind == kind], "consider an appeal")
    assert appeal.speaker == "senior manager of the chain"
    assert appeal.cue.text == "said"
    assert appeal.cue.start > text.index("named")


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Wilma Drossard, who kept the orchard her family planted, died on Sunday in Pellington. She was 91.\n\n"
         "She passed away at home after a brief stay in hospital, her daughter, Orsola, said in a letter to the parish.",
         "She passed away at home after a brief stay in hospital", "Orsola"),
        ("The ferry line would add two sailings in June, a spokeswoman for the line, who asked not to be identified, "
         "said on Friday.", "The ferry line would add two sailings in June", "spokeswoman for the line"),
    ],
)
def test_words_set_off_before_a_cue_joined_to_the_content_speak(recorded, text, content, speaker) -> None:
    # The parser takes the set-off words for a conjunct or an object of the content and joins
    # `said` to its verb: the content's subject does not speak.
    statement = quote_with(indirect(recorded, text), content)
    assert statement.text == content
    assert statement.speaker == speaker
    assert statement.cue.text == "said"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The harbour board raised mooring fees on Thursday.\n\nBoard member Fionnuala Ó Dorrie-Gracewell, a former"
            " ferry pilot, shot back that dearer moorings would only empty the quay.",
            "Fionnuala Ó Dorrie-Gracewell",
        ),
        # the words before the description are no name: the description stays the subject
        ("On Tuesday, a retired ferry pilot, who asked not to be named, said dearer moorings would only empty the quay.", None),
    ],
)
def test_a_name_before_its_description_speaks(recorded, text, speaker) -> None:
    """The parser may read a hyphenated surname as a verb and make the description set off after
    the name the cue's subject; the name speaks."""
    (statement,) = indirect(recorded, text)
    assert statement.text == "dearer moorings would only empty the quay"
    if speaker is not None:
        assert statement.speaker == speaker
    else:
        assert "pilot" in statement.speaker_mention.text


@pytest.mark.parametrize(
    "text, statements",
    [
        ("Dockside tenants told to pack up as tide climbs", []),
        ("Lakeside campers ordered to douse fires as drought deepens", []),
        ("Pia Lusk told campers to douse their fires.", [("to douse their fires", "Pia Lusk")]),
    ],
)
def test_a_verb_of_telling_to_act_without_a_listener_is_a_passive(recorded, text, statements) -> None:
    assert [(q.text, q.speaker) for q in indirect(recorded, text)] == statements


@pytest.mark.parametrize(
    "text, content",
    [
        ("The surveyors admit that the tenants knew the roof was being inspected, which probably kept complaints down.",
         "the tenants knew the roof was being inspected"),
        ('Ada Rouvier assured growers that the new levy on imported feed would stay "small," which is how every levy begins.',
         'the new levy on imported feed would stay "small,"'),
        ("Ada Rouvier said the council had sold the depot, which employs 40 people.", "the council had sold the depot, which employs 40 people"),
    ],
)
def test_a_which_that_judges_the_whole_content_is_the_writers(recorded, text, content) -> None:
    (statement,) = indirect(recorded, text)
    assert statement.text == content


ORGANISATION_BY_ITS_KIND = (
    "Penhallick Wyndcombe Clinic opened a second surgical ward in March. Patients waited two hours less "
    "on average, according to figures published by the clinic. According to the clinic, the ward will "
    "add forty beds by the winter.\n"
)


@pytest.mark.parametrize(
    "content",
    ["Patients waited two hours less on average",  # figures whose author the phrase names by its kind
     "the ward will add forty beds by the winter"],  # the kind itself as the source
)
def test_according_to_an_organisation_named_by_its_kind(recorded, content) -> None:
    statement = quote_with(extract_checked(recorded, ORGANISATION_BY_ITS_KIND), content)
    assert (statement.kind, statement.speaker) == ("indirect", "Penhallick Wyndcombe Clinic")


@pytest.mark.parametrize(
    "text, content",
    [
        ("Harbourmaster Ada Harnwick said the ferries were held in the harbour overnight and were expected to sail on Friday.",
         "the ferries were held in the harbour overnight and were expected to sail on Friday"),
        ("Corrabeg said the ferry was delayed by the storm and was expected to sail on Monday.",
         "the ferry was delayed by the storm and was expected to sail on Monday"),
    ],
)
def test_a_passive_joined_with_the_clauses_own_auxiliary_goes_on_with_what_was_said(recorded, text, content) -> None:
    assert [s.text for s in indirect(recorded, text)] == [content]


def test_two_clauses_joined_before_the_cue_are_one_content(recorded) -> None:
    text = ("Bram Quenwick has dug wells in the valley for thirty years. There is no spring left, and the tanks the "
            "farms share – two on the hill, one by the chapel – hold water for a week or less, he says.")
    assert [s.text for s in indirect(recorded, text)] == [
        "There is no spring left, and the tanks the farms share – two on the hill, one by the chapel – hold water for a week or less"]



WHAT_IS_SAID_JUDGED = (
    "The valley has stopped listening to its mayor. Everything Mayor Orla Yarrowby says is a boast until the "
    "clerk checks it. Everything the Yarrowby council says is doubted at once by the clerk. Yarrowby says "
    "everything is in order.\n"
)


def test_a_judgement_of_everything_a_speaker_says_is_no_statement(recorded) -> None:
    # the predicate after `Everything X says` is the writer's; `X says everything is …` is X's
    assert [s.text for s in indirect(recorded, WHAT_IS_SAID_JUDGED)] == ["everything is in order"]
