"""Descriptions that the text goes on to name, or that fit the person it is about (issue 25,
class 3): a description in apposition that ends in a name (`Its lead author, the ecologist X,`)
is that person, never its possessive or its words; an age nobody was given is the person a
paragraph is about, not someone whom what they said mentions; a word for a group (`her family
said`) never stands for a later `she`; a name a clause gives someone (`a nurse who gave her name
only as X`) is theirs, and a place (`of Mill Lane`) is nobody; `his brother X` names X, for a
later `His brother`; a preposition or a determiner is never a speaker's name (`Of Carson, X, said`);
`X started the business`: a business one did something to is not the one who did it; a lede's
subject described without a name (`A former bursar … told the court that …`) is the person the
next paragraph opens with; a description no one was given is whom its own paragraph named
(`X and her husband, Y, sheltered … The grandmother of four said`), before anyone named earlier;
`her daughter-in-law` is one noun, never `her daughter`; `His brother` that no tie was given
for is the one other person of his family name (`X and Y Doe`); a role a lede gives with an
indefinite article (`by a judge who said`) is the person named with it later (`Justice X`);
`the prosecutor` is the one the text titled a district attorney (role_synonyms.txt); in `X and
Y Doe` X is a Doe too, so `Her husband` can be him; a professional honorific's full stop (`Engr.
X`) ends no sentence, so `In a memo …, Engr. X warned` makes the memo X's for `the memo reads`;
`the artist said`, fitting no one, under a headline that names one person is that person, however
far back the body named them (a byline's writer is no candidate); a name that ends its sentence
right after an object and a comma (`put out by the trust's chair, X.`) is that object's apposition
however the parser hung it, so `The trust's chair` is X later; a description that fits no one,
the subject of the sentence a quotation follows (`The youngster was quieter. "…," he told`), is
who speaks there, not the one named before it; `X coaches the Saltreach Plovers` makes X the
Plovers' coach (a role noun used as a verb, with a named body for its object), so `The Saltreach
coach` is X.

Each article is written for these tests (invented names) and runs through recorded parses.
"""

from __future__ import annotations

import pytest

from tests.people.helpers import speaker_of

STUDY = (
    "Bright lamps make sparrows sing early, study finds\n\n"
    "Sparrows nesting under white street lamps began their dawn song nineteen days earlier than "
    "birds in dark lanes, researchers said on Tuesday.\n\n"
    "Its lead author, the behavioural ecologist Ingeborg Achterberg-Nwosu, said the effect was "
    'larger than her team had expected. "We thought we might see a few days," she said.\n'
)

COURT = (
    "Landlord jailed over boiler leak\n\n"
    "A landlord who ignored five warnings about a broken boiler was jailed for two years on "
    "Friday.\n\n"
    "Outside court, the borough's head of housing, Femi Adair, said the case should be a warning "
    'to others. "Every landlord in the borough should read this judgment," he said.\n'
)

BANK = (
    "Savings bank sold to rival\n\n"
    "Its chief executive, the former trader Leopold Brannigan-Osei, told staff the sale was the "
    'only way to keep every branch open. "Nobody will lose a job this year," he said.\n'
)

MATCH = (
    "Harriers lose to late penalty\n\n"
    "Lorcan Mac Tire, in his second season in charge at Brackenholt, said Ezra Sandvik had won "
    "the ball cleanly.\n\n"
    '"It was never a penalty," the 44-year-old said.\n\n'
    "Across town, Ingrid Solbakk, who took over the Kestrels in May, insisted that her goalkeeper "
    "Maria Teixeira-Holm had done nothing wrong.\n\n"
    '"We will appeal on Monday," the 38-year-old said.\n'
)

OBITUARY = (
    "Marta Oyelowo-Lind, harbour pilot, dies at 90\n\n"
    "Marta Oyelowo-Lind, who guided ships into Brennock for thirty years, died on Friday. She was "
    "90.\n\n"
    "The port gave her a silver compass when she retired. She never used it, her family said, "
    "because she knew the channel by heart.\n\n"
    'When the board proposed closing the pilot station in 2006, she called the plan "a betrayal '
    'of the harbour."\n\n'
    "Abel Nakamura-Reid, who skippered the Brennock lifeboat, was remembered on Sunday. He never "
    'missed a launch, the crew said. "The sea is not a place for heroes," he told a reporter in '
    "1999.\n"
)

VOX = (
    "Live: the Tarrow floods the lower town\n\n"
    "18:40 A resident of Mill Lane, a retired nurse who gave her name only as Wenke, is refusing to "
    'leave her upstairs flat. "The water never got past the third step," she told us from her window.\n\n'
    "18:20 In the village, one farmer, who gave only his first name, Tavish, told us by phone that the "
    'canals were low. "Rain would be better," he said.\n\n'
    "18:05 A shopkeeper who gave his name as Marek said the water came in fast.\n\n"
    "17:50 A reader, Tomasz from Harrowdene Road, has sent us this message: \"Water came up through the "
    'floorboards in twenty minutes."\n'
)

BREWERY = (
    "Why two brothers sold the family brewery\n\n"
    "Tomas Vell took over the brewery from his father in 1990 with his brother Ansel. The firm now "
    "employs forty people.\n\n"
    "Pellowe Drinks agreed last week to buy the brewery for 62 million euros.\n\n"
    '"We had a choice between borrowing heavily or finding a partner," Tomas Vell said.\n\n'
    'His brother was more wistful. "I will still be here every morning," he said.\n\n'
    "Greta Lund opened the bakery with her sister Ylva in 2004.\n\n"
    '"We argued about the bread every single day," Greta Lund said. Her sister laughed. "We still do."\n'
)

CARSON = (
    "Candidates court Jewish voters\n\n"
    "\u201cHe is funny, and I would love to see him at a resort,\u201d New York lawyer Eric Lavin said of "
    "the first speaker. Of the second, Lavin, who has given money to another candidate, said, \u201cHe is "
    "flat-out scary.\u201d\n\n"
    "Dora Pell told the Harbour Post in a written statement, \u201cI do not want his endorsement.\u201d\n\n"
    "On the budget, Mara Quist, who chairs the finance panel, said, \u201cWe cannot spend what we do not "
    "have.\u201d\n"
)

KILN = (
    "The women who mind the kiln at Carrowmore\n\n"
    "Ailbhe Tullagh-Reeve started the business in 1979 in a shed behind her mother's shop, with a "
    "borrowed kiln. She is eighty now, and officially retired.\n\n"
    '"Officially. I am here every morning, because somebody has to tell them they are doing it wrong," '
    "she says.\n"
)

BURSAR = (
    "Former bursar 'did what she was told', court hears\n\n"
    "BRACKENMOOR \u2014 A former school bursar accused of moving \u00a380,000 into her own account told the "
    "Brackenmoor Crown Court on Monday that she had acted on the head teacher's instructions.\n\n"
    "Clementine Stroudley-Fenn, 52, denies fraud and false accounting. She has pleaded not guilty.\n"
)

STORM = (
    "Storm tears roofs off in Pengarth\n\n"
    "Emergency service commissioner Hinewai Harrowgate-Pike said crews had carried out twelve rescues "
    "overnight.\n\n"
    '"If it\'s flooded, forget it. We had people driving into water they could not see the bottom of," she '
    "told reporters.\n\n"
    "Marigold Tewhiti-Vance and her husband, Kowhai, sheltered in the bathroom of their house on Beach Road "
    'as the roof lifted off above them. The grandmother of four said the noise was like "a train that would '
    'not stop".\n\n'
    '"We just held on to each other and prayed," she said.\n'
)

MILL = (
    "Three generations at the mill\n\n"
    "Hedwig Dobrowska-Lane, 81, still opens the mill every morning. Her daughter, Ilsabet, keeps the books, "
    "and her daughter-in-law, Marzanna, runs the stones.\n\n"
    '"Nobody touches the big stone but me," Hedwig said.\n\n'
    'Her daughter-in-law laughed. "She says that, but I dressed it last week," she said.\n\n'
    'Her daughter shrugged. "They argue every day," she said.\n'
)

FAMILY_MILL = (
    "Family mill to be sold after 120 years\n\n"
    "The Brackenridge Mill has been run by the same family since 1902. Its owners, Peregrin and "
    "Corvath Vantreesch, agreed on Monday to sell it to a dairy group.\n\n"
    '"We could not keep it going on our own. None of our children want it," Peregrin Vantreesch said.\n\n'
    'His brother was less sure. "I will miss it every single day," he said.\n\n'
    "The sale is expected to close in March.\n"
)

HOSPITAL_FUND = (
    "Treasurer jailed for hospital fund theft\n\n"
    "TARNWICK — A former hospital treasurer who took $900,000 from a staff fund was sentenced "
    "Tuesday to four years in prison by a judge who said she had \"betrayed every nurse on the ward\".\n\n"
    "Edevane Braemore-Skye, 52, pleaded guilty in May to fraud over $5,000.\n\n"
    "Court of Appeal Justice Hannelore Quistgaard said the thefts had been planned over a decade.\n\n"
    '"This was not a lapse. It was a method," she said.\n'
)

LIBRARY_BOARD = (
    "Branches to close after split library vote\n\n"
    "HOLMSFORD — The board that runs Holmsford's libraries voted 6-3 on Monday to shut two branches, "
    "a step its chair described as \"the gentlest of the cuts left to us\" after a year of shrinking budgets.\n\n"
    "Tilda Ingleby-Orr, who chairs the Holmsford Library Board, said the savings would keep the main "
    "branch open on Sundays.\n"
)

SUNNIVALE_COURT = (
    "SUNNIVALE — A bookkeeper who stole from a church roof fund was jailed for three years on Friday.\n\n"
    "Deputy District Attorney Imrie Faircloth had asked for five years.\n\n"
    '"He took the roof off over their heads," said Odalric Wrexley, the church warden.\n\n'
    "Faircloth said after the hearing that she was content. "
    '"Three years is a real sentence," the prosecutor said.\n'
)

LIDO_COUPLE = (
    "Dawn swimmers keep the Quellmoor lido alive\n\n"
    "The regulars include Cornelius and Millicent Ashcombe-Vire, who met on these steps and married "
    "last spring.\n\n"
    '"He asked me to marry him in the water," Millicent says.\n\n'
    'Her husband insists the timing was deliberate. "She can\'t walk away from you in there," he says.\n'
)

BEEKEEPER = (
    "Beekeeper tells inquiry hives were 'poisoned overnight'\n\n"
    "A beekeeper told a planning inquiry on Monday that forty hives beside a proposed quarry had died "
    "in a single night.\n\n"
    "Obiagu Drabble, a beekeeper from the upper valley, said she had kept bees there for thirty years.\n"
)

HARBOUR_LIVE = (
    "Harbour storm: ferries cancelled as gales close the port - live\n\n"
    "Key events\n"
    "- Mayor says the ferry will run again on Friday\n"
    "- Gales expected to ease by the morning\n\n"
    "16:05\n\n"
    "The mayor, Ilsabet Marchetti-Vane, has told reporters that the crossings would resume at the end "
    'of the week. "We will not leave the island cut off for a weekend," she said.\n'
)

TRIBUNAL = (
    "Tenant tells tribunal the heating never worked\n\n"
    "Gareth Quarrell, who rented the top flat for six years, told the housing tribunal on Thursday "
    "that the boiler had failed every winter.\n\n"
    "The letting agent, Marit Drabwick, said every complaint had been answered. "
    '"We sent an engineer in March and again in November," she said.\n\n'
    '"Nobody came in March, or in any other month," came the reply.\n'
)

INQUEST = (
    "Inquest hears crane gauge was broken for months\n\n"
    "Ruairi Tembo-Hassard, who drove the tower crane for eight years, told the inquest on Tuesday "
    "that the wind gauge in his cab had not worked since the spring.\n\n"
    "Questioned by Petronella Hamblett, the barrister for the family, the witness said he had reported "
    'the fault twice. "I wrote it in the log both times, and nobody came," the witness said.\n'
)

CULVERT_MEMO = (
    "Culverts on the ring road 'could collapse', memo warns\n\n"
    "In a memo dated 9 October and seen by this newspaper, the state's chief bridges engineer, Engr. "
    "Oyinkansola Torvaldsen-Ike, told the commissioner that four culverts needed urgent repair.\n\n"
    '"No heavy lorry should cross them until they are rebuilt," the memo reads.\n'
)

CERAMICS_REVIEW = (
    "Review: Oyinkansola Dunleavy-Ake's ceramics make a family's kitchen sing\n\n"
    "By Morayo Iddo\n\n"
    "The first thing you see in Oyinkansola Dunleavy-Ake's exhibition at the Old Mill is a bowl "
    "two metres wide, set on the floor so that it looks like a pond.\n\n"
    "The bowl is called Salt Water. She spent three years learning to fire it without a crack, "
    "and lost eleven of them in the kiln before this one came out whole.\n\n"
    '"My grandmother cooked in clay her whole life. I wanted to give her a pot big enough," '
    "the artist said.\n"
)

MUSEUM_LETTER = (
    "Museum to close upper galleries\n\n"
    "The Corvell Heritage Trust will shut the upper galleries of its museum until spring, it said "
    'on Monday. "We cannot heat rooms that nobody can afford to keep open," the notice read. It was '
    "put out by the trust's chair, Margaret Olawale-Brennan.\n\n"
    "The town's MP, Susan Prendergast, wrote on social media that the trust had ignored a survey "
    "from 2019.\n\n"
    "The trust's chair rejected that. \"We followed the survey to the letter. I volunteer there every "
    'week," she said.\n'
)

LATE_DRAW = (
    "Brindlecombe Town snatch late draw\n\n"
    "Brindlecombe Town held on for a draw at Larchmere on Sunday after a late equaliser from "
    "substitute Ifeanyi Dromgoole-Mbeki.\n\n"
    "Town manager Torben Tessendorf-Pike said he was proud of the side. \"We never stopped "
    'running," the 52-year-old said.\n\n'
    "Tessendorf-Pike kept his warmest words for Dromgoole-Mbeki. \"He has trained with us since he "
    'was ten, and he is only eighteen," he said.\n\n'
    'The youngster was quieter. "I just hit it and hoped," he told reporters.\n'
)

NETBALL_FINAL = (
    "Old friends meet in the Marsh Shield final\n\n"
    "Ten years ago Hedwig Vantongeren-Bako and Zuleika Pendragast-Amadi played side by side for the "
    "Saltreach Plovers netball team. On Sunday they meet as rivals.\n\n"
    "Vantongeren-Bako coaches the Saltreach Plovers. Pendragast-Amadi took charge of the "
    "Thistlebury Wrens last year.\n\n"
    '"She was always the quicker one," Pendragast-Amadi said on Friday.\n\n'
    'The Saltreach coach remembers their first season together. "She talked me into every bad '
    'haircut I ever had," she said.\n'
)

CASES = [
    pytest.param(STUDY, "larger than her team", "Ingeborg Achterberg-Nwosu", id="a_name_in_apposition_to_a_description_in_apposition-1"),
    pytest.param(STUDY, "a few days", "Ingeborg Achterberg-Nwosu", id="a_name_in_apposition_to_a_description_in_apposition-2"),
    pytest.param(COURT, "should be a warning", "Femi Adair", id="a_name_hung_on_what_an_office_is_of-1"),
    pytest.param(COURT, "read this judgment", "Femi Adair", id="a_name_hung_on_what_an_office_is_of-2"),
    pytest.param(BANK, "only way to keep", "Leopold Brannigan-Osei", id="a_name_in_apposition_to_a_description_in_apposition-3"),
    pytest.param(BANK, "lose a job", "Leopold Brannigan-Osei", id="a_name_in_apposition_to_a_description_in_apposition-4"),
    pytest.param(MATCH, "never a penalty", "Lorcan Mac Tire", id="an_age_is_the_speaker_not_whom_they_spoke_of-1"),
    pytest.param(MATCH, "appeal on Monday", "Ingrid Solbakk", id="an_age_is_the_speaker_not_whom_they_spoke_of-2"),
    pytest.param(OBITUARY, "a betrayal", "Marta Oyelowo-Lind", id="her_family_is_no_later_she"),
    pytest.param(OBITUARY, "not a place for heroes", "Abel Nakamura-Reid", id="the_crew_is_no_later_he"),
    pytest.param(VOX, "third step", "Wenke", id="a_name_given_as_only_a_first_name-1"),
    pytest.param(VOX, "canals were low", "Tavish", id="a_name_given_as_only_a_first_name-2"),
    pytest.param(VOX, "Rain would be better", "Tavish", id="a_name_given_as_only_a_first_name-3"),
    pytest.param(VOX, "came in fast", "Marek", id="a_name_given_as_only_a_first_name-4"),
    pytest.param(VOX, "floorboards", "Tomasz", id="a_first_name_the_tagger_took_for_a_noun"),
    pytest.param(BREWERY, "every morning", "Ansel", id="his_brother_is_the_brother_named_before-1"),
    pytest.param(BREWERY, "still do", "Ylva", id="his_brother_is_the_brother_named_before-2"),
    pytest.param(CARSON, "flat-out scary", "Eric Lavin", id="a_preposition_taken_for_a_subject_is_never_a_speaker-1"),
    pytest.param(CARSON, "cannot spend", "Mara Quist", id="a_preposition_taken_for_a_subject_is_never_a_speaker-2"),
    pytest.param(CARSON, "his endorsement", "Dora Pell", id="a_lone_determiner_is_never_a_speaker"),
    pytest.param(BURSAR, "head teacher's instructions", "Clementine Stroudley-Fenn", id="the_ledes_subject_is_whom_the_next_paragraph_names"),
    pytest.param(STORM, "a train that would", "Marigold Tewhiti-Vance", id="a_description_is_whom_its_paragraph_named-1"),
    pytest.param(STORM, "held on to each other", "Marigold Tewhiti-Vance", id="a_description_is_whom_its_paragraph_named-2"),
    pytest.param(MILL, "dressed it last week", "Marzanna", id="a_daughter_in_law_is_not_a_daughter-1"),
    pytest.param(MILL, "argue every day", "Ilsabet", id="a_daughter_in_law_is_not_a_daughter-2"),
    pytest.param(FAMILY_MILL, "every single day", "Corvath Vantreesch", id="his_brother_is_the_other_of_his_family_name"),
    pytest.param(HOSPITAL_FUND, "every nurse", "Hannelore Quistgaard", id="a_ledes_role_is_whom_the_text_names_with_it_later"),
    pytest.param(LIBRARY_BOARD, "gentlest of the cuts", "Tilda Ingleby-Orr", id="a_ledes_role_of_a_body_is_whom_the_text_names_doing_it_later"),
    pytest.param(SUNNIVALE_COURT, "a real sentence", "Imrie Faircloth", id="the_prosecutor_is_the_district_attorney"),
    pytest.param(LIDO_COUPLE, "walk away from you", "Cornelius Ashcombe-Vire", id="a_given_name_joined_to_a_full_name_shares_its_surname"),
    pytest.param(KILN, "somebody has to tell", "Ailbhe Tullagh-Reeve", id="the_business_she_started_is_not_she"),
    pytest.param(BEEKEEPER, "poisoned overnight", "Obiagu Drabble", id="a_headlines_bare_job_is_whom_the_text_gives_it"),
    pytest.param(TRIBUNAL, "Nobody came in March", "Gareth Quarrell", id="came_the_reply_is_the_other_side_of_the_exchange"),
    pytest.param(INQUEST, "nobody came", "Ruairi Tembo-Hassard", id="the_witness_is_who_last_told_the_court"),
    pytest.param(HARBOUR_LIVE, "ferry will run again", "Ilsabet Marchetti-Vane", id="a_key_events_bare_role_is_whom_the_text_gives_it"),
    pytest.param(CULVERT_MEMO, "No heavy lorry", "Oyinkansola Torvaldsen-Ike", id="a_professional_honorific_ends_no_sentence"),
    pytest.param(CERAMICS_REVIEW, "a pot big enough", "Oyinkansola Dunleavy-Ake", id="a_speaking_description_is_the_one_the_headline_names"),
    pytest.param(MUSEUM_LETTER, "every week", "Margaret Olawale-Brennan", id="a_name_ending_its_sentence_after_an_object_is_in_apposition_to_it"),
    pytest.param(LATE_DRAW, "hit it and hoped", "youngster", id="a_description_fitting_no_one_before_a_quotation_is_its_speaker"),
    pytest.param(NETBALL_FINAL, "bad haircut", "Hedwig Vantongeren-Bako", id="a_role_used_as_a_verb_ties_its_subject_to_the_body_it_names"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str | None) -> None:
    """The quotation of `text` that holds `fragment` is said by `speaker`."""
    assert speaker_of(recorded, text, fragment) == speaker
