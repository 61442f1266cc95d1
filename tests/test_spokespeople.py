"""Spokespeople and organisations (issue 25, class 5): who speaks when a text names a body and
the person who speaks for it, or only one of them."""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract
from conftest import quote_with

RAIL = (
    "Fenwick Rail cuts weekend services\n\n"
    "Weekend trains between Alderby and Moss Vale will be cut from March, the operator announced on Monday.\n\n"
    '"This is a betrayal of everyone who relies on the line," said Gideon Marsh, who chairs the Alderby '
    "Rail Users' Group.\n\n"
    "A spokeswoman for Fenwick Rail, Tara Osei, said the cuts were needed to fund track repairs.\n"
)

PIES = (
    "Brimwell Foods recalls frozen pies\n\n"
    "Brimwell Foods has recalled 40,000 frozen pies after traces of metal were found at its Dunmore plant.\n\n"
    'The recall covers pies sold in four supermarket chains. "We are taking this step out of an abundance '
    'of caution," a company spokesperson said.\n'
)

NURSES = (
    "Nurses to strike over staffing\n\n"
    "Nurses at three hospitals in Carrow will strike next week, according to the nurses' union, NNU, "
    "which said talks with managers had collapsed.\n"
)

BINS = (
    "Bin collections move to fortnightly\n\n"
    "Household bins in Eastmoor will be collected every two weeks from April.\n\n"
    "A statement from the regional council said the change would save 2 million pounds a year.\n"
)

MINING = (
    "Shares in Calder Mining slide\n\n"
    "Shares in Calder Mining fell 12 percent on Tuesday after the company cut its output forecast.\n\n"
    "The miner now expects to produce 30 percent less copper this year, according to analysts at Harrow "
    "Capital, who said the cut was bigger than the market had feared.\n"
)

FERRY = (
    "Ferry routes under review\n\n"
    "Tern Ferries runs six crossings a day to the island.\n\n"
    'Councillor Hana Brisk said the island ferry was losing money. "We cannot go on like this," she said.\n\n'
    "A Tern Ferries spokesman said the winter timetable would be cut.\n\n"
    "The spokeswoman for the operator, Ama Quist, said talks would go on.\n\n"
    "Tern Ferries declined to give figures, but a spokesman said the crews had been told.\n\n"
    "A spokesman said Tern Ferries had no plans to sell the route.\n"
)

FOCUS = (
    "Ferry routes under review\n\n"
    "Councillor Hana Brisk said the island ferry was losing money.\n\n"
    '"We cannot go on like this," she said.\n\n'
    "Tern Ferries said the winter timetable would be cut. The spokeswoman said talks with the council "
    "would continue.\n"
)

MAYOR = (
    "Mayor under fire over ferry\n\n"
    "Mayor Ana Ruiz said the ferry would keep running.\n\n"
    "A spokesman for Ruiz, Colm Adair, said the mayor had not been told of the cuts.\n"
)


@pytest.mark.parametrize(
    "text, fragment, speaker, speaker_type",
    [
        (RAIL, "fund track repairs", "Tara Osei", "person"),  # the name, not the body nor the one before
        (PIES, "abundance of caution", "Brimwell Foods", "organisation"),  # the company the article is about
        (NURSES, "will strike next week", "NNU", "organisation"),
        (NURSES, "talks with managers", "NNU", "organisation"),  # `which` names the union
        (BINS, "save 2 million", "regional council", "organisation"),  # a document's body as written
        (MINING, "less copper", "Harrow Capital", "organisation"),
        (MINING, "bigger than the market", "Harrow Capital", "organisation"),
        (FERRY, "winter timetable", "Tern Ferries", "organisation"),  # `a Tern Ferries spokesman`
        (FERRY, "talks would go on", "Ama Quist", "person"),  # a name beside the body is the spokeswoman's
        (FERRY, "crews had been told", "Tern Ferries", "organisation"),  # the body the sentence names
        (FERRY, "no plans to sell", "Tern Ferries", "organisation"),
        (FOCUS, "talks with the council", "Tern Ferries", "organisation"),  # not the councillor in focus
        (MAYOR, "not been told", "Colm Adair", "person"),  # a full name after a person named before
    ],
)
def test_a_spokesperson_speaks_for_the_body_or_is_the_person_named(recorded, text, fragment, speaker, speaker_type) -> None:
    quote = quote_with(extract(recorded, text), fragment)
    assert (quote.speaker, quote.speaker_type) == (speaker, speaker_type)


PIER = (
    "Pier to close for repairs\n\n"
    "Harbourmaster Owen Lyle said the pier had been unsafe since the winter storms. \"We had no choice,\" "
    "he said.\n\n"
    "A spokesman for Castlebay Council said the repairs would take a year.\n\n"
    "\"We will reopen it as soon as the engineers allow,\" he said.\n\n"
    "A spokeswoman for the contractor, Lena Marsh, said work would start in May. \"The steel is ordered,\" "
    "she said.\n"
)


@pytest.mark.parametrize(
    "fragment, speaker",
    [
        ("as soon as the engineers allow", "Castlebay Council"),  # `he` is the spokesman, not the harbourmaster
        ("steel is ordered", "Lena Marsh"),  # a spokeswoman with a name is that person
    ],
)
def test_a_pronoun_after_a_spokesperson_goes_on_with_their_body(recorded, fragment, speaker) -> None:
    assert quote_with(extract(recorded, PIER), fragment).speaker == speaker


MATCH = (
    "Harbour Town drew 1-1 with Millbrook United on Saturday.\n\n"
    'Millbrook manager Sean Doyle said the draw was fair. "We got what we deserved," he said.\n\n'
    "Harbour Town have asked the league to review the penalty decision, a club spokesman said.\n"
)


def test_a_club_spokesperson_speaks_for_the_club_its_report_is_about(recorded) -> None:
    """`X have asked …, a club spokesman said`: X, not the last club the text named."""
    assert quote_with(extract(recorded, MATCH), "review the penalty").speaker == "Harbour Town"


STRANDED = (
    "Storms closed the airport for a second day.\n\n"
    "Airline Fjellfly said flights would resume on Thursday. About 200 passengers had slept in the "
    "terminal, according to the company.\n\n"
    "One of them, a nurse from the city named Aino Varga, said she had missed her shift. "
    '"The staff gave us blankets," she said.\n'
)


@pytest.mark.parametrize("fragment", ["missed her shift", "gave us blankets"])
def test_one_of_a_group_named_in_a_description_is_that_person(recorded, fragment) -> None:
    """`One of them, a nurse named X, said`: X, not `One`, nor the company before; and `she` after."""
    assert quote_with(extract(recorded, STRANDED), fragment).speaker == "Aino Varga"


LISTENER = (
    "Villagers have protested against plans to close the post office.\n\n"
    "The Eastvale and Mossley MP, Dame Ana Roe, told the Eastvale Post that she had asked the minister "
    "to step in.\n\n"
    '"A village without a post office is a village without a heart," she said.\n'
)


@pytest.mark.parametrize("fragment", ["asked the minister", "without a heart"])
def test_the_one_who_tells_a_newspaper_speaks_not_the_newspaper(recorded, fragment) -> None:
    """`The Eastvale MP, Dame Ana Roe, told the Eastvale Post that …`: the MP, not the paper."""
    assert quote_with(extract(recorded, LISTENER), fragment).speaker == "Ana Roe"


TRADE_GROUP = (
    "Drug makers faced senators on Tuesday.\n\n"
    "Corvane Pharmaceuticals said it would cap the price of insulin. The company said the cap would "
    "start in May.\n\n"
    "A spokesman for the Medicine Makers Council, the industry's trade group, said price controls would "
    "hurt research. The group said in a statement that it would work with the committee.\n"
)


def test_a_generic_word_names_the_body_the_text_gave_that_very_word(recorded) -> None:
    """`the industry's trade group` … `The group said`: that body, not the company that spoke before."""
    assert quote_with(extract(recorded, TRADE_GROUP), "work with the committee").speaker == "Medicine Makers Council"
