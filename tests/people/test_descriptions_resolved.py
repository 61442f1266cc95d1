"""Descriptions left as words (issue 25, class 3): a description whose holder the text names
in a second description beside it, however the parser hung the two (`Her rival in Quellbrook,
the retiring transport minister X, said`), is X, and so is a later `she`; a byline between the
headline and the lede is no paragraph of the story, so a lede's subject described without a name
(`A Quellbrook beekeeper says …`) is the person the next paragraph opens with; a role some styles capitalise after an article
(`the Treasurer's 'fair share'`) is a description to fit, not a name left as words; two titles joined before one name
(`Liberal contender and former neurosurgeon X responded`), which the parser reads as a bare
description and a name in coordination, are X.

Each article is written for these tests (invented names) and runs through recorded parses.
"""

from __future__ import annotations

import pytest

from tests.people.helpers import speaker_of

HARBOUR_SEAT = (
    "Upset in harbour seat as veteran loses by ninety votes\n\n"
    "Lysander Pettigrue won the Quellbrook seat on Thursday night by ninety votes, ending a "
    "career of twenty years.\n\n"
    "Her rival in Quellbrook, the retiring transport minister Ysolde Brindle-Oduya, said she "
    "would ask for the ballots to be counted again. \"Ninety votes is nothing. The voters deserve "
    "certainty,\" she said.\n"
)

HIVES = (
    "Spraying rule 'emptying our hives', says beekeeper\n\n"
    "By Corvina Tallowby\n\n"
    "A Quellbrook beekeeper says a new spraying schedule on the farms around the town is killing "
    "more bees than the winter did.\n\n"
    "Lysander Oakenfold-Nyambura, who has kept bees on the hill for thirty years, wants the "
    "council to move the spraying to the evenings.\n"
)

HARBOUR_LEVY = (
    "Harbour levy doubled in first budget\n\n"
    "Treasurer Ysolde Quellmere has doubled the harbour levy in her first budget, saying the wharves "
    "would otherwise close within five years.\n\n"
    "Opposition Leader Tobin Fenwright-Osei said the levy would drive the fishing fleet to other ports.\n\n"
    "The fishermen's association welcomed the Treasurer's 'fair share for the wharves' but said it "
    "wanted the levy phased in.\n"
)

CONTENDER = (
    "Surgeon turned candidate answers critics\n\n"
    "Liberal presidential contender and former neurosurgeon Ysolde Brackenwald responded on Sunday "
    "to accusations that she exaggerated details of her life story.\n\n"
    "\"Show me anyone who remembers every detail from forty years ago,\" she said.\n"
)

CASES = [
    pytest.param(HARBOUR_SEAT, "Ninety votes", "Ysolde Brindle-Oduya", id="a_second_description_beside_a_place_names_the_first"),
    pytest.param(HIVES, "killing more bees", "Lysander Oakenfold-Nyambura", id="a_byline_is_no_paragraph_of_the_lede"),
    pytest.param(HARBOUR_LEVY, "fair share", "Ysolde Quellmere", id="a_capitalised_role_after_an_article_is_a_description"),
    pytest.param(CONTENDER, "exaggerated details", "Ysolde Brackenwald", id="two_titles_joined_before_one_name_are_that_person"),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES)
def test_the_speaker_of_a_quotation(recorded, text: str, fragment: str, speaker: str | None) -> None:
    """The quotation of `text` that holds `fragment` is said by `speaker`."""
    assert speaker_of(recorded, text, fragment) == speaker
