"""The registry People builds once per document, and the steps and resolvers declared over it.

Each test reads one recorded parse (`recorded.nlp`), so none needs the model.
"""

from __future__ import annotations

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
    assert [f.__name__ for f in COLLECTORS][:3] == ["names_of_people", "index_first_names", "names_of_speakers"]
    assert [f.__name__ for f in STEPS] == [
        "organisation_named", "description_with_name", "description", "demonym", "name", "subject_pronoun", "addressee",
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
