"""Definite descriptions and appositions: reading them, and which entity one fits.

`description_at` and `description_in` read a mention as a description; `described_entity`
finds the entity it fits best (`fit_of`: a head noun, a role, an age, whose relation it is,
what kind of organisation) and how many others fit as well. `introduce` records, when the
walk meets a name, what the text says of its bearer around it (`X, 41, a doctor,`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Span, Token

from quotex.lexicon import fold
from quotex.parse.marks import paragraph_index
from quotex.parse.names import hyphened_surname
from quotex.parse.syntax import noun_phrase
from quotex.parse.tree import children, sentence_bounds
from quotex.people.entities import Description, Person
from quotex.people.mentions import (
    describe_phrase,
    document_noun,
    first_mention,
    in_byline,
    in_first_line,
    latest,
    latest_subjects,
    organisation_noun,
    resolved_since,
)
from quotex.people.naming import another_office, entity_at, holds_role, lookup, name_words, teams_ending
from quotex.people.pronouns import antecedent
from quotex.people.reading import (
    AGE,
    AGENT_ENDINGS,
    APPOSITION_STOPS,
    DEFINITE,
    NEAR_REACH,
    PRONOUN_REACH,
    SUBJECTS,
    apposed,
    words_of,
    words_text,
)
from quotex.people.registry import Registry


def possessor_of(reg: Registry, possessor: Span, position: int) -> Person | None:
    """Whose a description is: `her` (the person she stands for), `Okereme's` (Okereme)."""
    root = possessor.root
    if root.tag_ == "PRP$" or root.lower_ in reg.words.gendered and root.pos_ == "PRON":
        return antecedent(reg, position, reg.words.gendered.get(root.lower_))[0]
    name = name_words(reg, possessor)
    if name:
        return lookup(reg, name, position)[0]
    teams = teams_ending(reg, fold(root.text)) if root.pos_ == "PROPN" else []
    if len(teams) == 1:
        return teams[0]  # `The Kestrels' club account`: the team `Fenbridge Kestrels`
    # `the club's official account`: whose it is, by the description the text gives it
    definite = root.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in root.lefts)
    described = describe_phrase(reg, reg.doc[possessor.start : root.i + 1]) if definite else None
    if described is not None and described.head is not None and described.possessor is None:
        return described_entity(reg, described, position, forward=False)[0]
    return None


def appositions_after(reg: Registry, phrase: Span) -> list[Description | None]:
    """`X, 41,` · `X, a doctor,` · `X, 41, the shop's co-owner, …`: the words between the
    commas right after a name, each group up to a relative pronoun, a verb or a preposition."""
    doc = phrase.doc
    found: list[Description | None] = []
    comma = _past_participle_clause(phrase)
    while len(found) < 2 and comma < len(doc) and doc[comma].text == ",":
        tokens = _apposition_words(reg, doc[comma + 1 : comma + 12])
        if not tokens or not any(t.pos_ in ("NOUN", "NUM") or t.like_num for t in tokens):
            break
        if tokens[-1].pos_ == "NUM" and len(tokens) > 1 and not AGE.match(words_text(tokens)):
            break
        found.append(describe_phrase(reg, doc[tokens[0].i : tokens[-1].i + 1]))
        comma = tokens[-1].i + 1
    return found


def _past_participle_clause(phrase: Span) -> int:
    """Where the appositions after a name start: its comma, or the comma after a participle
    clause that hangs from it there (`X, known to all as Dodie, a former fisherman,`)."""
    doc = phrase.doc
    comma = phrase.end
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return comma
    verb = doc[comma + 1]
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or not phrase.start <= verb.head.i < phrase.end:
        return comma
    inside = {t.i for t in verb.subtree}
    for token in doc[verb.i + 1 : verb.i + 10]:
        if token.text == ",":
            return token.i
        if token.i not in inside or token.is_punct or token.is_sent_start:
            break
    return comma


def _apposition_words(reg: Registry, window: Span) -> list[Token]:
    """The words of one apposition group at the start of `window`: up to a relative pronoun, a
    verb or a preposition. None when the group is the subject of the verb that ends it
    (`X, the family said`: the family speaks; `X, a doctor, said`: a comma closes the group)."""
    tokens: list[Token] = []
    for token in window:
        if token.is_punct and token.text not in ("-", "'s", "’s") or token.lower_ in APPOSITION_STOPS:
            break
        if token.pos_ in ("VERB", "AUX", "ADP", "PRON") and token.tag_ != "PRP$" or reg.quoted[token.i]:
            if token.pos_ in ("VERB", "AUX") and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == token.i for t in tokens):
                return []
            break
        tokens.append(token)
    return tokens


def description_at(reg: Registry, token: Token) -> Description | None:
    """The description a token heads, when it is a definite one: `the 62-year-old`, `the
    minister`, `Russia's top diplomat`, `Okereme's brother`, `the carrier`."""
    if token.i not in reg.definite:
        return None  # the test below, read from the Doc's arrays for all tokens at once
    if token.dep_ == "compound" or token.tag_ in ("NNS", "NNPS"):
        return None
    if token.pos_ == "PROPN" and reg.lexicon.lemma(token) not in reg.lexicon.roles:
        return None
    if token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in token.lefts)
    if not definite:
        return None
    if token.pos_ == "ADJ" and not AGE.match(words_text(list(noun_phrase(token)))):
        return None
    described = describe_phrase(reg, noun_phrase(token))
    if described is not None and described.age is None:
        # `The actor, 29, says`: an age between commas belongs to the description
        ages = [d.age for d in appositions_after(reg, noun_phrase(token))[:1] if d is not None and d.head is None]
        if ages and ages[0] is not None:
            described = replace(described, age=ages[0])
    return described


def description_in(reg: Registry, mention: Span) -> Description | None:
    """A mention read as a description: a definite one, or a bare singular noun of a
    headline (`… says hiker found after three days`)."""
    tokens = [t for t in mention if not t.is_space]
    if not tokens:
        return None
    described = describe_phrase(reg, mention)
    if described is None or (described.head is None and described.age is None):
        return None
    if described.head in reg.words.documents:
        return None
    first = tokens[0]
    definite = first.lower_ in DEFINITE or described.possessor is not None
    headline = in_first_line(reg, mention.start)
    # a lower-case word the tagger took for a name in a headline (`says owner after …`) is a noun
    # (`Farmer says …`: a noun that opens the line; `says Kettlewick farmer`: a name before the noun)
    common = [t for t in tokens if t.pos_ in ("NOUN", "ADJ", "VERB") or t.pos_ == "PROPN" and (t.text.islower() or t.dep_ == "compound")]
    root = mention.root
    lower = root.text.islower() or root.pos_ == "NOUN" and root.i == 0 and root.text[1:].islower()
    bare_singular = headline and root.tag_ in ("NN", "NNP") and lower and len(common) == len(tokens)
    return described if definite or bare_singular else None


def named_in_apposition(reg: Registry, head: Token) -> Person | None:
    """The person a name in apposition gives a description (`Its chair, Ana Doe, said`):
    the name's own head, else any person named within the apposition."""
    for child in head.children:
        # `Their leader, Samir ibn Khalid al-Hassan,`: a surname with its particle, tagged as a
        # noun; `A reader, Piet from Birchfold Road,`: a given name tagged as one, already a mention
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or hyphened_surname(child, reg.lexicon) or child.i in reg.mentions):
            person = reg.mentions.get(child.i) or entity_at(reg, child)
            if person is not None:
                return person
            within = [reg.mentions[t.i] for t in child.subtree if t.i in reg.mentions]
            people = [p for p in within if p.kind == "person"]
            if people:
                return people[-1]
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            named = named_in_description(reg, child) or _named_within(reg, child)
            if named is not None:
                return named
    coordinated = _titled_name_coordinated(reg, head)
    if coordinated is not None:
        return coordinated
    return holder_beside(reg, head) if head.pos_ == "NOUN" or _capitalised_role(reg, head) else holder_after_domain(reg, head)


def _titled_name_coordinated(reg: Registry, head: Token) -> Person | None:
    """`Party candidate and former surgeon Ana Ruiz said`: two titles joined before one name,
    which the parser reads as a bare description and a name in coordination; a description
    with no article whose conjunct is a person's full name with a title noun of its own before
    it is that person (`The mayor and Ana Ruiz` are two people: an article, or no title)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    for conj in (c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > head.i):
        if any(c.dep_ == "det" or c.tag_ == "PRP$" for c in conj.lefts):
            return None
        if not any(t.pos_ == "NOUN" and t.dep_ in ("compound", "amod", "nmod") for t in conj.lefts):
            return None
        person = reg.mentions.get(conj.i) or entity_at(reg, conj)
        if person is not None and person.kind == "person" and any(len(f) > 1 for f in person.forms):
            return person
    return None


def _capitalised_role(reg: Registry, head: Token) -> bool:
    """`"…," the Treasurer of the rowing club said`: a role some news styles capitalise
    after its article, which the parser then tags as a name; it is the common noun it spells."""
    grammar = reg.lexicon.grammar
    determiners = grammar.definite_articles | grammar.indefinite_articles | grammar.possessive_determiners
    article = head.i > 0 and reg.doc[head.i - 1].lower_ in determiners
    return head.pos_ == "PROPN" and article and fold(head.text) in reg.lexicon.roles


def _named_within(reg: Registry, description: Token) -> Person | None:
    """`Outside court, the council's head of housing, Ifeanyi Brackwater, said`: the parser hangs
    the name of a description in apposition on the description's last noun (`housing`); a
    person's full name in apposition there, after a comma, is the one described."""
    for token in description.subtree:
        if token.dep_ != "appos" or token.pos_ != "PROPN" or token.i <= description.i:
            continue
        if token.left_edge.i == 0 or reg.doc[token.left_edge.i - 1].text != ",":
            continue
        person = reg.mentions.get(token.i)
        if person is not None and person.kind == "person" and any(len(f) > 1 for f in person.forms):
            return person
    return None


def named_in_description(reg: Registry, description: Token) -> Person | None:
    """`One of them, a nurse from the city named Ana Ruiz,`: the person a description in
    apposition goes on to name, as the object a participle (`named`, `called`) predicates;
    `Its lead author, the ecologist Ana Ruiz,` · `Outside court, the council's head of housing,
    Ana Ruiz,`: the person's name in apposition to the description itself, or right after it."""
    for child in (c for noun in _name_bearers(reg, description) for c in noun.children):
        # in apposition, or right after the noun whatever the parser took it for (`advmod`)
        beside = child.dep_ == "appos" or child.left_edge.i == description.i + 1
        if beside and child.pos_ == "PROPN" and child.i > description.i:
            person = reg.mentions.get(child.i) or entity_at(reg, child)
            if person is not None and person.kind == "person":
                return person
    for token in description.subtree:
        if token.dep_ == "oprd" and token.head.dep_ == "acl" and token.pos_ == "PROPN":
            person = reg.mentions.get(token.i) or entity_at(reg, token)
            if person is not None and person.kind == "person":
                return person
    return None


def _name_bearers(reg: Registry, description: Token) -> list[Token]:
    """The nouns a description's name may hang from: the description, and what it is of or for
    when that is no person (`the council's head of housing, Ana Ruiz,`: the parser hangs the
    name on `housing`; `a friend of the victim, Ana Ruiz,` names the victim)."""
    nouns = [description]
    for prep in (c for c in description.children if c.dep_ == "prep" and c.lower_ in ("of", "for")):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            word = fold(reg.lexicon.lemma(noun))
            person = word in reg.lexicon.roles or word in reg.words.gendered or word in reg.words.person_nouns
            if not person and not word.endswith(AGENT_ENDINGS):
                nouns.append(noun)
    return nouns


def holder_beside(reg: Registry, head: Token) -> Person | None:
    """`The mayor of Eastport, Ana Ruiz, said`, `A spokeswoman for Fenwick Rail, Tara Osei,`,
    `The spokeswoman for the operator, Ama Reyes,`, `The chair of governors, Rev. X,`: the parser
    hangs the name on the place, the body or the group; a person's full name there is the office holder's, also after a person named
    before (`A spokesman for Ruiz, Colm Adair,`). After a person's noun (`a spokeswoman for the
    mayor, Dora Fenn,`) the walk decides."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at", "in")):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if place.pos_ != "PROPN" and not (place.pos_ == "NOUN" and _holds_no_one_person(reg, place)):
                continue
            described = _described_beside(reg, place)
            if described is not None:
                return described
            if prep.lower_ == "in":
                continue  # `the mayor in Eastport, X`: only a description names its holder there
            for child in (c for c in place.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
                person = reg.mentions.get(child.i)
                body = entity_at(reg, place) if place.pos_ == "PROPN" else None
                if body is not None and body is person:
                    continue  # `a spokesman for Governor Ana Ruiz, …`: her own name
                if person is not None and person.kind == "person" and any(len(f) > 1 for f in person.forms):
                    return person
    return holder_after_domain(reg, head)


def _described_beside(reg: Registry, place: Token) -> Person | None:
    """`Her opponent in Eastport, the outgoing health minister Ana Ruiz, said`: the parser hangs
    a second description, with its holder's name, on the place or body the first one ends with;
    the person that description names (in full) is the one both describe."""
    for child in (c for c in place.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > place.i):
        person = named_in_description(reg, child)
        if person is not None and any(len(f) > 1 for f in person.forms):
            return person
    return None


def _holds_no_one_person(reg: Registry, noun: Token) -> bool:
    """Whether a common noun cannot be the one person a name in apposition to it names: a body
    (`the operator`), or a plural (`The chair of governors, Rev. X,`: one name is not many people)."""
    return noun.tag_ == "NNS" or organisation_noun(reg, fold(reg.lexicon.lemma(noun)))


def holder_after_domain(reg: Registry, head: Token) -> Person | None:
    """`Ambassador to the U.N. Corin Waddell said`: the parser takes the holder's name for the
    end of what the office is of or to; a title that heads the mention, then a person's name
    given in full ending the words after it, names that person; so does a capitalised body's
    name with a title right before the name (`Court of Queen's Bench Justice Ana Roe said`)."""
    titles = reg.lexicon.titles
    titled = head.pos_ == "PROPN" and (fold(head.text) in titles or reg.lexicon.lemma(head) in reg.lexicon.roles)
    if not titled and not (head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper()):
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "for")):
        for place in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
            person = reg.mentions.get(place.i)
            named = [t for t in place.lefts if t.i in reg.named_tokens]
            if person is None or person.kind != "person" or not named or not any(len(f) > 1 for f in person.forms):
                continue
            before = reg.doc[named[0].i - 1]
            if titled or before.text[:1].isupper() and fold(before.text).rstrip(".") in titles:
                return person
    return None


def described_entity(reg: Registry, described: Description, position: int, forward: bool = True) -> tuple[Person | None, int]:
    """The entity a description refers to, and how many others fit it as well.

    An entity fits when something the text said of it matches (its head noun, or a word
    of the same organisation kind, or a role it holds, its age, or whose relation it is)
    and nothing contradicts it (another age, another gender, another place). Among those
    that fit best the one mentioned last before the description wins; a description
    before anyone fits (a headline) refers to the first entity introduced with it."""
    owner = None
    if described.possessor is not None:
        owner = possessor_of(reg, described.possessor, position)
        if owner is None and name_words(reg, described.possessor):
            return None, 0  # `Okereme's brother` before we know of Okereme's family
    scored = score_all(reg, described, owner, position)
    if not scored and owner is not None and described.possessor is not None and described.possessor.root.tag_ == "PRP$":
        # `her business partner` when `her` was taken for someone else: anyone's partner
        scored = [(score, where, p) for score, where, p in score_all(reg, described, None, position)
                  if any(f.startswith(f"of:{described.head}:") for f in p.features)]
    if not scored and owner is not None:
        relative = same_family(reg, described, owner, position)
        if relative is not None:
            return relative, 0
    before = [s for s in scored if s[1] < position]
    if before:
        best = max(s[0] for s in before)
        top = [p for score, _, p in before if score == best]
        others = len(top) - 1
        speaking = _speaking_in_paragraph(reg, described, before, position)
        issuer = _issuer_among(reg, described, top)
        if speaking and speaking[0] not in top:
            top, others = speaking, 0
        elif issuer is not None:
            top, others = [issuer], 0
        elif len(top) > 1 and all(p.kind == "organisation" for p in top):
            top = latest_subjects(reg, top, position) or top  # `X agreed to buy Y. The bank said`: X
            others = len(top) - 1
        elif len(top) > 1:
            # `Doe rejected that, citing Roe. "…," the surgeon said`: Doe (the others still fit)
            top = paragraph_subject(reg, top, position) or top
        chosen = latest(reg, top, position) or max((s for s in before if s[0] == best), key=lambda s: s[1])[2]
        return chosen, others
    if scored and forward:
        first = min(scored, key=lambda s: s[1])
        return first[2], len([s for s in scored if s[0] == first[0]]) - 1
    return None, 0


def same_family(reg: Registry, described: Description, owner: Person, position: int) -> Person | None:
    """`Ana and Tom Reyes married in June. … "…," Ana said. Her husband …`: a close relative
    (`family_nouns`) of someone whom the text gave no such tie is the one other person named
    before it with the owner's family name, of no other gender; None when there are several."""
    if described.head not in reg.lexicon.grammar.family_nouns or owner.kind != "person":
        return None
    family = {form[-1] for form in owner.forms if len(form) > 1}
    relatives = [
        p for p in reg.everyone
        if p is not owner and p.kind == "person" and p.gender in (None, described.gender)
        and family & {form[-1] for form in p.forms if len(form) > 1} and first_mention(reg, p, position) is not None
    ]
    return relatives[0] if len(relatives) == 1 else None


def _speaking_in_paragraph(reg: Registry, described: Description, fitting: list[tuple[int, int, Person]], position: int) -> list[Person]:
    """`The current operator, X, said …. "…," the company said`: a word for a body of any
    kind (`the company`, `the group`) means the body its own paragraph made the subject before
    it, though another fits the word better (`The ferry company, then Y,` earlier on)."""
    if described.head not in reg.words.generic_organisations or described.possessor is not None:
        return []
    return paragraph_subject(reg, [p for _, _, p in fitting if p.kind == "organisation"], position)


def _issuer_among(reg: Registry, described: Description, fitting: list[Person]) -> Person | None:
    """`The company said …` in a press release: of several organisations a word for a body of
    any kind fits as well, the one that issued the release (`release_issuer`), whichever the
    paragraphs before named last (a customer quoted in the release is not its voice)."""
    if len(fitting) < 2 or described.head not in reg.words.generic_organisations or described.possessor is not None:
        return None
    issuer = release_issuer(reg)
    return issuer if issuer is not None and any(p is issuer for p in fitting) else None


def release_issuer(reg: Registry) -> Person | None:
    """The organisation a press release is from: the one its `About X` section, a paragraph of
    those words alone that a release ends with, is about. None for a joint release (two such
    sections) and for any other text."""
    text = reg.text
    issuers = []
    for start in reg.paragraph_starts:
        end = text.find("\n", start)
        words = text[start : end if end >= 0 else len(text)].split()
        if len(words) < 2 or words[0] != "About" or not all(w[:1].isupper() or not w[:1].isalpha() for w in words[1:]):
            continue
        issuers.append(next(iter(reg.by_key.get("org:" + fold(" ".join(words[1:])), ())), None))
    return issuers[0] if len(issuers) == 1 else None


def paragraph_subject(reg: Registry, candidates: list[Person], position: int) -> list[Person]:
    """Of several people a description fits, the one its own paragraph last named as a subject
    before it: the paragraph is about them, whoever it named after."""
    starts = reg.paragraph_starts
    if not starts:
        return []
    wanted = {id(p) for p in candidates}
    start = starts[paragraph_index(starts, reg.doc[position].idx)]
    return next(([r.person] for _, r in resolved_since(reg, start, position) if id(r.person) in wanted and r.salience >= 1), [])


def score_all(reg: Registry, described: Description, owner: Person | None, position: int) -> list[tuple[int, int, Person]]:
    """(score, where first described, entity) for each entity the description fits."""
    scored = []
    for person in reg.everyone:
        fit = fit_of(reg, person, described, owner, position)
        if fit is not None:
            scored.append((fit[0], fit[1], person))
    return scored


def fit_of(reg: Registry, person: Person, described: Description, owner: Person | None, position: int) -> tuple[int, int] | None:
    """How well a description fits an entity (None when it does not), and where the
    text first said what fits."""
    age = _fit_of_age(described, person.features)
    if age is None or _of_another_kind(reg, person, described):
        return None
    head = _fit_of_head(reg, person, described, owner, position)
    if head is None:
        return None
    where = [w for _, w in (age, head) if w is not None]
    if not where:
        return None  # neither an age nor a head noun the text gave the entity ties it to the description
    features = person.features
    score = age[0] + head[0]
    score += sum(1 for m in described.modifiers if f"word:{m}" in features or f"mod:{m}" in features or m in person.title_words)
    return score, min(where)


def _fit_of_age(described: Description, features: dict[str, int]) -> tuple[int, int | None] | None:
    """What a description's age adds to its fit (score, where the text told it), None when the
    entity has another age: an age told twice is the same one, so a different age rules it out."""
    if described.age is None:
        return 0, None
    told = f"age:{described.age}"
    if told in features:
        return 2, features[told]
    if any(f.startswith("age:") for f in features):
        return None
    return 0, None


def _of_another_kind(reg: Registry, person: Person, described: Description) -> bool:
    """Another gender; a gender for a body; `the defence ministry` is not `the foreign ministry`."""
    return bool(
        described.gender is not None and (person.kind == "organisation" or person.gender not in (None, described.gender))
        or person.kind == "organisation" and described.modifiers and other_branch(reg, person, described)
    )


def _fit_of_head(
    reg: Registry, person: Person, described: Description, owner: Person | None, position: int
) -> tuple[int, int | None] | None:
    """What a description's head noun adds to its fit (score, where the text said it), None when
    it rules the entity out: a head tied to an owner (`her rival`) must be a tie of that owner's,
    since the owner is what the description says of the entity; a head without one only adds."""
    head = described.head
    if head is None:
        return 0, None
    features = person.features
    if owner is not None:
        # `her rival` for `her opponent, X,`: a word of the same tie (role_synonyms.txt)
        ties = [f"of:{w}:{id(owner)}" for w in (head, *same_words(reg, head))]
        relation = next((t for t in ties if t in features), None)
        return (3, features[relation]) if relation is not None else None
    held = _held_head(reg, person, described, head, position)
    if held is not None:
        # the very word an apposition gave a body (`X, the industry's trade group,` … `The
        # group`) fits better than a body of any kind a generic word (`group`) may name
        return (3 if f"called:{head}" in features else 2), held
    if organisation_noun(reg, head):
        unnamed = unknown_organisation(reg, person, head, position)
        if unnamed is not None:
            return 1, unnamed  # an organisation of no known kind fits, after one whose kind fits
    return 0, None


def _held_head(reg: Registry, person: Person, described: Description, head: str, position: int) -> int | None:
    """Where the text first gave an entity the description's head (`head_fits`), when it is
    of the body meant: where the head fits is asked first, the body meant (which scores
    everyone again) only then."""
    held = head_fits(reg, person, head, described)
    return held if held is not None and _of_the_body_meant(reg, person, described, position) else None


def _of_the_body_meant(reg: Registry, person: Person, described: Description, position: int) -> bool:
    """`The board chair said`: a role whose modifier is a kind of body means that role of
    the body of that kind the text spoke of last; one the text tied to another body (`X chairs
    the Harbour Board`, before the Schools Board met) is not it. True when the text tied
    the person to no body in that role, or the modifier names no kind of body."""
    ties = [f for f in person.features if f.startswith(f"of:{described.head}:")]
    kinds = [m for m in described.modifiers if organisation_noun(reg, m)]
    if not kinds or not ties and f"mod:{kinds[0]}" not in person.features:
        return True
    body = described_entity(reg, Description(kinds[0], frozenset(), None, None, None), position, forward=False)[0]
    if body is None or f"of:{described.head}:{id(body)}" in ties:
        return True
    # a tie the text gave before the body was named is kept as the body's words (`mod:`): one
    # that names another body of the kind (`harbour` of the Harbour Board) is no tie to this
    mods = {f[4:] for f in person.features if f.startswith("mod:")}
    named = {fold(w) for form in body.forms for w in form}
    others = {fold(w) for other in reg.everyone if other is not body and f"word:{kinds[0]}" in other.features
              for form in other.forms for w in form}
    return not (mods & others) - named


def same_words(reg: Registry, head: str) -> list[str]:
    """The one-word variants of the groups of role_synonyms.txt a head noun is in (`rival` ->
    `opponent`)."""
    return [v[0] for group in reg.lexicon.role_groups_of.get(head, ()) for v in group if len(v) == 1 and v[0] != head]


def head_fits(reg: Registry, person: Person, head: str, described: Description) -> int | None:
    """Where the text first gave an entity the head noun of a description, or a noun of
    the same kind (organisations), or a role the head names; None when it never did."""
    if person.kind == "organisation":
        kinds = [p for f, p in person.features.items() if f.startswith("word:")]
        if head in reg.words.generic_organisations and kinds and not public_body_for_a_company(reg, person, head):
            return min(kinds)  # `the company`: an organisation of any kind
        same = [p for f, p in person.features.items() if f.startswith("word:") and reg.words.same_kind(f[5:], head)]
        return min(same) if same else None
    if head in reg.lexicon.roles and another_office(reg, person, head, set(described.modifiers) | {head}):
        return None  # `the chancellor` is not `Shadow chancellor Ana Roe`
    if f"word:{head}" in person.features:
        return person.features[f"word:{head}"]
    if head in reg.lexicon.roles and holds_role(reg, person, head, set(described.modifiers) | {head}):
        places = {p for p in (reg.lexicon.place(m) for m in described.modifiers) if p}
        if places and person.places and not person.places & places:
            return None
        return -1  # a title given with the name, where the name stands
    return None


def public_body_for_a_company(reg: Registry, organisation: Person, head: str) -> bool:
    """Whether `the company` (a word of a business) would be taken for an organisation every
    kind of which is a public body's (`Workers Local 88`, a union)."""
    if not reg.words.same_kind(head, "company"):
        return False  # `the group`, `the organisation`: any body
    kinds = [reg.words.organisation_names.get(f[5:], f[5:]) for f in organisation.features if f.startswith("word:")]
    return all(any(reg.words.same_kind(k, body) for body in reg.words.public_bodies) for k in kinds)


def other_branch(reg: Registry, organisation: Person, described: Description) -> bool:
    """Whether an organisation named with modifiers (`foreign ministry`) has none of a
    description's own (`defence`)."""
    own = {f[4:] for f in organisation.features if f.startswith("mod:")}
    return bool(own) and not own & described.modifiers


def unknown_organisation(reg: Registry, entity: Person, head: str, position: int) -> int | None:
    """Where an entity that may be the organisation a noun such as `the company` means was
    first mentioned: an organisation of no known kind (`Skyline Coachways`) or known only as a
    company when the noun names a trade (`the chipmaker`), or a name
    taken for a person's that has no given name, title, gender or description and was the
    subject of a clause (`Skyline Coachways will cut 600 jobs`). None for anyone else."""
    if entity.kind == "organisation":
        kinds = [f[5:] for f in entity.features if f.startswith("word:")]
        # `Quarrow Semiconductor Corp. … the chipmaker`: a company of no stated trade is of any
        # trade, but not a union's or a council's
        trade = head in reg.words.business_kinds and all(reg.words.same_kind(reg.words.organisation_names.get(k, k), "company") for k in kinds)
        return first_mention(reg, entity, position) if not kinds or trade else None
    if head not in reg.words.generic_organisations:
        return None  # only `the company`, `the firm` make a name without a given name a company's
    if entity.gender is not None or entity.title_words or entity.features:
        return None
    given = reg.words.given_names
    if any(len(form) < 2 or fold(form[0]) in given for form in entity.forms):
        return None
    recent = reg.order[bisect_left(reg.order, position - 2 * NEAR_REACH) : bisect_left(reg.order, position)]
    subjects = [i for i in recent if reg.resolved[i].person is entity and reg.resolved[i].salience >= 1]
    return subjects[0] if subjects else None


def may_describe(reg: Registry, person: Person | None, described: Description, head: Token) -> bool:
    """Whether a description that fits nobody by name may still be of the person a pronoun in
    its place would stand for: not when it is someone else's relative (`Her husband`, `Doe's
    brother`; `my mother` may be anyone the writer named), nor when the ages differ (`The
    actor, 29,` after `X, 23,`)."""
    if person is None or person.kind != "person":
        return False
    possessor = described.possessor.root if described.possessor is not None else None
    if possessor is not None and (possessor.lower_ in reg.words.gendered or possessor.pos_ == "PROPN"):
        return False
    age = described.age
    if age is None:  # `The actor, 29,`: an age in apposition
        age = next((d.age for d in appositions_after(reg, noun_phrase(head)) if d is not None and d.age is not None), None)
    ages = {f for f in person.features if f.startswith("age:")}
    return age is None or not ages or f"age:{age}" in ages


def holds_pronouns(reg: Registry, token: Token, described: Description) -> bool:
    """Whether a definite description is of a person: a role, a word for a relative or a
    person of some gender, an age; or the one who speaks in a cue (`The actor, 29, says`),
    when it names no kind of organisation, no group (`her family`) nor a document (what a
    passive cue's subject names is what was said: `Her death was announced`)."""
    word = fold(reg.lexicon.lemma(token))
    if word in reg.lexicon.roles or word in reg.words.gendered or described.age is not None:
        return True
    if described.head and (organisation_noun(reg, described.head) or described.head in reg.lexicon.grammar.collective_nouns):
        return False  # `her family said`: many who speak as one, never a later `she`
    return token.dep_ == "nsubj" and token.head.i in reg.cue_roots and document_noun(reg, token) is None


def introduce(reg: Registry, person: Person, token: Token) -> None:
    """Record the ages, appositions and relations the text gives around a name."""
    phrase = noun_phrase(token)
    position = phrase.start
    partner = apposed(token)
    if partner is not None and partner.i < token.i:
        position = min(position, partner.left_edge.i)  # `His uncle, X,`: whose uncle is read before X
    for description in [*_introductions(reg, token, phrase), *_described_before(reg, person, token)]:
        if description is not None:
            _record(reg, person, description, position)


def _described_before(reg: Registry, person: Person, token: Token) -> list[Description | None]:
    """The description of `lede_subject`, for a later `the former bursar`."""
    subject = lede_subject(reg, person, token)
    return [describe_phrase(reg, noun_phrase(subject))] if subject is not None else []


def lede_subject(reg: Registry, person: Person, token: Token) -> Token | None:
    """`A former school bursar who took … was sentenced Monday.` ⏎ `Jane Doe, 61, pleaded
    guilty …`: a paragraph that opens with a person described without a name, and names
    no one, is followed by one whose opening subject names that person (a news lede); the
    description's head noun (`bursar`) is that person's, as a name given later would be."""
    starts = reg.paragraph_starts
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ROOT" or person.kind != "person" or not starts:
        return None
    reports = token.head.i in reg.cue_roots and any(c.dep_ == "ccomp" for c in token.head.children)
    official = any(w in reg.lexicon.roles or w in reg.lexicon.titles or w in reg.words.person_nouns for w in person.title_words)
    if reports or official:
        return None  # `Police Chief Ana Doe said the man …`: an official who speaks of the lede's person
    index = paragraph_index(starts, token.idx)
    story = _story_paragraphs(reg, index, token.i)
    if not 0 < len(story) <= 2 or first_mention(reg, person, token.i) is not None:
        return None  # only a lede: the first paragraph, or the first after a headline
    opening = _first_token(reg, starts[index], token.i)
    previous = _first_token(reg, starts[story[-1]], token.i)
    if opening is None or previous is None or token.sent.start > opening.i:
        return None  # not the paragraph's first sentence
    if any(r.person.kind == "person" and r.how not in DESCRIBED for _, r in resolved_since(reg, starts[story[-1]], opening.i)):
        return None  # the paragraph before named someone: it was about them (`the then manager` names no one)
    sentence = previous.sent
    indefinite = reg.lexicon.grammar.indefinite_articles
    for subject in (t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == sentence.root.i and t.tag_ == "NN"):
        if reg.quoted[subject.i] or any(c.dep_ == "appos" for c in subject.children):
            continue
        if fold(subject.text) in reg.lexicon.unnamed_sources:
            continue  # `A senior official said …`: a source that stays unnamed
        if subject.left_edge.lower_ in indefinite:  # `A former school bursar`, the article hung on `school`
            return subject
    return None


def _story_paragraphs(reg: Registry, index: int, end: int) -> list[int]:
    """The paragraphs before paragraph `index` that are the story's: a byline (`By Ana Roe`)
    between a headline and the lede is the writer's name, no paragraph of the story."""
    found = []
    for at in range(index):
        first = _first_token(reg, reg.paragraph_starts[at], end)
        if first is None or not in_byline(reg, first.i):
            found.append(at)
    return found


def last_witness(reg: Registry, token: Token, described: Description) -> Person | None:
    """`X, a crane driver, told the inquest …` ⏎ … ⏎ `"…," the witness said`: `the witness`, which
    the text called no one, is the person it last had give evidence: the one who spoke with a
    verb of testimony (`testified`) or to a hearer of evidence (`told the tribunal`, `told
    Judge Roe`)."""
    if described.head not in reg.lexicon.grammar.witness_nouns or described.possessor is not None:
        return None
    for verb in reversed(reg.doc[max(0, token.i - PRONOUN_REACH) : token.i]):
        if verb.pos_ != "VERB" or reg.quoted[verb.i] or not _gives_evidence(reg, verb):
            continue
        witness = _who_spoke(reg, verb)
        if witness is not None:
            return witness
    return None


def _who_spoke(reg: Registry, verb: Token) -> Person | None:
    """The person a verb has speak: its subject, else (`X, a guard with the city parks
    office, told …`, the parser taking `parks` for a verb and giving X to it) the last person its
    sentence had as a subject before it."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None:
        resolved = reg.resolved.get(subject.i)
        return resolved.person if resolved is not None and resolved.person.kind == "person" else None
    start = reg.doc[sentence_bounds(verb)[0]].idx
    return next((r.person for _, r in resolved_since(reg, start, verb.i) if r.person.kind == "person" and r.salience >= 1), None)


def _gives_evidence(reg: Registry, verb: Token) -> bool:
    """Whether a verb gives evidence: one of testimony, or one whose object or `to`/`before`
    names a hearer of it (`told the tribunal`, `told Judge Roe`, `said before the inquiry`)."""
    grammar = reg.lexicon.grammar
    if fold(reg.lexicon.lemma(verb)) in grammar.testimony_verbs:
        return True
    if verb.i not in reg.cue_roots:
        return False
    hearers = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    hearers += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in grammar.hearer_prepositions for o in p.children if o.dep_ == "pobj"]
    for hearer in hearers:
        if fold(reg.lexicon.lemma(hearer)) in grammar.court_nouns:
            return True
        resolved = reg.resolved.get(hearer.i)
        if resolved is not None and any(f"word:{w}" in resolved.person.features or w in resolved.person.title_words for w in grammar.court_nouns):
            return True
    return False


DESCRIBED = ("descriptor", "focus")  # how a mention is resolved when the text gave no name there


def _first_token(reg: Registry, start: int, end: int) -> Token | None:
    """The first word at or after character `start`, before token `end`, past a dateline."""
    span = reg.doc.char_span(start, start + 1, alignment_mode="expand")
    first = span.start if span is not None and len(span) else end
    return next((t for t in reg.doc[first:end] if not (t.is_space or t.is_punct or t.i in reg.datelines)), None)


def _introductions(reg: Registry, token: Token, phrase: Span) -> list[Description | None]:
    """The descriptions the text gives beside a name: appositions, a description the name is
    in apposition to, words before it, an age before it, what a copula says it is."""
    described = appositions_after(reg, phrase)
    partner = apposed(token)
    if partner is not None and partner.lower_ in reg.lexicon.grammar.name_giving:
        partner = None  # `who gave only his first name, X`: a name is not what X is
    if partner is not None and partner.pos_ in ("NOUN", "PROPN") and partner.i < token.i:
        described.append(_owned_by_subject(reg, partner, describe_phrase(reg, noun_phrase(partner))))  # `Her partner, X,`
    elif partner is not None and partner.i < token.i:
        described.append(_one_of(reg, partner))  # `One of her apprentices, X,`
    for child in children(token):
        if child.dep_ == "appos" and child.i > token.i and child.pos_ == "NOUN":
            described.append(describe_phrase(reg, noun_phrase(child)))
    before = [t for t in phrase if t.i < token.i and t.i not in reg.named_tokens and t.pos_ in ("NOUN", "PROPN")]
    if before and before[0].i > 0 and phrase.doc[before[0].i - 1].lower_ == "of":
        before = []  # `Secretary of State X`: what the office is of, not what X is
    if before:  # `striker X`, `Manager X`; `his brother X`: whose brother too
        first = before[0].i
        owner = phrase.doc[first - 1] if first > phrase.start else None
        first -= 1 if owner is not None and owner.tag_ == "PRP$" else 0
        described.append(describe_phrase(reg, phrase.doc[first : before[-1].i + 1]))
    for start in (t for t in phrase if t.i < token.i and t.like_num):
        word, last = words_of(phrase.doc[start.i : min(token.i, start.i + 5)])[0]
        if AGE.match(word.lower()):  # `19-year-old Ana Ruiz`: an age given before the name
            described.append(describe_phrase(reg, phrase.doc[start.i : last.i + 1]))
    described.extend(_predicated(reg, token))
    return described


def describe_subject(reg: Registry, person: Person, token: Token) -> None:
    """Record what a clause says a pronoun's person is or acts as (`He boxed as a welterweight`,
    `She is a potter`), as for a name (`introduce`)."""
    if person.kind != "person":
        return
    for description in _predicated(reg, token):
        if description is not None:
            _record(reg, person, description, token.i)


def _predicated(reg: Registry, token: Token) -> list[Description | None]:
    """What a subject's clause says it is (`X is the shop's owner`) or acts as (`X served as mayor`)."""
    described: list[Description | None] = []
    if token.dep_ == "nsubj" and token.head.lower_ in reg.lexicon.grammar.copula_forms:
        for attr in (c for c in token.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"):
            described.append(describe_phrase(reg, noun_phrase(attr)))  # `X is the shop's owner`
    described.extend(_taken_on_as(reg, token))
    described.extend(_role_as_verb(reg, token))
    return described


def _role_as_verb(reg: Registry, token: Token) -> list[Description | None]:
    """`X coaches the Fenmoor Kestrels`, `X chairs the Eastport Trust`: a subject whose verb is a
    role noun (roles.txt, person_nouns.txt) used as a verb, with a named body for its object,
    holds that role of that body, as `the Kestrels' coach` or `the Fenmoor coach` later means."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i in reg.cue_roots:
        return []
    # the noun a present or past form is made from (`coaches`, `chaired`)
    role = reg.lexicon.role_verb_forms.get(fold(verb.text)) if verb.tag_ in ("VBZ", "VBD") else None
    if role is None or role not in reg.lexicon.roles and role not in reg.words.person_nouns:
        return []
    body = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if body is None:
        return []
    phrase = noun_phrase(body)
    words = frozenset(fold(t.text) for t in phrase if t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper())
    if not words or fold(body.text) not in words:
        return []  # `X coaches the team`: no body named
    return [Description(role, words, None, phrase, None)]


def _owned_by_subject(reg: Registry, noun: Token, description: Description | None) -> Description | None:
    """`She is survived by a son, X,` · `Doe leaves a daughter, X`: a relation given without a
    possessive, as the object of a clause, is the relation of the clause's subject, so that a
    later `her son` or `Doe's daughter` names X."""
    if description is None or description.possessor is not None or description.head is None:
        return description
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        verb = verb.head  # `survived by a son`
    elif noun.dep_ != "dobj":
        return description
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("PRON", "PROPN"):
        return description
    return replace(description, possessor=reg.doc[subject.left_edge.i : subject.i + 1])


def _one_of(reg: Registry, head: Token) -> Description | None:
    """`One of her apprentices, X,`: X is an apprentice (and whose, when the group is someone's)."""
    if head.lower_ != "one":
        return None
    group = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None)
    if group is None or group.pos_ != "NOUN" or group.tag_ != "NNS":
        return None
    described = describe_phrase(reg, noun_phrase(group))
    word = _singular(fold(group.text))
    possessor = next((c for c in group.children if c.dep_ == "poss"), None)
    owner = reg.doc[possessor.left_edge.i : possessor.i + 1] if possessor is not None else None
    modifiers = described.modifiers if described is not None else frozenset()
    return Description(word, modifiers, None, owner, reg.words.gendered.get(word))


def _singular(plural: str) -> str:
    """The singular of a plural noun, for a model with no lemmatizer (`apprentices`,
    `deputies`, `coaches`, `chairmen`)."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    if plural.endswith("ies") and len(plural) > 4:
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "sses", "xes")):
        return plural[:-2]
    return plural[:-1] if plural.endswith("s") else plural


def _taken_on_as(reg: Registry, token: Token) -> list[Description | None]:
    """What a name's subject is said to act as (`X took over as head teacher`, `X served as
    mayor`): the same introduction as `X is the head teacher`. Not when the verb has an object the `as` may describe instead (`X described the
    plan as a gamble`), nor in a passive (`X was seen as a reformer`: someone's view)."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lower_ in reg.lexicon.grammar.copula_forms:
        return []
    if verb.i in reg.cue_roots or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return []  # `X described the sight as …`, `X said as much`: what is said, not what X is
    found: list[Description | None] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            found.append(describe_phrase(reg, noun_phrase(obj)))
    return found


def _record(reg: Registry, person: Person, description: Description, position: int) -> None:
    """Record on a person what a description of them says, and the gender its possessive
    tells of whose relation they are."""
    owner = possessor_of(reg, description.possessor, position) if description.possessor is not None else None
    for feature in description.features(owner):
        person.describe(feature, position)
    if person.gender is None and description.gender is not None:
        person.gender = description.gender
    possessive = description.possessor.root.lower_ if description.possessor is not None else ""
    if owner is not None and owner.gender is None and owner.kind == "person" and possessive in reg.words.gendered:
        owner.gender = reg.words.gendered[possessive]  # `His grandfather, X,`: his is a man's
