"""Small questions about tokens and about the mentions the walk resolved before a position.

What a token is (a pronoun, a document noun, the addressee of a cue, how salient), where it
stands (the headline, the first line), and which resolved mention came last before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Grammar, fold
from quotex.parse.syntax import tokens_where
from quotex.parse.tree import sentence_bounds
from quotex.people.entities import Description, Person, Resolved, agrees
from quotex.people.reading import AGENT_ENDINGS, SUBJECTS, read_description
from quotex.people.registry import Registry


def tokens_of(reg: Registry, **where: Sequence[str]) -> list[Token]:
    """The Doc's tokens with one of the attributes given (`syntax.tokens_where`), in order:
    the few a loop over every token would test further."""
    return [reg.doc[i] for i in tokens_where(reg.doc, **where)]


def subjects_of_cues(reg: Registry) -> list[Token]:
    """The tokens whose head is a cue's root, in document order: the only ones that can be
    a cue's subject."""
    return [reg.doc[i] for i in reg.cue_children]


def is_pronoun(reg: Registry, token: Token) -> bool:
    return token.lower_ in reg.lexicon.pronouns


def pronoun_gender(reg: Registry, token: Token) -> str | None:
    return reg.lexicon.pronouns.get(token.lower_) or reg.words.gendered.get(token.lower_)


def organisation_noun(reg: Registry, head: str) -> bool:
    return head in reg.words.organisation_nouns


def document_noun(reg: Registry, token: Token) -> str | None:
    """The document word a noun is (`filings` → `filing`), or None."""
    word = fold(reg.lexicon.lemma(token))
    for form in (word, word.removesuffix("s")):
        if form in reg.words.documents:
            return form
    return None


def describe_phrase(reg: Registry, phrase: Span) -> Description | None:
    return read_description(phrase, reg.lexicon, reg.words.gendered)


def in_first_line(reg: Registry, start: int) -> bool:
    """Whether no line break comes before token `start` (`"\\n" not in doc[:start].text`)."""
    return not reg.newlines or reg.newlines[0] >= start


def in_byline(reg: Registry, i: int) -> bool:
    """Whether a token stands in a byline (`By Ana Roe-Lind`, `By Ana Roe and Tom Ek`): a line
    that opens with a byline word and holds nothing else but capitalised words and the words
    that join names. The writer is no one the story is about."""
    text = reg.text
    at = reg.doc[i].idx
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = text[start : end if end >= 0 else len(text)].replace(",", " ").split()
    grammar = reg.lexicon.grammar
    if len(words) < 2 or words[0].lower().rstrip(":") not in grammar.byline_words:
        return False
    return all(w[:1].isupper() or w.lower() in grammar.name_conjunctions for w in words[1:])


def in_headline(reg: Registry, mention: Span) -> bool:
    return in_first_line(reg, mention.start) and bool(reg.newlines) and reg.newlines[-1] >= mention.end


def role_opening_a_line(reg: Registry, token: Token) -> bool:
    """Whether a subject is a headline's bare noun for a person's role or job (`Beekeeper tells
    inquiry …`, `- Mayor says …` among a live page's key events): the first word of its line
    (past a bullet) with no article, capitalised only for opening the line, a role, a person
    noun or a noun of one who does something (`-er`, `-or`, `-ist`) the text writes in lower
    case too, before its verb. The tagger takes it for a name; it is never one."""
    if token.dep_ != "nsubj" or token.head.i <= token.i or token.tag_ not in ("NN", "NNP"):
        return False
    if not (token.text[:1].isupper() and token.text[1:].islower()):
        return False
    before = token.i - 1
    if before >= 0 and reg.doc[before].is_punct and len(reg.doc[before].text) == 1 and not reg.doc[before].is_quote:
        before -= 1  # a bullet
    if not (before < 0 or "\n" in reg.doc[before].text or "\n" in reg.doc[before].whitespace_):
        return False
    word = fold(token.text)
    # `Brackenor have asked …`: a name that ends as such a noun does, never written in lower case
    return word in reg.lexicon.roles or word in reg.words.person_nouns or word.endswith(AGENT_ENDINGS) and word in _lower_words(reg.doc)


def _lower_words(doc: Doc) -> frozenset[str]:
    """The words the text writes in lower case somewhere (`a beekeeper from the valley`: a common
    noun), folded, read once a Doc."""
    words = _LOWER_WORDS.get(doc)
    if words is None:
        words = _LOWER_WORDS[doc] = frozenset(fold(t.text) for t in doc if t.text.islower())
    return words


_LOWER_WORDS: WeakKeyDictionary[Doc, frozenset[str]] = WeakKeyDictionary()


def salience(reg: Registry, token: Token) -> int:
    token = noun_named(token, reg.lexicon.grammar) or token  # `a teacher named X`: X is as salient as the teacher
    if token.dep_ == "appos" and stray_subject_of(token) is not None:
        return 2  # `X, whose secretary, Doe, said …` with `said` a root of its own: Doe is its subject
    if token.dep_ == "appos":
        token = token.head  # `His wife, Ines, said`: Ines is as salient as the subject she names
        if token.dep_ == "pobj" and token.head.lower_ in _HOLDER_PREPOSITIONS and token.head.head.dep_ in SUBJECTS:
            token = token.head.head  # `A spokesman for the party, X, replied`: hung on the body, X is the subject
    head = token.head
    if token.dep_ == "attr":  # the parser gives `attr` only after a copula
        token = next((c for c in head.children if c.dep_ in SUBJECTS), token)  # `The youngest is X`
    elif token.dep_ == "pobj" and head.dep_ == "agent":
        token = head  # `The group was started by X`: X is who the clause is about
        head = token.head
        main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
        return 2 if main else 0  # `a commission overseen by X`: X is not what the sentence is about
    if token.dep_ == "poss" and head.dep_ in SUBJECTS and head.head.dep_ == "ROOT" and head.pos_ == "NOUN":
        return 1  # `Dr. Doe's advice is simpler.`: the one whose thing a main clause is about
    verb = token.head if token.dep_ in SUBJECTS else stray_subject_of(token)
    if verb is None:
        return 0
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return 2 if main or verb.i in reg.cue_roots and not _aside_of_someone_else(reg, verb) else 1


def _aside_of_someone_else(reg: Registry, cue: Token) -> bool:
    """Whether a cue hangs in a relative clause of a sentence whose main clause has a person for
    its subject (`She read botany at X, where her tutor, Y, told her …`): the sentence is about
    that person, and Y, met on the way, is no main subject. (A cue the parser hung on the
    words of a quotation before it is no relative clause; and when the main subject is not a
    person, `Doe's victory, which Roe conceded, …`, the one who speaks is who the sentence is
    most about.)"""
    if cue.dep_ != "relcl" or reg.quoted[cue.head.i]:
        return False
    root = cue.sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None)
    if subject is None or reg.quoted[subject.i]:
        return False
    return subject.pos_ == "PROPN" or subject.pos_ == "PRON" and pronoun_gender(reg, subject) in ("male", "female")


_HOLDER_PREPOSITIONS = {"of", "for", "at"}  # `the mayor of X, Y,`, `a spokeswoman for X, Y,`, `analysts at X, Y,`


def noun_named(token: Token, grammar: Grammar | None = None) -> Token | None:
    """The noun whose name a participle gives (`a nurse from the coast named X`: `nurse`, though
    the parser may hang `named` on `coast`): for the object predicate of a participle; with
    `grammar`, also for a name after `as` in a relative clause that gives one (`a teacher who
    gave her name only as X`, `a driver who asked to be identified as X`)."""
    if token.dep_ == "oprd" and token.head.dep_ == "acl" and token.head.tag_ == "VBN":
        noun = token.head.head
    elif grammar is not None and (clause := _clause_giving_a_name(token, grammar)) is not None:
        noun = clause.head
    else:
        return None
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head
    return noun


def _clause_giving_a_name(token: Token, grammar: Grammar) -> Token | None:
    """The relative clause a name after `as` is given in (`who gave her name as X`: `gave`)."""
    if token.pos_ != "PROPN" or token.dep_ != "pobj" or token.head.lower_ not in grammar.as_marks:
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    giving = {verb.lower_, *(c.lower_ for c in verb.children if c.dep_ == "dobj")}
    if not giving & grammar.name_giving:
        return None
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # `who asked to be identified as X`
    return verb if verb.dep_ in ("relcl", "acl") else None


_STRAY = {"advmod", "npadvmod", "dep", "ROOT"}  # where the parser leaves a name it did not take for a subject
_STRAY_ON_VERB = {"compound", "amod"}  # a noun's dependents, hung on a verb only by mistake
_BEFORE_VERB = {"aux", "neg", "advmod"}  # `Doe has just arrived`, `Doe never said`


def stray_subject_of(token: Token) -> Token | None:
    """The verb whose subject a name is though the parser left it outside the clause
    (`Asked about it, Doe laughed.` with `Doe` read as an adverb or an adjective, `Doe laughs`
    with `Doe` as a compound of the verb, `Doe has just arrived` with `Doe` as a root of its own): the
    verb right after the name (auxiliaries and adverbs between), or right after the name's
    apposition between commas (`Doe, a Republican from X who has served since 1997, announced`),
    when that verb has no subject of its own. A name in a compound noun (`the Doe family`) is
    no such subject."""
    if token.pos_ == "PROPN" and token.dep_ in _STRAY_ON_VERB and verb_read_as_a_noun(token.head, token):
        return token.head  # `Doe nods when she reads it` read as a plural noun `Doe nods`
    doc = token.doc
    if token.pos_ == "PROPN" and token.dep_ == "appos" and token.i + 2 < len(doc) and doc[token.i + 1].text == ",":
        verb = doc[token.i + 2]  # `X, whose secretary, Doe, said …` with `said` a root of its own
        return verb if verb.dep_ == "ROOT" and _finite_with_no_subject(verb) else None
    if token.pos_ != "PROPN" or not (token.dep_ in _STRAY or token.dep_ in _STRAY_ON_VERB and token.head.pos_ == "VERB"):
        return None
    following = token.i + 1
    apposition = next((c for c in token.rights if c.dep_ == "appos" and c.left_edge.i == token.i + 2), None)
    if apposition is not None and doc[token.i + 1].text == ",":
        end = apposition.right_edge.i + 1
        if end + 1 < len(doc) and doc[end].text == ",":
            following = end + 1
    while (following < len(doc) and doc[following].dep_ in _BEFORE_VERB and doc[following].head.i > following
           and doc[following].tag_ != "WRB"):  # `X Monday when asked`: a clause of its own begins
        following += 1
    if following >= len(doc):
        return None
    verb = doc[following]
    return verb if _finite_with_no_subject(verb) else None


def _finite_with_no_subject(verb: Token) -> bool:
    """A finite verb (a past tense may be tagged as a participle: `Doe speaking …` is no clause)
    that the parser gave no subject of its own."""
    if verb.pos_ not in ("VERB", "AUX") or not verb.tag_.startswith("VB") or verb.tag_ in ("VBG", "VB"):
        return False
    return not any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children) and verb.dep_ not in ("aux", "auxpass")


def verb_read_as_a_noun(noun: Token, name: Token) -> bool:
    """Whether the root of a sentence, tagged a plural noun right after a name that is its
    compound, is the verb of that name in the present (`Doe recalls wading out to the boats`,
    `Doe nods when she reads it`, `Doe shrugs.`): a plural noun with nothing of a noun
    phrase before it (no article, possessive, adjective or number) that governs a verb or ends
    its sentence; or that is a compound of such a root, the verb's object the parser joined to
    it (`Doe runs weekend markets.`). A noun phrase in a list or a headline (`Doe Results: …`)
    governs neither."""
    if noun.tag_ != "NNS" or noun.i != name.i + 1 or not noun.lower_.endswith("s"):
        return False
    if any(c.dep_ in _NOUN_PHRASE_WORDS and c != name for c in noun.children) or noun.is_title:
        return False
    root = noun  # `Doe runs weekend markets in the square.` read as one noun phrase: the verb a compound of its object
    while root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ == "NOUN":
        root = root.head
    if root.dep_ != "ROOT" or any(c.dep_ in _NOUN_PHRASE_WORDS and c.i < root.i and c.i != name.i for c in root.children):
        return False
    # a root of its own ends right after it; one the verb was joined to ends its sentence
    following = root.doc[root.i + 1] if root.i == noun.i and root.i + 1 < len(root.doc) else root.doc[sentence_bounds(root)[1] - 1]
    ends = following.text in (".", "!") and following.head == root
    return ends or any(c.pos_ in ("VERB", "AUX") and c.i > root.i for c in root.children)


_NOUN_PHRASE_WORDS = {"det", "poss", "amod", "nummod", "case"}  # what stands before a noun that is one


def is_addressee(reg: Registry, token: Token) -> bool:
    """Whether a token is the one a cue speaks to: the object of a verb whose object listens
    (`asked him`, `told Doe`; not `mentioned Doe`), or what follows a cue's `to` (`said to him`)."""
    if token.dep_ in ("dobj", "dative"):
        return token.head.i in reg.cue_roots and reg.lexicon.lemma(token.head) in reg.lexicon.listener_cues
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.i in reg.cue_roots


def latest(reg: Registry, candidates: Sequence[Person], position: int) -> Person | None:
    """Of `candidates`, the one the text mentioned last before `position`."""
    wanted = {id(p) for p in candidates}
    for k in range(bisect_left(reg.order, position) - 1, -1, -1):
        person = reg.resolved[reg.order[k]].person
        if id(person) in wanted:
            return person
    return None


def latest_subjects(reg: Registry, candidates: Sequence[Person], position: int) -> list[Person]:
    """Of `candidates`, the one last named as a subject before `position`, if any."""
    wanted = {id(p) for p in candidates}
    for k in range(bisect_left(reg.order, position) - 1, -1, -1):
        resolved = reg.resolved[reg.order[k]]
        if id(resolved.person) in wanted and resolved.salience >= 1:
            return [resolved.person]
    return []


def resolved_since(reg: Registry, start: int, position: int) -> Iterator[tuple[int, Resolved]]:
    """The mentions resolved from character `start` up to token `position`, the latest first."""
    order = reg.order
    for k in range(bisect_left(order, position) - 1, -1, -1):
        i = order[k]
        if reg.doc[i].idx < start:
            return
        yield i, reg.resolved[i]


def first_mention(reg: Registry, entity: Person, position: int) -> int | None:
    return next((i for i in reg.order if i < position and reg.resolved[i].person is entity), None)


def a_spokesperson(reg: Registry, noun: Token) -> bool:
    """One spokesperson, by the whole of a name for one (`a spokesman`, `the press secretary`;
    not `the California secretary`, not `White House and Pentagon spokesmen`, a group)."""
    if noun.tag_ != "NN":
        return False
    words = (*(fold(c.text) for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), fold(reg.lexicon.lemma(noun)))
    groups = [group for group in reg.lexicon.role_groups if ("spokesperson",) in group]
    return any(words[-len(variant) :] == variant for group in groups for variant in group)



REPORTING = {"ccomp", "xcomp", "parataxis"}  # how the clause a cue reports hangs from it


def reporting_cue(reg: Registry, token: Token) -> Token | None:
    """The cue whose reported clause a token stands in (`Doe said Roe had lied`: `said` for
    `Roe`), when that cue has a subject; None for a cue's own subject."""
    child = token
    for ancestor in token.ancestors:
        if ancestor.i in reg.cue_roots and child.dep_ in REPORTING and child.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in SUBJECTS for c in ancestor.children):
                return ancestor
        child = ancestor
    return None


def spoken_of(reg: Registry, position: int, i: int, gender: str | None) -> bool:
    """Whether the mention at token `i` is someone a speaker of `gender` spoke of, while the
    token at `position` is the subject of a cue outside those words (`Doe said Roe had lied.
    ⏎ "…," she said.`): who speaks next goes on from that speaker, not from the people in
    what the speaker said, as a reader takes it. Not when the speaker could not be meant (a
    `she` after what a man said of a woman), nor within those words (`Roe` may be meant there)."""
    speaker = reg.doc[position]
    if speaker.dep_ not in SUBJECTS or speaker.head.i not in reg.cue_roots:
        return False
    cue = reporting_cue(reg, reg.doc[i])
    if cue is None or cue == speaker.head or cue in speaker.ancestors:
        return False
    subjects = [reg.resolved.get(c.i) for c in cue.children if c.dep_ in SUBJECTS]
    return any(r is not None and r.person.kind == "person" and agrees(r.person, gender) for r in subjects)
