"""The word lists, their derived forms, and the parts of speech quotex can set itself."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotex.lexicon import Lexicon, LexiconError, default_lexicon, fold, noun_forms, verb_forms
from quotex.pipeline.components import TagMapper


@pytest.mark.parametrize(
    "verb, form",
    [("say", "says"), ("stress", "stresses"), ("note", "noted"), ("note", "noting"), ("clarify", "clarified"),
     ("admit", "admitted"), ("quip", "quipping"), ("point", "pointed")],
)
def test_regular_verb_forms(verb: str, form: str) -> None:
    assert form in verb_forms(verb)


@pytest.mark.parametrize("noun, form", [("spokesman", "spokesmen"), ("authority", "authorities"), ("witness", "witnesses")])
def test_regular_plurals(noun: str, form: str) -> None:
    assert form in noun_forms(noun)


def test_lemma_without_a_lemmatizer_comes_from_the_lists() -> None:
    doc = Doc(Vocab(), words=["He", "said", "the", "spokesmen", "told", "everyone"])
    lexicon = default_lexicon()
    assert [lexicon.lemma(t) for t in doc] == ["he", "say", "the", "spokesman", "tell", "everyone"]


def test_tag_mapper_sets_universal_parts_of_speech() -> None:
    doc = Doc(Vocab(), words=["She", "has", "said", "it", "."], tags=["PRP", "VBZ", "VBN", "PRP", "."])
    TagMapper(default_lexicon())(doc)
    assert [t.pos_ for t in doc] == ["PRON", "AUX", "VERB", "PRON", "PUNCT"]


def test_fold_drops_case_accents_and_possessives() -> None:
    assert fold("Łukasz’s") == "lukasz" and fold("Renée's") == "renee" and fold("Texas'") == "texas"
    assert fold("Bjørg") == fold("Bjorg") and fold("Ærnholt") == "aernholt"


def test_names_without_an_entity_recogniser() -> None:
    from quotex.parse.names import person_names

    words = ["Foreign", "Minister", "Jane", "Doe", "met", "President", "Smith", "in", "Paris", "."]
    tags = ["NNP", "NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "IN", "NNP", "."]
    doc = Doc(Vocab(), words=words, tags=tags)
    TagMapper(default_lexicon())(doc)
    assert [span.text for span in person_names(doc, default_lexicon())] == ["Jane Doe", "Smith"]


@pytest.mark.parametrize(
    "words, tags, name",
    [
        (["Minister", "of", "Harbour", "Affairs", "Jane", "Doe", "spoke"], ["NNP", "IN", "NNP", "NNP", "NNP", "NNP", "VBD"], "Jane Doe"),
        (["Representative", "Charles", "B.", "Rangel", "spoke"], ["NNP", "NNP", "NNP", "NNP", "VBD"], "Charles B. Rangel"),
        (["Chief", "Dana", "Jordan", "spoke"], ["NNP", "NNP", "NNP", "VBD"], "Dana Jordan"),
        (["Secretary", "of", "State", "Dana", "Jordan", "spoke"], ["NNP", "IN", "NNP", "NNP", "NNP", "VBD"], "Dana Jordan"),
        (["Secretary", "of", "State", "B.", "Jordan", "spoke"], ["NNP", "IN", "NNP", "NNP", "NNP", "VBD"], "B. Jordan"),
        (["An", "aide", "of", "Mary", "Ann", "Evans", "spoke"], ["DT", "NN", "IN", "NNP", "NNP", "NNP", "VBD"], "Mary Ann Evans"),
        (["Minister", "of", "Foreign", "Affairs", "Ana", "Lima", "spoke"], ["NNP", "IN", "JJ", "NNP", "NNP", "NNP", "VBD"], "Ana Lima"),
    ],
)
def test_personal_names_from_proper_noun_runs(words, tags, name) -> None:
    from quotex.parse.names import person_names

    doc = Doc(Vocab(), words=words, tags=tags)
    TagMapper(default_lexicon())(doc)
    assert [span.text for span in person_names(doc, default_lexicon())] == [name]


def test_a_user_folder_overrides_only_the_lists_it_holds(tmp_path) -> None:
    (tmp_path / "cue_verbs.txt").write_text("# my own cues\nharrumph\n", encoding="utf-8")
    lexicon = Lexicon.from_directory(tmp_path)
    assert lexicon.cue_verbs == {"harrumph"}
    assert lexicon.titles == default_lexicon().titles


def test_a_user_grammar_keeps_the_shipped_entries_it_lacks(tmp_path) -> None:
    # A grammar file written for an older quotex: one entry of its own, none of the newer ones.
    (tmp_path / "grammar.tsv").write_text("according_to\tas per\n", encoding="utf-8")
    grammar = Lexicon.from_directory(tmp_path).grammar
    assert grammar.according_to == ("as", "per")
    assert grammar.outcry_prepositions == default_lexicon().grammar.outcry_prepositions


@pytest.mark.parametrize(
    "name, text",
    [("pronouns.txt", "she female\n"), ("tag_map.tsv", "NN\t\n"), ("verb_forms.tsv", "said\n")],
)
def test_a_malformed_line_names_its_file(tmp_path, name, text) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=name):
        Lexicon.from_directory(tmp_path)


def test_a_missing_or_unreadable_folder_is_a_lexicon_error(tmp_path) -> None:
    with pytest.raises(LexiconError, match="not a folder"):
        Lexicon.from_directory(tmp_path / "absent")
    (tmp_path / "titles.txt").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(LexiconError, match="titles.txt"):
        Lexicon.from_directory(tmp_path)
