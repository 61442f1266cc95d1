"""Resolving mentions to people and organisations: names, descriptions, documents, pronouns.

The entities come from the text alone. Every person named outside quotation marks becomes
a `Person`, keyed by surname so that "Jon Smythe", "John Smythe" and "Smythe" are one,
while "Grace Okereme" and "Zandile Okereme" stay two. When the text introduces someone it may
describe them: an age (`X, 41,`), an apposition (`X, a doctor,` · `Her business partner,
X,` · `the shop's co-owner`), a title or job before the name (`striker X`), a relation
(`Okereme's brother, X`). Each description is recorded with where it was given, and a later
definite description (`the 41-year-old doctor`, `the 62-year-old`, `Okereme's brother`, `the
carrier`) refers to the most recent entity it fits; in a headline, before anyone is
introduced, to the first entity the article then introduces with it. Organisations the
text names (`The airline, Skyward Air,` · `the Department of Health`) are entities too,
described by their apposition and the head noun of their name.

A document (`His statement`, `a report from the agency`) speaks for its author, never
for itself. Pronouns take the latest person named as a subject before them whose gender,
where the text tells it (a title, a given name, `wife`, an earlier `she`), agrees.

When more than one entity fits a pronoun or a description, `Resolution.competitors`
says how many others did, so that a confidence can take it into account.

The flow, one module a step, each stage's output read by the next:

- `reading`: what the parse says, with no entity in it (descriptions, datelines, words);
- `registry`: the document's `Registry`, built once by `People` in three stages:
  1. `collect`: the entities the text names (people, organisations, partnerships, owned
     bodies) with their forms, titles, places and gender;
  2. `walk`: every mention in document order (`walk.STEPS`), each read against the
     mentions before it; what the text tells of an entity as it goes (an introduction, a
     gender a `she` tells) is recorded then, for the mentions after it;
  3. `resolvers`: the questions a rule asks about a mention, answered from the walk when
     it resolved the mention, else by the resolvers `resolvers.RESOLVERS` declares in order,
     over the registry frozen;
- what the steps and resolvers use: `mentions` and `naming` (looking up names and earlier
  mentions), `pronouns`, `descriptions`, `focus` (the person in focus, nationalities, the
  headline's protagonist), `documents` (authors, employers, datelines).

The registry is immutable once built: after the walk, `People` freezes it (`Registry.freeze`),
its containers read-only and its entities with them. Everything the text tells of an entity
(an introduction, a gender, a nationality, the word a name starts at) is recorded while it is
built, in text order, for the mentions after it; a resolver only reads, so the answer to a
question never depends on the questions asked before it, nor on their order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span

from quotex.lexicon import Lexicon, PeopleWords
from quotex.people.collect import collect
from quotex.people.entities import Description, Person, Resolution, Resolved, Unnamed, same_given_name
from quotex.people.naming import name_words
from quotex.people.reading import find_datelines, heads_of, read_description
from quotex.people.registry import Registry
from quotex.people.resolvers import RESOLVERS, resolve
from quotex.people.walk import STEPS, walk

__all__ = [
    "RESOLVERS",
    "STEPS",
    "Description",
    "People",
    "PeopleWords",
    "Person",
    "Registry",
    "Resolution",
    "Resolved",
    "Unnamed",
    "find_datelines",
    "heads_of",
    "read_description",
    "same_given_name",
]


class People:
    """The people of one document and what each mention outside quotations refers to."""

    def __init__(
        self,
        doc: Doc,
        quoted: Sequence[bool],
        lexicon: Lexicon,
        cue_roots: Iterable[int] = (),
        names: Sequence[Span] | None = None,
        words: PeopleWords | None = None,
        paragraph_starts: Sequence[int] | None = None,
    ) -> None:
        """`paragraph_starts`: where the Doc's paragraphs start (characters), when the caller
        has split it already (`marks.paragraphs`)."""
        self.registry = Registry.read(doc, quoted, lexicon, cue_roots, names, words, paragraph_starts)
        collect(self.registry)
        walk(self.registry)
        self.registry.freeze()

    def speaker(self, mention: Span | None) -> tuple[str | None, str]:
        """The speaker a mention names, and how it was found."""
        resolution = self.resolve(mention)
        return resolution.name, resolution.how

    def resolve(self, mention: Span | None, relative: bool = False) -> Resolution:
        """Who a mention names, how, and how many other entities fitted it as well (see
        `resolvers.resolve`)."""
        return resolve(self.registry, mention, relative)

    def name_words(self, mention: Span) -> tuple[str, ...]:
        """The words of a personal name within a mention, titles and possessives left out."""
        return name_words(self.registry, mention)

    def gender(self, name: str) -> str | None:
        """The gender the text told of the entity called `name`, if it told one."""
        return next((entity.gender for entity in self.registry.everyone if entity.name == name), None)

    def organisations(self) -> frozenset[str]:
        """The names of the entities resolution took for organisations (a speaker's type)."""
        return frozenset(entity.name for entity in self.registry.everyone if entity.kind == "organisation")
