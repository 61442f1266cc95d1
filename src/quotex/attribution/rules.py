"""The rules that attribute a quotation: which cue introduces it and which words name its speaker.

Each rule is declared once, in `RULES`, with its name, the function that finds it and its
settings; `attribute` tries them in that order and the first that answers wins. A caller
chooses and orders them by name (`select_rules`). Who the words name is the business of
`people`.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from itertools import islice, takewhile

from spacy.tokens import Span, Token

from quotex.attribution.declared import select_named
from quotex.attribution.reported import reported_parts
from quotex.attribution.transcripts import names_a_speaker, words_of_names
from quotex.lexicon import fold
from quotex.parse.context import QuoteContext, SpeechEvent, outcry_noun_before, outcry_verb_before
from quotex.parse.marks import QuotedSpan, line_start
from quotex.parse.names import cue_before_a_name
from quotex.parse.syntax import ORGANISATION_LABELS, noun_phrase, speaker_head
from quotex.parse.tree import sentence_bounds, span_root
from quotex.people.mentions import stray_subject_of
from quotex.people.reading import AGENT_ENDINGS, SUBJECTS

_NAME_TAGS = {"PROPN"}


Finder = Callable[[QuoteContext, int], "Attribution | None"]


@dataclass(frozen=True)
class Rule:
    """One way of attributing a quotation.

    The rule that attributed a statement is part of the evidence its confidence is fitted on
    (`quotex.attribution.confidence`, gathered by `quotex.attribution.evidence`). An `explicit` rule
    points at an attribution in the text itself, so what it finds is speech even when short
    (never a scare quote); a rule that `follows` gives a quotation to the text before it, so
    a short whole sentence it gives is speech too (`“Trust us.”`); `resolution` names how the
    speaker was found when the rule, not the mention, decides it (`heading`, `transcript`); a
    rule that finds `terms` finds words a verb gives to something, a `mixed` quotation even
    right after its cue (`what X called "…"`); a rule that finds `phrases` gives a person words
    that are a clause's part, so a short phrase in lower case it finds is speech, not a scare
    quote (`X condemned "such a senseless attack"`), though one word or a name stays a term."""

    name: str
    find: Finder
    explicit: bool = False
    follows: bool = False
    resolution: str | None = None
    terms: bool = False
    phrases: bool = False


def _nothing(ctx: QuoteContext, index: int) -> Attribution | None:
    return None


NO_RULE = Rule("none", _nothing)  # what stands when no rule answers


@dataclass(frozen=True)
class Attribution:
    """How one quotation was attributed, and by which rule.

    A quotation that goes on with another statement carries no mention of its own: it
    continues either an earlier quotation (`continues_quotation`, its index) or a speech
    event outside quotation marks (`continues_event`).
    """

    cue: Span | None = None
    mention: Span | None = None
    continues_quotation: int | None = None
    continues_event: SpeechEvent | None = None
    rule: Rule = NO_RULE  # set by `attribute`



# --- the rules -----------------------------------------------------------------------------


def cue_after(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…," X said` · `"…," said X` · `"…," Russia's top diplomat said`."""
    window = ctx.after(ctx.quotations[index])
    event = _event_past_relative_clauses(ctx, window)
    if event is None or _subordinate(event.cue.root, ctx) or not _adjacent(event, window, ctx.lexicon.grammar.as_marks):
        return None
    if event.mention is None:
        return None  # `"…." Asked if …, he …`: a cue that names no one leaves the quotation to the rules after
    if _named_by_its_own_subject(ctx, index):
        return None  # `under what X called "…," the club charged …`: the term is X's (`naming`)
    if _ends_its_sentence(ctx, index) and cue_before(ctx, index) is not None:
        return None  # `X said, "…." Asked if …, X …`: the quotation's own cue stands before it
    if _ends_its_sentence(ctx, index) and _inside_its_sentence(ctx, index):
        return None  # `… on a promise to "audit every dollar." His aide, X, said …`: the cue is the next sentence's
    if _ends_its_sentence(ctx, index) and _introduces_what_follows(event, ctx) and continuation(ctx, index) is not None:
        return None  # `"…." Karim Nasser said: "…"`: the cue opens the next quotation, not this one
    return Attribution(event.cue, event.mention)


def _event_past_relative_clauses(ctx: QuoteContext, window: Sequence[Token]) -> SpeechEvent | None:
    """The first speech event of the words after a quotation whose cue is no verb of a relative
    clause there (`"…," an aide, who had briefed the board, told us`): such a clause describes
    the speaker set off inside the attribution, and the verb after it reports the quotation. The
    first event stands when no other follows."""
    first = event = ctx.event_with_cue_in(window)
    while event is not None and _in_a_relative_clause(event.cue.root, window):
        event = ctx.event_with_cue_in([t for t in window if t.i >= event.cue.end])
    return event or first


def _in_a_relative_clause(verb: Token, window: Sequence[Token]) -> bool:
    """Whether a verb is, or hangs from, the verb of a relative clause among `window`."""
    inside = {t.i for t in window}
    return any(t.dep_ == "relcl" and t.i in inside for t in (verb, *verb.ancestors))


def name_before_cue_after(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…," columnist Ines Falk wrote on Monday.` · `"…," Ines Falk, the club's treasurer who
    founded it, posted.`: a cue after a quotation left open (`,` `?` `!`) whose subject the parser
    lost or hid (it took the name for an object, or a word of description before it for a verb,
    which parts it from the quotation) is the person's name its attribution opens with, a
    description of a few words before it at most."""
    if _ends_its_sentence(ctx, index):
        return None
    window = ctx.after(ctx.quotations[index])
    event = ctx.event_with_cue_in(window)
    if event is None or _subordinate(event.cue.root, ctx):
        return None
    words = [t for t in window if not t.is_punct and not t.is_space and t.i < event.cue.start]
    name = next((n for n in ctx.names if words and words[0].i <= n.start < event.cue.start), None)
    if name is None or event.mention is not None and not name.start <= event.mention.root.i < name.end:
        return None  # the cue's own subject is someone else
    opening = [t for t in words if t.i < name.start]
    if len(opening) > _DESCRIPTION_BEFORE_A_NAME or any(t.pos_ in ("AUX", "PRON", "ADP", "SCONJ") for t in opening):
        return None  # `"…," after Ines Falk left, she wrote`: a clause, not a speaker's name
    return Attribution(event.cue, name)


_DESCRIPTION_BEFORE_A_NAME = 3  # `veteran union organiser`


def _inside_its_sentence(ctx: QuoteContext, index: int) -> bool:
    """Whether words of its sentence stand before the quotation (`on a promise to "…"`)."""
    return any(not (t.is_punct or t.is_space) for t in ctx.before(ctx.quotations[index]))


def _introduces_what_follows(event: SpeechEvent, ctx: QuoteContext) -> bool:
    """Whether a colon closes the attribution, so that it introduces what comes after it."""
    assert event.mention is not None
    end = max(event.cue.end, event.mention.end)
    while end < len(ctx.doc) and ctx.doc[end].is_space:
        end += 1
    return end < len(ctx.doc) and ctx.doc[end].text == ":"


def _ends_its_sentence(ctx: QuoteContext, index: int) -> bool:
    """Whether a full stop closes the quoted words, so that what follows starts a sentence."""
    close = ctx.mark_token(ctx.quotations[index].close_mark)
    if close is None:
        return False
    last = close.i - 1
    while last >= 0 and ctx.doc[last].is_space:
        last -= 1
    return last >= 0 and ctx.doc[last].text in ctx.lexicon.grammar.sentence_ends - _OPEN_SENTENCE_ENDS


def _adjacent(event: SpeechEvent, window: Sequence[Token], as_marks: Collection[str]) -> bool:
    """The attribution follows the closing mark at once: its first words belong to the
    speaker's words or to the cue (`"…," he said`, `"…," said X`, `"…," as X said`), not to a
    new clause.
    Capitalised words the parser left out of the speaker's name (`Harbour police Chief X`) may
    stand before them."""
    # `"…," as X put it`: the conjunction of the cue's own clause opens the attribution.
    root = event.cue.root
    words = [t for t in window if not t.is_punct and not t.is_space and not (t.dep_ == "mark" and t.head.i == root.i and t.lower_ in as_marks)]
    spans = [event.cue] + ([event.mention] if event.mention is not None else [])
    start = min(span.start for span in spans)
    for token in words:
        if any(span.start <= token.i < span.end for span in spans):
            return True
        if token.i > start or not (token.text[:1].isupper() or token.pos_ in ("NOUN", "PROPN", "ADJ")):
            return False
    return False


def _subordinate(verb: Token, ctx: QuoteContext) -> bool:
    """A cue in a clause of time, cause or condition (`when X blasted him`) reports another event."""
    reporting = ctx.lexicon.grammar.reporting_marks
    return any(c.dep_ == "mark" and c.lower_ not in reporting for c in verb.children)


_OPEN_SENTENCE_ENDS = {"?", "!"}  # end a quoted sentence, not the sentence that reports it
_MANNER_CLAUSE_WORDS = 6  # `Ines Falk wondered aloud on Tuesday`
_MANNER_OBJECTS = {"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"}


def manner_after(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…," Ines Falk shot back.` · `"…!" beamed a supporter.`: a verb right after a quoted
    clause that ends in a comma, `?` or `!`, which the parser takes the quotation for the
    complement of, with a subject and no object of its own, reports it whatever its meaning (a
    manner of speaking: shot back, beamed, fumed, mocked)."""
    quote = ctx.quotations[index]
    close = ctx.mark_token(quote.close_mark)
    # A full stop ends the quoted sentence and the attribution with it; `,` `?` `!` leave it open.
    if close is None or not _left_open(ctx, quote):
        return None
    grammar = ctx.lexicon.grammar
    words = [t for t in ctx.after(quote) if not t.is_space and not t.is_punct]
    verb = next((t for t in words if t.pos_ == "VERB"), None)
    if verb is None or verb.dep_ == "relcl" or any(c.dep_ in _MANNER_OBJECTS and c.i > verb.i for c in verb.children):
        return None  # `"…," which votes in June`: a relative clause describes, it does not report
    opening = ctx.openings[index]
    inside = ctx.doc[opening.i if opening is not None else close.i : close.i]
    before = [t for t in ctx.before(quote) if not t.is_space]
    if not any(t.pos_ in ("VERB", "AUX") for t in inside) or (before and before[-1].pos_ == "ADP"):
        return None  # `In "rough seas," Doe paddles …`: words, not a clause anyone said
    linked = any(t.head.i == verb.i for t in inside) or ctx.quoted[verb.head.i]  # one sentence to the parser
    # After `?` or `!` the parser starts a sentence: then the verb's own sentence must be that short clause.
    split = verb.sent.start > close.i - 1 and verb.sent.root.i == verb.i and len(words) <= _MANNER_CLAUSE_WORDS
    if not (linked or split):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not ctx.quoted[c.i]), None)
    if subject is None or subject.tag_ in grammar.wh_pronoun_tag:
        return None  # `"…," which votes in June`: a relative clause, however the parser hung it
    if any(t.i < verb.i and t.i not in {s.i for s in subject.subtree} for t in words):
        return None
    if not linked and not (subject.pos_ == "PRON" or _within_a_name(subject, ctx.names) or _called_by_a_name_given_before(subject, ctx)):
        return None  # `"Enough!" The crowd fell silent.`: a new sentence about someone
    return Attribution(ctx.doc[verb.i : verb.i + 1], noun_phrase(subject, ctx.quoted, ctx.lexicon))


def inverted_after(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…," read one.` · `"…!" cried a placard at the gate.` · `"…?" replied
    another.`: a verb in the past or present tense that opens the clause right after a quotation
    left open (`,` `?` `!`) that opens its sentence, with no subject before it, and a noun phrase
    after it that ends the sentence, is an inverted attribution, whatever the parser took the
    noun phrase for (the verb's object): the phrase speaks."""
    quote = ctx.quotations[index]
    if not _left_open(ctx, quote) or _inside_its_sentence(ctx, index):
        return None  # `X declares "victory," ignores losses`: the verb goes on the sentence before the quotation
    window = ctx.after(quote)
    words = [t for t in window if not t.is_space and not t.is_punct]
    if len(words) < 2 or not window or window[-1].text not in ctx.lexicon.grammar.sentence_ends:
        return None  # the clause must end with its sentence: `"…," read one. ` and no more
    verb = words[0]
    finite = verb.tag_ in _FINITE_TAGS or verb.tag_ == "VB" and ctx.event_with_cue_in([verb]) is not None  # `read`, tagged as its base form
    if verb.pos_ != "VERB" or not finite or any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children):
        return None
    if verb.dep_ == "conj" or verb.head.i < verb.i and not ctx.quoted[verb.head.i]:
        return None  # a second verb of a subject before the quotation
    phrase = next((c for c in verb.children if c.i > verb.i and c.dep_ in _INVERTED_SUBJECTS), None)
    if phrase is None or phrase.pos_ not in ("NOUN", "PROPN", "NUM", "DET", "PRON") or ctx.quoted[phrase.i]:
        return None
    governed = {t.i for t in verb.subtree}
    if phrase.left_edge.i != words[1].i or any(t.i not in governed or t.pos_ in ("VERB", "AUX") for t in words[1:]):
        return None  # `"…," read one, and the crowd cheered`: a clause follows, not who spoke
    return Attribution(ctx.doc[verb.i : verb.i + 1], noun_phrase(phrase, ctx.quoted, ctx.lexicon))


_FINITE_TAGS = {"VBD", "VBZ", "VBP"}  # `replied`, `reads`: not `adding`, `to say`
_INVERTED_SUBJECTS = {"nsubj", "dobj"}  # the phrase after the verb, however it was read; not `became a part of …`


def _left_open(ctx: QuoteContext, quote: QuotedSpan) -> bool:
    """Whether a quotation ends in `,` `?` `!` (or a dash), which leaves its sentence open for an
    attribution."""
    close = ctx.mark_token(quote.close_mark)
    if close is None:
        return False
    last = close.i - 1
    while last >= 0 and ctx.doc[last].is_space:
        last -= 1
    grammar = ctx.lexicon.grammar
    return last >= 0 and ctx.doc[last].text in grammar.speech_endings - (grammar.sentence_ends - _OPEN_SENTENCE_ENDS)


def name_after(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…" X. "…"` and `"…" — X`: a name right after the quotation, with no verb. Not in a
    headline, whose every word is capitalised (`Mayor Speaks 'Directly' After Harbour Vote`)."""
    if ctx.quotations[index].first_paragraph in ctx.headlines:
        return None
    after = ctx.after(ctx.quotations[index])
    words = [t for t in after if not t.is_punct and not t.is_space]
    if words and not _dash_before(after, words[0]) and _inside_its_sentence(ctx, index):
        return None  # `… the government had "abandoned" Western Canada.`: words quoted inside a sentence; the name after them is what it is about
    if not words or len(words) > 6:
        return None
    if all(t.pos_ in _NAME_TAGS or t.is_title or t.lower_ in ctx.lexicon.titles for t in words) and any(
        t.pos_ == "PROPN" for t in words
    ):
        return Attribution(None, ctx.doc[words[0].i : words[-1].i + 1])
    return None


def signed_below(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…"` ⏎ `— Ines Falk, Westbury` · `- Senator Falk.`: a quotation that stands alone in its
    paragraph, followed by a line that opens with a dash and a person's name, is signed by that
    line, as a reader's letter, an epigraph or a fact-check's claim is. Only a person's name
    signs (a name the text gives, a title before it, or the surname of a name given before): a
    dash line of an outlet or a place credits, it does not speak."""
    quote = ctx.quotations[index]
    if not _alone_in_its_paragraphs(ctx, index) or quote.last_paragraph + 1 >= len(ctx.paragraphs):
        return None
    line = ctx.paragraph_span(ctx.paragraphs[quote.last_paragraph + 1])
    words = [t for t in line if not t.is_space] if line is not None else []
    if not words or unicodedata.category(words[0].text[:1]) != "Pd" or len(words[0].text.strip("-–—―")) > 0:
        return None
    signature = list(takewhile(lambda t: not t.is_punct, words[1:]))
    if not signature or len(signature) > _SIGNATURE_WORDS or ctx.quoted[signature[0].i]:
        return None
    titles = ctx.lexicon.titles
    if not all(t.pos_ in _NAME_TAGS or t.is_title or t.lower_.rstrip(".") in titles for t in signature):
        return None
    last = signature[-1]
    if last.pos_ != "PROPN" or not _signs_as_a_person(ctx, signature):
        return None
    return Attribution(None, ctx.doc[signature[0].i : last.i + 1])


def _signs_as_a_person(ctx: QuoteContext, signature: Sequence[Token]) -> bool:
    """Whether the words of a signature are a person's name: a name the text gives (a line of
    capitalised words may be read as a headline, whose words name no one: a given name or a
    title opening it tells), or the surname of a name it gave before."""
    first, last = signature[0], signature[-1]
    if _within_a_name(last, ctx.names) or any(name[-1].text == last.text and name.end <= last.i for name in ctx.names):
        return True
    opening, people = fold(first.text).rstrip("."), ctx.lexicon.people_words
    known = opening in people.given_names or opening in people.rare_given_names or opening in ctx.lexicon.titles
    return len(signature) > 1 and known


_SIGNATURE_WORDS = 5  # `Councillor Ines de la Falk`


def _alone_in_its_paragraphs(ctx: QuoteContext, index: int) -> bool:
    """Whether nothing but marks stands around a quotation in the paragraphs it spans."""
    quote = ctx.quotations[index]
    first, last = ctx.paragraphs[quote.first_paragraph], ctx.paragraphs[quote.last_paragraph]
    if quote.close_mark is None:
        return False
    before, after = ctx.text[first.start : quote.start], ctx.text[quote.end : last.end]
    return not any(c.isalnum() for c in before + after)


def _dash_before(window: Sequence[Token], first_word: Token) -> bool:
    """`"…" ― X`: a dash between the quotation and the name signs it, as a byline does."""
    return any(unicodedata.category(t.text[:1]) == "Pd" for t in window if t.i < first_word.i)


_NAME_LABEL_WORDS = 8  # `Frank Newport and Jim Harter`, `Rep. Trey Gowdy (R-S.C.)`


def name_colon(ctx: QuoteContext, index: int) -> Attribution | None:
    """`Pollsters agree - Carl Bialik: "…" [Outlet.]` · `Clinton: "…" Bush: "…"` · `More from
    Ruiz and Falk: "…"`: a name standing alone before a colon that opens the quotation, within
    a paragraph, labels whose words follow (as a transcript's label does at a line's start),
    before any source cited after them. A name that is a verb's object (`told Fox News: "…"`)
    labels nothing."""
    words = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    if len(words) < 2 or words[-1].text not in (":", "):"):
        return None
    surnames = {name[-1].text for name in ctx.names}
    k = len(words) - 2
    if words[-1].text == "):":  # the tokenizer keeps `):` whole
        k = len(words) - 1
    head: Token | None = None
    first = k
    while k >= 0 and first - k < _NAME_LABEL_WORDS:
        token = words[k]
        # `Rep. Ana Roe (R-S.C.)`: party and state; the tokenizer keeps the closing bracket on the colon
        # (`):`), alone, or on the tag (`S.C.)`)
        if (token.text.startswith(")") or token.text.endswith(")") and k == len(words) - 2) and head is None:
            opening = next((j for j in range(k - 1, max(-1, k - 6), -1) if words[j].text == "("), None)
            if opening is None:
                return None
            k = opening - 1
            continue
        if token.pos_ == "PROPN" or (token.text in surnames and token.text[:1].isupper()):
            head = token if head is None else head
            first, k = k, k - 1
            continue
        if head is not None and (token.lower_ in ctx.lexicon.grammar.name_conjunctions or token.lower_.rstrip(".") in ctx.lexicon.titles):
            first, k = k, k - 1
            continue
        break
    if head is None or words[first].lower_ in ctx.lexicon.grammar.name_conjunctions:
        return None
    if k < 0 and _starts_its_line(words[0], ctx):
        return None  # `NAME: "…"` at a line's start is the `transcript` rule's
    if k >= 0 and not (words[k].is_punct or (words[k].pos_ == "ADP" and words[k].lower_ == "from")):
        return None
    phrase = noun_phrase(head, ctx.quoted, ctx.lexicon)
    start = max(phrase.start, words[first].i)
    if start < head.i and cue_before_a_name(ctx.doc[start], ctx.lexicon):
        return Attribution(ctx.doc[start : start + 1], ctx.doc[start + 1 : phrase.end])  # `Stated Doe: "…"`
    return Attribution(None, ctx.doc[start : phrase.end])


def _starts_its_line(token: Token, ctx: QuoteContext) -> bool:
    text = ctx.text
    return not text[line_start(text, token.idx) : token.idx].strip()


_WORDS_OF_REACH = 12  # tokens after a quotation within which `… were the words of X` names X


def were_words_of(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…." Those were the words of X` · `That was the advice of X`: the sentence right after
    a quotation that ends its own sentence (in the paragraph or opening the next) calls it the
    words of someone: a demonstrative, `was` or `were`, `the`, a noun for what is said and `of`
    (`grammar.tsv`: demonstratives, copula_forms, speech_nouns)."""
    quote = ctx.quotations[index]
    close = ctx.mark_token(quote.close_mark)
    # nothing after the quotation: no Span at the Doc's end (making one joins the Doc's whole text)
    if close is None or close.i + 1 >= len(ctx.doc) or not _ends_its_sentence(ctx, index):
        return None
    grammar = ctx.lexicon.grammar
    words = [t for t in ctx.doc[close.i + 1 : close.i + 1 + _WORDS_OF_REACH] if not t.is_space]
    if len(words) < 6 or any(ctx.quoted[t.i] for t in words[:6]):
        return None
    that, be, the = words[:3]
    if that.lower_ not in grammar.demonstratives or be.lower_ not in grammar.copula_forms or the.lower_ != "the":
        return None
    of = next((t for t in words[3:6] if t.lower_ == "of"), None)
    if of is None or ctx.lexicon.lemma(ctx.doc[of.i - 1]) not in grammar.speech_nouns:
        return None
    source = next((c for c in of.children if c.dep_ == "pobj"), None)
    if source is None:
        source = next((t for t in words if t.i > of.i and t.pos_ in ("PROPN", "NOUN")), None)
    if source is None:
        return None
    return Attribution(ctx.doc[of.i - 1 : of.i], noun_phrase(source, ctx.quoted, ctx.lexicon))


def cue_before(ctx: QuoteContext, index: int) -> Attribution | None:
    """`X said: "…"` · `X said that "…"` · `According to X, "…"`."""
    window = ctx.before(ctx.quotations[index])
    for k in range(len(window) - 1, -1, -1):
        event = ctx.event_with_cue_in(window[k : k + 1])
        if event is None:
            continue
        between = window[k + 1 :]
        if _introduces(event, between, ctx) and not _main_clause_between(event, between, ctx):
            if event.mention is None:
                continue  # `Adding, "…"`: a cue that names no one leaves the quotation to the rules after
            if _named_nearer(event, ctx, index):
                return None
            event = _reporter_of_a_thing(event, ctx)
            return Attribution(event.cue, event.mention)
    return None


_ASIDE_DEPS = ("parataxis", "prep")  # `the plan, he said, rests on …` · `According to X, the plan …`


def cue_aside(ctx: QuoteContext, index: int) -> Attribution | None:
    """`The forecast, he said, rests on "…"` · `According to Berg, the treasury has "…"`: a cue
    set into the clause that holds the quotation (between commas, or `according to` before
    it) reports that clause, the words quoted in it with it: they are its speaker's."""
    opening, close = ctx.openings[index], ctx.mark_token(ctx.quotations[index].close_mark)
    if opening is None or close is None:
        return None
    events = (ctx.event_with_cue_in([token]) for token in reversed(ctx.before(ctx.quotations[index])))
    asides = [e for e in events if e is not None and e.mention is not None and e.cue.root.dep_ in _ASIDE_DEPS]
    if not asides:
        return None  # the common case: the heads above the quotation are not climbed
    inside = range(opening.i + 1, close.i)
    top = next((t for t in ctx.doc[opening.i + 1 : close.i] if t.head.i not in inside or t.head.i == t.i), None)
    if top is None:
        return None
    governing = {top.i, *(a.i for a in top.ancestors)}
    for event in asides:
        head = event.cue.root.head
        if head.i in governing and (head.i > event.cue.end - 1 or _conjunct_after(head, event.cue, governing, ctx)):
            return Attribution(event.cue, event.mention)
    return None


def _conjunct_after(head: Token, cue: Span, governing: Collection[int], ctx: QuoteContext) -> bool:
    """`The boat will sail on Monday, she said, and the new engine was "…"`: the
    quotation stands in a clause joined after the aside to the clause the aside hangs from, and
    the aside reports both. A joined clause with a verb of saying or naming of its own (`…, he
    said, and critics called it "…"`) speaks for itself."""
    lexicon = ctx.lexicon
    for i in sorted(governing):  # the first joined clause in the text, whatever order the collection keeps
        verb = ctx.doc[i]
        if verb.dep_ == "conj" and verb.head.i == head.i and verb.i >= cue.end:
            lemma = lexicon.lemma(verb)
            return lemma not in lexicon.cue_verbs and lemma not in lexicon.naming_cues
    return False


def _named_by_its_own_subject(ctx: QuoteContext, index: int) -> bool:
    """Whether a verb of naming right before the quotation gives it as a term to a noun or a
    name of its own (`what X called "…"`, `a move its chief, X, called "…"`: `naming`)."""
    named = naming(ctx, index)
    return named is not None and named.cue is not None and named.mention is not None and _subject_of_naming(named.cue.root, named.mention)


def _subject_of_naming(verb: Token, mention: Span) -> bool:
    """Whether the speaker a verb of naming found is a noun or a name that is its own: its
    subject (`X called …`), or the name in apposition to the noun a relative clause with no
    relative word hangs from (`a move [its chief, X,] called …`: `_named_in_apposition`)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and mention.root.head.i == verb.head.i and mention.root.dep_ == "appos":
        subject = mention.root
    return subject is not None and subject.pos_ in ("NOUN", "PROPN") and mention.start <= subject.i < mention.end


def _named_nearer(event: SpeechEvent, ctx: QuoteContext, index: int) -> bool:
    """`According to the union, whose leader, X, called the plans "…"`: a verb of naming
    between the cue and the quotation, with a subject of its own that is a noun or a name,
    gives the quoted term to that subject (`naming`), not to the one the cue names. A subject
    it shares with the cue (`X said staff were angry and called it "…"`) or a
    pronoun (`what it called "…"`, `an advert that called him "…"`) leaves the term to the cue."""
    named = naming(ctx, index)
    if named is None or named.cue is None or named.mention is None or named.cue.start < event.cue.end:
        return False
    return _subject_of_naming(named.cue.root, named.mention)


def _reporter_of_a_thing(event: SpeechEvent, ctx: QuoteContext) -> SpeechEvent:
    """`The judge said the addiction was real but that it did not explain "…"`: a cue whose
    subject is `it` inside the clause another speaker reports gives no thing words of its own;
    the quoted words are those of the speaker who reports the clause."""
    assert event.mention is not None
    if event.mention.root.lower_ not in ctx.lexicon.people_words.impersonal_pronouns:
        return event
    cues = {e.cue.root.i: e for e in ctx.events if e.mention is not None and e is not event}
    outer = next((cues[a.i] for a in event.cue.root.ancestors if a.i in cues), None)
    if outer is None or outer.mention is None or outer.mention.root.lower_ in ctx.lexicon.people_words.impersonal_pronouns:
        return event
    return outer


def _main_clause_between(event: SpeechEvent, between: Sequence[Token], ctx: QuoteContext) -> bool:
    """`When Lee suggested a deal, Ruiz fired back: "…"` · `Lee proposed a deal and Ruiz shot
    back, "…"`: a clause with a subject of its own between a cue and the quotation, not what
    the cue reports but a clause beside it, stands nearer the quotation and introduces it."""
    root = event.cue.root
    return any(
        t.pos_ in ("VERB", "AUX")
        and t.i != root.i
        and (root not in t.ancestors or (t.dep_ == "conj" and t.head.i == root.i))
        and any(c.dep_ in ("nsubj", "nsubjpass") and not ctx.quoted[c.i] for c in t.children)
        for t in between
    )


def _introduces(event: SpeechEvent, between: Sequence[Token], ctx: QuoteContext) -> bool:
    """Whether what stands between a cue and an opening mark lets the cue introduce it:
    nothing, a colon or comma, a that-clause (`said that the city will "…"`), or only
    words that depend on the cue (`told reporters on Tuesday "…"`)."""
    words = [t for t in between if not t.is_space]
    if not words or words[-1].text in (":", ",") or any(t.lower_ in ctx.lexicon.grammar.complementizer for t in words):
        return True
    root = event.cue.root
    return all(t.head.i == root.i or root in t.ancestors for t in words)


_POSSESSIVE_ENDINGS = {"'", "’", "'s", "’s"}


def in_words_of(ctx: QuoteContext, index: int) -> Attribution | None:
    """`In her words, "…"` · `in the mayor's own words: "…"` · `in the words of X, "…"`: the
    quotation is the words of the one whose words the phrase before it names."""
    words = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if len(words) < 2 or words[-1].lower_ not in ctx.lexicon.grammar.words_nouns:
        of = next((c for c in words[-1].ancestors if c.lower_ in ctx.lexicon.grammar.words_nouns), None) if words else None
        noun = of if of is not None and of.i >= words[0].i else None
    else:
        noun = words[-1]
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and not ctx.quoted[c.i]), None)
    if owner is None and noun.i >= 2 and ctx.doc[noun.i - 1].text in _POSSESSIVE_ENDINGS and ctx.doc[noun.i - 2].pos_ == "PROPN":
        owner = ctx.doc[noun.i - 2]  # `in Forbes’ words`: the parser split the possessive off
    if owner is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ctx.lexicon.grammar.name_joiner), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is None or ctx.quoted[owner.i] or owner.i > words[-1].i:
        return None
    phrase = noun_phrase(owner, ctx.quoted, ctx.lexicon)
    end = phrase.end
    while end > phrase.start + 1 and ctx.doc[end - 1].dep_ == "case":
        end -= 1  # `the mayor's`: the owner, not the possessive ending
    return Attribution(None, ctx.doc[phrase.start : end])


_NAMING_REACH = 8  # words between a verb of naming and its quoted term


def naming(ctx: QuoteContext, index: int) -> Attribution | None:
    """`X called the bill "a disgrace"` · `X dubbed it "the money pit"` · `X likened the cuts
    to "…"` · `what X called "…"`: a verb of naming (`naming_cues.txt`) whose object comes right before the quoted
    term, with no other preposition than the verb's own; its subject speaks. A quoted term
    no verb gives to anyone stays a scare quote."""
    words = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _NAMING_REACH), -1):
        verb = words[k]
        if verb.pos_ != "VERB":
            continue
        prepositions = ctx.lexicon.naming_cues.get(ctx.lexicon.lemma(verb))
        if prepositions is None:
            continue
        between = _before_a_relative_clause(verb, words[k + 1 :], ctx)
        # A noun of the object the tagger took for a verb (`called the council's ferry plans "…"`)
        # is still the object: the parser hangs it from the verb as one.
        if any(t.is_punct or (t.pos_ in ("VERB", "AUX") and not _object_of(t, verb)) for t in between):
            return None
        used = " ".join(t.lower_ for t in between if t.pos_ == "ADP" or t.dep_ in ("prep", "agent"))
        if used not in prepositions:  # `praised her in a statement as "…"`: the verb's own preposition after a phrase of place or time
            adjuncts = _adjunct_phrases(between)
            used = " ".join(t.lower_ for t in between if (t.pos_ == "ADP" or t.dep_ in ("prep", "agent")) and t.i not in adjuncts)
        if used not in prepositions or (not used and not between and not (_object_before(verb) or _object_taken_out(verb))):
            return None  # `called for "…"`, or a call with nothing named
        head = _object_who_acts(verb, ctx) or speaker_head(verb, ctx.quoted, ctx.lexicon.time_words)
        if head is None:
            return None
        head = _named_in_apposition(verb, head, ctx)
        return Attribution(ctx.doc[verb.i : verb.i + 1], noun_phrase(head, ctx.quoted, ctx.lexicon))
    return None


def _before_a_relative_clause(verb: Token, between: Sequence[Token], ctx: QuoteContext) -> Sequence[Token]:
    """`called the ruling that ended the match "a farce"`: the words between a verb of naming
    and its term without a relative clause of the verb's object, when the clause is whole
    before the term (it ends in a noun: the parser hangs the term inside it). A clause that
    ends in its verb or a preposition (`the minister who had promised "…"`) takes the quoted
    words for its own object: they are no term the verb of naming gives."""
    grammar = ctx.lexicon.grammar
    for j in range(1, len(between)):
        word, noun = between[j], between[j - 1]
        if word.tag_ not in grammar.wh_pronoun_tag and word.lower_ not in grammar.complementizer:
            continue  # `that` after a noun opens a relative clause, however the tagger reads it
        clause = between[j:]
        whole = clause[-1].pos_ in ("NOUN", "PROPN", "NUM") and any(t.pos_ in ("VERB", "AUX") for t in clause)
        if noun.dep_ == "dobj" and noun.head.i == verb.i and whole and not any(t.is_punct for t in clause):
            return between[:j]
        return between
    return between


def _object_of(word: Token, verb: Token) -> bool:
    """Whether a word tagged as a verb is the object of the verb of naming: a noun the tagger
    took for a verb (`plans`), or a capitalised word inside the sentence, a work's title
    (`she calls Waiting "…"`, a gerund to the tagger), hung from the verb."""
    if word.head.i != verb.i:
        return False
    title = word.text[:1].isupper() and not word.is_sent_start and word.i > verb.i
    return title or word.dep_ in ("dobj", "oprd") and word.tag_ == "VBZ"


def _object_who_acts(participle: Token, ctx: QuoteContext) -> Token | None:
    """`… which left skipper X calling it "…"` · `had the crowd calling him "…"`: a participle right
    after the object of the verb it hangs from, no comma between, says what that object does;
    the object, when it names people, is who calls. After a comma the participle is the
    subject's again (`X thanked the crowd, calling it "…"`)."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp", "ccomp", "oprd", "dep"):
        return None
    objects = [c for c in participle.head.children if c.dep_ == "dobj" and c.i < participle.i]
    if not objects or objects[-1].right_edge.i + 1 != participle.i or ctx.quoted[objects[-1].i]:
        return None
    who = objects[-1]
    person = who.pos_ == "PROPN" or who.lower_ in ctx.lexicon.pronouns or ctx.lexicon.lemma(who) in ctx.lexicon.speaker_words
    return who if person else None


def _named_in_apposition(verb: Token, head: Token, ctx: QuoteContext) -> Token:
    """`When Y was governor, X, then a junior member, called the bill "…"`: the parser hangs the
    verb from the noun before the name and the name from that noun as its apposition (or a
    conjunct); the name between the noun and the verb is who acts (the same person when the
    apposition is true)."""
    if verb.dep_ != "acl" or head.i != verb.head.i:
        return head
    # An apposition, or a conjunct with no `and` before it (`governor, Delacorte,`): the same misparse.
    joined = any(c.dep_ == "cc" for c in head.children)
    names = [
        c for c in head.children
        if (c.dep_ == "appos" or (c.dep_ == "conj" and not joined)) and c.pos_ == "PROPN" and c.text[:1].isupper() and head.i < c.i < verb.i
    ]
    return names[0] if names and not ctx.quoted[names[0].i] else head


def _adjunct_phrases(between: Sequence[Token]) -> set[int]:
    """The prepositions of whole phrases between a verb of naming and its term (`praised her in a
    statement as "…"`): a preposition whose object stands before the term says where or when,
    not what the term is given to (`refer to it as` is read whole first)."""
    if not between:
        return set()
    last = between[-1].i
    return {t.i for t in between[:-1] if t.dep_ == "prep" and any(c.dep_ == "pobj" and c.i < last for c in t.children)}


_POSSESSED_MIN_WORDS = 2  # `the minister's "war on red tape"`: one word after a possessive is a scare quote


def possessor(ctx: QuoteContext, index: int) -> Attribution | None:
    """`the minister's "war on red tape"` · `Berg's "heroic assumption"` · `defended her "war on
    red tape"`: a phrase of a few words in lower case right after a person's possessive (or a
    possessive pronoun of a person, `his`, `her`) is that person's words, a mixed quotation. The possessor is a name or a noun for a person (a role, a person noun, a body
    that speaks); a thing's possessive (`the budget's "hidden costs"`) gives no one the words,
    and a title after a possessive is the name of a work (`_is_named_work`)."""
    words = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    lexicon = ctx.lexicon
    people = lexicon.people_words
    text = ctx.text[ctx.quotations[index].start : ctx.quotations[index].end]
    if words and words[-1].lower_ in people.gendered and words[-1].dep_ == "poss":
        if len(text.split()) < _POSSESSED_MIN_WORDS or text[:1].isupper():
            return None
        subject = _own_subject(words[-1], ctx)
        if subject is None:
            return None
        return Attribution(ctx.doc[words[-1].i : words[-1].i + 1], noun_phrase(subject, ctx.quoted, lexicon))
    if len(words) < 2 or words[-1].tag_ not in ctx.lexicon.grammar.possessive_tag:
        return None
    owner = words[-2]
    person_words = lexicon.roles | lexicon.bodies | people.person_nouns | people.gendered.keys()
    if owner.pos_ != "PROPN" and lexicon.lemma(owner) not in person_words:
        return None
    if owner.ent_type_ and owner.ent_type_ not in ("PERSON", *ORGANISATION_LABELS, "NORP"):
        return None  # `Monday's "…"`, `Britain's "…"`: a time or a place says nothing
    if len(text.split()) < _POSSESSED_MIN_WORDS or text[:1].isupper():
        return None
    phrase = noun_phrase(owner, ctx.quoted, lexicon)
    mention = ctx.doc[phrase.start : min(phrase.end, words[-1].i)]  # without the `'s`
    return Attribution(ctx.doc[words[-1].i : words[-1].i + 1], mention)


def outcry(ctx: QuoteContext, index: int) -> Attribution | None:
    """`he went on, to jeers of "…" from the crowd` · `supporters answered with chants of "…"`:
    the words a noun of crying out (`outcry_nouns.txt`) gives by its `of` are cried by whoever
    `from` names when it names people (no one when it names a place), or by the subject of an act done with them or broken into (`answered with`,
    `erupted in`), or by the one an act moves to them (`stirred the hall to`); a passive act
    (`was met with`) names who heard them, and then no one is named."""
    quote = ctx.quotations[index]
    window = ctx.before(quote)
    noun = outcry_noun_before(ctx.doc, window[-1].i + 1, ctx.lexicon) if window else None
    if noun is None and window:
        return _cried_by_verb(ctx, outcry_verb_before(ctx.doc, window[-1].i + 1, ctx.lexicon), window)
    if noun is None or noun.i < window[0].i:
        return None  # (the noun and its `of` within the quotation's sentence and paragraph)
    after = [t for t in ctx.after(quote) if not t.is_space]
    if after and after[0].lower_ == "from":
        source = next((c for c in after[0].children if c.dep_ == "pobj"), None)
        if source is not None:
            # `from the crowd's back rows`, `from the far end of the hall`: a place says where
            # the cry came from, not who cried
            from_mention = noun_phrase(source, ctx.quoted, ctx.lexicon) if _names_people(source, ctx) else None
            return Attribution(ctx.doc[noun.i : noun.i + 1], from_mention)
    grammar = ctx.lexicon.grammar
    act = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in grammar.outcry_prepositions else None
    if act is not None and act.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in act.children):
        # `stirred the crowd to chants of`, `drove the hall into cries of`: the one moved cries
        moved = next((c for c in act.children if c.dep_ == "dobj" and c.i < noun.i), None)
        moved = moved if noun.head.lower_ in grammar.moving_prepositions else None
        # (`spoke to jeers of`: `to` alone gives the circumstance, not who cries)
        crier = moved or next((c for c in act.children if c.dep_ == "nsubj" and noun.head.lower_ != "to"), None)
        if crier is not None and crier.pos_ in ("NOUN", "PROPN") and not ctx.quoted[crier.i]:
            return Attribution(ctx.doc[noun.i : noun.i + 1], noun_phrase(crier, ctx.quoted, ctx.lexicon))
    return Attribution(ctx.doc[noun.i : noun.i + 1], None)


def _cried_by_verb(ctx: QuoteContext, verb: Token | None, window: Sequence[Token]) -> Attribution | None:
    """`the crowd chanted "…"` · `marched to the pier, chanting "…"` · `began to chant "…"`: the
    words a verb of crying out takes are cried by its subject, or, for a participle or an
    infinitive with no subject of its own, by the subject of the verb it hangs from, a noun, a
    name or a personal pronoun; else the rules after find who. Not a passive (`"…" was
    shouted`)."""
    if verb is None or verb.i < window[0].i:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    crier = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if crier is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.pos_ == "VERB":  # not `All … was shout`
        crier = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if crier is None or ctx.quoted[crier.i] or not (crier.pos_ in ("NOUN", "PROPN") or crier.lower_ in ctx.lexicon.pronouns):
        return None  # (`All he could do was shout "…"`: the rules after find who)
    return Attribution(ctx.doc[verb.i : verb.i + 1], noun_phrase(crier, ctx.quoted, ctx.lexicon))


def _names_people(word: Token, ctx: QuoteContext) -> bool:
    """Whether a noun names who can cry out: a name of a person, a body or a people, a pronoun,
    or a word for people, a group or a body (`lexicon.speaker_words`)."""
    if word.pos_ == "PROPN":
        return not word.ent_type_ or word.ent_type_ in ("PERSON", *ORGANISATION_LABELS, "NORP")
    return word.lower_ in ctx.lexicon.pronouns or ctx.lexicon.lemma(word) in ctx.lexicon.speaker_words


_REPORTED_MIN_WORDS = 2  # `The mayor's "savings" were …, she wrote`: one word is as often the writer's scare quote


def reported_around(ctx: QuoteContext, index: int) -> Attribution | None:
    """`The captain said the crew had been "superb" and that she would not be "…"` · `The crew
    had "…" by the last lap, she said, after …`: words quoted inside the clause a speech
    event of their sentence reports (`reported.reported_parts`) are its speaker's, a mixed
    quotation, though another quotation, or the rest of the clause, stands between the two.
    Of two events that report it (`X said Y told him that "…"`), the nearer one's speaker. One
    word so quoted gives no one the words."""
    opening, close = ctx.openings[index], ctx.mark_token(ctx.quotations[index].close_mark)
    quote = ctx.quotations[index]
    if opening is None or close is None or len(ctx.text[quote.start : quote.end].split()) < _REPORTED_MIN_WORDS:
        return None
    first, last = opening.i + 1, close.i - 1
    if _names_words(opening, ctx):
        return None
    (start, _), (_, end) = sentence_bounds(opening), sentence_bounds(close)
    around: list[tuple[int, SpeechEvent]] = []
    # by index, not islice: islice steps over the events before the sentence one by one, a
    # square on a text of thousands of short quotations
    for k in range(bisect_left(ctx.events, start, key=lambda e: e.cue.start), len(ctx.events)):
        event = ctx.events[k]
        if event.cue.start >= end:
            break
        if event.mention is None or _subordinate(event.cue.root, ctx):
            continue
        parts = reported_parts(event, ctx.quoted, ctx.lexicon)
        holding = [part for part in parts if part.start <= first and last < part.end]
        if not holding or len(parts) > len(holding) and any(_mostly_quoted(part, ctx) for part in parts if part not in holding):
            continue  # `In her "…", a memo she sent in May, she wrote, "…"`: the cue gives the quotation after it
        if _in_an_aside(ctx.text[holding[0].start_char : opening.idx]):
            continue  # `(… among them "quiet days")`: the writer's aside in brackets
        around.append((len(holding[0]), event))
    if not around:
        return None
    event = min(around, key=lambda item: item[0])[1]
    return Attribution(event.cue, event.mention)


def _names_words(opening: Token, ctx: QuoteContext) -> bool:
    """`the phrase "harbour levy"`, `the term "…"`: a noun for words right before the quotation
    makes it a mention of those words, not words said (`grammar.tsv`: word_nouns)."""
    k = opening.i - 1
    while k >= 0 and ctx.doc[k].is_space:
        k -= 1
    return k >= 0 and ctx.lexicon.lemma(ctx.doc[k]) in ctx.lexicon.grammar.word_nouns


def _in_an_aside(before: str) -> bool:
    """Whether words in brackets opened in `before` stand before the quotation: the writer's
    aside (`(… among them "quiet days")`), not a gloss that is only the quotation (`her ferry
    plan ("boats for all")`), which quotes the speaker."""
    depth = 0
    for k in range(len(before) - 1, -1, -1):
        if before[k] == ")":
            depth += 1
        elif before[k] == "(":
            if depth == 0:
                return bool(before[k + 1 :].strip())
            depth -= 1
    return False


def _mostly_quoted(part: Span, ctx: QuoteContext) -> bool:
    return sum(ctx.quoted[part.start : part.end]) * 2 > len(part)


_SURELY = 0.9  # the share of a given name's bearers of one sex that tells the name's gender


def _own_subject(pronoun: Token, ctx: QuoteContext) -> Token | None:
    """`Lindqvist defended her "war on red tape"`: the subject of the clause a possessive
    pronoun stands in, when the pronoun heads the quoted phrase and stands for that subject (a
    pronoun of its gender, or a name whose given name has it). Someone else's possessive
    (`he referred to her "…"`) or a phrase that only qualifies a noun after it (`his "average
    American" followers`) gives no one the words."""
    if pronoun.head.i <= pronoun.i or not ctx.quoted[pronoun.head.i]:
        return None
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None or ctx.quoted[subject.i]:
        return None
    gendered = ctx.lexicon.people_words.gendered
    gender = gendered[pronoun.lower_]
    if subject.lower_ in gendered:
        return subject if gendered[subject.lower_] == gender else None
    name = next((n for n in ctx.names if n.start <= subject.i < n.end or n[-1].text == subject.text), None)
    if subject.pos_ != "PROPN" or name is None or len(name) < 2:
        return None
    share = ctx.lexicon.people_words.given_names.get(fold(name[0].text))
    if share is None:
        return None
    return subject if (share >= _SURELY if gender == "female" else share <= 1 - _SURELY) else None


def _object_before(verb: Token) -> bool:
    """`what X called "…"`, `the board, which X called "…"`: the verb's object is a relative or
    interrogative word before it, so the term right after the verb names that object. In a
    relative clause with no relative word (`a move its leader called "…"`: the verb hangs
    from the noun before its subject), the object is that noun."""
    if any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children):
        return True
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and noun.i < c.i < verb.i for c in verb.children):
        return True
    # `a move chief officer X called "…"`: the parser hung the verb from the subject's noun, whose
    # name in apposition ends right before it; a participle after a thing (`a plan called "…"`) names it
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.right_edge.i + 1 == verb.i for c in noun.children)


def _object_taken_out(verb: Token) -> bool:
    """`…, a move chief steward X called "…"`: a verb of naming with a subject that is a noun or
    a name, the term as its object's complement and no object at all is a relative clause
    with no relative word whose object is the noun before it, however the parser hung the
    verb (`ccomp`, `conj`); a term that is itself the object (`called "a truce"`) is no such."""
    children = list(verb.children)
    return (
        any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children)
        and any(c.dep_ == "oprd" and c.i > verb.i for c in children)
        and not any(c.dep_ in ("dobj", "dative") for c in children)
    )


def colon_before(ctx: QuoteContext, index: int) -> Attribution | None:
    """`X released the following statement: "…"`: a clause that ends in a colon introduces
    the quotation, and its subject speaks."""
    window = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    if len(window) < 3 or window[-1].text != ":":
        return None
    clause = window[:-1]
    positions = {t.i for t in clause}
    # The verbs that head the clause: their own head lies outside it, or they are the root.
    verbs = [t for t in clause if t.pos_ in ("VERB", "AUX") and (t.head.i not in positions or t.head.i == t.i)]
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i in positions and not ctx.quoted[subject.i]:
            return Attribution(None, noun_phrase(subject, ctx.quoted, ctx.lexicon))
    return _cue_tagged_a_noun(ctx, clause, positions)


def _cue_tagged_a_noun(ctx: QuoteContext, clause: Sequence[Token], positions: set[int]) -> Attribution | None:
    """`A reader, Ruth, emails: "…"`: a cue the tagger took for a noun (`emails`) ends the
    clause, and the parser hung the clause's subject on it or on the quoted verb."""
    last = clause[-1]
    if last.pos_ != "NOUN" or ctx.lexicon.lemma(last) not in ctx.lexicon.cue_verbs:
        return None
    subject = next((t for t in clause if t.dep_ == "nsubj" and (t.head.i not in positions or t.head == last)), None)
    if subject is None or ctx.quoted[subject.i]:
        return None
    return Attribution(ctx.doc[last.i : last.i + 1], noun_phrase(subject, ctx.quoted, ctx.lexicon))


_MANNER_BEFORE_REACH = 4  # words from a verb of manner to the comma or colon (`fired back forcefully on Tuesday`)


def manner_before(ctx: QuoteContext, index: int) -> Attribution | None:
    """`Ines Falk shot back, "…"` · `the senator boomed, "…"` · `Ruiz fired back forcefully: "…"`:
    a verb of the main clause right before a comma or colon that opens the quotation, with a
    subject of its own and no object outside the quotation, reports it whatever its meaning
    (a manner of speaking), as its twin after a quotation does (`manner_after`)."""
    quote = ctx.quotations[index]
    words = [t for t in ctx.before(quote) if not t.is_space]
    if len(words) < 3 or words[-1].text not in (",", ":"):
        return None
    opening = ctx.openings[index]
    close = ctx.mark_token(quote.close_mark)
    if opening is None:
        return None
    inside = ctx.doc[opening.i : close.i if close is not None else min(len(ctx.doc), opening.i + 40)]
    if not any(t.pos_ in ("VERB", "AUX") for t in inside):
        return None  # `Ruiz smiled, "the best"`: words, not a clause anyone said
    tail = words[-1 - _MANNER_BEFORE_REACH - 1 : -1]
    verb = next((t for t in reversed(tail) if t.pos_ == "VERB"), None)
    # The parser hangs such a verb on the quoted clause as often as it makes it the root.
    if verb is None or not (verb.dep_ in ("ROOT", "conj") or ctx.quoted[verb.head.i]) or _subordinate(verb, ctx):
        return None
    if any(t.i > verb.i and verb not in t.ancestors for t in tail):
        return None  # the words after the verb belong to it (`back`, `forcefully`, `on Tuesday`)
    if any(c.dep_ in _MANNER_OBJECTS and not ctx.quoted[c.i] for c in verb.children):
        return None  # `Ruiz read the letter, "…"`: a verb with an object does something else
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not ctx.quoted[c.i]), None) or _shared_subject(verb, ctx)
    if subject is None or subject.tag_ in ctx.lexicon.grammar.wh_pronoun_tag:
        return None
    if not (subject.pos_ in ("PRON", "PROPN") or _within_a_name(subject, ctx.names) or subject.pos_ == "NOUN"):
        return None
    return Attribution(ctx.doc[verb.i : verb.i + 1], noun_phrase(subject, ctx.quoted, ctx.lexicon))


def _shared_subject(verb: Token, ctx: QuoteContext) -> Token | None:
    """`He put on an accent and joked, "…"`: a verb joined by `and` to the clause before it,
    with no subject of its own, shares the subject of that clause's verb (which the parser may
    reach through the object it hung the second verb on: `accent` `and` `joked`)."""
    if verb.dep_ != "conj":
        return None
    head = verb.head
    while head.pos_ != "VERB" and head.dep_ in ("dobj", "conj") and head.head.i != head.i:
        head = head.head
    if head.pos_ != "VERB" or ctx.quoted[head.i]:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i and not ctx.quoted[c.i]), None)


_OBJECT_DEPS = {"dobj", "pobj", "pcomp", "ccomp", "xcomp", "attr", "oprd"}


def quoted_object(ctx: QuoteContext, index: int) -> Attribution | None:
    """`Ruiz attacked "the cuts that close our library every winter"` · `She took credit for "…"`:
    quoted words that are the whole object of a verb, or of the preposition right after it,
    are the words of the verb's subject when a person's name or a personal pronoun is that
    subject. Not explicit: a short term so given stays a scare quote."""
    opening = ctx.openings[index]
    close = ctx.mark_token(ctx.quotations[index].close_mark)
    if opening is None or close is None:
        return None
    before = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    if not before:
        return None
    governor = before[-1]
    if governor.pos_ == "ADP":
        governor = governor.head
        if governor.pos_ == "NOUN" and governor.dep_ == "dobj":
            governor = governor.head  # `took credit for "…"`: the verb and its object make one act
    if governor.pos_ != "VERB":
        return None
    inside = range(opening.i + 1, close.i)
    # The quoted words hang from the verb, or from its preposition, as its object.
    if not any(ctx.doc[i].head.i in (governor.i, before[-1].i) and ctx.doc[i].dep_ in _OBJECT_DEPS for i in inside):
        return None
    subject = next((c for c in governor.children if c.dep_ == "nsubj" and not ctx.quoted[c.i]), None)
    if subject is None:
        subject = _subject_of_the_act(governor, ctx)
    if subject is None:
        return None
    # `Marrack condemned "…"`: a surname alone, of a name the text gave in full before, is a person too
    named = subject.pos_ == "PROPN" and (_within_a_name(subject, ctx.names) or _shown_a_person(subject, ctx))
    personal = subject.lower_ in ctx.lexicon.pronouns or named
    if not personal:
        return None
    return Attribution(ctx.doc[governor.i : governor.i + 1], noun_phrase(subject, ctx.quoted, ctx.lexicon))


def _subject_of_the_act(participle: Token, ctx: QuoteContext) -> Token | None:
    """`X issued a statement Thursday condemning "…"` · `X posted a video mocking "…"`: a
    participle that hangs from the verb, or from the verb's object, does what the verb's subject
    does; a name in apposition to that subject (`The mayor, Tom Hale,`) names who."""
    if _infinitive_of_purpose(participle):
        verb = participle.head  # `X rose to praise the plan as "…"`: X does what X rose to do
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") and not ctx.quoted[c.i]), None)
    if participle.tag_ != "VBG" or participle.dep_ not in ("acl", "advcl"):
        return None
    verb = participle.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and not ctx.quoted[c.i]), None)
    if subject is None or subject.pos_ != "NOUN":
        return subject
    return _named_subject(subject, ctx.names, ctx.lexicon.people_words.given_names)


def _infinitive_of_purpose(infinitive: Token) -> bool:
    """`X stepped forward to thank Y for "…"` · `X stood up to mock "…"`: an infinitive with `to`
    that tells why the verb's subject acted (a clause of purpose the parser hangs from a verb
    of no object); its subject is the verb's. Not after an object (`X asked Y to praise "…"`:
    Y praises)."""
    verb = infinitive.head
    if infinitive.tag_ != "VB" or infinitive.dep_ != "advcl" or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < infinitive.i for c in infinitive.children):
        return False
    return not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children)


def transcript(ctx: QuoteContext, index: int) -> Attribution | None:
    """`NAME: "…"` or `Name: … "…"`: a transcript line, or a headline in the `Speaker: claim`
    style, that starts with the speaker's name and a colon. Page furniture (`WATCH: …`) names
    no one, nor does a label in capitals that names no person or part (`transcripts.names_a_speaker`):
    it heads a section, and its quotations are attributed as anywhere else."""
    first = ctx.quotations[index].first_paragraph
    if first in ctx.labelled:
        return None
    para = ctx.paragraphs[first] if ctx.paragraphs else None
    span = ctx.paragraph_span(para) if para is not None else None
    if span is None:
        return None
    words = [t for t in span[:_LABEL_REACH] if not t.is_space]
    colon = next((k for k, t in enumerate(words) if t.text in (":", "):")), None)
    if not colon:
        return None
    name = _without_party_tag(words[: colon + 1])[:-1]
    if not name:
        return None
    if len(name) > 4:
        described = _name_after_its_description(name, ctx) if _opens_right_after(words[colon], index, ctx) else None
        return Attribution(None, described) if described is not None else None
    cue = ctx.doc[name[0].i : name[0].i + 1] if len(name) > 1 and cue_before_a_name(name[0], ctx.lexicon) else None
    if cue is not None:
        name = name[1:]  # `Stated Doe: "…"`: the cue, then the name
    # a surname the text gives someone, which the tagger took for a noun here (`Stated Doe:`)
    surnames = {n[-1].text for n in ctx.names} if cue is not None else set()
    if not all(_could_name_a_speaker(t) or t.text in surnames and t.text[:1].isupper() for t in name):
        return None
    label = ctx.doc[name[0].i : name[-1].i + 1]
    if all(t.is_upper for t in name) and not names_a_speaker(label, ctx, words_of_names(ctx)):
        return None  # `STOCKS:`, `THE BOTTOM LINE:`: a section's label, no one's name
    return Attribution(cue, label)


_LABEL_REACH = 12  # tokens of a paragraph's start that hold a label: a name of four words, a party tag and a colon


def _name_after_its_description(label: Sequence[Token], ctx: QuoteContext) -> Span | None:
    """`Former secretary of state Ana Roe: "…"`, the quotation right after the colon: a label
    longer than a name that ends in one the text gives a person, after words that describe her
    (no verb, no punctuation), is that person's; the description is no part of her name."""
    name = next((n for n in ctx.names if n.end == label[-1].i + 1 and n.start > label[0].i), None)
    if name is None:
        return None
    description = [t for t in label if t.i < name.start]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in description):
        return None
    # a description is written in lower case but for its titles; a headline capitalises every word
    return name if any(t.text.islower() for t in description) else None


def _opens_right_after(colon: Token, index: int, ctx: QuoteContext) -> bool:
    """Whether the quotation opens right after a colon, nothing but spaces between."""
    return not ctx.text[colon.idx + len(colon.text) : ctx.quotations[index].open_mark].strip()


def _without_party_tag(label: Sequence[Token]) -> Sequence[Token]:
    """A label and its colon without the party and state written in brackets before the colon
    (`Sen. Ana Roe (R-S.C.):`): the name is the words before them. The tokenizer keeps the
    closing bracket on the tag (`S.C.)`) or on the colon (`):`)."""
    *words, colon = label
    closed = colon.text.startswith(")") or bool(words) and words[-1].text.endswith(")")
    opening = next((k for k in range(len(words) - 1, max(-1, len(words) - 6), -1) if words[k].text == "("), None)
    if not closed or opening is None:
        return label
    return [*words[:opening], colon]


def _could_name_a_speaker(token: Token) -> bool:
    if token.ent_type_ in ORGANISATION_LABELS or token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return False
    return token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or (token.is_upper and token.is_alpha and len(token) > 1)


def introduced(ctx: QuoteContext, index: int) -> Attribution | None:
    """`Nadia Tomlinova, who runs a shelter, disagrees.` / `"…"`: a quotation that starts a
    sentence of its own right after a sentence (in its paragraph or ending the one before)
    whose subject is a person's name, and that says nothing itself, is that person's: the
    text has turned to a new voice. Before `continuation`, which would give it to the voice
    before."""
    sentence = _sentence_ended_before(ctx, index)
    if sentence is None or _says_something(ctx, sentence):
        return None
    name = _person_the_sentence_is_about(ctx, index, sentence)
    if name is None:
        name = _introduced_before(ctx, sentence)
    if name is None:
        return None
    return Attribution(None, noun_phrase(name, ctx.quoted, ctx.lexicon))


def _sentence_ended_before(ctx: QuoteContext, index: int) -> Span | None:
    """The sentence a quotation follows, when the quotation starts a sentence of its own: one
    that goes on a sentence of its paragraph, or follows a quotation, is read by other rules."""
    opening = ctx.openings[index]
    if opening is None:
        return None
    previous = opening.i - 1
    while previous >= 0 and ctx.doc[previous].is_space:
        previous -= 1
    if previous < 0 or ctx.quoted[previous]:
        return None
    end = ctx.doc[previous]
    same_paragraph = ctx.paragraph_index(end) == ctx.quotations[index].first_paragraph
    if same_paragraph and end.text not in ctx.lexicon.grammar.sentence_ends:
        return None  # the quotation goes on a sentence: other rules read it
    return end.sent


def _says_something(ctx: QuoteContext, sentence: Span) -> bool:
    """A sentence with a quotation or a cue of its own says something itself: the quotation
    after it is not introduced by it (the name of a show says nothing)."""
    starts = _quotation_starts(ctx)
    quoted_in_it = bisect_left(starts, sentence.start) < bisect_left(starts, sentence.end)
    return quoted_in_it or _reports_someone(ctx, sentence)


def _reports_someone(ctx: QuoteContext, sentence: Span) -> bool:
    """Whether a sentence holds a cue that gives someone a voice: one whose subject is not
    passive (`_subject_of_a_passive_cue`)."""
    events = (ctx.event_with_cue_in([t]) for t in sentence)
    return any(event is not None and not _subject_of_a_passive_cue(event) for event in events)


def _subject_of_a_passive_cue(event: SpeechEvent) -> bool:
    """`until the vote was read out` · `Roe was asked how …`: the subject of a cue in the passive
    is what was said or the one who heard it, never the one who spoke; such an event gives no
    one a voice (the one who spoke, `by X`, is no subject)."""
    mention = event.mention
    return mention is not None and mention.root.dep_ == "nsubjpass" and mention.root.head.i == event.cue.root.i


def _person_the_sentence_is_about(ctx: QuoteContext, index: int, sentence: Span) -> Token | None:
    """The person a sentence's subject stands for, or the other of that gender whom the
    quotation after it speaks of (`_the_other_of_that_gender`)."""
    subject = next((c for c in sentence.root.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        subject = _name_before_a_verb_read_as_a_noun(sentence.root)
    if subject is None:
        return None
    name = _subject_standing_for_a_person(ctx, subject)
    if name is None:
        return None
    return _the_other_of_that_gender(ctx, index, sentence, subject) or name


def _subject_standing_for_a_person(ctx: QuoteContext, subject: Token) -> Token | None:
    """A subject that stands for a person: a name first, then a description of a person, then
    a gendered pronoun; none of them for a subject that is a thing."""
    name = _named_subject(subject, ctx.names, ctx.lexicon.people_words.given_names)
    if name is not None:
        return name
    if _described_person(subject, ctx) or _shown_a_person(subject, ctx):
        return subject  # `The judge then turned to me.` / `"…"`: a person the text describes
    if subject.pos_ == "PRON" and subject.lower_ in ctx.lexicon.people_words.gendered:
        return subject  # `She has swum there for a decade.` / `"…"`: whom the pronoun stands for
    return None


def _the_other_of_that_gender(ctx: QuoteContext, index: int, sentence: Span, subject: Token) -> Token | None:
    """`Roe hired him after seeing him fix a clock.` / `"He never once raised
    his voice."`: a quotation whose first sentence speaks of a `he` and of its speaker in the
    first person is not the words of the man the sentence before it is about, when that
    sentence names another man by a pronoun that cannot be its subject (`him`; `his` within the
    subject: `His uncle still stops by to check the accounts.`): the quotation is that other
    man's, speaking of its subject. The other is the one the paragraph was about before, the
    last subject before that sentence that could stand for him (a name, or a `he`)."""
    gendered, grammar = ctx.lexicon.people_words.gendered, ctx.lexicon.grammar
    opening = ctx.openings[index]
    assert opening is not None
    first_sentence = []
    for token in ctx.doc[opening.i + 1 : opening.i + _FIRST_SENTENCE_WORDS]:
        if not ctx.quoted[token.i] or token.text in grammar.sentence_ends:
            break
        first_sentence.append(token)
    spoken_of = {gendered.get(t.lower_) for t in first_sentence if t.pos_ == "PRON" and t.dep_ in SUBJECTS}
    if not any(t.lower_ in grammar.self_reference for t in first_sentence):
        return None
    within_subject = {t.i for t in subject.subtree}
    others = [t for t in sentence if t.pos_ == "PRON" and t.i != subject.i and gendered.get(t.lower_) in spoken_of - {None}
              and (t.dep_ in _PRONOUN_OBJECTS or t.dep_ == "poss" and t.i in within_subject)]
    if not others:
        return None
    gender = gendered[others[0].lower_]
    paragraph, start = ctx.paragraph_index(sentence[0]), sentence.start
    while start > 0 and ctx.paragraph_index(ctx.doc[start - 1]) == paragraph:
        first, end = sentence_bounds(ctx.doc[start - 1])  # the index of sentence starts: `Token.sent` walks the sentence
        earlier = next((c for c in span_root(ctx.doc[first:end]).children if c.dep_ in SUBJECTS), None)
        if earlier is not None and earlier.pos_ == "PRON":
            if gendered.get(earlier.lower_) == gender:
                return earlier
        elif earlier is not None:
            named = _named_subject(earlier, ctx.names, ctx.lexicon.people_words.given_names)
            if named is not None and named.text != subject.text and _may_be_of(named, gender, ctx):
                return named
        start = first
    return None


def _may_be_of(name: Token, gender: str, ctx: QuoteContext) -> bool:
    """Whether a name may be a person's of that gender: its given name tells no other (`Ana
    Roe` is no `him`)."""
    words = next((n for n in ctx.names if n.start <= name.i < n.end), None)
    told = ctx.lexicon.people_words.gender_of_name(words[0].text) if words is not None and len(words) > 1 else None
    return told is None or told == gender


_FIRST_SENTENCE_WORDS = 40  # the words of a quotation's first sentence read, at most
_PRONOUN_OBJECTS = {"dobj", "pobj", "dative", "iobj"}  # a pronoun that is no subject of its own clause (`him`)


def _name_before_a_verb_read_as_a_noun(root: Token) -> Token | None:
    """`Doe nods when she reads it.`: the name the parser made a compound of the verb it
    took for a plural noun is the sentence's subject (`mentions.verb_read_as_a_noun`)."""
    name = root.doc[root.i - 1] if root.i > 0 else None
    if name is None or name.head != root or stray_subject_of(name) != root:
        return None
    return name


def letter(ctx: QuoteContext, index: int) -> Attribution | None:
    """`The head read a letter from Lina Ali.` / `"Dear Authority, my name is Lina …"`: a
    quotation that opens with a salutation is a letter, and it is its writer's, whom the text
    named as the one a letter, an email or a note came from (`from X`, `by X`, `X's letter`) in
    its paragraph or the one before; not the one who read it out, who was the subject there.
    Before `introduced` and `continuation`, which would give it to the reader."""
    opening = ctx.openings[index]
    if opening is None:
        return None
    grammar = ctx.lexicon.grammar
    words = [t for t in ctx.doc[opening.i + 1 : opening.i + 8] if not t.is_space]
    if not words or words[0].lower_ not in grammar.salutations or "," not in {t.text for t in words[1:]}:
        return None
    first = ctx.quotations[index].first_paragraph
    span = ctx.paragraph_span(ctx.paragraphs[max(0, first - 1)]) if ctx.paragraphs else None
    if span is None:
        return None
    documents = ctx.lexicon.people_words.documents
    for token in reversed(ctx.doc[span.start : opening.i]):
        if ctx.quoted[token.i] or token.pos_ != "NOUN" or ctx.lexicon.lemma(token) not in documents:
            continue
        writer = _writer_of(token, ctx)
        if writer is not None:
            return Attribution(None, noun_phrase(writer, ctx.quoted, ctx.lexicon))
    return None


def _writer_of(document: Token, ctx: QuoteContext) -> Token | None:
    """Who a document is from: the name after `from` or `by`, or its possessor (`Lina's letter`);
    the parser may hang `from X` on the verb whose object the document is (`read out an email
    from X`)."""
    grammar = ctx.lexicon.grammar
    children = list(document.children)
    if document.dep_ == "dobj":
        children += [c for c in document.head.children if c.i > document.i]
    for child in children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child
        if child.dep_ == "prep" and child.lower_ in grammar.author_prepositions:
            name = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if name is not None:
                return name
    return None


def _introduced_before(ctx: QuoteContext, sentence: Span) -> Token | None:
    """The one person the sentences before a quotation introduce, back to the start of their
    paragraph or to a sentence that holds a cue or a quotation (`It was a letter from Ana Roe,
    who is ten.` · `One of them is Ivo Lund, who …. The old fitter sits at the end.` / `"…"`):
    named there for the first time, with an introduction (an apposition, a relative clause).
    A paragraph that introduces someone and reports no one is about them."""
    starts, paragraph = _quotation_starts(ctx), ctx.paragraph_index(sentence[0])
    introduced: list[Token] = []
    while True:
        if bisect_left(starts, sentence.start) < bisect_left(starts, sentence.end) or _reports_someone(ctx, sentence):
            break
        names = ctx.names[bisect_left(ctx.names, sentence.start, key=lambda n: n.start) :]
        for name in islice((n for n in names if n.start < sentence.end), _MOST_NAMES):
            if name.end <= sentence.end and _first_introduction(ctx, name):
                introduced.append(span_root(name))
        first = sentence.start
        if first == 0 or ctx.paragraph_index(ctx.doc[first - 1]) != paragraph:
            break
        sentence = ctx.doc[first - 1].sent
    return introduced[0] if len(introduced) == 1 else None


_MOST_NAMES = 20  # names read in one sentence: a list longer than that introduces no one person


def _first_introduction(ctx: QuoteContext, name: Span) -> bool:
    """Whether a name is the first of its surname in the text, and introduces a person: a
    relative clause of `who`, an apposition of a person (`a welder`, `41`, `his wife`), or,
    where the parser left the name outside its clause, `, who` or `, 41,` after it. Not a
    place (`New York, which …`), nor a byline's outlet (`Ana Roe, Daily Post`)."""
    if ctx.first_of_surname is None:
        ctx.first_of_surname = {}
        for other in ctx.names:
            ctx.first_of_surname.setdefault(other[-1].text, other.start)
    if ctx.first_of_surname.get(name[-1].text) != name.start or ctx.lexicon.place(name.text):
        return False
    for child in span_root(name).children:
        if child.dep_ == "relcl" and child.left_edge.lower_ in _WHO or child.dep_ == "appos" and _a_person(child, ctx):
            return True
    after = ctx.doc[name.end : name.end + 2]
    return len(after) == 2 and after[0].text == "," and (after[1].lower_ in _WHO or after[1].like_num)


_WHO = {"who", "whose", "whom"}


def _a_person(apposition: Token, ctx: QuoteContext) -> bool:
    """Whether an apposition says its name is a person's: an age, a role, a noun for a person or
    of one who does something (`a retired welder`), a word that tells a gender."""
    word, people = ctx.lexicon.lemma(apposition), ctx.lexicon.people_words
    if apposition.like_num or word in ctx.lexicon.roles or word in people.person_nouns or apposition.lower_ in people.gendered:
        return True
    return apposition.tag_ == "NN" and word.endswith(AGENT_ENDINGS)


def _described_person(subject: Token, ctx: QuoteContext) -> bool:
    """A definite description of one person (`the judge`, `her husband`): a singular noun of a
    role or of a relation, with `the` or a possessive."""
    if subject.pos_ != "NOUN" or subject.tag_ in ("NNS", "NNPS"):
        return False
    word = ctx.lexicon.lemma(subject)
    if word not in ctx.lexicon.roles and subject.lower_ not in ctx.lexicon.people_words.gendered:
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in subject.children)


def _shown_a_person(subject: Token, ctx: QuoteContext) -> bool:
    """A proper noun the text shows to be a person's name though no name stands around it: the
    last or the first word of a name it gave in full before (`Whitfield` or `Lena` after `Lena
    Whitfield`: a story may call a child or a friend by the given name), or a word
    with an apposition of a person (`Rasmussen, a retired ferry captain,` · `Rasmussen, 71,`)."""
    if subject.pos_ != "PROPN" or not subject.text[:1].isupper():
        return False
    if _called_by_a_name_given_before(subject, ctx):
        return True
    people = ctx.lexicon.people_words
    for apposition in (c for c in subject.children if c.dep_ == "appos"):
        if apposition.like_num or ctx.lexicon.lemma(apposition) in ctx.lexicon.roles | people.person_nouns:
            return True
        if apposition.lower_ in people.gendered:
            return True
    return False


def _called_by_a_name_given_before(word: Token, ctx: QuoteContext) -> bool:
    """Whether a capitalised word is the first or the last word of a name the text gave in full
    before it (`Whitfield` or `Lena` after `Lena Whitfield`), however the tagger read it."""
    if not word.text[:1].isupper():
        return False
    return any(name.end <= word.i and word.text in (name[0].text, name[-1].text) for name in ctx.names)


def _quotation_starts(ctx: QuoteContext) -> list[int]:
    """The tokens where quotations open, names of works left out, sorted once a Doc: whether a
    sentence holds one is then a binary search, not a scan of every quotation."""
    if ctx.quotation_starts is None:
        ctx.quotation_starts = sorted(
            opening.i for k, opening in enumerate(ctx.openings) if opening is not None and k not in ctx.named_works
        )
    return ctx.quotation_starts


def _named_subject(subject: Token, names: Sequence[Span], given_names: Collection[str] = ()) -> Token | None:
    """The name a subject gives: itself, or its apposition (`Her partner, Omar Brannagh, …`),
    wherever the parser hung the apposition within the subject's words; a given name alone in
    apposition names someone too (`A reader, Greta from Wexham, has been in touch:`)."""
    if subject.pos_ == "PROPN" and _within_a_name(subject, names):
        return subject
    appositions = [t for t in subject.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"]
    return next((t for t in appositions if _within_a_name(t, names) or fold(t.text) in given_names), None)


def _within_a_name(token: Token, names: Sequence[Span]) -> bool:
    return any(name.start <= token.i < name.end for name in names)


def answers_a_reply(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…," Roe said.` ⏎ `"…," Lund replied.` ⏎ `"…"`: a quotation with no attribution of its own
    that opens its paragraph, right after a paragraph that ends with a reply (a quotation whose
    cue after it is a verb of answering: `replied`, `shot back`), is the next turn of the
    exchange: the words of the one replied to, answering the reply. It goes on with the statement
    the reply answered, not with the reply. Before `continuation`, which would give it to the one
    who replied."""
    opening = ctx.openings[index]
    if opening is None or ctx.quotations[index].first_paragraph in ctx.labelled or not _opens_its_paragraph(ctx, opening):
        return None
    paragraph = ctx.quotations[index].first_paragraph
    reply = index - 1
    while reply >= 0 and reply in ctx.named_works:
        reply -= 1
    if reply < 0 or ctx.quotations[reply].last_paragraph != paragraph - 1 or not _a_reply(ctx, reply):
        return None
    last = _previous_statement(ctx, index, opening.i, paragraph)
    if last != reply and not (isinstance(last, SpeechEvent) and last.cue.start > (ctx.openings[reply] or opening).i):
        return None  # another statement stands between the reply and the quotation
    reply_opening = ctx.openings[reply]
    assert reply_opening is not None  # a statement of `_previous_statement` opens with its mark
    answered = _previous_statement(ctx, reply, reply_opening.i, ctx.quotations[reply].first_paragraph)
    if answered is None:
        return None
    if isinstance(answered, int):
        return Attribution(continues_quotation=answered)
    return Attribution(continues_event=answered)


def _opens_its_paragraph(ctx: QuoteContext, opening: Token) -> bool:
    """Whether nothing but space stands before a quotation's opening mark in its paragraph."""
    previous = opening.i - 1
    while previous >= 0 and ctx.doc[previous].is_space:
        previous -= 1
    return previous < 0 or ctx.paragraph_index(ctx.doc[previous]) != ctx.paragraph_index(opening)


def _a_reply(ctx: QuoteContext, index: int) -> bool:
    """Whether a quotation is a reply that ends its paragraph: the cue after it, which closes the
    paragraph, is a verb of answering (`replied`, `retorted`) or takes a particle that makes it
    one (`shot back`)."""
    found = cue_after(ctx, index) or manner_after(ctx, index) or inverted_after(ctx, index)
    if found is None or found.cue is None:
        return False
    window = ctx.after(ctx.quotations[index])
    following = next((t for t in ctx.doc[window[-1].i + 1 :] if not t.is_space), None) if window else None
    if following is not None and ctx.paragraph_index(following) == ctx.paragraph_index(window[-1]):
        return False  # the paragraph goes on after the reply: it is no turn of an exchange alone
    grammar, verb = ctx.lexicon.grammar, found.cue.root
    if ctx.lexicon.lemma(verb) in grammar.reply_verbs:
        return True
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in grammar.reply_particles for c in verb.children)


def continuation(ctx: QuoteContext, index: int) -> Attribution | None:
    """A quotation with no attribution of its own goes on with the statement just before it:
    in its own paragraph, or at the end of the paragraph before."""
    quote = ctx.quotations[index]
    opening = ctx.openings[index]
    if opening is None or quote.first_paragraph in ctx.labelled:
        return None  # a caption under `WATCH:` goes on with no one
    previous = _previous_statement(ctx, index, opening.i, quote.first_paragraph)
    if previous is None:
        return None
    if isinstance(previous, int):
        return Attribution(continues_quotation=previous)
    return Attribution(continues_event=previous)


def _previous_statement(ctx: QuoteContext, index: int, position: int, paragraph: int) -> SpeechEvent | int | None:
    """The last statement (a quotation's index or a speech event) before `position`, if it
    stands in this paragraph or the one just before it."""
    statements = _statements_by_position(ctx)
    k = bisect_left(statements, (position,)) - 1
    while k >= 0 and not _before(statements[k][3], index):
        k -= 1  # only quotations before this one count
    if k < 0:
        return None
    while k > 0 and statements[k - 1][0] == statements[k][0] and _before(statements[k - 1][3], index):
        k -= 1  # of statements at one token, the event comes first, then the earliest quotation
    _, _, last_paragraph, last = statements[k]
    # Page furniture between the two (`Story continues below advertisement`) does not count.
    furniture = sum(1 for p in ctx.furniture if last_paragraph < p < paragraph)
    return last if paragraph - last_paragraph - furniture <= 1 else None


def _before(statement: SpeechEvent | int, index: int) -> bool:
    return not isinstance(statement, int) or statement < index


def _statements_by_position(ctx: QuoteContext) -> list[tuple[int, int, int, SpeechEvent | int]]:
    """(token, order, paragraph, statement) of every statement a quotation may go on with,
    sorted once a Doc, so that finding the one before a quotation is a binary search rather
    than a scan of all of them (which made a text of thousands of quotations quadratic).

    A cue in a relative clause describes someone (`…, where X also spoke`), and a cue with no
    words for who speaks names no one, nor does one whose subject is passive (`the vote was
    read out`): none is a statement to go on with; nor is the name
    of a work in quotation marks; nor a cue inside another's statement (`_within_a_statement`)."""
    if ctx.statements_by_position is not None:
        return ctx.statements_by_position
    speaking = {event.cue.root.i for event in ctx.events if event.mention is not None}
    statements: list[tuple[int, int, int, SpeechEvent | int]] = [
        (event.position, order, event_paragraph, event)
        for order, (event, event_paragraph) in enumerate(zip(ctx.events, ctx.event_paragraphs, strict=True))
        if event.cue.root.dep_ != "relcl" and event.mention is not None and not _subject_of_a_passive_cue(event)
        and not _within_a_statement(event, speaking)
    ]
    for k, opening in enumerate(ctx.openings):
        if opening is not None and k not in ctx.named_works:
            statements.append((opening.i, len(ctx.events) + k, ctx.quotations[k].last_paragraph, k))
    statements.sort(key=lambda item: item[:2])
    ctx.statements_by_position = statements
    return statements


def _within_a_statement(event: SpeechEvent, speaking: Collection[int]) -> bool:
    """Whether a cue hangs, in its sentence, from another cue that names who speaks: what that
    one reports, or a clause of time or manner beside it (`"…," Ines Falk said after Tomas
    Reyes spoke.` · `said Falk, using a word Reyes had used` · `Falk assured Reyes, after Reyes
    assured her …`). The sentence is the other speaker's statement, and a quotation after it
    goes on with them."""
    return any(ancestor.i in speaking for ancestor in event.cue.root.ancestors)


def heading(ctx: QuoteContext, index: int) -> Attribution | None:
    """A line that holds only a person's name and heads a run of topic lines and quotations
    (`Name` / `On <topic>:` / `"…"`) gives those quotations to that person."""
    if ctx.headed is None:
        ctx.headed = headed_paragraphs(ctx)
    mention = ctx.headed.get(ctx.quotations[index].first_paragraph)
    return Attribution(None, mention) if mention is not None else None


def headed_paragraphs(ctx: QuoteContext) -> dict[int, Span]:
    """For each paragraph that opens with a quotation under a name heading, the heading's name."""
    text = ctx.text
    opens_with_quote = {q.first_paragraph for q in ctx.quotations if not text[line_start(text, q.open_mark) : q.open_mark].strip()}
    headed: dict[int, Span] = {}
    current: Span | None = None
    for para in ctx.paragraphs:
        span = ctx.paragraph_span(para)
        if span is None:
            continue
        if _is_name_line(span, ctx.names):
            current = span
        elif current is not None and para.index in opens_with_quote:
            headed[para.index] = current
        elif current is not None and not span.text.rstrip().endswith(":"):
            current = None  # narrative text ends the section
    return headed


def _is_name_line(span: Span, names: Sequence[Span]) -> bool:
    """A line of one to four capitalised words that make one person's name."""
    words = list(islice((t for t in span if not t.is_space), 5))  # five words are too many already: read no more
    return (
        0 < len(words) <= 4
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and any(name.start <= words[0].i and words[-1].i < name.end for name in names)
    )


# --- the registry --------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule("outcry", outcry, explicit=True),  # before a cue around it: the cried words are not its speaker's
    Rule("cue_after", cue_after, explicit=True),
    Rule("name_before_cue_after", name_before_cue_after, explicit=True),
    Rule("name_colon", name_colon, explicit=True),
    Rule("name_after", name_after, explicit=True),
    Rule("signed_below", signed_below, explicit=True),
    Rule("in_words_of", in_words_of, explicit=True),
    Rule("manner_after", manner_after, explicit=True),
    Rule("inverted_after", inverted_after, explicit=True),
    Rule("were_words_of", were_words_of, explicit=True),
    Rule("cue_before", cue_before, explicit=True),
    Rule("cue_aside", cue_aside, explicit=True),
    Rule("naming", naming, explicit=True, terms=True),
    Rule("possessor", possessor, explicit=True, terms=True),
    Rule("reported_around", reported_around, explicit=True),
    Rule("transcript", transcript, explicit=True, resolution="transcript"),
    Rule("colon_before", colon_before, explicit=True),
    Rule("manner_before", manner_before, explicit=True),
    Rule("quoted_object", quoted_object, phrases=True),
    Rule("heading", heading, resolution="heading"),
    Rule("letter", letter, follows=True),
    Rule("introduced", introduced, follows=True, resolution="continuation"),
    Rule("answers_a_reply", answers_a_reply, follows=True),
    Rule("continuation", continuation, follows=True),
)
RULE_NAMES: tuple[str, ...] = tuple(rule.name for rule in RULES)
TRANSCRIPT_RULE = next(rule for rule in RULES if rule.name == "transcript")  # lines without marks too


def select_rules(names: Sequence[str] | None = None) -> tuple[Rule, ...]:
    """The rules named, in the order given (all of `RULES`, in their order, when None)."""
    return select_named(RULES, names, "attribution rule")


def attribute(ctx: QuoteContext, index: int, rules: Sequence[Rule] = RULES) -> Attribution:
    """The first answer of `rules`, in their order, or an empty attribution."""
    for rule in rules:
        found = rule.find(ctx, index)
        if found is not None:
            return replace(found, rule=rule)
    return Attribution()
