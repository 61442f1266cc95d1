"""The registry of one document: what its text is (read once from the parse) and who is in it.

`Registry.read` fills the first part, which nothing changes afterwards: the Doc, which tokens
are quoted, the cues' roots, the names, the line breaks, the datelines and the tokens a
definite description or a demonym can head. The second part is filled in two stages, each
by its own module, in this order (see the package's docstring):

1. `collect.collect`: the entities (`everyone`, `by_key`, `by_first_name`) and the names
   that mention them (`mentions`);
2. `walk.walk`: each mention in document order (`resolved`, `order`), the documents
   entities issued (`authors`) and the subjects described without a name (`unnamed`).

Then `freeze` makes it read-only, its entities with it: what a rule asks afterwards (the
resolvers) reads the registry and changes nothing, so no answer depends on the questions
asked before it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import FrozenInstanceError, dataclass, field
from types import MappingProxyType
from typing import Any

from spacy.tokens import Doc, Span

from quotex.lexicon import Lexicon, PeopleWords
from quotex.parse.marks import paragraphs
from quotex.parse.names import person_names
from quotex.parse.syntax import newline_tokens
from quotex.people.entities import Person, Resolved, Unnamed
from quotex.people.reading import DEFINITE, find_datelines, heads_of


@dataclass(eq=False, slots=True)
class Registry:
    """The people of one document, what the text says of them, and its mentions of them."""

    # --- the text, as read once -------------------------------------------------------------
    doc: Doc
    text: str  # the Doc's text, joined once: `Doc.text` joins every token anew on each read
    quoted: Sequence[bool]
    lexicon: Lexicon
    words: PeopleWords
    cue_roots: set[int]
    cue_children: tuple[int, ...]  # the tokens whose head is a cue's root, in order: the only possible speakers of a cue
    names: Sequence[Span]
    paragraph_starts: list[int]  # where the Doc's paragraphs start (characters)
    newlines: list[int]  # tokens whose text holds a line break, in order
    named_tokens: frozenset[int]  # the tokens of `names`
    definite: frozenset[int]  # tokens with a possessor or a definite article before them (what a definite description needs)
    with_the: frozenset[int]  # tokens with a `the` (what a demonym needs)
    datelines: frozenset[int]
    # --- stage 1 (`collect`): the entities and the names that mention them ----------------
    everyone: list[Person] = field(default_factory=list)
    by_key: dict[str, list[Person]] = field(default_factory=dict)  # surname (or an organisation's whole name) -> its bearers
    by_first_name: dict[str, list[Person]] = field(default_factory=dict)
    mentions: dict[int, Person] = field(default_factory=dict)  # the root of each name mention -> its person
    # --- stage 2 (`walk`): the mentions in document order ----------------------------------
    resolved: dict[int, Resolved] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)  # the positions in `resolved`, in document order
    authors: list[tuple[int, str, Person]] = field(default_factory=list)  # (position, document noun, author)
    unnamed: dict[int, Unnamed] = field(default_factory=dict)  # subjects described as a person no name fits, and pronouns for them
    # Once built (`freeze`), each container above is read-only (a tuple, a frozenset, a
    # `MappingProxyType` in place of a list, a set, a dict) and so are the entities.
    frozen: bool = False

    def __setattr__(self, name: str, value: Any) -> None:
        if getattr(self, "frozen", False):
            raise FrozenInstanceError(f"the registry is built: cannot set {name}")
        object.__setattr__(self, name, value)

    def freeze(self) -> None:
        """Make the registry and its entities read-only: called once the walk has built it."""
        people = {id(p): p for p in self.everyone}
        for bearers in (*self.by_key.values(), *self.by_first_name.values()):
            people.update((id(p), p) for p in bearers)
        people.update((id(p), p) for p in self.mentions.values())
        people.update((id(r.person), r.person) for r in self.resolved.values())
        people.update((id(p), p) for _, _, p in self.authors)
        for person in people.values():
            person.freeze()
        read_only: dict[str, object] = {
            "quoted": tuple(self.quoted),
            "cue_roots": frozenset(self.cue_roots),
            "names": tuple(self.names),
            "paragraph_starts": tuple(self.paragraph_starts),
            "newlines": tuple(self.newlines),
            "everyone": tuple(self.everyone),
            "by_key": MappingProxyType({k: tuple(v) for k, v in self.by_key.items()}),
            "by_first_name": MappingProxyType({k: tuple(v) for k, v in self.by_first_name.items()}),
            "mentions": MappingProxyType(self.mentions),
            "resolved": MappingProxyType(self.resolved),
            "order": tuple(self.order),
            "authors": tuple(self.authors),
            "unnamed": MappingProxyType(self.unnamed),
            "frozen": True,
        }
        for name, value in read_only.items():
            object.__setattr__(self, name, value)

    @classmethod
    def read(
        cls,
        doc: Doc,
        quoted: Sequence[bool],
        lexicon: Lexicon,
        cue_roots: Iterable[int] = (),
        names: Sequence[Span] | None = None,
        words: PeopleWords | None = None,
        paragraph_starts: Sequence[int] | None = None,
    ) -> Registry:
        """What the text of a Doc is, before anyone is collected."""
        names = person_names(doc, lexicon) if names is None else names
        newlines = newline_tokens(doc)
        text = doc.text
        if paragraph_starts is None:
            paragraph_starts = [p.start for p in paragraphs(text)]
        return cls(
            doc=doc,
            text=text,
            quoted=quoted,
            lexicon=lexicon,
            words=words or lexicon.people_words,
            cue_roots=set(cue_roots),
            cue_children=tuple(sorted(child.i for i in set(cue_roots) for child in doc[i].children)),
            names=names,
            paragraph_starts=list(paragraph_starts),
            newlines=newlines,
            named_tokens=frozenset(i for name in names for i in range(name.start, name.end)),
            definite=heads_of(doc, ("poss",), left_only=True) | heads_of(doc, ("det",), DEFINITE, left_only=True),
            with_the=heads_of(doc, ("det",), ("the",)),
            datelines=find_datelines(doc, newlines),
        )
