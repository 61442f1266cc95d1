"""Resolving mentions to people: names, their variants, pronouns and role descriptors.

The people come from the text alone. Every person named outside quotation marks
becomes a `Person`, keyed by surname so that "Jon Smythe", "John Smythe" and
"Smythe" are one; the titles the text gives them ("French Foreign Minister") let a
later descriptor ("France's top diplomat", "the minister") find them again. Pronouns
take the latest person named as a subject before them.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Lexicon, fold
from quotex.names import person_names, personal_name
from quotex.syntax import ORGANISATION_LABELS, noun_phrase

_SUBJECTS = {"nsubj", "nsubjpass"}
_DEFINITE = {"the", "this", "that"}
_PRONOUN_REACH = 600  # tokens back that a pronoun may look for its antecedent


@dataclass
class Person:
    """One person the text names, with every form of the name and every title it gives."""

    key: str
    forms: list[tuple[str, ...]] = field(default_factory=list)
    title_words: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)

    @property
    def name(self) -> str:
        """The fullest form of the name the document gives (the first of the longest)."""
        return " ".join(max(self.forms, key=len))


@dataclass(frozen=True)
class Resolved:
    person: Person
    how: str  # explicit | pronoun | descriptor
    salience: int  # 2: subject of a main clause or cue; 1: other subject; 0: elsewhere


class People:
    """The people of one document and what each mention outside quotations refers to."""

    def __init__(
        self,
        doc: Doc,
        quoted: Sequence[bool],
        lexicon: Lexicon,
        cue_roots: Iterable[int] = (),
        names: Sequence[Span] | None = None,
    ) -> None:
        self.doc = doc
        self.names = person_names(doc, lexicon) if names is None else names
        self.lexicon = lexicon
        self.quoted = quoted
        self.cue_roots = set(cue_roots)
        self.by_key: dict[str, Person] = {}
        self.resolved: dict[int, Resolved] = {}
        self._order: list[int] = []  # the positions in `resolved`, in document order
        self._collect_names()
        self._resolve_in_order()

    # --- the public question ---------------------------------------------------------

    def speaker(self, mention: Span | None) -> tuple[str | None, str]:
        """The speaker a mention names, and how it was found."""
        if mention is None:
            return None, "none"
        resolved = self.resolved.get(mention.root.i)
        if resolved is not None:
            return resolved.person.name, resolved.how
        root = mention.root
        if root.lower_ in self.lexicon.pronouns or root.pos_ == "PRON":
            person = self._antecedent(root.i)
            return (person.name, "pronoun") if person else (None, "unresolved")
        name = self.name_words(mention)
        if name:
            person = self._lookup(name)
            if person is not None:
                return person.name, "explicit"
            return _body_name(mention) or " ".join(name), "explicit"
        if mention.text.isupper():
            person = self._lookup(tuple(mention.text.split()))  # a transcript's "SMITH:"
            if person is not None:
                return person.name, "explicit"
        if root.pos_ in ("NOUN", "PROPN") and self.lexicon.lemma(root) in self.lexicon.roles:
            person = self._descriptor(root)
            if person is not None:
                return person.name, "descriptor"
        return _strip_determiner(mention), "unresolved"

    # --- names -----------------------------------------------------------------------

    def name_words(self, mention: Span) -> tuple[str, ...]:
        """The words of a personal name within a mention, titles and possessives left out."""
        root = mention.root
        if root.pos_ != "PROPN" and root.ent_type_ != "PERSON":
            return ()
        if root.ent_type_ != "PERSON" and self.lexicon.lemma(root) in self.lexicon.roles:
            return ()  # "the Foreign Minister declared": a role, not a name
        if root.ent_type_ in ORGANISATION_LABELS and not self._known_surname(root):
            return ()
        words: list[Token] = []
        for token in mention:
            if token.i > root.i and token.pos_ != "PROPN":
                break
            if token.pos_ in ("PROPN",) or token.ent_type_ == "PERSON":
                words.append(token)
            else:
                words = []  # a name is the run of proper nouns that ends at the head
        words = personal_name(words, self.lexicon)
        return tuple(t.text.rstrip("’'") for t in words if t.text not in ("'s", "’s", "'", "’"))

    def _known_surname(self, token: Token) -> bool:
        return fold(token.text) in self.by_key

    def _collect_names(self) -> None:
        """Every person named outside quotations, grouped by surname."""
        for ent in self.names:
            if self.quoted[ent.root.i]:
                continue
            words = self.name_words(ent)
            if not words:
                continue
            person = self.by_key.setdefault(fold(words[-1]), Person(fold(words[-1])))
            if words not in person.forms:
                person.forms.append(words)
            self._add_titles(person, ent.root)
        # Speakers the model did not take for people still name someone ("…, Doe insisted that …").
        for token in self.doc:
            if token.dep_ == "nsubj" and token.head.i in self.cue_roots and token.pos_ == "PROPN":
                if self.quoted[token.i] or fold(token.text) in self.by_key:
                    continue
                if token.ent_type_ in ORGANISATION_LABELS:
                    continue
                phrase = noun_phrase(token)
                words = self.name_words(phrase) if _body_name(phrase) is None else ()
                if words:
                    person = self.by_key.setdefault(fold(words[-1]), Person(fold(words[-1])))
                    if words not in person.forms:
                        person.forms.append(words)
        self.by_first_name: dict[str, list[Person]] = {}
        for person in self.by_key.values():
            for first in {fold(form[0]) for form in person.forms if len(form) > 1}:
                self.by_first_name.setdefault(first, []).append(person)

    def _add_titles(self, person: Person, root: Token) -> None:
        """What the text calls a person around a name: "Russian Foreign Minister X", "X, the minister"."""
        phrases = [noun_phrase(root)]
        phrases += [noun_phrase(child) for child in root.children if child.dep_ == "appos"]
        if root.dep_ == "appos":
            phrases.append(noun_phrase(root.head))
        for phrase in phrases:
            for token in phrase:
                if token.is_punct or token.is_space or token.pos_ == "PROPN" and _within(token, self.names):
                    continue
                place = self.lexicon.place(token.text)
                if place:
                    person.places.add(place)
                person.title_words.add(fold(self.lexicon.lemma(token) if token.pos_ == "NOUN" else token.text))

    def _lookup(self, name: tuple[str, ...]) -> Person | None:
        person = self.by_key.get(fold(name[-1]))
        if person is None and len(name) == 1:
            # A first name alone ("Jane said") names the one person who has it.
            matches = self.by_first_name.get(fold(name[0]), [])
            person = matches[0] if len(matches) == 1 else None
        return person

    # --- mentions in document order -------------------------------------------------------

    def _resolve_in_order(self) -> None:
        for token in self.doc:
            if self.quoted[token.i]:
                continue
            person, how = None, ""
            if self._is_descriptor(token):
                person, how = self._descriptor(token), "descriptor"
            elif token.pos_ == "PROPN" and (token.dep_ not in ("compound", "flat") or token.ent_type_ == "PERSON"):
                if token.dep_ in ("compound", "flat") and token.head.ent_type_ == "PERSON":
                    continue  # the head of the name speaks for it
                name = self.name_words(noun_phrase(token))
                person, how = (self._lookup(name) if name else None), "explicit"
            elif token.lower_ in self.lexicon.pronouns and token.dep_ in _SUBJECTS:
                person, how = self._antecedent(token.i), "pronoun"
            if person is not None:
                self.resolved[token.i] = Resolved(person, how, self._salience(token))
                self._order.append(token.i)

    def _salience(self, token: Token) -> int:
        if token.dep_ not in _SUBJECTS:
            return 0
        head = token.head
        main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
        return 2 if main or head.i in self.cue_roots else 1

    def _antecedent(self, position: int) -> Person | None:
        """The person a pronoun at `position` stands for: the latest person named as the
        subject of a main clause or a cue, else as any subject, else anywhere."""
        order = self._order
        earlier = [(i, self.resolved[i]) for i in order[bisect_left(order, position - _PRONOUN_REACH) : bisect_left(order, position)]]
        for least in (2, 1, 0):
            candidates = [(i, r) for i, r in earlier if r.salience >= least]
            if candidates:
                return max(candidates, key=lambda item: item[0])[1].person
        return None

    # --- descriptors ----------------------------------------------------------------------

    def _is_descriptor(self, token: Token) -> bool:
        """A definite singular noun phrase headed by a role: "the minister", "Russia's top diplomat"."""
        if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") or token.dep_ == "compound":
            return False
        if self.lexicon.lemma(token) not in self.lexicon.roles:
            return False
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in token.lefts)

    def _descriptor(self, head: Token) -> Person | None:
        """The person introduced with the role a descriptor names; among several, the one
        whose place fits, then the one named last before it."""
        phrase = noun_phrase(head)
        words = {fold(t.text) for t in phrase if not t.is_punct and t.dep_ != "det"}
        words.add(self.lexicon.lemma(head))
        places = {p for p in (self.lexicon.place(t.text) for t in phrase) if p}
        candidates = [p for p in self.by_key.values() if self._holds_role(p, self.lexicon.lemma(head), words)]
        if places:
            candidates = [p for p in candidates if not p.places or p.places & places]
        if not candidates:
            return None
        last_seen = {id(r.person): i for i, r in sorted(self.resolved.items()) if i < head.i}
        named_before = [p for p in candidates if id(p) in last_seen]
        if named_before:
            return max(named_before, key=lambda p: last_seen[id(p)])
        return candidates[0]

    def _holds_role(self, person: Person, role: str, words: set[str]) -> bool:
        if role in person.title_words:
            return True
        for group in self.lexicon.role_groups:
            said = any(v[-1] == role and set(v[:-1]) <= words for v in group)
            held = any(set(v) <= person.title_words for v in group)
            if said and held:
                return True
        return False


def _within(token: Token, spans: Sequence[Span]) -> bool:
    return any(span.start <= token.i < span.end for span in spans)


def _strip_determiner(span: Span) -> str:
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    return "".join(t.text_with_ws for t in tokens).strip() or span.text


def _body_name(mention: Span) -> str | None:
    """`the Bank of England`, `the Department of Homeland Security`: one capitalised noun
    completed by `of` and proper nouns names a body; `Tom Doe of Chicago` stays a person."""
    root = mention.root
    tail = mention.doc[root.i + 1 : mention.end]
    if not tail or tail[0].lower_ != "of":
        return None
    if root.i > mention.start and mention.doc[root.i - 1].pos_ == "PROPN":
        return None  # a name of two words or more before `of` is a person's
    return mention.doc[root.i : mention.end].text
