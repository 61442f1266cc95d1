"""A description of an organisation as speaker (issue 25, classes 3 and 5): `the chipmaker
said`, `the union said`, `the grid operator said`, `a trust spokesman`, or a short form of a
name given in full (`Brennmoor said`) names the organisation the text named with that kind of
word, as a reader would take it."""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract
from conftest import quote_with

CHIPS = (
    "Chip plant to close\n\n"
    "Brennmoor Microchip Corp. said on Tuesday it would close its plant in Tarrowfield by the end of the year.\n\n"
    "About 900 people work at the site. The chipmaker said demand for older chips had fallen sharply.\n\n"
    '"We looked at every option," the company said in a statement.\n\n'
    "Brennmoor said the workers would be offered jobs at its other plants.\n"
)

UNION = (
    "Strike vote at depot\n\n"
    "Federated Dock Workers Local 214 will hold a strike vote at the Dunmore depot next week.\n\n"
    "Managers have offered a 2 percent rise. The union said the offer was far below inflation.\n"
)

GRID = (
    "Blackouts warning for winter\n\n"
    "Homes across three states could lose power this winter, the Coastal Valleys Power Pool warned on Monday.\n\n"
    "Demand has grown faster than new supply. The grid operator said older coal plants were closing "
    "before wind farms were ready.\n"
)

TRUST = (
    "Hospital cancels operations\n\n"
    "North Carrow NHS Foundation Trust has cancelled 200 planned operations this week because of staff "
    "shortages.\n\n"
    "Patients will be contacted by letter. A spokesman said the trust was sorry for the delay.\n\n"
    "A trust spokesman said beds on two wards had been closed.\n"
)

CLINIC = (
    "Clinic closes ward\n\n"
    "A ward at Dunhallow Clinic was closed on Friday, according to the Ostby Valley Health Trust, "
    "which runs the clinic.\n\n"
    "The trust denied that staff had warned of the risk. A spokesman said new rooms had been approved in May.\n"
)

STORM = (
    "Storm live\n\n"
    "About 20,000 homes are without power, Westmarch Grid says. The network operator said its crews "
    "would work through the night.\n\n"
    "Harlow Valley Railway says all its trains are cancelled.\n"
)

RELEASE = (
    "Two charged over ticket fraud\n\n"
    "Two men have been charged after 60 fans bought fake tickets, Dunmarrow County Police said Friday.\n\n"
    "According to a police news release, the tickets were sold through a website that has since closed.\n"
)

STUDY = (
    "Commuters who cycle sleep longer, study finds\n\n"
    "People who cycle to work sleep longer than those who drive, according to a study of 3,000 adults "
    "published on Monday.\n\n"
    "Researchers at the University of Kelmarsh followed the commuters for a year.\n"
)

MERGER = (
    "Tarnby Airways to buy rival\n\n"
    "Tarnby Airways has agreed to buy its rival Oster Air for $300 million.\n\n"
    '"One strong network beats two weak ones," Tarnby chief executive Lena Voss said.\n\n'
    "Oster Air shares rose 20 per cent. The deal should close next year, the buyer said.\n"
)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (MERGER, "close next year", "Tarnby Airways"),  # `the buyer`: the body that agreed to buy
        (RELEASE, "website that has since closed", "Dunmarrow County Police"),  # a document named by a kind of body
        (STUDY, "sleep longer than", "University of Kelmarsh"),  # whose researchers made the study
        (CLINIC, "new rooms", "Ostby Valley Health Trust"),  # `A spokesman`: for the body just spoken of
        (STORM, "its crews", "Westmarch Grid"),  # a grid is a utility, an operator of a network
        (CHIPS, "older chips had fallen", "Brennmoor Microchip Corp."),  # a noun of the company's kind
        (CHIPS, "every option", "Brennmoor Microchip Corp."),  # `the company`
        (CHIPS, "other plants", "Brennmoor Microchip Corp."),  # a short form of the full name
        (UNION, "far below inflation", "Federated Dock Workers Local 214"),
        (GRID, "older coal plants", "Coastal Valleys Power Pool"),
        (TRUST, "sorry for the delay", "North Carrow NHS Foundation Trust"),  # the one organisation named
        (TRUST, "two wards", "North Carrow NHS Foundation Trust"),  # `a trust spokesman`
    ],
)
def test_an_organisation_described_is_the_one_named(recorded, text, fragment, speaker) -> None:
    quote = quote_with(extract(recorded, text), fragment)
    assert (quote.speaker, quote.speaker_type) == (speaker, "organisation")


DEPOT = (
    "Grocer to close stores\n\n"
    "Penwarden Foods Inc. said it would close 12 stores by March.\n\n"
    "A spokesperson for Federated Dock Workers Local 214 said the union had not been told which stores "
    "would close.\n\n"
    '"We will offer every worker a job at another store," the company said in a statement.\n'
)


def test_the_company_is_not_a_union(recorded) -> None:
    quote = quote_with(extract(recorded, DEPOT), "another store")
    assert quote.speaker == "Penwarden Foods Inc."


def test_a_body_named_with_for_is_named_whole(recorded) -> None:
    """`the Bureau for Inland Fisheries`: `for`, like `of`, joins the words of a body's name, so
    `the bureau` later names the whole body, not its first word."""
    text = (
        "The Bureau for Inland Fisheries published its yearly count on Friday.\n\n"
        "Catches of eel fell by a fifth in the northern lakes, the bureau said.\n"
    )
    assert quote_with(extract(recorded, text), "Catches of eel").speaker == "Bureau for Inland Fisheries"


def test_a_company_spokesman_does_not_speak_for_a_board(recorded) -> None:
    """A board (`the National Appliance Safety Board`) is no business: `a company spokesman`,
    like `the company`, speaks for the company the text named, not for the board that spoke last."""
    text = (
        "Corvidane recalls 40,000 kettles over scalding risk\n\n"
        "LOWESTRAND — Corvidane Kitchens is recalling about 40,000 electric kettles after reports "
        "that their lids can fly open, the National Appliance Safety Board said Tuesday.\n\n"
        "Corvidane had received 12 reports of burns, the board said.\n\n"
        "A spokeswoman for Corvidane Kitchens, Ysmay Drouhard-Kibet, said the company regretted the fault.\n\n"
        "Refunds will be paid within 30 days, a company spokesman said later in an email.\n"
    )
    assert quote_with(extract(recorded, text), "Refunds will be paid").speaker == "Corvidane Kitchens"


def test_a_company_spokeswoman_speaks_for_a_company_whose_name_reads_as_a_person_s(recorded) -> None:
    """`Sorvenna Outdoor is recalling …` names no given name: `a company spokeswoman`, as `the
    company` does, speaks for it though the name was read as a person's."""
    text = (
        "Sorvenna recalls camping stoves over gas leaks\n\n"
        "Sorvenna Outdoor is recalling about 15,000 camping stoves after reports that they can leak "
        "gas, the Consumer Goods Safety Board said Wednesday.\n\n"
        "Sorvenna had received nine reports of small fires, the board said.\n\n"
        "A spokeswoman for Sorvenna Outdoor, Ermengild Castellane-Obuya, said no one had been injured.\n\n"
        "Owners will get a full refund, a company spokeswoman said later in a statement.\n"
    )
    assert quote_with(extract(recorded, text), "full refund").speaker == "Sorvenna Outdoor"
