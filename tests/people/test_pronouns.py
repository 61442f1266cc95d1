"""Pronouns: whom `he`, `she` and `his` stand for, the gender they tell, the one a
question was put to, and how many others competed.

Each article is written for these tests and runs through recorded parses (`recorded`);
`CASES` holds the ones that ask only who says the quotation holding some words.
"""

from __future__ import annotations

import pytest

from quotex.lexicon import default_lexicon
from tests.conftest import extract_checked, quote_with
from tests.people.helpers import speaker_of

PROFESSOR = (
    "Professor Alan Pryce retired last year. His wife, Judith, said he still reads every day.\n\n"
    '"He still reads every paper," she said.\n\n'
    "Manager Sofia Lund picked striker Kwame Boateng for the final.\n\n"
    '"We trust the young players," she said.\n\n'
    '"I was ready," he said.\n\n'
    "Mrs. Okoro, who coaches the girls' team, watched.\n\n"
    '"It was a brave choice," she said.\n'
)


CHOIR = (
    "The choir was founded ten years ago by Margit Lindqvist, a retired music teacher.\n\n"
    '"We started with four voices and a broken piano," she says.\n\n'
    "Rufus Adeyemi, a bus driver, joined in the second year. Lindqvist says he has never missed a "
    "rehearsal.\n\n"
    "The newest member is Harriet Osterman, 17, who sings alto and runs the choir's website.\n\n"
    '"My friends think it is hilarious," she says. "I do not care."\n'
)


FERRY = (
    "Skipper Margaret Olsen has run the island ferry since 1998.\n\n"
    '"The sea decides, not me," she says.\n\n'
    "Tevita Lolohea, 22, joined the crew in April. His uncle, Taniela, sailed with Olsen for a "
    "decade.\n\n"
    '"He will make a fine sailor," she says.\n\n'
    "Captain Ilse Brandvold commands the larger ship on the northern route.\n\n"
    '"We have never cancelled a Christmas sailing," the captain said.\n'
)


KAYAK = (
    "A walker who spent a night on Mount Halden has been found safe.\n\n"
    "Ingeborg Haugen, 41, set out alone on Saturday. Her partner, Tavita Aukland, raised the alarm "
    "when she did not come home.\n\n"
    "He said she had climbed Mount Halden a hundred times.\n"
)


REHEARSAL = (
    "The Glass Orchard review - a small play with a long memory\n\n"
    "Two actors carry the whole evening. Teodric Malvane, as the ferryman, barely moves, and is "
    "the more unsettling for it. Opposite him is Ysolde Ferrante-Oku, 23, a year out of drama school.\n\n"
    "The actor, 31, says he spent a month on a river barge to prepare for the part.\n\n"
    '"The boatmen never hurry. I took that from them," he says.\n\n'
    'Ferrante-Oku is less methodical. "Some nights I have no idea what he will do," she says. '
    '"That is the fun of it."\n'
)


BAKERY = (
    "The Copper Kettle has stood on Harrow Lane since 1998. Its owners, Brannoch Malvane and "
    "Ysolde Ferrante-Oku, bought it from a retired baker.\n\n"
    "Ferrante-Oku runs the counter. Her brother insists the recipe has never changed. "
    '"We still use the same oven and the same flour," he says.\n'
)


NIGHT_SHIFT = (
    "For twenty years Oskar Brenneval checked the lighthouse lamp every four hours.\n\n"
    "His daughter, Mireid, and her husband, Ruairc Delvaney, moved in with him last spring. "
    "Delvaney says the new lamp has never failed.\n\n"
    '"Are you sure it works?" Mireid asked Oskar on the first night. "Go back to sleep," he replied.\n'
)


QUARRY = (
    "The quarry at Felbridge closed in March. Krzysztof Andruszkiewicz worked there for thirty "
    "years, and Chiamaka Obiorah-Lund ran its canteen.\n\n"
    "Obiorah-Lund kept the recipe book. Andruszkiewicz still keeps a helmet by the door.\n\n"
    '"Nobody asked us what we thought," she says.\n'
)


CLINIC_BUDGET = (
    "The night clinic in Rathcoole will stay open for another year, its director, Dr Orlaith "
    "Mac Suibhne, said on Monday.\n\n"
    "The health board's treasurer, Declan Ferris, said the money had been hard to find.\n\n"
    'Mac Suibhne thinks it is money well spent. "Every patient we see at night is one the '
    'emergency department does not," she says.\n\n'
    '"We will find the rest," Mac Suibhne added.\n'
)


DEBATE = (
    "Councillor Brigid Osei-Lamb and her challenger, Tomas Hartley-Vane, sparred over the budget "
    "at Thursday's hustings.\n\n"
    '"You have never balanced a budget in your life," Hartley-Vane said.\n\n'
    '"I have balanced four of them, Tomas."\n'
)


OFFICE_INITIALS = (
    "The library in Pennant Cross will close in May, the county council said.\n\n"
    "The area's MS, Cadoc Tallowcombe, said he had written to the council's leader.\n\n"
    "'This is the third library to go in two years,' he said.\n"
)


MATCH_REPORT = (
    "Wardley Rovers beat Pellinghurst 3-1 on Saturday. Oswin Farrageld-Umbekwe, 24, scored twice.\n\n"
    '"We never stopped running," Tobiah Krennick said.\n\n'
    "The 51-year-old said his side had been superb and that he would not change the team. "
    "Farrageld-Umbekwe had played through a broken toe since March, he said.\n"
)


RAIL_BLOG = (
    "Rail strike: trains halted across the Brisgate region\n\n17:31\n\n"
    "The Signal Workers Union has confirmed its members will walk out again next Tuesday. Its general "
    "secretary, Barnabas Quillane-Ostruda, told a rally that the company had walked away. "
    '"We will be back at that table," he said.\n\n16:55\n\n'
    "A spokesperson for Brisgate Valley Railways said the offer remained fair. The depots would reopen "
    "by noon on Friday, they said, though the first timetables would be thin.\n"
)


NEW_ROAD = (
    "Councillor Ivo Brennard-Kask backed the new road on Monday.\n\n"
    "Residents of the Quillane estate said the plan was unsafe. Traffic had doubled in a year, they said.\n"
)


CASES = [
    pytest.param(PROFESSOR, 'every paper', 'Judith', id='a_pronoun_takes_the_nearest_person_of_its_gender-1'),
    pytest.param(PROFESSOR, 'young players', 'Sofia Lund', id='a_pronoun_takes_the_nearest_person_of_its_gender-2'),
    pytest.param(PROFESSOR, 'I was ready', 'Kwame Boateng', id='a_pronoun_takes_the_nearest_person_of_its_gender-3'),
    pytest.param(PROFESSOR, 'brave choice', 'Okoro', id='a_title_tells_a_gender'),
    pytest.param(CHOIR, 'broken piano', 'Margit Lindqvist', id='she_stands_for_the_woman_a_copula_just_introduced-1'),
    pytest.param(CHOIR, 'hilarious', 'Harriet Osterman', id='she_stands_for_the_woman_a_copula_just_introduced-2'),
    pytest.param(CHOIR, 'do not care', 'Harriet Osterman', id='she_stands_for_the_woman_a_copula_just_introduced-3'),
    pytest.param(FERRY, 'fine sailor', 'Margaret Olsen', id='his_tells_the_gender_of_the_man_it_stands_for'),  # not Lolohea: `His uncle`
    pytest.param(FERRY, 'Christmas sailing', 'Ilse Brandvold', id='captain_is_a_title_not_a_given_name'),
    pytest.param(REHEARSAL, 'no idea what he will do', 'Ysolde Ferrante-Oku', id='a_pronoun_takes_the_subject_of_the_sentence_before_it_in_its_paragraph-1'),
    pytest.param(REHEARSAL, 'That is the fun of it', 'Ysolde Ferrante-Oku', id='a_pronoun_takes_the_subject_of_the_sentence_before_it_in_its_paragraph-2'),
    # A reader cannot name her brother; he is not the co-owner named in the paragraph before.
    pytest.param(BAKERY, 'same oven', 'Her brother', id='a_pronoun_after_a_subject_described_without_a_name_stays_with_it'),
    pytest.param(NIGHT_SHIFT, 'sure it works', 'Mireid', id='the_one_a_question_was_put_to_gives_the_reply-1'),
    pytest.param(NIGHT_SHIFT, 'Go back to sleep', 'Oskar Brenneval', id='the_one_a_question_was_put_to_gives_the_reply-2'),
    pytest.param(QUARRY, 'Nobody asked us', 'Chiamaka Obiorah-Lund', id='she_skips_a_man_whose_given_name_is_rare_in_the_us'),
    # `Mac` is a man's given name elsewhere; here it starts her surname, so `she` may take her.
    pytest.param(CLINIC_BUDGET, 'Every patient we see', 'Orlaith Mac Suibhne', id='a_surname_that_starts_with_a_particle_tells_no_gender-1'),
    # `MS`, a member's initials in capitals, is not the honorific `Ms`: it tells no gender.
    pytest.param(OFFICE_INITIALS, 'third library', 'Cadoc Tallowcombe', id='an_office_in_capitals_is_no_honorific'),
    # The name in the words `he said` reports ahead of it is someone the speaker spoke of, not the speaker.
    pytest.param(MATCH_REPORT, 'broken toe', 'Tobiah Krennick', id='a_name_in_the_report_before_he_said_is_not_he'),
    # `they` goes on with the spokesperson of no told gender who spoke before it: the body, not the man named last.
    pytest.param(RAIL_BLOG, 'reopen by noon', 'Brisgate Valley Railways', id='they_goes_on_with_a_spokesperson_for_a_body'),
    pytest.param(CLINIC_BUDGET, 'find the rest', 'Orlaith Mac Suibhne', id='a_surname_that_starts_with_a_particle_tells_no_gender-2'),  # one person, not two
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str | None) -> None:
    """The quotation of `text` that holds `fragment` is said by `speaker` (None: nobody named)."""
    assert speaker_of(recorded, text, fragment) == speaker



def test_competition_is_reported_when_two_people_fit_a_pronoun(recorded) -> None:
    from quotex.attribution.statements import find_statements  # noqa: F401  (the pipeline builds People the same way)
    from quotex.people import People

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



def test_a_pronoun_tells_the_gender_of_the_person_it_stands_for(recorded) -> None:
    text = (
        "Jordan Ellis runs the farm, and she bought it in 2010. Morgan Hale sells the milk; he "
        "drives the van each morning.\n\n"
        '"We share the work," she said.\n\n'
        '"The van is older than me," he said.\n'
    )  # neither given name tells a gender: the first pronoun for each does
    assert speaker_of(recorded, text, "share the work") == "Jordan Ellis"
    assert speaker_of(recorded, text, "older than me") == "Morgan Hale"



def test_a_name_starting_with_a_place_word_is_no_person_and_she_tells_no_gender_when_two_fit(recorded) -> None:
    quote = quote_with(extract_checked(recorded, KAYAK), "climbed Mount Halden")
    assert quote.speaker == "Tavita Aukland"



def test_a_pronoun_after_a_described_subject_is_not_given_to_someone_else(recorded) -> None:
    # `The actor, 31, says he …`: `he` is the actor, whoever that is, not the woman named last;
    # so nothing here tells her gender wrongly.
    assert speaker_of(recorded, REHEARSAL, "boatmen never hurry") != "Ysolde Ferrante-Oku"



def test_a_quotation_that_calls_the_last_speaker_by_name_is_not_theirs(recorded) -> None:
    assert speaker_of(recorded, DEBATE, "balanced four of them") != "Tomas Hartley-Vane"
    assert speaker_of(recorded, DEBATE, "never balanced a budget") == "Tomas Hartley-Vane"


BOATHOUSE = (
    "Rowing club told to leave its boathouse\n\n"
    "The Vangsfjord Rowing Club must leave its boathouse by June, the harbour trust said.\n\n"
    "Inge Solbakken-Rudd, who has rowed for the club since 1979, was calmer than his own captain, "
    "Torvald Eikrem-Haug. 'We have moved before. We will find a shed somewhere,' he said.\n"
)


def test_his_own_tells_the_gender_of_its_clause_s_subject(recorded) -> None:
    # `Inge` is mostly a woman's name in the name counts; `his own` tells that this one is a
    # man, so `he said` goes to the subject of the sentence, not to the captain named last.
    assert speaker_of(recorded, BOATHOUSE, "moved before") == "Inge Solbakken-Rudd"


def test_they_goes_on_with_the_group_that_spoke_before_it(recorded) -> None:
    # `Residents … said …. …, they said`: the residents, never the one councillor named before them.
    assert speaker_of(recorded, NEW_ROAD, "Traffic had doubled") == "Residents"


KILN = (
    "\"The kiln stays cold until March,\" Tolvarra said of the pottery's winter.\n\n"
    "Corrigeen needed no convincing. He has thrown pots in the lane since he was twelve. "
    "\"I would have shut it in November.\"\n"
)


def test_a_lone_surname_a_pronoun_takes_up_is_a_person(recorded) -> None:
    # `Corrigeen`, never given in full, is taken up by `He` in the next sentence: a person,
    # so the bare quotation the paragraph ends with is his, not the last speaker's.
    assert speaker_of(recorded, KILN, "shut it in November") == "Corrigeen"
