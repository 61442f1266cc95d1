"""Transcript labels name a person or a part; section labels of market reports, live blogs and
newsletters (`STOCKS:`, `ON THE AGENDA:`) are not speakers and hide nothing (issue 25, class 6)."""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract

MARKET_REPORT = (
    "Markets had a quiet Tuesday as traders waited for the central bank.\n"
    "STOCKS: Shares of timber firms slipped. \"Nobody wants to be first,\" said broker Imke Sorensen.\n"
    "CURRENCIES: The krona held steady against the euro.\n"
    "ON THE AGENDA: Wage figures are due on Thursday. \"They will decide the month,\" said Sorensen.\n"
    "THE BOTTOM LINE: Patience is a position too.\n"
)


def test_section_labels_are_not_speakers_and_hide_no_quotations(recorded):
    quotes = extract(recorded, MARKET_REPORT)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nobody wants to be first,", "Imke Sorensen"),
        ("They will decide the month,", "Imke Sorensen"),
    ]


def test_a_label_that_names_a_person_or_a_part_still_marks_a_transcript(recorded):
    text = (
        "Presenter Odile Marchetti spoke with beekeeper Tomas Reyna about the cold spring.\n"
        "HOST: How many hives did you lose?\n"
        "REYNA: Nine of the forty. The queens froze before April.\n"
        "ODILE: And the honey?\n"
        "REYNA: Half of last year's, and darker.\n"
    )
    quotes = extract(recorded, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nine of the forty. The queens froze before April.", "Tomas Reyna"),
        ("And the honey?", "Odile Marchetti"),
        ("Half of last year's, and darker.", "Tomas Reyna"),
    ]


def test_a_section_label_is_no_part_of_the_reported_clause_under_it(recorded) -> None:
    text = (
        "Morning briefing\n\n"
        "WHAT THEY'RE SAYING: \"This budget is a gamble,\" said Rhea Mott, a fellow at the Castell Institute.\n\n"
        "BY THE NUMBERS: Unemployment rose to 5.1 percent, the statistics office said.\n\n"
        "WHY IT MATTERS: Borrowing costs have risen for six months.\n"
    )
    found = [(q.kind, q.text) for q in extract(recorded, text)]
    assert found == [("direct", "This budget is a gamble,"), ("indirect", "Unemployment rose to 5.1 percent")]


def test_a_quotation_with_no_cue_under_a_section_label_goes_on_with_the_voice_before(recorded):
    text = (
        "Markets had a quiet Tuesday as traders waited for the central bank.\n"
        "STOCKS: Shares of timber firms slipped. \"Nobody wants to be first,\" said broker Imke Sorensen. "
        "\"Not before the rate decision.\"\n"
        "COMMODITIES: Copper rose. \"The mines are still shut,\" said Sorensen. \"So the price holds.\"\n"
    )
    quotes = extract(recorded, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nobody wants to be first,", "Imke Sorensen"),
        ("Not before the rate decision.", "Imke Sorensen"),
        ("The mines are still shut,", "Imke Sorensen"),
        ("So the price holds.", "Imke Sorensen"),
    ]


HEARING = (
    "Evidence session: the Brackmoor reservoir closure\n\n"
    "Witnesses: Sunny Osterhagen, Director of Operations, Brackmoor Water; Ivo Pendrick, a resident of Tilleter Lane.\n\n"
    "Chair: Mr Osterhagen, why was the reservoir closed without notice?\n\n"
    "Sunny Osterhagen: We found a crack in the outlet tower on the Monday morning. We closed it the same day.\n\n"
    "Chair: Could residents have been told sooner?\n\n"
    "Sunny Osterhagen: They could, and they should have been. That was my mistake.\n\n"
    "Ivo Pendrick: Nobody knocked on a single door in our street.\n"
)


def test_a_label_in_title_case_is_a_name_when_its_words_are_given_names_whatever_the_parse_calls_them(recorded):
    # The parse reads `Sunny` as an adjective; it is a given name, so `Sunny Osterhagen:` is a
    # witness's label and her turns are hers.
    quotes = extract(recorded, HEARING)
    assert [(q.text[:24], q.speaker.split()[-1]) for q in quotes if q.speaker] == [
        ("Mr Osterhagen, why was t", "Chair"),
        ("We found a crack in the ", "Osterhagen"),
        ("Could residents have bee", "Chair"),
        ("They could, and they sho", "Osterhagen"),
        ("Nobody knocked on a sing", "Pendrick"),
    ]


FERRY_HEARING = (
    "Oral evidence: the Gorseway ferry contract\n\n"
    "Witnesses: Clemency Vantongue, Managing Director, Gorseway Ferries; Dr Orrick Haldreth, Chief Engineer.\n\n"
    "Chair: Ms Vantongue, the new ferries are two years late. Why?\n\n"
    "Ms Vantongue: The yard that built the hulls went into administration, and we had to start again.\n\n"
    "Chair: And the bonus paid last year was for what?\n\n"
    "Ms Vantongue: For the ferries we already run, mainly.\n\n"
    "Chair: Dr Haldreth, will the first ferry sail in May?\n\n"
    "Dr Haldreth: Yes.\n\n"
    "Chair: You are certain?\n\n"
    "Dr Haldreth: I have seen the hull in the water, and I would stake my job on it.\n"
)


def test_a_label_that_has_opened_a_spoken_line_gives_its_fragments_to_the_same_speaker(recorded):
    # `Dr Haldreth: Yes.` and `Ms Vantongue: For the ferries, mainly.` make no clause; the same
    # labels opened lines that did, so these are the witnesses' answers too.
    quotes = extract(recorded, FERRY_HEARING)
    answers = [q for q in quotes if q.speaker_mention is not None and q.speaker_mention.text != "Chair"]
    assert [(q.text, q.speaker.split()[-1]) for q in answers] == [
        ("The yard that built the hulls went into administration, and we had to start again.", "Vantongue"),
        ("For the ferries we already run, mainly.", "Vantongue"),
        ("Yes.", "Haldreth"),
        ("I have seen the hull in the water, and I would stake my job on it.", "Haldreth"),
    ]


def test_a_part_no_one_is_named_for_speaks_as_itself_not_as_the_witness_it_addresses(recorded):
    # The parse hangs `Ms Vantongue` on `Chair` as an apposition: she is spoken to, not speaking.
    quotes = extract(recorded, FERRY_HEARING)
    assert [q.speaker for q in quotes if q.speaker_mention is not None and q.speaker_mention.text == "Chair"] == [
        "Chair", "Chair", "Chair", "Chair",
    ]


@pytest.mark.parametrize("members", [
    "Members present: Mr Wystan Plover; Ms Oddny Bellweather (Chair); Mrs Ada Kestrin.",
    "The committee heard from the harbour master. Oddny Bellweather, chair of the committee, opened the session.",
])
def test_a_part_is_spoken_by_the_person_the_text_names_for_it(recorded, members):
    text = (
        "Oral evidence: the Gorseway harbour wall\n\n"
        f"{members}\n\n"
        "Chair: Captain Marrowby, when did the wall first crack?\n\n"
        "Captain Marrowby: In the February storms. We reported it the same week.\n\n"
        "Chair: And the repair, when will it begin?\n\n"
        "Captain Marrowby: When the money arrives, and not a day before.\n"
    )
    quotes = extract(recorded, text)
    assert [(q.text[:20], q.speaker) for q in quotes] == [
        ("Captain Marrowby, wh", "Oddny Bellweather"),
        ("In the February stor", "Marrowby"),
        ("And the repair, when", "Oddny Bellweather"),
        ("When the money arriv", "Marrowby"),
    ]


@pytest.mark.parametrize("leads", [
    ("Q12 ", "", "Q13 ", ""),  # the questions of a record of evidence, numbered
    ("12. ", "13. ", "14. ", "15. "),  # every turn numbered
    ("[00:01:05] ", "[00:01:12] ", "[00:01:40] ", "[00:01:52] "),  # a recording's timestamps
])
def test_a_number_or_a_time_before_a_label_is_no_part_of_it(recorded, leads):
    text = (
        "Oral evidence: the Gorseway harbour wall\n\n"
        "Members present: Mr Wystan Plover; Ms Oddny Bellweather (Chair); Mrs Ada Kestrin.\n\n"
        f"{leads[0]}Chair: Captain Marrowby, when did the wall first crack?\n\n"
        f"{leads[1]}Captain Marrowby: In the February storms. We reported it the same week.\n\n"
        f"{leads[2]}Chair: And the repair, when will it begin?\n\n"
        f"{leads[3]}Captain Marrowby: When the money arrives, and not a day before.\n"
    )
    quotes = extract(recorded, text)
    assert [(q.text[:20], q.speaker) for q in quotes] == [
        ("Captain Marrowby, wh", "Oddny Bellweather"),
        ("In the February stor", "Marrowby"),
        ("And the repair, when", "Oddny Bellweather"),
        ("When the money arriv", "Marrowby"),
    ]


def test_a_turn_keeps_what_it_reports_of_people_outside_the_conversation_and_only_that(recorded):
    # `I have said publicly that …` and `you told us that …` are the words of the people at the
    # table, whose turns hold them; `The county engineer says …` reports someone else, and she is
    # not the harbour master who mentions her.
    text = (
        "Oral evidence: the Gorseway harbour wall\n\n"
        "Members present: Mr Wystan Plover; Ms Oddny Bellweather (Chair); Mrs Ada Kestrin.\n\n"
        "Chair: Captain Marrowby, in March you told us that the wall would be mended by June. What happened?\n\n"
        "Captain Marrowby: The contractor went bust in April. I have said publicly that I take the blame for "
        "choosing them. The county engineer says the new contractor can start in August, and I believe her.\n\n"
        "Chair: Is the fleet still landing its catch?\n\n"
        "Captain Marrowby: It is. We have told the fleet that the berths on the north quay are theirs until "
        "the work is done.\n"
    )
    quotes = extract(recorded, text)
    assert [(q.kind, q.text[:24], q.speaker) for q in quotes] == [
        ("direct", "Captain Marrowby, in Mar", "Oddny Bellweather"),
        ("direct", "The contractor went bust", "Marrowby"),
        ("indirect", "the new contractor can s", "county engineer"),
        ("direct", "Is the fleet still landi", "Oddny Bellweather"),
        ("direct", "It is. We have told the ", "Marrowby"),
    ]


def test_a_section_label_heads_its_line_and_is_no_part_of_the_sentence_after_it(recorded):
    # Read with its label, the sentence made `WHO IS LEAVING` its main clause and hung
    # `announced` on the senator's name: the clause was lost, and the senator left out of focus.
    text = (
        "Statehouse briefing\n\n"
        "Governor Ilsabet Vornholm-Ashe has no public events today.\n\n"
        "WHO IS LEAVING: State Sen. Osric Ablethorpe, a Republican from Milbury who has served since 1997, "
        "announced on Wednesday that he would not seek re-election. In a letter to constituents, the "
        "71-year-old wrote that he wanted to spend more time with his grandchildren.\n"
    )
    quotes = extract(recorded, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("he would not seek re-election", "Osric Ablethorpe"),
        ("he wanted to spend more time with his grandchildren", "Osric Ablethorpe"),
    ]


@pytest.mark.parametrize("labels", [("**Q:**", "**A:**", "**Q:**", "**A:**"), ("**Ilar Pendeen:**", "**Wenna Scarrowby:**", "**Ilar Pendeen**:", "**Wenna Scarrowby**:")])
def test_a_label_in_bold_is_a_label(recorded, labels):
    # `**Q:**`, `**Name:**` and `**Name**:`: the marks of Markdown's bold are no part of the label.
    interview = (
        "The potter who fired a kiln with bread ovens\n\n"
        "Wenna Scarrowby has spent forty years at her wheel in Tolvan. Scarrowby spoke to Ilar Pendeen about her new show.\n\n"
        f"{labels[0]} Why bread ovens?\n\n"
        f"{labels[1]} Because the baker next door had two, and I had none. He lent me one for a winter.\n\n"
        f"{labels[2]} Was it hot enough?\n\n"
        f"{labels[3]} Not at first. We raised it with old bricks.\n"
    )
    answers = [(q.text, q.speaker) for q in extract(recorded, interview) if q.speaker != "Ilar Pendeen"]
    assert answers == [
        ("Because the baker next door had two, and I had none. He lent me one for a winter.", "Wenna Scarrowby"),
        ("Not at first. We raised it with old bricks.", "Wenna Scarrowby"),
    ]


def test_a_label_that_is_a_clause_heads_a_section_whatever_person_it_names(recorded):
    # `WHAT THE MAYOR SAID:` names a role, but its words are a clause, opened by a question word:
    # it heads a section, and the mayor's quotation under it is hers by its own cue.
    text = (
        "City Hall briefing\n\n"
        "WHAT THE MAYOR SAID: Mayor Odette Farthingale-Fell told reporters the ferry would run all winter. "
        "\"We will not leave the island cut off,\" she said.\n\n"
        "WHAT THE COUNCIL WANTS: Councillors want a second boat by March.\n\n"
        "WHY IT MATTERS: The island has no bridge.\n"
    )
    quotes = extract(recorded, text)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("indirect", "the ferry would run all winter", "Odette Farthingale-Fell"),
        ("direct", "We will not leave the island cut off,", "Odette Farthingale-Fell"),
    ]


INTERVIEW_WITH_STOPS = (
    "Lessons from the lighthouse\n\n"
    "Mirren Wendron kept the light at Saltash Point for nineteen years. She talked to Piran Kernick about the last winter.\n\n"
    "Q. When did you know the light would close?\n\n"
    "A. A letter came in the spring. Nobody rang, nobody visited.\n\n"
    "Q. What did you do with the lamp?\n\n"
    "A. It went to a museum in the city, and I went with it as far as the quay.\n"
)


def test_a_part_letter_with_a_full_stop_labels_an_interview(recorded):
    # `Q.` and `A.` in turn, as newspapers print an interview: the answers are the interviewee's.
    answers = [(q.kind, q.text, q.speaker) for q in extract(recorded, INTERVIEW_WITH_STOPS) if q.speaker != "Piran Kernick"]
    assert answers == [
        ("direct", "A letter came in the spring. Nobody rang, nobody visited.", "Mirren Wendron"),
        ("direct", "It went to a museum in the city, and I went with it as far as the quay.", "Mirren Wendron"),
    ]


def test_an_initial_with_a_full_stop_is_no_label_without_questions(recorded):
    text = (
        "The harbour board met on Monday.\n\n"
        "A. Wendron, the board's secretary, read the minutes.\n\n"
        "A. Kernick said the quay would be repaired by spring.\n"
    )
    quotes = extract(recorded, text)
    assert [(q.kind, q.text) for q in quotes] == [("indirect", "the quay would be repaired by spring")]


STOPPED_INTERVIEW = (
    "FIVE MINUTES WITH\n\n"
    "The cellist Ysolde Tallon-Agbaje has toured for twenty years with the same bow. "
    "She talked to Emeric Dossou before her last night at the Corn Hall.\n\n"
    "Q. Why keep an old bow?\n\n"
    "A. It knows my arm. A new one argues with me for a month.\n\n"
    "Q. And after tonight?\n\n"
    "A. A garden, and a lot of silence.\n\n"
    "The concert starts at eight.\n"
)


def test_a_parts_initial_with_a_full_stop_labels_an_interview_when_an_answer_follows_a_question(recorded):
    # `Q.` / `A.`, as magazines print their interviews: the answers are the interviewee's.
    quotes = extract(recorded, STOPPED_INTERVIEW)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("direct", "It knows my arm. A new one argues with me for a month.", "Ysolde Tallon-Agbaje"),
        ("direct", "A garden, and a lot of silence.", "Ysolde Tallon-Agbaje"),
    ]


def test_an_initial_with_a_full_stop_and_no_question_before_it_opens_a_name(recorded):
    # A line that opens `A. Tallon …` with no question's line before it is a name's initial.
    text = (
        "The Corn Hall sold out its last concert of the season.\n\n"
        "A. Tallon-Agbaje, the cellist, will play Elgar. She said the hall had the best sound in the county.\n"
    )
    assert [(q.kind, q.text) for q in extract(recorded, text)] == [
        ("indirect", "the hall had the best sound in the county"),
    ]


FAMILY_NAME_FIRST = (
    "Remarks to the press at the Kelawai bus interchange\n\n"
    "The Senior Minister of State for Transport, Ms Kwek Siew Hoon, and the chief engineer of the Tembusu line, "
    "Mr Devan Selvadurai, took questions from reporters on Friday.\n\n"
    "Minister Kwek: The new platform doors will be fitted by June. Nobody will have to queue on the stairs again.\n\n"
    "Mr Selvadurai: Thank you, Minister. Two of the six doors are already in.\n\n"
    "Reporter: Why did it take so long?\n\n"
    "Minister Kwek: The first supplier could not deliver. We changed suppliers in March.\n"
)


def test_a_label_by_the_first_word_of_a_name_is_the_person_whose_name_it_opens(recorded):
    # `Minister Kwek:` after `Ms Kwek Siew Hoon`: the family name comes first, and no one named
    # bears it as the last word of their name.
    assert [(q.text, q.speaker) for q in extract(recorded, FAMILY_NAME_FIRST)] == [
        ("The new platform doors will be fitted by June. Nobody will have to queue on the stairs again.", "Kwek Siew Hoon"),
        ("Thank you, Minister. Two of the six doors are already in.", "Devan Selvadurai"),
        ("The first supplier could not deliver. We changed suppliers in March.", "Kwek Siew Hoon"),
    ]


def test_a_mention_by_the_first_word_of_a_name_is_the_person_whose_name_it_opens(recorded):
    text = (
        "The Senior Minister of State for Transport, Ms Kwek Siew Hoon, opened the Kelawai interchange on Friday.\n\n"
        "\"Nobody will have to queue on the stairs again,\" Minister Kwek said.\n"
    )
    assert [(q.text, q.speaker) for q in extract(recorded, text)] == [
        ("Nobody will have to queue on the stairs again,", "Kwek Siew Hoon"),
    ]


@pytest.mark.parametrize("asks", ["Reporter (Quayside Gazette):", "REPORTER:", "Journalist:"])
def test_a_reporters_label_asks_and_what_its_question_reports_is_no_statement(recorded, asks):
    # At a press conference a reporter asks: the question is left out, and what it reports
    # (`Fishermen say …`) is the reporter's premise, not a statement of its own.
    text = (
        "Harbour master Tamsin Ketteridge spoke to the press at Marram Point on Tuesday.\n\n"
        "Ms Ketteridge: The slipway is closed until the engineers have seen it.\n\n"
        f"{asks} Fishermen say they were never warned. Were they?\n\n"
        "Ms Ketteridge: They were told on Friday, by letter and by phone.\n\n"
        f"{asks} When will it reopen?\n\n"
        "Ms Ketteridge: Not before the spring tides.\n"
    )
    assert [(q.kind, q.text, q.speaker) for q in extract(recorded, text)] == [
        ("direct", "The slipway is closed until the engineers have seen it.", "Tamsin Ketteridge"),
        ("direct", "They were told on Friday, by letter and by phone.", "Tamsin Ketteridge"),
        ("direct", "Not before the spring tides.", "Tamsin Ketteridge"),
    ]


def test_a_label_in_capitals_is_a_hyphenated_name_the_text_gives(recorded):
    # `QUENNEVAIS-SKELDING:` names the councillor introduced as Hetty Quennevais-Skelding: the
    # words of a name keep their hyphens, as the label's do.
    text = (
        "Transcript: council briefing on the mill bridge\n\n"
        "Councillor Hetty Quennevais-Skelding and the county engineer, Piers Brackley, spoke to reporters on Monday.\n\n"
        "QUENNEVAIS-SKELDING: The bridge will stay shut until the survey is done.\n\n"
        "REPORTER: How long will the survey take?\n\n"
        "BRACKLEY: Three weeks, if the weather holds.\n"
    )
    assert [(q.text, q.speaker) for q in extract(recorded, text)] == [
        ("The bridge will stay shut until the survey is done.", "Hetty Quennevais-Skelding"),
        ("Three weeks, if the weather holds.", "Piers Brackley"),
    ]


def test_a_turn_goes_on_over_the_paragraphs_before_the_next_label(recorded):
    # A long answer runs over paragraphs: the paragraphs between two labels are the first
    # one's; a heading in capitals and a stage direction are no one's, and after the last
    # label the article speaks again.
    text = (
        "Radio Yeovale: the morning interview\n\n"
        "Presenter Auberon Gorringe spoke to the headteacher Wilhelmina Stobbart about the school's new timetable.\n\n"
        "GORRINGE: Why start at ten?\n\n"
        "STOBBART: Because the pupils were asleep at nine. We measured it.\n\n"
        "Attendance in the first lesson has gone up by a fifth since January.\n\n"
        "(Laughter)\n\n"
        "ON THE PARENTS\n\n"
        "GORRINGE: And the parents?\n\n"
        "STOBBART: Most of them like it. Some have had to change their shifts.\n\n"
        "The timetable will be reviewed in July.\n"
    )
    assert [(q.text, q.speaker) for q in extract(recorded, text) if not q.text.endswith("?")] == [
        ("Because the pupils were asleep at nine. We measured it.", "Wilhelmina Stobbart"),
        ("Attendance in the first lesson has gone up by a fifth since January.", "Wilhelmina Stobbart"),
        ("Most of them like it. Some have had to change their shifts.", "Wilhelmina Stobbart"),
    ]


def test_a_names_initials_that_open_several_lines_label_its_bearers_turns(recorded):
    # `PGH:` for Philippus Grint-Haddow, `MH:` for Marjolein Hesketh, as an interview labels them.
    text = (
        "IN CONVERSATION\n\n"
        "The glassblower Philippus Grint-Haddow has kept his furnace lit for twenty years. "
        "Marjolein Hesketh met him at the studio.\n\n"
        "MH: When did you start?\n\n"
        "PGH: At nineteen. I swept the floor for a year before anyone let me near the pipe.\n\n"
        "MH: And the burns?\n\n"
        "PGH: Every week, at first. You stop noticing.\n"
    )
    assert [(q.text, q.speaker) for q in extract(recorded, text)] == [
        ("When did you start?", "Marjolein Hesketh"),
        ("At nineteen. I swept the floor for a year before anyone let me near the pipe.", "Philippus Grint-Haddow"),
        ("And the burns?", "Marjolein Hesketh"),
        ("Every week, at first. You stop noticing.", "Philippus Grint-Haddow"),
    ]


def test_a_label_once_that_spells_a_names_initials_heads_a_section(recorded):
    # `UK:` once, in a market report that names Uwe Kessabrook: a section's label, not his.
    text = (
        "Shares fell across Europe on Monday, said Uwe Kessabrook, a strategist at a Frankfurt bank.\n\n"
        "UK: The pound slipped against the euro.\n\n"
        "EUROPE: Bank shares led the fall.\n"
    )
    assert [(q.kind, q.speaker) for q in extract(recorded, text)] == [("indirect", "Uwe Kessabrook")]


NEWS_CONFERENCE = (
    "Ysolde Brockhurst won the Castellow Fell hill climb by four seconds on Saturday.\n\n"
    "She met reporters in the car park at the summit.\n\n"
    "Q. What gear did you ride on the steep ramp?\n\n"
    "YSOLDE BROCKHURST: The lowest one. I stayed seated and counted pedal strokes.\n\n"
    "Q. Could you hear the time gaps being shouted?\n\n"
    "Not a word. The road was lined three deep with cowbells.\n\n"
    "Q. Will you ride it again next year?\n\n"
    "Only if they resurface the top bend. My wheel slid twice on the gravel.\n\n"
    "The race officials said the entry list was the longest since the event began.\n"
)


def test_a_news_conference_labels_its_questions_and_leaves_the_answers_bare(recorded):
    # `Q. …?` then a paragraph with no label, twice or more: the answer, of whoever answered by name.
    quotes = extract(recorded, NEWS_CONFERENCE)
    assert [(q.kind, q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ("direct", "The lowest one. I stayed seated and counted pedal strokes.", "Ysolde Brockhurst"),
        ("direct", "Not a word. The road was lined three deep with cowbells.", "Ysolde Brockhurst"),
        ("direct", "Only if they resurface the top bend. My wheel slid twice on the gravel.", "Ysolde Brockhurst"),
    ]


def test_one_question_with_a_paragraph_after_it_is_no_news_conference(recorded):
    text = (
        "The ferry to Holm Island will run twice a day from May.\n\n"
        "Q. Will fares rise?\n\n"
        "The operator has not decided, and the council meets on Friday.\n"
    )
    assert [q.kind for q in extract(recorded, text)] == []
