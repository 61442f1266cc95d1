"""Attributing quotations: which cue introduces each one and which words name its speaker.

Everything here reads a parsed Doc and the quotations `marks` found in it, and
returns plain records; nothing is written to the Doc. `attribute` tries the rules in
the order of `RULES`; the first that answers wins. Who the words name is the
business of `people`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable, Collection, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Lexicon
from quotex.marks import Paragraph, QuotedSpan
from quotex.names import person_names

_SENTENCE_END = {".", "!", "?"}
_WINDOW = 30  # tokens either side of a quotation that may hold its attribution
_NOUN_PHRASE_LEFT = {"compound", "amod", "det", "poss", "nmod", "nummod", "flat", "quantmod", "case", "npadvmod"}
_NOUN_PHRASE_RIGHT = {"compound", "flat", "case", "nummod"}
_NAME_TAGS = {"PROPN"}
ORGANISATION_LABELS = {"ORG", "NORP", "GPE", "FAC"}


@dataclass(frozen=True)
class SpeechEvent:
    """A cue outside quotation marks and the words that name who speaks (when there are any)."""

    cue: Span
    mention: Span | None

    @property
    def position(self) -> int:
        return self.cue.start


@dataclass(frozen=True)
class Attribution:
    """How one quotation was attributed.

    `rule` names the rule that answered. A quotation continuing another statement
    carries no mention of its own: `continues` is the quotation index or event it follows.
    """

    rule: str
    cue: Span | None = None
    mention: Span | None = None
    continues: SpeechEvent | int | None = None


class QuoteContext:
    """A parsed Doc with its paragraphs and quotations, and what the rules ask of them."""

    def __init__(
        self, doc: Doc, paras: Sequence[Paragraph], quotations: Sequence[QuotedSpan], lexicon: Lexicon
    ) -> None:
        self.doc = doc
        self.paragraphs = list(paras)
        self.quotations = list(quotations)
        self.lexicon = lexicon
        self.quoted = _quoted_tokens(doc, self.quotations)
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self.events = list(find_speech_events(doc, self.quoted, lexicon))
        self._event_at = {}
        for event in reversed(self.events):
            self._event_at[event.cue.start] = event
        self.event_paragraphs = [self.paragraph_index(e.cue[0]) for e in self.events]
        self.openings = [self.mark_token(q.open_mark) for q in self.quotations]
        self.names = person_names(doc, lexicon)
        self.headed = headed_paragraphs(self)

    def paragraph_index(self, token: Token) -> int:
        return max(0, bisect_right(self._paragraph_starts, token.idx) - 1)

    def paragraph_span(self, para: Paragraph) -> Span | None:
        return self.doc.char_span(para.start, para.end, alignment_mode="expand")

    def mark_token(self, char: int | None) -> Token | None:
        if char is None:
            return None
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def after(self, quote: QuotedSpan) -> list[Token]:
        """The tokens after the closing mark, up to the end of the sentence or paragraph."""
        close = self.mark_token(quote.close_mark)
        if close is None:
            return []
        window = []
        for token in self.doc[close.i + 1 : close.i + 1 + _WINDOW]:
            if "\n" in token.text or self.quoted[token.i]:
                break
            window.append(token)
            if token.text in _SENTENCE_END:
                break
        return window

    def before(self, quote: QuotedSpan) -> list[Token]:
        """The tokens before the opening mark, back to the start of the sentence or paragraph."""
        opening = self.mark_token(quote.open_mark)
        if opening is None:
            return []
        window: list[Token] = []
        for token in reversed(self.doc[max(0, opening.i - _WINDOW) : opening.i]):
            if "\n" in token.text or self.quoted[token.i] or token.text in _SENTENCE_END:
                break
            window.append(token)
        window.reverse()
        return window

    def event_with_cue_in(self, tokens: Sequence[Token]) -> SpeechEvent | None:
        """The first speech event whose cue starts among `tokens`."""
        starts = [t.i for t in tokens if t.i in self._event_at]
        return self._event_at[min(starts)] if starts else None


# --- finding speech events -------------------------------------------------------------


def find_speech_events(doc: Doc, quoted: Sequence[bool], lexicon: Lexicon) -> Iterator[SpeechEvent]:
    """Every cue verb (or "according to") outside quotation marks, with its speaker's words."""
    for token in doc:
        if quoted[token.i]:
            continue
        cue = cue_span(token, lexicon)
        if cue is not None:
            head = speaker_head(cue.root, quoted, lexicon.time_words)
            mention = noun_phrase(head, quoted) if head is not None else None
            yield SpeechEvent(cue, mention)
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            source = next((t for t in doc[token.i + 1].children if t.dep_ == "pobj"), None)
            if source is not None and not quoted[source.i]:
                yield SpeechEvent(doc[token.i : token.i + 2], noun_phrase(source, quoted))


def cue_span(token: Token, lexicon: Lexicon) -> Span | None:
    """The cue a verb opens: the verb itself, or the verb and its particle ("pointed out")."""
    if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        return None
    lemma = lexicon.lemma(token)
    for child in token.rights:
        if (lemma, child.lower_) in lexicon.multiword_cues and child.dep_ in ("prt", "dobj", "dative", "prep"):
            if child.i == token.i + 1:
                return token.doc[token.i : child.i + 1]
            return token.doc[token.i : token.i + 1]
    if lemma in lexicon.cue_verbs and token.pos_ == "VERB":
        return token.doc[token.i : token.i + 1]
    return None


def speaker_head(verb: Token, quoted: Sequence[bool] = (), time_words: Collection[str] = ()) -> Token | None:
    """The head of the words naming who speaks: the subject, inherited through
    coordination, the name after the verb in inverted order ("…," said the minister),
    or, when the parse gives none, the noun right before the verb. Words inside
    quotation marks never name the speaker, nor do `time_words` after the verb (`said Monday`)."""

    def outside(token: Token | None) -> Token | None:
        return token if token is not None and not (quoted and quoted[token.i]) else None

    subjects = [child for child in verb.children if child.dep_ == "nsubj" and outside(child)]
    if subjects:
        # Two subjects are a misparse of `Fares to double, council says`: the speaker is the nearer.
        return min(subjects, key=lambda child: abs(child.i - verb.i))
    for child in verb.children:
        if child.dep_ == "agent":
            agent = outside(next((t for t in child.children if t.dep_ == "pobj"), None))
            if agent is not None:
                return agent
    inherited = _inherited_subject(verb)
    if inherited is not None and outside(inherited):
        return inherited
    if verb.dep_ in ("acl", "compound", "amod") and verb.head.pos_ in ("PROPN", "NOUN") and outside(verb.head):
        # "Doe asking, …", "Said Doe: …": the verb hangs from the name that speaks.
        return verb.head
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "dep") and child.pos_ in ("PROPN", "NOUN", "PRON"):
            if child.i - verb.i <= 3 and outside(child) and child.text.lower() not in time_words:
                return child
    return outside(_noun_before(verb))


def _inherited_subject(verb: Token) -> Token | None:
    """The subject a cue shares with the verb it hangs from: `X said A and added B`,
    `X spoke, noting that …`, `X began by saying …`."""
    token = verb
    for _ in range(3):
        if token.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep") or token.head.i == token.i:
            return None
        token = token.head
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return None


def _noun_before(verb: Token) -> Token | None:
    """`…, Doe insisted that`: the parser took the name for an apposition of what came before."""
    i = verb.i - 1
    while i >= 0 and (verb.doc[i].pos_ in ("ADV", "AUX", "PART") or verb.doc[i].is_space):
        i -= 1
    if i >= 0 and verb.doc[i].pos_ in ("PROPN", "NOUN", "PRON") and verb.doc[i].dep_ not in ("dobj", "pobj"):
        return verb.doc[i]
    return None


def noun_phrase(head: Token, quoted: Sequence[bool] = ()) -> Span:
    """The words of the noun phrase `head` heads, without relative clauses and appositions,
    with the `of` that completes a proper name (`the Bank of England`)."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in _NOUN_PHRASE_LEFT:
            start = min(start, child.left_edge.i)
    end = head.i
    for child in head.rights:
        if child.i != end + 1:
            continue
        if child.dep_ in _NOUN_PHRASE_RIGHT or _completes_a_name(head, child):
            end = child.right_edge.i
    doc = head.doc
    while start < head.i and (doc[start].is_space or doc[start].is_punct or (quoted and quoted[start])):
        start += 1
    return doc[start : end + 1]


def _completes_a_name(head: Token, prep: Token) -> bool:
    """`Bank` + `of England`, `Department` + `of Homeland Security`: an `of` and proper nouns
    alone, right after a proper noun. `Mr. Doe of the Harbour Board` keeps its name alone."""
    if head.pos_ != "PROPN" or prep.lower_ != "of":
        return False
    rest = head.doc[prep.i + 1 : prep.right_edge.i + 1]
    return len(rest) > 0 and all(t.pos_ == "PROPN" for t in rest)


def _quoted_tokens(doc: Doc, quotations: Sequence[QuotedSpan]) -> list[bool]:
    """Whether each token lies within a quotation, its marks included."""
    quoted = [False] * len(doc)
    for quote in quotations:
        last = quote.close_mark if quote.close_mark is not None else quote.end - 1
        span = doc.char_span(quote.open_mark, last + 1, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                quoted[i] = True
    return quoted


# --- the rules, in the order they are tried ----------------------------------------------


def cue_after(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…," X said` · `"…," said X` · `"…," Russia's top diplomat said`."""
    window = ctx.after(ctx.quotations[index])
    event = ctx.event_with_cue_in(window)
    if event is None or _subordinate(event.cue.root) or not _adjacent(event, window):
        return None
    return Attribution("cue_after", event.cue, event.mention)


def _adjacent(event: SpeechEvent, window: Sequence[Token]) -> bool:
    """The attribution follows the closing mark at once: its first words belong to the
    speaker's words or to the cue (`"…," he said`, `"…," said X`), not to a new clause.
    Capitalised words the parser left out of the speaker's name (`Harbour police Chief X`) may
    stand before them."""
    words = [t for t in window if not t.is_punct and not t.is_space]
    spans = [event.cue] + ([event.mention] if event.mention is not None else [])
    start = min(span.start for span in spans)
    for token in words:
        if any(span.start <= token.i < span.end for span in spans):
            return True
        if token.i > start or not (token.text[:1].isupper() or token.pos_ in ("NOUN", "PROPN", "ADJ")):
            return False
    return False


def _subordinate(verb: Token) -> bool:
    """A cue in a clause of time, cause or condition (`when X blasted him`) reports another event."""
    return any(c.dep_ == "mark" and c.lower_ not in ("as", "that") for c in verb.children)


def name_after(ctx: QuoteContext, index: int) -> Attribution | None:
    """`"…" X. "…"` and `"…" — X`: a name right after the quotation, with no verb."""
    words = [t for t in ctx.after(ctx.quotations[index]) if not t.is_punct and not t.is_space]
    if not words or len(words) > 6:
        return None
    if all(t.pos_ in _NAME_TAGS or t.is_title or t.lower_ in ctx.lexicon.titles for t in words) and any(
        t.pos_ == "PROPN" for t in words
    ):
        return Attribution("name_after", None, ctx.doc[words[0].i : words[-1].i + 1])
    return None


def cue_before(ctx: QuoteContext, index: int) -> Attribution | None:
    """`X said: "…"` · `X said that "…"` · `According to X, "…"`."""
    window = ctx.before(ctx.quotations[index])
    for k in range(len(window) - 1, -1, -1):
        event = ctx.event_with_cue_in(window[k : k + 1])
        if event is None:
            continue
        between = window[k + 1 :]
        if _introduces(event, between):
            return Attribution("cue_before", event.cue, event.mention)
    return None


def _introduces(event: SpeechEvent, between: Sequence[Token]) -> bool:
    """Whether what stands between a cue and an opening mark lets the cue introduce it:
    nothing, a colon or comma, a that-clause (`said that the city will "…"`), or only
    words that depend on the cue (`told reporters on Tuesday "…"`)."""
    words = [t for t in between if not t.is_space]
    if not words or words[-1].text in (":", ",") or any(t.lower_ == "that" for t in words):
        return True
    root = event.cue.root
    return all(t.head.i == root.i or root in t.ancestors for t in words)


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
            return Attribution("colon_before", None, noun_phrase(subject, ctx.quoted))
    return None


def transcript(ctx: QuoteContext, index: int) -> Attribution | None:
    """`NAME: "…"` or `Name: … "…"`: a transcript line, or a headline in the `Speaker: claim`
    style, that starts with the speaker's name and a colon."""
    para = ctx.paragraphs[ctx.quotations[index].first_paragraph] if ctx.paragraphs else None
    span = ctx.paragraph_span(para) if para is not None else None
    if span is None:
        return None
    words = [t for t in span[:6] if not t.is_space]
    colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
    if not colon or colon > 4:
        return None
    name = words[:colon]
    if all(_could_name_a_speaker(t) for t in name):
        return Attribution("transcript", None, ctx.doc[name[0].i : name[-1].i + 1])
    return None


def _could_name_a_speaker(token: Token) -> bool:
    if token.ent_type_ in ORGANISATION_LABELS or token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return False
    return token.pos_ == "PROPN" or token.ent_type_ == "PERSON" or (token.is_upper and token.is_alpha and len(token) > 1)


def continuation(ctx: QuoteContext, index: int) -> Attribution | None:
    """A quotation with no attribution of its own goes on with the statement just before it:
    in its own paragraph, or at the end of the paragraph before."""
    quote = ctx.quotations[index]
    opening = ctx.openings[index]
    if opening is None:
        return None
    previous = _previous_statement(ctx, index, opening.i, quote.first_paragraph)
    if previous is None:
        return None
    return Attribution("continuation", None, None, previous)


def _previous_statement(ctx: QuoteContext, index: int, position: int, paragraph: int) -> SpeechEvent | int | None:
    """The last statement (a quotation or a speech event) before `position`, if it stands
    in this paragraph or the one just before it."""
    statements = _statements_by_position(ctx)
    k = bisect_left(statements, (position,)) - 1
    while k >= 0 and isinstance(statements[k][3], int) and statements[k][3] >= index:
        k -= 1  # only quotations before this one count
    if k < 0:
        return None
    while k > 0 and statements[k - 1][0] == statements[k][0] and _eligible(statements[k - 1][3], index):
        k -= 1  # of statements at one token, the event comes first, then the earliest quotation
    _, _, last_paragraph, last = statements[k]
    return last if paragraph - last_paragraph <= 1 else None


def _eligible(statement: SpeechEvent | int, index: int) -> bool:
    return not isinstance(statement, int) or statement < index


def _statements_by_position(ctx: QuoteContext) -> list[tuple[int, int, int, SpeechEvent | int]]:
    """(token, order, paragraph, statement) of every speech event and quotation, sorted once
    a Doc, so that finding the one before a quotation is a binary search rather than a scan of
    all of them (which made a text of thousands of quotations quadratic)."""
    cached = getattr(ctx, "_statements_by_position", None)
    if cached is not None:
        return cached
    statements: list[tuple[int, int, int, SpeechEvent | int]] = [
        (event.position, order, event_paragraph, event)
        for order, (event, event_paragraph) in enumerate(zip(ctx.events, ctx.event_paragraphs, strict=True))
    ]
    for k, opening in enumerate(ctx.openings):
        if opening is not None:
            statements.append((opening.i, len(ctx.events) + k, ctx.quotations[k].last_paragraph, k))
    statements.sort(key=lambda item: item[:2])
    ctx._statements_by_position = statements  # type: ignore[attr-defined]
    return statements


def heading(ctx: QuoteContext, index: int) -> Attribution | None:
    """A line that holds only a person's name and heads a run of topic lines and quotations
    (`Name` / `On <topic>:` / `"…"`) gives those quotations to that person."""
    mention = ctx.headed.get(ctx.quotations[index].first_paragraph)
    return Attribution("heading", None, mention) if mention is not None else None


def headed_paragraphs(ctx: QuoteContext) -> dict[int, Span]:
    """For each paragraph that opens with a quotation under a name heading, the heading's name."""
    text = ctx.doc.text  # built anew on each access: read it once
    opens_with_quote = {q.first_paragraph for q in ctx.quotations if not text[_line_start(text, q.open_mark) : q.open_mark].strip()}
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
    words = [t for t in span if not t.is_space]
    return (
        0 < len(words) <= 4
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words)
        and any(name.start <= words[0].i and words[-1].i < name.end for name in names)
    )


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


Rule = Callable[[QuoteContext, int], "Attribution | None"]
RULES: tuple[Rule, ...] = (cue_after, name_after, cue_before, transcript, colon_before, heading, continuation)


def attribute(ctx: QuoteContext, index: int) -> Attribution:
    """The first answer of the rules in `RULES`, or an empty attribution."""
    for rule in RULES:
        found = rule(ctx, index)
        if found is not None:
            return found
    return Attribution("none")
