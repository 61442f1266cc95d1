"""The small examples of issue 25 ("The right speaker on the hard tail"), each made into a short
article of its own: the issue's words, the rest invented around them, with the speaker the issue
expects. One table a kind of check: a quotation's speaker, a reported clause's speaker, words
that are nobody's statement. Classes other branches own are marked `xfail(strict=False)` until
their work is merged."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from conftest import extract_checked as extract

from quotex.output.records import Quote


def _other_branch(number: int) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=False, reason=f"class {number}, another branch")


class Spoken(NamedTuple):
    """A statement whose text holds `fragment`, said by `speaker` (`kinds`: direct and mixed, or indirect)."""

    text: str
    fragment: str
    speaker: str | None
    kinds: tuple[str, ...] = ("direct", "mixed")


def _the_one(quotes: list[Quote], fragment: str, kinds: tuple[str, ...]) -> Quote:
    found = [q for q in quotes if fragment in q.text and q.kind in kinds]
    assert len(found) == 1, f"{fragment!r} in {[(q.kind, q.text) for q in quotes]!r}"
    return found[0]


SPOKEN = {
    # 1. A voice that changed.
    "1 a pronoun after a newly introduced woman": Spoken(
        "The junior rowing club will move its Saturday sessions to six in the morning.\n\n"
        '"We start at dawn," Ortega said. "The river is flat then and the launches are not out yet."\n\n'
        "Lena Whitfield, who coaches the juniors, has her doubts. "
        '"Dawn is too early for twelve-year-olds," she said.\n',
        "too early for twelve-year-olds", "Lena Whitfield"),
    "1 a pronoun, another woman named between": Spoken(
        "The junior rowing club will move its Saturday sessions to six in the morning.\n\n"
        '"We start at dawn," said the head coach, Marta Ortega.\n\n'
        "Lena Whitfield, who coaches the juniors with Ortega's sister Paula, has her doubts. "
        '"Dawn is too early for twelve-year-olds," she said.\n',
        "too early for twelve-year-olds", "Lena Whitfield"),
    "1 a bare quotation after a paragraph about someone": pytest.param(Spoken(
        '"We start at dawn," Ortega said of the new timetable.\n\n'
        "Whitfield needed no persuading. She has rowed on the estuary since she was nine. "
        '"I signed up the first day."\n',
        "I signed up the first day", "Whitfield")),
    # 2. A speaker named only earlier.
    "2 after a paragraph introducing the speaker": Spoken(
        "The last ferry across the sound sailed in 1994.\n\n"
        "Rasmussen, a retired ferry captain, still walks the pier every morning.\n\n"
        '"The sea owes me nothing."\n',
        "The sea owes me nothing", "Rasmussen"),
    # 3. Descriptions of any shape.
    "3 a description with two adjectives": Spoken(
        "Tobias Renner designed the footbridge that opened over the canal on Friday.\n\n"
        '"It sways a little, and it is meant to," the lanky, soft-spoken engineer said.\n',
        "It sways a little", "Tobias Renner"),
    "3 a description of a place": Spoken(
        "Priya Kandola taught herself to restore church organs.\n\n"
        '"I learned it all from library books," the self-taught Leeds resident said.\n',
        "library books", "Priya Kandola"),
    "3 an age told reporters": Spoken(
        "Marek Dziedzic has run the corner bakery on Holm Street since 1991.\n\n"
        '"I am not ready to stop," the 58-year-old told reporters on Tuesday.\n',
        "not ready to stop", "Marek Dziedzic"),
    "3 its lead author, the ecologist X": Spoken(
        "A study of hedgerow birds was published on Monday. Its lead author, the ecologist Mara Quist, "
        'said the results were "worse than we feared".\n',
        "worse than we feared", "Mara Quist"),
    "3 the club's official account": Spoken(
        "Harrowby Rovers confirmed the signing of the striker on Thursday.\n\n"
        '"Welcome home," the club\'s official account posted alongside a photograph.\n',
        "Welcome home", "Harrowby Rovers"),
    # 4. One person, one name.
    "4 a title inside an apposition": Spoken(
        "The mayor defended the budget at Tuesday's meeting.\n\n"
        'Her rival, Councilwoman Dana Pruitt, was not convinced. "These numbers do not add up," Pruitt said.\n',
        "do not add up", "Dana Pruitt"),
    "4 a name with particles": Spoken(
        "The commission presented its plan for the grid on Wednesday.\n\n"
        '"Europe cannot wait," commission president Ursula von der Brandt told the parliament.\n',
        "Europe cannot wait", "Ursula von der Brandt"),
    "4 a name after an office with an abbreviation": Spoken(
        "The council met in emergency session on Friday.\n\n"
        '"We need a ceasefire now," Ambassador to the U.N. Karin Solberg said.\n',
        "ceasefire now", "Karin Solberg"),
    "4 a name with a suffix": Spoken(
        "The march set off from the chapel at noon.\n\n"
        '"My grandfather walked this road," said Dr. Samuel Okafor King III.\n',
        "walked this road", "Samuel Okafor King III"),
    "4 the crown prince named in his own paragraph": Spoken(
        "President Amara Diallo welcomed the delegation at the airport.\n\n"
        "Crown Prince Faisal bin Rashid led the visitors. "
        '"We came to build, not to argue," the crown prince said.\n',
        "not to argue", "Faisal bin Rashid"),
    "4 a non-ASCII name": Spoken(
        "Ségolène Marchetti opened the new wing of the museum on Sunday.\n\n"
        '"Art belongs to everyone," Marchetti said.\n',
        "belongs to everyone", "Ségolène Marchetti"),
    "4 family name first": Spoken(
        "Xi Lanfen, the head of the shipyard, met the union on Monday.\n\n"
        '"The order book is full," Xi said.\n',
        "order book is full", "Xi Lanfen"),
    # 5. Spokespeople and organisations.
    "5 a spokeswoman for a company, named": Spoken(
        "Trains between Fenwick and the coast were cancelled on Monday after a signal failure.\n\n"
        'A spokeswoman for Fenwick Rail, Tara Osei, said: "We expect a full service by Wednesday."\n',
        "full service by Wednesday", "Tara Osei"),
    "5 a company spokesperson": Spoken(
        "Dovecote Foods recalled two batches of its oat bars on Friday.\n\n"
        '"No one has reported being ill," a company spokesperson said.\n',
        "No one has reported", "Dovecote Foods"),
    "5 according to a union with its acronym": Spoken(
        "Nurses at three hospitals walked out on Tuesday, according to the nurses' union, NNU, "
        'which said the strike was "the last resort".\n',
        "the last resort", "NNU"),
    "5 a statement from a council": Spoken(
        "The coast road will close for repairs in March.\n\n"
        'A statement from the regional council said the work was "long overdue".\n',
        "long overdue", "regional council"),
    "5 according to analysts at a firm": Spoken(
        "Shares in the shipping group fell sharply on Thursday.\n\n"
        'The fall was "overdone", according to analysts at Harrow Capital.\n',
        "overdone", "Harrow Capital"),
    # 6. Section labels are not speakers.
    "6 a market report's labels": Spoken(
        "Markets ended the week lower.\n\n"
        'STOCKS: The index fell 1.2 percent. "Investors are nervous," said Ilse Brandt, a trader at Kessel Bank.\n\n'
        "CURRENCIES: The krone was steady.\n",
        "Investors are nervous", "Ilse Brandt"),
    "6 a newsletter's label before a bare quotation": Spoken(
        "Good morning from the statehouse.\n\n"
        'ON THE AGENDA: Senator Ruth Okoye will present the water bill. "It is a fair bill," she said.\n\n'
        "THE BOTTOM LINE: Expect a close vote.\n",
        "It is a fair bill", "Ruth Okoye"),
    # 7. Short attributed phrases (this branch).
    "7 a phrase after a preposition in what a verb reports": Spoken(
        "Economist Jonas Berg read the forecast on Monday.\n\n"
        'He said the treasury relied on "a heroic assumption" about exports.\n',
        "a heroic assumption", "Jonas Berg"),
    "7 a phrase after a person's possessive": Spoken(
        "Finance minister Petra Lindqvist unveiled the budget on Monday.\n\n"
        'The minister\'s "war on red tape" will cut two hundred rules by the end of the year.\n',
        "war on red tape", "Petra Lindqvist"),
    "7 a phrase after an auxiliary in what a verb reports": Spoken(
        "The opposition walked out of the chamber on Wednesday.\n\n"
        'Their leader, Omar Haddad, said the government had "rewarded blackmail" by reopening the talks.\n',
        "rewarded blackmail", "Omar Haddad"),
    # 8. A headline's speaker.
    "8 a headline's description of the speaker": Spoken(
        "'It went up like a torch', says farmer after barn fire\n\n"
        "A fire destroyed a barn and forty tonnes of hay near Wexby on Sunday night.\n\n"
        '"We lost everything in an hour," said Gethin Morgan, a farmer whose family has worked the land for '
        "four generations.\n",
        "We lost everything in an hour", "Gethin Morgan"),
    # 9. Reported speech that is not a statement (this branch).
    "9 shot back that": Spoken(
        "The mayor accused the board of hiding the costs.\n\n"
        "Board chair Irene Sowerby shot back that the costs had been published in March.\n",
        "the costs had been published in March", "Irene Sowerby", ("indirect",)),
    "9 fired back that": Spoken(
        "The mayor blamed the harbour board for the delay.\n\n"
        "Its chair, Irene Sowerby, fired back that the plans had been with the mayor since March.\n",
        "the plans had been with the mayor", "Irene Sowerby", ("indirect",)),
    "9 hit back on a day that": Spoken(
        "The mayor blamed the harbour board for the delay.\n\n"
        "Sowerby hit back on Tuesday that the plans had been with the mayor since March.\n",
        "the plans had been with the mayor", "Sowerby", ("indirect",)),
    "9 a hedge inside what someone said": Spoken(
        "The pier cafe closed in May.\n\nRuth Abara said it was fair to say that the cafe had failed the town.\n",
        "the cafe had failed the town", "Ruth Abara", ("indirect",)),
    "9 an organisation's it said": Spoken(
        "Dovecote Foods recalled two batches of its oat bars on Friday. "
        "It said the batches had been sent to six shops in the county.\n",
        "the batches had been sent", "Dovecote Foods", ("indirect",)),
    "9 releasing a statement that accused": Spoken(
        "The Dockside Union hit back on Friday, releasing a statement that accused the port of ignoring safety rules.\n",
        "ignoring safety rules", "Dockside Union", ("indirect",)),
    "9 a statement that accused": Spoken(
        "The Dockside Union released a statement on Friday that accused the port of ignoring safety rules.\n",
        "ignoring safety rules", "Dockside Union", ("indirect",)),
    # 10. Who is not a person: a description kept whole.
    "10 an unnamed source kept whole": Spoken(
        "The merger talks have stalled.\n\n"
        "Two people familiar with the matter said the banks could not agree on a price.\n",
        "could not agree on a price", "two people familiar with the matter", ("indirect",)),
    # 11. A party word before a name is not part of it.
    "11 a party word before a name": Spoken(
        "The senate debated the farm bill on Tuesday.\n\n"
        'Republican Dana Whitcombe said the bill was "a gift to the cities".\n',
        "a gift to the cities", "Dana Whitcombe"),
}


@pytest.mark.parametrize("case", list(SPOKEN.values()), ids=list(SPOKEN))
def test_each_example_goes_to_the_speaker_the_issue_names(recorded, case: Spoken) -> None:
    quote = _the_one(extract(recorded, case.text), case.fragment, case.kinds)
    assert quote.speaker == case.speaker


UNNAMED = {
    "10 a person familiar with the matter": (
        "The merger talks have stalled.\n\nA person familiar with the matter said the banks could not agree on a price.\n",
        "could not agree on a price", "unnamed"),
    "10 critics": (
        "The council approved the tower on Monday.\n\nCritics said it would block the light to the square.\n",
        "block the light", "group"),
}


@pytest.mark.parametrize("text, fragment, speaker_type", list(UNNAMED.values()), ids=list(UNNAMED))
def test_unnamed_sources_and_groups_are_typed(recorded, text: str, fragment: str, speaker_type: str) -> None:
    quote = _the_one(extract(recorded, text), fragment, ("indirect",))
    assert quote.speaker_type == speaker_type


NOT_SPOKEN = {
    # 7. Quoted words that are nobody's (this branch).
    "7 a word as a word": ('The word "hope" appears eleven times in the report on the harbour.\n', "hope"),
    "7 a title": ('Petra Lindqvist\'s "Tales of the Harbour" sold out in a week.\n', "Tales of the Harbour"),
    "7 a scare quote with no speaker in reach": (
        'The "temporary" bridge over the river has now stood for thirty years.\n', "temporary"),
    # 9. Reported speech that is not a statement (this branch).
    "9 not everyone agrees that": (
        "The council will close the pool in May. Not everyone agrees that the pool is too costly to run.\n",
        "the pool is too costly"),
    "9 few doubt that": (
        "The storm flooded the lower town twice this winter. Few doubt that the sea wall must be raised.\n",
        "the sea wall must be raised"),
    "9 nobody disputes that": (
        "The storm flooded the lower town twice. Nobody disputes that the sea wall must be raised.\n",
        "the sea wall must be raised"),
    "9 no one denies that": (
        "The storm flooded the lower town twice. No one denies that the sea wall must be raised.\n",
        "the sea wall must be raised"),
    "9 it is fair to say that": (
        "The pier reopened in June. It is fair to say that the cafe at its end was never popular.\n",
        "the cafe at its end"),
    "9 it's worth noting that": (
        "The pier reopened in June. It's worth noting that the cafe at its end was never popular.\n",
        "the cafe at its end"),
    "9 it is hard to say whether": (
        "The pier reopened in June. It is hard to say whether the cafe at its end will open again.\n",
        "the cafe at its end"),
    "9 as they say": (
        "The pier reopened in June. As they say, the proof of the pudding is in the eating.\n",
        "the proof of the pudding"),
    "9 that being said": (
        "The new timetable has more trains. That being said, the first one still leaves after seven.\n",
        "the first one still leaves"),
    "9 suffice it to say": (
        "The pier reopened in June. Suffice it to say, the cafe at its end is still shut.\n",
        "the cafe at its end"),
    "9 that said": (
        "The new timetable has more trains. That said, the first one still leaves after seven.\n",
        "the first one still leaves"),
    "9 having said that": (
        "The pier reopened in June. Having said that, the cafe at its end is still shut.\n",
        "the cafe at its end"),
    "9 needless to say": (
        "The rain fell for three days. Needless to say, the fair was cancelled.\n",
        "the fair was cancelled"),
    "9 so to speak": (
        "The club has, so to speak, run out of road after its third defeat.\n",
        "run out of road"),
}


@pytest.mark.parametrize("text, fragment", list(NOT_SPOKEN.values()), ids=list(NOT_SPOKEN))
def test_words_no_one_is_reported_saying_are_no_statement(recorded, text: str, fragment: str) -> None:
    assert [(q.kind, q.text, q.speaker) for q in extract(recorded, text) if fragment in q.text] == []


NEVER_SPEAKERS = {
    "6 a label before a bare quotation": (
        "Markets ended the week lower.\n\n"
        'STOCKS: The index fell 1.2 percent as chipmakers slid. "A rough week for chips, and a rougher one to come."\n',
        {"stocks"}),
    "9 that's the view of": (
        "The harbour board wants to sell the old quay.\n\n"
        '"Selling it would be a mistake," said Ansel Drummond, a fisherman. That\'s the view of most of the crews, '
        "who say the quay is the only safe mooring in a storm.\n", {"that", "this"}),
    "9 that would": (
        "The harbour board wants to sell the old quay.\n\n"
        "Ansel Drummond said the board had not asked the crews. That would leave the boats with nowhere to go, "
        "he said.\n", {"that", "this"}),
}


@pytest.mark.parametrize("text, words", list(NEVER_SPEAKERS.values()), ids=list(NEVER_SPEAKERS))
def test_a_label_or_a_demonstrative_is_never_a_speaker(recorded, text: str, words: set[str]) -> None:
    said = {q.speaker_mention.text.lower() for q in extract(recorded, text) if q.speaker_mention is not None}
    said |= {q.speaker.lower() for q in extract(recorded, text) if q.speaker is not None}
    assert not said & words
