"""One person, one name, whatever its shape (issue 25, class 4): a family name first with a
hyphenated given name (`Seo Min-jun`), the family name alone later (`Seo said`), a given name
alone later (`Farida said` after `Farida Okonjo-Bright`), particles of every language
(`Mac`, `Ní`, `ibn`, `bin`, `al-`, `de la`), an initial before a given name, a body whose name
holds a possessive (`the Grain Growers' Council`, then `the council said`), a phrase fronted
before the name (`Outside the hall, X said`) and a transcript label that gives a title and a
name in capitals.

Every article is written for these tests (invented names and bodies) and runs through recorded
parses; each shape has two or three variants (other verbs, order, gender).
"""

from __future__ import annotations

import pytest

from tests.people.helpers import quote_of, speaker_of

EAST_HYPHEN = (
    "The two delegations met on Monday in Halvern.\n\n"
    "The city was represented by its chief engineer, Seo Min-jun, and its lawyer, Park Ji-woo.\n\n"
    'Seo was more upbeat. "The numbers already agree," Seo said.\n\n'
    '"We will sign in June," said Park.\n\n'
    'Choi Hye-rin, a farmer from the delta, was not so sure. "The water is still low," Choi Hye-rin said.\n'
)


EAST_LATER = (
    "The woman is Oh Seung-ah, who worked nineteen years on the night trains before she started "
    "her firm.\n\n"
    '"Nobody thinks the night shift matters," Oh said. "I know it does."\n\n'
    "Her partner is Tanaka Ryōsuke, who came from Sendai in 2012. \"The first winter was hard,\" "
    "Tanaka says.\n"
)


GIVEN_LATER = (
    "The bank said on Tuesday that its systems had not been hit.\n\n"
    "A spokeswoman for the bank, Farida Okonjo-Bright, said the bank had found no sign of harm. "
    '"Our customers are safe," Farida said.\n\n'
    "The union's organiser, Tomasz Wierzbicki-Hale, was not convinced. "
    '"They said that last year," said Tomasz.\n'
)


PARTICLES = (
    "The club met its fans on Friday.\n\n"
    "Ciarán Mac Giolla Bhríde, in his first season in charge, said the side had been unlucky. "
    '"We hit the post twice," Mac Giolla Bhríde said.\n\n'
    "Their leader, Samir ibn Khalid al-Wazzan, said the deal was a mistake. "
    '"It rewards delay," said Samir ibn Khalid al-Wazzan.\n\n'
    'Sheikh Nasser bin Fahad al-Tamimi told reporters: "We are ready."\n\n'
    "The head coach, Inés de la Rosa-Mbeki, said she had not watched. "
    '"I was in the car park," she said.\n\n'
    "State Sen. B. Harlan Whitcombe, a Republican from Dunmore, said he would retire. "
    '"It is time," Whitcombe said.\n'
)


BODIES = (
    "Wheat prices fell on Monday after the Grain Growers' Forum cut its forecast. "
    'Stocks had been "unusually thin" since March, the forum said in its report.\n\n'
    "The Dockworkers' Federation called a strike for Friday. "
    '"Nobody wants this," the federation said.\n\n'
    'The Lorry Drivers\' Guild backed the strike. "We stand with the docks," the guild said.\n'
)


FRONTED = (
    "The landlord was fined on Thursday.\n\n"
    "Outside court, the council's head of housing, Obinna Feldstein, said the case should be "
    '"a warning to every landlord".\n\n'
    "After the hearing, Greta Lindqvist-Amadi, the tenants' lawyer, said: \"We were heard.\"\n\n"
    'On the steps of the court, Rafael Oyelaran told reporters: "Justice was done."\n\n'
    "Outside the hall, the union's head of policy, Marit Solberg, said the ruling was "
    '"a lesson for every owner".\n'
)


TRANSCRIPT = (
    "The following is a transcript of Tuesday's news conference, given by Chief Constable Miriam "
    "Okafor-Lee and the county's station officer, Jens-Olaf Braathen.\n\n"
    "CHIEF CONSTABLE MIRIAM OKAFOR-LEE: Good afternoon. A man has died in the fire.\n\n"
    "DEPUTY STATION OFFICER JENS-OLAF BRAATHEN: Forty crews were at the scene at the height of it.\n\n"
    "Q: Is the smoke dangerous?\n\n"
    "BRAATHEN: Keep your windows closed until six.\n"
)


FOUNDER = (
    "The man is Baek Do-hyun, who spent twenty years welding hulls before the yard closed. The company "
    "he founded in 2018, Keelwright Robotics, now employs 40 people.\n\n"
    '"The robot does the long seams," Baek said.\n'
)


SPOKESWOMAN = (
    "The processor, Veltra Pay, said its own systems were safe. A spokeswoman for the firm, Roshni "
    'Pendry-Yusupova, said the firm had found nothing. "There was no sign of any break-in," she said. '
    '"We check every day."\n'
)


PRINCE = (
    "Crown Prince Faisal bin Hamad al-Rumaihi, who led the delegation, told reporters that the dam "
    'was "for storage, not for war". "We will share the water in every season," the crown prince said.\n'
)


OPPOSITION = (
    "The opposition walked out of the chamber on Tuesday. Their leader, Yasin ibn Hamza al-Rubaish, said the "
    'coalition had "sold the harbour" by signing the lease.\n'
)


COURT = (
    "The fraud cost forty people their savings.\n\n"
    "Court of King's Bench Justice Berenike Marrow-Baptiste said the man had chosen his victims carefully.\n\n"
    "Court of Appeal Justice Hendrik Oyelaran-Voss said the sentence was fair.\n"
)


CASES = [
    pytest.param(EAST_HYPHEN, "numbers already agree", "Seo Min-jun", id="family_name_alone_after_a_hyphenated_given_name"),
    pytest.param(EAST_HYPHEN, "sign in June", "Park Ji-woo", id="family_name_alone_said_after"),
    pytest.param(EAST_HYPHEN, "still low", "Choi Hye-rin", id="family_name_first_with_a_hyphenated_given_name"),
    pytest.param(EAST_LATER, "night shift matters", "Oh Seung-ah", id="a_short_family_name_alone"),
    pytest.param(EAST_LATER, "first winter", "Tanaka Ryōsuke", id="a_family_name_first_with_a_non_ascii_given_name"),
    pytest.param(GIVEN_LATER, "customers are safe", "Farida Okonjo-Bright", id="a_given_name_alone_after_a_double_barrelled_name"),
    pytest.param(GIVEN_LATER, "said that last year", "Tomasz Wierzbicki-Hale", id="a_given_name_alone_said_after"),
    pytest.param(FOUNDER, "long seams", "Baek Do-hyun", id="a_family_name_alone_after_a_hyphenated_given_name_tagged_as_a_noun"),
    pytest.param(SPOKESWOMAN, "no sign of any break-in", "Roshni Pendry-Yusupova", id="a_spokeswomans_name_whose_surname_the_parser_hangs_after_it"),
    pytest.param(SPOKESWOMAN, "check every day", "Roshni Pendry-Yusupova", id="the_spokeswoman_then_she_goes_on"),
    pytest.param(PRINCE, "share the water", "Faisal bin Hamad al-Rumaihi", id="a_title_names_whom_the_text_gave_it_with_a_surname_tagged_as_a_noun"),
    pytest.param(OPPOSITION, "sold the harbour", "Yasin ibn Hamza al-Rubaish", id="a_name_whose_surname_the_parser_hangs_apart_in_an_apposition"),
    pytest.param(COURT, "chosen his victims", "Berenike Marrow-Baptiste", id="a_courts_name_then_a_title_and_the_name"),
    pytest.param(COURT, "sentence was fair", "Hendrik Oyelaran-Voss", id="a_courts_name_of_one_word_then_a_title_and_the_name"),
    pytest.param(PARTICLES, "side had been unlucky", "Ciarán Mac Giolla Bhríde", id="irish_mac"),
    pytest.param(PARTICLES, "hit the post", "Ciarán Mac Giolla Bhríde", id="irish_mac_later"),
    pytest.param(PARTICLES, "deal was a mistake", "Samir ibn Khalid al-Wazzan", id="ibn_and_al"),
    pytest.param(PARTICLES, "rewards delay", "Samir ibn Khalid al-Wazzan", id="ibn_and_al_after_said"),
    pytest.param(PARTICLES, "We are ready", "Nasser bin Fahad al-Tamimi", id="bin_and_al_after_a_title"),
    pytest.param(PARTICLES, "car park", "Inés de la Rosa-Mbeki", id="de_la_with_a_hyphen"),
    pytest.param(PARTICLES, "would retire", "B. Harlan Whitcombe", id="an_initial_before_the_given_name"),
    pytest.param(PARTICLES, "It is time", "B. Harlan Whitcombe", id="an_initial_before_the_given_name_then_the_surname"),
    pytest.param(BODIES, "since March", "Grain Growers' Forum", id="a_body_with_a_possessive_named_by_its_last_word"),
    pytest.param(BODIES, "Nobody wants this", "Dockworkers' Federation", id="a_body_with_a_possessive_quoted"),
    pytest.param(BODIES, "stand with the docks", "Lorry Drivers' Guild", id="a_body_with_a_possessive_of_two_words"),
    pytest.param(FRONTED, "a warning to every", "Obinna Feldstein", id="a_fronted_place_is_no_name"),
    pytest.param(FRONTED, "We were heard", "Greta Lindqvist-Amadi", id="a_fronted_time_is_no_name"),
    pytest.param(FRONTED, "Justice was done", "Rafael Oyelaran", id="a_fronted_phrase_then_told"),
    pytest.param(FRONTED, "lesson for every owner", "Marit Solberg", id="a_name_hung_on_the_last_noun_of_a_description"),
    pytest.param(TRANSCRIPT, "A man has died", "Miriam Okafor-Lee", id="a_transcript_label_with_a_title"),
    pytest.param(TRANSCRIPT, "Forty crews", "Jens-Olaf Braathen", id="a_transcript_label_with_a_title_and_a_hyphen"),
    pytest.param(TRANSCRIPT, "windows closed", "Jens-Olaf Braathen", id="a_transcript_label_of_a_surname"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(recorded, text, fragment) == speaker


def test_a_section_label_is_no_speaker(recorded) -> None:
    """`WHEAT:` heads a section of a market report: it names nobody."""
    text = (
        "WHEAT: Prices fell after the harvest report. \"Stocks are thin,\" said Odile Brack, "
        "a trader.\n\nMETALS: Copper rose.\n"
    )
    assert quote_of(recorded, text, "Stocks are thin").speaker == "Odile Brack"


def test_a_company_a_person_founded_leaves_them_a_person(recorded) -> None:
    """`The company he founded, X,`: the founder named before is no company."""
    assert quote_of(recorded, FOUNDER, "long seams").speaker_type == "person"


@pytest.mark.parametrize(
    ("name", "surname", "given"),
    [
        pytest.param("Tobias Grant Jr.", "grant", "tobias", id="jr_is_no_surname"),
        pytest.param("Marcus Elridge Halvorsen III", "halvorsen", "markus", id="iii_is_no_surname"),
        pytest.param("King Jr.", "king", "", id="a_title_word_before_a_suffix_is_the_surname"),
        pytest.param("Dr. Ana Roe Sr.", "roe", "ana", id="a_title_and_a_suffix"),
    ],
)
def test_names_across_a_corpus_are_keyed_by_the_surname_before_a_suffix(name: str, surname: str, given: str) -> None:
    """`Tobias Grant Jr.` in one article and `Tobias Grant` in another: one surname, `grant`,
    never `jr`, which would make every `Jr.` of one first name a namesake."""
    from quotex.corpus.linking import parse_name

    parsed = parse_name(name)
    assert (parsed.surname, parsed.given) == (surname, given)


MISTAGGED_GIVEN = (
    "Ten years ago Ingrid Tollervey and Marvellous Thorsby-Okafor ran the same bakery on the "
    "harbour.\n\n"
    "Thorsby-Okafor has since opened three shops of her own. Tollervey went back to sea. "
    '"We never argued about bread," Thorsby-Okafor said.\n'
)


MISTAGGED_AFTER_A_ROLE = (
    "The council approved the new bus lanes on Thursday.\n\n"
    "Resident representative Marvellous Quarmby-Osei, who chairs the street association, "
    'welcomed the vote. "We asked for this for nine years," she said.\n\n'
    "The council leader, Harriet Pellworth, said work would start in May.\n"
)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        pytest.param(MISTAGGED_GIVEN, "argued about bread", id="surname_used_alone_later"),
        pytest.param(MISTAGGED_AFTER_A_ROLE, "nine years", id="after_a_role_with_who"),
    ],
)
def test_a_given_name_the_tagger_reads_as_an_adjective_stays_the_names(recorded, text: str, fragment: str) -> None:
    """`Marvellous` tagged as an adjective before a double-barrelled surname: still the given
    name, since the text uses the surname as a person's (alone as a subject, after a role
    with a relative `who`)."""
    assert speaker_of(recorded, text, fragment).startswith("Marvellous ")


MISTAGGED_SURNAME = (
    "The province unveiled its transit plan on Monday.\n\n"
    "The party's transport critic, Marie-Odile Courchesne, took aim at the plan. She said the "
    "province should run the buses itself.\n\n"
    "The minister, Bernard Talbot-Ruel, defended the plan. He said private operators would "
    "cut costs.\n\n"
    '"This plan buys buses nobody will ride," Ms. Courchesne said.\n'
)


def test_a_surname_the_tagger_reads_as_a_noun_stays_the_names(recorded) -> None:
    """`Courchesne` tagged as a noun after the given name, in apposition to a role: still the
    surname, so the person keeps her whole name and the reported clause after `She said` is hers."""
    assert speaker_of(recorded, MISTAGGED_SURNAME, "run the buses") == "Marie-Odile Courchesne"
    assert speaker_of(recorded, MISTAGGED_SURNAME, "buys buses") == "Marie-Odile Courchesne"
