"""quotex's spaCy components: they wire the finding and attributing functions onto the Doc.

Each component first finds (pure functions in `marks` and `statements`), then writes: quotations go to the SpanGroup `doc.spans[spans_key]`, their details to Span
extension attributes registered once by `register_extensions`.

    nlp.add_pipe("quotex_paragraphs", before="parser")  # optional: a newline ends a sentence
    nlp.add_pipe("quotex")                             # quotations and their speakers
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import fields
from functools import partial
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, HYPHENS
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import raise_error, registry

from quotex.lexicon import Lexicon, default_lexicon
from quotex.marks import QuotedSpan
from quotex.records import ANNOTATIONS, MENTION_FIELDS
from quotex.syntax import newline_tokens

# What the components write onto a quotation's Span: its marks, then the record's fields.
# Mentions are kept as offsets and read back as Spans; the rest are plain values already.
SPAN_VALUED_ATTRIBUTES = MENTION_FIELDS
PLAIN_ATTRIBUTES = tuple(name for name in ANNOTATIONS if name not in MENTION_FIELDS)
# What the statement's confidence rests on (`quotex.confidence`): the rule that attributed it and
# how many other people fitted its mention. Not part of the record; `scripts/calibrate.py` reads them.
EVIDENCE_ATTRIBUTES = ("rule", "competitors", "detail")
SPAN_ATTRIBUTES = ("quotation", *ANNOTATIONS, *EVIDENCE_ATTRIBUTES)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# spaCy's infix that splits a hyphen between letters, and the same before a lower-case letter only.
_HYPHEN = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"
_HYPHEN_BEFORE_LOWER = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA_LOWER}])"
_INFIX_MARKS = "“”«»„"  # double marks that never stand inside a word; straight ones may (5'10")


def prepare_tokenizer(nlp: Language) -> None:
    """Tokens that quotex's rules can read, whatever the spacing of the text.

    spaCy's tokenizer leaves zero-width characters glued to a word (`said\u200b`), and a
    double quotation mark between two words with no space (`said,“Look`) inside one token:
    the cue, the name or the mark is then lost. Both become tokens of their own; zero-width
    characters, with `is_space` set, are passed over like spaces. A hyphen before a capital
    letter joins its word (`Dahl-Ostby`, `Jean-Pierre`, `anti-American`): spaCy's default
    splits it, and a hyphenated surname then loses its second half (`co-owner` and
    `well-known` are still split). Long runs without whitespace are tokenised in pieces
    (`quotex.tokenizer`), which keeps spaCy's time linear on runs of punctuation.
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from quotex.tokenizer import RunSplittingTokenizer

    if not isinstance(nlp.tokenizer, RunSplittingTokenizer):
        nlp.tokenizer = RunSplittingTokenizer(nlp.tokenizer)
    zero_width = f"[{ZERO_WIDTH}]"
    tokenizer = nlp.tokenizer.tokenizer
    tokenizer.prefix_search = compile_prefix_regex([*(nlp.Defaults.prefixes or ()), zero_width]).search
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), zero_width]).search
    infixes = [_HYPHEN_BEFORE_LOWER if infix == _HYPHEN else infix for infix in (nlp.Defaults.infixes or ())]
    infixes += [zero_width, f"[{_INFIX_MARKS}]", f"[,.;:!?](?=[{_INFIX_MARKS}])"]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for char in ZERO_WIDTH:
        nlp.vocab[char].is_space = True
    # A title's full stop belongs to it (`Sgt. Jane Doe`, as spaCy already keeps `Sen.`): split
    # off, it ends the sentence before the name and the parse loses the speaker.
    for title in default_lexicon().titles:
        if title.endswith(".") and len(title) > 2:
            tokenizer.add_special_case(title.capitalize(), [{"ORTH": title.capitalize()}])


def register_extensions() -> None:
    """The Span attributes quotex writes; registering twice is harmless.

    Values live in `doc.user_data` as plain data (strings, numbers, offsets), so annotated
    Docs survive `doc.to_bytes()`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=…)`.
    `quotation` reads back as a `QuotedSpan`, `speaker_mention` and `cue` as `Span`s of the Doc.
    """
    for name in (*PLAIN_ATTRIBUTES, *EVIDENCE_ATTRIBUTES):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Span.has_extension("quotation"):
        Span.set_extension("quotation", getter=_get_quotation, setter=_set_quotation)
    for name in SPAN_VALUED_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, getter=partial(_get_span, name), setter=partial(_set_span, name))


def _key(name: str, span: Span) -> tuple[str, str, int, int]:
    return ("quotex", name, span.start_char, span.end_char)


def _stored(span: Span) -> dict[Any, Any]:
    """The Doc's user data, where spaCy keeps extension values under tuple keys too."""
    return span.doc.user_data


_QUOTED_SPAN_FIELDS = tuple(f.name for f in fields(QuotedSpan))


def _get_quotation(span: Span) -> QuotedSpan | None:
    stored = _stored(span).get(_key("quotation", span))
    return None if stored is None else QuotedSpan(*stored)


def _set_quotation(span: Span, quotation: QuotedSpan | None) -> None:
    # `astuple` without its deep copy: the fields are plain numbers.
    _stored(span)[_key("quotation", span)] = None if quotation is None else tuple(getattr(quotation, name) for name in _QUOTED_SPAN_FIELDS)


def _get_span(name: str, span: Span) -> Span | None:
    stored = _stored(span).get(_key(name, span))
    return None if stored is None else span.doc.char_span(*stored)


def _set_span(name: str, span: Span, value: Span | None) -> None:
    _stored(span)[_key(name, span)] = None if value is None else (value.start_char, value.end_char)


def _lexicon(path: str | None) -> Lexicon:
    return default_lexicon() if not path else Lexicon.from_directory(Path(path))


class TagMapper:
    """Universal parts of speech from the tagger's Penn Treebank tags, for pipelines run
    without their attribute ruler and lemmatizer: quotex needs no more of them, and
    together they cost about as much as the parser.

    A word of capitalised parts joined by hyphens (`Lindqvist-Ahn`), which `prepare_tokenizer`
    keeps whole, is a proper noun: the tagger, which saw such words split, takes it for a
    common noun."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._kinds: dict[int, tuple[bool, bool]] = {}

    def __call__(self, doc: Doc) -> Doc:
        # Read and written as arrays, each tag and word looked up once: a Token per word and
        # its string attributes cost more than the mapping itself.
        table = doc.to_array(["TAG", "POS", "ORTH"])
        todo = (table[:, 1] == 0) & (table[:, 0] != 0)  # tagged, no part of speech yet
        if not todo.any():
            return doc
        strings = doc.vocab.strings  # a part of speech's symbol is its id in the arrays, as a word's hash is
        tags, words = table[todo, 0], table[todo, 2]
        tag_ids, tag_of = numpy.unique(tags, return_inverse=True)
        pos_of_tag = [strings[self.lexicon.tag_pos.get(strings[tag], "X")] for tag in tag_ids.tolist()]
        parts = numpy.array(pos_of_tag, dtype=numpy.uint64)[tag_of.reshape(-1)]
        maybe_compound = parts != strings["PROPN"]
        compounds = [word for word in numpy.unique(words[maybe_compound]).tolist() if self._kind(word, strings)[0]]
        if compounds:
            renamed = maybe_compound & numpy.isin(words, numpy.array(compounds, dtype=numpy.uint64))
            tags[renamed], parts[renamed] = strings.add("NNP"), strings["PROPN"]
        verbs = parts == strings["VERB"]
        auxiliaries = [word for word in numpy.unique(words[verbs]).tolist() if self._kind(word, strings)[1]]
        parts[verbs & numpy.isin(words, numpy.array(auxiliaries, dtype=numpy.uint64))] = strings["AUX"]
        table[todo, 0], table[todo, 1] = tags, parts
        doc.from_array(["TAG", "POS"], table[:, :2])  # type: ignore[arg-type]  # stub says floats
        return doc

    def _kind(self, word: int, strings: Any) -> tuple[bool, bool]:
        """Whether a word (its hash) is a capitalised compound, and an auxiliary: worked out once
        per word (a string's hash is the same in every vocabulary)."""
        if word not in self._kinds:
            if len(self._kinds) >= _KINDS_KEPT:
                self._kinds.clear()
            text = strings[word]
            self._kinds[word] = (_capitalised_compound(text), text.lower() in self.lexicon.auxiliaries)
        return self._kinds[word]


_KINDS_KEPT = 100_000  # words whose kind TagMapper keeps (a few MB)


def _capitalised_compound(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and all(part[:1].isupper() and part.isalpha() for part in parts)


class ParagraphBreaker:
    """Marks the first token of every line as a sentence start, before the parser runs:
    news text puts headings, bylines and captions on lines of their own."""

    def __call__(self, doc: Doc) -> Doc:
        # Written as one array: setting `token.is_sent_start` checks the whole Doc each time,
        # which made a text of many short lines quadratic. Read from arrays too: only the
        # tokens after a line break are looked at.
        spaces = doc.to_array("IS_SPACE")
        starts = [i + 1 for i in newline_tokens(doc) if i + 1 < len(doc) and not spaces[i + 1]]
        if starts:
            sent_starts = doc.to_array("SENT_START")
            sent_starts[starts] = 1
            doc.from_array(["SENT_START"], sent_starts.reshape(-1, 1))  # type: ignore[arg-type]  # stub says floats
        return doc


QUOTATION_LABEL = "quotation"  # the label of a quotation QuoteFinder found and nobody attributed yet


class QuoteFinder:
    """Finds every quotation by its marks and stores it in `doc.spans[spans_key]`."""

    def __init__(self, name: str = "quotex_quotes", spans_key: str = "quotes") -> None:
        self.name = name
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc, text: str | None = None) -> Doc:
        """`text`: `doc.text`, when the caller has read it already (it is built anew on each access)."""
        from quotex.marks import find_quotations
        from quotex.statements import content_span

        spans = []
        for quotation in find_quotations(doc.text if text is None else text):
            content = content_span(doc, quotation)
            if content is None:
                continue
            span = Span(doc, content.start, content.end, label=QUOTATION_LABEL)
            span._.quotation = quotation
            span._.paragraph = quotation.first_paragraph
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


class _ErrorHandling:
    """spaCy's error-handler protocol (`nlp.set_error_handler`), as trainable pipes have it."""

    _error_handler: Callable[..., Any] | None = None

    def set_error_handler(self, error_handler: Callable[..., Any]) -> None:
        self._error_handler = error_handler

    def get_error_handler(self) -> Callable[..., Any]:
        return self._error_handler or raise_error


class SpeakerAttributor(_ErrorHandling):
    """Gives each quotation in `doc.spans[spans_key]` its cue, speaker and kind (its `label_`).

    Short quoted terms with no attribution of their own (scare quotes, titles) are not
    speech: they are taken out of the group.

    The word lists are read from `lexicon_path` (the shipped lists when None) when first
    needed, or set by `initialize(lexicon_path=…)`; `to_disk` saves them with the pipeline and
    `from_disk` reads them back, so a saved pipeline carries its lists wherever it moves.
    """

    def __init__(
        self,
        name: str = "quotex_speakers",
        spans_key: str = "quotes",
        lexicon: Lexicon | None = None,
        indirect: bool = True,
        *,
        lexicon_path: str | None = None,
        scorer: Callable[..., dict[str, Any]] | None = None,
        rules: Sequence[str] | None = None,
        reported_strategies: Sequence[str] | None = None,
        transcript_questions: bool = False,
    ) -> None:
        from quotex.reported import select_strategies
        from quotex.rules import select_rules

        select_rules(rules), select_strategies(reported_strategies)  # an unknown name fails here, not on a Doc
        self.name = name
        self.spans_key = spans_key
        self.indirect = indirect
        self.rules = rules
        self.reported_strategies = reported_strategies
        self.transcript_questions = transcript_questions
        self.scorer = scorer
        self._lexicon = lexicon
        self._lexicon_path = lexicon_path
        register_extensions()

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = _lexicon(self._lexicon_path)
        return self._lexicon

    def __call__(self, doc: Doc, text: str | None = None) -> Doc:
        """`text`: `doc.text`, when the caller has read it already (it is built anew on each access)."""
        from quotex.statements import find_statements

        quoted = [s for s in doc.spans.get(self.spans_key, []) if s._.quotation is not None]
        spans = []
        statements = find_statements(
            doc, quoted, self.lexicon, indirect=self.indirect, rules=self.rules,
            reported_strategies=self.reported_strategies, transcript_questions=self.transcript_questions, text=text,
        )
        for statement in statements:
            span = Span(doc, statement.span.start, statement.span.end, label=statement.kind)
            extension = span._  # a new object on each access: made once per span
            for name in SPAN_ATTRIBUTES:
                setattr(extension, name, getattr(statement, name))
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

    def initialize(self, get_examples: Callable[[], Any] | None = None, *, nlp: Language | None = None,
                   lexicon_path: str | None = None) -> None:
        """spaCy's `nlp.initialize()`: read the word lists from `lexicon_path` when given
        (`[initialize.components.<name>]` in a training config)."""
        if lexicon_path is not None:
            self._lexicon = Lexicon.from_directory(Path(lexicon_path))

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Span P/R/F by kind and speaker accuracy, for `nlp.evaluate` and `spacy evaluate`."""
        return (self.scorer or score_quotes)(examples, spans_key=self.spans_key, **kwargs)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        self.lexicon.to_directory(Path(path) / "lexicon")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> SpeakerAttributor:
        self._lexicon = Lexicon.from_directory(Path(path) / "lexicon")
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(dict(self.lexicon.files))

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> SpeakerAttributor:
        with tempfile.TemporaryDirectory() as folder:
            for file, text in srsly.msgpack_loads(data).items():
                (Path(folder) / file).write_text(text, encoding="utf-8")
            self._lexicon = Lexicon.from_directory(Path(folder))
        return self


class Quotex(SpeakerAttributor):
    """Quotations and their speakers in one component: `QuoteFinder`, then `SpeakerAttributor`."""

    def __init__(self, name: str = "quotex", spans_key: str = "quotes", lexicon: Lexicon | None = None,
                 indirect: bool = True, **settings: Any) -> None:
        super().__init__(name, spans_key, lexicon, indirect, **settings)
        self.finder = QuoteFinder(name, spans_key)

    def __call__(self, doc: Doc, text: str | None = None) -> Doc:
        text = doc.text if text is None else text
        return super().__call__(self.finder(doc, text), text)


def score_quotes(examples: Iterable[Example], *, spans_key: str = "quotes", **_: Any) -> dict[str, Any]:
    """Statements scored against the reference Docs' `doc.spans[spans_key]`: precision,
    recall and F of exact spans with their kind (`quotex_p`, `quotex_r`, `quotex_f`,
    `quotex_per_type`), and among the spans found, the share whose speaker is right by the
    rule of `quotex eval` (`quotex_speaker_acc`)."""
    from spacy.scorer import Scorer

    from quotex.evaluation import speaker_name_matches

    examples = list(examples)
    scores = Scorer.score_spans(
        examples,
        "quotex",
        getter=lambda doc, attr: doc.spans.get(spans_key, []),
        has_annotation=lambda doc: spans_key in doc.spans,
        allow_overlap=True,
    )
    right = found = 0
    for example in examples:
        gold = {(s.start_char, s.end_char): s._.speaker for s in example.reference.spans.get(spans_key, [])}
        for span in example.predicted.spans.get(spans_key, []):
            if (span.start_char, span.end_char) in gold:
                found += 1
                expected = gold[(span.start_char, span.end_char)]
                right += expected == span._.speaker or bool(expected) and speaker_name_matches(expected, span._.speaker)
    scores["quotex_speaker_acc"] = right / found if found else None
    return scores


@registry.scorers("quotex.scorer.v1")
def make_quote_scorer() -> Callable[..., dict[str, Any]]:
    return score_quotes


def _english(nlp: Language, name: str) -> None:
    """quotex's rules and word lists are English: another language is refused at once."""
    if nlp.lang != "en":
        raise ValueError(f"{name}: quotex reads English only, not a pipeline of language {nlp.lang!r}")


# The settings of the attributing components: `rules` and `reported_strategies` choose and order
# the rules by name (`quotex.rules.RULE_NAMES`, `quotex.reported.STRATEGY_NAMES`; null: all, in
# their order); `transcript_questions` reports an interviewer's questions too.
_ATTRIBUTION_CONFIG = {
    "spans_key": "quotes", "lexicon_path": None, "indirect": True, "rules": None, "reported_strategies": None,
    "transcript_questions": False, "scorer": {"@scorers": "quotex.scorer.v1"},
}
_SCORES: dict[str, float | None] = {"quotex_f": 1.0, "quotex_p": 0.0, "quotex_r": 0.0, "quotex_speaker_acc": 0.0}


@Language.factory(
    "quotex",
    default_config=_ATTRIBUTION_CONFIG,
    assigns=[f"span._.{name}" for name in SPAN_ATTRIBUTES],
    requires=["token.dep", "token.pos"],
    default_score_weights=_SCORES,
)
def make_quotex(
    nlp: Language, name: str, spans_key: str, lexicon_path: str | None, indirect: bool,
    rules: list[str] | None, reported_strategies: list[str] | None, transcript_questions: bool,
    scorer: Callable[..., dict[str, Any]] | None,
) -> Quotex:
    _english(nlp, name)
    return Quotex(name, spans_key, None, indirect, lexicon_path=lexicon_path, scorer=scorer, rules=rules,
                  reported_strategies=reported_strategies, transcript_questions=transcript_questions)


@Language.factory("quotex_quotes", default_config={"spans_key": "quotes"}, assigns=["span._.quotation"])
def make_quote_finder(nlp: Language, name: str, spans_key: str) -> QuoteFinder:
    return QuoteFinder(name, spans_key)


@Language.factory(
    "quotex_speakers",
    default_config=_ATTRIBUTION_CONFIG,
    assigns=[f"span._.{name}" for name in SPAN_ATTRIBUTES if name != "quotation"],
    requires=["token.dep", "token.pos"],
    default_score_weights=_SCORES,
)
def make_speaker_attributor(
    nlp: Language, name: str, spans_key: str, lexicon_path: str | None, indirect: bool,
    rules: list[str] | None, reported_strategies: list[str] | None, transcript_questions: bool,
    scorer: Callable[..., dict[str, Any]] | None,
) -> SpeakerAttributor:
    _english(nlp, name)
    return SpeakerAttributor(name, spans_key, None, indirect, lexicon_path=lexicon_path, scorer=scorer, rules=rules,
                             reported_strategies=reported_strategies, transcript_questions=transcript_questions)


@Language.factory(
    "quotex_tags", default_config={"lexicon_path": None}, assigns=["token.pos"], requires=["token.tag"]
)
def make_tag_mapper(nlp: Language, name: str, lexicon_path: str | None) -> TagMapper:
    _english(nlp, name)
    return TagMapper(_lexicon(lexicon_path))


@Language.factory("quotex_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_breaker(nlp: Language, name: str) -> ParagraphBreaker:
    return ParagraphBreaker()
