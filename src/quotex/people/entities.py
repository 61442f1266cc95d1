"""The entities of a document and the answers about them, as plain data.

`Person` is one person or organisation with its forms of name, titles, places, gender and
what the text said of it (`features`, each with where it was first said); `Resolved` is a
mention the walk resolved; `Unnamed` a subject described without a name; `Resolution` the
answer a rule reads; `Description` what a description or an apposition says.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field
from types import MappingProxyType
from typing import Any

from spacy.tokens import Span

from quotex.lexicon import fold
from quotex.parse.names import given_names


@dataclass
class Person:
    """One person or organisation the text names, with every form of the name, every
    title it gives, and what the text says about them, each with where it said it."""

    key: str
    forms: list[tuple[str, ...]] = field(default_factory=list)
    title_words: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    kind: str = "person"  # person | organisation
    gender: str | None = None
    features: dict[str, int] = field(default_factory=dict)  # `word:doctor`, `mod:rookie`, `age:41`, `of:brother:3` -> first position
    # Set by `freeze` when the registry is built: from then on the person is read-only, its
    # forms a tuple, its titles and places frozensets, its features a read-only mapping.
    frozen: bool = field(default=False, repr=False, compare=False)

    def __setattr__(self, name: str, value: Any) -> None:
        if self.__dict__.get("frozen"):
            raise FrozenInstanceError(f"{self.key} is part of a built registry: cannot set {name}")
        object.__setattr__(self, name, value)

    def freeze(self) -> None:
        read_only: dict[str, object] = {
            "forms": tuple(self.forms),
            "title_words": frozenset(self.title_words),
            "places": frozenset(self.places),
            "features": MappingProxyType(self.features),
            "frozen": True,
        }
        for name, value in read_only.items():
            object.__setattr__(self, name, value)

    @property
    def name(self) -> str:
        """The fullest form of the name the document gives (the first of the longest, a form
        that starts with a given name before one that starts with another capitalised word)."""
        given = given_names()
        best = self.forms[0]
        for form in self.forms[1:]:
            if (len(form), fold(form[0]) in given) > (len(best), fold(best[0]) in given):
                best = form
        return " ".join(best)

    def describe(self, feature: str, position: int) -> None:
        self.features[feature] = min(position, self.features.get(feature, position))


@dataclass(frozen=True)
class Resolved:
    person: Person
    how: str  # explicit | pronoun | descriptor
    salience: int  # 2: subject of a main clause or cue; 1: other subject; 0: elsewhere
    competitors: int = 0


@dataclass(frozen=True)
class Unnamed:
    """A subject the text describes as a person without naming whom (`Her husband insists`,
    `The judge was not persuaded`): what a pronoun after it in its paragraph stands for."""

    at: int  # the description's head
    gender: str | None
    salience: int


@dataclass(frozen=True)
class Resolution:
    """Who a mention names, how that was found, and how many other entities fitted it too."""

    name: str | None
    how: str  # explicit | descriptor | pronoun | document | unresolved | none
    competitors: int = 0


@dataclass(frozen=True)
class Description:
    """What a definite description or an apposition says: its head noun (`co-owner`), the
    words before it (`rookie`, `business`), an age, and whose it is (`Okereme's`, `her`)."""

    head: str | None
    modifiers: frozenset[str]
    age: int | None
    possessor: Span | None
    gender: str | None

    def features(self, possessor: Person | None) -> list[str]:
        found = [f"word:{self.head}"] if self.head else []
        if self.age is not None:
            found.append(f"age:{self.age}")
        if self.head and possessor is not None:
            found.append(f"of:{self.head}:{id(possessor)}")
        return found + [f"mod:{m}" for m in self.modifiers]


def agrees(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender


def age_fits(person: Person, age: int | None) -> bool:
    """Whether a person may be of an age: theirs, or any when the text gave them none."""
    ages = [f for f in person.features if f.startswith("age:")]
    return age is None or not ages or f"age:{age}" in ages


def first_name_fits(person: Person, first: str) -> bool:
    """Whether a person may bear a first name: one of theirs, a short form of it (Chris,
    Christopher), a spelling one letter away (Jon, John), or any when none is known yet."""
    firsts = {fold(form[0]) for form in person.forms if len(form) > 1}
    return not firsts or any(same_given_name(known, first) for known in firsts)


def same_given_name(a: str, b: str) -> bool:
    if a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))):
        return True
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) == len(long):
        return sum(x != y for x, y in zip(short, long, strict=True)) == 1
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))  # one letter more


def starts_at(person: Person, first: str) -> None:
    """`Deckhand Ioane Falaniko` then `Ioane says`: the word the text calls a person by alone
    starts their name; what came before it (a job, capitalised at the start of a sentence) does
    not belong to it."""
    for k, form in enumerate(person.forms):
        if len(form) > 2 and person.kind == "person" and fold(form[1]) == fold(first):
            person.forms[k] = form[1:]
