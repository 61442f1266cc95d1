"""Whom `he` and `she` stand for within a paragraph (issue 9): the subject a paragraph gave
before the pronoun, described or named; the one a turn of dialogue addressed.

Each article is written for these tests; each runs over recorded parses (`recorded`).
"""

from __future__ import annotations

from tests.conftest import extract_checked, quote_with


def speaker_of(recorded, text: str, fragment: str) -> str | None:
    return quote_with(extract_checked(recorded, text), fragment).speaker


# --- 1. the subject of the sentence before, in the same paragraph -------------------------------

REHEARSAL = (
    "The Glass Orchard review - a small play with a long memory\n\n"
    "Two actors carry the whole evening. Teodric Malvane, as the ferryman, barely moves, and is "
    "the more unsettling for it. Opposite him is Ysolde Ferrante-Oku, 23, a year out of drama school.\n\n"
    "The actor, 31, says he spent a month on a river barge to prepare for the part.\n\n"
    '"The boatmen never hurry. I took that from them," he says.\n\n'
    'Ferrante-Oku is less methodical. "Some nights I have no idea what he will do," she says. '
    '"That is the fun of it."\n'
)


def test_a_pronoun_takes_the_subject_of_the_sentence_before_it_in_its_paragraph(recorded) -> None:
    assert speaker_of(recorded, REHEARSAL, "no idea what he will do") == "Ysolde Ferrante-Oku"
    assert speaker_of(recorded, REHEARSAL, "That is the fun of it") == "Ysolde Ferrante-Oku"


def test_a_pronoun_after_a_described_subject_is_not_given_to_someone_else(recorded) -> None:
    # `The actor, 31, says he …`: `he` is the actor, whoever that is, not the woman named last;
    # so nothing here tells her gender wrongly.
    assert speaker_of(recorded, REHEARSAL, "boatmen never hurry") != "Ysolde Ferrante-Oku"


BAKERY = (
    "The Copper Kettle has stood on Harrow Lane since 1998. Its owners, Brannoch Malvane and "
    "Ysolde Ferrante-Oku, bought it from a retired baker.\n\n"
    "Ferrante-Oku runs the counter. Her brother insists the recipe has never changed. "
    '"We still use the same oven and the same flour," he says.\n'
)


def test_a_pronoun_after_a_subject_described_without_a_name_stays_with_it(recorded) -> None:
    # A reader cannot name her brother; he is not the co-owner named in the paragraph before.
    assert speaker_of(recorded, BAKERY, "same oven") == "Her brother"


# --- 2. a turn of dialogue: the one addressed answers -----------------------------------------

NIGHT_SHIFT = (
    "For twenty years Oskar Brenneval checked the lighthouse lamp every four hours.\n\n"
    "His daughter, Mireid, and her husband, Ruairc Delvaney, moved in with him last spring. "
    "Delvaney says the new lamp has never failed.\n\n"
    '"Are you sure it works?" Mireid asked Oskar on the first night. "Go back to sleep," he replied.\n'
)


def test_the_one_a_question_was_put_to_gives_the_reply(recorded) -> None:
    assert speaker_of(recorded, NIGHT_SHIFT, "sure it works") == "Mireid"
    assert speaker_of(recorded, NIGHT_SHIFT, "Go back to sleep") == "Oskar Brenneval"


# --- 3. given names common outside the US tell a gender too ---------------------------------------


def test_a_given_name_too_rare_to_take_as_a_name_still_tells_a_gender() -> None:
    from quotex.lexicon import default_lexicon

    words = default_lexicon().people_words
    assert words.gender_of_name("Krzysztof") == "male"
    assert words.gender_of_name("Chiamaka") == "female"
    assert "krzysztof" not in words.given_names  # not taken for a given name where names are read


QUARRY = (
    "The quarry at Felbridge closed in March. Krzysztof Andruszkiewicz worked there for thirty "
    "years, and Chiamaka Obiorah-Lund ran its canteen.\n\n"
    "Obiorah-Lund kept the recipe book. Andruszkiewicz still keeps a helmet by the door.\n\n"
    '"Nobody asked us what we thought," she says.\n'
)


def test_she_skips_a_man_whose_given_name_is_rare_in_the_us(recorded) -> None:
    assert speaker_of(recorded, QUARRY, "Nobody asked us") == "Chiamaka Obiorah-Lund"


# --- 4. a surname that starts with a particle is no given name ------------------------------------

CLINIC_BUDGET = (
    "The night clinic in Rathcoole will stay open for another year, its director, Dr Orlaith "
    "Mac Suibhne, said on Monday.\n\n"
    "The health board's treasurer, Declan Ferris, said the money had been hard to find.\n\n"
    'Mac Suibhne thinks it is money well spent. "Every patient we see at night is one the '
    'emergency department does not," she says.\n\n'
    '"We will find the rest," Mac Suibhne added.\n'
)


def test_a_surname_that_starts_with_a_particle_tells_no_gender(recorded) -> None:
    # `Mac` is a man's given name elsewhere; here it starts her surname, so `she` may take her.
    assert speaker_of(recorded, CLINIC_BUDGET, "Every patient we see") == "Orlaith Mac Suibhne"
    assert speaker_of(recorded, CLINIC_BUDGET, "find the rest") == "Orlaith Mac Suibhne"  # one person, not two


# --- 5. a name or a word said alone before its cue is speech, not a title ------------------------

SWIM_CLUB = (
    "Nobody in the harbour swims faster than Ottoline Brask, who coaches the club's juniors.\n\n"
    "When a boy drifts past the buoy she is on her feet at once.\n\n"
    '"Lorcan!" she shouts. The boy turns back.\n\n'
    "Her father, Sten Brask, still keeps his old stopwatch in a drawer.\n\n"
    '"Superstition," he says.\n\n'
    'The club was featured on "Coastal Lives" last year.\n'
)


def test_a_word_said_alone_before_its_cue_is_speech(recorded) -> None:
    assert speaker_of(recorded, SWIM_CLUB, "Lorcan!") == "Ottoline Brask"
    assert speaker_of(recorded, SWIM_CLUB, "Superstition") == "Sten Brask"


def test_a_title_after_a_preposition_stays_a_title(recorded) -> None:
    assert not any("Coastal Lives" in q.text for q in extract_checked(recorded, SWIM_CLUB))


# --- 6. a full name in apposition to a role, when the model took no person there ----------------

OUTAGE = (
    "Card payments failed at thousands of shops on Friday after a faulty update at Quillbank, "
    "the payments company.\n\n"
    "Quillbank's chief operating officer, Chiamaka Vos-Ferreira, wrote in a blog post that the "
    "update had not been tested under load.\n\n"
    '"That is on us," she wrote.\n'
)


def test_a_full_name_in_apposition_to_a_role_is_a_person(recorded) -> None:
    assert speaker_of(recorded, OUTAGE, "That is on us") == "Chiamaka Vos-Ferreira"


# --- 7. words said to someone by name are not more of their own ---------------------------------

DEBATE = (
    "Councillor Brigid Osei-Lamb and her challenger, Tomas Hartley-Vane, sparred over the budget "
    "at Thursday's hustings.\n\n"
    '"You have never balanced a budget in your life," Hartley-Vane said.\n\n'
    '"I have balanced four of them, Tomas."\n'
)


def test_a_quotation_that_calls_the_last_speaker_by_name_is_not_theirs(recorded) -> None:
    assert speaker_of(recorded, DEBATE, "balanced four of them") != "Tomas Hartley-Vane"
    assert speaker_of(recorded, DEBATE, "never balanced a budget") == "Tomas Hartley-Vane"
