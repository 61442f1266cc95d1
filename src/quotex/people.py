"""Resolving mentions to people and organisations: names, descriptions, documents, pronouns.

The entities come from the text alone. Every person named outside quotation marks becomes
a `Person`, keyed by surname so that "Jon Smythe", "John Smythe" and "Smythe" are one,
while "Grace Mbeki" and "Sipho Mbeki" stay two. When the text introduces someone it may
describe them: an age (`X, 41,`), an apposition (`X, a doctor,` · `Her business partner,
X,` · `the shop's co-owner`), a title or job before the name (`striker X`), a relation
(`Mbeki's brother, X`). Each description is recorded with where it was given, and a later
definite description (`the 41-year-old doctor`, `the 62-year-old`, `Mbeki's brother`, `the
carrier`) refers to the most recent entity it fits; in a headline, before anyone is
introduced, to the first entity the article then introduces with it. Organisations the
text names (`The airline, Skyward Air,` · `the Department of Health`) are entities too,
described by their apposition and the head noun of their name.

A document (`His statement`, `a report from the agency`) speaks for its author, never
for itself. Pronouns take the latest person named as a subject before them whose gender,
where the text tells it (a title, a given name, `wife`, an earlier `she`), agrees.

When more than one entity fits a pronoun or a description, `Resolution.competitors`
says how many others did, so that a confidence can take it into account.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Lexicon, PeopleWords, fold
from quotex.marks import paragraph_index, paragraphs
from quotex.names import given_names, person_names, personal_name
from quotex.syntax import ORGANISATION_LABELS, newline_tokens, noun_phrase, tokens_where

_SUBJECTS = {"nsubj", "nsubjpass"}
_DEFINITE = {"the", "this", "that"}
_PRONOUN_REACH = 600  # tokens back that a pronoun may look for its antecedent
_NEAR_REACH = 40  # tokens back (about two sentences) where the nearest agreeing person wins
_COMPETITION_REACH = 80  # tokens back within which another fitting person competes for a pronoun
_AGE = re.compile(r"^(\d{1,3})-year-old$")
_AGE_ALONE = re.compile(r"^(\d{1,3})$")
_APPOSITION_STOPS = {"who", "whose", "which", "that", "where", "when"}
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic")  # Bulgarian, Japanese, Danish, Iraqi, Dutch, Icelandic
_DASHES = {"—", "–", "-", "--"}
_DATELINE_ENDS = {",", "(", *_DASHES}
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "eer")  # `the skipper`, `the driver`, `the cyclist`
_DATELINE_TAIL = 12  # tokens after a dateline's place that may still belong to it (a date, an agency)




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
    words before it (`rookie`, `business`), an age, and whose it is (`Mbeki's`, `her`)."""

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
        self.doc = doc
        self.names = person_names(doc, lexicon) if names is None else names
        self.lexicon = lexicon
        self.words = words or lexicon.people_words
        self.quoted = quoted
        self.cue_roots = set(cue_roots)
        self.everyone: list[Person] = []
        self.by_key: dict[str, list[Person]] = {}  # surname (or an organisation's whole name) -> its bearers
        self.by_first_name: dict[str, list[Person]] = {}
        self.resolved: dict[int, Resolved] = {}
        self._order: list[int] = []  # the positions in `resolved`, in document order
        self._mentions: dict[int, Person] = {}  # the root of each name mention -> its person
        self._authors: list[tuple[int, str, Person]] = []  # (position, document noun, author)
        self._newlines = newline_tokens(doc)  # tokens whose text holds a line break, in order
        self._named_tokens = frozenset(i for name in self.names for i in range(name.start, name.end))
        # Tokens with a possessor or a definite article before them (what a definite
        # description needs), and those with a `the` (what a demonym needs): found once.
        self._definite = _heads_of(doc, ("poss",), left_only=True) | _heads_of(doc, ("det",), _DEFINITE, left_only=True)
        self._with_the = _heads_of(doc, ("det",), ("the",))
        self._datelines = _datelines(doc, self._newlines)
        if paragraph_starts is None:
            paragraph_starts = [p.start for p in paragraphs(doc.text)]
        self._paragraph_starts = list(paragraph_starts)
        self._unnamed: dict[int, Unnamed] = {}  # subjects described as a person no name fits, and pronouns for them
        self._collect_names()
        self._resolve_in_order()

    # --- the public questions --------------------------------------------------------

    def speaker(self, mention: Span | None) -> tuple[str | None, str]:
        """The speaker a mention names, and how it was found."""
        resolution = self.resolve(mention)
        return resolution.name, resolution.how

    def resolve(self, mention: Span | None, relative: bool = False) -> Resolution:
        """Who a mention names, how, and how many other entities fitted it as well.

        With `relative`, a relative pronoun names the noun its clause hangs from (`vet Anna
        Vogt, who said …`): right for the clause its own cue reports, while a quotation near a
        relative clause's cue is often another speaker's (`told a woman who asked …, "…"`), and
        the pronoun search does better there."""
        if mention is None:
            return Resolution(None, "none")
        resolved = self.resolved.get(mention.root.i)
        if resolved is not None:
            return Resolution(resolved.person.name, resolved.how, resolved.competitors)
        root = mention.root
        if root.i in self._datelines:
            return self._after_dateline(root)
        antecedent = _relative_antecedent(root, self.lexicon) if relative else None
        if antecedent is not None:
            # `vet Anna Vogt, who said …`: the relative pronoun is the noun its clause hangs from
            return self.resolve(noun_phrase(antecedent, self.quoted, self.lexicon))
        if root.lower_ in self.words.impersonal_pronouns:
            person, others = self._antecedent(root.i, organisations=True)  # `it said`: a body, never a person
            return Resolution(person.name, "pronoun", others) if person else Resolution(None, "unresolved")
        if self._is_pronoun(root) or root.pos_ == "PRON":
            found, others = self._pronoun_antecedent(root.i, self._pronoun_gender(root))
            if isinstance(found, Unnamed):  # `Her husband insists … "…," he says`: the description, as the text gives it
                return Resolution(_strip_determiner(noun_phrase(self.doc[found.at])), "unresolved")
            return Resolution(found.name, "pronoun", others) if found else Resolution(None, "unresolved")
        demonym = self._demonym(root)
        if demonym is not None:
            found = self._of_nationality(*demonym, root.i)
            return Resolution(found.name, "descriptor") if found else Resolution(_strip_determiner(mention), "unresolved")
        name = self.name_words(mention)
        if name:
            person, others = self._lookup(name, root.i)
            if person is not None:
                return Resolution(person.name, "explicit", others)
            return Resolution(_body_name(mention) or " ".join(name), "explicit")
        if mention.text.isupper():
            person, others = self._lookup(tuple(mention.text.split()), root.i)  # a transcript's "SMITH:"
            if person is not None:
                return Resolution(person.name, "explicit", others)
        named = self._named_in_apposition(root)
        if named is not None:
            return Resolution(named.name, "explicit")  # `A lawyer for the outlets, David Schulz, said`
        described = self._description_in(mention)
        if described is not None:
            person, others = self._described(described, mention.start)
            if person is None and self._in_headline(mention) and not self._organisation_noun(described.head or ""):
                person = self._protagonist(described.gender)  # `'…,' says cyclist hit by tree`: whom the story is about
            if person is not None:
                return Resolution(person.name, "descriptor", others)
            focus = None if self._in_headline(mention) else self._in_focus(described, root)
            if focus is not None:
                return Resolution(focus.name, "focus")
        body = self._employer(root)
        if body is not None:
            return Resolution(body.name, "descriptor")  # `Analysts at X said`, `a spokeswoman for the operator`
        document = self._document_head(mention)
        if document is not None:
            author = self._author(document)
            return Resolution(author.name, "document") if author else Resolution(None, "unresolved")
        return Resolution(_strip_determiner(mention), "unresolved")

    # --- names -----------------------------------------------------------------------

    def name_words(self, mention: Span) -> tuple[str, ...]:
        """The words of a personal name within a mention, titles and possessives left out."""
        root = mention.root
        if root.pos_ != "PROPN" and root.ent_type_ != "PERSON":
            return ()
        if not root.text[:1].isupper():
            return ()  # `the defence ministry` tagged as a proper noun is not a name
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
        return any(p.kind == "person" for p in self.by_key.get(fold(token.text), []))

    def _collect_names(self) -> None:
        """Every person named outside quotations, grouped by surname."""
        for ent in self.names:
            if self.quoted[ent.root.i] or ent.root.i in self._datelines:
                continue
            words = self.name_words(ent)
            if not words:
                continue
            person = self._add_form(words)
            self._mentions[ent.root.i] = person
            self._add_titles(person, ent.root)
        self._index_first_names()
        # Speakers the model did not take for people still name someone ("…, Doe insisted that …").
        for token in self._subjects_of_cues():
            if token.dep_ == "nsubj" and token.pos_ == "PROPN":
                if self.quoted[token.i] or fold(token.text) in self.by_key:
                    continue
                if token.ent_type_ in ORGANISATION_LABELS:
                    continue
                phrase = noun_phrase(token)
                words = self.name_words(phrase) if _body_name(phrase) is None else ()
                if len(words) == 1 and len(self.by_first_name.get(fold(words[0]), [])) == 1:
                    continue  # `Rosa said`: the first name of someone named in full
                if words:
                    self._add_form(words)
        # `His wife, Ines,` · `her son, Leo,`: a lone proper noun beside a noun for a person.
        for token in self._tokens(pos=("PROPN",)):
            if token.pos_ != "PROPN" or self.quoted[token.i] or token.i in self._mentions or fold(token.text) in self.by_key:
                continue
            partner = token.head if token.dep_ == "appos" else None
            if partner is None or partner.pos_ != "NOUN" or not self._names_a_person(partner):
                continue
            if any(c.dep_ in ("compound", "flat") for c in token.children):
                # `Its chief technology officer, Ana Ruiz-Tell,`: a full name the model missed.
                parts = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.text[:1].isupper()]
                words = tuple(t.text for t in parts if t.i >= token.i - len(parts)) + (token.text,)
                if len(words) < 2 or self.words.gender_of_name(words[0]) is None or token.ent_type_ in ORGANISATION_LABELS:
                    continue
                person = self._add_form(words)
            else:
                person = self._add_form((token.text,))
                person.gender = person.gender or self.words.gender_of_name(token.text)
            self._mentions[token.i] = person
        self._collect_organisations()
        self._collect_partnerships()
        self._collect_owned_bodies()
        self._forget_places()
        self._index_first_names()

    def _forget_places(self) -> None:
        """A name the text only ever gives as where something is (`above X`, `on X Mountain`,
        `a crew from X fire station`) names a place: nobody's antecedent, never a speaker. A
        name that starts with a given name or follows a title (`called on Jane Doe`, `on President
        Doe`) is a person's unless it ends with a word for a place (`Mountain`, `Street`)."""
        mentions: dict[int, list[Token]] = {}
        for i, person in self._mentions.items():
            mentions.setdefault(id(person), []).append(self.doc[i])
        for person in [p for p in self.everyone if p.kind == "person"]:
            tokens = mentions.get(id(person), [])
            given = any(len(form) > 1 and fold(form[0]) in self.words.given_names for form in person.forms)
            place = any(fold(form[-1]) in self.words.place_endings for form in person.forms)
            titled = any(w in self.lexicon.titles or w in self.lexicon.roles for w in person.title_words)
            if tokens and (place or not given and not titled) and all(self._only_a_place(t) for t in tokens):
                self._forget(person)
                for token in tokens:
                    del self._mentions[token.i]

    def _only_a_place(self, token: Token) -> bool:
        words = self.lexicon.grammar
        head, through = token, False
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            through = through or head.head.pos_ == "NOUN"
            head = head.head
        if head.dep_ in _SUBJECTS or head.dep_ != "pobj":
            return False
        preposition = head.head.lower_
        return preposition in words.locative_prepositions or (through and preposition in words.source_prepositions)

    def _tokens(self, **where: Sequence[str]) -> list[Token]:
        """The Doc's tokens with one of the attributes given (`syntax.tokens_where`), in order:
        the few a loop over every token would test further."""
        return [self.doc[i] for i in tokens_where(self.doc, **where)]

    def _subjects_of_cues(self) -> list[Token]:
        """The tokens whose head is a cue's root, in document order: the only ones that can be
        a cue's subject."""
        return sorted((child for i in self.cue_roots for child in self.doc[i].children), key=lambda token: token.i)

    def _names_a_person(self, noun: Token) -> bool:
        word = fold(self.lexicon.lemma(noun))
        if word in self.words.gendered or word in self.lexicon.roles:
            return True
        # `her neighbour, Tomas`, `his lawyer, Tom`; not `her spaniel, Rex`
        person_noun = word in self.words.person_nouns or word in self.lexicon.bodies or word.endswith(_AGENT_ENDINGS)
        return person_noun and any(c.tag_ == "PRP$" for c in noun.children)

    def _add_form(self, words: tuple[str, ...]) -> Person:
        """The person a form of a name names: a known bearer of the surname whose first name
        fits (or who has none yet), else a new person."""
        surname = fold(words[-1])
        bearers = self.by_key.setdefault(surname, [])
        first = fold(words[0]) if len(words) > 1 and not self._all_surname(words, bearers) else None
        fitting = [p for p in bearers if p.kind == "person" and (first is None or _first_name_fits(p, first))]
        person = fitting[0] if fitting else None
        if person is None:
            person = Person(surname)
            bearers.append(person)
            self.everyone.append(person)
        if words not in person.forms:
            person.forms.append(words)
        if person.gender is None and first is not None:
            person.gender = self.words.gender_of_name(words[0])
        return person

    def _all_surname(self, words: tuple[str, ...], bearers: Sequence[Person]) -> bool:
        """Whether a name of several words is a surname alone: it starts with a particle (`Mac
        Suibhne`, `De Luca`) that is no common given name, or is one before two more words, or
        ends a longer form of a person's name the text gave before (`Mac Suibhne` after `Orla
        Mac Suibhne`)."""
        first = fold(words[0])
        if first not in self.words.surname_particles:
            return False
        if len(words) > 2 or first not in self.words.given_names:
            return True
        folded = tuple(fold(w) for w in words)
        return any(len(f) > len(words) and tuple(fold(w) for w in f[-len(words) :]) == folded for p in bearers for f in p.forms)

    def _index_first_names(self) -> None:
        self.by_first_name = {}
        for person in self.everyone:
            if person.kind != "person":
                continue
            # Every word before the surname: `Sione` for `Deckhand Sione Taufa` when the job word
            # was taken into the name.
            for first in {fold(word) for form in person.forms for word in form[:-1]}:
                self.by_first_name.setdefault(first, []).append(person)

    def _collect_organisations(self) -> None:
        """Organisations the text names outside quotations: a proper name whose head is a
        noun for an organisation (`the Department of Health`, `Harbour Bank`), that an
        apposition calls one (`The airline, Skyward Air,`), or that the model took for one."""
        organisations = {ent.root.i for ent in self.doc.ents if ent.label_ == "ORG"}
        for token in self._tokens(pos=("PROPN",)):
            if token.pos_ != "PROPN" or self.quoted[token.i] or token.dep_ in ("compound", "flat"):
                continue
            if token.i in self._datelines:
                continue
            own_head = fold(token.text)
            kinds = [own_head, own_head[:-1]] if own_head.endswith("s") else [own_head]
            own_kind = next((k for k in kinds if k in self.words.kind_words), None)
            own_kind = own_kind or self.words.organisation_names.get(own_head)  # `Fenmoor Estates`: a company
            kind_word = self._organisation_apposition(token)
            if own_kind is None and kind_word is None and token.i not in organisations:
                continue
            phrase = noun_phrase(token)
            start = phrase.start
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].text[:1].isupper():
                start -= 1  # `Fenwick | Bank has agreed`: a name the parser cut in two is one
            phrase = self.doc[start : phrase.end]
            words = tuple(t.text for t in phrase if not (t.dep_ == "det" or t.is_punct or t.tag_ == "POS" or t.is_space))
            if not words or not all(w[:1].isupper() or w in self.lexicon.grammar.organisation_joiners for w in words):
                continue
            key = "org:" + fold(" ".join(words))
            known = self.by_key.get(key)
            if known:
                organisation = known[0]
            else:
                organisation = Person(key, [words], kind="organisation")
                self.by_key[key] = [organisation]
                self.everyone.append(organisation)
            person = self._mentions.get(token.i)
            if person is not None and person is not organisation:
                self._forget(person)  # `Skyward Air`, taken for a person's name, is the airline's
            self._mentions[token.i] = organisation
            named_as = own_head if own_head in self.words.organisation_names else None  # `the society`
            for word in {own_kind, kind_word, named_as} - {None}:
                organisation.describe(f"word:{word}", phrase.start)

    def _collect_partnerships(self) -> None:
        """`Dunmore & Quayle`: names joined by an ampersand name a firm, not people."""
        for amp in self._tokens(text=("&",)):
            if amp.text != "&" or self.quoted[amp.i] or amp.i == 0 or amp.i + 1 >= len(self.doc):
                continue
            start, end = amp.i, amp.i + 1
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].text[:1].isupper():
                start -= 1
            while end < len(self.doc) and self.doc[end].pos_ == "PROPN" and self.doc[end].text[:1].isupper():
                end += 1
            if start == amp.i or end == amp.i + 1:
                continue
            words = tuple(t.text for t in self.doc[start:end])
            key = "org:" + fold(" ".join(words))
            known = self.by_key.get(key)
            firm = known[0] if known else Person(key, [words], kind="organisation")
            if not known:
                self.by_key[key] = [firm]
                self.everyone.append(firm)
                firm.describe("word:firm", start)
            for token in (t for t in self.doc[start:end] if t.i != amp.i):
                person = self._mentions.get(token.i)
                if person is not None and person is not firm and person.kind == "person":
                    self._forget(person)
                self._mentions[token.i] = firm

    def _collect_owned_bodies(self) -> None:
        """Organisations a speaker's description names by whose they are: `Valdoria's interior
        ministry said` is an organisation, meant by a later `the ministry` or `it`."""
        for token in self._subjects_of_cues():
            if token.pos_ not in ("NOUN", "PROPN") or not token.text.islower() or self.quoted[token.i]:
                continue  # a lower-case head, even when tagged as a proper noun
            if token.dep_ not in _SUBJECTS:
                continue
            head = fold(self.lexicon.lemma(token))
            if head in self.words.generic_organisations or not self._organisation_noun(head):
                continue
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is None or any(c.dep_ == "appos" for c in token.children):
                continue
            start = owner.left_edge.i
            possessor = self.doc[start : owner.i + 1].text
            first = fold(self.doc[start].text)
            if start < owner.i and self.doc[start].is_sent_start and not self.lexicon.place(possessor) and first not in self.words.given_names:
                start += 1  # `Neighbouring Marrovia's ministry`: the sentence's first word, not the name's
            phrase = self.doc[start : token.i + 1]
            name = phrase.text
            key = "org:" + fold(name)
            known = self.by_key.get(key)
            body = known[0] if known else Person(key, [(name,)], kind="organisation")
            if not known:
                self.by_key[key] = [body]
                self.everyone.append(body)
            body.describe(f"word:{head}", phrase.start)
            for modifier in (c for c in token.children if c.dep_ in ("amod", "compound") and c.text.islower()):
                body.describe(f"mod:{fold(modifier.text)}", phrase.start)  # `interior`, `foreign`
            self._mentions[token.i] = body

    def _forget(self, person: Person) -> None:
        self.everyone = [p for p in self.everyone if p is not person]
        for bearers in self.by_key.values():
            if person in bearers:
                bearers.remove(person)

    def _organisation_apposition(self, root: Token) -> str | None:
        """The kind of organisation an apposition gives a name (`The airline, X,` · `X, the carrier,`)."""
        others = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            others.append(root.head)
        for other in others:
            word = fold(self.lexicon.lemma(other))
            if other.pos_ == "NOUN" and word in self.words.kind_words:
                return word
        return None

    def _add_titles(self, person: Person, root: Token) -> None:
        """What the text calls a person around a name: "Russian Foreign Minister X", "X, the minister"."""
        phrases = [noun_phrase(root)]
        phrases += [noun_phrase(child) for child in root.children if child.dep_ == "appos"]
        if root.dep_ == "appos":
            phrases.append(noun_phrase(root.head))
        for phrase in phrases:
            for word, token in _words(phrase):
                if token.is_punct or token.is_space or token.pos_ == "PROPN" and token.i in self._named_tokens:
                    continue
                place = self.lexicon.place(token.text)
                if place:
                    person.places.add(place)
                if "-" in word:
                    person.title_words.add(word)
                else:
                    person.title_words.add(fold(self.lexicon.lemma(token) if token.pos_ == "NOUN" else token.text))
        before = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
        for token in [*noun_phrase(root), *([before] if before is not None else [])]:
            gender = self.words.gendered.get(fold(token.text).rstrip("."))
            if gender and token.i < root.i and person.gender is None and token.pos_ != "PRON":
                person.gender = gender  # `Mrs. Doe`, `Mr Doe`

    def _lookup(self, name: tuple[str, ...], position: int) -> tuple[Person | None, int]:
        """The person a name names, and how many others it could name too."""
        bearers = [p for p in self.by_key.get(fold(name[-1]), []) if p.kind == "person"]
        if len(name) > 1 and len(bearers) > 1:
            first = fold(name[0])
            fitting = [p for p in bearers if _first_name_fits(p, first)]
            bearers = fitting or bearers
        if not bearers:
            if len(name) == 1:
                # A first name alone ("Jane said") names the one person who has it; the first
                # word of an organisation's name (`Brookfield` for `Brookfield Mutual`), that one.
                matches = self.by_first_name.get(fold(name[0]), [])
                if not matches:
                    matches = [p for p in self.everyone if p.kind == "organisation" and len(p.forms[0]) > 1 and fold(p.forms[0][0]) == fold(name[0])]
                if len(matches) == 1:
                    _starts_at(matches[0], name[0])
                return (matches[0], 0) if len(matches) == 1 else (None, 0)
            return None, 0
        if len(bearers) == 1:
            return bearers[0], 0
        # A surname that several people bear names the first of them the text introduced with a
        # given name (news calls the others by their full or first names); the others compete.
        given = self.words.given_names
        named = [p for p in bearers if any(len(f) > 1 and fold(f[0]) in given for f in p.forms)]
        return (named or bearers)[0], len(bearers) - 1

    def _latest_subjects(self, candidates: Sequence[Person], position: int) -> list[Person]:
        """Of `candidates`, the one last named as a subject before `position`, if any."""
        wanted = {id(p) for p in candidates}
        for k in range(bisect_left(self._order, position) - 1, -1, -1):
            resolved = self.resolved[self._order[k]]
            if id(resolved.person) in wanted and resolved.salience >= 1:
                return [resolved.person]
        return []

    def _latest(self, candidates: Sequence[Person], position: int) -> Person | None:
        """Of `candidates`, the one the text mentioned last before `position`."""
        wanted = {id(p) for p in candidates}
        for k in range(bisect_left(self._order, position) - 1, -1, -1):
            person = self.resolved[self._order[k]].person
            if id(person) in wanted:
                return person
        return None

    # --- mentions in document order -------------------------------------------------------

    def _resolve_in_order(self) -> None:
        # Only proper nouns, pronouns, the names found before and words with a definite article or
        # a possessor (descriptions, demonyms) can mention anyone: the other tokens are passed
        # over without being read.
        candidates = tokens_where(self.doc, pos=("PROPN",), lower=tuple(self.lexicon.pronouns))
        for i in sorted(set(candidates).union(self._mentions, self._definite, self._with_the)):
            token = self.doc[i]
            if self.quoted[token.i] or token.i in self._datelines:
                continue
            person, how, others = None, "", 0
            described = self._description_at(token)
            if token.i in self._mentions and self._mentions[token.i].kind == "organisation":
                person, how = self._mentions[token.i], "explicit"
            elif described is not None and (named := self._named_in_apposition(token)) is not None:
                person, how = named, "explicit"
            elif described is not None:
                person, others = self._described(described, token.i, forward=False)
                how = "descriptor"
                speaks = token.dep_ in _SUBJECTS and token.head.i in self.cue_roots
                if person is None and (speaks or described.age is not None) and (person := self._in_focus(described, token)) is not None:
                    how = "focus"
                    for feature in described.features(None):
                        person.describe(feature, token.i)  # what the text now says of them
                if person is None:
                    person, others = self._described(described, token.i)
                if (
                    person is not None
                    and person.kind == "person"
                    and described.head
                    and self._organisation_noun(described.head)
                    and self._unknown_organisation(person, described.head, token.i) is not None
                ):
                    person.kind = "organisation"  # `Skyline Coachways … the company said`: a company after all
                    person.describe(f"word:{described.head}", token.i)
                if (
                    person is None
                    and token.dep_ in _SUBJECTS
                    and self._holds_pronouns(token, described)
                    and not self._may_describe(self._antecedent(token.i, described.gender)[0], described, token)
                ):
                    self._unnamed[token.i] = Unnamed(token.i, described.gender, self._salience(token))
            elif (demonym := self._demonym(token)) is not None:
                person, how = self._of_nationality(*demonym, token.i), "descriptor"
            elif token.pos_ == "PROPN" and (token.dep_ not in ("compound", "flat") or token.ent_type_ == "PERSON"):
                if token.dep_ in ("compound", "flat") and token.head.ent_type_ == "PERSON":
                    continue  # the head of the name speaks for it
                name = self.name_words(noun_phrase(token))
                person, others = self._lookup(name, token.i) if name else (None, 0)
                how = "explicit"
                if person is not None:
                    self._introduce(person, token)
            elif self._is_pronoun(token) and token.dep_ in _SUBJECTS:
                gender = self._pronoun_gender(token)
                found, others = self._pronoun_antecedent(token.i, gender)
                if isinstance(found, Unnamed):
                    self._unnamed[token.i] = Unnamed(found.at, found.gender, self._salience(token))
                    found = None
                person, how = found, "pronoun"
                if person is not None and person.gender is None and gender is not None and others == 0:
                    person.gender = gender  # `she` tells the gender of the one person it can stand for
            elif self._addressed(token):
                gender = self._pronoun_gender(token)
                person, others = self._antecedent(token.i, gender)  # `she asked him`: whom she asked
                how = "pronoun"
                if person is not None and not _agrees(person, gender):
                    person = None
            if person is not None:
                self.resolved[token.i] = Resolved(person, how, self._salience(token), others)
                self._order.append(token.i)
                self._note_document(token, person)

    def _salience(self, token: Token) -> int:
        if token.dep_ == "appos":
            token = token.head  # `His wife, Ines, said`: Ines is as salient as the subject she names
        head = token.head
        if token.dep_ == "attr":  # the parser gives `attr` only after a copula
            token = next((c for c in head.children if c.dep_ in _SUBJECTS), token)  # `The youngest is X`
        elif token.dep_ == "pobj" and head.dep_ == "agent":
            token = head  # `The group was started by X`: X is who the clause is about
            head = token.head
            main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
            return 2 if main else 0  # `a commission overseen by X`: X is not what the sentence is about
        if token.dep_ not in _SUBJECTS:
            return 0
        head = token.head
        main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
        return 2 if main or head.i in self.cue_roots else 1

    def _pronoun_antecedent(self, position: int, gender: str | None) -> tuple[Person | Unnamed | None, int]:
        """What a pronoun at `position` stands for: the subject its paragraph gave before it
        when one agrees (see `_in_paragraph`), else `_antecedent`'s choice."""
        person, others = self._antecedent(position, gender)
        if gender is None:
            return person, others
        local = self._in_paragraph(position, gender)
        if local is None or local is person:
            return person, others
        if isinstance(local, Unnamed):
            return local, others
        return local, self._rivals(position, gender, local)

    def _in_paragraph(self, position: int, gender: str) -> Person | Unnamed | None:
        """The person a `he` or `she` stands for within its own paragraph, as a reader takes it:
        the subject of a main clause before it (else of any clause) whose gender agrees, the
        latest of them (`Okonkwo is less methodical. "…," she says.`), even when the text
        describes that person without a name (`Her husband insists …. "…," he says.`); but when
        a later turn of dialogue spoke to someone of that gender, the one addressed (`"…?" she
        asked him. "…," he replied.`). A paragraph that names no one before the pronoun (one
        that opens with the quotation) goes on from the main subject of the paragraph before it.
        None when neither gives such a subject."""
        starts = self._paragraph_starts
        if not starts:
            return None
        index = paragraph_index(starts, self.doc[position].idx)
        found, seen = self._subject_since(position, gender, starts[index])
        if found is None and not seen and index > 0:
            found, _ = self._subject_since(position, gender, starts[index - 1], addressees=False)
            if isinstance(found, Person) and not self._main_subject_in(found, position, starts[index - 1]):
                found = None  # only what a sentence is about speaks on into the next paragraph
        return found

    def _resolved_since(self, start: int, position: int) -> Iterator[tuple[int, Resolved]]:
        """The mentions resolved from character `start` up to token `position`, the latest first."""
        order = self._order
        for k in range(bisect_left(order, position) - 1, -1, -1):
            i = order[k]
            if self.doc[i].idx < start:
                return
            yield i, self.resolved[i]

    def _main_subject_in(self, person: Person, position: int, start: int) -> bool:
        """Whether a person is, between character `start` and `position`, the subject of a main
        clause or the subject a sentence opens with (`Doe has a plan.`, not `While Doe had …`)."""
        for i, resolved in self._resolved_since(start, position):
            if resolved.person is not person or resolved.salience < 1:
                continue
            first = noun_phrase(self.doc[i]).start
            opens = first == 0 or self.doc[first - 1].text in self.lexicon.grammar.sentence_ends or "\n" in self.doc[first - 1].text
            if resolved.salience >= 2 or opens:
                return True
        return False

    def _subject_since(
        self, position: int, gender: str, start: int, addressees: bool = True
    ) -> tuple[Person | Unnamed | None, bool]:
        """`_in_paragraph`'s choice among the mentions from character `start` to `position`, and
        whether any person of any gender was named there. One addressed counts only when the text
        tells their gender (`him`, a given name): an outlet told something never answers."""
        subjects: list[tuple[int, int, Person | Unnamed]] = []  # (salience, position, who)
        addressed: list[tuple[int, Person]] = []
        seen = False
        for i, resolved in self._resolved_since(start, position):
            if resolved.person.kind != "person":
                continue
            seen = True  # `Doe's role is unclear, but he …`: a person the paragraph names holds its pronouns
            if not _agrees(resolved.person, gender):
                continue
            if resolved.salience >= 1:
                subjects.append((resolved.salience, i, resolved.person))
            elif addressees and self._is_addressee(self.doc[i]) and self._told_gender(self.doc[i], resolved.person) == gender:
                addressed.append((i, resolved.person))
        for i, unnamed in self._unnamed.items():
            if i < position and self.doc[i].idx >= start and unnamed.salience >= 1:
                seen = True
                if unnamed.gender in (None, gender):
                    subjects.append((unnamed.salience, i, unnamed))
        best = max(subjects, key=lambda item: item[:2]) if subjects else None
        latest_addressed = max(addressed, key=lambda item: item[0]) if addressed else None
        if latest_addressed is not None and (best is None or latest_addressed[0] > best[1]):
            return latest_addressed[1], seen
        return (best[2] if best is not None else None), seen

    def _rivals(self, position: int, gender: str | None, chosen: Person) -> int:
        """How many other people of an agreeing gender the text named in close reach before `position`."""
        order = self._order
        near = order[bisect_left(order, position - _COMPETITION_REACH) : bisect_left(order, position)]
        people = {id(self.resolved[i].person) for i in near if self.resolved[i].person.kind == "person" and _agrees(self.resolved[i].person, gender)}
        return len(people - {id(chosen)})

    def _told_gender(self, token: Token, person: Person) -> str | None:
        """The gender a mention's own word tells (`him`), else the one known of its person."""
        return self.words.gendered.get(token.lower_) if token.pos_ == "PRON" else person.gender

    def _addressed(self, token: Token) -> bool:
        """Whether a token is a gendered pronoun for the one a cue speaks to (`she asked him`)."""
        return token.pos_ == "PRON" and token.lower_ in self.words.gendered and self._is_addressee(token)

    def _is_addressee(self, token: Token) -> bool:
        """Whether a token is the one a cue speaks to: the object of a verb whose object listens
        (`asked him`, `told Doe`; not `mentioned Doe`), or what follows a cue's `to` (`said to him`)."""
        if token.dep_ in ("dobj", "dative"):
            return token.head.i in self.cue_roots and self.lexicon.lemma(token.head) in self.lexicon.listener_cues
        head = token.head
        return token.dep_ == "pobj" and head.lower_ == "to" and head.head.i in self.cue_roots

    def _may_describe(self, person: Person | None, described: Description, head: Token) -> bool:
        """Whether a description that fits nobody by name may still be of the person a pronoun in
        its place would stand for: not when it is someone else's relative (`Her husband`, `Doe's
        brother`; `my mother` may be anyone the writer named), nor when the ages differ (`The
        actor, 29,` after `X, 23,`)."""
        if person is None or person.kind != "person":
            return False
        possessor = described.possessor.root if described.possessor is not None else None
        if possessor is not None and (possessor.lower_ in self.words.gendered or possessor.pos_ == "PROPN"):
            return False
        age = described.age
        if age is None:  # `The actor, 29,`: an age in apposition
            age = next((d.age for d in self._appositions_after(noun_phrase(head)) if d is not None and d.age is not None), None)
        ages = {f for f in person.features if f.startswith("age:")}
        return age is None or not ages or f"age:{age}" in ages

    def _holds_pronouns(self, token: Token, described: Description) -> bool:
        """Whether a definite description is of a person: a role, a word for a relative or a
        person of some gender, an age; or the one who speaks in a cue (`The actor, 29, says`),
        when it names no kind of organisation nor a document (what a passive cue's subject
        names is what was said: `Her death was announced`)."""
        word = fold(self.lexicon.lemma(token))
        if word in self.lexicon.roles or word in self.words.gendered or described.age is not None:
            return True
        if described.head and self._organisation_noun(described.head):
            return False
        return token.dep_ == "nsubj" and token.head.i in self.cue_roots and self._document_noun(token) is None

    def _is_pronoun(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.pronouns

    def _pronoun_gender(self, token: Token) -> str | None:
        return self.lexicon.pronouns.get(token.lower_) or self.words.gendered.get(token.lower_)

    def _antecedent(self, position: int, gender: str | None = None, organisations: bool = False) -> tuple[Person | None, int]:
        """The person a pronoun at `position` stands for: the latest person whose gender
        agrees, named as the subject of a main clause or a cue, else as any subject, else
        anywhere; and how many other such people in close reach agree as well. With
        `organisations`, the same among organisations only (`it`)."""
        order = self._order
        earlier = [
            (i, self.resolved[i])
            for i in order[bisect_left(order, position - _PRONOUN_REACH) : bisect_left(order, position)]
            if (gender is None or self.resolved[i].person.kind == "person") and _agrees(self.resolved[i].person, gender)
            and (not organisations or self.resolved[i].person.kind == "organisation")
        ]
        rivals = {id(r.person) for i, r in earlier if i >= position - _COMPETITION_REACH}
        # Close by, a subject, or anyone whose gender the text told and that agrees (`striker X`
        # before `he`); a mere proper noun in an object (`in New York`) waits for the wider reach.
        near = [
            (i, r)
            for i, r in earlier
            if i >= position - _NEAR_REACH and (r.salience >= 1 or gender is not None and r.person.gender == gender)
        ]
        for reach in (near, earlier):  # close by first: the nearest agreeing person wins
            for least in (2, 1, 0):
                candidates = [(i, r) for i, r in reach if r.salience >= least]
                if candidates:
                    chosen = max(candidates, key=lambda item: item[0])[1].person
                    return chosen, len(rivals - {id(chosen)})
        return None, 0

    # --- what the text says about people when it names them ------------------------------

    def _introduce(self, person: Person, token: Token) -> None:
        """Record the ages, appositions and relations the text gives around a name."""
        phrase = noun_phrase(token)
        position = phrase.start
        if token.dep_ == "appos" and token.head.i < token.i:
            position = min(position, token.head.left_edge.i)  # `His uncle, X,`: whose uncle is read before X
        described = self._appositions_after(phrase)
        if token.dep_ == "appos" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i:
            described.append(self._description(noun_phrase(token.head)))  # `Her partner, X,`
        for child in token.children:
            if child.dep_ == "appos" and child.i > token.i and child.pos_ == "NOUN":
                described.append(self._description(noun_phrase(child)))
        before = [t for t in phrase if t.i < token.i and t.i not in self._named_tokens and t.pos_ in ("NOUN", "PROPN")]
        if before and before[0].i > 0 and phrase.doc[before[0].i - 1].lower_ == "of":
            before = []  # `Secretary of State X`: what the office is of, not what X is
        if before:  # `striker X`, `Manager X`
            described.append(self._description(phrase.doc[before[0].i : before[-1].i + 1]))
        for start in (t for t in phrase if t.i < token.i and t.like_num):
            word, last = _words(phrase.doc[start.i : min(token.i, start.i + 5)])[0]
            if _AGE.match(word.lower()):  # `19-year-old Ana Ruiz`: an age given before the name
                described.append(self._description(phrase.doc[start.i : last.i + 1]))
        if token.dep_ == "nsubj" and self.lexicon.lemma(token.head) == "be":
            for attr in (c for c in token.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
                described.append(self._description(noun_phrase(attr)))  # `X is the shop's owner`
        for description in described:
            if description is None:
                continue
            owner = self._possessor(description.possessor, position) if description.possessor is not None else None
            for feature in description.features(owner):
                person.describe(feature, position)
            if person.gender is None and description.gender is not None:
                person.gender = description.gender
            possessive = description.possessor.root.lower_ if description.possessor is not None else ""
            if owner is not None and owner.gender is None and owner.kind == "person" and possessive in self.words.gendered:
                owner.gender = self.words.gendered[possessive]  # `His grandfather, X,`: his is a man's

    def _appositions_after(self, phrase: Span) -> list[Description | None]:
        """`X, 41,` · `X, a doctor,` · `X, 41, the shop's co-owner, …`: the words between the
        commas right after a name, each group up to a relative pronoun, a verb or a preposition."""
        doc = phrase.doc
        found: list[Description | None] = []
        comma = phrase.end
        while len(found) < 2 and comma < len(doc) and doc[comma].text == ",":
            tokens: list[Token] = []
            for token in doc[comma + 1 : comma + 12]:
                if token.is_punct and token.text not in ("-", "'s", "’s") or token.lower_ in _APPOSITION_STOPS:
                    break
                if token.pos_ in ("VERB", "AUX", "ADP", "PRON") and token.tag_ != "PRP$" or self.quoted[token.i]:
                    break
                tokens.append(token)
            if not tokens or not any(t.pos_ in ("NOUN", "NUM") or t.like_num for t in tokens):
                break
            if tokens[-1].pos_ == "NUM" and len(tokens) > 1 and not _AGE.match(_words_text(tokens)):
                break
            found.append(self._description(doc[tokens[0].i : tokens[-1].i + 1]))
            comma = tokens[-1].i + 1
        return found

    def _description(self, phrase: Span) -> Description | None:
        return _description(phrase, self.lexicon, self.words.gendered)

    def _possessor(self, possessor: Span, position: int) -> Person | None:
        """Whose a description is: `her` (the person she stands for), `Mbeki's` (Mbeki)."""
        root = possessor.root
        if root.tag_ == "PRP$" or root.lower_ in self.words.gendered and root.pos_ == "PRON":
            return self._antecedent(position, self.words.gendered.get(root.lower_))[0]
        name = self.name_words(possessor)
        if name:
            return self._lookup(name, position)[0]
        return None

    # --- definite descriptions ------------------------------------------------------------

    def _description_at(self, token: Token) -> Description | None:
        """The description a token heads, when it is a definite one: `the 62-year-old`, `the
        minister`, `Russia's top diplomat`, `Mbeki's brother`, `the carrier`."""
        if token.i not in self._definite:
            return None  # the test below, read from the Doc's arrays for all tokens at once
        if token.dep_ == "compound" or token.tag_ in ("NNS", "NNPS"):
            return None
        if token.pos_ == "PROPN" and self.lexicon.lemma(token) not in self.lexicon.roles:
            return None
        if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
        definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in token.lefts)
        if not definite:
            return None
        if token.pos_ == "ADJ" and not _AGE.match(_words_text(list(noun_phrase(token)))):
            return None
        described = self._description(noun_phrase(token))
        if described is not None and described.age is None:
            # `The actor, 29, says`: an age between commas belongs to the description
            ages = [d.age for d in self._appositions_after(noun_phrase(token))[:1] if d is not None and d.head is None]
            if ages and ages[0] is not None:
                described = replace(described, age=ages[0])
        return described

    def _named_in_apposition(self, head: Token) -> Person | None:
        """The person a name in apposition gives a description (`Its chair, Ana Doe, said`):
        the name's own head, else any person named within the apposition."""
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                person = self._mentions.get(child.i) or self._entity(child)
                if person is not None:
                    return person
                within = [self._mentions[t.i] for t in child.subtree if t.i in self._mentions]
                people = [p for p in within if p.kind == "person"]
                if people:
                    return people[-1]
        # `The mayor of Eastport, Ana Ruiz, said`: the parser hangs the name on the
        # place; a person's name there is the office holder's.
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and head.pos_ == "NOUN"):
            for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                for child in (c for c in place.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                    person = self._mentions.get(child.i)
                    if person is not None and person.kind == "person" and any(len(f) > 1 for f in person.forms):
                        return person
        return None

    def _in_headline(self, mention: Span) -> bool:
        return self._in_first_line(mention.start) and bool(self._newlines) and self._newlines[-1] >= mention.end

    def _in_first_line(self, start: int) -> bool:
        """Whether no line break comes before token `start` (`"\\n" not in doc[:start].text`)."""
        return not self._newlines or self._newlines[0] >= start

    def _protagonist(self, gender: str | None) -> Person | None:
        """The person the article's body opens with: whom a headline's description that the
        body never repeats is about."""
        newline = self._newlines[0] if self._newlines else None
        if newline is None:
            return None
        named = [i for i in self._order[bisect_left(self._order, newline) :]
                 if self.resolved[i].person.kind == "person" and self.resolved[i].how == "explicit"]
        if not named:
            return None
        # In the first paragraph that names anyone, the first named as a subject, else the
        # first named (`"…" Those were the words of X, …`): the story opens with them.
        end = next((t.i for t in self.doc[named[0] :] if "\n" in t.text or "\n" in t.whitespace_), len(self.doc))
        lede = [self.resolved[i] for i in named if i <= end]
        chosen = next((r for r in lede if r.salience >= 1), lede[0]).person
        return chosen if _agrees(chosen, gender) else None

    def _in_focus(self, described: Description, token: Token) -> Person | None:
        """Whom a definite description that matches nothing the text said of anyone means
        (`Jane Doe, who moved here in March, said …` then `the 29-year-old said`): the person in
        focus, the latest named one it could describe (a person, not an organisation, of the
        gender it tells, of no other age, nationality or listed role). Not a relation (`her
        husband`), not a description the text first gave someone unnamed (`a senior official`
        … `the official said`), and only a description of a person: an age, a word that tells
        a gender, a role, a noun for a person, or, as the subject of a verb of speech, a noun of
        one who does something (`the skipper`)."""
        evidence = self._describes_a_person(described, token)
        if described.possessor is not None or evidence is None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None  # `this reporter` is the writer
        if any(self._shown_a_person(p) for m in described.modifiers for p in self.by_key.get(m, [])):
            return None  # `Doe's campaign manager`, however the possessive was written: a relation
        if described.head is not None and self._unnamed_before(described.head, token.i):
            return None
        order = self._order
        window = _PRONOUN_REACH if evidence else _NEAR_REACH  # a mere `-er` noun: only someone just named
        earlier = [
            (i, self.resolved[i])
            for i in order[bisect_left(order, token.i - window) : bisect_left(order, token.i)]
            if self._could_be(self.resolved[i].person, described)
        ]
        near = [(i, r) for i, r in earlier if i >= token.i - _NEAR_REACH]
        # The latest named as a subject, then meant by a pronoun as one, then named anywhere: a
        # description follows the person the text is about and last introduced by name.
        for named, least in ((True, 1), (False, 1), (True, 0), (False, 0)):
            for reach in (near, earlier):
                candidates = [i for i, r in reach if r.salience >= least and (r.how == "explicit" or not named)]
                if candidates:
                    return self.resolved[max(candidates)].person
        return None

    def _describes_a_person(self, described: Description, token: Token) -> bool | None:
        """Whether a description is a person's: True when its words say so (an age, a gender, a
        role, a noun for a person), False when only a noun of one who does something does and
        it is the subject of a verb of speech (`the skipper said`), None when it is not."""
        head = described.head
        if head is None:
            return True if described.age is not None else None
        words = self.words
        if head in words.documents or self._organisation_noun(head) or head in words.place_words:
            return None
        if described.age is not None or head in words.gendered or head in words.person_nouns:
            return True
        if head in self.lexicon.roles or any(_role_head(variant) == head for group in self.lexicon.role_groups for variant in group):
            return True
        speaking = token.dep_ in _SUBJECTS and token.head.i in self.cue_roots
        of = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # `the number of …`
        return False if speaking and not of and head.endswith(_AGENT_ENDINGS) else None

    def _unnamed_before(self, head: str, position: int) -> bool:
        """Whether the body introduced someone it did not name with this noun before `position`
        (`a senior official`, `One resident`): a later `the official` is that person."""
        newline = next((t.i for t in self.doc if "\n" in t.text or "\n" in t.whitespace_), 0)
        for token in self.doc[newline:position]:
            if token.pos_ != "NOUN" or self.quoted[token.i] or token.dep_ == "compound" or token.i in self.resolved:
                continue
            if fold(self.lexicon.lemma(token)) != head or any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in token.children):
                continue  # an introduction is indefinite: `a retired fisherman`, `one resident`
            if self._named_in_apposition(token) is None:
                return True
        return False

    def _could_be(self, person: Person, described: Description) -> bool:
        """Whether nothing the text said of a person rules out a description of them, and the
        text may have shown them to be a person: a gender, a title, a name of two words that is
        not a country's. (Without an entity recogniser, `Saudi Arabia` may stand among people.)"""
        if person.kind != "person" or not _agrees(person, described.gender):
            return False
        titled = any(w in self.lexicon.titles or w in self.lexicon.roles or w in self.words.gendered for w in person.title_words)
        if person.gender is None and not titled and all(len(form) == 1 for form in person.forms):
            return False  # `Commission`: one word the text never showed to be a person's
        if any(self.lexicon.place(" ".join(form)) for form in person.forms):
            return False  # `Saudi Arabia`
        if all(" ".join(form).isupper() for form in person.forms):
            return False  # `USA TODAY`: letters in capitals name a body
        ages = {f for f in person.features if f.startswith("age:")}
        if described.age is not None and ages and f"age:{described.age}" not in ages:
            return False
        places = {p for p in (self.lexicon.place(m) for m in described.modifiers) if p}
        if places and person.places and not person.places & places:
            return False
        parties = {self.words.parties[m] for m in described.modifiers if m in self.words.parties}
        theirs = {self.words.parties[w] for w in person.title_words | {f[4:] for f in person.features if f.startswith("mod:")}
                  if w in self.words.parties}
        if parties and theirs and not parties & theirs:
            return False  # `the Democratic front-runner` is not the Republican
        head = described.head
        if head is not None and head in self.lexicon.roles:
            held = {w for w in person.title_words | {f[5:] for f in person.features if f.startswith("word:")} if w in self.lexicon.roles}
            if held and not self._holds_role(person, head, {head}):
                return False  # `the senator` is not the treasurer
        return True

    def _employer(self, noun: Token) -> Person | None:
        """The organisation a person noun works `at` or speaks `for` (`Analysts at X`, `a
        spokeswoman for the operator`), or the person a spokesperson speaks for (`a spokeswoman
        for the minister`), when the mention names no person."""
        if noun.pos_ != "NOUN" or self._document_noun(noun) is not None:
            return None
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("at", "for"):
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = self._entity(source) if source is not None else None
                if found is not None and (found.kind == "organisation" or child.lower_ == "for" and self._speaks_for_others(noun)
                                          and self._shown_a_person(found)):
                    return found  # `a spokeswoman for the minister` speaks the minister's words
        return None

    def _shown_a_person(self, person: Person) -> bool:
        """Whether the text told a person's gender or gave them a title or a role."""
        titled = any(w in self.lexicon.titles or w in self.lexicon.roles for w in person.title_words)
        return person.kind == "person" and (person.gender is not None or titled)

    def _speaks_for_others(self, noun: Token) -> bool:
        """Whether a noun names one whose words are another's (`spokeswoman`, `press secretary`)."""
        word = fold(self.lexicon.lemma(noun))
        groups = [group for group in self.lexicon.role_groups if ("spokesperson",) in group]
        return any(variant[-1] == word for group in groups for variant in group)

    def _after_dateline(self, dateline: Token) -> Resolution:
        """A dateline (`PORT ELDRIN, Norway —`) is never a speaker; when the parser took it
        for the subject, the speaker is the first entity named after its dash."""
        sentence = dateline.sent
        dash = next((t.i for t in self.doc[dateline.i : sentence.end] if t.text in _DASHES), dateline.i)
        for token in self.doc[dash + 1 : sentence.end]:
            if token.i in self._datelines or token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
                continue
            found = self._entity(token)
            if found is not None:
                return Resolution(found.name, "explicit")
        return Resolution(None, "none")

    def _description_in(self, mention: Span) -> Description | None:
        """A mention read as a description: a definite one, or a bare singular noun of a
        headline (`… says hiker found after three days`)."""
        tokens = [t for t in mention if not t.is_space]
        if not tokens:
            return None
        described = self._description(mention)
        if described is None or (described.head is None and described.age is None):
            return None
        if described.head in self.words.documents:
            return None
        first = tokens[0]
        definite = first.lower_ in _DEFINITE or described.possessor is not None
        headline = self._in_first_line(mention.start)
        # a lower-case word the tagger took for a name in a headline (`says owner after …`) is a noun
        common = [t for t in tokens if t.pos_ in ("NOUN", "ADJ", "VERB") or t.pos_ == "PROPN" and t.text.islower()]
        bare_singular = headline and mention.root.tag_ in ("NN", "NNP") and mention.root.text.islower() and len(common) == len(tokens)
        return described if definite or bare_singular else None

    def _described(self, described: Description, position: int, forward: bool = True) -> tuple[Person | None, int]:
        """The entity a description refers to, and how many others fit it as well.

        An entity fits when something the text said of it matches (its head noun, or a word
        of the same organisation kind, or a role it holds, its age, or whose relation it is)
        and nothing contradicts it (another age, another gender, another place). Among those
        that fit best the one mentioned last before the description wins; a description
        before anyone fits (a headline) refers to the first entity introduced with it."""
        owner = None
        if described.possessor is not None:
            owner = self._possessor(described.possessor, position)
            if owner is None and self.name_words(described.possessor):
                return None, 0  # `Mbeki's brother` before we know of Mbeki's family
        scored = self._scored(described, owner, position)
        if not scored and owner is not None and described.possessor is not None and described.possessor.root.tag_ == "PRP$":
            # `her business partner` when `her` was taken for someone else: anyone's partner
            scored = [(score, where, p) for score, where, p in self._scored(described, None, position)
                      if any(f.startswith(f"of:{described.head}:") for f in p.features)]
        before = [s for s in scored if s[1] < position]
        if before:
            best = max(s[0] for s in before)
            top = [p for score, _, p in before if score == best]
            if len(top) > 1 and all(p.kind == "organisation" for p in top):
                top = self._latest_subjects(top, position) or top  # `X agreed to buy Y. The bank said`: X
            chosen = self._latest(top, position) or max((s for s in before if s[0] == best), key=lambda s: s[1])[2]
            return chosen, len(top) - 1
        if scored and forward:
            first = min(scored, key=lambda s: s[1])
            return first[2], len([s for s in scored if s[0] == first[0]]) - 1
        return None, 0

    def _scored(self, described: Description, owner: Person | None, position: int) -> list[tuple[int, int, Person]]:
        """(score, where first described, entity) for each entity the description fits."""
        scored = []
        for person in self.everyone:
            fit = self._fit(person, described, owner, position)
            if fit is not None:
                scored.append((fit[0], fit[1], person))
        return scored

    def _fit(self, person: Person, described: Description, owner: Person | None, position: int) -> tuple[int, int] | None:
        """How well a description fits an entity (None when it does not), and where the
        text first said what fits."""
        features = person.features
        where: list[int] = []
        score = 0
        if described.age is not None:
            ages = [f for f in features if f.startswith("age:")]
            if f"age:{described.age}" in features:
                where.append(features[f"age:{described.age}"])
                score += 2
            elif ages:
                return None
        if described.gender is not None and person.gender is not None and person.gender != described.gender:
            return None
        if described.gender is not None and person.kind == "organisation":
            return None
        if person.kind == "organisation" and described.modifiers and self._other_branch(person, described):
            return None  # `the defence ministry` is not `the foreign ministry`
        head = described.head
        if head is not None and owner is not None:
            relation = f"of:{head}:{id(owner)}"
            if relation not in features:
                return None
            where.append(features[relation])
            score += 3
        elif head is not None:
            held = self._head_fits(person, head, described)
            if held is not None:
                where.append(held)
                score += 2
            elif self._organisation_noun(head):
                unnamed = self._unknown_organisation(person, head, position)
                if unnamed is not None:
                    where.append(unnamed)
                    score += 1  # an organisation of no known kind fits, after one whose kind fits
        if not where:
            return None
        score += sum(1 for m in described.modifiers if f"word:{m}" in features or f"mod:{m}" in features or m in person.title_words)
        return score, min(where)

    def _head_fits(self, person: Person, head: str, described: Description) -> int | None:
        """Where the text first gave an entity the head noun of a description, or a noun of
        the same kind (organisations), or a role the head names; None when it never did."""
        if person.kind == "organisation":
            kinds = [p for f, p in person.features.items() if f.startswith("word:")]
            if head in self.words.generic_organisations and kinds:
                return min(kinds)  # `the company`: an organisation of any kind
            same = [p for f, p in person.features.items() if f.startswith("word:") and self.words.same_kind(f[5:], head)]
            return min(same) if same else None
        if f"word:{head}" in person.features:
            return person.features[f"word:{head}"]
        if head in self.lexicon.roles and self._holds_role(person, head, set(described.modifiers) | {head}):
            places = {p for p in (self.lexicon.place(m) for m in described.modifiers) if p}
            if places and person.places and not person.places & places:
                return None
            return -1  # a title given with the name, where the name stands
        return None

    def _other_branch(self, organisation: Person, described: Description) -> bool:
        """Whether an organisation named with modifiers (`foreign ministry`) has none of a
        description's own (`defence`)."""
        own = {f[4:] for f in organisation.features if f.startswith("mod:")}
        return bool(own) and not own & described.modifiers

    def _demonym(self, token: Token) -> tuple[str, str | None] | None:
        """`the Bulgarian`, `the Frenchman`: the country a definite noun of nationality names,
        and the gender its `-man`/`-woman` tells."""
        if token.i not in self._with_the:
            return None  # the test below, read from the Doc's arrays for all tokens at once
        if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or token.tag_ in ("NNS", "NNPS"):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        if any(c.dep_ in ("compound", "flat", "poss") or c.dep_ == "amod" and self._age_of(c) is None for c in token.children):
            return None  # `the 24-year-old Kenyan` keeps its age; `the Bulgarian striker` is not one
        word, gender = fold(token.text), None
        for ending in ("woman", "man"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                word, gender = word[: -len(ending)], self.words.gendered.get(ending)
                break
        if gender is None and not word.endswith(_NATIONALITY_ENDINGS) and word not in self.words.demonym_nouns:
            return None  # `the Kremlin`, `the Elysee`: a seat of government, not a nationality
        place = self.lexicon.place(word)
        return (place, gender) if place and place != word else None

    def _age_of(self, modifier: Token) -> int | None:
        """The age a modifier gives (`24-year-old`), or None."""
        found = _AGE.match(_words_text(list(modifier.subtree)))
        return int(found.group(1)) if found else None

    def _of_nationality(self, place: str, gender: str | None, position: int) -> Person | None:
        """Whom `the Bulgarian` means: a person the text gave that nationality, else (as sports
        and feature writing vary a name with a nationality it has not stated) the person last
        named as a subject just before, when their gender agrees and no other nationality is
        known for them."""
        age = next((a for a in map(self._age_of, self.doc[position].children) if a is not None), None)
        people = [p for p in self.everyone if p.kind == "person" and _agrees(p, gender) and _age_fits(p, age)]
        stated = [p for p in people if place in p.places]
        if stated:
            return self._latest(stated, position) or stated[-1]
        recent = self._order[bisect_left(self._order, position - 2 * _NEAR_REACH) : bisect_left(self._order, position)]
        # a subject first; else a name the parser left out of the clause (`X, signed in May, scored`)
        ordered = [i for i in reversed(recent) if self.resolved[i].salience >= 1]
        ordered += [i for i in reversed(recent) if self.resolved[i].salience == 0 and self.resolved[i].how == "explicit"
                    and self.resolved[i].person.gender is not None]  # a person's name, not `Ruaraka Stars`
        for i in ordered:
            resolved = self.resolved[i]
            person = resolved.person
            if person.kind == "person" and _agrees(person, gender) and not person.places and _age_fits(person, age):
                person.places.add(place)
                if age is not None:
                    person.describe(f"age:{age}", position)
                return person
        return None

    def _organisation_noun(self, head: str) -> bool:
        return head in self.words.organisation_nouns

    def _unknown_organisation(self, entity: Person, head: str, position: int) -> int | None:
        """Where an entity that may be the organisation a noun such as `the company` means was
        first mentioned: an organisation of no known kind (`Skyline Coachways`), or a name
        taken for a person's that has no given name, title, gender or description and was the
        subject of a clause (`Skyline Coachways will cut 600 jobs`). None for anyone else."""
        if entity.kind == "organisation":
            known = any(f.startswith("word:") for f in entity.features)
            return None if known else self._first_mention(entity, position)
        if head not in self.words.generic_organisations:
            return None  # only `the company`, `the firm` make a name without a given name a company's
        if entity.gender is not None or entity.title_words or entity.features:
            return None
        given = self.words.given_names
        if any(len(form) < 2 or fold(form[0]) in given for form in entity.forms):
            return None
        recent = self._order[bisect_left(self._order, position - 2 * _NEAR_REACH) : bisect_left(self._order, position)]
        subjects = [i for i in recent if self.resolved[i].person is entity and self.resolved[i].salience >= 1]
        return subjects[0] if subjects else None

    def _first_mention(self, entity: Person, position: int) -> int | None:
        return next((i for i in self._order if i < position and self.resolved[i].person is entity), None)

    def _holds_role(self, person: Person, role: str, words: set[str]) -> bool:
        if role in person.title_words:
            return True
        for group in self.lexicon.role_groups_of.get(role, ()):  # the groups where `said` can hold
            said = any(v[-1] == role and set(v[:-1]) <= words for v in group)
            held = any(set(v) <= person.title_words for v in group)
            if said and held:
                return True
        return False

    # --- documents --------------------------------------------------------------------------

    def _document_head(self, mention: Span) -> Token | None:
        root = mention.root
        pair = " ".join(fold(w) for w, _ in _words(mention)[-2:])
        if self._document_noun(root) is not None or pair in self.words.documents:
            return root
        return None

    def _author(self, document: Token) -> Person | None:
        """Whose document it is: the possessor (`His statement`, `the bank's report`), the
        entity after `from` or `by`, a name before it (`the FDA report`); else the author of
        the last document of its kind the text mentioned (`X issued a statement.` or `a report
        from X` … `The statement said`)."""
        author = self._direct_author(document)
        if author is not None:
            return author
        noun = self._document_noun(document)
        earlier = [(i, p) for i, word, p in self._authors if i <= document.i and word == noun]
        for token in self.doc[max(0, document.i - _PRONOUN_REACH) : document.i]:
            if not self.quoted[token.i] and token.pos_ == "NOUN" and self._document_noun(token) == noun:
                found = self._direct_author(token)
                if found is not None:
                    earlier.append((token.i, found))
        if earlier:
            return max(earlier, key=lambda item: item[0])[1]
        if any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in document.children):
            return self._recent_organisation(document.i)  # `the statement said`: one the reader knows of
        return None

    def _recent_organisation(self, position: int) -> Person | None:
        """The organisation the sentences just before `position` were about (named as a
        subject), which a document no one is said to have issued comes from."""
        for i in reversed(self._order[bisect_left(self._order, position - 2 * _NEAR_REACH) : bisect_left(self._order, position)]):
            resolved = self.resolved[i]
            if resolved.person.kind == "organisation" and resolved.salience >= 1:
                return resolved.person
        return None

    def _direct_author(self, document: Token) -> Person | None:
        for child in document.children:
            if child.dep_ == "poss":
                return self._possessor(noun_phrase(child), document.i)
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                source = next((c for c in child.children if c.dep_ == "pobj"), None)
                if source is not None:
                    return self._entity(source)
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                found = self._entity(child)
                if found is not None:
                    return found
            if child.dep_ == "acl":  # `a report published on Tuesday by the commission`
                for agent in (c for c in child.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                    source = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    found = self._entity(source) if source is not None else None
                    if found is not None:
                        return found
        return None

    def _document_noun(self, token: Token) -> str | None:
        """The document word a noun is (`filings` → `filing`), or None."""
        word = fold(self.lexicon.lemma(token))
        for form in (word, word.removesuffix("s")):
            if form in self.words.documents:
                return form
        return None

    def _entity(self, token: Token) -> Person | None:
        resolved = self.resolved.get(token.i)
        if resolved is not None:
            return resolved.person
        mention = self._mentions.get(token.i)
        if mention is not None:
            return mention
        name = self.name_words(noun_phrase(token))
        return self._lookup(name, token.i)[0] if name else None

    def _note_document(self, subject: Token, person: Person) -> None:
        """`X issued a statement`, `X released a report`: the document is X's."""
        if subject.dep_ not in _SUBJECTS:
            return
        for child in subject.head.children:
            documents = [child] if child.dep_ == "dobj" else []
            if child.dep_ == "prep" and child.lower_ in ("in", "through"):  # `X said in a statement`
                documents = [c for c in child.children if c.dep_ == "pobj"]
            for document in documents:
                noun = self._document_noun(document)
                if noun is not None:
                    self._authors.append((document.i, noun, person))


def _starts_at(person: Person, first: str) -> None:
    """`Deckhand Sione Taufa` then `Sione says`: the word the text calls a person by alone
    starts their name; what came before it (a job, capitalised at the start of a sentence) does
    not belong to it."""
    for k, form in enumerate(person.forms):
        if len(form) > 2 and person.kind == "person" and fold(form[1]) == fold(first):
            person.forms[k] = form[1:]


def _relative_antecedent(token: Token, lexicon: Lexicon) -> Token | None:
    """The person a relative `who` stands for: the noun its clause hangs from."""
    if token.lower_ not in lexicon.grammar.personal_relative or token.head.dep_ != "relcl":
        return None
    noun = token.head.head
    if noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # `Democrats in the Senate, who said …`: the parser hangs `who` from the nearer noun
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head  # `Marta Lind, a planner who said …`: the planner is Marta Lind
    return noun if noun.pos_ in ("PROPN", "NOUN") and noun.i < token.i else None


def _role_head(variant: tuple[str, ...]) -> str:
    """The noun a role's name turns on: `diplomat` in `top diplomat`, `secretary` in
    `secretary of state` (a description's head comes before its `of`)."""
    return variant[: variant.index("of")][-1] if "of" in variant[1:] else variant[-1]


def _age_fits(person: Person, age: int | None) -> bool:
    """Whether a person may be of an age: theirs, or any when the text gave them none."""
    ages = [f for f in person.features if f.startswith("age:")]
    return age is None or not ages or f"age:{age}" in ages


def _agrees(person: Person, gender: str | None) -> bool:
    return gender is None or person.gender is None or person.gender == gender


def _first_name_fits(person: Person, first: str) -> bool:
    """Whether a person may bear a first name: one of theirs, a short form of it (Chris,
    Christopher), a spelling one letter away (Jon, John), or any when none is known yet."""
    firsts = {fold(form[0]) for form in person.forms if len(form) > 1}
    return not firsts or any(_same_given_name(known, first) for known in firsts)


def _same_given_name(a: str, b: str) -> bool:
    if a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a))):
        return True
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) == len(long):
        return sum(x != y for x, y in zip(short, long, strict=True)) == 1
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))  # one letter more


def _words(span: Span | Sequence[Token]) -> list[tuple[str, Token]]:
    """The words of a span, with pieces joined by a hyphen kept as one (`co-owner`,
    `62-year-old`, `soft-spoken`), each with its last token."""
    words: list[tuple[str, Token]] = []
    for token in span:
        glued = words and token.i > 0 and not token.doc[token.i - 1].whitespace_
        if glued and (token.text == "-" or words[-1][0].endswith("-")):
            words[-1] = (words[-1][0] + token.text, token)
        else:
            words.append((token.text, token))
    return words


def _words_text(tokens: Sequence[Token]) -> str:
    return " ".join(w.lower() for w, _ in _words(tokens))


def _description(phrase: Span, lexicon: Lexicon, gendered: dict[str, str]) -> Description | None:
    """Read a noun phrase as a description: its head noun, modifiers, age and possessor.
    A possessor that names nobody (`the shop's owner`) is one more modifier."""
    tokens = [t for t in phrase if not t.is_space]
    possessor: Span | None = None
    owned: list[str] = []
    marker = next((k for k, t in enumerate(tokens) if t.tag_ == "POS" or t.text in ("'s", "’s")), None)
    if marker is not None and marker > 0:
        possessor = phrase.doc[tokens[0].i : tokens[marker - 1].i + 1]
        tokens = tokens[marker + 1 :]
        if possessor.root.pos_ == "NOUN" or lexicon.place(possessor.text):
            owned, possessor = [fold(lexicon.lemma(possessor.root))], None  # `the shop's`, `Spain's`
    elif tokens and tokens[0].tag_ == "PRP$":
        possessor = phrase.doc[tokens[0].i : tokens[0].i + 1]
        tokens = tokens[1:]
    while tokens and (tokens[0].dep_ == "det" or tokens[0].lower_ in ("a", "an", "the") or tokens[0].is_punct):
        tokens = tokens[1:]
    of = next((k for k, t in enumerate(tokens) if t.lower_ == "of"), None)
    if of:
        tokens = tokens[:of]  # `Secretary of State`, `the head of the agency`: the head comes before `of`
    words = [(w.lower(), t) for w, t in _words(tokens) if not t.is_punct or "-" in w]
    if not words:
        return None
    age = None
    kept = []
    for word, token in words:
        found = _AGE.match(word) or (_AGE_ALONE.match(word) if len(words) == 1 else None)
        if found and 0 < int(found.group(1)) < 120:
            age = int(found.group(1))
        else:
            kept.append((word, token))
    head: str | None = None
    if kept and kept[-1][1].pos_ in ("NOUN", "PROPN") and kept[-1][1].tag_ not in ("NNS", "NNPS"):
        word, token = kept[-1]
        head = word if "-" in word else fold(lexicon.lemma(token))
        kept = kept[:-1]
    elif kept:
        return None  # not a noun phrase one can describe someone with
    modifiers = frozenset(
        [w if "-" in w else fold(lexicon.lemma(t)) for w, t in kept if t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")] + owned
    )
    gender = gendered.get(head) if head else None
    return Description(head, modifiers, age, possessor, gender)


def _datelines(doc: Doc, newlines: Sequence[int] | None = None) -> frozenset[int]:
    """The tokens of datelines (`PORT ELDRIN, Norway —`, `KIRKVALE —`) and of lines written
    all in capitals (`FOR IMMEDIATE RELEASE`): words in capitals that start a line and end
    at a comma, a dash, a bracket or the line's end. A transcript's `SMITH:` is not one.
    `newlines`: `syntax.newline_tokens(doc)`, when the caller has them."""
    found: set[int] = set()
    newlines = newline_tokens(doc) if newlines is None else newlines
    starts = [0] + [i + 1 for i in newlines]
    for start in starts:
        run = []
        for token in doc[start:]:
            if token.is_space or not (token.text.isupper() or token.text == "." or token.text == "'"):
                break
            run.append(token)
        if not run or not any(t.is_alpha and len(t.text) > 1 for t in run):
            continue
        end = run[-1].i + 1
        follower = doc[end] if end < len(doc) else None
        if follower is None or follower.text in _DATELINE_ENDS or "\n" in follower.text or "\n" in run[-1].whitespace_:
            found.update(t.i for t in run)
            # `TRAVNIK, March 3 (Meridian News Agency) —`: all up to the dash is the dateline's
            rest = doc[end : min(len(doc), end + _DATELINE_TAIL)]
            dash = next((t.i for t in rest if t.text in _DASHES and t.i > end), None)
            if follower is not None and follower.text in (",", "(") and dash is not None and not _breaks(newlines, end, dash):
                found.update(range(end, dash + 1))
    return frozenset(found)


def _breaks(newlines: Sequence[int], start: int, end: int) -> bool:
    """Whether a line break stands in doc[start:end], given the Doc's `newline_tokens`."""
    return bisect_left(newlines, start) < bisect_left(newlines, end)


def _heads_of(doc: Doc, deps: Collection[str], lower: Collection[str] = (), *, left_only: bool = False) -> frozenset[int]:
    """The tokens with a child whose dependency is one of `deps` (and, when `lower` is given,
    whose lower-case form is one of those), before them with `left_only`: read from the Doc's
    arrays, as `any(c.dep_ in deps … for c in token.children)` asked of every token would."""
    if not len(doc):
        return frozenset()
    strings = doc.vocab.strings
    table = doc.to_array(["DEP", "LOWER", "HEAD"]).astype(np.int64)  # HEAD: the offset to the head, signed
    keep = np.isin(table[:, 0], np.array([strings[dep] for dep in deps], dtype=np.uint64).astype(np.int64))
    if lower:
        keep &= np.isin(table[:, 1], np.array([strings[word] for word in lower], dtype=np.uint64).astype(np.int64))
    keep &= table[:, 2] > 0 if left_only else table[:, 2] != 0
    children = np.flatnonzero(keep)
    return frozenset((children + table[children, 2]).tolist())


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
