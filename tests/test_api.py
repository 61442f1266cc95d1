"""The library API and the spaCy components in a pipeline of the user's own."""

from __future__ import annotations

import pytest
import spacy

import quotex
from quotex.running.api import DEFAULT_MODELS

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


# --- wrong arguments: a clear error naming the argument -----------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [(None, "text must be a str, not NoneType"), (b"\"Yes,\" she said.", "not bytes: decode it first"), (42, "not int")],
)
def test_extract_refuses_what_is_not_text(text, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        quotex.extract(text)


@pytest.mark.parametrize(("chunk_size", "error"), [(0, ValueError), (-5, ValueError), ("100", TypeError), (2.5, TypeError)])
def test_load_refuses_a_chunk_size_that_is_not_a_positive_int(chunk_size, error: type) -> None:
    with pytest.raises(error, match="chunk_size"):
        quotex.load(chunk_size=chunk_size)


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"lean": "no"}, TypeError, "lean must be True or False, not str"),
        ({"lean": None}, TypeError, "lean must be True or False"),
        ({"chunk_size": 1}, ValueError, "chunk_size must be at least 1,000 characters, not 1"),
        ({"chunk_size": True}, TypeError, "chunk_size must be an int"),
        ({"model": ""}, ValueError, "model must name a spaCy pipeline"),
        ({"model": "  "}, ValueError, "model must name a spaCy pipeline"),
        ({"model": 3}, TypeError, "model must be a str, not int"),
        ({"lexicon_path": 3}, TypeError, "lexicon_path must be a str or a path, not int"),
        ({"lexicon_path": "/nonexistent/lists"}, ValueError, "lexicon_path must name a folder"),
    ],
)
def test_load_refuses_wrong_arguments_before_loading_anything(arguments: dict, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        quotex.load(**arguments)


class Marked(str):
    """A `str` subclass, as some libraries hand out (markup-safe strings, enums of text)."""

    def __str__(self) -> str:
        return "not the text"


def test_a_str_subclass_is_read_as_its_text(extractor) -> None:
    text = '"The pier will reopen in May," the engineer said.'
    found = extractor.extract(Marked(text), file=Marked("a.txt"))
    assert [(q.text, q.file) for q in found] == [("The pier will reopen in May,", "a.txt")]
    assert type(found[0].file) is str
    [(name, quotes)] = list(extractor.extract_many([(Marked("b.txt"), Marked(text))]))
    assert name == "b.txt" and len(quotes) == 1


def test_extractor_and_extract_many_check_their_arguments(extractor) -> None:
    with pytest.raises(ValueError, match="chunk_size must be at least 1, not 0"):
        quotex.Extractor(extractor.nlp, chunk_size=0)
    with pytest.raises(TypeError, match="file must be a str"):
        extractor.extract("Text.", file=None)
    with pytest.raises(TypeError, match="text must be a str"):
        list(extractor.extract_many([("a.txt", None)]))
    with pytest.raises(TypeError, match=r"\(file, text\) pairs"):
        list(extractor.extract_many(["just a text"]))
    with pytest.raises(ValueError, match="batch_size"):
        list(extractor.extract_many([("a.txt", "Text.")], batch_size=0))


def test_text_with_lone_surrogates_is_read(extractor) -> None:
    text = "A\udc80bout the pier: \u201cWe rebuilt it \ud800 in May,\u201d the mayor said.\n"
    quotes = extractor.extract(text)
    assert [(q.text, q.cue.text if q.cue else None) for q in quotes] == [("We rebuilt it \ud800 in May,", "said")]
    assert text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_extract_selects_as_the_cli_does() -> None:
    every = quotex.extract(ARTICLE)
    assert quotex.extract(ARTICLE, kinds={"direct"}) == [q for q in every if q.kind == "direct"]
    assert quotex.extract(ARTICLE, min_confidence=1.0) == [q for q in every if q.confidence >= 1.0]
    assert quotex.extract(ARTICLE, speakers="Brandt") == every  # any variant of the name
    assert quotex.extract(ARTICLE, speakers=["Somebody Else"]) == []
    with pytest.raises(ValueError, match="kinds"):
        quotex.extract(ARTICLE, kinds={"shouted"})


@pytest.mark.parametrize(
    "unit", ["\u201c\n", "\u201ca\nb\n", '"', "\u2018a ", "a  b\n\n", "He said. \u201cYes,\u201d she said.\n\n"]
)
def test_the_token_estimate_that_bounds_memory_counts_what_spacy_makes(unit: str) -> None:
    """Batches hold about `BATCH_TOKENS` tokens by this estimate: an estimate of half the real
    count (a line of one mark and a line end, issue 22 §4) doubled the memory a batch takes."""
    import spacy

    from quotex.running.api import _token_count

    text = unit * (2_000 // len(unit))
    real = len(spacy.blank("en")(text))
    assert 0.9 * real <= _token_count(text) <= 1.1 * real
