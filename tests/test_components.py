"""quotex's components behave like spaCy's own: plain values on the Doc, labelled spans,
saving and loading with their word lists, a scorer, English only."""

from __future__ import annotations

import shutil

import pytest
import spacy
from spacy import displacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from quotex.lexicon import Lexicon

ARTICLE = (
    "Mayor Ellen Brandt opened the pier on Sunday.\n"
    '"We will rebuild it before winter," the mayor said. She said the city would pay for it.\n'
)
pytestmark = pytest.mark.model


def _summary(doc: Doc) -> list[tuple]:
    return [
        (s.label_, s.text, s._.speaker, s._.cue.text if s._.cue else None,
         s._.speaker_mention.text if s._.speaker_mention else None, s._.quotation, s._.confidence)
        for s in doc.spans["quotes"]
    ]


def test_spans_carry_their_kind_as_label(extractor) -> None:
    doc = extractor.nlp(ARTICLE)
    assert [(s.label_, s._.kind) for s in doc.spans["quotes"]] == [("direct", "direct"), ("indirect", "indirect")]
    html = displacy.render(doc, style="span", options={"spans_key": "quotes"})
    assert "direct" in html and "indirect" in html


def test_a_doc_survives_to_bytes_and_docbin(extractor) -> None:
    doc = extractor.nlp(ARTICLE)
    again = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
    assert _summary(again) == _summary(doc)
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (read_back,) = DocBin(store_user_data=True).from_bytes(stored.to_bytes()).get_docs(extractor.nlp.vocab)
    assert _summary(read_back) == _summary(doc)


def test_pipe_with_two_processes_gives_the_same_annotations(extractor) -> None:
    texts = [ARTICLE, ARTICLE.replace("Ellen Brandt", "Omar Haddad")]
    alone = [_summary(doc) for doc in extractor.nlp.pipe(texts)]
    assert [_summary(doc) for doc in extractor.nlp.pipe(texts, n_process=2)] == alone


def test_a_saved_pipeline_carries_its_word_lists(tmp_path, extractor) -> None:
    lists = tmp_path / "lists"
    lists.mkdir()
    shipped = Lexicon.from_directory(None).files["cue_verbs.txt"]
    (lists / "cue_verbs.txt").write_text(shipped + "\nchirp\n", encoding="utf-8")
    nlp = spacy.load(_model_path(extractor))
    nlp.add_pipe("quotex", config={"lexicon_path": str(lists)})
    text = '"The bridge is a disgrace," the mayor chirped.'

    def cue(nlp) -> str:
        doc = nlp(text)
        return doc.spans["quotes"][0]._.cue.text

    assert cue(nlp) == "chirped"
    nlp.to_disk(tmp_path / "saved")
    shutil.rmtree(lists)  # the folder the lists came from is gone: the pipeline keeps them
    reloaded = spacy.load(tmp_path / "saved")
    assert cue(reloaded) == "chirped"
    from_bytes = spacy.load(tmp_path / "saved")
    from_bytes.get_pipe("quotex").from_bytes(reloaded.get_pipe("quotex").to_bytes())
    assert cue(from_bytes) == "chirped"


def _model_path(extractor) -> str:
    from quotex.running.api import find_model

    return find_model()


def test_initialize_reads_word_lists(tmp_path, extractor) -> None:
    (tmp_path / "cue_verbs.txt").write_text("say\nchirp\n", encoding="utf-8")
    nlp = spacy.load(_model_path(extractor))
    quotex = nlp.add_pipe("quotex")
    quotex.initialize(lexicon_path=str(tmp_path))
    assert "chirp" in quotex.lexicon.cue_verbs


def test_evaluate_reports_spans_and_speakers(extractor) -> None:
    predicted = extractor.nlp.make_doc(ARTICLE)
    reference = extractor.nlp(ARTICLE)
    reference.spans["quotes"][0]._.speaker = "Someone Else"
    scores = extractor.nlp.evaluate([Example(predicted, reference)])
    assert scores["quotex_f"] == 1.0
    assert scores["quotex_speaker_acc"] == 0.5
    assert set(scores["quotex_per_type"]) == {"direct", "indirect"}


def test_error_handler_is_spacys() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("quotex")
    handled = []
    nlp.set_error_handler(lambda name, proc, docs, error: handled.append(name))
    assert component.get_error_handler() is not None
    component.get_error_handler()("quotex", component, [], ValueError())
    assert handled == ["quotex"]


@pytest.mark.parametrize("factory", ["quotex", "quotex_speakers", "quotex_tags"])
def test_a_pipeline_of_another_language_is_refused(factory: str) -> None:
    with pytest.raises(ValueError, match="English only"):
        spacy.blank("de").add_pipe(factory)


def test_a_hyphen_before_a_capital_joins_its_word(extractor) -> None:
    words = [t.text for t in extractor.nlp.tokenizer("Maren Dahl-Ostby, a co-owner, praised the well-known Anglo-Irish deal.")]
    assert "Dahl-Ostby" in words and "Anglo-Irish" in words
    assert words[words.index("co") : words.index("co") + 3] == ["co", "-", "owner"]


def test_a_hyphenated_surname_is_the_speakers_whole_name(extractor) -> None:
    text = (
        "The ferry line reopened on Monday after a month of repairs.\n"
        '"We never doubted it would come back," said Maren Dahl-Ostby, who chairs the users\' group.\n'
        '"Now it has to run on time," Dahl-Ostby said.\n'
    )
    assert [q.speaker for q in extractor.extract(text)] == ["Maren Dahl-Ostby", "Maren Dahl-Ostby"]


def test_a_hyphenated_name_is_a_proper_noun_and_its_bearer_speaks(extractor) -> None:
    text = (
        "Ingrid Vasquez-Holm has skippered the night ferry for eleven years.\n"
        '"Nobody believes me when I say the night run is the busy one," she says.\n'
    )
    doc = extractor.nlp(text)
    assert [t.pos_ for t in doc if t.text == "Vasquez-Holm"] == ["PROPN"]
    assert [q.speaker for q in extractor.extract(text)] == ["Ingrid Vasquez-Holm"]
