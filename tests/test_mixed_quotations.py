"""Short attributed phrases (issue 25, class 7): words after a person's possessive or after a
preposition are a mixed quotation of the speaker in reach; a thing's possessive, one word and
a title stay a scare quote or a name."""

from __future__ import annotations

import pytest
import spacy
from conftest import extract_checked as extract
from conftest import quote_with
from spacy.tokens import Doc

from quotex.lexicon import default_lexicon
from quotex.parse.syntax import speaker_head
from quotex.pipeline.components import TagMapper

LEXICON = default_lexicon()
VOCAB = spacy.blank("en").vocab

BUDGET = (
    "Finance minister Petra Lindqvist unveiled the budget on Monday.\n\n"
    'The minister\'s "war on red tape" will cut two hundred rules by the end of the year.\n\n'
    'Economist Jonas Berg was unimpressed. He said the forecast relied on "a heroic assumption" about exports.\n'
)


@pytest.mark.parametrize(
    "phrase, speaker",
    [("war on red tape", "Petra Lindqvist"), ("a heroic assumption", "Jonas Berg")],
)
def test_a_phrase_after_a_possessive_or_a_preposition_is_its_speakers_mixed_quotation(recorded, phrase, speaker):
    quote = quote_with([q for q in extract(recorded, BUDGET) if q.kind != "indirect"], phrase)
    assert (quote.text, quote.kind, quote.speaker) == (phrase, "mixed", speaker)


@pytest.mark.parametrize(
    "text",
    [
        'The budget\'s "hidden costs" worried the markets on Monday.',
        'Petra Lindqvist\'s "reset" has not gone well for the ferry.',
        'Petra Lindqvist\'s "Tales of the Harbour" sold out in a week.',
    ],
)
def test_a_things_possessive_one_word_or_a_title_gives_no_one_words(recorded, text):
    assert [q for q in extract(recorded, text) if q.kind != "indirect"] == []


# --- words quoted inside a sentence whose verb is not the cue (issue 25, class 4) ----------

TERMS = (
    "Rosa Alsop and Dan Morrow have sat on the harbour board for years.\n\n"
    "When Morrow was mayor, Alsop, then a young councillor on the planning board, called Morrow's "
    'parking plan "a gift to nobody." Morrow has not forgotten.\n\n'
    "The chair of the board, Felix Brandauer, praised her in a statement as "
    '"a builder who kept her word."\n'
)


@pytest.mark.parametrize(
    "phrase, speaker, mention",
    [("a gift to nobody", "Rosa Alsop", "Alsop"), ("a builder who kept her word", "Felix Brandauer", "The chair")],
)
def test_a_term_is_given_by_the_subject_of_its_verb_of_naming(recorded, phrase, speaker, mention):
    """The name the parser hangs as an apposition of the noun before it (not `mayor`), and a
    phrase of place between the verb and its `as`, leave the verb's subject the speaker."""
    quote = quote_with([q for q in extract(recorded, TERMS) if q.kind != "indirect"], phrase)
    assert (quote.kind, quote.speaker) == ("mixed", speaker)
    assert quote.speaker_mention is not None and quote.speaker_mention.text == mention


def test_words_quoted_in_a_reported_clause_about_a_thing_are_the_reporters(recorded):
    text = (
        "Judge Anna Kestrel of the Provincial Court sentenced the former treasurer on Friday.\n\n"
        "Kestrel said she accepted that the debts were real but that it did not explain "
        '"ten years of false invoices".\n'
    )
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], "false invoices")
    assert quote.speaker == "Anna Kestrel"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "Kestrel"


# --- a phrase quoted inside what a speech verb reports, the speaker's name misparsed ---------

REPORTED_PHRASES = [
    ("The study of street lamps and moths came out on Friday.\n\n"
     "Not all of her peers are convinced. Dr. Mirela Osgood-Vance, an entomologist at the Harlow Institute "
     'who was not involved in the study, said the model relied on "a bold assumption" about how far moths fly.\n',
     "a bold assumption", "Mirela Osgood-Vance"),
    ("The opposition has long opposed the dam.\n\n"
     'Their leader, Nadia bint Hamad al-Qasim, said the cabinet had "surrendered the river" by signing the deal.\n',
     "surrendered the river", "Nadia bint Hamad al-Qasim"),
    ("Residents packed the hall on Monday.\n\n"
     "Mr. Tomas Ferreira-Hale, a retired surveyor from the village who was not at the meeting, argued the plan "
     'rested on "a hopeful guess" about the traffic.\n',
     "a hopeful guess", "Tomas Ferreira-Hale"),
]


@pytest.mark.parametrize("text, phrase, speaker", REPORTED_PHRASES)
def test_a_short_phrase_in_what_a_verb_of_saying_reports_is_its_speakers(recorded, text, phrase, speaker):
    """A preposition, an auxiliary or a verb before the phrase, two clauses under the cue."""
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], phrase)
    assert (quote.text, quote.kind, quote.speaker) == (phrase, "mixed", speaker)


def _parsed(spec: str) -> Doc:
    """A sentence given as `word|TAG|head|dep` items (heads as indices), as a parser misread it."""
    words, tags, heads, deps = zip(*(item.split("|") for item in spec.split()), strict=True)
    doc = Doc(VOCAB, words=list(words), tags=list(tags), heads=[int(h) for h in heads], deps=list(deps))
    return TagMapper(LEXICON)(doc)


@pytest.mark.parametrize(
    "spec, cue, speaker",
    [
        # `Dr. Ana Roe, a geologist who was not involved, said the map relied on "…"`: the name
        # hung on the cue as its clause, the cue left without a subject.
        ("Dr.|NNP|2|compound Ana|NNP|2|nsubj Roe|NNP|10|ccomp ,|,|2|punct a|DT|5|det geologist|NN|2|dep "
         "who|WP|8|nsubjpass was|VBD|8|auxpass involved|VBN|5|relcl ,|,|10|punct said|VBD|10|ROOT "
         "the|DT|12|det map|NN|13|nsubj relied|VBD|10|ccomp on|IN|13|prep it|PRP|14|pobj .|.|10|punct", 10, "Roe"),
        # `Their leader, Omar Sey, argued the board had "…"`: the name an apposition of the
        # description, the description the subject of a word taken for a clause.
        ("Their|PRP$|1|poss leader|NN|4|nsubj ,|,|1|punct Omar|NNP|1|appos Sey|JJ|6|parataxis ,|,|6|punct "
         "argued|VBD|6|ROOT the|DT|8|det board|NN|10|nsubj had|VBD|10|aux erred|VBN|6|ccomp .|.|6|punct", 6, "Omar"),
        # `Her deputy, Lena Marsh, told …`: another verb, another gender.
        ("Her|PRP$|1|poss deputy|NN|4|nsubj ,|,|1|punct Lena|NNP|4|compound Marsh|NNP|6|parataxis "
         ",|,|6|punct told|VBD|6|ROOT them|PRP|6|dative .|.|6|punct", 6, "Marsh"),
    ],
)
def test_a_name_the_parser_hung_on_the_cue_as_a_clause_still_speaks(spec, cue, speaker) -> None:
    head = speaker_head(_parsed(spec)[cue])
    assert head is not None and head.text == speaker


@pytest.mark.parametrize(
    "spec, cue",
    [
        # `The Harbour Board's director, who took over in May, said …`: a body's possessive, no name.
        ("The|DT|2|det Harbour|NNP|2|compound Board|NNP|4|poss 's|POS|2|case director|NN|10|ccomp ,|,|4|punct "
         "who|WP|7|nsubj took|VBD|4|relcl over|RP|7|prt ,|,|10|punct said|VBD|10|ROOT so|RB|10|advmod .|.|10|punct", 10),
        # `Lee left early, the rest of them, said …`: a clause with a subject of its own before the cue.
        ("Lee|NNP|1|nsubj left|VBD|7|ccomp early|RB|1|advmod ,|,|1|punct the|DT|5|det rest|NN|1|npadvmod "
         ",|,|7|punct said|VBD|7|ROOT so|RB|7|advmod .|.|7|punct", 7),
    ],
)
def test_no_name_opens_a_sentence_that_is_a_clause_or_a_bodys(spec, cue) -> None:
    assert speaker_head(_parsed(spec)[cue]) is None


# --- a cue set into the clause that holds the phrase ----------------------------------------

ASIDES = [
    ("Economist Jonas Berg read the forecast on Monday.\n\n"
     'The forecast, he said, rests on "a heroic assumption" about exports.\n', "a heroic assumption", "Jonas Berg"),
    ("Mayor Ruth Abara opened the library on Friday.\n\n"
     'The new wing, she added, would be "a home for every reader" in the town.\n',
     "a home for every reader", "Ruth Abara"),
    ("Economist Jonas Berg read the forecast on Monday.\n\n"
     'According to Berg, the treasury has "lost the plot" on exports.\n', "lost the plot", "Jonas Berg"),
    ("Mayor Ruth Abara opened the library on Friday.\n\n"
     'According to the mayor, the council will build "a library in every ward" by 2030.\n',
     "a library in every ward", "Ruth Abara"),
]


@pytest.mark.parametrize("text, phrase, speaker", ASIDES)
def test_a_phrase_in_a_clause_a_cue_is_set_into_is_its_speakers(recorded, text, phrase, speaker):
    """`X, he said, Y "…"` and `According to X, Y "…"`: the cue reports the clause around it."""
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], phrase)
    assert (quote.text, quote.kind, quote.speaker) == (phrase, "mixed", speaker)


# --- a possessive pronoun of the one who acts ------------------------------------------------

PRONOUNS = [
    ("Finance minister Petra Lindqvist unveiled the budget on Monday.\n\n"
     'Lindqvist defended her "war on red tape" in parliament on Tuesday.\n', "war on red tape", "Petra Lindqvist"),
    ("Coach Dario Lentz took over the team in June.\n\n"
     'On Saturday he explained his "football without fear" to the fans.\n', "football without fear", "Dario Lentz"),
]


@pytest.mark.parametrize("text, phrase, speaker", PRONOUNS)
def test_a_phrase_after_the_subjects_own_possessive_pronoun_is_theirs(recorded, text, phrase, speaker):
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], phrase)
    assert (quote.text, quote.kind, quote.speaker) == (phrase, "mixed", speaker)


@pytest.mark.parametrize(
    "text",
    [
        # Someone else's possessive: the words are the subject's, and no cue gives them to her.
        'Coach Dario Lentz took over the team in June.\n\nLentz praised her "quiet courage" after the match.\n',
        'Coach Dario Lentz took over the team in June. Ana Pike left.\n\nHe referred to her "secret deal" on Tuesday.\n',
        # A phrase that only qualifies the noun after it.
        'Coach Dario Lentz took over the team in June.\n\nHe is sending his "hard working" players home.\n',
    ],
)
def test_a_possessive_pronoun_of_another_or_before_a_noun_gives_no_one_words(recorded, text):
    assert [q for q in extract(recorded, text) if q.kind != "indirect"] == []


# --- a phrase inside a clause that a cue reports from afar ----------------------------------

REPORTED_AROUND = [
    # Another quotation stands between the cue and the phrase.
    ("Ysolde Varnholt, the home skipper, spoke after the regatta.\n\n"
     'The skipper said her crew had been "magnificent" early on and that she would not be '
     '"pointing fingers at anyone" after one bad race.\n', "pointing fingers at anyone", "Ysolde Varnholt"),
    # The cue comes after the clause, and the parser hangs it there as an aside.
    ("Captain Odran Pellicott was not pleased.\n\n"
     'His crew had "gone to sleep" on the final leg, he said, after leading all day.\n',
     "gone to sleep", "Odran Pellicott"),
]


@pytest.mark.parametrize("text, phrase, speaker", REPORTED_AROUND)
def test_a_phrase_inside_what_a_cue_reports_from_afar_is_its_speakers(recorded, text, phrase, speaker):
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], phrase)
    assert (quote.text, quote.kind, quote.speaker) == (phrase, "mixed", speaker)


def test_one_word_inside_what_a_cue_reports_from_afar_stays_a_scare_quote(recorded):
    text = ("Treasurer Corvath Dunstable defended the plan on Monday.\n\n"
            'The treasurer\'s "savings" were "the same cuts in a new coat", Thessaly Marrowen wrote.\n')
    assert [q.text for q in extract(recorded, text) if q.kind != "indirect"] == ["the same cuts in a new coat"]


@pytest.mark.parametrize(
    "text",
    [
        # `the phrase "…"`: words mentioned, not said.
        ("Mayor Thessaly Marrowen spoke on Monday.\n\n"
         'Marrowen said the "reset" had worked and that she would not use the phrase "harbour levy" again.\n'),
        # A writer's aside in brackets inside the reported clause.
        ("Mayor Thessaly Marrowen spoke on Monday.\n\n"
         'Marrowen said the "reset" had worked (with a few "teething problems" on the way) and that fares would fall.\n'),
    ],
)
def test_words_named_or_quoted_in_brackets_inside_what_a_cue_reports_are_no_ones(recorded, text):
    """The one word `reset`, right after its cue's clause opens, is the cue's (`cue_before`)."""
    assert [q.text for q in extract(recorded, text) if q.kind != "indirect"] == ["reset"]


# --- verbs of naming: whose term it is ------------------------------------------------------

NAMED_TERMS = [
    # A relative clause with no relative word: the noun it hangs from is what is called.
    ("The harbour council shut the old baths on Monday, a move Councillor Odran Pellicott called "
     '"a small tragedy for the town".\n', "a small tragedy for the town", "Odran Pellicott"),
    # A participle right after the verb's object: the object calls.
    ("Brackwater held on by a point after a late surge from the visitors, which left Ysolde Varnholt "
     'calling it "a proper scare for all of us."\n', "a proper scare", "Ysolde Varnholt"),
    # After a comma, the participle is the subject's.
    ('Ysolde Varnholt thanked the fans after the match, calling them "the loudest in the league."\n',
     "the loudest in the league", "Ysolde Varnholt"),
    # A verb of naming with a subject of its own between the cue and the term.
    ("Drivers will not accept longer shifts, according to the Harbour Drivers' Union, whose leader, "
     "Corvath Dunstable, called the council's ferry figures \"a shell game.\"\n", "a shell game", "Corvath Dunstable"),
    # A verb of naming that shares its subject with the cue leaves the term to the cue.
    ("Corvath Dunstable said members were angry and called the plan \"a quiet betrayal\".\n",
     "a quiet betrayal", "Corvath Dunstable"),
]


@pytest.mark.parametrize("text, phrase, speaker", NAMED_TERMS)
def test_a_term_is_given_by_who_does_the_naming(recorded, text, phrase, speaker):
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], phrase)
    assert (quote.kind, quote.speaker) == ("mixed", speaker)


def test_a_term_in_a_relative_clause_without_its_word_points_at_its_subject(recorded):
    text = "The ferry board voted to double the fare, a move its leader called \"hard but fair\" on Monday.\n"
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], "hard but fair")
    assert quote.kind == "mixed"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "its leader"


# --- words that qualify a noun inside the clause a cue reports --------------------------------

SURCHARGE = "The Harbour Ferry Company will add a fuel surcharge from June.\n\n"


def test_words_qualifying_a_noun_in_a_reported_clause_are_the_speakers(recorded):
    text = SURCHARGE + 'The fare rise reflected "steep and sudden" fuel prices, a company spokesperson said.\n'
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], "steep and sudden")
    assert quote.kind == "mixed"
    assert quote.speaker_mention is not None and quote.speaker_mention.text == "a company spokesperson"


@pytest.mark.parametrize(
    "sentence",
    [
        'The "temporary" surcharge will stay until May, a company spokesperson said.\n',
        'The "short term" surcharge will stay until May, a company spokesperson said.\n',
        'The surcharge will pay for the "Harbour Lights Festival" ferries, a company spokesperson said.\n',
    ],
)
def test_a_word_or_two_or_a_name_qualifying_a_noun_in_a_reported_clause_stay_terms(recorded, sentence):
    assert [q for q in extract(recorded, SURCHARGE + sentence) if q.kind != "indirect"] == []


# --- a term after an object that a relative clause describes --------------------------------

RELATIVE_OBJECTS = (
    "The island's ferry board met on Thursday.\n\n"
    "Board member Lowenna Pendarves called the timetable that the operator published in March "
    '"a recipe for empty boats" and asked for a review.\n\n'
    "Her colleague Jory Morvah called the fare rise which followed the vote \"overdue but fair\".\n"
)


@pytest.mark.parametrize("phrase, speaker", [("a recipe for empty boats", "Lowenna Pendarves"), ("overdue but fair", "Jory Morvah")])
def test_a_term_after_an_object_with_a_relative_clause_is_the_namers(recorded, phrase, speaker):
    """The parser hangs the term inside the clause that describes the object; the clause is
    whole before it (it ends in a noun), so the verb of naming gives the term."""
    quote = quote_with([q for q in extract(recorded, RELATIVE_OBJECTS) if q.kind != "indirect"], phrase)
    assert (quote.kind, quote.speaker) == ("mixed", speaker)


def test_words_a_relative_clause_takes_for_its_object_are_no_term_given(recorded):
    text = "Lowenna Pendarves called the minister who had promised \"a new dawn\" at the harbour.\n"
    quote = quote_with([q for q in extract(recorded, text) if q.kind != "indirect"], "a new dawn")
    assert quote.speaker != "Lowenna Pendarves"
    assert quote.cue is not None and quote.cue.text == "promised"  # the clause's own verb gives them


# --- words quoted in a clause joined after a cue set into the sentence -----------------------

JOINED_AFTER_AN_ASIDE = (
    "The island ferry has been out of service since the storm.\n\n"
    "The boat will sail again on Monday, Jory Morvah said, and the new engine was "
    '"quieter by a mile".\n\n'
    "The quay will reopen in May, Lowenna Pendarves said, and critics called the delay \"a scandal for the island\".\n"
)


def test_words_in_a_clause_joined_after_an_aside_are_the_asides(recorded):
    quote = quote_with([q for q in extract(recorded, JOINED_AFTER_AN_ASIDE) if q.kind != "indirect"], "by a mile")
    assert (quote.kind, quote.speaker) == ("mixed", "Jory Morvah")


def test_a_joined_clause_with_a_verb_of_naming_speaks_for_itself(recorded):
    quote = quote_with([q for q in extract(recorded, JOINED_AFTER_AN_ASIDE) if q.kind != "indirect"], "a scandal")
    assert quote.speaker != "Lowenna Pendarves"


# --- a short phrase that is the object of a person's verb, or of its preposition -------------

OBJECT_PHRASES = (
    "Senator Averil Marrack toured the flooded valley on Tuesday.\n\n"
    'Marrack condemned "such a slow response" and asked for "boats on every street" before the next storm.\n\n'
    'She backs "a bigger flood barrier," wants more pumps and will visit again in May.\n\n'
    'She also attacked "bureaucrats" and praised "Harbour Lights Forever" at a rally.\n\n'
    'Marrack then served up "warm apple pie" to the volunteers, and she paid for it through "petty cash."\n'
)


@pytest.mark.parametrize("phrase", ["such a slow response", "boats on every street", "a bigger flood barrier,"])
def test_a_short_phrase_a_persons_verb_takes_is_their_words(recorded, phrase):
    """The verb's subject a surname alone, of the name given in full before."""
    quote = quote_with([q for q in extract(recorded, OBJECT_PHRASES) if q.kind != "indirect"], phrase)
    assert (quote.text, quote.speaker) == (phrase, "Averil Marrack")


def test_one_word_a_title_or_a_phrase_the_writers_clause_goes_on_past_stays_a_term(recorded):
    """A phrase with more of the writer's clause after it, or after a phrase of the verb's own,
    labels something in the writer's words."""
    texts = [q.text for q in extract(recorded, OBJECT_PHRASES) if q.kind != "indirect"]
    assert not {"bureaucrats", "Harbour Lights Forever", "warm apple pie", "petty cash."} & set(texts)
