"""Reported speech: the clause a speech event reports, when no quotation marks hold it.

    X said that the city would block it.      -> "the city would block it"
    The city will block it, X declared.       -> "The city will block it"
    …, noting that the vote was final.        -> "the vote was final"
    X vowed to cut taxes.                     -> "to cut taxes"
    The vote, X said, was final.              -> "The vote", "was final"
    As X reported, the vote was final.        -> "the vote was final"
    Fares to double, council says             -> "Fares to double"
    According to X, the vote was final.       -> "the vote was final"

    X said A, but that B.                     -> "A", "B" (two statements)
    X said A and called the plan a disgrace.  -> "A" (the rest is what X did next)
    X said it would study A and declined …    -> "it would study A"
    X said she accepted that A but that B.    -> "she accepted that A", "B"
    A had promised B, she said, and C.        -> "A had promised B", "C" (C in the said tense)
    a garage which X said is half-empty       -> "is half-empty"
    A happened, X said on Monday, in a …      -> "A happened" (the clause after the comma is the writer's)

Not statements: beliefs and perceptions (no cue verb), questions (`asked whether …`),
`according to` sources that are figures rather than speakers (`according to the final data`;
a document speaks for its author), deals (`agreed to buy …`), a request for anonymity (`who
asked not to be named`), an absolute phrase after the attribution (`she said, her voice
breaking`) and a cue inside quotation marks (the quoted speaker's own words).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Span, Token

from quotex.attribution.declared import select_named
from quotex.lexicon import Grammar, Lexicon
from quotex.parse.context import SpeechEvent
from quotex.parse.marks import DOUBLE_MARKS, DOUBLED
from quotex.parse.syntax import (
    ORGANISATION_LABELS,
    SET_OFF_NOUN_DEPS,
    cue_span,
    is_according_to,
    name_before_its_description,
    set_off_before_a_joined_cue,
)
from quotex.parse.tree import below_with_label, children, with_label_between

_SPEAKER_DEPS = {"nsubj", "nsubjpass", "pobj"}
_MIN_TOKENS = 3
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
_CIRCUMSTANCE_DEPS = {"prep", "advcl", "advmod", "npadvmod", "mark", "agent", "intj"}
_JOINING_DEPS = {"cc", "mark", "discourse", "prep"}
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "pobj"}
_MODIFIER_DEPS = {"advmod", "npadvmod", "advcl"}  # what the parser may make of a name before its cue
_MOSTLY_QUOTED = 0.5  # a clause mostly in quotation marks is a direct or mixed quotation already
RULE = "reported"  # the name a statement of reported speech gives its rule (`quotex.attribution.confidence`)


def reported_clauses(
    event: SpeechEvent, quoted: Sequence[bool], lexicon: Lexicon, strategies: Sequence[Strategy] | None = None
) -> list[Span]:
    """The words a speech event reports, without the cue, the speaker or a leading `that`:
    one span, or two where the attribution stands inside the clause and cuts it in two
    (`The pier, X said, will reopen`), as a quotation interrupted by its cue is two quotations.
    Parts mostly in quotation marks are left out: they are direct or mixed quotations."""
    parts = reported_parts(event, quoted, lexicon, strategies)
    # A slice of the flags, not a walk over the tokens: a clause can run to the end of a text of thousands of them.
    unquoted = [part for part in parts if sum(quoted[part.start : part.end]) <= _MOSTLY_QUOTED * len(part)]
    if len(unquoted) < len(parts):
        # The rest of the clause is a quotation (reported as direct or mixed): what stands
        # outside it is a statement of its own only as a clause (`A, she said, and "B"`),
        # not as the subject of the quoted words (`The pier, she said, "will …"`).
        unquoted = [part for part in unquoted if any(t.pos_ in ("VERB", "AUX") for t in part)]
    parts = unquoted
    if sum(len(part) for part in parts) < _MIN_TOKENS:
        return []
    # Once it is known to be no quotation: a clause stops after the mark that closes one it opens.
    return [part.doc[part.start : _through_closing_mark(part, lexicon.grammar)] for part in parts]


def reported_parts(
    event: SpeechEvent, quoted: Sequence[bool], lexicon: Lexicon, strategies: Sequence[Strategy] | None = None
) -> list[Span]:
    """The words a speech event reports (`reported_clauses`), quoted words included: the
    quotations inside them are its speaker's words too (`rules.reported_around`)."""
    if event.mention is None or event.mention.root.dep_ not in _SPEAKER_DEPS and not (
            _apposition_before(event) or _subject_left_as_root(event) or _whose_apposition(event) or _beside_the_subject(event)
            or _set_off_before_the_cue(event) or _named_before_its_description(event)
            or _name_taken_for_a_modifier(event, lexicon)):
        return []  # only a true subject (or the source of `according to`) makes a statement
    if quoted[event.cue.root.i]:
        return []  # `"… I should say that …"`: the quoted speaker's words, reported as a quotation
    if any(c.dep_ == "neg" for c in children(event.cue.root)):
        return []  # `did not say when …`, `never said that …`: what was not said is no statement
    if event.cue.root.dep_ == "pcomp" and event.cue.root.head.lower_ in lexicon.grammar.negating_prepositions:
        return []  # `without saying when it would open`: likewise
    if _judged_thing(event.cue.root, event.mention.root, lexicon) or _what_is_said_judged(event, lexicon):
        return []
    if is_according_to(event.cue[0], lexicon):
        found = _according_to_clause(event, lexicon)
    else:
        found = complement_clause(event.cue.root, lexicon, STRATEGIES if strategies is None else strategies)
    if _apposition_before(event):
        found = [_before_the_speaker(part, event, lexicon) for part in found]
    return [part for part in found if part is not None and not _connective(part)]


def _passive_telling(verb: Token, lexicon: Lexicon) -> bool:
    """`were told`, `had been promised`: a verb of telling in the passive."""
    return lexicon.lemma(verb) in lexicon.listener_cues and any(c.dep_ == "auxpass" for c in verb.children)


def _apposition_before(event: SpeechEvent) -> bool:
    """`A owned nine flats, a report by the agency said`: words set off by a comma right before
    the cue, which the parser took for a noun of the content, are its subject (`syntax.speaker_head`)."""
    mention = event.mention
    if mention is None or mention.root.dep_ not in SET_OFF_NOUN_DEPS:
        return False
    # The words may close with a relative clause and its comma (`a manager, who asked not to be named, said`).
    end = event.cue.start - (2 if event.cue.doc[event.cue.start - 1].text == "," else 1)
    if mention.root.right_edge.i not in (end, event.cue.start - 1):
        return False
    return mention.root.head.i < mention.root.i and event.cue.doc[mention.root.left_edge.i - 1].text == ","


def _set_off_before_the_cue(event: SpeechEvent) -> bool:
    """`The shop will close, its owner, Mira Oxtoby, said`: the parser took the speaker's words for a
    conjunct of the content and joined the cue to its verb (`syntax.set_off_before_a_joined_cue`)."""
    return event.mention is not None and set_off_before_a_joined_cue(event.cue.root) == event.mention.root


def _named_before_its_description(event: SpeechEvent) -> bool:
    """`Ada Lund-Okoro, a grower in the valley, said …`: the parser made the description the
    cue's subject and the name a clause of its own (`syntax.name_before_its_description`)."""
    verb = event.cue.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return event.mention is not None and subject is not None and name_before_its_description(subject, verb) == event.mention.root


def _whose_apposition(event: SpeechEvent) -> bool:
    """`the guild, whose general secretary, X, said …`: the parser left the cue without a subject
    and took the speaker for an apposition opened by `whose` (`syntax.speaker_head`)."""
    root = event.mention.root if event.mention is not None else None
    if root is None or root.dep_ != "appos" or root.i > event.cue.start:
        return False
    described = root.head if root.head.dep_ == "appos" else root
    return any(c.dep_ == "poss" and c.tag_ == "WP$" for c in described.lefts)


def _beside_the_subject(event: SpeechEvent) -> bool:
    """`Outside City Hall, X, who …, said`: the name in apposition to the cue's subject, which
    the parser made of the words before it (`context.who_speaks`)."""
    root = event.mention.root if event.mention is not None else None
    return root is not None and root.dep_ == "appos" and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.head.i == event.cue.root.i


def _name_taken_for_a_modifier(event: SpeechEvent, lexicon: Lexicon) -> bool:
    """`Harbour chair Ilse Vantongeren-Moyo said …`, `Okafeme-Brandt, 38, who runs a bakery, said
    …`: before a cue with no subject of its own, a name the parser took for an adverb or a clause
    of the cue (an unusual surname read as a word of manner) is its subject: a name neither
    modifies a verb nor makes a clause. A day or a date does (`Friday, the state asked …`)."""
    root, verb = event.mention.root if event.mention is not None else None, event.cue.root
    if root is None or root.pos_ != "PROPN" or root.dep_ not in _MODIFIER_DEPS or root.head.i != verb.i or root.i > verb.i:
        return False
    return not any(c.dep_ in _SUBJECT_DEPS for c in verb.children) and not _when(root, lexicon)


def _subject_left_as_root(event: SpeechEvent) -> bool:
    """`X, a senator from Y who has served since 1997, announced on Wednesday that …`: after a long
    description set off by commas, the parser may leave the name as the sentence's root and take
    the cue for a participle describing it; the cue, after the description's comma, is X's verb."""
    mention, verb = event.mention, event.cue.root
    if mention is None or mention.root.dep_ != "ROOT" or verb.dep_ != "acl" or verb.head.i != mention.root.i:
        return False
    return verb.i > 0 and verb.doc[verb.i - 1].text == "," and any(c.dep_ == "appos" for c in mention.root.children)


def _before_the_speaker(part: Span | None, event: SpeechEvent, lexicon: Lexicon) -> Span | None:
    """A part of the content without the speaker's words the parser took into it."""
    start = event.mention.root.left_edge.i if event.mention is not None else event.cue.start
    if part is None or not part.start < start < part.end:
        return part
    return _trimmed(part.doc[part.start : start], lexicon)


def complement_clause(verb: Token, lexicon: Lexicon, strategies: Sequence[Strategy]) -> list[Span | None]:
    """What a cue verb reports, by the first of `strategies` that answers (see `STRATEGIES`)."""
    for strategy in strategies:
        found = strategy.find(verb, lexicon)
        if found is not None:
            return found
    return []


def _complement(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`said [that] …`, `…, X said`: the cue's clausal complement.

    `A said X; B said Y`: the parser may hang A's clause from B's verb as a second
    complement. The content follows the verb when anything does."""
    complements = [c for c in verb.children if c.dep_ == "ccomp"]
    first = complements[0] if complements else None
    # `A happened, the company said on Monday, in a breach it …`: after a content before the
    # cue, a clause set off by a comma is the writer's, which the parser took for a second one.
    clause = next((c for c in complements if c.i > verb.i and not (first is not None and first.i < verb.i and _set_off(verb, c, lexicon))), first)
    if clause is None or _when_after_an_interruption(verb, clause, lexicon):
        return None
    if _listeners_described(verb, clause, lexicon):
        return []
    parts = _content_of(clause, lexicon, verb)
    if parts and clause.i > verb.i:
        return [*parts, *_elaborations(verb, clause, lexicon)]
    if not parts:
        return parts
    parts = _joined_before(verb, clause, parts, lexicon)
    conj = _joined_after(verb, clause)
    rest = _going_on(conj, verb, clause, lexicon) if conj is not None else _completion(verb, clause, lexicon)
    return [*parts, rest] if rest is not None else parts


def _joined_before(verb: Token, clause: Token, parts: list[Span | None], lexicon: Lexicon) -> list[Span | None]:
    """`There is no spring left, and the tanks hold water for a week, he says`: before the cue, two
    clauses joined by `and` or `but` are one content, which the parser hung from the cue as two
    complements (the first keeping the conjunction); clauses with no conjunction between are
    other sentences' (`A said X; B said Y`, `_complement`)."""
    later = [c for c in verb.children if c.dep_ == "ccomp" and clause.i < c.i < verb.i]
    joints = [c for c in clause.children if c.dep_ == "cc" and c.i > clause.i]
    last = parts[-1]
    if not later or not joints or last is None:
        return parts
    doc = verb.doc
    second = later[0]
    if any(not (t.is_punct or t.is_space) for t in doc[joints[-1].i + 1 : second.left_edge.i]):
        return parts  # the conjunction joins something inside the first clause
    ends = _content_of(second, lexicon, verb)
    if not ends or ends[-1] is None or ends[-1].start < last.end:
        return parts
    return [*parts[:-1], _trimmed(doc[last.start : ends[-1].end], lexicon)]


def _when_after_an_interruption(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """`Older ferries had broken down more often in winter, she noted, when most crossings are
    rough`: after an attribution set in a sentence whose clause stands before it, a clause of
    when or where set off by a comma tells of that clause (the parser hung it from the cue); the
    clause before is what was said (`_interrupted_clause`)."""
    if verb.dep_ != "parataxis" or verb.head.i > verb.i or clause.i < verb.i or clause.dep_ != "ccomp":
        return False
    return clause.left_edge.tag_ in lexicon.grammar.wh_adverb_tag and _set_off(verb, clause, lexicon)


def _listeners_described(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """`"…," she told about 80 fans squeezed into the bar`: after a verb of telling with no
    object of its own, a past participle with no auxiliary and no object of its own describes
    who listened (the parser took them for its subject); it says nothing."""
    if clause.i < verb.i or lexicon.lemma(verb) not in lexicon.listener_cues or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    grammar = lexicon.grammar
    participle = clause.tag_ in grammar.past_tags & grammar.participle_tags
    return participle and not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in clause.children)


def _set_off(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """Whether a comma stands between the cue and a clause after it (`said on Monday, in a breach
    …`, `said Wednesday, as demand for the sensors the site makes continues to slide`), and no
    `that` opens the clause (`…, Obama noted, that the most visited page …` goes on with what was said)."""
    opener = clause.left_edge
    comma = any(t.text == "," for t in verb.doc[verb.i + 1 : opener.i])
    return comma and opener.lower_ not in lexicon.grammar.complementizer


def _elaborations(verb: Token, clause: Token, lexicon: Lexicon) -> list[Span | None]:
    """`said the driver had planned the route carefully: most stops were in villages, …`: a
    clause after a colon that ends the content spells it out, and is said too, whether the
    parser hung it from the cue as a second complement or made it the sentence's root. After
    an elliptic clause (`says they do: output rose …`) the colon gives the writer's evidence."""
    doc = verb.doc
    if clause.pos_ == "AUX" and all(c.dep_ in _SUBJECT_DEPS or c.is_punct for c in clause.children):
        return []
    found: list[Span | None] = []
    for other in verb.rights:
        if other.dep_ != "ccomp" or other.i < clause.i:
            continue
        colon = other.left_edge.i if other.left_edge.text == ":" else other.left_edge.i - 1
        if doc[colon].text == ":" and colon > clause.right_edge.i:
            found.append(_trimmed(doc[colon + 1 : other.right_edge.i + 1], lexicon))
    root = verb.head
    colon = verb.right_edge.i + 1
    if verb.dep_ == "ccomp" and root.i > verb.i and colon < len(doc) and doc[colon].text == ":":
        found.append(_trimmed(doc[colon + 1 : root.right_edge.i + 1], lexicon))
    return found


def _completion(verb: Token, clause: Token, lexicon: Lexicon) -> Span | None:
    """`It is also, the painter told me, a matter of money`: a copula left without its
    complement before an attribution set in the middle of the sentence is completed by the
    words after the attribution's comma (the parser takes them for the cue's object, or an
    apposition to a noun of the attribution)."""
    if clause.lower_ not in lexicon.grammar.copula_forms or any(c.i > clause.i and c.dep_ not in ("punct", "advmod", "neg") for c in clause.children):
        return None
    doc = verb.doc
    comma = next((t.i for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.text == ","), None)
    if comma is None:
        return None
    rest = [t for t in doc[comma + 1 : verb.right_edge.i + 1] if not (t.is_punct or t.is_space)]
    if not rest or rest[0].dep_ in ("cc", "conj") or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    return _trimmed(doc[rest[0].i : rest[-1].i + 1], lexicon)


def _joined_after(verb: Token, clause: Token) -> Token | None:
    """The clause joined with `, and` after an attribution set in the middle of the sentence,
    whether the parser hung it from the cue or from the clause before. After an inverted
    attribution (`…, said X, who led it and has …`) what follows may go on with X's description.
    An infinitive after the `and` may hang from the cue itself (`…, he said, and to keep …`)."""
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.rights):
        return None
    doc = verb.doc
    joined = [c for c in verb.rights if c.dep_ == "xcomp" and doc[c.left_edge.i - 1].dep_ == "cc"]
    conj = next((c for c in (*verb.rights, *clause.rights) if c.dep_ == "conj" and c.i > verb.i), joined[0] if joined else None)
    if conj is None or doc[_joint(conj)].text != ",":
        return None  # `said and …`: without the comma, two things the speaker did
    return conj


def _going_on(conj: Token, verb: Token, clause: Token, lexicon: Lexicon) -> Span | None:
    """`The storm would close the pier, she added, and no ferry had found a way round it`: after
    an attribution set in the middle of the sentence, a clause joined to the cue with `, and`
    goes on with what was said when its tense is the reported one, not the narrative's (`…, she
    said, and the crowd cheered`): a modal, the present after a cue in the past, the content
    clause's own auxiliary again (`A had lost it, X said, and had been …`), or the past perfect
    of a subject other than a pronoun (which may be the speaker, doing something next: `…, she
    said, and she had left`). An attribution of its own is another statement, unless a modal
    makes it what the speaker said they might do (`…, it said, but it may ask customers to …`).
    After a cue in the present, the narrative's tense is the present, so a past is the speaker's
    story (`The choir met in a hall, she says, and she did not leave until …`); an infinitive
    (`…, he said, and to keep brewing …`) can only go on with an infinitive of what was said."""
    if conj.pos_ not in ("VERB", "AUX"):
        return None
    grammar = lexicon.grammar
    auxiliaries = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
    subject = next((c for c in conj.children if c.dep_ in _SUBJECT_DEPS), None)
    first = auxiliaries[0] if auxiliaries else conj
    if cue_span(conj, lexicon) is not None and first.tag_ not in grammar.modal_tag:
        return None
    past_perfect = _past_perfect(conj, auxiliaries, grammar)
    shifted = (
        first.tag_ in grammar.modal_tag
        or first.tag_ in grammar.infinitive_tag and subject is None
        or _present(first, grammar) and verb.tag_ in grammar.past_tags
        or first.tag_ in grammar.past_tags and _present(verb, grammar)
        or bool(auxiliaries) and first.lower_ in {c.lower_ for c in clause.children if c.dep_ == "aux"}
        or past_perfect and subject is not None and subject.pos_ != "PRON"
    )
    return _trimmed(verb.doc[conj.left_edge.i : conj.right_edge.i + 1], lexicon) if shifted else None


def _present(verb: Token, grammar: Grammar) -> bool:
    """Whether a verb (or the auxiliary that carries its tense) is in the present."""
    return verb.tag_ in grammar.tensed_tags | grammar.finite_verb_tags and verb.tag_ not in grammar.past_tags | grammar.participle_tags


def _infinitive(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`vowed to cut taxes`, `urged Congress to act`: the infinitive of a promise or a request."""
    if lexicon.lemma(verb) not in lexicon.infinitive_cues:
        return None
    clause = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if clause is not None and (_about_the_speaker(verb, clause) or _told_to(verb, clause, lexicon)):
        return []
    return [_trimmed(clause.doc[clause.left_edge.i : clause.right_edge.i + 1], lexicon)] if clause is not None else None


def _told_to(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """`Campers told to go as fire spreads`, `staff were ordered to stay home`: a verb of
    telling someone to act takes its listener as object (`told them to go`, which the parser
    may make the infinitive's subject); with none, it is a passive (a headline drops the
    `were`), and its subject is who was told, not who spoke."""
    if lexicon.lemma(verb) not in lexicon.grammar.directive_cues:
        return False
    listener = any(c.dep_ in ("dobj", "dative") for c in verb.children) or any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
    return not listener


def _accusation(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`accused the council of ignoring the fleet`: the one charged and the charge
    (`accusation_cues.txt`); an active verb with both, else nothing."""
    preposition = lexicon.accusation_cues.get(lexicon.lemma(verb))
    if preposition is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    charged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    charge = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == preposition and c.i > verb.i), None)
    if charge is None and charged is not None:  # the parser may hang the charge from the one charged
        charge = next((c for c in charged.children if c.dep_ == "prep" and c.lower_ == preposition), None)
    if charged is None or charge is None or charged.i > charge.i:
        return None
    return [_trimmed(verb.doc[charged.left_edge.i : charge.right_edge.i + 1], lexicon)]


def _announced_thing(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`announced grants of $500 for each shop`: the object of a verb that makes a
    thing known (`thing_cues` in `grammar.tsv`) is what was said, as a noun phrase, once it has
    been made known. A pronoun (`announced it`) stands for something said before."""
    if lexicon.lemma(verb) not in lexicon.grammar.thing_cues:
        return None
    grammar = lexicon.grammar
    if verb.tag_ not in grammar.finite_verb_tags or any(c.dep_ == "aux" and c.tag_ in grammar.modal_tag | grammar.infinitive_tag for c in verb.children):
        return None  # `would announce a date`, `to announce …`: nothing is known yet
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.pos_ == "PRON":
        return None
    # `announced grants of $500 for shops and $200 for stalls`: the parser may hang the
    # rest of the phrase from the verb; it goes on while nothing but a preposition or another
    # noun joins it (no comma, no verb: `…, and declared a day of mourning`).
    end = thing.right_edge.i
    for rest in (c for c in verb.rights if c.i > thing.i and c.dep_ != "cc"):
        joined = rest.dep_ == "prep" or rest.dep_ == "conj" and rest.pos_ not in ("VERB", "AUX")
        if not joined or any(t.text == "," for t in verb.doc[end + 1 : rest.left_edge.i]):
            break
        end = rest.right_edge.i
    return [_trimmed(verb.doc[thing.left_edge.i : end + 1], lexicon)]


def _about_the_speaker(verb: Token, clause: Token) -> bool:
    """`who asked not to be named`, `begged to be excused`: a passive infinitive asked of no
    listener is a request about how the speaker is to be treated, not a message."""
    asked_of_someone = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return not asked_of_someone and any(c.dep_ == "auxpass" for c in clause.children)


def _adverbial(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`said after the meeting he …`: a clause the parser hung from the cue as an adverbial."""
    clause = _unmarked_clause(verb, lexicon)
    return _content_of(clause, lexicon, verb) if clause is not None else None


def _subject_taken_for_the_object(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`said the way the hall is heated, a boiler in each wing, also saves fuel`: the
    content clause's subject, long and set off by commas, taken for the cue's object, and its verb
    for a clause of circumstance hung from the cue (with a tense of its own, and no conjunction
    or subject of its own). An object of telling is who listened (`told reporters …`)."""
    if lexicon.lemma(verb) in lexicon.listener_cues:
        return None
    # the parser makes it the object, or a noun of measure when it cannot be one (`said the way …`)
    subject = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i < verb.i or _when(subject, lexicon):
        return None
    clause = next((c for c in verb.rights if c.dep_ == "advcl" and c.i > subject.right_edge.i), None)
    if clause is None or clause.tag_ not in lexicon.grammar.tensed_tags:
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("mark", "aux", "auxpass") for c in clause.children) or clause.left_edge.pos_ == "SCONJ":
        return None
    return [_trimmed(verb.doc[subject.left_edge.i : clause.right_edge.i + 1], lexicon)]


def _when(token: Token, lexicon: Lexicon) -> bool:
    """`said Monday`, `said last week`: a noun of time."""
    return token.lower_ in lexicon.time_words or token.ent_type_ in ("DATE", "TIME")


def _in_the_object(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`told a meeting of X that …`: a `that` clause hung from the listener or the message."""
    clause = _clause_in_the_object(verb, lexicon)
    return _content_of(clause, lexicon, verb) if clause is not None else None


def _in_the_occasion(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`said in a statement that …`, `wrote in a letter on Monday that …`: a `that` clause the
    parser hung from the noun of the occasion the cue names, as if it told what the statement is."""
    clause = _clause_in_the_occasion(verb, lexicon)
    return _content_of(clause, lexicon, verb) if clause is not None else None


def _interrupted(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`The pier, X said, will …`, `As X reported, …`: the clause the attribution interrupts."""
    return _interrupted_clause(verb, lexicon) or None


def _before_the_comma(verb: Token, lexicon: Lexicon) -> list[Span | None] | None:
    """`Fares to double, X says`: what precedes the comma of a sentence ending with its attribution."""
    content = _content_before(verb, lexicon)
    return [content] if content is not None else None


def _content_of(clause: Token, lexicon: Lexicon, verb: Token) -> list[Span | None]:
    """The words of a content clause; none when a conjunction other than `that` makes it a
    question or a circumstance (`asked whether …`, `said it when …`).

    A second clause joined to it with its own `that` (`said A, but that B`) is a second
    statement, reported apart; a verb phrase joined to it that is the speaker's next action
    (`said the pier had been closed and called a meeting`) ends it."""
    complementizer = lexicon.grammar.complementizer
    if any(c.dep_ == "mark" and c.lower_ not in complementizer for c in clause.children):
        return []
    grammar = lexicon.grammar
    opener = clause.left_edge
    wh_word = opener.tag_ in grammar.wh_adverb_tag | grammar.wh_pronoun_tag and opener.lower_ not in complementizer
    if wh_word and clause.i > verb.i and lexicon.lemma(verb) in grammar.question_verbs:
        return []  # `asked what went wrong`: a question, not a statement
    if clause.i > verb.i and _free_relative(clause, verb, lexicon):
        return []  # `charges students what they can pay`: a thing, not what was said
    if clause.i > verb.i and _absolute_phrase(clause, clause.left_edge.i, lexicon):
        return []  # `"…," she said, her voice breaking`: how she said it, not what
    doc = clause.doc
    starts, ends = [clause.left_edge.i + int(_leading_that(clause, lexicon))], [_end_of(clause, lexicon)]
    if clause.i > verb.i and starts[0] <= verb.i:
        starts[0] = _after_the_cue(verb)  # `a garage which she said is half-empty`: the relative before the cue is what it hangs from
    for conj in _conjuncts(clause, lexicon, verb):
        if _second_that_clause(conj, lexicon):
            ends[-1] = _joint(conj)
            starts.append(conj.left_edge.i + 1)  # after its `that`, whatever the parser made of it
            ends.append(max(clause.right_edge.i, conj.right_edge.i) + 1)  # the cue's conjunct ends past the clause
        elif _speakers_action(conj, clause, verb, lexicon) or _statement_of_its_own(conj, lexicon):
            ends[-1] = _joint(conj)
            break
    return [_trimmed(doc[start:stop], lexicon) for start, stop in zip(starts, ends, strict=True) if stop > start]


def _after_the_cue(verb: Token) -> int:
    """Where a content clause after its cue starts when the parser's subtree of it reaches back
    past the cue: a relative pronoun that is the clause's subject or object (`a garage which she
    said is half-empty`, `branches that the council says it cannot afford to run`) stands for the
    noun it hangs from, and the speaker and the cue stand between; what was said follows the cue
    (and its particle: `pointed out`)."""
    end = verb.i + 1
    while end < len(verb.doc) and verb.doc[end].dep_ == "prt" and verb.doc[end].head.i == verb.i:
        end += 1
    return end


def _end_of(clause: Token, lexicon: Lexicon) -> int:
    """Where the content clause ends: at its last word, or before another statement or the
    writer's comment set off by a comma at its end (`_comment`)."""
    end = clause.right_edge.i + 1
    for other in clause.rights:
        # `X says A, while Y says B`: a clause inside the content with a cue and a speaker of its
        # own is another statement, which ends this one.
        # (`… right when he said …`: a clause of time without the comma is part of what was said.)
        after_comma = clause.doc[other.left_edge.i - 1].text == ","
        statement = other.dep_ == "advcl" and after_comma and cue_span(other, lexicon) is not None
        if statement and (any(c.dep_ in _SUBJECT_DEPS for c in other.children) or _saying_more(other, lexicon)) or _comment(other, clause, lexicon):
            end = min(end, _joint(other))
    return _before_the_aside(clause, end, lexicon)


def _saying_more(token: Token, lexicon: Lexicon) -> bool:
    """`denied that the boat had left without a crew, saying the skipper had been aboard`: a cue's
    participle with a clause of its own, set off by a comma at the content's end, is the speaker
    saying something more (the parser hung it from the content's verb), not part of the content."""
    return token.tag_ in lexicon.grammar.participle_tags - lexicon.grammar.past_tags and any(c.dep_ == "ccomp" for c in token.children)


def _before_the_aside(clause: Token, end: int, lexicon: Lexicon) -> int:
    """Where the content ends before the writer's aside about one of its nouns, set off by a
    comma at its end: a relative clause that narrates in the simple past (`said the cup crowned
    ten years of work at the club, which was founded in a church hall`, `said 60 walkers had
    sheltered in the hut, among them a boy who lost a boot`), where
    what was said would be told in a shifted tense. A relative in the present or the past
    perfect may be the speaker's (`…, which tend to borrow more`, `…, which has
    struggled to recruit`), and stays. So does a relative inside a description in apposition
    (`said the council had hired X, a lawyer who once worked for the port`), which says whom
    the content names."""
    # the relative clauses from the index of labels: a walk over every word to the content's end,
    # for each clause of a text of clauses nested to its end, is a square (tests/test_shapes.py)
    for token in with_label_between(clause.doc, "relcl", clause.i + 1, end):
        if token.right_edge.i != end - 1 or _in_a_description(token) or not _narrated_relative(token, lexicon):
            continue
        comma = _comma_before(token, clause)
        if comma is not None:
            return comma
    return end


def _in_a_description(token: Token) -> bool:
    """A relative clause of a noun in apposition (`X, a lawyer who …`); a phrase of some among
    many (`…, among them a boy who …`), which the parser may take for one, opens with its preposition."""
    head = token.head
    return head.dep_ == "appos" and head.left_edge.pos_ != "ADP"


def _narrated_relative(token: Token, lexicon: Lexicon) -> bool:
    """A relative clause opened by `which` or `who`, in the simple past, active (`which doubled`)
    or passive (`which was built`). A relative adverb tells where or when what was said
    happened (`…, where a van blocked the lane`, `down from 40 when she started`), and a cue
    makes the relative a statement of its own (`…, which he said had grown rare`)."""
    grammar = lexicon.grammar
    if token.dep_ != "relcl" or token.left_edge.tag_ not in grammar.wh_pronoun_tag or cue_span(token, lexicon) is not None:
        return False
    simple_past = grammar.past_tags - grammar.participle_tags
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries:
        return token.tag_ in simple_past
    passive = len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ in simple_past
    return passive and token.tag_ in grammar.participle_tags


def _amount(token: Token) -> bool:
    """`some 90 sacks`: a noun counted by a number restates how much, not what it is."""
    return any(c.dep_ == "nummod" for c in token.children)


def _comma_before(token: Token, clause: Token) -> int | None:
    """The comma that sets off the phrase `token` ends, inside the content clause: the last one
    before it, with no verb between (`…, which`, `…, among them a boy who`)."""
    doc = token.doc
    for i in range(token.left_edge.i - 1, clause.left_edge.i, -1):
        if doc[i].text == ",":
            return i
        if doc[i].pos_ in ("VERB", "AUX"):
            return None
    return None


def _comment(token: Token, clause: Token, lexicon: Lexicon) -> bool:
    """What the writer adds after a comma at the end of the content, hung from its verb, is no
    part of what was said: another source (`…, according to the minutes`), a noun with a
    relative clause that sums the clause up (`…, a position the board has opposed`, `…, a move
    that surprised many`: an apposition to a noun hangs from that noun), or the participle of a
    verb of consequence with no subject or auxiliary of its own, which tells what the news did
    (`…, exposing a rift`, `…, ending weeks of doubt`), not how (`…, reducing costs by a third`)."""
    if token.i < clause.i or not _set_off_by_a_comma(token):
        return False
    if is_according_to(token, lexicon) or _sentential_relative(token, lexicon):
        return True
    if token.pos_ == "NOUN" and token.dep_ in ("npadvmod", "dobj", "appos"):
        # `…, some 90 sacks he had meant to sell`: an amount restates the content's own
        return any(c.dep_ == "relcl" for c in token.rights) and not _amount(token)
    own = any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass", "mark") for c in token.children)
    ongoing = token.tag_ in lexicon.grammar.participle_tags - lexicon.grammar.past_tags
    consequence = token.lower_ in lexicon.grammar.consequence_participles
    return token.dep_ == "advcl" and ongoing and consequence and not own


def _set_off_by_a_comma(token: Token) -> bool:
    """Whether a comma stands right before the phrase `token` heads, or before the mark that
    closes a quotation there (`"fair," which …`)."""
    doc, start = token.doc, token.left_edge.i
    before = start - 1 if start > 0 and not doc[start - 1].is_quote else start - 2
    return before >= 0 and doc[before].text == ","


def _sentential_relative(token: Token, lexicon: Lexicon) -> bool:
    """`…, which is what the last budget promised`, `…, which may have swayed the jury`: a
    `which` whose antecedent is the whole content (the parser hangs its clause from the
    content's verb, not from a noun) judges what was said, in the writer's voice; one with a
    cue of its own (`…, which she said …`) is a statement of its own."""
    opener = token.left_edge
    if token.dep_ != "advcl" or opener.lower_ not in lexicon.grammar.body_relative or opener.head.i != token.i:
        return False
    return opener.dep_ in _ARGUMENT_DEPS and cue_span(token, lexicon) is None


def _free_relative(clause: Token, verb: Token, lexicon: Lexicon) -> bool:
    """`charge only what the student can afford`: a clause whose `what` after the cue is its own
    object or subject names a thing (or asks a question), and states nothing; a relative before
    the cue (`a plan which it says will save …`) stands for what the statement is about."""
    grammar = lexicon.grammar
    lead = clause.doc[verb.i + 1 : clause.i]
    return any(
        t.tag_ in grammar.wh_pronoun_tag and t.lower_ not in grammar.complementizer and t.head.i == clause.i and t.dep_ in _ARGUMENT_DEPS
        for t in lead
    )


def _conjuncts(clause: Token, lexicon: Lexicon, verb: Token) -> list[Token]:
    """What is joined to the content clause, in order: its own conjuncts, a second clause with
    its own `that` the parser hung from a word deeper inside (`said the city had offered to pay
    and that the union had refused`, joined to `pay`), unless a statement of its own stands
    between (`said officials warned that A and that B`: B is what the officials warned), and one
    it hung from the cue itself (`said it would not, but that it would ask …`)."""
    found = [c for c in clause.children if c.dep_ == "conj"]
    for token in below_with_label(clause, "conj"):
        if token.head.i == clause.i or not _second_that_clause(token, lexicon):
            continue
        path = token.head
        while path.i != clause.i and not (path.dep_ == "conj" and _second_that_clause(path, lexicon)) and not _reported_by_a_cue(path, lexicon):
            path = path.head
        if path.i == clause.i:
            found.append(token)
    if clause.i > verb.i:
        found += [c for c in verb.rights if c.dep_ == "conj" and c.i > clause.i and _second_that_clause(c, lexicon)]
    return sorted(found, key=lambda c: c.i)


def _reported_by_a_cue(token: Token, lexicon: Lexicon) -> bool:
    """A statement clause that a cue inside the content reports (`said officials warned that A
    and that B`: B is what the officials warned). What someone accepted, believed or knew
    (`said she accepted that A but that B`) is no statement of theirs: the `that` goes with the cue's."""
    return _statement_clause(token, lexicon) and cue_span(token.head, lexicon) is not None


def _statement_clause(token: Token, lexicon: Lexicon) -> bool:
    """A clause a second `that` clause can be joined to: a complement with a tense of its own
    and no question word (`warned A and that B`). A free relative or a question (`did not
    reflect what patients paid and that …`, `to check whether A and that B`) and an infinitive
    (`expected most towns to qualify and that …`) are no statement, so the `that` goes with the cue's."""
    if token.dep_ != "ccomp":
        return False
    grammar = lexicon.grammar
    marks = [c for c in token.children if c.dep_ == "mark" or c.dep_ == "aux" and c.tag_ in grammar.infinitive_tag]
    question = any(c.lower_ not in grammar.complementizer for c in marks)
    opener = token.left_edge
    wh_word = opener.tag_ in grammar.wh_adverb_tag | grammar.wh_pronoun_tag and opener.lower_ not in grammar.complementizer
    return not question and not wh_word


def _second_that_clause(conj: Token, lexicon: Lexicon) -> bool:
    """`… and that B`: a clause opening with its own `that` and with a subject of its own."""
    return conj.left_edge.lower_ in lexicon.grammar.complementizer and any(c.dep_ in _SUBJECT_DEPS for c in conj.children)


def _joint(conj: Token) -> int:
    """Where a conjunct's (or a joined clause's) part of the sentence begins: before the
    conjunction and commas that join it."""
    start = conj.left_edge.i
    while start > 0 and (conj.doc[start - 1].dep_ == "cc" or conj.doc[start - 1].is_punct):
        start -= 1
    return start


def _statement_of_its_own(conj: Token, lexicon: Lexicon) -> bool:
    """`said the porter opened the gate but told the driver the yard was closed`, `said the crew
    had rowed badly but insisted the season was not lost`: a cue joined to the content
    clause with a clause of its own reports another statement, whoever makes it (the speaker
    again, or someone in the content), and ends this one. What the speaker was told (`said he had
    phoned the depot and had been promised that …`) is part of the speaker's story."""
    return cue_span(conj, lexicon) is not None and any(c.dep_ == "ccomp" for c in conj.children) and not _passive_telling(conj, lexicon)


def _speakers_action(conj: Token, clause: Token, verb: Token, lexicon: Lexicon) -> bool:
    """`said the army had been sent and declared a day of mourning`, `said it was seeking
    information but did not confirm it`: a verb joined to the content clause without a subject
    of its own, in the cue's own tense, which cannot share the clause's auxiliaries (it has
    one of its own, or it is active where the clause is passive), is what the speaker did next."""
    if any(c.dep_ in _SUBJECT_DEPS for c in conj.children) or conj.pos_ != "VERB":
        return False
    own_auxiliaries = [c for c in conj.children if c.dep_ == "aux"]
    finite = own_auxiliaries[0] if own_auxiliaries else conj
    # The tagger often takes a past tense for a participle (`called`), so the past is one tense.
    past = lexicon.grammar.past_tags
    same_tense = finite.tag_ == verb.tag_ or finite.tag_ in past and verb.tag_ in past
    if not same_tense or clause.tag_ == verb.tag_:
        return False
    if own_auxiliaries and own_auxiliaries[0].lower_ in {c.lower_ for c in clause.children if c.dep_ == "aux"}:
        return False  # `said he had voted … and had never once won`: the clause's own auxiliary again, a second part of what was said
    if _passive_again(conj, clause):
        return False
    grammar = lexicon.grammar
    if _past_perfect(conj, own_auxiliaries, grammar):
        return False  # `said the mill was weighing its future and had not ruled out a sale`: the reported tense; what the speaker did next is told in the past
    if own_auxiliaries and own_auxiliaries[0].lower_ in grammar.copula_forms and conj.tag_ in grammar.participle_tags - past:
        return False  # `said it had hired nurses and was working with the union`: a state going on, part of what was said
    passive_clause = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    active_conj = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in conj.children)
    outside = _outside_the_modal(conj, clause, lexicon) or _outside_the_perfect(conj, clause, lexicon)
    return bool(own_auxiliaries) or passive_clause and active_conj or outside


def _passive_again(conj: Token, clause: Token) -> bool:
    """`said the ferries were held in port and were expected to sail at noon`: a passive joined to
    a passive clause with the same auxiliary (`were … and were …`) goes on with the clause's
    subject, a second part of what was said; the speaker's next action would be told in the
    active voice."""
    conj_passive = [c.lower_ for c in conj.children if c.dep_ == "auxpass"]
    clause_passive = {c.lower_ for c in clause.children if c.dep_ == "auxpass"}
    return bool(conj_passive) and conj_passive[0] in clause_passive


def _past_perfect(verb: Token, auxiliaries: Sequence[Token], grammar: Grammar) -> bool:
    """`had closed`, `were being repaired`: a participle after an auxiliary in the past, the
    tense a past is shifted into when it is reported after a cue in the past."""
    return bool(auxiliaries) and auxiliaries[0].tag_ in grammar.past_tags and verb.tag_ in grammar.past_tags & grammar.participle_tags


def _outside_the_perfect(conj: Token, clause: Token, lexicon: Lexicon) -> bool:
    """`said she had never sailed a boat she had not built, and called plastic hulls "tubs"`: a
    simple past (not a participle) set off by a comma cannot be under the clause's `had`. Without
    the comma the tagger's past may be a participle sharing it (`had sunk and killed two crew`)."""
    grammar = lexicon.grammar
    perfect = clause.tag_ in grammar.past_tags & grammar.participle_tags and any(c.dep_ == "aux" for c in clause.children)
    simple_past = conj.tag_ in grammar.past_tags - grammar.participle_tags and not any(c.dep_ == "aux" for c in conj.children)
    return perfect and simple_past and conj.doc[_joint(conj)].text == ","


def _outside_the_modal(conj: Token, clause: Token, lexicon: Lexicon) -> bool:
    """`said it would study the ruling and declined to comment`: the clause's modal takes a
    bare verb (`would … decline`), so a verb with a tense of its own cannot be under it. Only
    the ending shows the tense: `would close the stores and cut jobs` may share the modal."""
    grammar = lexicon.grammar
    modal = any(c.dep_ == "aux" and c.tag_ in grammar.modal_tag for c in clause.children)
    tensed = conj.tag_ in grammar.tensed_tags and any(conj.lower_.endswith(e) for e in grammar.tensed_endings)
    return modal and tensed


@dataclass(frozen=True)
class Strategy:
    """One way of finding what a cue verb reports: `find` gives the clause's parts, [] when
    the verb reports nothing after all, or None to let the next strategy try."""

    name: str
    find: Callable[[Token, Lexicon], list[Span | None] | None]


STRATEGIES: tuple[Strategy, ...] = (
    Strategy("complement", _complement),
    Strategy("infinitive", _infinitive),
    Strategy("accusation", _accusation),
    Strategy("adverbial", _adverbial),
    Strategy("subject_taken_for_the_object", _subject_taken_for_the_object),
    Strategy("in_the_object", _in_the_object),
    Strategy("in_the_occasion", _in_the_occasion),
    Strategy("interrupted", _interrupted),
    Strategy("announced_thing", _announced_thing),
    Strategy("before_the_comma", _before_the_comma),
)
STRATEGY_NAMES: tuple[str, ...] = tuple(strategy.name for strategy in STRATEGIES)


def select_strategies(names: Sequence[str] | None = None) -> tuple[Strategy, ...]:
    """The strategies named, in the order given (all of `STRATEGIES` when None)."""
    return select_named(STRATEGIES, names, "reported-speech strategy")


def _unmarked_clause(verb: Token, lexicon: Lexicon) -> Token | None:
    """`X said after the meeting he would resign`: a clause with its own subject and no
    conjunction after the cue, which the parser hung from the cue as an adverbial."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return None  # `said it when …`: the object is what was said
    for child in verb.rights:
        if child.dep_ != "advcl":
            continue
        opener = child.left_edge
        if any(c.dep_ == "mark" for c in child.children) or opener.pos_ == "SCONJ" or opener.tag_ in lexicon.grammar.wh_adverb_tag:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            return child
    return None


def _clause_in_the_object(verb: Token, lexicon: Lexicon) -> Token | None:
    """`X told a meeting of leaders that few understood it`, `X stressed her message that the
    city needs calm`: a `that` clause hung from the cue's object (or from the noun after its
    `of`), as a relative clause by the parser's mistake or as the content of a noun.

    The object must be who listens (the object of `tell`, `assure` and the like, or a role or
    a body: `leaders`, `reporters`) or the speaker's own message (`her message`): `denied
    reports that …` reports the opposite of what X said.
    The `that` must be a conjunction, not a relative pronoun (which would be the clause's
    subject or object), and the clause must have a subject of its own."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return None
    nouns = [obj, *(p for prep in obj.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")]
    listener = lexicon.lemma(verb) in lexicon.listener_cues or any(
        lexicon.lemma(noun) in lexicon.roles or lexicon.lemma(noun) in lexicon.bodies for noun in nouns
    )
    own_message = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children)
    if not (listener or own_message):
        return None
    for clause in (c for noun in nouns for c in noun.children if c.dep_ in ("relcl", "acl")):
        marked = any(c.dep_ == "mark" and c.lower_ in lexicon.grammar.complementizer for c in clause.children)
        if marked and any(c.dep_ in _SUBJECT_DEPS for c in clause.children):
            return clause
    if not listener:
        return None
    # `told analysts on a call that …`: hung from the occasion the cue names, with its `that`
    # taken for a relative pronoun (`the leader that X admires` is not an occasion of telling).
    occasions = [p for prep in verb.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    return next((c for noun in occasions for c in noun.children if c.dep_ == "relcl" and _leading_that(c, lexicon)), None)


def _clause_in_the_occasion(verb: Token, lexicon: Lexicon) -> Token | None:
    """The content clause of `said in a statement that the route had lost money`, hung from
    `statement`: it opens with `that` as a conjunction (not the relative pronoun of `the
    statement that was read out`) and has a subject of its own. The cue has no clause of its
    own, or an earlier strategy would have found it."""
    complementizer = lexicon.grammar.complementizer
    occasions = [p for prep in verb.rights if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    for noun in occasions:
        for clause in noun.rights:
            if clause.dep_ not in ("acl", "relcl"):
                continue
            marked = any(c.dep_ == "mark" and c.lower_ in complementizer for c in clause.children)
            if marked and any(c.dep_ in _SUBJECT_DEPS for c in clause.children) and not _subjunctive(clause, lexicon):
                return clause
    return None


def _subjunctive(clause: Token, lexicon: Lexicon) -> bool:
    """`spoke on the condition that she not be named`: a clause whose first verb is bare (no
    tense, no modal) sets a condition or asks for something; it states nothing."""
    grammar = lexicon.grammar
    verbs = sorted([c for c in clause.children if c.dep_ in ("aux", "auxpass")] + [clause], key=lambda t: t.i)
    first = verbs[0]
    return first.tag_ not in grammar.finite_verb_tags and first.tag_ not in grammar.modal_tag


def _leading_that(clause: Token, lexicon: Lexicon) -> bool:
    """`… a call that the plant would open`: a `that` the parser took for a relative pronoun
    (the clause's object) is a conjunction when the clause has a subject of its own besides."""
    opener = clause.left_edge
    if opener.lower_ not in lexicon.grammar.complementizer or opener.head.i != clause.i:
        return False
    return opener.dep_ not in _SUBJECT_DEPS and any(c.dep_ in _SUBJECT_DEPS and c.i != opener.i for c in clause.children)


def _content_before(verb: Token, lexicon: Lexicon) -> Span | None:
    """`Fares to double in May, council says`: the sentence ends with its attribution, and what
    stands before the comma is the content, whatever the parser made of it (headlines without
    a verb, or with an infinitive for a future, are read as noun phrases). Where or when it was
    said, and who listened, may follow a cue the parser joined to the clause as its second verb
    (`Winds had brought down trees, the operator said in a post`, `…, the treasurer told council`)."""
    subject = max((c for c in verb.lefts if c.dep_ in _SUBJECT_DEPS), key=lambda c: c.i, default=None)
    if subject is None:
        subject = set_off_before_a_joined_cue(verb)  # `The shop will close, its owner, Mira Oxtoby, said`
    root = verb
    while root.head.i != root.i:
        root = root.head
    if subject is None or _last_word(root.right_edge) != _last_word(verb.right_edge):
        return None  # (the full stop may hang from either verb)
    circumstances = [c for c in verb.rights if not (c.is_punct or c.is_space) and not _listener(c, verb, lexicon)]
    if circumstances and (verb.dep_ != "conj" or any(c.dep_ != "prep" for c in circumstances)):
        return None
    comma = subject.left_edge.i - 1
    if comma <= root.left_edge.i or verb.doc[comma].text != ",":
        return None
    content = verb.doc[root.left_edge.i : comma]
    if any(t.head.i == verb.i and t.dep_ in _CIRCUMSTANCE_DEPS and not _clause_taken_for_a_noun(t) for t in content):
        return None  # `After the meeting, the mayor spoke`: when or how, not what
    return _trimmed(content, lexicon)


def _last_word(token: Token) -> int:
    """The index of the last word up to `token`, past the punctuation and spaces that end there."""
    i = token.i
    while i > 0 and (token.doc[i].is_punct or token.doc[i].is_space):
        i -= 1
    return i


def _listener(token: Token, verb: Token, lexicon: Lexicon) -> bool:
    """`…, the treasurer told council`: the object of a verb of telling is who listened."""
    return token.dep_ in ("dobj", "dative") and lexicon.lemma(verb) in lexicon.listener_cues


def _clause_taken_for_a_noun(token: Token) -> bool:
    """`Only 212 of the buses operated on Monday, officials said`: a clause whose verb the parser
    took for a participle, making its subject a noun phrase of measure (`npadvmod`) of the cue;
    a phrase of time (`Last week, …`) holds no verb."""
    return token.dep_ == "npadvmod" and any(t.pos_ in ("VERB", "AUX") for t in token.subtree)


def _interrupted_clause(verb: Token, lexicon: Lexicon) -> list[Span | None]:
    """`Acts of protest, X said, are acts of patriotism`, `As X reported, the pier will close`:
    the attribution stands inside or before the clause it reports, and cuts it in up to two
    parts, both of them the statement."""
    if verb.dep_ == "advcl":
        # `As the mayor spoke, …` tells when; `as it is written` names nobody who speaks.
        as_clause = any(c.dep_ == "mark" and c.lower_ in lexicon.grammar.as_marks for c in verb.children)
        if not as_clause or lexicon.lemma(verb) not in lexicon.as_cues:
            return []
        if not any(c.dep_ in ("nsubj", "agent") for c in verb.children):
            return []
    elif verb.dep_ != "parataxis":
        return []
    if any(c.dep_ == "ccomp" and not _when_after_an_interruption(verb, c, lexicon)
           or c.dep_ == "dobj" and c.lower_ in lexicon.grammar.pronoun_objects for c in verb.children):
        return []  # `as X said it would`: the clause says what was said about
    head = verb.head
    if cue_span(head, lexicon) is not None and any(c.dep_ in _SUBJECT_DEPS for c in head.children) and not _cue_in_what_is_said(verb, head):
        return []  # `…, the council said, the mayor added`: hung from another attribution
    if head.i > verb.i and _absolute_phrase(head, verb.right_edge.i + 1, lexicon):
        return []  # `"…," she said, her voice breaking`: as above
    conj = _joined_after(verb, head) if head.i < verb.i else None
    end = _joint(conj) if conj is not None else max(verb.right_edge.i, head.right_edge.i) + 1
    cut = range(verb.left_edge.i, min(verb.right_edge.i + 1, end))
    before = head.doc[head.left_edge.i : cut.start]
    after = head.doc[cut.stop : end]
    if _participle_phrase(after, lexicon) or head.i < verb.i and _circumstance_of(after, head, lexicon):
        after = head.doc[cut.stop : cut.stop]
    parts = [_trimmed(before, lexicon), _trimmed(after, lexicon) if len(after) else None]
    return [*parts, _going_on(conj, verb, head, lexicon)] if conj is not None else parts


def _cue_in_what_is_said(verb: Token, head: Token) -> bool:
    """`The forecast had promised rain, she said, …`: an attribution set off by commas after a
    cue reports that cue's clause (an attribution after it, `…, the council said, the mayor
    added`, is another's; an `as` clause, `does not answer whether A, as police said`, may
    report only a part of it; a clause without the commas is a relative one the parser lost)."""
    opener = verb.left_edge
    set_off = opener.text == "," or opener.i > 0 and verb.doc[opener.i - 1].text == ","
    return head.i < verb.i and verb.dep_ == "parataxis" and set_off


def _participle_phrase(part: Span, lexicon: Lexicon) -> bool:
    """`"…," he said, nodding to the back of the room`: after the attribution's comma, a
    participle with no subject or auxiliary of its own tells what the speaker did as they spoke."""
    words = [t for t in part if not t.is_punct and not t.is_space]
    if not words or part.doc[words[0].i - 1].text != ",":
        return False
    first = words[0]
    own = any(c.dep_ in _SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in first.children)
    return first.tag_ in lexicon.grammar.participle_tags and not own and first.head.i < first.i


def _circumstance_of(part: Span, head: Token, lexicon: Lexicon) -> bool:
    """`Rents have doubled, tenants say, since the closure of the mill`, `…, she said, without giving a
    figure`: after an attribution that follows a whole clause, a phrase of time, cause or manner
    (`circumstance_prepositions`, `negating_prepositions`) hung from that clause's verb, and
    nothing else, says when, why or how; it is no statement of its own. Other prepositions may
    go on with a noun the parser did not hang them from (`a plan, he said, for how …`), and a
    clause may give the speaker's reason (`…, he said, since most of them accept …`)."""
    words = [t for t in part if not (t.is_punct or t.is_space)]
    if not words:
        return False
    first, grammar = words[0], lexicon.grammar
    if first.tag_ in grammar.wh_adverb_tag and first.head.dep_ == "advcl":
        # `…, she noted, when most crossings are rough`: a clause of when or where, which a relative adverb opens
        return first.head.head.i == head.i and first.head.right_edge.i >= words[-1].i and first.head.left_edge.i == first.i
    circumstance = first.lower_ in grammar.circumstance_prepositions | grammar.negating_prepositions
    return circumstance and first.dep_ == "prep" and first.head.i == head.i and first.right_edge.i >= words[-1].i


def _absolute_phrase(head: Token, start: int, lexicon: Lexicon) -> bool:
    """`, her voice breaking`, `, his hands raised`: a participle without an auxiliary, set off by
    a comma, after a noun of its own (its subject, whatever the parser called it), is a
    circumstance of the sentence, not a clause that states anything."""
    if start == 0 or head.doc[start - 1].text != ",":
        return False
    participle = head.tag_ in lexicon.grammar.participle_tags
    auxiliaries = any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return participle and not auxiliaries and any(c.i >= start and c.pos_ in ("NOUN", "PROPN", "PRON") for c in head.lefts)


def _according_to_clause(event: SpeechEvent, lexicon: Lexicon) -> list[Span | None]:
    """The clause an `according to X` phrase attributes, when X is a speaker, not a figure:
    the words on either side of the phrase (`Turnout, according to X, was low` has two)."""
    if event.mention is None or not _a_source_that_speaks(event.mention.root, lexicon):
        return []
    according = event.cue[0]
    head = according.head if according.head.i != according.i else None
    if head is None:
        return []
    left_out = set(range(according.left_edge.i, according.right_edge.i + 1))
    for child in head.children:
        # "…, and he reaffirmed it": a clause with a subject of its own says something else.
        if child.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            left_out.update(range(child.left_edge.i, child.right_edge.i + 1))
            left_out.update(c.i for c in head.children if c.dep_ == "cc" and c.i < child.i)
    runs: list[list[int]] = []
    for token in head.subtree:
        if token.i in left_out or token.is_punct and (not runs or runs[-1][-1] != token.i - 1):
            continue
        if runs and runs[-1][-1] == token.i - 1:
            runs[-1].append(token.i)
        else:
            runs.append([token.i])
    before = [run for run in runs if run[-1] < according.left_edge.i]
    after = [run for run in runs if run[0] > according.right_edge.i]
    # The runs that touch the phrase; further ones were cut off by a clause left out.
    parts = [before[-1]] if before else []
    parts += [after[0]] if after else []
    return [_trimmed(head.doc[run[0] : run[-1] + 1], lexicon) for run in parts]


def _judged_thing(verb: Token, source: Token, lexicon: Lexicon) -> bool:
    """`a tackle that replays suggested was fair`: a cue in a relative clause whose content has
    the relative pronoun for its subject says what the thing it hangs from seemed to be; only
    a source that speaks (a person, a body, a group, a role, a document) makes that a statement
    (`a plan which it says will save money`, `a rule that critics say is unfair`)."""
    if verb.dep_ != "relcl":
        return False
    grammar = lexicon.grammar
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None or not any(c.dep_ in _SUBJECT_DEPS and c.tag_ in grammar.wh_pronoun_tag for c in clause.children):
        return False
    lemma = lexicon.lemma(source)
    words = lexicon.people_words
    group = source.lower_ in lexicon.speaker_groups or lemma in lexicon.unnamed_sources or lemma in words.person_nouns
    return not (_speaks(source, lexicon) or group)


def _what_is_said_judged(event: SpeechEvent, lexicon: Lexicon) -> bool:
    """`Everything X says is a boast`, `Nothing the board said held up`: a pronoun for whatever
    the speaker says opens the sentence right before the speaker (the parser may take it for a
    word of the name, or make the cue its relative clause), and what follows is the writer's
    judgement of it, a predicate with no subject of its own, not a clause the speaker said."""
    mention = event.mention
    if mention is None:
        return False
    doc = mention.doc
    openers = doc[max(mention.start - 1, 0) : mention.start + 1]
    if not any(t.lower_ in lexicon.grammar.said_things for t in openers):
        return False
    follower = doc[event.cue.end] if event.cue.end < len(doc) else None
    return follower is not None and follower.pos_ in ("AUX", "VERB") and not any(c.dep_ in _SUBJECT_DEPS for c in follower.children)


def _a_source_that_speaks(token: Token, lexicon: Lexicon) -> bool:
    """Who may stand after `according to`: whoever speaks (`_speaks`); a person named by what
    they are (`according to her skipper`) or by a relative clause of people (`according to a
    steward who asked not to be named`, `two dealers who trade the grain`); and figures whose
    author the phrase names, which speak for that author as a document does (`according to
    ministry figures`, `the port's estimates`, `figures published by the board`). Figures
    and polls of nobody named stay the writer's (`according to the final data`)."""
    if _speaks(token, lexicon) or lexicon.lemma(token) in lexicon.people_words.person_nouns:
        return True
    grammar = lexicon.grammar
    if any(c.dep_ == "relcl" and c.left_edge.lower_ in grammar.personal_relative for c in token.rights):
        return True
    authors = [c for c in token.children if c.dep_ in ("poss", "compound")]
    for link in (c for head in (token, *(c for c in token.rights if c.dep_ == "acl")) for c in head.rights):
        if link.dep_ in ("prep", "agent") and link.lower_ in grammar.author_prepositions:
            authors += [c for c in link.children if c.dep_ == "pobj"]
    return any(_named_author(author, lexicon) for author in authors)


def _named_author(token: Token, lexicon: Lexicon) -> bool:
    """A person or body the text names (`ministry figures`, `the port's estimates`, `a poll by
    X`). A pronoun (`her blood test`) is no author of figures, nor a word the tagger took
    for a name alone."""
    lemma = lexicon.lemma(token)
    return (token.ent_type_ in ("PERSON", *ORGANISATION_LABELS) or lemma in lexicon.roles or lemma in lexicon.bodies
            or _organisation_kind(token, lexicon))


def _organisation_kind(token: Token, lexicon: Lexicon) -> bool:
    """`the clinic`, `the airline`: a kind of organisation named by what it is speaks as its
    name would (`according to the airline`, `figures published by the clinic`)."""
    return lexicon.lemma(token) in lexicon.people_words.organisation_nouns


def _speaks(token: Token, lexicon: Lexicon) -> bool:
    """People, bodies and roles speak, and documents for their authors (`according to a report
    by the agency`); data, figures and polls do not."""
    if token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", *ORGANISATION_LABELS):
        return True
    lemma = lexicon.lemma(token)
    return (lemma in lexicon.roles or lemma in lexicon.bodies or lemma in lexicon.people_words.documents
            or _organisation_kind(token, lexicon))


def _connective(part: Span) -> bool:
    """Conjunctions and at most one adverb join the statement to the text before it, and are
    no part of it (`Yet, as X said, …`, `And yet, as X noted, …`, `If, as X suggested, …`)."""
    # Two words settle it: the rest of a clause that runs on for thousands is not read.
    words = list(islice((t for t in part if not (t.is_punct or t.is_space) and t.dep_ not in _JOINING_DEPS), 2))
    return len(words) == 0 or len(words) == 1 and words[0].dep_ == "advmod"


def _trimmed(span: Span, lexicon: Lexicon) -> Span | None:
    """Without a leading `that`, leading or trailing punctuation and spaces, nor a conjunction
    left at the end where the parser cut a clause from what it joined (`said the budget was
    tight and warned that …`: `warned` taken for a second clause of `said`)."""
    start, end = span.start, span.end
    doc = span.doc
    complementizer = lexicon.grammar.complementizer
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "mark" and doc[start].lower_ in complementizer):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].pos_ == "CCONJ"):
        if _sign_of_a_figure(doc[end - 1], lexicon.grammar):
            break  # `output fell by 5%`: the sign is a word of the figure
        end -= 1
    if end < span.end and doc[end].is_quote and sum(t.is_quote for t in doc[start:end]) % 2:
        end += 1  # `that the cut was "overdue".`: the mark that closes a quotation inside it stays
    return doc[start:end] if end > start else None


def _sign_of_a_figure(token: Token, grammar: Grammar) -> bool:
    """`5%`, `12 ‰`: a sign right after a number belongs to the number."""
    return token.text in grammar.number_signs and token.i > 0 and token.doc[token.i - 1].like_num


def _through_closing_mark(part: Span, grammar: Grammar) -> int:
    """Where a statement that opens a quotation inside it ends: after the mark that closes it,
    when only the punctuation that ends the quoted words stands between, glued (`that growth
    would stay "small for now."`: the parser leaves the mark, or the stop and the mark, out of
    the clause); else where it ended. A quotation opened and never closed is no quotation."""
    doc, end = part.doc, part.end
    k = end
    while k < len(doc) and k < end + 2 and doc[k].text in grammar.speech_endings and not doc[k - 1].whitespace_:
        k += 1
    if k == len(doc) or not _double_mark(doc[k]) or doc[k - 1].whitespace_:
        return end
    # Only now count the marks inside: clauses nested to the end of a long text would make
    # counting first a square of its length.
    if sum(_double_mark(t) for t in part) % 2 == 0:
        return end
    return k + 1


def _double_mark(token: Token) -> bool:
    return token.text in DOUBLE_MARKS or token.text in DOUBLED
