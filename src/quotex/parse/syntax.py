"""Reading the parse: cues, the head of the words naming who speaks, and noun phrases.

Small functions over spaCy tokens that the attribution rules, reported speech and the
resolution of people share. The English words and tags they read come from the lexicon's
grammar (`data/grammar.tsv`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from weakref import WeakKeyDictionary

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Grammar, Lexicon, default_lexicon, fold
from quotex.parse.tree import lefts, rights

ORGANISATION_LABELS = {"ORG", "NORP", "GPE", "FAC"}
_NOUN_PHRASE_LEFT = {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "quantmod", "case", "npadvmod"}
_NOUN_PHRASE_RIGHT = {"compound", "flat", "case", "nummod"}
_INVERTED_REACH = 5  # words from a cue to the head of the name after it (`said Rep. Jo Lee`)
# What the parser may make of a speaker's words set off by a comma right before a cue without a
# subject (`A owned nine flats, a report by the agency said`): a noun of the content before them.
SET_OFF_NOUN_DEPS = frozenset({"appos", "dobj", "npadvmod", "attr", "dep"})
# the words set off before a joined cue may also be a conjunct (`set_off_before_a_joined_cue`)
_SET_OFF_BEFORE_A_CUE_DEPS = SET_OFF_NOUN_DEPS | {"conj"}
# the noun a description set off by a comma heads may also be a subject or the root (`_described_by_its_object`)
_SET_OFF_DESCRIBED_DEPS = SET_OFF_NOUN_DEPS | {"nsubj", "ROOT"}
_APPOSITION_CLIMB = 4  # heads from a description's last word up to the apposition (`chief` in `chief of staff`)
# words from the comma before a cue back to the relative pronoun of the clause it closes: a
# clause that describes a speaker is short, and the bound keeps a long sentence of cues linear
_RELATIVE_REACH = 40


def cue_span(token: Token, lexicon: Lexicon) -> Span | None:
    """The cue a verb opens: the verb itself, or the verb and its particle ("pointed out")."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in lexicon.grammar.finite_verb_tags:
        return None
    lemma = lexicon.lemma(token)
    for child in rights(token) if lemma in lexicon.multiword_cue_verbs else ():  # (most verbs take no particle)
        # `shot back that …`: the parser may take a particle right after the verb for an adverb.
        particle = child.dep_ in ("prt", "dobj", "dative", "prep") or child.dep_ == "advmod" and child.i == token.i + 1
        if child.dep_ == "prep" and any(c.dep_ == "pobj" for c in child.children):
            particle = False  # `went on a 19-2 run`: a preposition with its own object, no particle of speech
        if (lemma, child.lower_) in lexicon.multiword_cues and particle:
            if child.i == token.i + 1:
                return token.doc[token.i : child.i + 1]
            return token.doc[token.i : token.i + 1]
    if lemma in lexicon.cue_verbs and token.pos_ == "VERB":
        return token.doc[token.i : token.i + 1]
    return None


def is_according_to(token: Token, lexicon: Lexicon) -> bool:
    """Whether `token` opens the phrase that names a source (`according to X`)."""
    phrase = lexicon.grammar.according_to
    if token.lower_ != phrase[0]:
        return False  # asked of every token: the first word settles nearly all
    doc = token.doc
    return token.i + len(phrase) <= len(doc) and all(
        doc[token.i + k].lower_ == word for k, word in enumerate(phrase)
    )


def speaker_head(verb: Token, quoted: Sequence[bool] = (), time_words: Collection[str] = ()) -> Token | None:
    """The head of the words naming who speaks: the subject, inherited through
    coordination, the name after the verb in inverted order ("…," said the minister),
    or, when the parse gives none, the noun right before the verb. Words inside
    quotation marks never name the speaker, nor do `time_words` after the verb (`said Monday`)."""

    def outside(token: Token | None) -> Token | None:
        return token if token is not None and not (quoted and quoted[token.i]) else None

    found = _speaker_by_grammar(verb, quoted, outside)
    if found is not None:
        return found
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.pos_ == "PART" for c in verb.children):
        # `a duty to report …`, `the right to say …`: what someone may do, no one saying it;
        # `the campaign's decision to tell …`: whose decision it is says
        return outside(next((c for c in verb.head.children if c.dep_ == "poss"), None))
    return _speaker_the_parse_hung_elsewhere(verb, outside, time_words)


def _speaker_by_grammar(
    verb: Token, quoted: Sequence[bool], outside: Callable[[Token | None], Token | None]
) -> Token | None:
    """`speaker_head`'s readings of a parse that gives the speaker a role of the verb's own (its
    subject, its passive agent, the object a participle follows, a subject inherited through
    coordination): these come first, since a role is what the parse means by a speaker."""
    subjects = [child for child in verb.children if child.dep_ == "nsubj" and outside(child)]
    if subjects:
        # Two subjects are a misparse of `Fares to double, council says`: the speaker is the nearer.
        subject = min(subjects, key=lambda child: abs(child.i - verb.i))
        return name_before_its_description(subject, verb) or subject
    agent = _agent(verb, outside)
    if agent is not None:
        return agent
    # the object a participle follows (`leaving coach X calling it`), or the speaker's words the
    # parser took for a noun of the content (`…, his brother, X, said`)
    controlled = outside(_object_before(verb)) or outside(set_off_before_a_joined_cue(verb))
    if controlled is not None:
        return controlled
    return _inherited_subject(verb, quoted)


def _speaker_the_parse_hung_elsewhere(
    verb: Token, outside: Callable[[Token | None], Token | None], time_words: Collection[str]
) -> Token | None:
    """`speaker_head`'s readings of a parse that gives the speaker no role of the verb: the name
    the verb hangs from, the object of its `as`, a name before a comma, a noun after it in
    inverted order, the noun right before it; the order goes from the surest attachment to the
    mere neighbour."""
    if verb.dep_ in ("acl", "compound", "amod") and verb.head.pos_ in ("PROPN", "NOUN") and outside(verb.head):
        # "Doe asking, …", "Said Doe: …": the verb hangs from the name that speaks.
        return verb.head
    named = outside(_object_of_as(verb))
    if named is not None:
        return named
    described = outside(_subject_set_off_after_quote(verb))
    if described is not None:
        return described
    for child in verb.rights:
        inverted = child.dep_ in ("dobj", "attr", "npadvmod", "dep") and child.pos_ in ("PROPN", "NOUN", "PRON")
        if inverted and child.i - verb.i <= 3 and outside(child) and child.text.lower() not in time_words:
            return child
    return outside(_noun_before(verb)) or outside(_name_after_inverted(verb, time_words))


def _subject_set_off_after_quote(verb: Token) -> Token | None:
    """`"…," Cllr Jo Lee, Liberal of Eastmoor, told the mayor as …`: after words set off by a
    comma that closes no quotation, the subject stands before the cue (the parser hung the name
    on words in the quotation); the noun after the cue is its object (a listener), not a
    subject in inverted order, which follows the quotation at once. The name set off after the
    quotation (its head, `Lee`), else None."""
    comma = verb.i - 1
    if comma < 1 or verb.doc[comma].text != "," or _closes_a_quotation(verb.doc, comma):
        return None
    named = _noun_before(verb)
    return named if named is not None and named.pos_ == "PROPN" else None


def name_before_its_description(subject: Token, verb: Token) -> Token | None:
    """`Ada Lund-Okoro, a grower in the valley, said …`: a description set off by commas between
    a name that opens the sentence and the cue is an apposition of that name, whoever the parser
    made the cue's subject (a hyphenated surname read as a verb leaves the description as the
    subject). The name's last word, when the words before the description are only a name (its
    capitalised words, with the lower-case nouns of a title before them: `Board member Ada
    Lund-Okoro`), else None."""
    doc = verb.doc
    comma = subject.left_edge.i - 1
    if subject.pos_ != "NOUN" or comma < 1 or doc[comma].text != "," or subject.right_edge.i not in (verb.i - 2, verb.i - 1):
        return None
    if doc[verb.i - 1].text != ",":
        return None
    name = doc[comma - 1]
    if not name.text[:1].isupper() or name.is_quote:
        return None
    start = comma - 1
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    while start < comma and doc[start].is_space:
        start += 1
    words = doc[start:comma]
    if not words[0].text[:1].isupper() or not all(_part_of_a_name(token) for token in words):
        return None
    return name


def _part_of_a_name(token: Token) -> bool:
    """A word that may stand in a name with its title: a capitalised word whatever the parser
    tagged it (a hyphenated surname may be read as a verb), a hyphen, or a noun of a title."""
    if token.text[:1].isupper():
        return token.pos_ not in ("ADP", "DET", "NUM", "PRON", "SCONJ", "CCONJ", "ADV")
    return token.text == "-" or token.pos_ == "NOUN"


def _agent(verb: Token, outside: Callable[[Token | None], Token | None]) -> Token | None:
    """`… was announced by the mayor`: the first object of a passive verb's `by` outside quotation marks."""
    for child in verb.children:
        if child.dep_ == "agent":
            agent = outside(next((t for t in child.children if t.dep_ == "pobj"), None))
            if agent is not None:
                return agent
    return None


def _object_of_as(verb: Token) -> Token | None:
    """`As X, a professor of law, put it, "…"` with X parsed as the object of the cue's `as`:
    X speaks (and the cue's `it`, after the verb, is no inverted subject)."""
    for child in verb.lefts:
        if child.dep_ == "mark" and child.lower_ == "as":
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN")), None)
    return None


def _object_before(verb: Token) -> Token | None:
    """`…, leaving coach X calling it "…"`, `had X saying`: a participle right after a name that
    is the object of the verb it hangs from says what the named one does, so they speak, not
    the subject of the verb above."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "ccomp") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    while before.head.i != before.i and before.head.i < verb.i and before.dep_ in ("compound", "flat", "appos"):
        before = before.head
    if before.dep_ != "dobj" or before.head.i != verb.head.i or before.pos_ != "PROPN":
        return None  # a name: `started out their debate saying`, `sent an email saying` are the subject's words
    return before


def set_off_before_a_joined_cue(verb: Token) -> Token | None:
    """`The shop will close in spring, its owner, Mira Oxtoby, said` · `The plant would hire
    staff, a spokesman for it, who would not give a name, said`: the parser took the words
    set off by commas right before the cue for a noun of the content (a conjunct, an object)
    and joined the cue to the content's verb as a second verb without `and`; those words name
    who speaks, not the content's subject. The first noun that opens after a comma and runs to
    the comma before the cue heads them."""
    doc = verb.doc
    comma = verb.i - 1
    if verb.dep_ != "conj" or verb.head.i > verb.i or comma < 1 or doc[comma].text != ",":
        return None
    for token in doc[max(verb.head.i + 1, comma - _RELATIVE_REACH) : comma]:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in _SET_OFF_BEFORE_A_CUE_DEPS:
            continue
        opened = token.left_edge.i > 0 and doc[token.left_edge.i - 1].text == ","
        if opened and token.right_edge.i in (comma - 1, comma) and token.left_edge.i > verb.head.i:
            return token
    return None


def _inherited_subject(verb: Token, quoted: Sequence[bool] = ()) -> Token | None:
    """The subject a cue shares with the verb it hangs from: `X said A and added B`,
    `X spoke, noting that …`, `X began by saying …`, `X was joined by Y and joked`. A verb
    inside quotation marks that the parser hung the cue from (`X arrived, telling them, "We …"`)
    is the quotation's own: the subject comes from the clause above it. A cue in the simple
    past joined to a verb of a reported clause that has an auxiliary of its own (`X said his
    side had lost but insisted …`) is joined to the verb that reports that clause: the shifted
    tense belongs to what X said, `insisted` to X. So is a participle set off at the end of a
    reported clause (`X denied that the boat had left, saying …`:
    `_reported_verb_above_a_participle`): X says more."""
    across = _reporting_verb_across_a_tense(verb) or _reported_verb_above_a_participle(verb)
    token = across or verb
    for _ in range(3):
        within_quotation = bool(quoted) and quoted[token.i] and token.dep_ == "ccomp"  # `X said the pier "…" and said`
        reported = within_quotation or token is across  # a clause whose subject is not the speaker's
        if (token.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") and not reported) or token.head.i == token.i:
            return None
        token = token.head
        if quoted and quoted[token.i]:
            continue
        subject = first_subject(token)
        if subject is not None:
            return subject if not (quoted and quoted[subject.i]) else None
    return None


def _reporting_verb_across_a_tense(verb: Token) -> Token | None:
    """The verb above a reported clause, for a cue the parser joined to that clause's verb
    (`said his side had batted well but insisted …`, `said the bridge would close and added
    …`): the cue is a bare simple past, the verb it is joined to has an auxiliary (the tense of
    the reported clause), and that verb is the object clause of the one above, right after it or
    opened by `that` (`told reporters that …`); not `At the moment X announced his candidacy, Y
    was holding a meeting and told aides …`, where the parser hung a clause of its own from a
    verb with an object."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp":
        return None
    opening = head.left_edge
    if opening.i != head.head.i + 1 and not (opening.dep_ == "mark" and opening.lower_ == "that"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return None
    if head.tag_ == "VBD" or not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    return head


def _reported_verb_above_a_participle(verb: Token) -> Token | None:
    """The verb of a reported clause that the parser hung a cue's participle from, when the
    participle is set off by a comma at the clause's end and has a clause of its own (`X denied
    that the boat had left without a crew, saying the skipper had been aboard`): X says more,
    not the subject of what X denied."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.dep_ != "ccomp" or head.i > verb.i:
        return None
    if verb.left_edge.i == 0 or verb.doc[verb.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children):
        return None
    return head if any(c.dep_ == "ccomp" for c in verb.children) else None


# Each Doc's first subject of every head, built on first use: `first_subject` is asked of the
# same head once per cue, and a head can have thousands of conjuncts (a run of cue verbs).
_FIRST_SUBJECTS: WeakKeyDictionary[Doc, dict[int, int]] = WeakKeyDictionary()


def first_subject(token: Token) -> Token | None:
    """The first of `token`'s children that is its subject (`nsubj`, `nsubjpass`), as a scan of
    `token.children` finds it, in time that does not grow with the number of its children."""
    doc = token.doc
    subjects = _FIRST_SUBJECTS.get(doc)
    if subjects is None:
        subjects = _FIRST_SUBJECTS[doc] = _subjects_by_head(doc)
    i = subjects.get(token.i)
    return None if i is None else doc[i]


def _subjects_by_head(doc: Doc) -> dict[int, int]:
    if not len(doc):
        return {}
    table = doc.to_array(["HEAD", "DEP"]).astype(np.int64)  # the head as an offset from the token
    strings = doc.vocab.strings
    subject = np.isin(table[:, 1], np.array([strings["nsubj"], strings["nsubjpass"]], dtype=np.uint64).astype(np.int64))
    found: dict[int, int] = {}
    for i in reversed(np.flatnonzero(subject).tolist()):  # the first child wins: written last
        if table[i, 0]:  # a root is no child of its own
            found[i + int(table[i, 0])] = i
    return found


def _noun_before(verb: Token) -> Token | None:
    """`…, Doe insisted that`: the parser took the name for an apposition of what came before,
    or took the speaker's name with its description (`Doe, a deckhand, said`) for one."""
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].pos_ in ("ADV", "AUX", "PART") or verb.doc[i].is_space):
        i -= 1
    if i >= 0 and verb.doc[i].pos_ in ("PROPN", "NOUN", "PRON") and verb.doc[i].dep_ not in ("dobj", "pobj"):
        return verb.doc[i]
    if i >= 0 and verb.doc[i].dep_ == "pobj":
        subject = _apposition_ending_at(verb.doc[i])
        if subject is not None:
            return subject
    if i > 0 and verb.doc[i].is_punct:
        # `"…," Jo Lee, a harbour official, said`: the parser hung the name on words in the quotation.
        # The description may end in words of its own (`the mayor's former chief of staff`):
        # climb from its last word to the apposition that holds it.
        described = verb.doc[i - 1]
        for _ in range(_APPOSITION_CLIMB):
            owned = _whose_description(described)
            if owned is not None:
                return owned
            if described.dep_ == "appos" and described.head.i < described.i and described.head.pos_ == "PROPN":
                return described.head
            if described.head.i == described.i or not described.head.i < described.i:
                break
            described = described.head
        return _antecedent_of_relative(verb.doc, i) or _opening_name(verb.doc, i)
    return None


def _whose_description(described: Token) -> Token | None:
    """`the porters' guild, whose general secretary, X, said …`: an apposition opened by `whose`
    describes someone of its own, who speaks (by the name set beside it, else as described), not
    the noun it hangs from."""
    if described.dep_ != "appos" or not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in described.lefts):
        return None
    return next((c for c in described.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), described)


def _apposition_ending_at(last: Token) -> Token | None:
    """`A owned nine flats, a report by the probation service said`: the parser took the
    speaker's words, set off by a comma and ending in a preposition's object right before the
    cue, for an apposition to a noun of the content (or another noun of it: its object); the
    head of those words names who speaks."""
    described = last
    for _ in range(_APPOSITION_CLIMB):
        if described.head.i == described.i or not described.head.i < described.i:
            return None
        described = described.head
        if described.dep_ in SET_OFF_NOUN_DEPS and described.pos_ in ("NOUN", "PROPN"):
            opened = described.left_edge.i > 0 and described.doc[described.left_edge.i - 1].text == ","
            return described if opened and described.right_edge.i == last.i else None
    return None


_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = ("WP", "WDT")


def _opening_name(doc: Doc, comma: int) -> Token | None:
    """`Dr. Ana Roe, a hydrologist at the institute who was not involved, said the plan …` ·
    `Their leader, Omar Sey, said the board …`: lost in a long description, the parser may hang
    the name on the cue as a clause and leave the cue without a subject. When the sentence up
    to the comma before the cue is only a noun phrase (a name, its description, relative
    clauses: no clause with a subject of its own, no quotation), the person it names speaks:
    its first run of proper nouns, at its start or right after the first comma."""
    start = next((j for j in range(comma - 1, max(-1, comma - 1 - _RELATIVE_REACH), -1) if doc[j].is_sent_start), None)
    if start is None:
        return None
    while start < comma and doc[start].is_space:
        start += 1
    words = doc[start:comma]
    if not len(words) or words[0].pos_ not in ("DET", "PRON", "PROPN", "NOUN", "ADJ"):
        return None
    if any(t.is_quote or _has_own_subject(t) for t in words):
        return None
    first_comma = next((t.i for t in words if t.text == ","), comma)
    k = start if doc[start].pos_ == "PROPN" else first_comma + 1
    if k >= comma or doc[k].pos_ != "PROPN" or not doc[k].text[:1].isupper():
        return None
    while k + 1 < comma and doc[k + 1].pos_ == "PROPN":
        k += 1
    return None if doc[k + 1].tag_ == "POS" else doc[k]  # `Harbour Board's director`: a body's, not a name


def _has_own_subject(token: Token) -> bool:
    """A verb with a subject of its own, not a relative pronoun: a clause, not a description."""
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _CLAUSE_SUBJECTS and c.tag_ not in _RELATIVE_TAGS for c in token.children
    )


def _antecedent_of_relative(doc: Doc, comma: int) -> Token | None:
    """`Sen. Jo Lee (D-Ore.), who wrote the bill with her, said`: a relative clause that the
    comma before the cue closes describes the speaker; the parser, lost in it, may have left
    the cue without a subject. The relative pronoun's clause hangs from the speaker's name."""
    if doc[comma].is_sent_start:
        return None
    # back to the sentence's start, found token by token (`Token.sent` walks the whole sentence)
    for j in range(comma - 1, max(-1, comma - 1 - _RELATIVE_REACH), -1):
        token = doc[j]
        if token.tag_ in ("WP", "WP$") and j > 0 and doc[j - 1].text == ",":
            clause = token.head
            named = clause.head if clause.dep_ == "relcl" else None
            if named is not None and named.i < j and named.pos_ == "NOUN":
                named = _described_by_its_object(named)
            if named is not None and named.i < j and named.pos_ in ("PROPN", "NOUN"):
                return named
            return None
        if token.is_sent_start:
            return None
    return None


def _described_by_its_object(noun: Token) -> Token | None:
    """`X, a former coach of the team, who would not give a name, said`: the parser hangs
    the relative clause from the last noun before it, the object of the description's `of`
    (`team`); the one described is the head of the words set off by the comma (or the
    quotation's closing mark) before them (`coach`). A noun that opens no such words (`the rules of the club, which …`, inside a
    clause) names no speaker."""
    for _ in range(_APPOSITION_CLIMB):
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        set_off = before is not None and (before.text == "," or before.is_quote)  # `"…," a coach of the team, who …, said`
        if set_off and noun.dep_ in _SET_OFF_DESCRIBED_DEPS:
            return noun
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = noun.head.head
    return None


def _name_after_inverted(verb: Token, time_words: Collection[str]) -> Token | None:
    """`"…," said Jo Lee, who served as mayor yet backed her rival`: in the inverted order
    right after a quotation, the noun phrase that follows the verb names the speaker even when
    the parser made it the subject of a later verb."""
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    after = verb.i + 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    if before < 0 or not doc[before].is_punct or after >= len(doc) or not _closes_a_quotation(doc, before):
        return None
    token = doc[after]
    while token.dep_ in _NOUN_PHRASE_LEFT and token.head.i > token.i and token.head.i - verb.i <= _INVERTED_REACH:
        token = token.head
    if token.pos_ in ("PROPN", "NOUN") and token.text.lower() not in time_words:
        return token
    return None


def _closes_a_quotation(doc: Doc, last: int) -> bool:
    """Whether the punctuation ending at `last` holds a quotation mark (`…," said`); after a plain
    comma (`X, who wrote the bill with her, said the Senate would …`) the noun after the verb
    opens what was said, not the name of who said it."""
    while last >= 0 and (doc[last].is_punct or doc[last].is_space):
        if doc[last].is_quote:
            return True
        last -= 1
    return False


def noun_phrase(head: Token, quoted: Sequence[bool] = (), lexicon: Lexicon | None = None) -> Span:
    """The words of the noun phrase `head` heads, without relative clauses and appositions,
    with the `of` that completes a proper name (`the Bank of England`)."""
    if quoted or lexicon is not None:
        return _noun_phrase(head, quoted, lexicon)
    # Asked with the shipped words and nothing quoted, of the same heads again and again (the
    # collectors, the walk, each description): the phrase's edges are kept for the Doc.
    doc, lexicon = head.doc, default_lexicon()
    known = _PHRASES.get(doc)
    if known is None or known[0] is not lexicon:
        known = _PHRASES[doc] = (lexicon, {})
    edges = known[1].get(head.i)
    if edges is None:
        phrase = _noun_phrase(head, (), lexicon)
        known[1][head.i] = (phrase.start, phrase.end)
        return phrase
    return Span(doc, *edges)


_PHRASES: WeakKeyDictionary[Doc, tuple[Lexicon, dict[int, tuple[int, int]]]] = WeakKeyDictionary()


def _noun_phrase(head: Token, quoted: Sequence[bool], lexicon: Lexicon | None) -> Span:
    lexicon = lexicon or default_lexicon()
    joiners = lexicon.grammar.name_joiner
    start = head.i
    for child in lefts(head):
        if child.dep_ in _NOUN_PHRASE_LEFT:
            start = min(start, child.left_edge.i)
    end = head.i
    for child in rights(head):
        if child.i != end + 1 and not _particles_between(head.doc[end + 1 : child.i], lexicon):
            continue
        if child.dep_ in _NOUN_PHRASE_RIGHT or _completes_a_name(head, child, joiners, lexicon.grammar) or _goes_on_a_name(head, child):
            end = child.right_edge.i
        elif (portfolio := _portfolio_going_on(head, child, lexicon.grammar)) is not None:
            end = portfolio.right_edge.i
    doc = head.doc
    end = _hyphened_to(doc, end)
    while start < head.i and (doc[start].is_space or doc[start].is_punct or (quoted and quoted[start])):
        start += 1
    return Span(doc, start, end + 1)  # start <= head <= end: the slice without its checks


def _hyphened_to(doc: Doc, end: int) -> int:
    """`daughter-in-law`, `mother-of-two`: the words a hyphen glues to the end of a noun
    phrase are one noun with it, however the parser hung them."""
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_ \
            and doc[end + 2].is_alpha:
        end += 2
    return end


def _goes_on_a_name(head: Token, child: Token) -> bool:
    """`Graham Ferris-Mbatha said`, `Maria í Lon said`: a proper noun right after a proper
    noun, with nothing or only a surname's particles between them, that the parser took for an
    apposition is the rest of the name (an apposition stands after a comma)."""
    return child.dep_ == "appos" and head.pos_ == "PROPN" and child.pos_ == "PROPN" and child.left_edge.i == head.i + 1


def _particles_between(words: Span, lexicon: Lexicon) -> bool:
    """Whether the words between a head and a child of it are a surname's lower-case
    particles (`í`, `de la`), which the parser hangs from the surname after them."""
    particles = lexicon.people_words.surname_particles
    return len(words) > 0 and all(t.text.islower() and fold(t.text) in particles for t in words)


def _completes_a_name(head: Token, prep: Token, joiners: Collection[str], grammar: Grammar) -> bool:
    """`Bank` + `of England`, `Department` + `of Homeland Security`: an `of` and proper nouns
    alone, right after a proper noun. `Mr. Doe of the Harbour Board` keeps its name alone; a
    proper noun with an article, which is no person's name, takes one after `of` too (`the
    Office of the Data Commissioner`); a body named for a portfolio, the `and` that joins its
    parts (`the Ministry of Quarrying and Heavy Engineering`)."""
    if head.pos_ != "PROPN" or prep.lower_ not in joiners:
        return False
    rest = head.doc[prep.i + 1 : prep.right_edge.i + 1]
    if len(rest) > 1 and rest[0].dep_ == "det" and any(c.dep_ == "det" for c in head.lefts):
        rest = rest[1:]
    joined = head.lower_ in grammar.portfolio_nouns
    return len(rest) > 0 and all(t.pos_ == "PROPN" or joined and _joins_parts(t, rest, grammar) for t in rest)


def _portfolio_going_on(head: Token, cc: Token, grammar: Grammar) -> Token | None:
    """`the Ministry of Quarrying | and Heavy Engineering said`: after the portfolio of a body
    named for one, an `and` and proper nouns alone (no article, no acronym: `the Ministry of
    Health and the Red Cross`, `… and UNICEF` are two bodies) go on naming it, though the
    parser joined them to the body as a second one; the last word of that conjunct, else None."""
    if head.pos_ != "PROPN" or head.lower_ not in grammar.portfolio_nouns or cc.dep_ != "cc":
        return None
    if cc.lower_ not in grammar.name_conjunctions or not any(c.dep_ == "prep" and c.i < cc.i for c in head.rights):
        return None
    conjunct = next((c for c in head.rights if c.dep_ == "conj" and c.left_edge.i == cc.i + 1), None)
    if conjunct is None:
        return None
    words = head.doc[cc.i + 1 : conjunct.right_edge.i + 1]
    return conjunct if all(_a_portfolio_word(t) for t in words) else None


def _a_portfolio_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and not token.text.isupper()


def _joins_parts(token: Token, rest: Span, grammar: Grammar) -> bool:
    """An `and` between the proper nouns of a portfolio (`of Quarrying and Heavy Engineering`)."""
    return (token.lower_ in grammar.name_conjunctions and rest.start < token.i < rest.end - 1
            and token.doc[token.i - 1].pos_ == "PROPN" and _a_portfolio_word(token.doc[token.i + 1]))


def tokens_where(
    doc: Doc,
    *,
    pos: Collection[str] = (),
    tags: Collection[str] = (),
    lower: Collection[str] = (),
    text: Collection[str] = (),
) -> list[int]:
    """The indices, in order, of the tokens with one of the parts of speech, tags, lower-case
    forms or texts given: what a loop over every token testing those would keep, read from the
    Doc's arrays without making a `Token` of each (a loop over the Doc costs that, each time)."""
    if not len(doc):
        return []
    keep = None
    for attr, values in (("POS", pos), ("TAG", tags), ("LOWER", lower), ("ORTH", text)):
        if values:
            column = _column(doc, attr)
            # each token's value looked up among the values sorted (`numpy.isin` sorts the whole array)
            wanted = _sorted_ids(values if isinstance(values, (tuple, frozenset)) else tuple(values))
            found = wanted[np.minimum(np.searchsorted(wanted, column), len(wanted) - 1)] == column
            keep = found if keep is None else keep | found
    return [] if keep is None else np.flatnonzero(keep).tolist()


@lru_cache(maxsize=64)
def _sorted_ids(values: tuple[str, ...] | frozenset[str]) -> np.ndarray:
    """The ids of `values`, sorted, once for each list a caller asks about (the same few lists,
    asked of every document). A part of speech's symbol is its id in the Doc's arrays, as a
    word's hash is; neither depends on a Doc's StringStore, which the cache would keep alive."""
    return np.unique(np.array([get_string_id(value) for value in values], dtype=np.uint64))


# Each Doc's columns `tokens_where` reads, read on first use: it is asked of the same Doc nine
# times a document, and a column read from the Doc costs as much as the question.
_COLUMNS: WeakKeyDictionary[Doc, dict[str, np.ndarray]] = WeakKeyDictionary()


def _column(doc: Doc, attr: str) -> np.ndarray:
    columns = _COLUMNS.get(doc)
    if columns is None:
        columns = _COLUMNS[doc] = {}
    column = columns.get(attr)
    if column is None:
        column = columns[attr] = doc.to_array(attr)
    return column


def newline_tokens(doc: Doc) -> list[int]:
    """The indices, in order, of the tokens whose text holds a line break (a token's own
    whitespace is at most one space, so these are where a span's text can hold one)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    orths = doc.to_array("ORTH").tolist()
    breaking = {orth for orth in set(orths) if "\n" in strings[orth]}
    return [i for i, orth in enumerate(orths) if orth in breaking] if breaking else []
