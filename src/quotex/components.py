"""quotex's spaCy components: they wire the finding and attributing functions onto the Doc.

Each component first finds (pure functions in `marks`, `attribution`, `people`), then
writes: quotations go to the SpanGroup `doc.spans[spans_key]`, their details to Span
extension attributes registered once by `register_extensions`.

    nlp.add_pipe("quotex_paragraphs", before="parser")  # optional: a newline ends a sentence
    nlp.add_pipe("quotex")                             # quotations and their speakers
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from quotex.lexicon import Lexicon, default_lexicon

SPAN_ATTRIBUTES = ("quotation", "kind", "speaker", "speaker_mention", "cue", "resolution", "confidence", "paragraph")
_RULE_CONFIDENCE = {
    "cue_after": 0.95,
    "cue_before": 0.9,
    "name_after": 0.85,
    "transcript": 0.85,
    "colon_before": 0.8,
    "heading": 0.8,
    "continuation": 0.7,
    "reported": 0.8,
    "none": 0.4,
}
_RESOLUTION_CONFIDENCE = {"explicit": 1.0, "descriptor": 0.9, "pronoun": 0.9, "unresolved": 0.7, "none": 0.6}
_EXPLICIT_RULES = {"cue_after", "cue_before", "name_after", "transcript", "colon_before"}
_TERM_MAX_WORDS = 4
_TITLE_MAX_WORDS = 6
_NAME_PARTS = {"PROPN", "DET", "ADP", "CCONJ", "PART", "NUM"}  # "Guardians of the Galaxy"


ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def split_zero_width(nlp: Language) -> None:
    """Make zero-width characters tokens of their own that count as space.

    spaCy's tokenizer leaves them glued to a word (`said\u200b`), so the word is no longer a
    cue or a name; on their own, with `is_space` set, every rule passes over them.
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    pattern = f"[{ZERO_WIDTH}]"
    tokenizer = nlp.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*nlp.Defaults.prefixes, pattern]).search
    tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, pattern]).search
    tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, pattern]).finditer
    for char in ZERO_WIDTH:
        nlp.vocab[char].is_space = True


def register_extensions() -> None:
    """The Span attributes quotex writes; registering twice is harmless."""
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def _lexicon(path: str | None) -> Lexicon:
    return default_lexicon() if not path else Lexicon.from_directory(Path(path))


class TagMapper:
    """Universal parts of speech from the tagger's Penn Treebank tags, for pipelines run
    without their attribute ruler and lemmatizer: quotex needs no more of them, and
    together they cost about as much as the parser."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        tag_pos, auxiliaries = self.lexicon.tag_pos, self.lexicon.auxiliaries
        for token in doc:
            if token.pos == 0 and token.tag_:
                pos = tag_pos.get(token.tag_, "X")
                token.pos_ = "AUX" if pos == "VERB" and token.text.lower() in auxiliaries else pos
        return doc


class ParagraphBreaker:
    """Marks the first token of every line as a sentence start, before the parser runs:
    news text puts headings, bylines and captions on lines of their own."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if ("\n" in previous.text or "\n" in previous.whitespace_) and not token.is_space:
                token.is_sent_start = True
        return doc


class QuoteFinder:
    """Finds every quotation by its marks and stores it in `doc.spans[spans_key]`."""

    def __init__(self, spans_key: str = "quotes") -> None:
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from quotex.marks import find_quotations

        spans = []
        for quotation in find_quotations(doc.text):
            span = doc.char_span(quotation.start, quotation.end, alignment_mode="contract") or doc.char_span(
                quotation.start, quotation.end, alignment_mode="expand"
            )
            if span is None or not len(span):
                continue
            span._.quotation = quotation
            span._.paragraph = quotation.first_paragraph
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class SpeakerAttributor:
    """Gives each quotation in `doc.spans[spans_key]` its cue, speaker and kind.

    Short quoted terms with no attribution of their own (scare quotes, titles) are not
    speech: they are taken out of the group.
    """

    def __init__(self, spans_key: str = "quotes", lexicon: Lexicon | None = None, indirect: bool = True) -> None:
        self.spans_key = spans_key
        self.lexicon = lexicon or default_lexicon()
        self.indirect = indirect
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from quotex.attribution import QuoteContext, attribute
        from quotex.marks import paragraphs
        from quotex.people import People

        spans = [s for s in doc.spans.get(self.spans_key, []) if s._.quotation is not None]
        ctx = QuoteContext(doc, paragraphs(doc.text), [s._.quotation for s in spans], self.lexicon)
        people = People(doc, ctx.quoted, self.lexicon, {e.cue.root.i for e in ctx.events}, ctx.names)
        statements: dict[int, tuple[str | None, str, Span | None, Span | None]] = {}
        kept = []
        for index, span in enumerate(spans):
            found = attribute(ctx, index)
            cue, mention = found.cue, found.mention
            if isinstance(found.continues, int):
                speaker, _, cue, mention = statements[found.continues]
                how = "continuation" if speaker else "none"
            elif found.continues is not None:
                cue, mention = found.continues.cue, found.continues.mention
                speaker, _ = people.speaker(mention)
                how = "continuation" if speaker else "none"
            else:
                speaker, how = people.speaker(mention)
                if found.rule in ("heading", "transcript") and speaker:
                    how = found.rule
            # A continuation is attributed by the words of the statement it continues.
            statements[index] = (speaker, how, cue, mention)
            if _is_term(span, found.rule) or _is_named_work(span):
                continue
            span._.cue = cue
            span._.speaker_mention = mention
            span._.speaker = speaker
            span._.resolution = how
            span._.kind = _kind(ctx, index, found)
            confidence = _RULE_CONFIDENCE[found.rule] * _RESOLUTION_CONFIDENCE.get(how, 1.0)
            span._.confidence = confidence if span._.quotation.closed else confidence * 0.8
            kept.append(span)
        if self.indirect:
            kept += self._reported_speech(ctx, people)
        doc.spans[self.spans_key] = sorted(kept, key=lambda s: (s.start, s.end))
        return doc

    def _reported_speech(self, ctx, people) -> list[Span]:
        """Indirect statements: the clauses speech events report, one per event, none inside another."""
        from quotex.reported import reported_clause

        found: list[Span] = []
        for event in ctx.events:
            clause = reported_clause(event, ctx.quoted, self.lexicon)
            if clause is None or any(clause.start < other.end and other.start < clause.end for other in found):
                continue
            speaker, how = people.speaker(event.mention)
            clause._.quotation = None
            clause._.kind = "indirect"
            clause._.cue = event.cue
            clause._.speaker_mention = event.mention
            clause._.speaker = speaker
            clause._.resolution = how
            clause._.confidence = _RULE_CONFIDENCE["reported"] * _RESOLUTION_CONFIDENCE.get(how, 1.0)
            clause._.paragraph = ctx.paragraph_index(clause[0])
            found.append(clause)
        return found


def _kind(ctx, index: int, found) -> str:
    """`mixed` when the quotation is part of a reported clause (`said that Moscow will "…"`)."""
    before = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    if not before or before[-1].text in (":", ",", "(", "—", "–", "-"):
        return "direct"
    if found.cue is not None and before[-1].i == found.cue.end - 1:
        return "direct"  # `he said "…"`
    return "mixed"


def _is_term(span: Span, rule: str) -> bool:
    """A scare quote or a title: a few words, or capitalised words without a sentence in them,
    that nothing attributes to anyone."""
    if rule in _EXPLICIT_RULES:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    sentence = span.text[:1].isupper() and span.text.rstrip()[-1:] in ".!?"
    if len(words) <= _TERM_MAX_WORDS:
        return not (sentence and rule == "continuation")  # “Trust us.” goes on with its speaker
    ends_like_speech = span[-1].text in (".", ",", "!", "?", "…") or span.text.rstrip()[-1:] in ".,!?…"
    title_case = all(t.text[:1].isupper() for t in words if len(t.text) > 3)
    return title_case and not ends_like_speech


def _is_named_work(span: Span) -> bool:
    """The name of a show, book, group or person, even beside a cue (`told MSNBC's "Morning
    Joe"`, `wrote under the pseudonym "Carlos Danger"`): a few words in title case, either
    right after a possessive, a preposition or an article, or proper nouns alone."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > _TITLE_MAX_WORDS:
        return False
    if not all(t.text[:1].isupper() or t.is_stop and t.is_lower for t in words):
        return False
    before = span.doc[span.start - 2] if span.start >= 2 else None  # the word before the opening mark
    after_a_function_word = before is not None and (before.tag_ == "POS" or before.pos_ in ("ADP", "DET"))
    proper_nouns_alone = any(t.pos_ == "PROPN" for t in words) and all(t.pos_ in _NAME_PARTS for t in words)
    return after_a_function_word or proper_nouns_alone


class Quotex:
    """Quotations and their speakers in one component: `QuoteFinder`, then `SpeakerAttributor`."""

    def __init__(self, spans_key: str = "quotes", lexicon: Lexicon | None = None, indirect: bool = True) -> None:
        self.finder = QuoteFinder(spans_key)
        self.attributor = SpeakerAttributor(spans_key, lexicon, indirect)

    def __call__(self, doc: Doc) -> Doc:
        return self.attributor(self.finder(doc))


@Language.factory(
    "quotex",
    default_config={"spans_key": "quotes", "lexicon_path": None, "indirect": True},
    assigns=[f"span._.{name}" for name in SPAN_ATTRIBUTES],
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
)
def make_quotex(nlp: Language, name: str, spans_key: str, lexicon_path: str | None, indirect: bool) -> Quotex:
    return Quotex(spans_key, _lexicon(lexicon_path), indirect)


@Language.factory("quotex_quotes", default_config={"spans_key": "quotes"}, assigns=["span._.quotation"])
def make_quote_finder(nlp: Language, name: str, spans_key: str) -> QuoteFinder:
    return QuoteFinder(spans_key)


@Language.factory(
    "quotex_speakers",
    default_config={"spans_key": "quotes", "lexicon_path": None, "indirect": True},
    assigns=[f"span._.{name}" for name in SPAN_ATTRIBUTES if name != "quotation"],
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
)
def make_speaker_attributor(
    nlp: Language, name: str, spans_key: str, lexicon_path: str | None, indirect: bool
) -> SpeakerAttributor:
    return SpeakerAttributor(spans_key, _lexicon(lexicon_path), indirect)


@Language.factory(
    "quotex_tags", default_config={"lexicon_path": None}, assigns=["token.pos"], requires=["token.tag"]
)
def make_tag_mapper(nlp: Language, name: str, lexicon_path: str | None) -> TagMapper:
    return TagMapper(_lexicon(lexicon_path))


@Language.factory("quotex_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_breaker(nlp: Language, name: str) -> ParagraphBreaker:
    return ParagraphBreaker()
