"""quotex.reading.layout: which line breaks wrap a paragraph and which end it (docs/layout.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.reading.layout import soft_breaks, unwrap

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from hardwrap import hardwrap  # noqa: E402

ARTICLE = (
    "Harbour council approves new ferry terminal\n\n"
    "The council voted on Tuesday night to build a new ferry terminal on the east quay, ending "
    "a dispute that has divided the town for almost four years.\n\n"
    '"We have listened to every objection and we have changed the plans three times," the '
    "council leader, Mira Ostrander, told the meeting. \"Now it is time to build.\"\n\n"
    "Fishermen who work from the quay said they still feared for their moorings. One of them, "
    "Tobias Lenk, said the work would close the slipway for a whole season.\n"
    "The terminal is due to open in two years.\n"
)


@pytest.mark.parametrize("width", [40, 60, 72])
def test_a_hard_wrapped_article_reads_as_the_original(width: int) -> None:
    wrapped = hardwrap(ARTICLE, width)
    assert wrapped != ARTICLE and len(wrapped) == len(ARTICLE)
    assert unwrap(wrapped) == ARTICLE


def test_one_line_a_paragraph_is_read_as_it_is() -> None:
    assert unwrap(ARTICLE) is ARTICLE
    assert soft_breaks(ARTICLE) == []


def test_a_list_of_short_lines_in_an_article_stays_a_list() -> None:
    text = ARTICLE + "\nKey points\nA new terminal on the east quay\nThe slipway closed for a season\nOpening in two years\n"
    assert unwrap(text) is text


def test_lines_that_end_sentences_are_paragraphs_of_one_length() -> None:
    text = (
        "The minister spoke for an hour on the budget and took no questions at all.\n"
        "Her deputy then read out the figures for each region of the country in turn.\n"
        "Several members left the chamber before the vote was called by the speaker.\n"
        "The motion passed by a majority of twelve after a debate of three long hours.\n"
    )
    assert unwrap(text) is text


def test_a_short_last_line_ends_its_paragraph_without_a_blank_line() -> None:
    first = "The council voted on Tuesday night to build a new ferry terminal on the east quay."
    second = "Fishermen who work from the quay said they still feared for their moorings and their boats."
    wrapped = hardwrap(first + "\n" + second + "\n", 40)
    assert unwrap(wrapped) == first + "\n" + second + "\n"


@pytest.mark.parametrize(
    "start",
    ["    Indented, a new paragraph starts here", "• A bullet starts a new item", "MAYOR: A speaker's label starts a turn"],
)
def test_a_line_that_starts_as_a_paragraph_does_ends_the_one_before(start: str) -> None:
    body = hardwrap(
        "The council voted on Tuesday night to build a new ferry terminal on the east quay, ending a dispute "
        "that has divided the town for almost four years and cost it two by-elections.",
        60,
    )
    last_line = body.rsplit("\n", 1)[1]
    text = body + " " * 0 + "\n" + start + " and goes on for a while.\n"
    breaks = soft_breaks(text)
    assert text.index(last_line) - 1 in breaks
    assert len(text) - len(start) - len(" and goes on for a while.\n") - 1 not in breaks


def test_an_address_on_the_line_after_does_not_make_a_short_line_full() -> None:
    text = hardwrap(ARTICLE, 60) + "\nMira Ostrander\nHead of Communications, Harbour Council\npress@harbour.example\n"
    assert text.endswith(unwrap(text)[-len("Council\npress@harbour.example\n") :])


def test_a_wrapped_transcript_starts_a_paragraph_at_each_speakers_label() -> None:
    turns = [
        "Cllr Ana Ruiz: The committee has read every letter that residents sent about the ferry terminal and the quay.",
        "Mr Tobias Lenk: The slipway would close for a whole season, and the boats that use it have nowhere else to go.",
        "Cllr Ana Ruiz: The plans give the boats a mooring on the west quay for as long as the works last this year.",
        "Mr Tobias Lenk: Nobody has asked the people who fish from the slipway whether the west quay is any use.",
    ]
    original = "\n".join(turns) + "\n"
    assert unwrap(hardwrap(original, 55)) == original  # at 55 columns, a turn before a label ends full


def test_a_windows_line_break_inside_a_paragraph_is_read_as_spaces() -> None:
    wrapped = hardwrap(ARTICLE, 60).replace("\n", "\r\n")
    read = unwrap(wrapped)
    assert len(read) == len(wrapped)
    assert read.replace("  ", " ") == ARTICLE.replace("\n", "\r\n")


def test_a_long_wrapped_text_is_cut_where_its_paragraphs_end() -> None:
    from quotex.running.api import _chunks

    original = "\n\n".join([ARTICLE.strip()] * 200)
    wrapped = hardwrap(original, 72)
    chunks = list(_chunks("long.txt", unwrap(wrapped), 20_000, wrapped))
    assert len(chunks) > 1
    for chunk in chunks:
        assert chunk.given == wrapped[chunk.start : chunk.start + len(chunk.given)]
        assert chunk.text == original[chunk.start : chunk.start + len(chunk.text)]
        assert chunk.text.endswith("\n") or chunk.last


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab .:•Q\n\r\t") + ["word ", "Mr Lee: ", "\n\n", "x" * 31]), max_size=80).map("".join))
def test_unwrap_only_turns_line_breaks_into_spaces(text: str) -> None:
    read = unwrap(text)
    assert len(read) == len(text)
    assert all(a == b or (a in "\r\n" and b == " ") for a, b in zip(text, read, strict=True))
