"""The attribution rules that read the words around a quotation: a verb of manner before it
(`manner_before`), a cue closed by a colon, labels in title case, `in her words`, a name before a
colon (`name_colon`), quoted words that are a verb's object (`quoted_object`), each on a text
written for it, over recorded parses (`recorded`).

Every text here is made up for the test.
"""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract

# --- a verb of manner before the quotation (`manner_before`) ------------------------------


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ('Ines Falk shot back, "I have answered that question twice already this evening."', "Ines Falk", "shot back"),
        ('Later Mayor Ines Falk boomed, "Today you proved once again that this harbour never quits."', "Ines Falk", "boomed"),
        ('Ines Falk fired back forcefully: "If they sue us in a court here, they are going to lose."', "Ines Falk", "fired back"),
    ],
)
def test_a_verb_of_manner_before_the_quotation_reports_it(recorded, find_quote, sentence, speaker, cue):
    text = f"The harbour board met on Tuesday night.\n{sentence}\n"
    quote = find_quote(extract(recorded, text), "")
    assert (quote.speaker, quote.kind) == (speaker, "direct")
    assert quote.cue is None or quote.cue.text == cue  # a clause that ends in a colon may answer first


def test_a_verb_with_an_object_before_the_quotation_does_not_report_it(recorded, find_quote):
    text = (
        'The harbour board met on Tuesday night. "The pier stays shut," Ines Falk said.\n'
        'Tomas Reyes, the treasurer, opened the accounts, "the worst I have seen in twenty years."\n'
    )
    quote = find_quote(extract(recorded, text), "worst I have seen")
    assert quote.cue is None or quote.cue.text != "opened"



def test_a_verb_of_manner_joined_to_a_clause_before_shares_its_subject(recorded, find_quote):
    """`He pulled on a cloak and joked, "…"`: the second verb has no subject of its own; the
    clause's subject speaks, not the speaker before, whom a bare quotation would go on with."""
    text = (
        "Magicians gather for the winter fair\n\n"
        '"Every trick here is older than I am," said organiser Corvina Pennywhistle.\n\n'
        "Osgood Marbleworth, 71, was the last to perform. "
        'He pulled on a velvet cloak and joked, "Nobody will see through this disguise."\n'
    )
    quote = find_quote(extract(recorded, text), "see through this disguise")
    assert quote.speaker == "Osgood Marbleworth"
    assert quote.cue is not None and quote.cue.text == "joked"

# --- a cue in a clause beside the one that introduces the quotation -----------------------


def test_a_cue_in_a_clause_of_time_gives_way_to_the_clause_before_the_quotation(recorded, find_quote):
    text = (
        "The debate turned to the ferry contract.\n"
        "When Tomas Reyes suggested that the town could renegotiate the deal, Ines Falk fired back: "
        '"If they sue us in a court here, they are going to lose."\n'
    )
    quote = find_quote(extract(recorded, text), "going to lose")
    assert quote.speaker == "Ines Falk"


# --- a cue that names no one before the quotation ------------------------------------------


def test_a_participle_cue_without_a_subject_goes_on_with_the_speaker_before(recorded, find_quote):
    text = (
        "Councillor Tomas Reyes said the board had been misled about the cost of the pier. "
        'Adding, "We were never shown the figures, and I will not vote blind."\n'
    )
    quote = find_quote(extract(recorded, text), "never shown the figures")
    assert quote.speaker == "Tomas Reyes"


# --- a cue that opens the next quotation ----------------------------------------------------


def test_a_cue_closed_by_a_colon_introduces_the_quotation_after_it(recorded, find_quote):
    text = (
        '"We are fishermen," Amal Haddad said. "We are not smugglers." '
        'Karim Nasser said: "The boats were searched twice and nothing was found."\n'
    )
    quotes = extract(recorded, text)
    assert find_quote(quotes, "not smugglers").speaker == "Amal Haddad"
    assert find_quote(quotes, "searched twice").speaker == "Karim Nasser"


def test_a_cue_closed_by_a_colon_still_attributes_a_first_quotation(recorded, find_quote):
    text = '"We are not smugglers." Karim Nasser said: "The boats were searched twice and nothing was found."\n'
    quotes = extract(recorded, text)
    assert find_quote(quotes, "not smugglers").speaker == "Karim Nasser"


# --- transcripts whose labels are in title case ---------------------------------------------

HEARING = (
    "Extract from the record of the harbour committee, Thursday\n"
    "Chair (Cllr Ana Ruiz): Mr Okafor, the pier has been shut since March. When will it open?\n"
    "Mr Okafor: We expect to open it in October. That depends on the steel arriving in time.\n"
    "Cllr Ben Adler: You told us June last time. Why should we believe October?\n"
    "Mr Okafor: Because the divers have now seen every piling, and we know what is broken.\n"
    "Chair: Ms Lindqvist, has the closure hurt your boats?\n"
    "Ms Lindqvist: We carry twice as many passengers as we did, but the landing stage is falling apart.\n"
)


def test_a_label_in_title_case_that_opens_several_lines_marks_a_transcript(recorded):
    quotes = extract(recorded, HEARING)
    assert [(q.text[:24], q.speaker, q.resolution) for q in quotes] == [
        ("Mr Okafor, the pier has ", "Ana Ruiz", "transcript"),
        ("We expect to open it in ", "Okafor", "transcript"),
        ("You told us June last ti", "Ben Adler", "transcript"),
        ("Because the divers have ", "Okafor", "transcript"),
        ("Ms Lindqvist, has the cl", "Ana Ruiz", "transcript"),
        ("We carry twice as many p", "Lindqvist", "transcript"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Count after the vote\nRuiz: 547 delegates.\nAdler: 46 delegates.\nRuiz: 2,316 in all.\nAdler: 1,547 in all.\n",
            id="a-tally",
        ),
        pytest.param(
            "Mr Okafor: We expect to open the pier in October.\nMs Lindqvist: The landing stage is falling apart.\n",
            id="no-label-repeated",
        ),
    ],
)
def test_labels_in_title_case_without_a_repeated_speaker_are_no_transcript(recorded, text):
    assert [q for q in extract(recorded, text) if q.resolution == "transcript"] == []


# --- a name with a description of several words between the quotation and its cue ----------


def test_a_name_whose_description_ends_in_words_of_its_own_speaks_before_the_cue(recorded, find_quote):
    text = (
        "The council voted on Monday to close the pier for the winter.\n\n"
        "''They were professionals, but also competitors,'' William M. Daley, the mayor's former chief of staff, "
        "said of their time in the administration.\n"
    )
    quote = find_quote(extract(recorded, text), "also competitors")
    assert (quote.speaker, quote.cue.text) == ("William M. Daley", "said")


# --- whose words (`in_words_of`) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The captain of the harbour team, Ines Falk, spoke after the final. "
            'In her words, "we were outplayed from the first minute to the last."',
            "Ines Falk",
        ),
        ('The coach praised the crowd. In the words of Tomas Reyes, "nobody in this town will forget tonight."', "Tomas Reyes"),
        (
            "Lucas Morris coached the team for a decade. The final was held in the old harbour because, "
            'in Morris\u2019 words, "nobody in this town will forget tonight."',
            "Lucas Morris",
        ),
        (
            "Mayor Ana Ruiz spoke after the final. She promised to rebuild the stadium because, "
            'in her words, "nobody in this town will forget tonight."',
            "Ana Ruiz",
        ),
    ],
)
def test_in_someones_words_gives_the_quotation_to_them(recorded, find_quote, text, speaker):
    quote = find_quote(extract(recorded, text), "outplayed" if "outplayed" in text else "forget tonight")
    assert quote.speaker == speaker
    assert quote.cue is None  # the phrase, not a cue earlier in the sentence, gives the speaker


# --- a name before a colon within a paragraph (`name_colon`) -------------------------------


def test_a_name_before_a_colon_labels_the_quotation_before_a_source_cited_after_it(recorded, find_quote):
    text = (
        'Pollsters agree - Ines Falk: "One of the biggest lessons was a simple one: keep contacting voters '
        'as late as possible." [Data Desk.]\n'
    )
    quote = find_quote(extract(recorded, text), "biggest lessons")
    assert quote.speaker == "Ines Falk"


def test_two_names_before_a_colon_label_the_quotation(recorded, find_quote):
    text = (
        'POLLS MISSED THE LATE SWING - Ana Ruiz and Tomas Reyes: "Although the polls failed to predict the '
        "result, it isn't because they were wrong. They just ended too early.\" [Harbour Post.]\n"
    )
    quote = find_quote(extract(recorded, text), "ended too early")
    assert quote.speaker_mention.text == "Ana Ruiz and Tomas Reyes"


def test_a_name_that_is_a_verbs_object_before_a_colon_labels_nothing(recorded, find_quote):
    text = 'Mayor Ana Ruiz told Harbour Radio: "We will rebuild the pier before winter."\n'
    quote = find_quote(extract(recorded, text), "rebuild the pier")
    assert (quote.speaker, quote.cue.text) == ("Ana Ruiz", "told")


LAWMAKERS = "Lawmakers argued over the budget on Thursday, and the vote was put off until next week.\n\n"


@pytest.mark.parametrize("line", [
    'Senator Maribeth Quandlow (R-S.C.):"This bill spends money we do not have."',
    'Senator Maribeth Quandlow (R-S.C.): "This bill spends money we do not have."',
    'More from Senator Maribeth Quandlow (R-S.C.):"This bill spends money we do not have."',
])
def test_a_name_with_its_party_and_state_before_a_colon_labels_the_quotation(recorded, find_quote, line):
    """The tokenizer keeps the closing bracket on the tag (`S.C.)`) or on the colon (`):`)."""
    text = LAWMAKERS + line + "\n\nThe committee will meet again on Monday.\n"
    quote = find_quote(extract(recorded, text), "spends money")
    assert (quote.speaker, quote.kind) == ("Maribeth Quandlow", "direct")


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_past_of_saying_before_a_name_and_a_colon_is_the_cue(recorded, find_quote, between):
    text = (LAWMAKERS + "Representative Tobias Quellbrook said the cuts went too far." + between
            + 'Stated Quellbrook: "The people sent us here to govern."\n')
    quote = find_quote(extract(recorded, text), "sent us here")
    assert (quote.speaker, quote.cue.text) == ("Tobias Quellbrook", "Stated")


@pytest.mark.parametrize("fragment, speaker", [("pay for the repairs", "Ylva Vollrath"), ("Nobody in this town", "Ottokar Sternbeck")])
def test_a_label_that_describes_a_person_before_her_name_is_hers(recorded, find_quote, fragment, speaker):
    text = (
        "Councillors clashed over the bridge tolls on Wednesday night.\n\n"
        'Harbour committee chair Ylva Vollrath:"The tolls pay for the repairs and nothing else."\n\n'
        'Former transport minister Ottokar Sternbeck:"Nobody in this town believes that any more."\n'
    )
    assert find_quote(extract(recorded, text), fragment).speaker == speaker


# --- quoted words that are a verb's whole object (`quoted_object`) -------------------------


@pytest.mark.parametrize(
    "sentence, fragment, speaker",
    [
        ('In a speech in August, Tomas Reyes attacked "the cuts that close our library every single winter."', "the cuts", "Tomas Reyes"),
        ('Tomas Reyes spoke last. He also took credit for "being right about the harbour from the very first day."', "being right", "Tomas Reyes"),
    ],
)
def test_quoted_words_that_are_the_object_of_a_persons_verb_are_theirs(recorded, find_quote, sentence, fragment, speaker):
    text = f'The mayor spoke on Monday. "The pier comes first," Ana Ruiz said.\n\n{sentence}\n'
    quote = find_quote(extract(recorded, text), fragment)
    assert quote.speaker == speaker


def test_a_short_quoted_object_stays_a_scare_quote(recorded):
    text = 'Tomas Reyes spoke on Monday. Residents booed the "pier plan" for an hour, and Reyes left early.\n'
    assert [q for q in extract(recorded, text) if q.kind != "indirect"] == []


# --- a new voice that the text describes rather than names (`introduced`) ------------------


def test_a_quotation_after_a_sentence_about_a_described_person_is_theirs(recorded, find_quote):
    text = (
        '"We will appeal," the defence lawyer, Tomas Reyes, said after the hearing. "This is not over."\n\n'
        'The judge then turned to the lawyer. "Explain to me why your client is here at all."\n'
    )
    quote = find_quote(extract(recorded, text), "Explain to me")
    assert (quote.speaker, quote.speaker_mention.text) == ("judge", "The judge")


# --- a short quotation with a cue after it, and quoted words that only qualify a noun -------


def test_a_short_quotation_a_cue_corrects_is_speech(recorded, find_quote):
    text = (
        "Marta Lind bakes bread every night while her husband, Piotr Lind, sings.\n\n"
        '"He knows three songs," she says. "Four songs," Piotr Lind corrects her from across the room.\n'
    )
    quote = find_quote(extract(recorded, text), "Four songs")
    assert (quote.kind, quote.speaker, quote.cue.text if quote.cue else None) == ("direct", "Piotr Lind", "corrects")


@pytest.mark.parametrize(
    "text",
    [
        "Doctors warn of 'silent' strokes as waiting lists grow\n\nPatients in the north wait longest, a report found.\n",
        'Dr. Lena Hale warned of "silent" strokes in the north.\n',
        "Tom Hale took calls from listeners to his \"Tellin' It Straight\" radio program who said they had doubts.\n",
    ],
)
def test_quoted_words_that_qualify_the_noun_after_them_are_no_ones(recorded, text):
    assert [q for q in extract(recorded, text) if q.kind != "indirect"] == []


def test_a_quoted_phrase_that_is_the_whole_object_is_still_its_speakers(recorded, find_quote):
    quote = find_quote(extract(recorded, 'Dr. Lena Hale warned of a "perfect storm" this winter.\n'), "perfect storm")
    assert (quote.kind, quote.speaker) == ("mixed", "Lena Hale")


def test_a_line_quoted_in_single_marks_heads_a_section_of_a_text_that_quotes_in_double_ones(recorded):
    text = (
        "Rita Vance has run the shop for thirty years. ''I never planned it,'' she said.\n\n"
        "'A Fight From Start to Finish.'\n\n"
        "The lease came up in March. ''We nearly lost it,'' Vance said.\n"
    )
    assert [q.text for q in extract(recorded, text)] == ["I never planned it,", "We nearly lost it,"]


def test_a_line_quoted_in_single_marks_is_speech_where_single_marks_quote(recorded):
    text = "Rita Vance has run the shop for thirty years. 'I never planned it,' she said.\n\n'I just stayed.'\n"
    assert [q.text for q in extract(recorded, text)] == ["I never planned it,", "I just stayed."]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ('The mayor, Tom Hale, issued a statement Thursday night condemning "what appears to be a horrific attack on the port."', "Tom Hale"),
        ('Tom Hale posted a video on Monday mocking "a harbour plan that nobody in this town ever asked for."', "Tom Hale"),
    ],
)
def test_quoted_words_a_participle_takes_as_its_object_are_the_acts_subjects(recorded, find_quote, sentence, speaker):
    text = f"The harbour board met on Tuesday night.\n\n{sentence}\n"
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "")
    assert quote.speaker == speaker


def test_quoted_words_that_qualify_a_noun_after_a_persons_possessive_are_theirs(recorded, find_quote):
    text = "Rita Vance spoke at the dinner.\n\nRita Vance's \"forty percent\" remark was nearly as harsh as the others.\n"
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "forty percent")
    assert (quote.kind, quote.speaker) == ("mixed", "Rita Vance")


def test_quoted_words_that_qualify_a_noun_a_verb_of_naming_gives_are_the_namers(recorded, find_quote):
    text = "Leaders met in Oslo.\n\nThey condemned what Tom Hale called the council's \"reckless, costly, pointless\" plans.\n"
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "reckless")
    assert (quote.kind, quote.speaker) == ("mixed", "Tom Hale")


def test_a_works_title_the_tagger_took_for_a_verb_is_what_a_verb_of_naming_names(recorded, find_quote):
    text = ("Mira Vennacott paints on sailcloth. \"I never plan a picture,\" she says.\n\n"
            "The gallery's director, Osric Brisbourne-Achterberg, calls Drifting \"the bravest thing we have "
            "shown\". He says the canvas needed six hangers.\n")
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "bravest thing")
    assert quote.speaker == "Osric Brisbourne-Achterberg"


def test_quoted_words_an_infinitive_of_purpose_takes_are_the_words_of_the_one_who_acted(recorded, find_quote):
    text = ("Ministers faced questions on rail fares. The transport minister, Pellisandra Voyle, had raised "
            "them by a tenth.\n\nAnsel Quorrington, who sits for a commuter seat, stood to thank the minister for "
            "\"a fair deal for every passenger\". He said his town was delighted.\n")
    quote = find_quote([q for q in extract(recorded, text) if q.kind != "indirect"], "fair deal")
    assert quote.speaker == "Ansel Quorrington"


# --- a line that signs the quotation above it (`signed_below`) ----------------------------

SIGNED = (
    "Your views on the lighthouse sale\n\n"
    "Last month we asked whether the old lighthouse should be sold, and the letters have not stopped since.\n\n"
    '"My grandfather kept that light for thirty years. Selling it to a hotel chain is an insult to him."\n'
    "— Marguerite Pellisier-Strand, Fenwick Quay\n\n"
    '"Sell it. The town cannot pay for a new roof, and a tower nobody climbs helps nobody."\n'
    "- Professor Oriel Dunmoor.\n\n"
    "The council will vote on the sale in June. Its leader, Tamsin Roebuck, has backed it.\n\n"
    '"We will keep the lamp room open to visitors whoever buys it."\n'
    "– Roebuck\n\n"
    '"Tide tables for the week are printed on page nine."\n'
    "— Gazette\n"
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        pytest.param("grandfather kept", "Marguerite Pellisier-Strand", id="a name and a place"),
        pytest.param("Sell it", "Oriel Dunmoor", id="a title and a name"),
        pytest.param("lamp room", "Tamsin Roebuck", id="a surname given before"),
    ],
)
def test_a_dash_line_with_a_persons_name_signs_the_quotation_above_it(recorded, find_quote, fragment, speaker):
    """A letters page, an epigraph, a fact-check: the line under a quotation that stands alone
    in its paragraph, opening with a dash and a person's name, says who said it."""
    quote = find_quote(extract(recorded, SIGNED), fragment)
    assert (quote.speaker, quote.kind) == (speaker, "direct")


def test_a_dash_line_that_names_no_person_signs_nothing(recorded):
    """`— Gazette`: an outlet credited under a quotation does not speak it."""
    quotes = [q for q in extract(recorded, SIGNED) if "Tide tables" in q.text]
    assert all(q.speaker != "Gazette" for q in quotes)


# --- a cue after the quotation whose subject the parser lost (`name_before_cue_after`) -------

LOST_SUBJECT = (
    "Mill closure divides the valley\n\n"
    "The paper mill at Ostrey will close in May, its owners said on Friday.\n\n"
    '"This town was built around that mill and nobody in the boardroom ever set foot in it," poet '
    "Rosalind Everard-Abara wrote on her blog.\n\n"
    '"Six weeks for a hundred and forty years," Tobias Wyndle-Ferrars, the organiser who runs '
    "millworkers.org posted on Saturday.\n\n"
    '"Every other site was costed first," the company said.\n'
)


@pytest.mark.parametrize(
    ("fragment", "speaker"),
    [
        pytest.param("built around that mill", "Rosalind Everard-Abara", id="a description before the name read as a verb"),
        pytest.param("Six weeks", "Tobias Wyndle-Ferrars", id="a name in apposition to a word of the quotation"),
    ],
)
def test_a_cue_after_the_quotation_whose_subject_the_parse_lost_is_the_names_it_opens_with(
    recorded, find_quote, fragment, speaker
):
    """`"…," poet Ana Roe wrote`: the name the attribution opens with speaks, however the parser
    hung it, not the voice of the paragraph before."""
    quote = find_quote(extract(recorded, LOST_SUBJECT), fragment)
    assert (quote.speaker, quote.resolution) == (speaker, "explicit")


# --- an inverted attribution the parser read as a verb and its object (`inverted_after`) -------

INVERTED = (
    "Banners greet the marathon\n\n"
    "Thousands lined the course on Sunday, and many had brought signs for the runners.\n\n"
    '"Your feet hurt because you are kicking so much butt!" read one.\n\n'
    '"Run like the bus is leaving without you," urged another near the finish.\n\n'
    '"Go, Granny, go!" roared the crowd at the last bend.\n'
)


@pytest.mark.parametrize(
    ("fragment", "speaker", "cue"),
    [
        pytest.param("Your feet hurt", "one", "read", id="a verb tagged as its base form"),
        pytest.param("bus is leaving", "another", "urged", id="a place after the speaker"),
        pytest.param("Granny", "crowd", "roared", id="a manner of speaking"),
    ],
)
def test_a_verb_then_a_noun_phrase_ending_the_sentence_after_a_quotation_is_its_attribution(
    recorded, find_quote, fragment, speaker, cue
):
    """`"…," read one.`: the verb opens the clause after the quotation with no subject before
    it, and the noun phrase after it is who spoke, whatever the parser read it as."""
    quote = find_quote(extract(recorded, INVERTED), fragment)
    assert (quote.speaker, quote.cue.text) == (speaker, cue)


def test_a_verb_of_manner_after_a_question_whose_subject_is_a_surname_given_before_reports_it(recorded, find_quote):
    """`"…?" Roe pressed.`: after `?` the parser starts a sentence; its subject, the surname of
    someone named in full before (however the tagger read it), asked the question."""
    text = (
        "Mayor grilled on harbour deal\n\n"
        "Radio host Clemency Blanchflower spent an hour with Mayor Idris Kettlewick on Tuesday morning.\n\n"
        '"I will not take lessons from a radio studio," Kettlewick said.\n\n'
        '"Did you read the contract before you signed it?" Blanchflower pressed.\n\n'
        '"I read every page," he said.\n'
    )
    quote = find_quote(extract(recorded, text), "read the contract")
    assert (quote.speaker, quote.cue.text) == ("Clemency Blanchflower", "pressed")


def test_a_cue_word_that_stands_as_a_noun_with_an_article_is_the_speaker_not_a_cue(recorded, find_quote):
    """`"…," the accused replied.`: `accused` is the subject of `replied`, a person, not a cue
    of its own that names no one (which left the quotation to the one who asked)."""
    text = (
        "Bookkeeper denies taking club funds\n\n"
        "Prosecutor Quillan Haverstock-Cobbold asked whether the money had ever been returned to the rowing club.\n\n"
        '"You kept it for yourself, didn\'t you?" he asked.\n\n'
        '"I gave back every cent," the accused replied.\n'
    )
    quote = find_quote(extract(recorded, text), "every cent")
    assert (quote.cue.text, quote.speaker_mention.text) == ("replied", "the accused")
    assert quote.speaker != "Quillan Haverstock-Cobbold"


def test_a_verb_after_a_quotation_inside_its_sentence_is_no_inverted_attribution(recorded):
    """`Mayor declares "victory," ignores the count.`: the verb goes on the sentence the
    quotation stands in; the noun phrase after it speaks no words."""
    text = "Mayor declares 'victory,' ignores the count.\n\nThe count went on until dawn in the town hall.\n"
    assert all(q.speaker != "count" for q in extract(recorded, text))
