"""Names: the words of a personal name in a mention, and the entity they name.

`lookup` finds the bearer of a name among the collected entities (a surname several people
bear names the first introduced with a given name; a first name alone, the one who has it),
and how many others it could name. While the registry is built, a first name alone also cuts
the bearer's name at it (`entities.starts_at`), for the mentions after it; once it is built,
a lookup only reads.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from quotex.lexicon import fold
from quotex.parse.names import (
    glued_to,
    hyphened_surname,
    hyphened_word,
    mistagged_given_names,
    mistagged_surnames,
    name_capitalised,
    personal_name,
    word_text,
)
from quotex.parse.syntax import ORGANISATION_LABELS, noun_phrase
from quotex.parse.tree import span_root
from quotex.people.entities import Person, first_name_fits, starts_at
from quotex.people.registry import Registry


def name_words(reg: Registry, mention: Span) -> tuple[str, ...]:
    """The words of a personal name within a mention, titles and possessives left out."""
    root = glued_to(span_root(mention))  # `Min` of `Park Ji-woo`, whose head the parser made `woo`
    # `Marvellous Thorsby-Okafor` with `Marvellous` tagged as an adjective: the given name is the name's
    given_names = {t.i for t in mistagged_given_names([t for t in mention if t.pos_ == "PROPN"], reg.lexicon)}
    if root.i in given_names and root.i + 1 < mention.end:
        root = mention.doc[root.i + 1]  # and the parser made it the head: the surname after it is the name's
    # `"…," Pruitt said` with `Pruitt` tagged as a noun: a capitalised word that is a known
    # person's surname names them.
    # So does the first word of one person's name (`Oh said` after `Oh Seung-ah`), tagged as an
    # interjection.
    surname = root.pos_ in ("NOUN", "INTJ") and root.text[:1].isupper() and (
        known_surname(reg, root) or root.pos_ == "INTJ" and len(reg.by_first_name.get(fold(root.text), ())) == 1)
    # `said Saud al-Faisal` with `al-Faisal` tagged as a noun: a surname by its particle
    # (`"…," al-Faisal said`: alone, when it is the surname of someone the text named)
    surname = surname or hyphened_surname(root, reg.lexicon) and (mention.start < root.i or known_surname(reg, root))
    # `Baek Ji-hoon` with `Ji` tagged as a noun: a hyphened given name after a proper noun
    surname = surname or mention.start < root.i and hyphened_word(root)
    # `Marie-Odile Brisebois` with `Brisebois` tagged as a noun: a surname the text uses as a person's
    surname = surname or mention.start < root.i and root in mistagged_surnames([root.doc[root.i - 1]], reg.lexicon)
    if root.pos_ != "PROPN" and root.ent_type_ != "PERSON" and not surname:
        return ()
    if not name_capitalised(root, reg.lexicon) and not surname:
        return ()  # `the defence ministry` tagged as a proper noun is not a name
    if root.ent_type_ != "PERSON" and reg.lexicon.lemma(root) in reg.lexicon.roles:
        return ()  # "the Foreign Minister declared": a role, not a name
    if root.ent_type_ in ORGANISATION_LABELS and not known_surname(reg, root):
        return ()
    words: list[Token] = []
    for token in mention:
        if glued_to(token) is not token:
            continue  # `-jun` of `Min-jun`: written with the word it is glued to
        part = token.pos_ == "PROPN" or hyphened_surname(token, reg.lexicon) or hyphened_word(token)  # `al-Qadiri`, tagged as anything
        # `der` of `Ursula von der Leyden`, tagged as a noun: a particle inside the name
        part = part or token.i < root.i and token.text.islower() and token.text in reg.words.surname_particles
        part = part or token.i in given_names
        if token.i > root.i and not part:
            break
        if part or token.ent_type_ == "PERSON" or surname and token.i == root.i:
            words.append(token)
        else:
            words = []  # a name is the run of proper nouns that ends at the head
    if _described_by_article(reg, root, words):
        return ()
    words = personal_name(words, reg.lexicon)
    return tuple(word_text(t).rstrip("’'") for t in words if t.text not in ("'s", "’s", "'", "’"))


def _described_by_article(reg: Registry, root: Token, words: list[Token]) -> bool:
    """Whether an article makes a proper noun a description, not a personal name: an indefinite
    one before words that are no full name and name no one the text named (`a South Carolina
    Democrat`: one of many), a definite one before a lone word no one bears (`The Reeve,
    Cllr Ana Ó hAodha,`: a title; `the Kremlin`)."""
    articles = {fold(c.text) for c in root.children if c.dep_ == "det"}
    word = fold(root.text)
    if articles & reg.lexicon.grammar.indefinite_articles:
        # not one the text named (`an angry Hollande`, `a national Gallup Poll`), nor a full
        # name (`a young Jane Ellis Doe`)
        run = [t for t in root.doc[root.left_edge.i : root.i + 1] if t.pos_ == "PROPN"]  # the whole name, not a span cut short
        full = len(run) > 1 and fold(run[0].text) in reg.words.given_names
        return not (full or reg.by_key.get(word) or reg.by_key.get("org:" + fold(" ".join(t.text for t in words))))
    if len(words) != 1 or not articles & reg.lexicon.grammar.definite_articles:
        return False
    if reg.by_key.get(word) or reg.by_key.get("org:" + word) or reg.by_first_name.get(word):
        return False  # a name the text gave someone before
    # the article right before the word, and the word no short name of a body (`the OSCE`)
    before = root.doc[root.i - 1] if root.i > 0 else None
    return before is not None and fold(before.text) in reg.lexicon.grammar.definite_articles and not organisations_starting(reg, word)


def organisations_starting(reg: Registry, word: str) -> list[Person]:
    """The organisations whose name of several words starts with a (folded) word."""
    return [p for p in reg.everyone if p.kind == "organisation" and len(p.forms[0]) > 1 and fold(p.forms[0][0]) == word]


def teams_ending(reg: Registry, word: str) -> list[Person]:
    """The teams (`Fenbridge Otters`) whose name ends with a (folded) plural: `the Otters`."""
    return [p for p in reg.everyone if p.kind == "organisation" and "word:team" in p.features and len(p.forms[0]) > 1
            and word.endswith("s") and fold(p.forms[0][-1]) == word]


def known_surname(reg: Registry, token: Token) -> bool:
    return any(p.kind == "person" for p in reg.by_key.get(fold(token.text), []))


ADULT = 18  # a person the text gave a lower age is no `Mr` or `Mrs`


def by_honorific(reg: Registry, token: Token, person: Person, others: int) -> tuple[Person, int]:
    """`Mrs Vale said` after `Tom Vale, 15,` and `his mother, Jo Vale`: a surname several
    people bear, after an honorific that tells a gender, names the one of that gender the
    text mentioned last, passing over those it gave a child's age."""
    titles = [t for t in token.lefts if t.dep_ == "compound" and fold(t.text).rstrip(".") in reg.lexicon.titles]
    gender = reg.words.gendered.get(fold(titles[-1].text).rstrip(".")) if others and titles else None
    if gender is None:
        return person, others
    bearers = [p for p in reg.by_key.get(fold(token.text), []) if p.kind == "person" and p.gender == gender]
    adults = [p for p in bearers if not any(f.startswith("age:") and f[4:].isdigit() and int(f[4:]) < ADULT for f in p.features)]
    last = {id(reg.resolved[i].person): i for i in reg.order if i < token.i}
    mentioned = [p for p in adults if id(p) in last]
    if not mentioned:
        return person, others
    return max(mentioned, key=lambda p: last[id(p)]), len(bearers) - 1


def lookup(reg: Registry, name: tuple[str, ...], position: int) -> tuple[Person | None, int]:
    """The person a name names, and how many others it could name too."""
    bearers = [p for p in reg.by_key.get(reg.words.surname(name), []) if p.kind == "person"]
    suffix = reg.words.suffix(name)
    if len(name) > 1 and len(bearers) > 1:
        if len(name) > len(suffix) + 1:
            first = fold(name[0])
            fitting = [p for p in bearers if first_name_fits(p, first)]
            bearers = fitting or bearers
        # `King Jr.`, not `King Sr.`
        bearers = [p for p in bearers if any(reg.words.suffix(f) == suffix for f in p.forms)] or bearers
    if not bearers:
        if len(name) == 1:
            # A first name alone ("Jane said") names the one person who has it; the first
            # word of an organisation's name (`Brookfield` for `Brookfield Mutual`), that one;
            # the plural that ends a team's name (`Otters` for `Fenbridge Otters`), that team.
            matches = reg.by_first_name.get(fold(name[0]), [])
            if not matches:
                matches = organisations_starting(reg, fold(name[0])) or teams_ending(reg, fold(name[0]))
            if len(matches) == 1 and not reg.frozen:
                starts_at(matches[0], name[0])  # learnt while the registry is built, in text order
            return (matches[0], 0) if len(matches) == 1 else (None, 0)
        return None, 0
    if len(bearers) == 1:
        return bearers[0], 0
    # A surname that several people bear names the first of them the text introduced with a
    # given name (news calls the others by their full or first names); the others compete.
    given = reg.words.given_names
    named = [p for p in bearers if any(len(f) > 1 and fold(f[0]) in given for f in p.forms)]
    return (named or bearers)[0], len(bearers) - 1


def entity_at(reg: Registry, token: Token) -> Person | None:
    resolved = reg.resolved.get(token.i)
    if resolved is not None:
        return resolved.person
    mention = reg.mentions.get(token.i)
    if mention is not None:
        return mention
    name = name_words(reg, noun_phrase(token))
    if not name:
        return None
    return lookup(reg, name, token.i)[0] or bearer_of_the_whole_name(reg, token, name)


def bearer_of_the_whole_name(reg: Registry, token: Token, words: tuple[str, ...]) -> Person | None:
    """`Their leader, Ana bin Saleh al-Roe, said`, the parser hanging `al-Roe` apart from the
    words before it: the words of a personal name the text gives whole are its bearer's, though
    the phrase the parser made of them (`Ana bin Saleh`) names no one."""
    name = next((n for n in reg.names if n.start <= token.i < n.end), None)
    if name is None or len(name) <= len(words):
        return None  # not a name cut short
    person = reg.mentions.get(span_root(name).i)
    if person is None or person.kind != "person":
        return None
    return person if set(words) <= {word for form in person.forms for word in form} else None


def shown_a_person(reg: Registry, person: Person) -> bool:
    """Whether the text told a person's gender or gave them a title or a role."""
    titled = any(w in reg.lexicon.titles or w in reg.lexicon.roles for w in person.title_words)
    return person.kind == "person" and (person.gender is not None or titled)


def another_office(reg: Registry, person: Person, role: str, words: set[str] | frozenset[str]) -> bool:
    """Whether the text gave a person the very role a description names (`role`) with a word
    that makes it another office (`Shadow chancellor Ana Roe`, `the deputy mayor, Ana Roe`)
    that the description's `words` do not say: `the chancellor` is not the shadow chancellor.
    A description by another word (`the prosecutor` for a deputy district attorney) says what
    both offices are."""
    theirs = person.title_words | {f[4:] for f in person.features if f.startswith("mod:")}
    return role in theirs and bool((reg.words.other_office_words & theirs) - words)


def holds_role(reg: Registry, person: Person, role: str, words: set[str]) -> bool:
    """Whether a person holds the role a description (`words`, its head `role`) names. A role
    the text gave with a word that makes it another office (`Shadow chancellor Ana Roe`,
    `deputy mayor`) is not the bare role (`the chancellor`), unless the description says it too."""
    if another_office(reg, person, role, words):
        return False
    if role in person.title_words:
        return True
    for group in reg.lexicon.role_groups_of.get(role, ()):  # the groups where `said` can hold
        said = any(v[-1] == role and set(v[:-1]) <= words for v in group)
        held = any(set(v) <= person.title_words for v in group)
        if said and held:
            return True
    return False
