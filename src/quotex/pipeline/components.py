"""quotex's spaCy components: they wire the finding and attributing functions onto the Doc.

Each component first finds (pure functions in `marks` and `statements`), then writes: quotations go to the SpanGroup `doc.spans[spans_key]`, their details to Span
extension attributes registered once by `register_extensions` (`quotex.pipeline.extensions`).
The factories that build them from config are in `quotex.pipeline.factories`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import raise_error

from quotex.lexicon import Lexicon, default_lexicon
from quotex.parse.syntax import newline_tokens
from quotex.pipeline.extensions import SPAN_ATTRIBUTES, register_extensions
from quotex.pipeline.scoring import score_quotes
from quotex.pipeline.tokenizer import text_of
from quotex.reading.layout import LABEL_RE


def lexicon_at(path: str | None) -> Lexicon:
    """The word lists of a folder (`lexicon_path`), or the shipped lists when None."""
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
    news text puts headings, bylines and captions on lines of their own. A label in capitals
    that opens a line (`STOCKS:`, `WHO'S OUT:`, `HOST:`) heads what follows it, so the words
    after its colon start a sentence too: the parser would otherwise make the label the main
    clause and hang the sentence's verb from it (`WHO'S OUT: Sen. Doe … announced that …`)."""

    def __call__(self, doc: Doc) -> Doc:
        # Written as one array: setting `token.is_sent_start` checks the whole Doc each time,
        # which made a text of many short lines quadratic. Read from arrays too: only the
        # tokens after a line break are looked at.
        spaces = doc.to_array("IS_SPACE")
        starts = [i + 1 for i in newline_tokens(doc) if i + 1 < len(doc) and not spaces[i + 1]]
        starts += _after_labels(doc, [0, *starts] if len(doc) and not spaces[0] else starts)
        if starts:
            sent_starts = doc.to_array("SENT_START")
            sent_starts[starts] = 1
            doc.from_array(["SENT_START"], sent_starts.reshape(-1, 1))  # type: ignore[arg-type]  # stub says floats
        return doc


def _after_labels(doc: Doc, line_starts: Sequence[int]) -> list[int]:
    """The first token after the label in capitals that opens a line, for each line that opens with one."""
    text = text_of(doc)
    found = []
    for i in line_starts:
        match = LABEL_RE.match(text, doc[i].idx)
        if match is None:
            continue
        after = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if after is not None and after.start > i:
            found.append(after.start)
    return found


QUOTATION_LABEL = "quotation"  # the label of a quotation QuoteFinder found and nobody attributed yet


class QuoteFinder:
    """Finds every quotation by its marks and stores it in `doc.spans[spans_key]`."""

    def __init__(self, name: str = "quotex_quotes", spans_key: str = "quotes") -> None:
        self.name = name
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc, text: str | None = None) -> Doc:
        """`text`: `doc.text`, when the caller has read it already (it is built anew on each access)."""
        from quotex.attribution.statements import content_span
        from quotex.parse.marks import find_quotations

        spans = []
        for quotation in find_quotations(text_of(doc) if text is None else text):
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
        from quotex.attribution.reported import select_strategies
        from quotex.attribution.rules import select_rules

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
            self._lexicon = lexicon_at(self._lexicon_path)
        return self._lexicon

    def __call__(self, doc: Doc, text: str | None = None) -> Doc:
        """`text`: `doc.text`, when the caller has read it already (it is built anew on each access)."""
        from quotex.attribution.statements import find_statements

        quoted = [s for s in doc.spans.get(self.spans_key, []) if s._.quotation is not None]
        spans = []
        statements = find_statements(
            doc, quoted, self.lexicon, indirect=self.indirect, rules=self.rules,
            reported_strategies=self.reported_strategies, transcript_questions=self.transcript_questions,
            text=text_of(doc) if text is None else text,
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
        text = text_of(doc) if text is None else text
        return super().__call__(self.finder(doc, text), text)
