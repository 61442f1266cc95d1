"""A parsed Doc as the attribution rules see it: its paragraphs, its quotations, which
tokens they cover, its speech events (cues outside quotation marks and who speaks in them)
and the names of people in it.

Everything here reads the Doc and returns plain records; nothing is written to the Doc.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Grammar, Lexicon, fold
from quotex.parse.marks import Paragraph, QuotedSpan, breaks_paragraph, paragraph_index
from quotex.parse.names import person_names
from quotex.parse.syntax import cue_span, is_according_to, noun_phrase, speaker_head, tokens_where

_WINDOW = 30  # tokens either side of a quotation that may hold its attribution
_HEADLINE_MIN_WORDS = 5  # fewer capitalised words may be a name heading (`Jane Doe`)
_TITLE_MAX_WORDS = 6
_NAME_PARTS = {"PROPN", "DET", "ADP", "CCONJ", "PART", "NUM"}  # "Keepers of the Harbour"
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True)
class SpeechEvent:
    """A cue outside quotation marks and the words that name who speaks (when there are any)."""

    cue: Span
    mention: Span | None

    @property
    def position(self) -> int:
        return self.cue.start


class QuoteContext:
    """A parsed Doc with its paragraphs and quotations, and what the rules ask of them."""

    def __init__(
        self, doc: Doc, paras: Sequence[Paragraph], quotations: Sequence[QuotedSpan], lexicon: Lexicon,
        text: str | None = None, spans: Sequence[Span] = (),
    ) -> None:
        """`spans`: the quotations' contents as Spans, in the same order (`QuoteFinder`'s), from
        which the quotations that name a work are found before any rule reads them."""
        self.doc = doc
        # `doc.text` joins every token anew on each access: read once here (or given), then shared.
        self.text = doc.text if text is None else text
        self.paragraphs = list(paras)
        self.quotations = list(quotations)
        self.lexicon = lexicon
        self.quoted = quoted_tokens(doc, self.quotations)
        # What `mark_token`, `after` and `before` found, asked again and again by the rules.
        self._mark_tokens: dict[int, Token | None] = {}
        self._windows: dict[tuple[str, QuotedSpan], list[Token]] = {}
        self._paragraph_starts = [p.start for p in self.paragraphs]
        text = self.text
        lines = {p.index: text[p.start : p.end] for p in self.paragraphs}
        # Page furniture: whole lines that say nothing (`Story continues below advertisement`),
        # and lines under a label (`WATCH: …`), whose label is no speaker.
        self.furniture = {index for index, line in lines.items() if lexicon.is_furniture(line)}
        self.labelled = {index for index, line in lines.items() if lexicon.has_furniture_label(line)}
        minor = lexicon.grammar.title_minor_words
        self.headlines = {index for index, line in lines.items() if is_title_case(line, minor)}
        events = sorted(find_speech_events(doc, self.quoted, lexicon), key=lambda e: e.cue.start)  # in text order
        self.events = [e for e in events if self.paragraph_index(e.cue[0]) not in self.furniture]
        self._event_at = {}
        for event in reversed(self.events):
            self._event_at[event.cue.start] = event
        self.event_paragraphs = [self.paragraph_index(e.cue[0]) for e in self.events]
        self.openings = [self.mark_token(q.open_mark) for q in self.quotations]
        # Capitalised words of a headline or of page furniture name no one (`Ferry Union Corners Minister …`).
        layout = self.furniture | self.headlines
        self.names = [n for n in person_names(doc, lexicon) if self.paragraph_index(n[0]) not in layout]
        self.headed: dict[int, Span] | None = None  # name headings, found by `rules` on first use
        # Quotations that name a show or a book: no statement, nor what another continues.
        self.named_works = frozenset(
            k for k, span in enumerate(spans) if is_named_work(span, lexicon.grammar) and not is_cried(span, lexicon)
        )
        # What a quotation may go on with, sorted by position once (rules.continuation).
        self.statements_by_position: list[tuple[int, int, int, SpeechEvent | int]] | None = None
        self.quotation_starts: list[int] | None = None  # where quotations open (rules.introduced)
        self.first_of_surname: dict[str, int] | None = None  # where each surname is first named (rules.introduced)

    def paragraph_index(self, token: Token) -> int:
        return paragraph_index(self._paragraph_starts, token.idx)

    def paragraph_span(self, para: Paragraph) -> Span | None:
        return self.doc.char_span(para.start, para.end, alignment_mode="expand")

    def mark_token(self, char: int | None) -> Token | None:
        if char is None:
            return None
        if char not in self._mark_tokens:
            span = self.doc.char_span(char, char + 1, alignment_mode="expand")
            self._mark_tokens[char] = span[0] if span is not None and len(span) else None
        return self._mark_tokens[char]

    def after(self, quote: QuotedSpan) -> list[Token]:
        """The tokens after the closing mark, up to the end of the sentence or paragraph."""
        if ("after", quote) not in self._windows:
            self._windows["after", quote] = self._after(quote)
        return list(self._windows["after", quote])

    def before(self, quote: QuotedSpan) -> list[Token]:
        """The tokens before the opening mark, back to the start of the sentence or paragraph."""
        if ("before", quote) not in self._windows:
            self._windows["before", quote] = self._before(quote)
        return list(self._windows["before", quote])

    def _after(self, quote: QuotedSpan) -> list[Token]:
        close = self.mark_token(quote.close_mark)
        if close is None or close.i + 1 >= len(self.doc):  # (a Span at the Doc's end costs a join of its text)
            return []
        sentence_ends = self.lexicon.grammar.sentence_ends
        window = []
        for token in self.doc[close.i + 1 : close.i + 1 + _WINDOW]:
            if breaks_paragraph(token.text) or self.quoted[token.i]:
                break
            window.append(token)
            if token.text in sentence_ends:
                break
        return window

    def _before(self, quote: QuotedSpan) -> list[Token]:
        opening = self.mark_token(quote.open_mark)
        if opening is None:
            return []
        sentence_ends = self.lexicon.grammar.sentence_ends
        window: list[Token] = []
        for token in reversed(self.doc[max(0, opening.i - _WINDOW) : opening.i]):
            if breaks_paragraph(token.text) or self.quoted[token.i] or token.text in sentence_ends:
                break
            window.append(token)
        window.reverse()
        return window

    def event_with_cue_in(self, tokens: Sequence[Token]) -> SpeechEvent | None:
        """The first speech event whose cue starts among `tokens`."""
        starts = [t.i for t in tokens if t.i in self._event_at]
        return self._event_at[min(starts)] if starts else None


def is_title_case(line: str, minor_words: Collection[str]) -> bool:
    """A headline in title case: five words or more, every one capitalised but the minor words
    of a title (`Mayor Vows to Rebuild the Pier Before Winter`)."""
    words = _WORD_RE.findall(line)
    return len(words) >= _HEADLINE_MIN_WORDS and all(w[0].isupper() or w.lower() in minor_words for w in words)


def find_speech_events(doc: Doc, quoted: Sequence[bool], lexicon: Lexicon) -> Iterator[SpeechEvent]:
    """Every cue verb (or "according to") outside quotation marks, with its speaker's words."""
    according_to = len(lexicon.grammar.according_to)
    grammar = lexicon.grammar
    # Only a verb, a finite verb's tag or the first word of `according to` can open a cue.
    candidates = tokens_where(doc, pos=("VERB", "AUX"), tags=grammar.finite_verb_tags, lower=grammar.according_to[:1])
    for token in (doc[i] for i in candidates):
        if quoted[token.i]:
            continue
        cue = cue_span(token, lexicon)
        if cue is not None:
            if in_saying_idiom(token, lexicon):
                continue  # `That said, …`, `needless to say`: no one reports anything
            if _in_compound_adjective(token) or _participle_as_a_noun(token, lexicon):
                continue  # `the soft-spoken engineer said`: `spoken` describes, `said` reports
            head = speaker_head(cue.root, quoted, lexicon.time_words)
            head = who_speaks(head, lexicon) if head is not None else None
            mention = noun_phrase(head, quoted, lexicon) if head is not None else None
            yield SpeechEvent(cue, _before_cue(mention, cue) if mention is not None else None)
        elif is_according_to(token, lexicon):
            last = doc[token.i + according_to - 1]
            source = next((t for t in last.children if t.dep_ == "pobj"), None)
            if source is not None and not quoted[source.i]:
                yield SpeechEvent(doc[token.i : token.i + according_to], noun_phrase(source, quoted, lexicon))
    for i in tokens_where(doc, tags=_PLURAL_TAGS):
        event = _cue_read_as_a_noun(doc[i], quoted, lexicon)
        if event is not None:
            yield event


_PLURAL_TAGS = ("NNS", "NN")


def _cue_read_as_a_noun(token: Token, quoted: Sequence[bool], lexicon: Lexicon) -> SpeechEvent | None:
    """`"…," Arlo Vigne notes.` · `"…," Ana Ruiz shot back.`: a cue verb's form (with its
    particle, for a cue of two words) that ends a sentence right after a name that follows a
    quotation, which the parser took for a noun with the name as its modifier; it reports the
    quotation as `says` would. A noun phrase with an article does the same (`_described_before`)."""
    if quoted[token.i] or token.i == 0:
        return None
    return _named_before(token, quoted, lexicon) or _described_before(token, quoted, lexicon)


def _named_before(token: Token, quoted: Sequence[bool], lexicon: Lexicon) -> SpeechEvent | None:
    """The cue read as a noun after a name (`"…," Arlo Vigne notes.`)."""
    if token.doc[token.i - 1].pos_ != "PROPN":
        return None  # no name right before it (asked again below): most nouns end here, unread
    verb = lexicon.word_lemmas.get(token.lower_, lexicon.lemma(token))
    particle = next((c for c in token.children if (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == token.i + 1)
                     and (verb, c.lower_) in lexicon.multiword_cues), None)
    if particle is None and (token.tag_ != "NNS" or lexicon.lemma(token) not in lexicon.cue_verbs):
        return None
    end = particle.i + 1 if particle is not None else token.i + 1
    after = next((t for t in token.doc[end:] if not t.is_space), None)
    if after is None or after.text not in lexicon.grammar.sentence_ends:
        return None
    k = token.i - 1
    while k >= 0 and token.doc[k].pos_ == "PROPN":
        k -= 1
    if k == token.i - 1 or k < 0 or not (quoted[k] or token.doc[k].is_quote):
        return None
    name = token.doc[k + 1 : token.i]
    return SpeechEvent(token.doc[token.i : end], name)


def _described_before(token: Token, quoted: Sequence[bool], lexicon: Lexicon) -> SpeechEvent | None:
    """`"…," the leaflet read.` · `"…," the islanders state in their report.` · `"…," a narrator
    in the film says.`: a cue verb's form that the parser read as a noun, the only word that can
    be the verb of a clause made of a noun phrase with an article right after a quotation left
    open (`,` `?` `!`), before a phrase of where or a sentence's end. The clause has no verb of
    its own, so the cue is its verb and the noun phrase (a person, a group, a document) speaks."""
    if lexicon.lemma(token) not in lexicon.cue_verbs or token.tag_ not in _PLURAL_TAGS or not _ends_a_clause(token, lexicon):
        return None
    doc, k = token.doc, token.i - 1
    while k >= 0 and not quoted[k] and doc[k].pos_ in _DESCRIPTION_POS and token.i - k <= _DESCRIPTION_WORDS:
        k -= 1
    if k < 1 or not doc[k].is_quote or doc[k - 1].text not in lexicon.grammar.speech_endings - {"."}:
        return None  # no quotation left open right before the phrase
    phrase = doc[k + 1 : token.i]
    grammar = lexicon.grammar
    opens = len(phrase) > 1 and fold(phrase[0].lower_) in grammar.definite_articles | grammar.indefinite_articles
    if not opens or not any(_a_noun(t, lexicon) for t in phrase[1:]):
        return None  # `"…," the final report.`: no noun before the word, which is the phrase's own noun
    return SpeechEvent(doc[token.i : token.i + 1], phrase)


def _a_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun, or a document's word the tagger read as an adjective (`the editorial`)."""
    return token.pos_ in ("NOUN", "PROPN") or token.pos_ == "ADJ" and token.lower_ in lexicon.people_words.documents


_DESCRIPTION_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PUNCT"}  # `a sign on the gangway`
_DESCRIPTION_WORDS = 8


def _ends_a_clause(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word ends its clause: a sentence's end right after it, or a phrase of where or
    when that hangs from it and runs to a comma or a sentence's end (`state in their report.`)."""
    after = next((t for t in token.doc[token.i + 1 :] if not t.is_space), None)
    if after is None or after.text in lexicon.grammar.sentence_ends:
        return True
    if after.pos_ != "ADP" or after.head.i != token.i:
        return False
    end = after.right_edge.i + 1
    return end < len(token.doc) and (token.doc[end].text == "," or token.doc[end].text in lexicon.grammar.sentence_ends)


def _in_compound_adjective(token: Token) -> bool:
    """Whether a verb is the end of a hyphenated adjective before a noun (`soft-spoken`,
    `much-quoted`): a word that describes, never a cue."""
    doc = token.doc
    glued = token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_ and not doc[token.i - 1].whitespace_
    return glued and token.dep_ in ("amod", "compound") and token.head.i > token.i


def _participle_as_a_noun(token: Token, lexicon: Lexicon) -> bool:
    """Whether a cue's word stands as a noun, with an article and as the subject of another
    verb (`the accused replied`, `the deceased had written`): a person, never a cue."""
    article = any(c.dep_ == "det" and fold(c.text) in lexicon.grammar.definite_articles and c.i < token.i for c in token.children)
    return article and token.dep_ in ("nsubj", "nsubjpass") and token.head.i != token.i


def _before_cue(mention: Span, cue: Span) -> Span | None:
    """The words of a speaker's mention before its own cue, when the parser took the cue into
    the noun phrase after it (`the 58-year-old told reporters`, `told` read as an adjective of
    `reporters`): who speaks is named before the cue, never by the cue and its object."""
    if not mention.start < cue.start < mention.end:
        return mention
    end = cue.start
    while end > mention.start and (mention.doc[end - 1].is_punct or mention.doc[end - 1].is_space):
        end -= 1
    return mention.doc[mention.start : end] if end > mention.start else None


def in_saying_idiom(token: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of saying stands in an idiom that reports nothing (`That said, …`,
    `Having said that`, `Needless to say`, `so to speak`: `saying_idioms.txt`): the idiom's
    words, set apart as a phrase of their own (a sentence's start or punctuation before them,
    punctuation or `that` after), not the same words inside a clause (`a statement that said …`)."""
    doc = token.doc
    for k, idiom in lexicon.saying_idioms_of.get(token.lower_, ()):  # only the idioms the word is in
        start, end = token.i - k, token.i - k + len(idiom)
        if start >= 0 and end <= len(doc) and all(doc[start + j].lower_ == other for j, other in enumerate(idiom)):
            return _set_apart(doc, start, end, lexicon)
    return False


def _set_apart(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    opens = before is None or before.is_punct or before.is_space or doc[start].is_sent_start
    closes = after is None or after.is_punct or after.is_space or after.lower_ in lexicon.grammar.complementizer
    return bool(opens and closes)


def _hedging_it(head: Token, lexicon: Lexicon) -> bool:
    """`It is fair to say that …` · `It's worth noting that …` · `It is hard to say whether …`:
    an `it` that is the subject of `be` and an adjective of judgement (`hedge_adjectives`)
    stands for no one; the verb of saying under it is the writer's hedge."""
    if head.lower_ not in lexicon.people_words.impersonal_pronouns or head.dep_ != "nsubj":
        return False
    verb = head.head
    return any(c.dep_ == "acomp" and c.lower_ in lexicon.grammar.hedge_adjectives for c in verb.children)


def who_speaks(head: Token, lexicon: Lexicon) -> Token | None:
    """The word that names who speaks, from the head of a cue's subject: a relative `that` or
    `which` that hangs from a document given out by someone names its author (`X released a
    statement that accused …`: X); a demonstrative alone (`That would suggest …`) and a subject that
    names no one (`No one said …`, `Few doubt …`, `Not everyone agrees …`) name no speaker."""
    grammar = lexicon.grammar
    word = head.lower_
    if word in grammar.thing_relative and head.tag_ in grammar.wh_pronoun_tag and head.head.dep_ == "relcl":
        noun = head.head.head
        author = speaker_head(noun.head) if noun.dep_ == "dobj" else None
        if lexicon.lemma(noun) in lexicon.people_words.documents and author is not None:
            return author  # `X released a statement that said …`: X
        return head  # `a comment that …`: resolution looks for whom it stands for
    if word in grammar.demonstratives and head.pos_ in ("PRON", "DET") and head.dep_ != "det" and not list(head.children):
        return None  # `That would suggest …`; but `Those close to the talks say …` are people
    opening = head.doc[head.left_edge.i].lower_
    if opening in grammar.no_speaker_openings or word in grammar.no_speaker_openings:
        return None
    if opening in grammar.place_prepositions and head.left_edge.i < head.i:
        # `Outside City Hall, X, who …, said`: a place, taken for a name and made the subject,
        # does not speak; the name set off after it does
        doc = head.doc
        named = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","), None)
        if named is not None:
            return named
    if _hedging_it(head, lexicon):
        return None
    return head


def quoted_tokens(doc: Doc, quotations: Sequence[QuotedSpan]) -> list[bool]:
    """Whether each token lies within a quotation, its marks included."""
    quoted = [False] * len(doc)
    for quote in quotations:
        last = quote.close_mark if quote.close_mark is not None else quote.end - 1
        span = doc.char_span(quote.open_mark, last + 1, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                quoted[i] = True
    return quoted


def is_named_work(span: Span, grammar: Grammar) -> bool:
    """The name of a show, book, group or person, even beside a cue (`told Channel Nine's
    "Morning Roundup"`, `wrote under the pseudonym "Captain Harbour"`): a few words in title case, either
    right after a possessive, a preposition or an article, or proper nouns alone; or a title
    and its subtitle, however long (`_subtitled`)."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if _subtitled(span):
        return True
    if not words or len(words) > _TITLE_MAX_WORDS or _chanted(words):
        return False
    if not all(t.text[:1].isupper() or t.is_stop and t.is_lower for t in words):
        return False
    before = span.doc[span.start - 2] if span.start >= 2 else None  # the word before the opening mark
    after_a_function_word = before is not None and (before.tag_ in grammar.possessive_tag or before.pos_ in ("ADP", "DET"))
    proper_nouns_alone = any(t.pos_ == "PROPN" for t in words) and all(t.pos_ in _NAME_PARTS for t in words)
    return after_a_function_word or proper_nouns_alone and not _said_alone(span, before, grammar)


def _subtitled(span: Span) -> bool:
    """`"Slack Water: Four Winters on a Tidal Island"`: words in title case, a colon, and more
    words in title case are a work's title and subtitle, as books, films and reports are named;
    no one speaks so. Every word longer than a short function word has its capital (or is a
    number)."""
    colon = next((t.i for t in span if t.text == ":"), None)
    if colon is None:
        return False
    head = [t for t in span.doc[span.start : colon] if not t.is_punct and not t.is_space]
    tail = [t for t in span.doc[colon + 1 : span.end] if not t.is_punct and not t.is_space]
    if not head or len(tail) < _SUBTITLE_MIN_WORDS:
        return False
    return all(t.text[:1].isupper() or t.like_num or len(t.text) <= _SHORT_FUNCTION_WORD for t in head + tail)


_SUBTITLE_MIN_WORDS = 2
_SHORT_FUNCTION_WORD = 3  # `of`, `the`, `and`: lower case in a title


def is_cried(span: Span, lexicon: Lexicon) -> bool:
    """`to jeers of "Sit down!"`, `chants of "Hold the Line!"`, `chanting "Save the Weir"`: words
    after a noun of crying out and its `of`, or after a verb of crying out (`outcry_nouns.txt`),
    are cried, not the title the preposition or the verb's object may be."""
    if span.start < 1:
        return False
    mark = span.start - 1
    return outcry_noun_before(span.doc, mark, lexicon) is not None or outcry_verb_before(span.doc, mark, lexicon) is not None


def outcry_verb_before(doc: Doc, mark: int, lexicon: Lexicon) -> Token | None:
    """The verb of crying out (`shouted`, `chanting`: `outcry_nouns.txt` as verbs) that stands
    right before the opening mark at token `mark`, a comma or a colon between (`shouted, "…"`),
    else None: what it takes is cried out, whatever its length or its capitals."""
    i = mark - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in (",", ":")):
        i -= 1
    if i < 0 or doc[i].pos_ != "VERB" or lexicon.lemma(doc[i]) not in lexicon.outcry_nouns:
        return None
    return doc[i]


def outcry_noun_before(doc: Doc, mark: int, lexicon: Lexicon) -> Token | None:
    """The noun of crying out (`outcry_nouns.txt`) whose `of` stands right before the opening
    mark at token `mark` (`to jeers of "…"`; spaces between skipped), else None."""
    words: list[Token] = []
    i = mark - 1
    while i >= 0 and len(words) < 2:
        if not doc[i].is_space:
            words.append(doc[i])
        i -= 1
    if len(words) < 2:
        return None
    of, noun = words
    return noun if of.lower_ == "of" and noun.pos_ == "NOUN" and lexicon.lemma(noun) in lexicon.outcry_nouns else None


def _chanted(words: list[Token]) -> bool:
    """`chanted "Vera, Vera, Vera"` · `chants of "Quaile! Quaile!"`: one word said over and over
    is a crowd's chant; no title repeats itself so."""
    return len(words) > 1 and len({t.lower_ for t in words}) == 1


def _said_alone(span: Span, before: Token | None, grammar: Grammar) -> bool:
    """Whether a quotation stands as a sentence of its own and ends as speech does before a
    cue, with a comma or a cry inside the marks (`"Habit," he says.` · `"Agnieszka!" she
    shouts.`): spoken words, not the name of a work."""
    opens_a_sentence = before is None or before.text in grammar.sentence_ends or "\n" in before.text + before.whitespace_
    return opens_a_sentence and span[-1].text in grammar.speech_endings - grammar.sentence_ends | {"!", "?"}
