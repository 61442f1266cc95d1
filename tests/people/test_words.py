"""The word lists People reads (given names, documents, kinds of organisation), as data
that a lexicon folder can replace.
"""

from __future__ import annotations

import pytest

from quotex.lexicon import default_lexicon
from quotex.parse.names import given_names
from quotex.people import PeopleWords


def test_given_names_tell_gender_only_when_most_bearers_share_it() -> None:
    words = PeopleWords.shipped()
    assert words.gender_of_name("Judith") == "female"
    assert words.gender_of_name("Kwame") == "male"
    assert words.gender_of_name("Jordan") is None  # given to boys and girls alike
    assert words.gender_of_name("Xqzzt") is None
    assert len(given_names()) > 1000



def test_document_words_and_organisation_kinds_are_data() -> None:
    words = PeopleWords.shipped()
    assert {"statement", "report", "filing", "letter"} <= words.documents
    assert words.same_kind("airline", "carrier")
    assert not words.same_kind("airline", "bank")



def test_the_lists_can_be_replaced_from_a_lexicon_folder(tmp_path) -> None:
    from quotex.lexicon import LexiconError

    (tmp_path / "documents.txt").write_text("# mine\ndispatch\n", encoding="utf-8")
    words = PeopleWords.from_directory(tmp_path)
    assert words.documents == frozenset({"dispatch"})
    assert words.gender_of_name("Judith") == "female"  # the shipped list, for a file the folder lacks
    (tmp_path / "gendered_words.tsv").write_text("sir\tknight\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="gendered_words.tsv"):
        PeopleWords.from_directory(tmp_path)



def test_a_given_name_too_rare_to_take_as_a_name_still_tells_a_gender() -> None:

    words = default_lexicon().people_words
    assert words.gender_of_name("Krzysztof") == "male"
    assert words.gender_of_name("Chiamaka") == "female"
    assert "krzysztof" not in words.given_names  # not taken for a given name where names are read
