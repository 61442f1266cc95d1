"""Documents and the entities they speak for: `His statement`, `a report from the agency`.

A document speaks for its author (`author_of`): its possessor, the entity after `from` or
`by`, a name before it, else the author of the last document of its kind. Also the employer
a person noun speaks for (`Analysts at X`) and the entity after a dateline taken for a subject.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from quotex.lexicon import fold
from quotex.parse.marks import paragraph_index
from quotex.parse.syntax import noun_phrase
from quotex.parse.tree import children
from quotex.people.descriptions import described_entity, possessor_of
from quotex.people.entities import Person, Resolution
from quotex.people.mentions import a_spokesperson, describe_phrase, document_noun, organisation_noun
from quotex.people.naming import entity_at, shown_a_person
from quotex.people.reading import DEFINITE, NEAR_REACH, PRONOUN_REACH, SUBJECTS, words_of
from quotex.people.registry import Registry


def document_head(reg: Registry, mention: Span) -> Token | None:
    root = mention.root
    pair = " ".join(fold(w) for w, _ in words_of(mention)[-2:])
    if document_noun(reg, root) is not None or pair in reg.words.documents:
        return root
    return None


def author_of(reg: Registry, document: Token) -> Person | None:
    """Whose document it is: the possessor (`His statement`, `the bank's report`), the
    entity after `from` or `by`, a name before it (`the FDA report`); else the author of
    the last document of its kind the text mentioned (`X issued a statement.` or `a report
    from X` … `The statement said`)."""
    author = direct_author(reg, document)
    if author is not None:
        return author
    noun = document_noun(reg, document)
    earlier = [(i, p) for i, word, p in reg.authors if i <= document.i and word == noun]
    for token in reg.doc[max(0, document.i - PRONOUN_REACH) : document.i]:
        if not reg.quoted[token.i] and token.pos_ == "NOUN" and document_noun(reg, token) == noun:
            found = direct_author(reg, token)
            if found is not None:
                earlier.append((token.i, found))
    if earlier:
        return max(earlier, key=lambda item: item[0])[1]
    if any(c.dep_ == "det" and c.lower_ in DEFINITE for c in document.children):
        # `the opinion said`: one the reader knows of, by whoever was just said to write, else a body
        return writer_before(reg, document.i) or recent_organisation(reg, document.i)
    return authors_after(reg, document)


def authors_after(reg: Registry, document: Token) -> Person | None:
    """`…, according to a study of 4,000 pupils.` ⏎ `Researchers at the University of X tracked
    …`: a document the text names no one for yet is the work of the organisation the next
    sentence's subject is or works at, which the text goes on to introduce."""
    end = document.sent.end
    one = any(c.dep_ == "det" and fold(c.text) in reg.lexicon.grammar.indefinite_articles for c in document.children)
    if end >= len(reg.doc) or not one:
        return None  # `a study`; not `news reports`, which are many people's
    following = reg.doc[end].sent
    subject = next((c for c in following.root.children if c.dep_ in SUBJECTS), None)
    if subject is None or reg.quoted[subject.i]:
        return None
    found = employer(reg, subject) if subject.pos_ == "NOUN" else entity_at(reg, subject)
    return found if found is not None and found.kind == "organisation" else None


def handle_before(reg: Registry, document: Token) -> str | None:
    """`Another user, posting as @Name, shared a photograph. "…," the post said`: a document
    no one is named for, in the paragraph that names a social-media handle (`@Name`) before
    it, is that account's; the latest handle there."""
    starts = reg.paragraph_starts
    if not starts:
        return None
    span = reg.doc.char_span(starts[paragraph_index(starts, document.idx)], document.idx, alignment_mode="expand")
    start = span.start if span is not None else document.i
    handles = [t.text for t in reg.doc[start : document.i]
               if not reg.quoted[t.i] and t.text.startswith("@") and len(t.text) > 1 and t.text[1:].replace("_", "").isalnum()]
    return handles[-1] if handles else None


def unnamed_source(reg: Registry, document: Token) -> Span | None:
    """`A statement from the regional council`, `a report by the health board`: the body a
    document comes from, as the text gives it, when no entity stands for it."""
    for child in document.children:
        if child.dep_ != "prep" or child.lower_ not in ("from", "by"):
            continue
        source = next((c for c in child.children if c.dep_ == "pobj"), None)
        if source is None or not source.text.islower() or source.tag_ in ("NNS", "NNPS"):
            continue
        word = fold(reg.lexicon.lemma(source))
        if organisation_noun(reg, word) or word in reg.lexicon.bodies:
            return noun_phrase(source)
    return None


def writer_before(reg: Registry, position: int) -> Person | None:
    """`Judge X wrote that …` ⏎ `"…," the opinion said`: the latest one the two sentences
    before `position` said wrote (`authoring_verbs.txt`)."""
    for token in reversed(reg.doc[max(0, position - 2 * NEAR_REACH) : position]):
        if token.pos_ != "VERB" or reg.quoted[token.i] or reg.lexicon.lemma(token) not in reg.words.authoring_verbs:
            continue
        subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
        found = entity_at(reg, subject) if subject is not None else None
        if found is not None:
            return found
    return None


def recent_organisation(reg: Registry, position: int) -> Person | None:
    """The organisation the sentences just before `position` were about (named as a
    subject), which a document no one is said to have issued comes from."""
    for i in reversed(reg.order[bisect_left(reg.order, position - 2 * NEAR_REACH) : bisect_left(reg.order, position)]):
        resolved = reg.resolved[i]
        if resolved.person.kind == "organisation" and resolved.salience >= 1:
            return resolved.person
    return None


def direct_author(reg: Registry, document: Token) -> Person | None:
    for child in document.children:
        if child.dep_ == "poss":
            return possessor_of(reg, noun_phrase(child), document.i)
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            if source is not None:
                return entity_at(reg, source)
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            found = entity_at(reg, child)
            if found is not None:
                return found
        if child.dep_ == "acl":  # `a report published on Tuesday by the commission`
            for agent in (c for c in child.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
                source = next((c for c in agent.children if c.dep_ == "pobj"), None)
                found = entity_at(reg, source) if source is not None else None
                if found is not None:
                    return found
    author = author_between_commas(reg, document)
    if author is not None:
        return author
    # `a police news release`, `a company statement`: the body of that kind's
    kinds = (t for t in document.subtree if t.i < document.i and t.dep_ == "compound" and t.pos_ == "NOUN")
    return next((found for found in (body_of_kind(reg, t, document.i) for t in kinds) if found is not None), None)


def author_between_commas(reg: Registry, document: Token) -> Person | None:
    """`The report, by the inspector, X, found …`: a `by` right after a document that is a
    subject names its author, though the parser hangs it from the verb."""
    verb = document.head
    if document.dep_ not in SUBJECTS or document.i + 2 >= len(reg.doc) or reg.doc[document.i + 1].text != ",":
        return None
    by = reg.doc[document.i + 2]
    if by.lower_ != "by" or by.head != verb or by.dep_ not in ("prep", "agent"):
        return None
    source = next((c for c in by.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    named = next((c for c in source.children if c.dep_ == "appos"), None)  # `by the inspector, X,`
    return next((p for p in (entity_at(reg, t) for t in (named, source) if t is not None) if p is not None), None)


def note_document(reg: Registry, subject: Token, person: Person) -> None:
    """`X issued a statement`, `X released a report`: the document is X's."""
    verb = subject.head if subject.dep_ in SUBJECTS else verb_after(reg, subject)
    if verb is None:
        return
    for child in children(verb):
        documents = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ in ("in", "through"):  # `X said in a statement`
            documents = [c for c in child.children if c.dep_ == "pobj"]
        for document in documents:
            noun = document_noun(reg, document)
            if noun is not None:
                reg.authors.append((document.i, noun, person))


def verb_after(reg: Registry, name: Token) -> Token | None:
    """`…, its chief executive, X, said in a statement`: the cue right after a mention and its
    comma, when the parser gave that verb no subject after the mention (it took the mention
    for a part of the clause before)."""
    end = name.right_edge.i + 1  # past the mention's apposition (`its chief executive, X,`)
    if reg.doc[end - 1].text != ",":
        end += 1
        if end > len(reg.doc) or reg.doc[end - 1].text != ",":
            return None
    verb = reg.doc[end] if end < len(reg.doc) else None
    if verb is None or reg.lexicon.lemma(verb) not in reg.lexicon.cue_verbs:
        return None
    # a subject the parser found for it lies in the clause before (`The union has repaid all …`)
    return None if any(c.dep_ in SUBJECTS and c.i > name.i for c in verb.children) else verb


def employer(reg: Registry, noun: Token) -> Person | None:
    """The organisation a person noun works `at` or speaks `for` (`Analysts at X`, `a
    spokeswoman for the operator`), or the person a spokesperson speaks for (`a spokeswoman
    for the minister`), when the mention names no person; a spokesperson for no one named
    speaks for the body its sentence names, else the one the sentences before were about."""
    if noun.pos_ != "NOUN" or document_noun(reg, noun) is not None or body_in_passing(reg, noun) is not None:
        return None
    body = body_before(reg, noun)
    if body is not None:
        return body
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("at", "for"):
            if fold(reg.lexicon.lemma(noun)) in reg.lexicon.own_voices:
                return None  # `nurses at the hospital say`: their own words, not the hospital's
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            found = entity_at(reg, source) if source is not None else None
            if found is not None and (found.kind == "organisation" or child.lower_ == "for" and speaks_for_others(reg, noun)
                                      and shown_a_person(reg, found)):
                return found  # `a spokeswoman for the minister` speaks the minister's words
            return None
    if not a_spokesperson(reg, noun):
        return None
    # `The trust denied it. A spokesman said …`: as `the spokesman`, for the body just spoken of
    return body_in_sentence(reg, noun) or recent_organisation(reg, noun.i)


def body_in_passing(reg: Registry, noun: Token) -> str | None:
    """`a Mintwell spokeswoman`, when the text names no body `Mintwell`: the words of the proper
    noun a spokesperson is qualified with. The phrase itself says whom the spokesperson speaks
    for, so another body the sentence or the text before names (`the Authority`) is not it,
    though it is all a search for a body can find."""
    if not a_spokesperson(reg, noun):
        return None
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and not reg.quoted[child.i]:
            words = " ".join(t.text for t in child.subtree if t.pos_ == "PROPN")
            if not reg.by_key.get("org:" + fold(words)) and entity_at(reg, child) is None and not _within_a_body(reg, words):
                return words
    return None


def _within_a_body(reg: Registry, words: str) -> bool:
    """Whether words are a part of the name of an organisation the text names (`Mintwell` of
    `Mintwell Foods`): a short form of that body, not another."""
    found = set(fold(words).split())
    return any(found <= {fold(w) for w in form} for p in reg.everyone if p.kind == "organisation" for form in p.forms)


def body_before(reg: Registry, noun: Token) -> Person | None:
    """`a Tern Ferries spokesman`: the organisation named; `a company spokesperson`, `a union
    official`: the organisation of that kind the text was about before it, as `the company`
    would name. Only for a spokesperson (not `a Carrier executive`, `EB-5 investments`)."""
    if not a_spokesperson(reg, noun):
        return None
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            words = " ".join(t.text for t in child.subtree if t.pos_ == "PROPN")
            named = next(iter(reg.by_key.get("org:" + fold(words), ())), None) or entity_at(reg, child)
            if named is not None and named.kind == "organisation":
                return named
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            found = body_reported(reg, noun) or body_of_kind(reg, child, noun.i)
            if found is not None:
                return found
    return None


def body_reported(reg: Registry, noun: Token) -> Person | None:
    """`X have asked the league to review it, a club spokesman said`: the organisation that
    is the subject of what the spokesperson reports is the one they speak for."""
    if noun.dep_ not in SUBJECTS:
        return None
    for clause in (c for c in noun.head.children if c.dep_ == "ccomp"):
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        found = entity_at(reg, subject) if subject is not None and not reg.quoted[subject.i] else None
        if found is not None and (found.kind == "organisation" or not person_shaped(reg, found)):
            return found  # `Brantmere have asked`: a club's name the text never shows to be a person's
    return None


def person_shaped(reg: Registry, person: Person) -> bool:
    """Whether the text showed an entity to be a person: a gender, a title, a given name."""
    given = reg.words.given_names
    return shown_a_person(reg, person) or any(len(form) > 1 and fold(form[0]) in given for form in person.forms)


def body_of_kind(reg: Registry, word: Token, position: int) -> Person | None:
    """`company`, `police`, `union` before a noun: the organisation of that kind the text named
    before `position`, as `the company` would name it."""
    kind = fold(reg.lexicon.lemma(word))
    if not organisation_noun(reg, kind):
        return None
    described = describe_phrase(reg, reg.doc[word.i : word.i + 1])
    found = described_entity(reg, described, position, forward=False)[0] if described is not None else None
    if found is not None and found.kind != "organisation" and kind in reg.words.generic_organisations:
        return found  # `Halbrook Home is recalling …`: a name read as a person's that `the company` names too
    return found if found is not None and found.kind == "organisation" else None


def holder_of(reg: Registry, noun: Token) -> Person | None:
    """`his office said`, `the minister's office said`: an office with a possessor speaks
    for the person who holds it, as a document does for its author."""
    if fold(reg.lexicon.lemma(noun)) not in reg.words.offices:
        return None
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    return possessor_of(reg, noun_phrase(possessor), noun.i) if possessor is not None else None


def spokesperson_for(reg: Registry, noun: Token) -> Person | None:
    """Whom a spokesperson the text names no one for speaks for (`The spokeswoman said`
    after `Tern Ferries said …`): the body its phrase or sentence names, else the
    organisation the sentences before were about; None for any other noun."""
    if noun.pos_ != "NOUN" or not a_spokesperson(reg, noun) or body_in_passing(reg, noun) is not None:
        return None
    return employer(reg, noun) or recent_organisation(reg, noun.i)


def doer_of(reg: Registry, noun: Token, head: str) -> Person | None:
    """`X has agreed to buy Y. … the buyer said`: a noun of one who does something (`buyer`,
    `seller`, `lender`) names the organisation the text said did it, the latest before."""
    if not head.endswith("er") or len(head) < 5:
        return None
    stems = {head[:-2], head[:-1]}  # buyer -> buy, issuer -> issue
    for token in reversed(reg.doc[max(0, noun.i - PRONOUN_REACH) : noun.i]):
        if token.pos_ != "VERB" or reg.quoted[token.i] or not any(token.lower_.startswith(s) for s in stems):
            continue
        if len(token.lower_) - max(len(s) for s in stems if token.lower_.startswith(s)) > 3:
            continue  # `buys`, `bought` is not read; `sells`, `selling` are
        verb = token.head if token.dep_ == "xcomp" else token  # `agreed to buy`: who agreed
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        found = entity_at(reg, subject) if subject is not None else None
        if found is not None and found.kind == "organisation":
            return found
    return None


def body_in_sentence(reg: Registry, noun: Token) -> Person | None:
    """`Tern Ferries will cut the timetable, a spokeswoman said`, `A spokesman said Tern
    Ferries …`: a spokesperson for no one named speaks for the organisation its sentence
    names, the nearest when it names several."""
    sentence = noun.sent
    found = []
    for i in range(sentence.start, sentence.end):
        if reg.quoted[i]:
            continue
        resolved = reg.resolved.get(i)
        entity = resolved.person if resolved is not None else reg.mentions.get(i)
        if entity is not None and entity.kind == "organisation":
            found.append((abs(i - noun.i), entity))
    return min(found, key=lambda item: item[0])[1] if found else None


def speaks_for_others(reg: Registry, noun: Token) -> bool:
    """Whether a noun names one whose words are another's (`spokeswoman`, `press secretary`)."""
    word = fold(reg.lexicon.lemma(noun))
    groups = [group for group in reg.lexicon.role_groups if ("spokesperson",) in group]
    return any(variant[-1] == word for group in groups for variant in group)


def after_dateline(reg: Registry, dateline: Token) -> Resolution:
    """A dateline (`PORT ELDRIN, Norway —`, `Kirkvale, June 9:`) is never a speaker; when the
    parser took it for the subject, the speaker is the first entity named after it (not after
    the first dash of the sentence: `the home-goods maker` holds one)."""
    sentence = dateline.sent
    end = dateline.i
    while end + 1 < sentence.end and end + 1 in reg.datelines:
        end += 1
    for token in reg.doc[end + 1 : sentence.end]:
        if token.i in reg.datelines or token.pos_ != "PROPN" or token.dep_ in ("compound", "flat"):
            continue
        found = entity_at(reg, token)
        if found is not None:
            return Resolution(found.name, "explicit")
    return Resolution(None, "none")
