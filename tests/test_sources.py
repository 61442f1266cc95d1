"""Sources that are not a plain `X said` (issue 25, classes 5, 6, 9, 10): letters, readers, bodies named by a word, a press release's issuer, `police`, a post by a handle, a participle after an object, `it`."""

from __future__ import annotations

import pytest
from conftest import extract_checked as extract
from conftest import quote_with

LETTER = (
    "Village fights to keep its school\n\n"
    "More than a hundred parents packed the hall on Tuesday. The head teacher, Oswin Hale, asked "
    "whether he could read something for a pupil. It was a letter from Lila Marsh, who is nine.\n\n"
    '"Dear Councillors, my name is Lila and I am nine. I walk to school with my sister.\n\n'
    '"If the school shuts we will have to take a bus for an hour. Please come and see us first."\n\n'
    "The hall was silent, then it clapped.\n\n"
    'Hale said Lila had written it herself. "She is braver than she knows," he said.\n'
)

EMAIL = (
    "Residents object to mast\n\n"
    "At Monday's meeting the clerk, Peter Vance, read out an email from Joan Fairley, a resident of "
    "Top Lane.\n\n"
    '"Dear Sirs, I have lived under this hill for forty years and I have never seen anything so ugly."\n\n'
    "The mast was approved by four votes to two.\n"
)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (LETTER, "my name is Lila", "Lila Marsh"),  # a letter read aloud is its writer's, not the reader's
        (LETTER, "take a bus for an hour", "Lila Marsh"),  # the letter's next paragraph goes on with it
        (LETTER, "braver than she knows", "Oswin Hale"),
        (EMAIL, "never seen anything so ugly", "Joan Fairley"),  # `read out an email from X`
    ],
)
def test_a_letter_read_aloud_is_its_writers(recorded, text, fragment, speaker) -> None:
    assert quote_with(extract(recorded, text), fragment).speaker == speaker


READER = (
    "Storm hits the coast - live\n\n"
    "14:10\n\n"
    "The coastguard said two boats had been pulled off the rocks at Skellan Point.\n\n"
    "13:45\n\n"
    'A reader, Marek from Alder Row, has sent us this message: "The sea wall is gone. Our garden is '
    'in the harbour."\n\n'
    "13:20\n\n"
    'A listener, Priya in Hale Street, emailed the programme: "We have had no power since six."\n\n'
    "13:05\n\n"
    'One viewer, Anselm from Birch Hill, wrote to us: "The bridge is shut and nobody told us."\n\n'
    "12:50\n\n"
    'A reader, Aylah from Fen Lane, has sent us this message: "The school gym is full of camp beds."\n'
)

GIVEN_NAME = (
    "Floods reach the old town\n\n"
    "The river rose another half metre overnight, the flood agency said.\n\n"
    "A resident of Mill Row, a retired teacher who gave her name only as Greta, is refusing to leave.\n\n"
    '"I have seen three floods from this window," she told us from her doorway. "I will see a fourth."\n\n'
    "A shopkeeper on Dock Street, who asked to be identified only as Piet, was piling sandbags.\n\n"
    '"We open tomorrow, wet or dry," he said.\n'
)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (READER, "sea wall is gone", "Marek"),  # `A reader, Marek from X,`: the reader's name, not `reader`
        (READER, "no power since six", "Priya"),
        (READER, "nobody told us", "Anselm"),  # `One viewer, X from Y,`: a rare given name, not the place
        (READER, "camp beds", "Aylah"),  # a given name the tagger took for a common noun
        (GIVEN_NAME, "three floods", "Greta"),  # `who gave her name only as X`: X, not the street
        (GIVEN_NAME, "see a fourth", "Greta"),
        (GIVEN_NAME, "wet or dry", "Piet"),  # `who asked to be identified only as X`, a name we do not know
    ],
)
def test_a_person_the_text_gives_only_a_first_name_speaks(recorded, text, fragment, speaker) -> None:
    assert quote_with(extract(recorded, text), fragment).speaker == speaker


TWO_COMPANIES = (
    "Ferry captain dies at 90\n\n"
    "Ingrid Valk, who captained the island ferry for thirty years, has died. She was 90.\n\n"
    "The ferry company, then Gull Lines Ltd, gave her a gold watch when she retired.\n\n"
    "The current operator, Tern Link, said its next vessel would carry her name. "
    '"It is the least we can do for the captain who kept the crossing going," the company said in a '
    "statement.\n"
)

TWO_FIRMS = (
    "Old mill to become flats\n\n"
    "The mill was built in 1880 by Harker & Sons, a textile firm.\n\n"
    'Its new owner, Brightwater Homes, announced on Monday that 90 flats would be built there. "We want to '
    'keep the chimney," the firm said.\n'
)

TWO_GROUPS = (
    "Charities merge\n\n"
    "The appeal was first run by a group, the Tarn Valley Trust, which closed in 2019.\n\n"
    "The Fellside Foundation, which took it over, said on Friday that it would double the grants. The group said it had "
    "raised 40,000 pounds.\n"
)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (TWO_COMPANIES, "least we can do", "Tern Link"),  # the company that spoke, not the one called `company` before
        (TWO_COMPANIES, "next vessel", "Tern Link"),
        (TWO_FIRMS, "keep the chimney", "Brightwater Homes"),  # `the firm`, after a partnership called a firm
        (TWO_GROUPS, "raised 40,000", "Fellside Foundation"),  # `The group`, after `a group, X,`
    ],
)
def test_a_word_for_any_body_is_the_body_its_paragraph_made_the_subject(recorded, text, fragment, speaker) -> None:
    assert quote_with(extract(recorded, text), fragment).speaker == speaker


OFFICE_IT = (
    "Parcel firm hit by data breach\n\n"
    "The Office of the Fenland Privacy Commissioner said it had opened an inquiry. A statement from the "
    'office said firms had a duty to report a breach "within three days" and that it would ask the firm '
    "to explain the delay.\n"
)

BANK = (
    "Rates held\n\n"
    "The Bank of the Southern Isles kept its main rate at 3 per cent on Thursday. "
    '"We see no reason to move yet," the bank said.\n\n'
    "Mr Doe of the Harbour Board said the decision was expected.\n"
)


@pytest.mark.parametrize(
    "text, fragment, speaker",
    [
        (OFFICE_IT, "opened an inquiry", "Office of the Fenland Privacy Commissioner"),  # the name whole
        (OFFICE_IT, "would ask the firm", "Office of the Fenland Privacy Commissioner"),  # `A statement from the office`
        (BANK, "no reason to move", "Bank of the Southern Isles"),
        (BANK, "decision was expected", "Doe"),  # a person's name takes no `of the …`
    ],
)
def test_a_body_named_with_of_the_keeps_its_whole_name(recorded, text, fragment, speaker) -> None:
    assert quote_with(extract(recorded, text), fragment).speaker == speaker


DUTY = (
    "Landlords warned over repairs\n\n"
    'The Tenancy Standards Board said landlords had a duty to report a fault "within a day" and that it would '
    "check.\n\n"
    'Councillor Ana Pike said tenants deserved the chance to explain "what went wrong" before any eviction.\n\n'
    'Her deputy, Tom Reyes, said every tenant had the right to announce "a rent strike" if repairs stalled.\n'
)


@pytest.mark.parametrize(
    "fragment, speaker",
    [
        ("within a day", "Tenancy Standards Board"),  # `a duty to report "…"`: no one reports, the board says it
        ("what went wrong", "Ana Pike"),  # `the chance to explain "…"`
        ("a rent strike", "Tom Reyes"),  # `the right to announce "…"`
    ],
)
def test_a_verb_of_saying_in_what_someone_may_do_names_no_speaker(recorded, fragment, speaker) -> None:
    quote = quote_with([q for q in extract(recorded, DUTY) if q.kind != "indirect"], fragment)
    assert quote.speaker == speaker


DECISION = (
    "Campaign row\n\n"
    'Senator Ana Pike criticised the Reyes campaign\'s decision to tell voters that "the count was rigged" '
    "before any result was known.\n"
)


def test_a_verb_of_saying_in_someones_decision_is_theirs(recorded) -> None:
    """`the Reyes campaign's decision to tell voters that "…"`: whose decision it was says it."""
    quote = quote_with([q for q in extract(recorded, DECISION) if q.kind != "indirect"], "the count was rigged")
    assert quote.speaker is not None and quote.speaker.startswith("Reyes campaign")


FORUM = (
    "Markets\n\n"
    "METALS: Copper fell 2 per cent after the Copper Traders' Forum cut its forecast for demand this year. "
    'Smelters had been "unusually quiet" since March, the forum said in its quarterly review.\n'
)


def test_a_forum_is_a_body_its_description_names(recorded) -> None:
    """`the Copper Traders' Forum cut …` · `the forum said`: the forum, not the word."""
    quote = quote_with([q for q in extract(recorded, FORUM) if q.kind == "indirect"], "unusually quiet")
    assert (quote.speaker, quote.speaker_type) == ("Copper Traders' Forum", "organisation")  # the name keeps its apostrophe (people.collect)


RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "Quillon Thermal opens heat exchanger works in Merrowfield, creating 300 jobs\n\n"
    "MERROWFIELD, June 3 \u2014 Quillon Thermal, a maker of heat exchangers for district heating, today "
    "opened its first works in Merrowfield.\n\n"
    '"This is the day we stop being a promise and become a manufacturer," said Ysolde Brennwick, chief '
    "executive officer of Quillon Thermal.\n\n"
    "Quillon's largest customer, the utility Tarnbeck Power & Water, has agreed to buy half of the "
    "works' output over five years.\n\n"
    '"Buying from a works nearby makes our promise to customers easier to keep," said Feodora '
    "Pellacombe, vice president of planning at Tarnbeck Power & Water.\n\n"
    "The company said a second production line would open next spring.\n\n"
    "About Quillon Thermal\n\n"
    "Quillon Thermal designs and builds heat exchangers. Founded in 2015, the company employs 400 people.\n"
)


def test_the_company_in_a_press_release_is_its_issuer(recorded) -> None:
    """`The company said` in a release about one company (its `About X` section) is that
    company, though a customer quoted in the paragraph before is a company too."""
    quote = quote_with([q for q in extract(recorded, RELEASE) if q.kind == "indirect"], "second production line")
    assert quote.speaker == "Quillon Thermal"


COURT = (
    "Clerk tells court of backdated score sheets\n\n"
    "KROONVALE \u2014 A municipal clerk told the Kroonvale Regional Court on Tuesday that bids had been "
    "scored before they arrived.\n\n"
    "Under cross-examination, State advocate Nandipha Veldkamp-Osei put it to the accused that the emails "
    "had never been sent. A search of the Kroonvale Local Municipality's server had found them saved as "
    "drafts, she said.\n\n"
    '"You wrote these emails to protect yourself. Isn\'t that the truth?" she asked.\n\n'
    "Magistrate Mpumelelo Brinkhorst-Dube asked the State whether it intended to call the supervisor. "
    'Veldkamp-Osei said she was "not available" but gave no reason.\n\n'
    '"Then the court will draw its own conclusions from her absence," the magistrate said.\n\n'
    "The Kroonvale Local Municipality has suspended two officials. The suspensions would stand until the "
    "trial ended, the municipality said.\n"
)


@pytest.mark.parametrize(
    "fragment, speaker",
    [
        ("draw its own conclusions", "Mpumelelo Brinkhorst-Dube"),  # `Magistrate X`: a title, so `the magistrate` is X
        ("until the trial ended", "Kroonvale Local Municipality"),  # a municipality is a council's kind of body
    ],
)
def test_the_words_of_a_court_and_a_municipality(recorded, fragment, speaker) -> None:
    assert quote_with(extract(recorded, COURT), fragment).speaker == speaker


BREAK_IN = (
    "Man charged after bakery break-in\n\n"
    "KESTRELFORD \u2014 A 31-year-old man was charged on Tuesday with burglary after a bakery on Mill Street "
    "was broken into overnight, police said.\n\n"
    "The man was being held at the county jail, according to a statement from the Kestrelford Police "
    "Department.\n\n"
    "A neighbour saw a torch moving inside the shop at about 2 a.m. and called 911. Officers arrived within "
    "four minutes and found the back door forced, police said.\n"
)


@pytest.mark.parametrize("fragment", ["charged on Tuesday", "found the back door forced"])
def test_police_with_no_article_is_the_police_body_the_text_names(recorded, fragment) -> None:
    """`police said`, before the text names the department and after: the department."""
    quote = quote_with([q for q in extract(recorded, BREAK_IN) if q.kind == "indirect"], fragment)
    assert quote.speaker == "Kestrelford Police Department"


LIDO = (
    "Swimmers rally online to save the lido\n\n"
    "Within hours, the trust's page was filled with replies. \"Swam there every morning for twenty years,\" one "
    "member wrote.\n\n"
    "Another user, posting as @HollowmereDiver, shared a photograph of the diving board in 1962. \"My "
    "grandmother is the one on the top board. Don't let this be the last summer,\" the post said.\n"
)


def test_a_post_is_the_account_its_paragraph_names(recorded) -> None:
    """`posting as @X, shared a photograph. "…," the post said`: the account's words."""
    assert quote_with(extract(recorded, LIDO), "top board").speaker == "@HollowmereDiver"


LEFT_CALLING = (
    "Brolgas hang on at Tarrawong\n\n"
    "Kellbridge hung on by four points at Mallee Road on Saturday afternoon after a last-quarter Tarrawong "
    'surge fell a kick short, leaving Brolgas coach Tobiah Kilcunda-Faulds calling it "the longest ten '
    'minutes of my life."\n'
)


def test_a_participle_after_an_object_is_the_objects_words(recorded) -> None:
    """`…, leaving coach X calling it "…"`: X calls it, not the subject of the clause above."""
    assert quote_with(extract(recorded, LEFT_CALLING), "longest ten minutes").speaker == "Tobiah Kilcunda-Faulds"


ELECTION = (
    "Newcomer wins Wendlebury council seat\n\n"
    "Eustace Pirbright-Nye won the Wendlebury seat by 212 votes on Tuesday night.\n\n"
    "Turnout was 41%, up from 33% four years ago, the elections board said. Final results would be "
    "certified on Friday, it said.\n"
)


def test_it_goes_on_with_the_body_that_spoke_before(recorded) -> None:
    """`…, the elections board said. …, it said`: a body the text names by a word only."""
    quote = quote_with([q for q in extract(recorded, ELECTION) if q.kind == "indirect"], "certified on Friday")
    assert quote.speaker == "elections board"


INSPECTORATE = (
    "Ferry operator fined over lifejacket lockers\n\n"
    "Bramblecote Ferries was fined 80,000 pounds on Friday after inspectors found lifejacket lockers "
    "chained shut on two of its boats, the company said in a statement.\n\n"
    '"We accept the finding in full," the statement said.\n\n'
    "The Tarnley Marine Inspectorate, which brought the case, said the fine was the largest it had sought. "
    'The lockers had been shut "for the convenience of the crew", a statement from the inspectorate said.\n'
)


def test_a_body_named_as_an_inspectorate_is_a_body(recorded) -> None:
    """`the X Marine Inspectorate`, `the X Standards Directorate`: a public body's name, never a
    person's, so `a statement from the inspectorate` is that body's, not the company's whose
    statement the text quoted before."""
    quote = quote_with(extract(recorded, INSPECTORATE), "convenience of the crew")
    assert quote.speaker == "Tarnley Marine Inspectorate"


OTTERS = (
    "Late double wins the league for Fenbridge\n\n"
    "Wrenna Lindqvist-Oranye scored twice and Fenbridge Otters won the league on Saturday, their first "
    "title in nine seasons.\n\n"
    "The Otters needed two goals with ten minutes left when Lindqvist-Oranye came on. She scored with "
    "her first touch.\n\n"
    '"This title belongs to every volunteer who has kept us going," the club said in a statement.\n\n'
    'The Otters\' official account posted a photograph of the squad and the words: "Nine years. Worth it."\n'
)


@pytest.mark.parametrize(
    "fragment",
    ["every volunteer", "Worth it"],
)
def test_a_name_the_text_calls_the_plural_is_a_teams(recorded, fragment) -> None:
    """`Fenbridge Otters … The Otters needed`: a name ending in a plural the text calls `the
    Otters` is a team, never a person, so `the club` and `the Otters' official account` are it."""
    assert quote_with(extract(recorded, OTTERS), fragment).speaker == "Fenbridge Otters"


TERMINALS = (
    "Port operator in sale talks\n\n"
    "Shares of Ostravel Quenmore Terminals rose 12 per cent on Monday after the group confirmed it had "
    "received two offers for its grain berths.\n\n"
    "Ostravel Quenmore climbed further after the company told the exchange that \"no decision has been "
    'made on either offer".\n'
)


def test_a_name_ending_in_a_plural_of_business_is_a_companys(recorded) -> None:
    """`X Y Terminals`, `X Y Devices`: a plural that ends a company's name (organisation_names),
    so `the company` is the whole name, not the two words a later sentence calls it by."""
    assert quote_with(extract(recorded, TERMINALS), "no decision has been").speaker == "Ostravel Quenmore Terminals"


GUILD = (
    "Grain shippers face longer queues\n\n"
    "Barge operators raised their fees again this month. Their chief economist, Lotte Quillane-Edevane, "
    "said members would ask the ministry to look at the fees.\n\n"
    "Crews on three barges had refused to load last week, according to the Carrowmere Guild, a "
    "workers' group, which said dockers were seeking extra pay for night shifts.\n"
)


def test_which_says_for_the_body_its_clause_hangs_from(recorded) -> None:
    """`according to the X Guild, a workers' group, which said …`: `which` stands for a body, the
    one named before the apposition its clause hangs from, not the person a pronoun search finds."""
    assert quote_with(extract(recorded, GUILD), "extra pay").speaker == "Carrowmere Guild"


RAIL_WORKS = (
    "Netball: Ravensholt take the title as Brackwell Rail Works XI fade\n\n"
    "Ravensholt Academy won the national netball final on Sunday, beating holders Brackwell Rail Works "
    "XI 41-38.\n\n"
    "Rail Works had led by six at half-time through their shooter Adaline Sollitt-Vane.\n\n"
    "Sollitt-Vane, the Rail Works shooter, finished as the season's top scorer. She said the award meant "
    "little after the defeat.\n"
)


def test_works_ends_a_bodys_name(recorded) -> None:
    """`X Rail Works XI`, `Rail Works had led`: `Works` (a plant, a works side) ends the name of
    a body (organisation_names), never a person's, so `She` is the player the sentence before
    names, not the words of her side's name."""
    assert quote_with(extract(recorded, RAIL_WORKS), "award meant").speaker == "Adaline Sollitt-Vane"
