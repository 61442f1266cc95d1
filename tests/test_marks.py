"""Finding quotations by their marks: pure functions over a string, no model."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.parse.marks import (
    DOUBLE_MARKS,
    SINGLE_MARKS,
    Paragraph,
    QuotedSpan,
    Role,
    find_quotations,
    mark_length,
    mark_role,
    paragraphs,
)


def quoted(text: str) -> list[str]:
    """The content of every quotation `find_quotations` finds in `text`."""
    return [text[s.start : s.end] for s in find_quotations(text)]


def only_span(text: str) -> QuotedSpan:
    spans = find_quotations(text)
    assert len(spans) == 1, [text[s.start : s.end] for s in spans]
    return spans[0]


# --- paragraphs ------------------------------------------------------------------------


def test_paragraphs_are_the_non_blank_lines_without_surrounding_spaces():
    text = "  Heading line  \n\n   \nBody text here.\n"
    found = paragraphs(text)
    assert found == [Paragraph(0, 2, 14), Paragraph(1, 22, 37)]
    assert [text[p.start : p.end] for p in found] == ["Heading line", "Body text here."]


# --- kinds of marks --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"The bridge will reopen in May," the engineer said.', id="straight-double"),
        pytest.param("\u201cThe bridge will reopen in May,\u201d the engineer said.", id="curly-double"),
        pytest.param("\u2018The bridge will reopen in May,\u2019 the engineer said.", id="curly-single"),
        pytest.param("'The bridge will reopen in May,' the engineer said.", id="straight-single"),
        pytest.param("\u00abThe bridge will reopen in May,\u00bb the engineer said.", id="guillemets"),
        pytest.param("\u201eThe bridge will reopen in May,\u201c the engineer said.", id="low-high"),
        pytest.param("\u201dThe bridge will reopen in May,\u201d the engineer said.", id="closing-shaped-opener"),
    ],
)
def test_each_kind_of_quotation_mark(text):
    span = only_span(text)
    assert text[span.start : span.end] == "The bridge will reopen in May,"
    assert span.closed
    assert span.single is (text[span.open_mark] in SINGLE_MARKS)


def test_span_excludes_both_marks():
    text = 'Ola Berg said "we are done" and left.'
    span = only_span(text)
    assert text[span.open_mark] == '"' and span.start == span.open_mark + 1
    assert text[span.close_mark] == '"' and span.end == span.close_mark
    assert text[span.start : span.end] == "we are done"
    assert (span.first_paragraph, span.last_paragraph) == (0, 0)


def test_several_quotations_in_order():
    text = "\u201cFirst,\u201d she said. \u201cSecond,\u201d he said.\n\u201cThird.\u201d"
    assert quoted(text) == ["First,", "Second,", "Third."]


# --- open or close, from the neighbours ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index", "role"),
    [
        ('say "hi" now', 4, Role.OPEN),
        ('say "hi" now', 7, Role.CLOSE),
        ('("hi")', 1, Role.OPEN),
        ('said "hi".', 8, Role.CLOSE),
        ("don't", 3, Role.NONE),
        ("I\u2019ve", 1, Role.NONE),
        ("the \u201990s", 4, Role.NONE),
        ("the '90s", 4, Role.NONE),
    ],
)
def test_mark_role_follows_the_neighbours(text, index, role):
    assert mark_role(text, index) is role


@pytest.mark.parametrize(
    "stray",
    [
        pytest.param('The new pipe is 3" wide.', id="inch-mark"),
        pytest.param('Room 4" was flooded.', id="inch-mark-mid-sentence"),
        pytest.param(
            'The sign read " for sale.',
            id="space-flanked",
        ),
    ],
)
def test_a_stray_straight_mark_does_not_flip_later_pairs(stray):
    text = f'{stray} "We are ready," Ana Ruiz said. "So is the crew," she added. "Let us go."'
    assert quoted(text) == ["We are ready,", "So is the crew,", "Let us go."]


# --- apostrophes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Texas' governor met the country's farmers on Monday.", id="possessive"),
        pytest.param("Farmers don\u2019t know and I've no idea why.", id="contractions"),
        pytest.param("Music of the \u201990s and the '90s came back.", id="elisions"),
        pytest.param("The Joneses' dog met the Smiths\u2019 cat in \u201998.", id="plural-possessives"),
    ],
)
def test_apostrophes_never_open_a_quotation(text):
    assert find_quotations(text) == []


def test_apostrophes_inside_a_single_quoted_quotation():
    text = "\u2018We don\u2019t know. I\u2019ve seen it since the \u201990s,\u2019 the farmer said."
    assert quoted(text) == ["We don\u2019t know. I\u2019ve seen it since the \u201990s,"]


def test_plural_possessive_inside_a_single_quoted_quotation():
    text = "\u2018The farmers\u2019 rights are ours,\u2019 the union leader said."
    span = only_span(text)
    assert text[span.start : span.end] == "The farmers\u2019 rights are ours,"
    assert span.single


def test_possessive_before_a_single_quoted_quotation():
    text = "Texas' governor said 'we will rebuild.' The farmers' union agreed."
    assert quoted(text) == ["we will rebuild."]


# --- running over paragraphs -----------------------------------------------------------


def test_quotation_reopened_in_the_next_paragraph():
    text = (
        "Mayor Ines Ortega said: \u201cThe road will be finished by spring.\n"
        "\u201cWe have the money and the workers,\u201d she added.\n"
        "The council meets again next week.\n"
    )
    span = only_span(text)
    assert text[span.start : span.end] == (
        "The road will be finished by spring.\n\u201cWe have the money and the workers,"
    )
    assert (span.first_paragraph, span.last_paragraph) == (0, 1)
    assert span.closed


def test_quotation_reopened_over_three_paragraphs():
    text = (
        'Ines Ortega said: "The road will be finished by spring.\n'
        '"We have the money.\n'
        '"And we have the workers," she added.\n'
    )
    span = only_span(text)
    assert text[span.start : span.end].endswith("And we have the workers,")
    assert (span.first_paragraph, span.last_paragraph) == (0, 2)


def test_quotation_closed_in_the_next_paragraph_without_reopening():
    text = (
        'Ines Ortega said: "The road will be finished by spring.\n'
        'We have the money and the workers," said Ortega.\n'
    )
    span = only_span(text)
    assert text[span.start : span.end] == "The road will be finished by spring.\nWe have the money and the workers,"
    assert text[span.close_mark] == '"' and span.end == span.close_mark
    assert (span.first_paragraph, span.last_paragraph) == (0, 1)


# --- quotations within quotations ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("\u201cShe told me \u2018never again\u2019 and left,\u201d he said.", "She told me \u2018never again\u2019 and left,"),
        ("\"She told me 'never again' and left,\" he said.", "She told me 'never again' and left,"),
        ("\u2018He called it \u201ca disgrace\u201d on air,\u2019 she said.", "He called it \u201ca disgrace\u201d on air,"),
        ("'He called it \"a disgrace\" on air,' she said.", "He called it \"a disgrace\" on air,"),
        ("\u201cHe said \u201cno\u201d twice,\u201d she said.", "He said \u201cno\u201d twice,"),
    ],
    ids=["double-curly", "double-straight", "single-curly", "single-straight", "double-in-double"],
)
def test_quotation_inside_a_quotation_stays_part_of_the_outer_one(text, outer):
    assert quoted(text) == [outer]


# --- unclosed marks --------------------------------------------------------------------


def test_an_unclosed_mark_is_bounded_by_its_paragraph():
    text = (
        "\u201cThe harbour will stay shut until the storm passes.\n"
        "\n"
        "Fishing boats waited in the bay on Friday.\n"
        "The port authority gave no date for reopening.\n"
    )
    span = only_span(text)
    assert not span.closed and span.close_mark is None
    assert text[span.start : span.end] == "The harbour will stay shut until the storm passes."
    assert (span.first_paragraph, span.last_paragraph) == (0, 0)


def test_narrative_with_its_own_quotation_after_an_unclosed_one_is_not_merged():
    text = (
        'Kofi Mensah said: "The harbour will stay shut.\n'
        'Boats waited in the bay. "Nothing has changed," a fisherman said.\n'
    )
    spans = find_quotations(text)
    assert [text[s.start : s.end] for s in spans] == ["The harbour will stay shut.", "Nothing has changed,"]
    assert not spans[0].closed and spans[1].closed
    assert [(s.first_paragraph, s.last_paragraph) for s in spans] == [(0, 0), (1, 1)]


@pytest.mark.parametrize(("opening", "single"), [("\u2018", True), ("'", True), ("\u201c", False), ('"', False)])
def test_an_unclosed_mark_is_a_quotation_to_its_paragraph_end_whatever_its_marks(opening, single):
    text = f"The clerk said: {opening}This never closes, and nothing will.\nThe end."
    span = only_span(text)
    assert text[span.start : span.end] == "This never closes, and nothing will."
    assert not span.closed and span.single is single


def test_an_unclosed_mark_at_the_very_end():
    text = 'The report ends here: "'
    assert find_quotations(text) == []


# --- any text at all -------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("ab Z.,:\n") + list(DOUBLE_MARKS) + list(SINGLE_MARKS))


@settings(max_examples=400, deadline=None)
@given(st.text(_ALPHABET, max_size=80))
def test_find_quotations_never_raises_and_spans_are_ordered(text):
    spans = find_quotations(text)
    previous_end = 0
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert span.start >= previous_end
        assert span.first_paragraph <= span.last_paragraph
        assert text[span.open_mark] in DOUBLE_MARKS + SINGLE_MARKS
        if span.closed:
            assert text[span.close_mark] in DOUBLE_MARKS + SINGLE_MARKS
            assert span.close_mark == span.end
        assert span.open_mark == span.start - mark_length(text, span.open_mark)
        previous_end = span.end


@pytest.mark.parametrize(
    "text, content",
    [
        ("''We will rebuild it,'' the mayor said.", "We will rebuild it,"),
        ("``We will rebuild it,'' the mayor said.", "We will rebuild it,"),
        ("He called it ''a fine day for the harbour'' and left.", "a fine day for the harbour"),
    ],
)
def test_doubled_apostrophes_and_backticks_are_double_marks(text: str, content: str) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == [content]


@pytest.mark.parametrize(
    "text, content",
    [
        ("``We said 'not now,''' the skipper told the crew.", "We said 'not now,'"),
        ("''The sign read 'closed''' and nobody came.", "The sign read 'closed'"),
        ("``It's the boys' club's best year,'' Doe's coach said of the '90s team.", "It's the boys' club's best year,"),
    ],
)
def test_an_inner_single_quotation_closes_before_the_doubled_mark(text: str, content: str) -> None:
    assert [text[q.start : q.end] for q in find_quotations(text)] == [content]


# --- single marks over paragraphs (British style) ------------------------------------------


@pytest.mark.parametrize(("opening", "closing"), [("\u2018", "\u2019"), ("'", "'")], ids=["curly", "straight"])
def test_single_marks_reopened_in_each_paragraph_close_only_in_the_last(opening, closing):
    text = (
        f"The minister said: {opening}We will rebuild the bridge.\n\n"
        f"{opening}It will take two years.\n\n"
        f"{opening}The money is there.{closing} She left without taking questions.\n"
    )
    span = only_span(text)
    assert text[span.start : span.end] == (
        f"We will rebuild the bridge.\n\n{opening}It will take two years.\n\n{opening}The money is there."
    )
    assert span.single and span.closed and (span.first_paragraph, span.last_paragraph) == (0, 2)


@pytest.mark.parametrize(("opening", "closing"), [("\u2018", "\u2019"), ("'", "'")], ids=["curly", "straight"])
def test_single_marks_closed_in_the_next_paragraph_without_reopening(opening, closing):
    text = f"The minister said: {opening}We will rebuild the bridge.\nIt will take two years,{closing} she said.\n"
    span = only_span(text)
    assert text[span.start : span.end] == "We will rebuild the bridge.\nIt will take two years,"
    assert (span.first_paragraph, span.last_paragraph) == (0, 1)


def test_a_plural_possessive_does_not_close_a_single_quotation_left_open():
    text = "The minister said: \u2018We will rebuild the bridge.\nThe farmers\u2019 union was not convinced.\n"
    span = only_span(text)
    assert not span.closed and text[span.start : span.end] == "We will rebuild the bridge."


# --- elided words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("'Tis the season for roadworks, the council admitted.", id="tis-straight"),
        pytest.param("\u2018Tis the season for roadworks, the council admitted.", id="tis-curly"),
        pytest.param("Fans sang rock 'n' roll songs and told 'em to leave.", id="n-em-straight"),
        pytest.param("Fans sang rock \u2018n\u2019 roll songs and told \u2018em to leave.", id="n-em-curly"),
        pytest.param("He stayed 'cause the bus was late, the '90s way.", id="cause-90s"),
        pytest.param("The Joneses' farm and the Smiths' barn were both nothin' special.", id="possessive-goin"),
    ],
)
def test_elided_words_open_and_close_nothing(text):
    assert find_quotations(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "''Tis a fine day for it,' the captain said. 'I went down to the harbour yesterday,' he added.",
            "'Tis a fine day for it,",
            id="tis-at-the-start-straight",
        ),
        pytest.param(
            "\u2018\u2018Tis a fine day for it,\u2019 the captain said. \u2018I went down to the harbour,\u2019 he added.",
            "\u2018Tis a fine day for it,",
            id="tis-at-the-start-curly",
        ),
        pytest.param(
            "'We played rock 'n' roll until they told us to stop,' the singer said.",
            "We played rock 'n' roll until they told us to stop,",
            id="n-inside",
        ),
        pytest.param(
            "\u2018Give \u2018em a chance, we were just goin\u2019 home,\u2019 the coach said.",
            "Give \u2018em a chance, we were just goin\u2019 home,",
            id="em-goin-inside-curly",
        ),
        pytest.param(
            "'We bought the Joneses' farm in the '90s,' she said.",
            "We bought the Joneses' farm in the '90s,",
            id="possessive-inside",
        ),
    ],
)
def test_elided_words_inside_a_single_quotation(text, content):
    assert quoted(text)[0] == content


@pytest.mark.parametrize(
    "text, content",
    [
        ("\"They treat it like, 'Oh, this matters,' \" Dana Roe said.", "They treat it like, 'Oh, this matters,' "),
        ("\" 'Go home,' they told us,\" Roe recalled.", " 'Go home,' they told us,"),
        ("''I hate the word 'fine,' '' she said.", "I hate the word 'fine,' "),
        ("Roe wrote of the debate.\n\n” … he spoke with a calm few expected,” Roe wrote.", " … he spoke with a calm few expected,"),
    ],
)
def test_a_double_mark_spaced_from_an_inner_mark_or_an_ellipsis_still_closes_or_opens(text, content):
    """Typists keep a double mark a space apart from the single mark of the quotation inside, and
    from the ellipsis that opens words quoted from within a sentence."""
    assert quoted(text) == [content]


def test_the_elided_article_of_a_dutch_name_opens_no_quotation():
    text = "\"The union is cracking,\" said Mira in 't Hout, a member. \"It's a risk.\""
    assert quoted(text) == ["The union is cracking,", "It's a risk."]


@pytest.mark.parametrize(
    "text, contents",
    [
        pytest.param('Cllr Ivo Brandt (Lab.):"Who pays for it?"\n\nMs Tarn:"The county does."',
                     ["Who pays for it?", "The county does."], id="glued-after-colon"),
        pytest.param('said a ferryman who would not give his name."We lost a month."',
                     ["We lost a month."], id="glued-after-full-stop"),
        pytest.param("''The hull held because we sealed it twice, '' said Odell. ''Then the rain came.''",
                     ["The hull held because we sealed it twice, ", "Then the rain came."], id="stray-space-before"),
        pytest.param("''We sang 'Over the Weir,'  '' Odell said. ''Then we rowed.''",
                     ["We sang 'Over the Weir,'  ", "Then we rowed."], id="stray-spaces-after-inner"),
    ],
)
def test_a_straight_mark_a_typist_misplaced_after_punctuation_still_opens_or_closes(text, contents):
    """A straight mark right after a clause's punctuation, glued to the next word or with a stray
    space before it, is a quotation mark all the same: it closes the quotation left open, else
    opens one."""
    assert quoted(text) == contents
