"""Stage 1: the entities a document names, collected into its `Registry`.

Every person named outside quotations becomes a `Person`, keyed by surname (`add_form`), with
the titles and places the text gives around the name (`add_titles`); speakers the model did
not take for names and names in apposition to a person noun are people too. Organisations
(a name whose head is a kind of organisation, or that an apposition calls one), firms
(`Harwell & Quayle`) and bodies named by their owner (`Norvessa's interior ministry`) are
entities of kind `organisation`. A name the text only gives as a place is forgotten.
`COLLECTORS` lists the collectors in the order they run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from quotex.lexicon import fold
from quotex.parse.syntax import ORGANISATION_LABELS, noun_phrase, tokens_where
from quotex.parse.tree import children, span_root
from quotex.people.entities import Person, first_name_fits
from quotex.people.mentions import noun_named, organisation_noun, role_opening_a_line, subjects_of_cues, tokens_of
from quotex.people.naming import name_words
from quotex.people.reading import AGENT_ENDINGS, SUBJECTS, apposed, body_name, given_as_a_name, words_of
from quotex.people.registry import Registry


def collect(reg: Registry) -> None:
    """Stage 1: every entity the text names outside quotations, and the names that mention
    them, by the collectors `COLLECTORS` lists. Each reads what the ones before it found (an
    organisation takes back a name collected as a person's), so they run in that order."""
    for collector in COLLECTORS:
        collector(reg)


def names_of_people(reg: Registry) -> None:
    """Every person named outside quotations, grouped by surname."""
    for ent in reg.names:
        root = span_root(ent)
        if reg.quoted[root.i] or root.i in reg.datelines:
            continue
        words = name_words(reg, ent)
        if not words:
            continue
        person = _called_by_first_word(reg, words) or add_form(reg, words)
        reg.mentions[root.i] = person
        add_titles(reg, person, root)


def _called_by_first_word(reg: Registry, words: tuple[str, ...]) -> Person | None:
    """`Minister Lum` after `Ms Lum Qiao Wen`: a name of one word that no one named before
    bears as a surname but that opens the full name of exactly one person named before is that
    person, called by the word that comes first (a family name, where it comes first)."""
    if len(words) != 1 or any(p.kind == "person" for p in reg.by_key.get(reg.words.surname(words), ())):
        return None
    first = fold(words[0])
    bearers = [p for p in reg.everyone if p.kind == "person" and any(len(f) > 1 and fold(f[0]) == first for f in p.forms)]
    if len(bearers) != 1:
        return None
    if words not in bearers[0].forms:
        bearers[0].forms.append(words)
    return bearers[0]


def first_names_sharing_a_surname(reg: Registry) -> None:
    """`Ana and Tom Reyes`: a lone given name joined by `and` to a name of a given name and a
    surname is a person of that surname too (a couple, two siblings)."""
    doc = reg.doc
    for at, person in list(reg.mentions.items()):
        if person.kind != "person" or at < 3 or (doc[at - 1].text, doc[at].text) not in person.forms:
            continue
        joiner, first = doc[at - 2], doc[at - 3]
        if fold(joiner.text) not in reg.lexicon.grammar.name_conjunctions or reg.quoted[first.i] or first.i in reg.mentions:
            continue
        if first.pos_ != "PROPN" or first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
            continue  # `Mayor Doe and Ana Roe`: the end of a longer name
        names = (fold(first.text), fold(doc[at - 1].text))
        if not all(n in reg.words.given_names and reg.lexicon.place(n) is None for n in names):
            continue  # `between China and Western Europe`: places, whatever names they share
        reg.mentions[first.i] = add_form(reg, (first.text, doc[at].text))


def names_of_speakers(reg: Registry) -> None:
    """Speakers the model did not take for people still name someone ("…, Doe insisted that …")."""
    for token in subjects_of_cues(reg):
        if token.dep_ != "nsubj" or token.pos_ != "PROPN":
            continue
        if reg.quoted[token.i] or fold(token.text) in reg.by_key:
            continue
        if token.ent_type_ in ORGANISATION_LABELS or role_opening_a_line(reg, token):
            continue  # `Beekeeper tells inquiry …`: a headline's bare noun, no one's name
        phrase = noun_phrase(token)
        words = name_words(reg, phrase) if body_name(phrase) is None else ()
        if len(words) == 1 and len(reg.by_first_name.get(fold(words[0]), [])) == 1:
            continue  # `Rosa said`: the first name of someone named in full
        if words:
            add_form(reg, words)


def names_taken_up_by_a_pronoun(reg: Registry) -> None:
    """`Corrigeen needed no convincing. He has thrown pots …`: a lone proper noun, subject of its
    sentence, that the next sentence of its paragraph takes up with `he` or `she` as its own
    subject is a person's name (a surname the text never gives in full), not a place or a body."""
    sentences = list(reg.doc.sents)
    for sentence, following in zip(sentences, sentences[1:], strict=False):
        if "\n" in reg.doc[sentence.end - 1 : following.start + 1].text:
            continue  # another paragraph: a pronoun there need not take it up
        subject = next((t for t in sentence if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        taken_up = next((t for t in following if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if subject is None or taken_up is None or subject.pos_ != "PROPN":
            continue
        if reg.words.gendered.get(taken_up.lower_) is None or taken_up.pos_ != "PRON":
            continue
        if reg.lexicon.lemma(taken_up.head) in reg.lexicon.cue_verbs:
            continue  # `…, she said`: a statement's speaker, whom the sentence before need not be about
        if reg.quoted[subject.i] or fold(subject.text) in reg.by_key or subject.ent_type_ in ORGANISATION_LABELS:
            continue
        word = fold(subject.text)
        if word in reg.words.parties or word in reg.words.demonym_nouns or names_a_person_noun(reg, subject):
            continue  # `Democrat`, `Finn`, `Minister`: a description capitalised, no one's name
        phrase = noun_phrase(subject)
        words = name_words(reg, phrase) if body_name(phrase) is None else ()
        if len(words) == 1 and not reg.by_first_name.get(fold(words[0])):
            add_form(reg, words)


def names_beside_a_person_noun(reg: Registry) -> None:
    """`His wife, Ines,` · `her son, Leo,`: a lone proper noun beside a noun for a person; a
    capitalised given name the tagger took for a common noun too (`A reader, Aylah from X,`)."""
    for token in tokens_of(reg, pos=("PROPN", "NOUN")):
        if reg.quoted[token.i] or token.i in reg.mentions or fold(token.text) in reg.by_key:
            continue
        if token.pos_ != "PROPN" and not _given_name_as_noun(reg, token):
            continue
        partner = apposed(token) or _kin_before(reg, token)
        given = noun_named(token, reg.lexicon.grammar) if partner is None else None
        if given is not None and given.pos_ == "NOUN" and names_a_person_noun(reg, given):
            # `a retired nurse who gave her name only as Ulla`: the clause says it is her name
            person = add_form(reg, (token.text,))
            person.gender = person.gender or reg.words.gender_of_name(token.text)
            reg.mentions[token.i] = person
            continue
        if partner is None or partner.pos_ != "NOUN":
            continue
        if not (names_a_person(reg, partner) or a_person_by_first_name(reg, partner, token)):
            continue
        if any(c.dep_ in ("compound", "flat") and c.i != partner.i for c in token.children):
            # `Its chief technology officer, Ana Ruiz-Tell,`: a full name the model missed.
            parts = [t for t in token.lefts if t.dep_ in ("compound", "flat") and t.text[:1].isupper()]
            words = tuple(t.text for t in parts if t.i >= token.i - len(parts)) + (token.text,)
            # a word for a relative of a gender (`a daughter, Emi Roe,`) tells a person's name
            # even when its given name is not one we know
            relative = reg.words.gendered.get(fold(reg.lexicon.lemma(partner)))
            if len(words) < 2 or (reg.words.gender_of_name(words[0]) or relative) is None or token.ent_type_ in ORGANISATION_LABELS:
                continue
            person = add_form(reg, words)
            person.gender = person.gender or relative
        else:
            person = add_form(reg, (token.text,))
            person.gender = person.gender or reg.words.gender_of_name(token.text)
        reg.mentions[token.i] = person


def names_given_as(reg: Registry) -> None:
    """`one farmer, who gave only his first name, Anwar,`: a name a clause gives someone the
    text otherwise leaves unnamed, in apposition to `name`, is a person's, whose gender the
    possessive before `name` tells (after `as`, `names_beside_a_person_noun` reads it)."""
    for token in tokens_of(reg, pos=("PROPN",)):
        if token.pos_ != "PROPN" or reg.quoted[token.i] or token.i in reg.mentions:
            continue
        if not given_as_a_name(token, reg.lexicon) or any(c.dep_ in ("compound", "flat") for c in token.children):
            continue
        person = add_form(reg, (token.text,))
        noun = token.head
        told = next((reg.words.gendered.get(c.lower_) for c in noun.children if c.tag_ == "PRP$"), None)
        person.gender = person.gender or told or reg.words.gender_of_name(token.text)
        reg.mentions[token.i] = person


def forget_places(reg: Registry) -> None:
    """A name the text only ever gives as where something is (`above X`, `on X Mountain`,
    `a crew from X fire station`) names a place: nobody's antecedent, never a speaker. A
    name that starts with a given name or follows a title (`called on Jane Doe`, `on President
    Doe`) is a person's unless it ends with a word for a place (`Mountain`, `Street`)."""
    mentions: dict[int, list[Token]] = {}
    for i, person in reg.mentions.items():
        mentions.setdefault(id(person), []).append(reg.doc[i])
    for person in [p for p in reg.everyone if p.kind == "person"]:
        tokens = mentions.get(id(person), [])
        given = any(len(form) > 1 and fold(form[0]) in reg.words.given_names for form in person.forms)
        place = any(fold(form[-1]) in reg.words.place_endings for form in person.forms)
        titled = any(w in reg.lexicon.titles or w in reg.lexicon.roles for w in person.title_words)
        # `a resident of Cobble Lane`, `Tomas from Birchfold Road`: a name of no given name that ends
        # with a word for a place, only ever after a preposition, is where someone is from
        street = place and not given and not titled and all(_in_a_phrase(t) for t in tokens)
        if tokens and (street or (place or not given and not titled) and all(only_a_place(reg, t) for t in tokens)):
            forget(reg, person)
            for token in tokens:
                del reg.mentions[token.i]


def _in_a_phrase(token: Token) -> bool:
    """Whether a name is the object of a preposition (through the compounds it heads)."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj"


def only_a_place(reg: Registry, token: Token) -> bool:
    words = reg.lexicon.grammar
    head, through = token, False
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        through = through or head.head.pos_ == "NOUN"
        head = head.head
    if head.dep_ in SUBJECTS or head.dep_ != "pobj":
        return False
    preposition = head.head.lower_
    return preposition in words.locative_prepositions or (through and preposition in words.source_prepositions)


def names_a_person(reg: Registry, noun: Token) -> bool:
    word = fold(reg.lexicon.lemma(noun))
    if word in reg.words.gendered or word in reg.lexicon.roles:
        return True
    # `her neighbour, Tomas`, `his lawyer, Tom`; not `her spaniel, Rex`
    person_noun = word in reg.words.person_nouns or word in reg.lexicon.bodies or word.endswith(AGENT_ENDINGS)
    return person_noun and any(c.tag_ == "PRP$" for c in noun.children)


def _given_name_as_noun(reg: Registry, token: Token) -> bool:
    """A capitalised word inside a sentence, in apposition, that is a known given name."""
    if token.pos_ != "NOUN" or token.dep_ != "appos" or token.is_sent_start or not token.text[:1].isupper():
        return False
    given = fold(token.text)
    return given in reg.words.given_names or given in reg.words.rare_given_names


def names_a_person_noun(reg: Registry, noun: Token) -> bool:
    """A noun for a person: a role, a relative, a word for a person or one ending like one (`-er`)."""
    word = fold(reg.lexicon.lemma(noun))
    return word in reg.words.gendered or word in reg.lexicon.roles or word in reg.words.person_nouns or word.endswith(AGENT_ENDINGS)


def _kin_before(reg: Registry, token: Token) -> Token | None:
    """`with his brother Ansel`, `her daughter Mia`: a word for a relative right before a lone
    name, with a possessive before it, is who the name's bearer is."""
    before = reg.doc[token.i - 1] if token.i > 1 else None
    if before is None or before.dep_ != "compound" or before.head.i != token.i or before.lower_ not in reg.words.gendered:
        return None
    return before if reg.doc[token.i - 2].tag_ == "PRP$" else None


def a_person_by_first_name(reg: Registry, noun: Token, name: Token) -> bool:
    """`A reader, Ruth from X,` · `One viewer, Tomas,`: a person noun with an indefinite
    article (or `one`, which the parser reads as a number), and a given name in apposition,
    introduces someone by their first name."""
    word = fold(reg.lexicon.lemma(noun))
    if not (word in reg.words.person_nouns or word.endswith(AGENT_ENDINGS)):
        return False
    articles = reg.lexicon.grammar.indefinite_articles
    indefinite = any(c.dep_ in ("det", "nummod") and fold(c.text) in articles for c in noun.children)
    given = fold(name.text)
    return indefinite and (given in reg.words.given_names or given in reg.words.rare_given_names)


def add_form(reg: Registry, words: tuple[str, ...]) -> Person:
    """The person a form of a name names: a known bearer of the surname whose first name
    fits (or who has none yet), else a new person."""
    surname = reg.words.surname(words)
    bearers = reg.by_key.setdefault(surname, [])
    suffix = reg.words.suffix(words)
    given = len(words) - len(suffix) > 1  # `King Jr.` gives no first name
    first = fold(words[0]) if given and not all_surname(reg, words, bearers) else None
    fitting = [p for p in bearers if p.kind == "person" and (first is None or first_name_fits(p, first))
               and (not suffix or all(reg.words.suffix(f) in ((), suffix) for f in p.forms))]
    person = fitting[0] if fitting else None
    if person is None:
        person = Person(surname)
        bearers.append(person)
        reg.everyone.append(person)
    if words not in person.forms:
        person.forms.append(words)
    if person.gender is None and first is not None:
        person.gender = reg.words.gender_of_name(words[0])
    return person


def all_surname(reg: Registry, words: tuple[str, ...], bearers: Sequence[Person]) -> bool:
    """Whether a name of several words is a surname alone: it starts with a particle (`Mac
    Suibhne`, `De Luca`) that is no common given name, or is one before two more words, or
    ends a longer form of a person's name the text gave before (`Mac Suibhne` after `Orla
    Mac Suibhne`)."""
    first = fold(words[0])
    if first not in reg.words.surname_particles:
        return False
    if len(words) > 2 or first not in reg.words.given_names:
        return True
    folded = tuple(fold(w) for w in words)
    return any(len(f) > len(words) and tuple(fold(w) for w in f[-len(words) :]) == folded for p in bearers for f in p.forms)


def index_first_names(reg: Registry) -> None:
    reg.by_first_name = {}
    for person in reg.everyone:
        if person.kind != "person":
            continue
        # Every word before the surname: `Ioane` for `Deckhand Ioane Falaniko` when the job word
        # was taken into the name.
        for first in {fold(word) for form in person.forms for word in form[:-1]}:
            reg.by_first_name.setdefault(first, []).append(person)


def collect_organisations(reg: Registry) -> None:
    """Organisations the text names outside quotations: a proper name whose head is a
    noun for an organisation (`the Department of Health`, `Harbour Bank`), that an
    apposition calls one (`The airline, Skyward Air,`), or that the model took for one."""
    organisations = {ent.root.i for ent in reg.doc.ents if ent.label_ == "ORG"}
    for token in tokens_of(reg, pos=("PROPN",)):
        if token.pos_ != "PROPN" or reg.quoted[token.i] or token.dep_ in ("compound", "flat"):
            continue
        if token.i in reg.datelines:
            continue
        own_head = fold(token.text)
        kinds = [own_head, own_head[:-1]] if own_head.endswith("s") else [own_head]
        own_kind = next((k for k in kinds if k in reg.words.kind_words), None)
        phrase = noun_phrase(token)
        # `Fenmoor Estates`: a company; not `Edwin Pool`
        named = reg.words.organisation_word([t.text for t in phrase if t.pos_ == "PROPN" and t.i <= token.i])
        members = named_for_members(reg, token)
        # `the Grain Growers' Forum`: a body named for its members is one whatever its last word
        own_kind = own_kind or named or (own_head if members is not None else None) or _called_the_plural(reg, token)
        kind_word = organisation_apposition(reg, token)
        if own_kind is None and kind_word is None and token.i not in organisations:
            continue
        start = phrase.start
        while start > 0 and reg.doc[start - 1].pos_ == "PROPN" and reg.doc[start - 1].text[:1].isupper():
            start -= 1  # `Fenwick | Bank has agreed`: a name the parser cut in two is one
        start = max(_joined_place(reg, token, start), _after_kind_title(reg, token))
        phrase = reg.doc[start : phrase.end]
        words = _name_words(phrase, token)
        # a number may end a name (`Workers Local 88`), never start one
        grammar = reg.lexicon.grammar
        numbered = [w[:1].isupper() or k > 0 and (w.isdigit() or fold(w) in grammar.definite_articles) for k, w in enumerate(words)]
        if not words or not all(ok or w in grammar.organisation_joiners for ok, w in zip(numbered, words, strict=True)):
            continue
        key = "org:" + fold(" ".join(words))
        known = reg.by_key.get(key)
        if known:
            organisation = known[0]
        else:
            organisation = Person(key, [words], kind="organisation")
            reg.by_key[key] = [organisation]
            reg.everyone.append(organisation)
        _take_back(reg, organisation, [token.i] if members is None else [token.i, members.i])
        if phrase[0].i != token.i and token.dep_ == "conj" and token.head.i == phrase[0].i:
            reg.mentions[phrase[0].i] = organisation  # the subject of `Marsh and Fell Police said`
        named_as = own_head if named else None  # `the society`
        for word in {own_kind, kind_word, named_as} - {None}:
            organisation.describe(f"word:{word}", phrase.start)
        if kind_word is not None:
            organisation.describe(f"called:{kind_word}", phrase.start)  # by an apposition, not its name


def _called_the_plural(reg: Registry, head: Token) -> str | None:
    """`Fenbridge Otters won the league. … The Otters needed two goals`: a name ending in a
    capitalised plural that the text also calls `the Otters`, a whole noun phrase of its own,
    is a team's or a group's (`team`), never a person's (`the Adams family` goes on with a noun);
    not after a given name, a place, an article or a title (`Ana Dorrins`, `the Tolvern Times`,
    `Abbot Fennings`)."""
    word = head.text
    if len(word) < 4 or not word[:1].isupper() or not word.endswith("s") or word.endswith("ss") or head.ent_type_ in ORGANISATION_LABELS:
        return None  # a body the model knows keeps the name it has
    if fold(word) in reg.words.parties:
        return None  # `Ostland Liberals`: a party's members
    if head.i == 0 or reg.doc[head.i - 1].pos_ != "PROPN" or not reg.doc[head.i - 1].text[:1].isupper():
        return None  # `the Democrats`: a party's members, not a name of two words
    first = head.i - 1
    while first > 0 and reg.doc[first - 1].pos_ == "PROPN" and reg.doc[first - 1].text[:1].isupper():
        first -= 1
    article = first > 0 and fold(reg.doc[first - 1].text) in reg.lexicon.grammar.definite_articles
    if fold(reg.doc[first].text) in reg.words.given_names or reg.lexicon.place(reg.doc[first : head.i].text) or article:
        return None  # `Ana Dorrins`: a surname in -s after a given name; `the Tolvern Times`: a paper
    person = reg.mentions.get(head.i)
    titled = person is not None and any(w in reg.lexicon.titles or w in reg.lexicon.roles for w in person.title_words)
    if titled or person is not None and person.gender is not None:
        return None  # `Abbot Fennings`: a title tells a person
    doc = reg.doc  # the word's other places from the Doc's arrays, not a walk over every token per candidate
    if not any(i != head.i and i > 0 and fold(doc[i - 1].text) in reg.lexicon.grammar.definite_articles
               and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN")) for i in tokens_where(doc, text=(word,))):
        return None
    return "team"


def _take_back(reg: Registry, organisation: Person, tokens: Sequence[int]) -> None:
    """The organisation is what its words mention, not a person they were taken for (`Skyward
    Air`; `Grain Growers` of `the Grain Growers' Forum`)."""
    for i in tokens:
        person = reg.mentions.get(i)
        if person is not None and person is not organisation:
            forget(reg, person)
        reg.mentions[i] = organisation


def named_for_members(reg: Registry, head: Token) -> Token | None:
    """`Growers'` of `the Grain Growers' Forum`, `Dockworkers'` of `the Dockworkers' Federation`:
    a capitalised plural with the apostrophe alone, which names a body for its members (a
    person's name takes `'s`), before capitalised words that are no given name, title or role
    (not `Rovers' Kwame Doe`, `Belarus' Foreign Minister`), and that is no place."""
    for child in head.children:
        if child.dep_ != "poss" or child.pos_ != "PROPN" or not child.text[:1].isupper() or not child.text.endswith("s"):
            continue
        if not any(c.tag_ == "POS" and c.text in ("'", "’") for c in child.children) or reg.lexicon.place(child.text):
            continue
        owned = list(reg.doc[child.i + 2 : head.i + 1])
        words = {fold(t.text).rstrip(".") for t in owned}
        people = words & reg.words.given_names.keys() or words & (reg.lexicon.titles | reg.lexicon.roles)
        if owned and all(t.text[:1].isupper() for t in owned) and not people:
            return child
    return None


def _name_words(phrase: Span, head: Token) -> tuple[str, ...]:
    """The words of a body's name, without its article and punctuation; an apostrophe after a
    plural stays on its word (`Growers'`), and an article inside the name after its head stays
    (`the Office of the Data Commissioner`)."""
    words: list[str] = []
    for t in phrase:
        if t.tag_ == "POS" and t.text in ("'", "’") and words and t.i > phrase.start and t.doc[t.i - 1].text.endswith("s"):
            words[-1] += t.text
        elif not (t.dep_ == "det" and t.i < head.i or t.is_punct or t.tag_ == "POS" or t.is_space):
            words.append(t.text)
    return tuple(words)


def _after_kind_title(reg: Registry, head: Token) -> int:
    """`Ferry operator X said`, `developer X Holdings Ltd.`: a name starts after the lower-case
    kind written before it as a title, which is no part of it (0 when there is none); the name
    is the capitalised words that run back from its head."""
    doc = reg.doc
    first = head.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i == head.i and doc[first - 1].text[:1].isupper():
        first -= 1
    title = doc[first - 1] if first > 0 else None
    if title is None or title.dep_ != "compound" or title.head.i != head.i or not title.text.islower():
        return 0
    return first if fold(reg.lexicon.lemma(title)) in reg.words.kind_words else 0


def _joined_place(reg: Registry, head: Token, start: int) -> int:
    """Where an organisation's name starts when it is named after two places joined by `and`
    (`Marsh and Fell Police`): the parser makes the first place the subject and the body
    its conjunct, yet the name is one. The first place is one proper noun that is no body's
    name of its own: no kind of body, no abbreviation, no article."""
    doc = reg.doc
    if start < 2 or head.dep_ != "conj" or head.head.i != start - 2 or fold(doc[start - 1].text) not in reg.lexicon.grammar.name_conjunctions:
        return start
    first = doc[start - 2]
    word = fold(first.text)
    own = word in reg.words.kind_words or reg.words.organisation_word([first.text])
    # `the F.B.I. and … Sheriff Department`: an article or an abbreviation makes a body's name
    body = first.text.isupper() or "." in first.text or any(c.dep_ == "det" for c in first.children)
    if first.pos_ != "PROPN" or not first.text[:1].isupper() or own or body or any(c.dep_ in ("compound", "flat") for c in first.children):
        return start
    person = reg.mentions.get(first.i)
    if person is not None:
        forget(reg, person)
        del reg.mentions[first.i]
    return start - 2


def collect_partnerships(reg: Registry) -> None:
    """`Harwell & Quayle`: names joined by an ampersand name a firm, not people."""
    for amp in tokens_of(reg, text=("&",)):
        if amp.text != "&" or reg.quoted[amp.i] or amp.i == 0 or amp.i + 1 >= len(reg.doc):
            continue
        start, end = amp.i, amp.i + 1
        while start > 0 and reg.doc[start - 1].pos_ == "PROPN" and reg.doc[start - 1].text[:1].isupper():
            start -= 1
        while end < len(reg.doc) and reg.doc[end].pos_ == "PROPN" and reg.doc[end].text[:1].isupper():
            end += 1
        if start == amp.i or end == amp.i + 1:
            continue
        words = tuple(t.text for t in reg.doc[start:end])
        key = "org:" + fold(" ".join(words))
        known = reg.by_key.get(key)
        firm = known[0] if known else Person(key, [words], kind="organisation")
        if not known:
            reg.by_key[key] = [firm]
            reg.everyone.append(firm)
            firm.describe("word:firm", start)
        for token in (t for t in reg.doc[start:end] if t.i != amp.i):
            person = reg.mentions.get(token.i)
            if person is not None and person is not firm and person.kind == "person":
                forget(reg, person)
            reg.mentions[token.i] = firm


def first_words_of_organisations(reg: Registry) -> None:
    """`Brenlow Semiconductor Corp. …` then `Brenlow said` (or `Brenlow Semiconductor said`): a
    lone word the text gives no title, role or gender, that starts the name of one organisation
    it named, is that organisation's short name, even when the word is also a given name; so
    are several words that open its name, when the first is no given name."""
    for person in [p for p in reg.everyone if p.kind == "person"]:
        if not _short_name_of_a_body(reg, person):
            continue
        words = [fold(w) for w in person.forms[0]]
        bodies = [o for o in reg.everyone if o.kind == "organisation"
                  and any(len(f) > len(words) and [fold(w) for w in f[: len(words)]] == words for f in o.forms)]
        if len(bodies) != 1:
            continue
        forget(reg, person)
        for i in [i for i, p in reg.mentions.items() if p is person]:
            reg.mentions[i] = bodies[0]


POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})


def _short_name_of_a_body(reg: Registry, person: Person) -> bool:
    """Whether a person's name may be the opening words of an organisation's: no title, role or
    gender, and one word (`Brenlow`) or words that open with no known given name (`Marrick Mills`
    for `Marrick Mills Holdings`; `Ana Roe` of the `Ana Roe Foundation` stays a person)."""
    titles = person.title_words - POSSESSIVE_ENDINGS  # `Marrick Mills's chief`: the ending is no title
    if titles or person.gender is not None or len(person.forms) != 1:
        return False
    form = person.forms[0]
    return len(form) == 1 or fold(form[0]) not in reg.words.given_names and fold(form[0]) not in reg.words.rare_given_names


def collect_owned_bodies(reg: Registry) -> None:
    """Organisations a speaker's description names by whose they are: `Norvessa's interior
    ministry said` is an organisation, meant by a later `the ministry` or `it`."""
    for token in subjects_of_cues(reg):
        if token.pos_ not in ("NOUN", "PROPN") or not token.text.islower() or reg.quoted[token.i]:
            continue  # a lower-case head, even when tagged as a proper noun
        if token.dep_ not in SUBJECTS:
            continue
        head = fold(reg.lexicon.lemma(token))
        if head in reg.words.generic_organisations or not organisation_noun(reg, head):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or any(c.dep_ == "appos" for c in token.children):
            continue
        start = owner.left_edge.i
        possessor = reg.doc[start : owner.i + 1].text
        first = fold(reg.doc[start].text)
        if start < owner.i and reg.doc[start].is_sent_start and not reg.lexicon.place(possessor) and first not in reg.words.given_names:
            start += 1  # `Neighbouring Marrovia's ministry`: the sentence's first word, not the name's
        phrase = reg.doc[start : token.i + 1]
        name = phrase.text
        key = "org:" + fold(name)
        known = reg.by_key.get(key)
        body = known[0] if known else Person(key, [(name,)], kind="organisation")
        if not known:
            reg.by_key[key] = [body]
            reg.everyone.append(body)
        body.describe(f"word:{head}", phrase.start)
        for modifier in (c for c in token.children if c.dep_ in ("amod", "compound") and c.text.islower()):
            body.describe(f"mod:{fold(modifier.text)}", phrase.start)  # `interior`, `foreign`
        reg.mentions[token.i] = body


def forget(reg: Registry, person: Person) -> None:
    reg.everyone = [p for p in reg.everyone if p is not person]
    for bearers in reg.by_key.values():
        if person in bearers:
            bearers.remove(person)


def organisation_apposition(reg: Registry, root: Token) -> str | None:
    """The kind of organisation an apposition gives a name (`The airline, X,` · `X, the carrier,`),
    or a kind written before it as a title (`ferry operator X`)."""
    if shaped_as_a_person(reg, root):
        return None  # `its maker, Ana Ruiz, who …`: a maker, a founder may be a person
    others = [c for c in children(root) if c.dep_ == "appos"]
    # `Ferry operator X said`: a lower-case kind right before the name, as a title stands
    others += [c for c in root.lefts if c.dep_ == "compound" and c.i == root.i - 1 and c.text.islower()]
    if root.dep_ == "appos" and not spoken_for(reg, root):
        others.append(root.head)
    for other in others:
        word = fold(reg.lexicon.lemma(other))
        # `the nurses' union, NNU,`: the parser may tag a lower-case noun a proper noun
        if (other.pos_ == "NOUN" or other.text.islower()) and word in reg.words.kind_words:
            return word
    return None


def shaped_as_a_person(reg: Registry, name: Token) -> bool:
    """Whether a name is a person's by its shape: a known given name before the head, or a
    relative clause on `who` hanging from it (a body takes `which`)."""
    if starts_with_a_given_name(reg, name):
        return True
    return any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom", "whose") for w in c.lefts) for c in name.rights)


def spoken_for(reg: Registry, name: Token) -> bool:
    """`The spokeswoman for the operator, Ama Reyes,`: a person's name (it starts with a given
    name) in apposition to the body after `for`, `at`, `of` is the one who speaks for it."""
    body = name.head
    if body.dep_ != "pobj" or body.head.lower_ not in ("for", "at", "of"):
        return False
    return starts_with_a_given_name(reg, name)


def starts_with_a_given_name(reg: Registry, name: Token) -> bool:
    """Whether a name opens with a known given name: its first proper noun, or a capitalised
    word before it the tagger took for a common noun (`Ysmay Vantrel-Cordwyn`: a rarer
    given name before a surname it does not know reads to it as a noun's modifier)."""
    first = first_word(name)
    if first is not None and reg.words.gender_of_name(first.text) is not None:
        return True
    opening = name.doc[name.left_edge.i]
    return (
        opening.dep_ == "compound"
        and opening.pos_ == "NOUN"
        and opening.text[:1].isupper()
        and opening.head.i == name.i
        and reg.words.gender_of_name(opening.text) is not None
    )


def first_word(name: Token) -> Token | None:
    """The first word of a name its head stands for: the first proper noun compounded before
    the head, else the head itself when the parser hung the surname after it (`Ana Ruiz-Tell`
    with `Ruiz-Tell` a modifier of `Ana`)."""
    first = next((t for t in name.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"), None)
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    if first is None and after is not None and after.head.i == name.i and after.pos_ == "PROPN" and after.text[:1].isupper():
        return name
    return first


def add_titles(reg: Registry, person: Person, root: Token) -> None:
    """What the text calls a person around a name: "Russian Foreign Minister X", "X, the minister"."""
    phrases = [noun_phrase(root)]
    phrases += [noun_phrase(child) for child in children(root) if child.dep_ == "appos"]
    if root.dep_ == "appos":
        phrases.append(noun_phrase(root.head))
    for phrase in phrases:
        for word, token in words_of(phrase):
            if token.is_punct or token.is_space or token.pos_ == "PROPN" and token.i in reg.named_tokens:
                continue
            place = reg.lexicon.place(token.text)
            if place:
                person.places.add(place)
            if "-" in word:
                person.title_words.add(word)
            else:
                person.title_words.add(fold(reg.lexicon.lemma(token) if token.pos_ == "NOUN" else token.text))
    before = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    for token in [*noun_phrase(root), *([before] if before is not None else [])]:
        gender = reg.words.gendered.get(fold(token.text).rstrip("."))
        if not gender or token.i >= root.i or token.pos_ == "PRON":
            continue
        if person.gender is None or guessed(reg, person) and root.doc[token.i + 1].pos_ == "PROPN":
            person.gender = gender  # `Mrs. Doe`, `Mr Doe` (a title right before the name, not `King's Bench`)


def guessed(reg: Registry, person: Person) -> bool:
    """Whether the gender known of a person is only what a rare given name suggests (a share
    read from few bearers): a title the text gives them (`Ms Doe`) tells it, and wins. A common
    given name's gender stands: `Mrs Doe` after `Tom Doe` is more likely his wife."""
    words = reg.words
    return any(len(form) > 1 and fold(form[0]) not in words.given_names and words.gender_of_name(form[0]) == person.gender
               for form in person.forms)


def genders_told_by_the_subject_s_own(reg: Registry) -> None:
    """`Doe, who …, was kinder than his own coach` · `Doe blamed herself`: a reflexive pronoun,
    or a possessive before `own`, can stand only for the subject of its clause, so it tells
    that person's gender, over what a rare given name suggested (`guessed`) but never over
    what the text told otherwise."""
    grammar = reg.lexicon.grammar
    for token in tokens_of(reg, lower=tuple(reg.words.gendered)):
        following = token.nbor(1) if token.i + 1 < len(reg.doc) else None
        owns = token.tag_ == "PRP$" and following is not None and following.lower_ in grammar.own_words
        if reg.quoted[token.i] or not (owns or token.lower_ in grammar.reflexive_pronouns):
            continue
        subject = _subject_of_clause(reg, token)
        person = _person_named_by(reg, subject) if subject is not None else None
        if person is not None and person.kind == "person" and (person.gender is None or guessed(reg, person)):
            person.gender = reg.words.gendered[token.lower_]


def _person_named_by(reg: Registry, token: Token) -> Person | None:
    """The person a name's head names: its mention, else the one person whose surname it is
    (`Pellicott` after `Ana Pellicott`: the walk links it later, but it names her already)."""
    if token.i in reg.mentions:
        return reg.mentions[token.i]
    bearers = [p for p in reg.by_key.get(fold(token.text), ()) if p.kind == "person"]
    return bearers[0] if token.pos_ == "PROPN" and len(bearers) == 1 else None


def _subject_of_clause(reg: Registry, token: Token) -> Token | None:
    """The subject of the nearest verb above `token`, through a relative pronoun to the name it
    hangs from (`Doe, who runs her own shop`); None when that verb has none of its own (`urged
    him to look after himself`: the one urged is meant, and the parse does not show him)."""
    for verb in token.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in reg.lexicon.grammar.personal_relative and verb.dep_ == "relcl":
            subject = verb.head
        return subject
    return None


COLLECTORS: tuple[Callable[[Registry], None], ...] = (
    names_of_people,
    first_names_sharing_a_surname,
    index_first_names,  # what `names_of_speakers` reads
    names_of_speakers,
    names_taken_up_by_a_pronoun,
    names_beside_a_person_noun,
    names_given_as,
    genders_told_by_the_subject_s_own,
    collect_organisations,
    collect_partnerships,
    first_words_of_organisations,
    collect_owned_bodies,
    forget_places,
    index_first_names,  # again, without the people forgotten
)
