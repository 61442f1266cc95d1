"""Corpus-wide identities: pure functions over (file, name) pairs, no model."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotex.corpus.linking import (
    Identity,
    identities,
    link,
    matches,
    parse_name,
    quote_group,
    spelling_key,
)
from quotex.corpus.runs import link_quotes, read_table, table_rows
from quotex.output.records import Quote


def ids(linked: dict[tuple[str, str], Identity]) -> dict[tuple[str, str], str]:
    return {pair: identity.id for pair, identity in linked.items()}


def test_transliterations_are_one_key() -> None:
    for a, b in [("Sergey", "Sergei"), ("Dmitry", "Dmitri"), ("Dmitriy", "Dmitri"), ("Aleksandr", "Alexander"),
                 ("Yevgeny", "Evgeny"), ("Mikhail", "Mihail"), ("Wladimir", "Vladimir"), ("Iouri", "Yuri"),
                 ("Nicolai", "Nikolai"), ("Philipp", "Philip")]:
        assert spelling_key(a) == spelling_key(b), (a, b)


def test_different_given_names_keep_different_keys() -> None:
    for a, b in [("Maria", "Mario"), ("Jan", "Ian"), ("Bill", "Hillary"), ("Ivan", "Ivana")]:
        assert spelling_key(a) != spelling_key(b), (a, b)


def test_variants_of_one_person_share_an_id_and_the_fullest_most_frequent_name() -> None:
    linked = link({
        ("a.txt", "Sergei Tomarov"): 3, ("b.txt", "Sergey Tomarov"): 2, ("c.txt", "S. Tomarov"): 1,
        ("d.txt", "Mr. Tomarov"): 1, ("e.txt", "Tomarov's"): 1, ("f.txt", "SERGEI TOMAROV"): 1,
    })
    assert len({identity.id for identity in linked.values()}) == 1
    person = linked[("d.txt", "Mr. Tomarov")]
    assert person.name == "Sergei Tomarov"
    assert set(person.variants) == {"Sergei Tomarov", "Sergey Tomarov", "S. Tomarov", "Tomarov", "SERGEI TOMAROV"}


def test_accents_and_case_are_one_person_shown_with_accents() -> None:
    linked = link({("a", "Jose Nunez"): 2, ("b", "José Núñez"): 1, ("c", "JOSE NUNEZ"): 1})
    assert len(set(ids(linked).values())) == 1
    assert linked[("a", "Jose Nunez")].name == "José Núñez"


def test_namesakes_with_different_given_names_stay_apart() -> None:
    linked = link({("a", "Maria Haddad"): 1, ("b", "Omar Haddad"): 1})
    assert linked[("a", "Maria Haddad")].id != linked[("b", "Omar Haddad")].id


def test_a_surname_alone_goes_to_the_person_its_document_names() -> None:
    linked = link({("a", "Maria Haddad"): 1, ("a", "Haddad"): 2, ("b", "Omar Haddad"): 1, ("b", "Haddad"): 1})
    assert linked[("a", "Haddad")].id == linked[("a", "Maria Haddad")].id
    assert linked[("b", "Haddad")].id == linked[("b", "Omar Haddad")].id


def test_a_surname_alone_goes_to_the_corpus_only_person_of_that_name_else_stays_apart() -> None:
    only = link({("a", "Sergei Tomarov"): 1, ("b", "Tomarov"): 1})
    assert only[("b", "Tomarov")].id == only[("a", "Sergei Tomarov")].id
    two = link({("a", "Maria Haddad"): 1, ("b", "Omar Haddad"): 1, ("c", "Haddad"): 1})
    assert two[("c", "Haddad")].id not in {two[("a", "Maria Haddad")].id, two[("b", "Omar Haddad")].id}
    assert two[("c", "Haddad")].name == "Haddad"


def test_a_surname_several_people_share_is_not_merged_across_files() -> None:
    linked = link({("a", "Maria Haddad"): 1, ("b", "Omar Haddad"): 1, ("c", "Haddad"): 1, ("d", "Haddad"): 1})
    assert linked[("c", "Haddad")].id != linked[("d", "Haddad")].id
    nobody_named = link({("c", "Haddad"): 1, ("d", "Haddad"): 1})
    assert nobody_named[("c", "Haddad")].id == nobody_named[("d", "Haddad")].id


def test_an_initial_joins_the_one_person_it_fits_and_no_other() -> None:
    linked = link({("a", "Maria Haddad"): 1, ("b", "Omar Haddad"): 1, ("c", "M. Haddad"): 1, ("d", "Y. Haddad"): 1})
    assert linked[("c", "M. Haddad")].id == linked[("a", "Maria Haddad")].id
    assert linked[("d", "Y. Haddad")].id not in {linked[("a", "Maria Haddad")].id, linked[("b", "Omar Haddad")].id}
    two_m = link({("a", "Maria Haddad"): 1, ("b", "Mona Haddad"): 1, ("c", "M. Haddad"): 1})
    assert two_m[("c", "M. Haddad")].id not in {two_m[("a", "Maria Haddad")].id, two_m[("b", "Mona Haddad")].id}


def test_an_initial_of_another_transliteration_still_fits() -> None:
    linked = link({("a", "Yevgeny Sorin"): 1, ("b", "E. Sorin"): 1, ("c", "Y. Sorin"): 1})
    assert len(set(ids(linked).values())) == 1


def test_bodies_and_descriptions_are_one_identity_per_folded_text() -> None:
    linked = link({("a", "the ministry"): 1, ("b", "The Ministry"): 1, ("c", "opposition"): 1})
    assert linked[("a", "the ministry")].id == linked[("b", "The Ministry")].id
    assert linked[("c", "opposition")].id != linked[("a", "the ministry")].id


def test_the_result_does_not_depend_on_the_order_of_the_pairs() -> None:
    pairs = [("a", "Maria Haddad"), ("a", "Haddad"), ("b", "Omar Haddad"), ("c", "Sergey Tomarov"),
             ("d", "Sergei Tomarov"), ("d", "S. Tomarov"), ("e", "Tomarov"), ("f", "M. Haddad"), ("g", "Haddad")]
    expected = link(pairs)
    for seed in range(5):
        shuffled = pairs[:]
        random.Random(seed).shuffle(shuffled)
        assert link(shuffled) == expected


def test_ids_depend_on_the_person_not_on_the_run() -> None:
    first = link({("x", "Sergei Tomarov"): 1})
    second = link({("y", "Sergey Tomarov"): 5, ("z", "Maria Haddad"): 1})
    assert first[("x", "Sergei Tomarov")].id == second[("y", "Sergey Tomarov")].id


def test_a_names_table_carries_ids_to_a_later_run(tmp_path) -> None:
    import json

    first = link({("a", "S. Tomarov"): 1})  # an initial alone: its own key
    table = tmp_path / "names.jsonl"
    table.write_text("".join(json.dumps(row) + "\n" for row in table_rows(identities(first))), encoding="utf-8")
    known = read_table(str(table))
    later = link({("b", "Sergei Tomarov"): 1, ("c", "Tomarov"): 1}, known)
    assert later[("b", "Sergei Tomarov")].id == first[("a", "S. Tomarov")].id
    assert later[("c", "Tomarov")].id == first[("a", "S. Tomarov")].id
    assert "S. Tomarov" in later[("b", "Sergei Tomarov")].variants


def test_an_absent_names_table_is_empty_and_a_broken_one_names_its_line(tmp_path) -> None:
    assert read_table(str(tmp_path / "none.jsonl")) == []
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"speaker_id": "1", "speaker": "A B"}\nnot json\n', encoding="utf-8")
    try:
        read_table(str(broken))
    except ValueError as err:
        assert "broken.jsonl:2" in str(err)
    else:
        raise AssertionError("a broken table was read")


def test_a_typed_name_matches_every_variant_of_its_person_only() -> None:
    linked = link({("a", "Sergei Tomarov"): 1, ("b", "Sergey Tomarov"): 1, ("c", "Maria Haddad"): 1, ("d", "Omar Haddad"): 1})
    tomarov, maria = linked[("a", "Sergei Tomarov")], linked[("c", "Maria Haddad")]
    for typed in ("Sergei Tomarov", "sergey tomarov", "tomarov", "S. Tomarov", "Mr. Tomarov"):
        assert matches(typed, tomarov), typed
    assert not matches("Maria Haddad", tomarov)
    assert matches("maria haddad", maria) and matches("Haddad", maria)
    assert not matches("Omar Haddad", maria)


def test_parse_name_drops_titles_and_possessives() -> None:
    assert parse_name("Dr. Maria Haddad's").shown == "Maria Haddad"
    assert not parse_name("the press service").is_person


def test_quote_group_ignores_marks_punctuation_and_case_but_not_the_speaker_or_words() -> None:
    assert quote_group("p1", "We are ready, to sign.") == quote_group("p1", "“We are ready to sign”")
    assert quote_group("p1", "We are ready") != quote_group("p2", "We are ready")
    assert quote_group("p1", "We are ready") != quote_group("p1", "We are not ready")


def test_linked_records_carry_id_canonical_name_and_group() -> None:
    def quote(file: str, speaker: str, text: str) -> Quote:
        return Quote(file, "direct", text, 0, len(text), speaker, None, None, "explicit", 0.9, 0)

    records = [quote("a", "Sergey Tomarov", "Ready, to sign."), quote("b", "Sergei Tomarov", "“Ready to sign”"),
               quote("b", "Sergei Tomarov", "Later."), quote("c", "Tomarov", "Ready to sign")]
    linked = [q for q, _ in link_quotes(records)]
    assert [q.file for q in linked] == ["a", "b", "b", "c"]
    assert {q.speaker for q in linked} == {"Sergei Tomarov"}
    assert len({q.speaker_id for q in linked}) == 1
    assert linked[0].quote_group == linked[1].quote_group == linked[3].quote_group != linked[2].quote_group


NAME_POOL = ["Sergei Tomarov", "Sergey Tomarov", "S. Tomarov", "Tomarov", "Mr. Tomarov", "Maria Haddad",
             "Omar Haddad", "M. Haddad", "Haddad", "José Núñez", "Jose Nunez", "the ministry", "The Ministry"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from(NAME_POOL)), min_size=1, max_size=25), st.randoms())
def test_linking_is_a_function_of_the_set_of_pairs_and_whole_names_never_split(pairs, rng) -> None:
    linked = link(pairs)
    shuffled = pairs[:]
    rng.shuffle(shuffled)
    assert link(shuffled) == linked
    assert set(linked) == set(pairs)
    by_key: dict[tuple[str, str], set[str]] = {}
    for (_, name), identity in linked.items():
        parsed = parse_name(name)
        if len(parsed.given) > 1:  # whole given names: one key, one id, in every file
            by_key.setdefault((parsed.given, parsed.surname), set()).add(identity.id)
    assert all(len(found) == 1 for found in by_key.values())
    for (_, name), identity in linked.items():  # never across surnames
        if parse_name(name).is_person:
            assert parse_name(name).surname == identity.surname


@pytest.mark.parametrize("full, short", [
    ("Ingrid von der Vosskamp", "von der Vosskamp"), ("Pieter van Oostveld", "van Oostveld"),
    ("Marisol de la Fuente-Oteo", "de la Fuente-Oteo"), ("Tariq bin Suhaymi", "bin Suhaymi"),
    ("Yusuf ibn Tamimah", "ibn Tamimah"), ("Samir al-Hadrani", "al-Hadrani"), ("Samir al-Hadrani", "Hadrani"),
    ("Samir al-Hadrani", "Al-Hadrani"), ("Faisal bin Rashed al-Qudayri", "al-Qudayri"),
    ("Calvin Brewster Jr.", "Brewster"), ("Winthrop Ashgarth III", "Ashgarth"), ("J.R. Pellowe", "Pellowe"),
    ("Dorothy K. Vancamp", "D. Vancamp"), ("Tamsin Ugwueze-Bellweather", "Ugwueze-Bellweather"),
    ("Zdeněk Hořejší", "Horejsi"), ("Gwak Tae-min", "Gwak"), ("Jeon Ha-yeon", "Ms. Jeon"),
    ("Ingrid Løvstrand", "Lovstrand"),
])
def test_every_shape_of_a_name_is_one_person_with_its_surname_alone(full, short) -> None:
    linked = link({("a", full): 1, ("b", short): 1})
    assert linked[("a", full)].id == linked[("b", short)].id
    assert linked[("b", short)].name == full
