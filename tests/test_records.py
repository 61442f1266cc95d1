"""The record is declared once: every other list of its fields derives from `quotex.output.records`."""

from __future__ import annotations

import dataclasses
import io
import os

import pytest

from quotex.output.records import (
    ANNOTATIONS,
    FIELDS,
    KINDS,
    Mention,
    Quote,
    article_key,
    file_key,
    flat_fields,
    quote_id,
    shown_name,
)
from quotex.output.writers import WRITERS, Writer, format_for_path, make_writer, writer


def quote(**changes) -> Quote:
    values = {
        "file": "a.txt", "kind": "direct", "text": "We will", "start": 1, "end": 8, "speaker": "Ellen Brandt",
        "speaker_mention": Mention("Ellen Brandt", 10, 22), "cue": Mention("said", 23, 27),
        "resolution": "explicit", "confidence": 0.8549999, "paragraph": 0,
    }
    values.update(changes)
    return Quote(**values)


def test_to_dict_gives_the_fields_in_their_declared_order() -> None:
    assert tuple(quote().to_dict()) == FIELDS
    assert FIELDS == ("file", "id", *(f.name for f in dataclasses.fields(Quote) if f.name not in ("file", "id", "article")))


def test_an_articles_fields_follow_the_contracts_and_come_back_from_json() -> None:
    record = quote(article={"url": "https://example.org/a", "title": "T"}).to_dict()
    assert tuple(record) == (*FIELDS, "article")
    assert Quote.from_dict(record).article == {"url": "https://example.org/a", "title": "T"}


def test_csv_columns_spread_each_mention() -> None:
    columns = flat_fields()
    assert columns[columns.index("speaker_mention_text") : columns.index("speaker_mention_text") + 3] == (
        "speaker_mention_text", "speaker_mention_start", "speaker_mention_end",
    )
    assert "speaker_mention" not in columns and "cue_end" in columns


def test_the_components_and_the_statements_carry_every_annotation() -> None:
    pytest.importorskip("spacy")
    from quotex.attribution.statements import Statement
    from quotex.pipeline.extensions import EVIDENCE_ATTRIBUTES, SPAN_ATTRIBUTES

    assert set(SPAN_ATTRIBUTES) == {"quotation", *ANNOTATIONS, *EVIDENCE_ATTRIBUTES}
    statement_fields = {f.name for f in dataclasses.fields(Statement)}
    assert set(ANNOTATIONS) <= statement_fields  # a new field of Quote is found by the statements
    # Every field is an annotation but those the Span itself gives and those set after the
    # pipeline: across a run (linking), or from the document (a web page's title and extraction).
    after_the_pipeline = {"speaker_id", "link_confidence", "quote_group", "title", "extraction"}
    assert set(ANNOTATIONS) == set(FIELDS) - {"file", "id", "text", "start", "end"} - after_the_pipeline


def test_kinds_are_the_literal_of_the_record() -> None:
    assert KINDS == ("direct", "mixed", "indirect")


def test_confidence_is_rounded_once_in_the_record() -> None:
    assert quote().confidence == 0.855 == quote().to_dict()["confidence"]


def test_file_key_counts_a_file_by_its_path_within_the_working_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    spellings = ["seeds/x.txt", "./seeds/x.txt", f"{tmp_path}/seeds/x.txt", "seeds/../seeds/x.txt"]
    assert {file_key(s) for s in spellings} == {"seeds/x.txt"}
    assert file_key("/elsewhere/x.txt") == "/elsewhere/x.txt" and file_key("-") == "-"
    assert file_key("<text>") == "<text>"


def test_id_names_the_quotation_in_its_article_not_the_file() -> None:
    article = article_key("\"We will,\" Ellen Brandt said.")
    given = quote(file="seeds/a.txt", id=quote_id(article, "direct", 1, 8))
    assert given.id == quote(file="/elsewhere/b.txt", id=quote_id(article, "direct", 1, 8)).id
    assert given.id != quote_id(article_key("Another text."), "direct", 1, 8)
    assert given.id != quote_id(article, "mixed", 1, 8) != quote_id(article, "direct", 1, 9)
    assert given.to_dict()["id"] == given.id and Quote.from_dict(given.to_dict()).id == given.id


def test_a_name_that_is_not_utf8_has_an_id_and_is_shown_with_replacement() -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    assert shown_name(name) == "caf\ufffd.txt"
    assert quote(file=name).to_dict()["file"] == "caf\ufffd.txt"
    assert quote(file=name).id != quote(file="caf\ufffd.txt").id  # built without an article: from the name


def test_a_new_format_is_one_class_and_one_entry(monkeypatch) -> None:
    monkeypatch.setattr("quotex.output.writers.WRITERS", dict(WRITERS))

    @writer
    class Speakers(Writer):
        format = "speakers"
        extensions = (".speakers",)

        def write(self, quote: Quote) -> None:
            super().write(quote)
            self.out.write(f"{quote.speaker}\n")

    out = io.StringIO()
    made = make_writer("speakers", out)
    made.write(quote())
    made.close()
    assert out.getvalue() == "Ellen Brandt\n"
    assert format_for_path("out.speakers") == "speakers"
    assert format_for_path("out.CSV") == "csv" and format_for_path("out.txt") is None


def test_the_table_prints_each_documents_rows_as_soon_as_it_is_done() -> None:
    from quotex.output.writers import TableWriter

    out = io.StringIO()
    table = TableWriter(out, width=100)
    table.write(quote(text="first document"))
    table.document_done()
    shown = out.getvalue()
    assert "first document" in shown and shown.splitlines()[0].split()[:3] == ["speaker", "kind", "conf"]
    table.write(quote(text="second document", start=30, end=45))
    table.document_done()
    table.close()
    lines = out.getvalue().splitlines()
    assert sum("speaker" in line.split()[:1] for line in lines) == 1  # one header for the whole run
    assert lines[-1] == "2 quotations"
    assert all(len(line) <= 100 for line in lines)


def test_the_pipeline_imports_no_evaluation() -> None:
    """The scorer's speaker rule lives with the pipeline; `quotex eval` imports it, not the reverse."""
    import subprocess
    import sys

    code = "import sys, quotex.pipeline.factories; print(sorted(m for m in sys.modules if m == 'quotex.evaluation.scoring'))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"
