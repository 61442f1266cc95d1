"""Stage 2: every mention outside quotations, in document order, read against what came before.

A reader meets a text in order, and so does this walk: a pronoun stands for someone named
before it, a description for someone introduced before it. Each mention the walk resolves
is stored in `Registry.resolved` (with its salience and how it was found) and is what later
mentions look back at, so the walk is one pass and its order is the text's. What the text
tells of an entity as it goes is recorded on the entity then, and read by the mentions after
it: an introduction's ages and appositions (`introduce`), the gender a lone `she` tells, a
description that names the person in focus, a name that `the company` shows to be a
company's, a nationality (`focus.learn_nationality`), the word a name starts at
(`naming.lookup`). That is why the walk is a stage of its own, run once when the registry is
built, and why `resolvers.resolve` runs only after it, over the registry frozen: it records
nothing.

`STEPS` declares, in order, the readings a mention may have; the first that claims the token
decides it (its answer may still be nobody).
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Token

from quotex.lexicon import fold
from quotex.parse.names import hyphened_surname, hyphened_word
from quotex.parse.syntax import noun_phrase, tokens_where
from quotex.parse.tree import sentence_bounds
from quotex.people.descriptions import (
    describe_subject,
    described_entity,
    description_at,
    holder_after_domain,
    holds_pronouns,
    introduce,
    last_witness,
    lede_subject,
    may_describe,
    named_in_apposition,
    unknown_organisation,
)
from quotex.people.documents import doer_of, note_document, spokesperson_for
from quotex.people.entities import Description, Person, Resolved, Unnamed, agrees
from quotex.people.focus import (
    could_be,
    demonym_of,
    headline_subject,
    in_focus,
    learn_nationality,
    named_in_headline,
    of_nationality,
    of_party,
    party_of,
)
from quotex.people.mentions import (
    is_pronoun,
    organisation_noun,
    pronoun_gender,
    reporting_cue,
    salience,
    stray_subject_of,
)
from quotex.people.naming import by_honorific, lookup, name_words
from quotex.people.pronouns import addressed, antecedent, in_paragraph, pronoun_antecedent
from quotex.people.reading import DEFINITE, NEAR_REACH, PRONOUN_REACH, SUBJECTS, party_state_tag
from quotex.people.registry import Registry


class Found(NamedTuple):
    """A step's answer for a token it claims: the entity (None: nobody), how, and how many
    other entities fitted as well."""

    person: Person | None
    how: str
    others: int = 0

Step = Callable[[Registry, Token, Description | None], Found | None]


def walk(reg: Registry) -> None:
    """Resolve every mention in document order (see the module's docstring)."""
    # Only proper nouns, pronouns, the names found before and words with a definite article or
    # a possessor (descriptions, demonyms) can mention anyone: the other tokens are passed
    # over without being read.
    candidates = tokens_where(reg.doc, pos=("PROPN",), lower=tuple(reg.lexicon.pronouns))
    # A gendered pronoun a cue speaks to (`she asked him`) is the one addressed: who answers next.
    candidates += [i for i in tokens_where(reg.doc, lower=tuple(reg.words.gendered)) if addressed(reg, reg.doc[i])]
    for i in sorted(set(candidates).union(reg.mentions, reg.definite, reg.with_the)):
        token = reg.doc[i]
        if reg.quoted[token.i] or token.i in reg.datelines:
            continue
        described = description_at(reg, token)
        for step in STEPS:
            found = step(reg, token, described)
            if found is not None:
                break
        else:
            continue
        if found.person is not None:
            reg.resolved[token.i] = Resolved(found.person, found.how, salience(reg, token), found.others)
            reg.order.append(token.i)
            note_document(reg, token, found.person)


def organisation_named(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """A name collected as an organisation's (`Harbour Bank`); a body's name before a title
    and a person's name (`Court of Queen's Bench Justice Ana Roe said`) is that person's."""
    person = reg.mentions.get(token.i)
    if person is None or person.kind != "organisation":
        return None
    return Found(holder_after_domain(reg, token) or person, "explicit")


def description_with_name(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """A description with a name in apposition (`Its chair, Ana Doe, said`): the name's."""
    if described is None:
        return None
    named = named_in_apposition(reg, token)
    return Found(named, "explicit") if named is not None else None


def description(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """A definite description (`the 41-year-old`, `the company`): the entity it fits before it,
    else the person in focus when it speaks or tells an age, else the first it fits after it.
    A description of a person that fits nobody is kept for the pronouns after it."""
    if described is None:
        return None
    doer = _subject_acting_on(reg, token)
    person, others = _unless(doer, described_entity(reg, described, token.i, forward=False))
    answering = _answering(reg, token, described) if person is not None and person.kind == "person" else None
    if answering is not None and answering is not person:
        person, others = answering, 0
    how = "descriptor"
    if person is None:
        person, how, others = _fitted_otherwise(reg, token, described, doer, others)
    if person is not None:
        _company_after_all(reg, person, described, token)
    elif token.dep_ in SUBJECTS:
        _kept_for_pronouns(reg, token, described)
    return Found(person, how, others)


def _answering(reg: Registry, token: Token, described: Description) -> Person | None:
    """`B rejected that. "…," the surgeon said.`: a speaking description right after a quotation
    whose paragraph's sentence before it has one person as its main subject, whom the text
    described with nothing but a tie to someone (or with this noun), is that person answering,
    though the text called someone else of the paragraphs before by the noun."""
    if token.dep_ not in SUBJECTS or token.head.i not in reg.cue_roots or described.head is None:
        return None
    if organisation_noun(reg, described.head):
        return None  # `the network said`: a body's voice
    at = min((c.i for c in token.children if c.dep_ == "det"), default=token.i) - 1
    while at >= 0 and not reg.quoted[at]:
        if not (reg.doc[at].is_punct or reg.doc[at].is_space) or "\n" in reg.doc[at].text:
            return None  # right after the quotation: `"…," the surgeon said`
        at -= 1
    while at >= 0 and (reg.quoted[at] or reg.doc[at].is_quote):
        at -= 1  # back over the quotation to the sentence before it
    while at >= 0 and reg.doc[at].is_space and "\n" not in reg.doc[at].text:
        at -= 1
    if at < 0 or "\n" in reg.doc[at].text:
        return None  # the quotation opens its paragraph
    start, end = sentence_bounds(reg.doc[at])
    subjects = {id(r.person): r.person for i in reg.order[bisect_left(reg.order, start) : bisect_left(reg.order, end)]
                if (r := reg.resolved[i]).salience == 2 and r.person.kind == "person"}
    if len(subjects) != 1:
        return None
    person = next(iter(subjects.values()))
    relations = {f.split(":")[1] for f in person.features if f.startswith("of:")}  # `his colleague`: a tie, not a job
    words = {f[5:] for f in person.features if f.startswith("word:")} - relations
    return person if (not words or described.head in words) and could_be(reg, person, described) else None


def _fitted_otherwise(
    reg: Registry, token: Token, described: Description, doer: Person | None, others: int
) -> tuple[Person | None, str, int]:
    """When no entity before the description fits it, the readings after that, in order: the
    role the text gave someone (`_fitted_by_role`) before the person in focus, since a role
    names its holder even when another is in focus; the entity it fits after it only then,
    since a description mostly looks back; the headline last, being furthest from it. Returns
    the person, how it was found, and the count of the others it fits (the backward count
    unless the forward reading ran)."""
    person = _fitted_by_role(reg, token, described)
    if person is not None:
        return person, "descriptor", others
    person = _in_focus(reg, token, described)
    if person is not None:
        return person, "focus", others
    person, others = _unless(doer, described_entity(reg, described, token.i))
    if person is not None:
        return person, "descriptor", others
    person = _fitted_from_headline(reg, token, described)
    return person, "focus" if person is not None else "descriptor", others


def _fitted_by_role(reg: Registry, token: Token, described: Description) -> Person | None:
    """A description naming a role the text has given someone: who it names comes from what
    was done, not from who was mentioned last."""
    person = last_witness(reg, token, described)  # `the witness added`: who last told the tribunal
    if person is None:
        person = spokesperson_for(reg, token)  # `The spokeswoman said`: for a body, not the person in focus
    if person is None and described.head is not None and described.possessor is None:
        person = doer_of(reg, token, described.head)  # `the buyer said`: the body that agreed to buy
    return person


def _fitted_from_headline(reg: Registry, token: Token, described: Description) -> Person | None:
    """A description the body of the text leaves open may take up whom the headline is about:
    a story's first description often refers back to its headline, not to a sentence."""
    person = None
    if token.dep_ in SUBJECTS:
        person = headline_subject(reg, described, token)  # `The old coach watches` under `The coach who …`
    if person is None:
        person = named_in_headline(reg, described, token)  # `"…," the artist said` under `Review: X's ceramics`
    return person


def _kept_for_pronouns(reg: Registry, token: Token, described: Description) -> None:
    """A subject describing a person who fits no one stands for the pronouns after it, unless
    it may be the one such a pronoun would stand for anyway (`may_describe`); one that a
    quotation follows (`_speaks_next`) stands for them all the same."""
    if _speaks_next(reg, token, described) or holds_pronouns(reg, token, described) and not may_describe(
        reg, antecedent(reg, token.i, described.gender)[0], described, token
    ):
        reg.unnamed[token.i] = Unnamed(token.i, described.gender, salience(reg, token))


def _speaks_next(reg: Registry, token: Token, described: Description) -> bool:
    """`The younger twin said little. "…," she said.`: a description that fits no one, the
    subject of a main clause whose sentence a quotation follows, brings in the one who speaks
    there; the `she` after the quotation is that new person, not someone named before it."""
    if token.head.dep_ != "ROOT" or token.i + 1 >= len(reg.doc):
        return False
    if fold(reg.lexicon.lemma(token)) not in reg.words.person_nouns and not holds_pronouns(reg, token, described):
        return False  # `The result was a shock.`: no person
    ends = reg.lexicon.grammar.sentence_ends
    _, end = sentence_bounds(token)  # within the sentence: a text without full stops is not walked to its end each time
    for t in reg.doc[token.i + 1 : end]:
        if reg.quoted[t.i]:
            return False  # a quotation within the sentence: the description's own cue tells
        if t.text in ends:
            after = next((n for n in reg.doc[t.i + 1 : t.i + 4] if not n.is_space), None)
            return after is not None and (reg.quoted[after.i] or after.is_quote) and "\n" not in reg.doc[t.i + 1 : after.i].text
    return False


def _subject_acting_on(reg: Registry, token: Token, through_preposition: bool = False) -> Person | None:
    """The entity the subject of the verb whose object `token` is names (`Doe started the
    business in 1983`: Doe): not what that object describes, which would be `herself`; with
    `through_preposition`, an object of the verb's preposition too (`Doe worked for the firm`)."""
    if token.dep_ == "pobj" and through_preposition:
        verb = token.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
    elif token.dep_ == "dobj":
        verb = token.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    resolved = reg.resolved.get(subject.i) if subject is not None else None
    return resolved.person if resolved is not None else None


def _unless(doer: Person | None, found: tuple[Person | None, int]) -> tuple[Person | None, int]:
    """A description's entity, unless it is the one who acts on it (`_subject_acting_on`)."""
    return (None, 0) if doer is not None and found[0] is doer else found


def _in_focus(reg: Registry, token: Token, described: Description) -> Person | None:
    """The person in focus a speaking or aged description names; what it says of them is
    recorded on them."""
    speaks = token.dep_ in SUBJECTS and token.head.i in reg.cue_roots
    if not (speaks or described.age is not None):
        return None
    person = in_focus(reg, described, token)
    if person is not None:
        for feature in described.features(None):
            person.describe(feature, token.i)  # what the text now says of them
    return person


def _company_after_all(reg: Registry, person: Person, described: Description, token: Token) -> None:
    """`Skyline Coachways … the company said`: a name taken for a person's is a company's."""
    if person.kind != "person" or not described.head or not organisation_noun(reg, described.head):
        return
    # `The company he founded`: a company a person did something to, not a person who is one
    subjects = [w for c in token.children if c.dep_ == "relcl" for w in c.children if w.dep_ in SUBJECTS]
    if any(pronoun_gender(reg, w) in ("male", "female") for w in subjects):
        return
    if _subject_acting_on(reg, token, through_preposition=True) is person:
        return  # `X started the business in 1983`: a business X did something to, not X
    if unknown_organisation(reg, person, described.head, token.i) is not None:
        person.kind = "organisation"
        person.describe(f"word:{described.head}", token.i)


def demonym(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """`the Bulgarian`, `the Frenchwoman`: the person of that nationality; `the Republican`:
    the person of that party."""
    found = demonym_of(reg, token)
    if found is None:
        party = party_of(reg, token)  # `the Republican`: the one the text gave that party
        member = of_party(reg, party, token.i) if party is not None else None
        return Found(member, "descriptor") if member is not None else None
    person = of_nationality(reg, *found, token.i)
    if person is not None:
        learn_nationality(reg, person, found[0], token.i)
    return Found(person, "descriptor")


def name(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """A proper noun heading a name: the person it names, whose introduction is recorded."""
    # `Crown Prince Ana bin Rafiq al-Tamimi`: a surname with its particle heads a name whatever its tag
    proper = token.pos_ == "PROPN" or hyphened_surname(token, reg.lexicon) or hyphened_word(token)
    if not proper or (token.dep_ in ("compound", "flat") and token.ent_type_ != "PERSON"
                      and stray_subject_of(token) is None):  # `Doe laughs` read as a compound
        return None
    if token.dep_ in ("compound", "flat") and token.head.ent_type_ == "PERSON":
        return Found(None, "explicit")  # the head of the name speaks for it
    if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        # `The Fenmoor MP, Dame Ana Roe, told the Fenmoor Courier`: an article makes the proper
        # nouns a title (`Fenmoor` is no one's name), and the name in apposition says whose
        named = named_in_apposition(reg, token)
        if named is not None and named.kind == "person":
            return Found(named, "explicit")
    words = name_words(reg, noun_phrase(token))
    person, others = lookup(reg, words, token.i) if words else (None, 0)
    if person is not None:
        person, others = by_honorific(reg, token, person, others)
        introduce(reg, person, token)
        named_later(reg, person, token)
        named_after_the_lede(reg, person, token)
    return Found(person, "explicit", others)


def named_later(reg: Registry, person: Person, token: Token) -> None:
    """`"…," said the man beside me. ⏎ This was Ana Ruiz, …`: a name a demonstrative is said to
    be names the person the text described just before without a name (and the pronouns
    that stood for that description)."""
    grammar = reg.lexicon.grammar
    if token.dep_ != "attr" or token.head.lower_ not in grammar.copula_forms or person.kind != "person":
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in grammar.demonstratives for c in token.head.children):
        return
    described = [at for at, u in reg.unnamed.items() if token.i - NEAR_REACH <= at < token.i and u.at == at]
    if not described or not agrees(person, reg.unnamed[max(described)].gender):
        return
    _name_described(reg, person, max(described))


def named_after_the_lede(reg: Registry, person: Person, token: Token) -> None:
    """`A former finance manager accused of fraud told the court that …` ⏎ `Ana Roe, 47, faces
    charges …`: the lede's subject described without a name (`descriptions.lede_subject`) is the
    person the next paragraph opens with, and what the lede reports is theirs."""
    subject = lede_subject(reg, person, token)
    if subject is None or subject.i in reg.resolved or organisation_noun(reg, fold(reg.lexicon.lemma(subject))):
        return  # `A primary school … has been judged good` ⏎ `X Primary was …`: a body, whatever it was taken for
    if subject.i not in reg.unnamed:
        reg.resolved[subject.i] = Resolved(person, "descriptor", salience(reg, subject))
        insort(reg.order, subject.i)
    _name_described(reg, person, subject.i)


def _name_described(reg: Registry, person: Person, head: int) -> None:
    """The person a description at `head` that fitted no one turns out to be, for it and for
    the pronouns that stood for it."""
    for at, unnamed in list(reg.unnamed.items()):
        if unnamed.at == head:
            del reg.unnamed[at]
            reg.resolved[at] = Resolved(person, "descriptor" if at == head else "pronoun", unnamed.salience)
            insort(reg.order, at)


def subject_pronoun(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """`he`, `she`, `they` as a subject: the antecedent, whose gender it may tell."""
    if not is_pronoun(reg, token) or token.dep_ not in SUBJECTS:
        return None
    gender = pronoun_gender(reg, token)
    found, others = pronoun_antecedent(reg, token.i, gender)
    if isinstance(found, Unnamed):
        reg.unnamed[token.i] = Unnamed(found.at, found.gender, salience(reg, token))
        found = None
    if found is not None and found.gender is None and gender is not None and tells_gender(reg, token, found, others):
        found.gender = gender
    if found is not None:
        describe_subject(reg, found, token)  # `He boxed as a welterweight`
    return Found(found, "pronoun", others)


def tells_gender(reg: Registry, token: Token, person: Person, others: int) -> bool:
    """Whether a `he` or `she` tells the gender of the person it was taken for: the one person
    it can stand for (not in what that person is said to have said, when another of that gender
    was named before: `_of_someone_else_perhaps`), or, when it speaks (`she says`), the subject its own paragraph (or, opening
    one, the paragraph before) gave, as a reader takes it even when another name of no known
    gender stands near (`… founded by Zodwa Moyo. "…," she says.`). A later `he` is then
    someone else. A pronoun in any other clause may stand for an object (`X criticised Y after
    she …`), and tells no one's gender but the one person's it can stand for."""
    gender = pronoun_gender(reg, token)
    if others == 0:
        return not _of_someone_else_perhaps(reg, token, person, gender)
    return gender is not None and token.head.i in reg.cue_roots and in_paragraph(reg, token.i, gender) is person


def _of_someone_else_perhaps(reg: Registry, token: Token, person: Person, gender: str | None) -> bool:
    """Whether a pronoun stands in what `person` is reported to have said (`Y said she knew every
    plant`) while the text named someone else of its gender before (the woman the article is
    about, further back than a rival is counted): Y may speak of that other woman as well as of
    themself, so the pronoun tells nothing of Y's gender."""
    cue = reporting_cue(reg, token)
    if cue is None or gender is None:
        return False
    subjects = [reg.resolved.get(c.i) for c in cue.children if c.dep_ in SUBJECTS]
    if not any(r is not None and r.person is person for r in subjects):
        return False
    earlier = reg.order[bisect_left(reg.order, token.i - PRONOUN_REACH) : bisect_left(reg.order, token.i)]
    return any(reg.resolved[i].person is not person and reg.resolved[i].person.kind == "person"
               and reg.resolved[i].person.gender == gender for i in earlier)


def addressee(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """`she asked him`: whom she asked."""
    if not addressed(reg, token):
        return None
    gender = pronoun_gender(reg, token)
    person, others = antecedent(reg, token.i, gender, known_first=True, besides=speaker_of_cue(reg, token))
    return Found(person if person is not None and agrees(person, gender) else None, "pronoun", others)


def speaker_of_cue(reg: Registry, addressed: Token) -> Person | None:
    """The person the subject of the cue that speaks to `addressed` names (`her tutor told her`:
    the tutor): never the one addressed, who would be `herself`."""
    cue = addressed.head.head if addressed.dep_ == "pobj" else addressed.head  # `said to him`
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    resolved = reg.resolved.get(subject.i) if subject is not None else None
    return resolved.person if resolved is not None else None


def party_tag(reg: Registry, token: Token, described: Description | None) -> Found | None:
    """`Sen. Ana Roe, R-Wyo., said` · `Rep. Ed Fay (D-N.C.)`: a party-state tag is no one's name
    but the member's named right before it (past its bracket or comma), whom the parser may
    take for the one the tag names or who speaks."""
    if not party_state_tag(token, reg.words.party_initials):
        return None
    before = token.i - 1
    while before > 0 and reg.doc[before].text in ("(", ","):
        before -= 1
    resolved = reg.resolved.get(before)
    person = resolved.person if resolved is not None else reg.mentions.get(before)
    # after no person's name the shape alone says too little (`D-Day`): the other steps read it
    return Found(person, "explicit") if person is not None and person.kind == "person" else None


STEPS: tuple[Step, ...] = (
    party_tag,
    organisation_named,
    description_with_name,
    description,
    demonym,
    name,
    subject_pronoun,
    addressee,
)
