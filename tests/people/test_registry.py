"""The registry People builds once per document, and the steps and resolvers declared over it.

Each test reads one recorded parse (`recorded.nlp`), so none needs the model.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest

from quotex.lexicon import default_lexicon
from quotex.people import RESOLVERS, STEPS, People, resolvers
from quotex.people.collect import COLLECTORS

TEXT = 'Tom Reyes met Ben Ortiz on Monday. "We agreed on nothing," he said.'


def people_of(recorded, text: str = TEXT) -> People:
    """People over a recorded parse, the words between the quotation marks quoted."""
    doc = recorded.nlp(text)
    start, end = text.index('"'), text.rindex('"')
    quoted = [start < token.idx < end for token in doc]
    return People(doc, quoted, default_lexicon())


def test_the_order_of_collectors_steps_and_resolvers_is_declared_in_one_place() -> None:
    """Each stage lists its functions once, in the order they run."""
    assert [f.__name__ for f in COLLECTORS][:4] == [
        "names_of_people", "first_names_sharing_a_surname", "index_first_names", "names_of_speakers",
    ]
    assert [f.__name__ for f in STEPS] == [
        "party_tag", "organisation_named", "description_with_name", "description", "demonym", "name",
        "subject_pronoun", "addressee",
    ]
    assert [f.__name__ for f in RESOLVERS][:2] == ["walked", "dateline"]
    assert [f.__name__ for f in RESOLVERS][-1] == "document"


def test_the_registry_holds_each_person_the_text_names_once(recorded) -> None:
    """Stage 1 collects two people, keyed by surname, with the forms of their names."""
    registry = people_of(recorded).registry
    assert sorted(p.name for p in registry.everyone) == ["Ben Ortiz", "Tom Reyes"]
    assert set(registry.by_key) == {"reyes", "ortiz"}
    assert all(p.kind == "person" for p in registry.everyone)


def test_the_walk_resolves_mentions_in_document_order(recorded) -> None:
    """Stage 2 resolves both names and the `he` outside the quotation, in the text's order,
    and a subject pronoun is found as one."""
    registry = people_of(recorded).registry
    assert list(registry.order) == sorted(registry.order)
    found = [(registry.doc[i].text, r.person.name, r.how) for i, r in registry.resolved.items()]
    assert ("he", "Tom Reyes", "pronoun") in found
    assert {(text, name) for text, name, how in found if how == "explicit"} >= {("Reyes", "Tom Reyes"), ("Ortiz", "Ben Ortiz")}


def test_each_resolver_answers_only_for_its_kind_of_mention(recorded) -> None:
    """A resolver returns None for a mention that is not its kind, so the next one is asked."""
    people = people_of(recorded)
    registry, doc = people.registry, people.registry.doc
    ortiz = doc[3:5]
    he = next(doc[t.i : t.i + 1] for t in doc if t.lower_ == "he")
    assert resolvers.name(registry, ortiz, ortiz.root, False).name == "Ben Ortiz"
    assert resolvers.pronoun(registry, ortiz, ortiz.root, False) is None
    assert resolvers.document(registry, ortiz, ortiz.root, False) is None
    pronoun = resolvers.pronoun(registry, he, he.root, False)
    assert pronoun is not None and pronoun.name == "Tom Reyes" and pronoun.competitors == 1
    assert people.resolve(he) == pronoun  # the walk resolved it the same way
    assert people.speaker(None) == (None, "none")


# Texts where a question asked after the walk once changed an entity: a nationality in a
# quotation (`the Kenyan`, `the Norwegian`), a first name alone after a name with a word
# before it (`Deckhand Ioane Falaniko` … `Ioane`), descriptions, documents and pronouns.
WRITTEN = (
    'Grace Okereme, 41, runs the bakery with her partner. "The Kenyan works harder than anyone," '
    'Zandile Okereme said. The 41-year-old said the shop would stay open. "Grace was right," she said.\n'
    'A statement from the council said the road would reopen. The Frenchman who owns the cafe, '
    'Luc Moreau, did not comment.',
    'Deckhand Ioane Falaniko hauled in the nets before dawn. "Ioane never rests," skipper Mele Tavita '
    'said of him. "The Norwegian paid us late," she added. Erik Dahl, the buyer, said the company '
    'would pay. His lawyer, Ana Ruiz, said in a statement that "Dahl owes nothing."',
)


def mentions_of(doc) -> list:
    """Every mention a rule could ask about: each noun chunk, and each pronoun, proper noun
    and noun on its own, quoted or not."""
    found = [chunk for chunk in doc.noun_chunks]
    found += [doc[t.i : t.i + 1] for t in doc if t.pos_ in ("PRON", "PROPN", "NOUN")]
    return found


def snapshot(registry) -> tuple:
    """What the registry holds, as plain values."""

    def person(p) -> tuple:
        return (p.key, tuple(p.forms), sorted(p.title_words), sorted(p.places), p.kind, p.gender, sorted(p.features.items()))

    return (
        [person(p) for p in registry.everyone],
        {k: [person(p) for p in v] for k, v in registry.by_key.items()},
        {k: [person(p) for p in v] for k, v in registry.by_first_name.items()},
        {i: person(p) for i, p in registry.mentions.items()},
        {i: (person(r.person), r.how, r.salience, r.competitors) for i, r in registry.resolved.items()},
        list(registry.order),
        [(i, noun, person(p)) for i, noun, p in registry.authors],
        dict(registry.unnamed),
    )


def answers(people: People, questions: list) -> list:
    """Each resolver's answer to each question, then `People.resolve`'s."""
    registry = people.registry
    return [
        ([resolver(registry, mention, mention.root, relative) for resolver in RESOLVERS], people.resolve(mention, relative))
        for mention, relative in questions
    ]


def written(recorded, text: str) -> People:
    """People over a recorded parse, the words between each pair of quotation marks quoted."""
    doc = recorded.nlp(text)
    quoted, inside = [], False
    for token in doc:
        if token.text == '"':
            inside = not inside
        quoted.append(inside and token.text != '"')
    return People(doc, quoted, default_lexicon())


def test_no_resolver_changes_the_registry(recorded) -> None:
    """Every resolver, asked about every mention of a text, leaves the registry as it was."""
    for text in WRITTEN:
        people = written(recorded, text)
        before = snapshot(people.registry)
        answers(people, [(m, relative) for m in mentions_of(people.registry.doc) for relative in (False, True)])
        assert snapshot(people.registry) == before


def test_the_order_of_questions_does_not_change_the_answers(recorded) -> None:
    """The same questions asked in reverse order get the same answers."""
    for text in WRITTEN:
        first, second = written(recorded, text), written(recorded, text)
        questions = [(m, relative) for m in mentions_of(first.registry.doc) for relative in (False, True)]
        forward = answers(first, questions)
        backward = answers(second, questions[::-1])
        assert forward == backward[::-1]


def test_the_built_registry_is_read_only(recorded) -> None:
    """After the build nothing can change the registry or its entities."""
    registry = people_of(recorded).registry
    person = registry.everyone[0]
    with pytest.raises(FrozenInstanceError):
        registry.order = []
    with pytest.raises(FrozenInstanceError):
        person.gender = "female"
    with pytest.raises(AttributeError):
        person.places.add("norway")
    with pytest.raises(TypeError):
        registry.resolved[0] = registry.resolved[registry.order[0]]
    with pytest.raises(TypeError):
        person.features["age:41"] = 0
