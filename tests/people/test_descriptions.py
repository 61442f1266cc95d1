"""Descriptions: a definite description (`the 41-year-old`, `Mbeki's brother`, `the
goalkeeper`) names the entity the text described with it, else the person in focus; a
headline's description names the person the story opens with; a nationality names the
person of that nationality.

Each article is written for these tests and runs through recorded parses (`recorded`);
`CASES` holds the ones that ask only who says the quotation holding some words.
"""

from __future__ import annotations

import pytest

from quotex.lexicon import default_lexicon
from quotex.people import PeopleWords
from quotex.people.reading import read_description
from tests.people.helpers import quote_of, speaker_of

CLINIC = (
    "Grace Mbeki, 41, opened the clinic in March. Her business partner, Omar Haddad, runs the "
    "pharmacy next door.\n\n"
    '"We waited years for a place like this," the 41-year-old doctor said.\n\n'
    '"Nobody else would lend us the money," Haddad said.\n\n'
    "Henrik Olsen, 62, who chaired the lending board, resigned on Friday.\n\n"
    '"We got it wrong," the 62-year-old said.\n\n'
    '"Grace never gave up," her business partner said.\n'
)


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


HEADLINE = (
    "'It was terrifying,' says hiker found after three days\n\n"
    "Rescuers on Sunday found Dana Whitfield, a 34-year-old hiker from Leeds, in a gully below the "
    "ridge. Her brother, Mark Whitfield, had raised the alarm.\n\n"
    '"I never stopped looking," he said.\n'
)


FROST = (
    "Cider makers in the Tarrow valley have lost half their apples to a late frost.\n\n"
    "Margaret Ostrowska, who planted her first trees in 1998, said the blossom had turned black "
    "overnight.\n\n"
    '"I have never seen anything like it," the 61-year-old said. "Not even my father had."\n\n'
    "Down the lane, Desmond Achebe-Lyle has lost his whole crop.\n\n"
    '"We will be buying in fruit from Kent this year," the former teacher said.\n\n'
    '"You just have to start again," the grandmother of four said after the meeting.\n'
)


DEBATE = (
    "Owen Pelham, who has held the seat since 2010, and Ruth Castellano, the state treasurer, met "
    "for their only debate on Tuesday.\n\n"
    "Pelham said the dam would be finished by spring. Castellano said it would not.\n\n"
    '"I have never missed a deadline," the senator told reporters afterwards.\n\n'
    "The 52-year-old Castellano said she would visit every county.\n\n"
    '"People want answers," the 44-year-old said.\n'
)


HARBOUR = (
    "A retired fisherman, who asked not to be named, watched the boats come in.\n\n"
    "Harbour master Ines Carvalho said the season had been the worst in memory.\n\n"
    '"Nobody here can remember a summer like it," the fisherman said.\n'
)


COURTSIDE = (
    "Marta Lindqvist sat down at the table and pushed the microphone away.\n\n"
    '"Ask your questions," the coach said.\n\n'
    "Across the hall, rival coach Ana Ferreira was in a generous mood.\n"
)


THEATRE = (
    "Two actors carry the play. Anneke Visser, 24, plays the daughter; Piotr Zalewski plays her "
    "father.\n\n"
    "The actor, 31, says he spent a month driving lorries to prepare.\n"
)


RACE = (
    "Lars Holmberg, 31, crashed on the last bend and finished fourth. Samuel Asante-Boateng won "
    "the sprint by a wheel.\n\n"
    '"I saw the gap and went," the 27-year-old Ghanaian said.\n\n'
    "Holmberg limped to the team bus.\n\n"
    '"My knee is fine. My pride is not," the Swede said.\n'
)


CLIFF = (
    "'I thought the tide would take him,' says owner after pony rescued from cove\n\n"
    "'He was up to his chest in water and I could do nothing but watch.'\n\n"
    "Those were the words of Rhiannon Pughe on Saturday, after coastguards led her pony, Bramble, "
    "out of a flooded cove below Porth Ddu.\n\n"
    "Coastguard Emlyn Harries said the pony had been lucky.\n\n"
    "'Hang up and dial 999, then stay where you are.' That was the advice of Sgt. Lowri Beynon, "
    "who urged walkers to keep to the path.\n"
)


RALLY = (
    "Lydia Marchbank spent the day in the mill towns of the north.\n\n"
    '"Would you vote for her again?" this reporter asked a man at the back of the hall.\n'
)


FOOD_BANK = (
    "A food bank in Kelsey Bridge has run out of tinned goods for the first time.\n\n"
    "The charity's new treasurer, Dame Winifred Achterberg, said: \"We have never seen demand like "
    'this."\n\n'
    "Its director, Tomasz Brennan, said the shelves were empty by Wednesday.\n\n"
    "Her deputy, Professor Ingrid Solheim, cautioned that the figures were early.\n\n"
    "The council's housing chief, Cllr Marcus Delacroix, said the authority would help.\n"
)


SPRINT = (
    "Magnus Eriksen won the sprint on Saturday, ahead of Paolo Bianchi.\n\n"
    "Bianchi, 27, crashed on the final bend. The Italian said his front wheel had slipped.\n\n"
    "Eriksen's coach, Hélène Marchand, said he had trained for this race all winter.\n\n"
    '"He was the strongest in the field," the Frenchwoman said.\n\n'
    "Officials at the Kremlin Cup said nothing.\n"
)


REGATTA = (
    "Ines Callander-Voss won the single sculls final on Sunday after Tobiah Marsk tired in the last "
    "500 metres.\n\n"
    '"I kept something back for the finish," the Swede said.\n'
)


STUDIO = (
    "Ottavia Vaszary-Lund opened her first show in the harbour warehouse on Friday.\n\n"
    '"Most of these pieces were carved from driftwood that washed up below my kitchen window over '
    'three winters, and I never knew what shape the sea would bring me next," the Porto-born sculptor said.\n'
)


BOOKS = (
    "Lisbet Haverstock, whose son plays in the under-tens, said the old changing rooms would be pulled down in May.\n\n"
    "The club has collected 2,500 pounds toward new ones, according to its fundraiser, Dorrie Castellow.\n\n"
    '"Every penny goes on hot showers and a roof that does not leak, because the boys asked for somewhere warm '
    'to change after a muddy match in the sleet," the retired plasterer said.\n'
)


THEATRE_LISTS = (
    "Operating lists cut at county hospital\n\n"
    "Marit Stavnes-Ekeh, a consultant anaesthetist, said the theatre lists had been cut by a third.\n\n"
    "Her colleague Jonas Arnfield-Obi, who joined the unit in 2009, said the cuts were worse at weekends.\n\n"
    "The trust's director, Pell Ransome, said the lists were under review.\n\n"
    'Arnfield-Obi disputed that. "Under review means nothing to a patient in pain," the anaesthetist said.\n'
)


DERBY = (
    "Kestrel Town won 1-0, with a late goal from 18-year-old Rhiannon Tuck settling the derby.\n\n"
    "The home captain, Mirela Dobre, 30, had hit the post twice before the break.\n\n"
    '"I just hit it and hoped," the 18-year-old said afterwards.\n'
)


CYCLIST = (
    "'I was lucky,' says cyclist hit by falling tree\n\n"
    "A woman riding home through Fenmoor Park was struck by an oak brought down by the wind.\n\n"
    "Maren Solberg, 34, spent two nights in hospital with a broken collarbone.\n\n"
    "'I heard a crack and then I was on the ground,' she said.\n"
)



SCHOOL = (
    "Inspectors rated the Marlow Lane school good in every category on Friday.\n\n"
    "Hannah Oyelowo-Price took over as head teacher last September. Her deputy, Carla Brandvold, "
    "had run the school for a year before that.\n\n"
    '"We changed the timetable and nothing else," the head teacher said.\n\n'
    "Brandvold described the report as a relief.\n"
)


GOVERNORS = (
    "Hannah Oyelowo-Price took over as head teacher in September. She said she had spent her first "
    "month listening.\n\n"
    "The chair of governors, Canon Peter Mwangi-Scott, said the turnaround was down to the staff.\n"
)


HARBOUR_RACE = (
    "Pellanby Cove won the harbour gig race for a third year on Saturday.\n\n"
    "Yannick Dellacourt-Obi, who sat at stroke, led the crew home by two lengths.\n\n"
    '"My arms have gone. I will sleep for a week," the Quimper native said.\n\n'
    "Their coach, Haldis Rennart-Sowe, watched from the slipway.\n\n"
    '"They trusted the rhythm," the former international said.\n'
)


CASES = [
    pytest.param(CLINIC, 'waited years', 'Grace Mbeki', id='an_age_names_the_person_introduced_with_it-1'),
    pytest.param(CLINIC, 'got it wrong', 'Henrik Olsen', id='an_age_names_the_person_introduced_with_it-2'),
    pytest.param(CLINIC, 'never gave up', 'Omar Haddad', id='a_relation_names_the_person_introduced_as_it'),
    pytest.param(SHOP, 'sold out by noon', 'Tomas Berg', id='a_description_never_names_someone_it_only_resembles'),  # `co-owner` is not `owner`
    pytest.param(SHOP, 'only want to learn', 'Luca Mendes', id='modifiers_choose_between_people_of_one_description'),
    pytest.param(SHOP, 'always been stubborn', 'Thandi Mbeki', id='a_possessive_relation_names_its_person'),
    pytest.param(HEADLINE, 'terrifying', 'Dana Whitfield', id='a_headline_description_names_the_person_the_article_introduces_with_it-1'),
    pytest.param(HEADLINE, 'never stopped', 'Mark Whitfield', id='a_headline_description_names_the_person_the_article_introduces_with_it-2'),
    pytest.param(FROST, 'buying in fruit', 'Desmond Achebe-Lyle', id='a_job_nobody_was_given_is_the_person_just_named'),
    pytest.param(FROST, 'start again', 'Margaret Ostrowska', id='a_description_that_tells_a_gender_skips_the_other_gender'),
    pytest.param(DEBATE, 'never missed a deadline', 'Owen Pelham', id='a_role_passes_over_someone_the_text_gave_another_role'),
    pytest.param(SCHOOL, 'changed the timetable', 'Hannah Oyelowo-Price', id='a_role_names_the_person_who_took_it_on_as_it'),
    pytest.param(GOVERNORS, 'turnaround', 'Peter Mwangi-Scott', id='a_name_in_apposition_to_a_plural_names_the_office_holder'),  # one name is not many people
    pytest.param(COURTSIDE, 'Ask your questions', 'Marta Lindqvist', id='a_description_in_the_body_refers_back_not_forward'),
    pytest.param(THEATRE, 'driving lorries', 'Piotr Zalewski', id='an_age_between_commas_belongs_to_the_description'),
    pytest.param(RACE, 'saw the gap', 'Samuel Asante-Boateng', id='a_noun_of_nationality_with_an_age_is_the_person_in_focus'),
    pytest.param(RACE, 'My knee is fine', 'Lars Holmberg', id='a_noun_of_nationality_that_does_not_end_as_its_adjective'),
    pytest.param(CLIFF, 'up to his chest', 'Rhiannon Pughe', id='those_were_the_words_of_names_the_speaker_of_the_quotation_before'),
    pytest.param(CLIFF, 'Hang up and dial', 'Lowri Beynon', id='that_was_the_advice_of_names_the_speaker_of_the_quotation_before'),
    pytest.param(CLIFF, 'tide would take him', 'Rhiannon Pughe', id='a_headline_description_is_the_person_the_story_opens_with'),
    pytest.param(FOOD_BANK, 'never seen demand', 'Winifred Achterberg', id='a_description_with_a_name_in_apposition_is_that_person-1'),
    pytest.param(FOOD_BANK, 'shelves were empty', 'Tomasz Brennan', id='a_description_with_a_name_in_apposition_is_that_person-2'),
    pytest.param(FOOD_BANK, 'figures were early', 'Ingrid Solheim', id='a_description_with_a_name_in_apposition_is_that_person-3'),
    pytest.param(FOOD_BANK, 'authority would help', 'Marcus Delacroix', id='titles_such_as_cllr_are_not_part_of_the_name'),
    pytest.param(SPRINT, 'front wheel', 'Paolo Bianchi', id='a_nationality_names_the_person_just_named_as_subject'),
    pytest.param(REGATTA, 'kept something back', 'Ines Callander-Voss', id='a_nationality_names_the_main_clause_subject_not_one_below_it'),
    pytest.param(STUDIO, 'washed up below', 'Ottavia Vaszary-Lund', id='a_birthplace_makes_a_description_a_person_s'),
    pytest.param(BOOKS, 'hot showers', 'Dorrie Castellow', id='a_paragraph_closing_on_a_name_in_apposition_gives_the_next_its_speaker'),
    pytest.param(THEATRE_LISTS, 'patient in pain', 'Jonas Arnfield-Obi', id='a_description_after_a_quotation_answers_for_the_subject_before_it'),
    pytest.param(SPRINT, 'strongest in the field', 'Hélène Marchand', id='a_frenchwoman_is_a_woman'),
    pytest.param(DERBY, 'hit it and hoped', 'Rhiannon Tuck', id='an_age_before_a_name_describes_its_bearer'),
    pytest.param(CYCLIST, 'I was lucky', 'Maren Solberg', id='a_headline_description_the_body_never_repeats_is_the_first_person_it_names'),
    pytest.param(HARBOUR_RACE, 'arms have gone', 'Yannick Dellacourt-Obi', id='a_native_of_a_place_is_the_person_in_focus'),
    pytest.param(HARBOUR_RACE, 'trusted the rhythm', 'Haldis Rennart-Sowe', id='a_former_international_is_the_person_in_focus'),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str | None) -> None:
    """The quotation of `text` that holds `fragment` is said by `speaker` (None: nobody named)."""
    assert speaker_of(recorded, text, fragment) == speaker



def test_descriptions_are_read_from_noun_phrases() -> None:
    import quotex

    nlp = quotex.load().nlp
    doc = nlp("The 41-year-old rookie goalkeeper spoke. The shop's co-owner smiled.")
    lexicon, gendered = default_lexicon(), PeopleWords.shipped().gendered
    first = read_description(doc[0:8], lexicon, gendered)
    assert first is not None and first.age == 41 and first.head == "goalkeeper" and "rookie" in first.modifiers
    second = read_description(doc[10:16], lexicon, gendered)
    assert second is not None and second.head == "co-owner" and "shop" in second.modifiers



def test_competition_is_reported_when_a_description_fits_two_people(recorded) -> None:
    from quotex.people import People

    text = "Eva Lind, a nurse, and Omar Said, a nurse, spoke first. The nurse left early."
    doc = recorded.nlp(text)
    people = People(doc, [False] * len(doc), default_lexicon())
    nurse = [t for t in doc if t.lower_ == "nurse"][-1]
    resolution = people.resolve(doc[nurse.i - 1 : nurse.i + 1])
    assert resolution.how == "descriptor" and resolution.competitors == 1



def test_an_age_alone_is_the_person_just_named(recorded) -> None:
    quote = quote_of(recorded, FROST, "never seen anything like it")
    assert quote.speaker == "Margaret Ostrowska"
    assert quote.resolution == "focus"



def test_an_age_passes_over_someone_of_another_age(recorded) -> None:
    assert speaker_of(recorded, DEBATE, "People want answers") != "Ruth Castellano"



def test_a_description_first_given_to_someone_unnamed_stays_theirs(recorded) -> None:
    assert speaker_of(recorded, HARBOUR, "Nobody here can remember") != "Ines Carvalho"



def test_this_reporter_is_the_writer_not_the_person_in_focus(recorded) -> None:
    assert speaker_of(recorded, RALLY, "vote for her again") != "Lydia Marchbank"



def test_an_organisation_noun_in_a_first_line_is_never_the_body_s_first_person(recorded) -> None:
    text = (
        "The company said in a statement that it had followed every procedure.\n\n"
        "Professor Ilse Marangoni said the inquiry had been careful.\n"
    )
    statement = next(q for q in recorded.extract(text) if q.text.startswith("it had followed"))
    assert statement.speaker != "Ilse Marangoni"


def test_a_role_given_with_a_word_that_makes_it_another_office_is_not_the_bare_role(recorded) -> None:
    text = ("Treasurer Osgood Penhale read out the spending plan. Shadow treasurer Beatrix Hollings "
            "sat through it with her arms folded.\n\n"
            '"It is a sleight of hand," Hollings said afterwards.\n\n'
            '"Every line of it adds up," the treasurer said.\n\n'
            '"Then publish the sums," the shadow treasurer said.\n')
    assert speaker_of(recorded, text, "adds up") == "Osgood Penhale"
    assert speaker_of(recorded, text, "publish the sums") == "Beatrix Hollings"


def test_a_native_of_a_place_and_a_former_international_are_people_in_focus(recorded) -> None:
    """`the Merrowby native`, `the former international`: nouns for a person (one born in a
    place, one who played for a country) name the person in focus, not the words as written."""
    text = ("Lowfield Rovers manager Cosimo Trevaskis-Abiola has promised his players a week off "
            "after a 3-1 win at Brindle Park on Saturday.\n\n"
            '"They ran until they could not stand. They have earned a rest," the former international '
            "said.\n\n"
            "Wing-back Petronella Dusewicz-Amadi set up two of the goals on her return from a broken "
            "wrist.\n\n"
            '"I missed this more than I can tell you," the Merrowby native said.\n')
    assert speaker_of(recorded, text, "earned a rest") == "Cosimo Trevaskis-Abiola"
    assert speaker_of(recorded, text, "missed this more") == "Petronella Dusewicz-Amadi"


def test_a_capitalised_role_after_the_is_a_description_of_the_one_given_it(recorded) -> None:
    """`the Treasurer's '…'`: a role written with a capital, as a title is, is still a role
    after `the`; it names the one person the text gave that title, as `the treasurer` does."""
    text = ("Harbour levy splits island council\n\n"
            "Treasurer Rosaura Crouchfold-Ama has defended her first harbour levy against claims it "
            "will drive away the fishing fleet.\n\n"
            "Councillor Ebenezer Thistlewaite-Roux said the levy would cost each boat $900 a year.\n\n"
            "The trawler owners' association welcomed the Treasurer's 'pause on new fees' but said "
            "it wanted the levy scrapped.\n")
    assert speaker_of(recorded, text, "pause on new fees") == "Rosaura Crouchfold-Ama"
