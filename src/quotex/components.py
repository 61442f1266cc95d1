"""quotex's spaCy components: they wire the finding and attributing functions onto the Doc.

Each component first finds (pure functions in `marks` and `statements`), then writes: quotations go to the SpanGroup `doc.spans[spans_key]`, their details to Span
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

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_INFIX_MARKS = "“”«»„"  # double marks that never stand inside a word; straight ones may (5'10")


def prepare_tokenizer(nlp: Language) -> None:
    """Tokens that quotex's rules can read, whatever the spacing of the text.

    spaCy's tokenizer leaves zero-width characters glued to a word (`said\u200b`), and a
    double quotation mark between two words with no space (`said,“Look`) inside one token:
    the cue, the name or the mark is then lost. Both become tokens of their own; zero-width
    characters, with `is_space` set, are passed over like spaces. Long runs without
    whitespace are tokenised in pieces (`quotex.tokenizer`), which keeps spaCy's time linear
    on runs of punctuation.
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from quotex.tokenizer import RunSplittingTokenizer

    if not isinstance(nlp.tokenizer, RunSplittingTokenizer):
        nlp.tokenizer = RunSplittingTokenizer(nlp.tokenizer)
    zero_width = f"[{ZERO_WIDTH}]"
    tokenizer = nlp.tokenizer.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*(nlp.Defaults.prefixes or ()), zero_width]).search
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), zero_width]).search
    infixes = [*(nlp.Defaults.infixes or ()), zero_width, f"[{_INFIX_MARKS}]", f"[,.;:!?](?=[{_INFIX_MARKS}])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
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
        # Written as one array: setting `token.is_sent_start` checks the whole Doc each time,
        # which made a text of many short lines quadratic.
        starts = doc.to_array("SENT_START")
        changed = False
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if ("\n" in previous.text or "\n" in previous.whitespace_) and not token.is_space:
                starts[token.i] = 1
                changed = True
        if changed:
            doc.from_array(["SENT_START"], starts.reshape(-1, 1))  # type: ignore[arg-type]  # stub says floats
        return doc


class QuoteFinder:
    """Finds every quotation by its marks and stores it in `doc.spans[spans_key]`."""

    def __init__(self, spans_key: str = "quotes") -> None:
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from quotex.marks import find_quotations
        from quotex.statements import content_span

        spans = []
        for quotation in find_quotations(doc.text):
            span = content_span(doc, quotation)
            if span is None:
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
        from quotex.statements import find_statements

        quoted = [s for s in doc.spans.get(self.spans_key, []) if s._.quotation is not None]
        spans = []
        for statement in find_statements(doc, quoted, self.lexicon, indirect=self.indirect):
            span = statement.span
            span._.quotation = statement.quotation
            span._.kind = statement.kind
            span._.speaker = statement.speaker
            span._.speaker_mention = statement.speaker_mention
            span._.cue = statement.cue
            span._.resolution = statement.resolution
            span._.confidence = statement.confidence
            span._.paragraph = statement.paragraph
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


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
    requires=["token.dep", "token.pos"],
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
    requires=["token.dep", "token.pos"],
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
