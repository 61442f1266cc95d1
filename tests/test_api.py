"""The library API and the spaCy components in a pipeline of the user's own."""

from __future__ import annotations

import pytest
import spacy

import quotex
from quotex.api import DEFAULT_MODELS

pytestmark = pytest.mark.model

ARTICLE = (
    "Harbour Mayor Ellen Brandt opened the new pier on Monday.\n\n"
    "\u201cWe rebuilt it in eleven months,\u201d the mayor said. She added that the ferry would resume in May.\n"
)


def installed_model() -> str:
    for name in DEFAULT_MODELS:
        try:
            spacy.util.get_package_path(name)
            return name
        except Exception:
            continue
    pytest.skip("no English pipeline installed")


def test_extract_returns_records_with_speakers() -> None:
    quotes = quotex.extract(ARTICLE)
    assert [(q.kind, q.speaker, q.resolution) for q in quotes] == [
        ("direct", "Ellen Brandt", "descriptor"),
        ("indirect", "Ellen Brandt", "pronoun"),
    ]
    start = ARTICLE.index("the mayor")
    assert quotes[0].to_dict()["speaker_mention"] == {"text": "the mayor", "start": start, "end": start + 9}


def test_lean_and_full_pipelines_agree() -> None:
    lean, full = quotex.load(), quotex.load(lean=False)
    assert "ner" not in lean.nlp.pipe_names and "quotex_tags" in lean.nlp.pipe_names
    assert "ner" in full.nlp.pipe_names
    assert lean.extract(ARTICLE) == full.extract(ARTICLE)


def test_add_pipe_by_name_in_a_users_pipeline() -> None:
    nlp = spacy.load(installed_model())
    nlp.add_pipe("quotex_paragraphs", before="parser")
    nlp.add_pipe("quotex", config={"spans_key": "said"})
    doc = nlp(ARTICLE)
    (quotation, statement) = doc.spans["said"]
    assert quotation._.speaker == "Ellen Brandt" and quotation._.kind == "direct"
    assert quotation._.cue.text == "said" and quotation._.speaker_mention.text == "the mayor"
    assert statement._.kind == "indirect" and 0 < statement._.confidence <= 1


def test_indirect_speech_can_be_left_out() -> None:
    nlp = spacy.load(installed_model())
    nlp.add_pipe("quotex", config={"indirect": False})
    doc = nlp(ARTICLE)  # a SpanGroup lives only as long as its Doc
    assert [span._.kind for span in doc.spans["quotes"]] == ["direct"]
