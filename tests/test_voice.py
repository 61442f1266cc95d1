"""A voice that changed, and a quotation whose speaker is named only before it (issue 25,
classes 1 and 2): when the text turns to a new person, the quotations after it are that
person's, not the earlier speaker's; over recorded parses (`recorded`).

Every text and name here is made up for the test.
"""

from __future__ import annotations

from conftest import extract_checked as extract

# --- a new voice named before its pronoun -------------------------------------------------


def test_a_pronoun_after_a_new_person_is_that_person_not_the_earlier_speaker(recorded, find_quote):
    text = (
        "Junior rowers face early starts\n\n"
        "The Kettleby Rowing Club will move its junior sessions to the mornings from next month.\n\n"
        '"We start at dawn," head coach Marco Ortega said. "The river is calm and the boats are free."\n\n'
        "Ortega's assistant, Priya Halvorsen, has already printed the new timetable.\n\n"
        'Lena Whitfield, who coaches the juniors, has her doubts. "Dawn is too early for twelve-year-olds," she said.\n'
    )
    quote = find_quote(extract(recorded, text), "too early")
    assert quote.speaker == "Lena Whitfield"


def test_a_pronoun_that_speaks_tells_the_gender_of_whom_it_was_taken_for(recorded, find_quote):
    """`she says` after a paragraph about Moyo makes Moyo a woman, though a choir's name stood
    near as a rival; a later `he says` after a paragraph introducing a man is then his."""
    text = (
        "A choir in a shipping container\n\n"
        "The Brightwater Choir was founded in 2015 by Zodwa Moyo, a music teacher at the school.\n\n"
        '"I only wanted the teachers to have a hobby," she says. "Then the parents came."\n\n'
        "Its conductor is Mandla Radebe, 29, who joined as a tenor at fifteen. "
        "Moyo says he was the noisiest member the choir ever had.\n\n"
        '"She is not wrong," he says. "I used to sing the bass line to annoy the basses."\n'
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "a hobby").speaker == "Zodwa Moyo"
    assert find_quote(quotes, "She is not wrong").speaker == "Mandla Radebe"
    assert find_quote(quotes, "bass line").speaker == "Mandla Radebe"


def test_a_pronoun_in_a_clause_that_reports_nothing_tells_no_gender(recorded, find_quote):
    """`X criticised Y after she …`: the `she` may stand for the object; X stays free for a
    later `he said`."""
    text = (
        "Governor attacks rival over comments\n\n"
        "Governor Robin Calloway criticised Senator Marian Holt after she blamed the police for the riot.\n\n"
        "Calloway, who has campaigned for the mayor since the spring, spoke on a radio show on Wednesday.\n\n"
        '"Those comments are a disgrace," he said.\n'
    )
    quote = find_quote(extract(recorded, text), "a disgrace")
    assert quote.speaker == "Robin Calloway"


# --- a voice that did not change: a cue inside another's statement -------------------------


def test_a_cue_in_a_clause_of_time_beside_the_attribution_is_no_new_voice(recorded, find_quote):
    text = (
        "Harbour board delays the ferry contract\n\n"
        '"I am satisfied with the answer on the fares," Ines Falk said after Tomas Reyes spoke. '
        '"My biggest worry is still the winter timetable."\n'
    )
    quote = find_quote(extract(recorded, text), "winter timetable")
    assert quote.speaker == "Ines Falk"


def test_a_cue_in_a_clause_of_manner_beside_the_attribution_is_no_new_voice(recorded, find_quote):
    text = (
        "Harbour board delays the ferry contract\n\n"
        '"Who is the real wrecker here?" said Ines Falk, using a word Tomas Reyes had used to describe her. '
        '"The board and its chair signed a contract that shortchanged the island."\n'
    )
    quote = find_quote(extract(recorded, text), "shortchanged")
    assert quote.speaker == "Ines Falk"


# --- a quotation whose speaker is named only before it --------------------------------------


def test_a_bare_quotation_after_a_surname_as_subject_is_that_persons(recorded, find_quote):
    text = (
        "Volunteers sign up for the harbour clean-up\n\n"
        "More than forty people have joined the harbour clean-up planned for Saturday, among them "
        "Lena Whitfield, who swims in the harbour all year.\n\n"
        '"We did not expect this many," said organiser Tomas Brenner. "We will need more gloves."\n\n'
        'Whitfield needed no persuading. "I signed up the first day."\n'
    )
    quote = find_quote(extract(recorded, text), "first day")
    assert quote.speaker == "Lena Whitfield"


def test_a_bare_quotation_after_a_paragraph_that_describes_its_speaker_is_theirs(recorded, find_quote):
    text = (
        "The pier that never sleeps\n\n"
        "The old ferry pier at Hallow Point has not seen a boat since 1998.\n\n"
        '"It was the busiest place in town," said local historian Agnes Morrow. "Now it is mostly gulls."\n\n'
        "Rasmussen, a retired ferry captain, still walks the pier every morning.\n\n"
        '"The sea owes me nothing."\n'
    )
    quote = find_quote(extract(recorded, text), "owes me nothing")
    assert quote.speaker == "Rasmussen"


def test_a_proper_noun_the_text_never_showed_to_be_a_person_introduces_no_one(recorded, find_quote):
    """`Brightwater opened …`: a word that is no name the text gave and has no apposition of a
    person introduces no voice; the quotation goes on with the speaker before."""
    text = (
        "A new pool for the town\n\n"
        '"We have waited ten years for this," said councillor Tomas Brenner.\n\n'
        'Brightwater opened its first pool in 1974. "It will be busy from the first day."\n'
    )
    quote = find_quote(extract(recorded, text), "busy from the first day")
    assert quote.speaker == "Tomas Brenner"


def test_a_bare_quotation_after_a_paragraph_about_someone_told_by_pronoun_is_theirs(recorded, find_quote):
    """The paragraph before turns to Whitfield and ends on `She …`: the quotation is hers, not
    the speaker of two paragraphs before, nor nobody's."""
    text = (
        "Volunteers sign up for the harbour clean-up\n\n"
        "More than forty people have joined the harbour clean-up planned for Saturday, among them "
        "Lena Whitfield, who swims in the harbour all year.\n\n"
        '"We did not expect this many," said organiser Tomas Brenner. "We will need more gloves."\n\n'
        "Whitfield needed no persuading. She has swum past the same rusting trolley every morning for a decade.\n\n"
        '"I signed up the first day."\n'
    )
    quote = find_quote(extract(recorded, text), "first day")
    assert quote.speaker == "Lena Whitfield"


# --- the focus of the paragraph before ---------------------------------------------------


def test_a_pronoun_opening_a_paragraph_goes_to_the_person_the_paragraph_before_introduced(recorded, find_quote):
    """The paragraph before introduces Ana Kiplagat (an age, a relative clause) as the object of
    its sentence; the woman met before stands only in a clause of time there."""
    text = (
        "A bakery on the quay\n\n"
        "Nadia Brennan opened the bakery in 2019 with her brother.\n\n"
        '"I wanted a place that smelled of bread at five in the morning," Brennan says.\n\n'
        "The pastry bench belongs to Ana Kiplagat, 24, who was washing trays at the bakery until "
        "Brennan caught her practising croissants after closing.\n\n"
        '"She never said a word. She just left me a bag of good butter," she says.\n'
    )
    quote = find_quote(extract(recorded, text), "good butter")
    assert quote.speaker == "Ana Kiplagat"


def test_a_name_in_a_list_introduces_no_one(recorded, find_quote):
    text = (
        "Ministers meet on the ferry treaty\n\n"
        "Foreign Minister Tomas Brenner met his counterpart Ines Falk on Thursday, the ministry said.\n\n"
        "Brenner, Falk and Okafor\n\n"
        '"Our meetings are always useful," he said.\n'
    )
    quote = find_quote(extract(recorded, text), "always useful")
    assert quote.speaker != "Okafor"


# --- who was addressed, and a subject only in a clause of time --------------------------------


def test_a_reply_goes_to_the_one_asked_whom_the_text_already_called_he(recorded, find_quote):
    """`"…?" she asked him. "…," he replied.`: `him` is the man the text already calls `he`,
    not a nearer name whose gender it never told (the doctor's); the reply is his."""
    text = (
        "Night shifts at the depot\n\n"
        "For eleven years, Omar Castell drove the night bus from Kelby. He still wakes at three.\n\n"
        'His doctor, Dr Ngozi Varga-Olumide, says the new pump has changed that. "The machine does the worrying now," '
        "the doctor says.\n\n"
        'Castell\'s wife, Ines, noticed first. "He stopped getting up," she says.\n\n'
        '"Are you sure it is working?" she asked him on the third night. "Go back to sleep," he replied.\n'
    )
    quote = find_quote(extract(recorded, text), "Go back to sleep")
    assert quote.speaker == "Omar Castell"


def test_a_preposition_with_its_own_object_is_no_particle_of_a_cue(recorded, find_quote):
    """`when Dunmore went on a 19-2 run`: `went on` with an object is no `go on` of speech, so
    the team in a clause of time is no speaker the next `she` could stand for."""
    text = (
        "Coach takes the blame after the final\n\n"
        "Marta Ellison did not wait for the first question.\n\n"
        "Ellison said her team had been slow and that she took the blame for the third quarter, "
        "when Dunmore went on a 19-2 run.\n\n"
        "Asked whether the schedule had been a factor, she shook her head.\n\n"
        '"No. Everyone was tired, and they ran harder," she said.\n'
    )
    quote = find_quote(extract(recorded, text), "Everyone was tired")
    assert quote.speaker == "Marta Ellison"


def test_words_quoted_within_what_a_relative_clause_reports_are_its_antecedents(recorded, find_quote):
    """`…, an analyst, who later wrote that the cuts were "…"`: the quotation lies within what
    `wrote` reports, so `who` is the analyst, not the woman the paragraph was about."""
    text = (
        "Chipmaker to close its oldest plant\n\n"
        "Chief Executive Renata Oyelaran told analysts on Wednesday that the company had waited too long "
        "to shrink its older lines. She said the closure would save about $140 million a year.\n\n"
        'Asked whether further closures were planned, the executive said: "Not today." The question came '
        "from Tobias Wennberg, an analyst at Pellham Securities, who later wrote in a note to clients that "
        'the cuts were "late but welcome".\n'
    )
    quote = find_quote(extract(recorded, text), "late but welcome")
    assert quote.speaker == "Tobias Wennberg"


def test_a_name_in_what_a_pronoun_reports_is_not_that_pronoun(recorded, find_quote):
    """`Kelby County, he said, was "…"`: the name stands in the words `he` reports, so `he` is
    someone else (the director who spoke before), never the county."""
    text = (
        "Campaign looks south\n\n"
        "Dan Whitcombe, the state director of the campaign, was unsure why the race had tightened.\n\n"
        '"Maybe we are just letting the others talk," Whitcombe said. "We are trying to stay calm." '
        'Kelby County, he said, was "where we have a real chance".\n'
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "stay calm").speaker == "Dan Whitcombe"
    assert find_quote(quotes, "a real chance").speaker == "Dan Whitcombe"


def test_a_cue_the_parser_read_as_a_plural_noun_after_a_name_still_reports(recorded, find_quote):
    """`"…," Arlo Viguerant notes.`: the parser may read `notes` after a name as a plural noun
    with the name as its modifier; it is still the cue, and the quotation is his, not nobody's."""
    text = (
        "Veteran organiser backs the senator\n\n"
        '"He has the same appeal the old governors had to working voters," Arlo Viguerant notes.\n\n'
        "Mina Kessler thanked him at a rally on Friday.\n"
    )
    quote = find_quote(extract(recorded, text), "working voters")
    assert quote.speaker == "Arlo Viguerant"


def test_the_possessor_of_a_main_clauses_subject_is_whom_its_paragraphs_pronoun_stands_for(recorded):
    """`Dr. Harjit Sandhu's advice is simpler. She said …`: the paragraph is about Sandhu (of no
    told gender), not about the woman who spoke in the paragraph before."""
    text = (
        "Waiting for a family doctor\n\n"
        "\"It's the only number the government counts,\" said Tomas Brenner of the patients' group.\n\n"
        'Ms. Ines Falk agreed. "Data is what moves budgets," she said.\n\n'
        "Dr. Harjit Sandhu's advice is simpler. She said patients should keep copies of every test result, "
        '"because the next doctor will need them."\n'
    )
    quotes = [q for q in extract(recorded, text) if "next doctor" in q.text]
    assert quotes and all(q.speaker == "Harjit Sandhu" for q in quotes)


def test_a_two_word_cue_the_parser_read_as_a_noun_after_a_name_still_reports(recorded, find_quote):
    """`"…," Ibáñez-Oduya shot back.`: the parser may read `shot` as a noun with the name as
    its modifier; `shot back` is still the cue, so the voice changes from the accuser."""
    text = (
        "Rivals clash over the harbour\n\n"
        "Mayor Tomas Brenner accused Councillor Inés Ibáñez-Oduya of wanting to \"sell the harbour to the cities.\"\n\n"
        "\"That's not true, and the mayor knows it's not true,\" Ibáñez-Oduya shot back. \"I grew up on a boat.\"\n"
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "not true").speaker == "Inés Ibáñez-Oduya"
    assert find_quote(quotes, "grew up on a boat").speaker == "Inés Ibáñez-Oduya"


# --- a name the parser left outside its clause is still its subject ------------------------


def test_a_name_read_as_a_modifier_of_its_verb_is_the_subject_its_pronoun_stands_for(recorded, find_quote):
    """`Asked about that remark, X laughed.`: the parser may hang `X` on the verb as an
    adjective or an adverb; X is still what the sentence is about, and the `she` after it
    hers, not the woman quoted before."""
    text = (
        "Council budget talks stall\n\n"
        "Council leader Maren Okafor-Blythe said the opposition, led by Dana Okonkwo-Marsh and Ruth "
        "Brennagh-Tolle, was stalling. "
        '"They are taking orders from people who want a shutdown," she said.\n\n'
        'Asked about that remark, Okonkwo-Marsh laughed. "Nobody gives me orders," she said.\n\n'
        "Told of the vote, Brennagh-Tolle smiled. "
        '"Then we start again on Monday," she said.\n'
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "Nobody gives me orders").speaker == "Dana Okonkwo-Marsh"
    assert find_quote(quotes, "start again on Monday").speaker == "Ruth Brennagh-Tolle"


def test_a_title_that_tells_a_gender_wins_over_the_guess_from_a_given_name(recorded, find_quote):
    """`Mr Adeyemi` tells that Sola Adeyemi is a man, though the few bearers of that given name
    counted are mostly women: the `he` after a description of him is his, not someone else's."""
    text = (
        "Town hall vote delayed\n\n"
        "The town's mayor, Sola Adeyemi, asked for more time. Mr Adeyemi said the plans were not ready.\n\n"
        "Rosa Ferrante, who chairs the planning board, said the delay would cost money. "
        "Her deputy, Marco Bellini, agreed.\n\n"
        "The mayor, who has held the post since 2019, said he would call a vote in May. "
        '"We will not be rushed," he said.\n'
    )
    quote = find_quote(extract(recorded, text), "not be rushed")
    assert quote.speaker == "Sola Adeyemi"


def test_a_description_that_repeats_the_headlines_noun_is_the_person_the_story_opens_with(recorded, find_quote):
    """`The old midwife shrugs` under the headline `The midwife who never sleeps`: the
    description fits no one the text described, and means the person the story is about, so
    the `she says` after it is hers, not the neighbour's quoted just before."""
    text = (
        "The midwife who never sleeps\n\n"
        "Ana Kovac has delivered babies in the valley for thirty years. She still answers her phone at any hour.\n\n"
        'Her neighbour, Dora Lind, runs the flower shop next door. "I hear her car leave at three in the morning," Lind says.\n\n'
        "The old midwife just shrugs when she hears this.\n\n"
        '"Babies do not keep office hours," she says.\n'
    )
    quote = find_quote(extract(recorded, text), "office hours")
    assert quote.speaker == "Ana Kovac"


def test_a_name_a_participle_gives_is_the_speakers_and_their_singular_they(recorded, find_quote):
    """`One of them, a nurse from the coast named X, said they …`: the name `named` gives
    (wherever the parser hangs the participle) is whom `One` and the `they said` after it
    mean, not the ferry operator that spoke before."""
    text = (
        "Storm strands ferry passengers\n\n"
        "Ferry operator Nordlink said crossings would resume on Wednesday if the wind dropped.\n\n"
        "Dozens of passengers spent the night in the terminal. One of them, a nurse from the coast named "
        'Alex Morrow-Vance, said they had been due at work at six. "My ward manager has been very kind about it," '
        "they said.\n"
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "due at work").speaker == "Alex Morrow-Vance"
    assert find_quote(quotes, "very kind").speaker == "Alex Morrow-Vance"


def test_a_name_the_parser_hangs_on_the_body_a_spokesman_speaks_for_is_the_subject(recorded, find_quote):
    """`A spokesman for the House Republicans, X, replied.`: the parser hangs X on the
    Republicans; X is still the subject, the latest in the paragraph, and the `he wrote` after
    it is his, not the budget secretary's who spoke first."""
    text = (
        "Budget talks stall again\n\n"
        "The governor's budget secretary, Paul Renner, said in an emailed statement that the administration had "
        '"offered real compromises on school funding". A spokesman for the House Republicans, Martin Greer, '
        'replied within minutes. The offer was "the same tax increase in a different hat", he wrote.\n'
    )
    quote = find_quote(extract(recorded, text), "different hat")
    assert quote.speaker == "Martin Greer"
