"""Stretches of text without words go past spaCy's tagger and parser (issue 22).

A stretch of tokens none of which is a word (every token a single character, a run of
punctuation or white space: quotation marks in a row, lines of one mark and one letter) holds
no cue, no name and no pronoun but `I`, so nothing in it can attribute a quotation; yet spaCy
makes a token of almost every character of such text and its tok2vec, tagger and parser cost as
much for each of them as for a word: 5 to 8 times what news of the same length costs, where
quotex's own work adds a tenth.

`annotate` is `nlp.pipe` for quotex's pipelines with that cost left out: it cuts each Doc around
stretches of at least `WORDLESS_RUN` such tokens, runs the pipeline's components up to quotex's
on the pieces with words only, gives every token of a wordless stretch a trivial parse of its
own (its own sentence and root, a part of speech from its characters), and runs quotex's
components on the whole Doc, so that quotations are found in the text as it was given and every
offset stays true. News never holds such a stretch (the longest in PolNeAR and the probe sets is
11 tokens: `___.` and a line break between paragraphs), so on news the Docs are those
`nlp.pipe` makes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from quotex.pipeline.components import QuoteFinder, SpeakerAttributor

# Tokens: far longer than any run of punctuation between words in news (11 at most in
# PolNeAR), far shorter than the texts whose tokens would cost many times news.
WORDLESS_RUN = 100
# What a token of a wordless stretch is given, as the parser and tagger would name it: white
# space, punctuation, or one other character (a letter, a digit, a symbol).
_SPACE, _PUNCT, _OTHER = ("_SP", "SPACE"), ("NFP", "PUNCT"), ("XX", "X")
# The attributes the components before quotex's may set on a token, copied from the pieces.
_PARSE_ATTRIBUTES: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID"]


def annotate(nlp: Language, texts: Iterable[str], *, batch_size: int) -> Iterator[Doc]:
    """`nlp.pipe(texts, batch_size=batch_size)`, the tagger and parser left out on wordless
    stretches (see the module docstring). Docs come in the order of `texts`. A stand-in for a
    pipeline that offers only `pipe` (the tests' recorded parses) reads them whole through it."""
    if not isinstance(nlp, Language):
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    finishers = _finishers(nlp)
    docs = [nlp.make_doc(text) for text in texts]
    cuts = [wordless_runs(doc) for doc in docs]
    pieces = (piece for doc, runs in zip(docs, cuts, strict=True) for piece in _worded_pieces(doc, runs))
    read = nlp.pipe(pieces, batch_size=batch_size, disable=finishers)
    for doc, runs in zip(docs, cuts, strict=True):
        if runs:
            doc = _joined(doc, runs, read)
        else:
            doc = next(read)
        for name in finishers:
            doc = nlp.get_pipe(name)(doc)
        yield doc


def _finishers(nlp: Language) -> list[str]:
    """The names of quotex's first component and of every one after it: they read the whole Doc."""
    names = nlp.pipe_names
    first = next((i for i, (_, component) in enumerate(nlp.pipeline)
                  if isinstance(component, (QuoteFinder, SpeakerAttributor))), len(names))
    return names[first:]


def wordless_runs(doc: Doc, shortest: int = WORDLESS_RUN) -> list[tuple[int, int]]:
    """(start, end) token indices of each run of at least `shortest` tokens that are not words:
    tokens of one character, of punctuation or of white space."""
    if len(doc) < shortest:
        return []
    table = doc.to_array(["LENGTH", "IS_PUNCT", "IS_SPACE"])
    wordless = (table[:, 0] <= 1) | (table[:, 1] == 1) | (table[:, 2] == 1)
    edges = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], wordless.astype(numpy.int8), [0]))))
    return [(start, end) for start, end in zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True)
            if end - start >= shortest]


def _worded_pieces(doc: Doc, runs: list[tuple[int, int]]) -> Iterator[Doc]:
    """What the pipeline reads of `doc`: the whole Doc when it has no wordless run, else each
    piece between its runs, in order."""
    if not runs:
        yield doc
        return
    # The Doc's arrays read once: `Span.as_doc` reads the whole Doc's for each piece, which made
    # a text of many short runs and words quadratic.
    head = list(Doc._get_array_attrs())
    table = doc.to_array(head)
    for start, end in _gaps(len(doc), runs):
        yield doc[start:end].as_doc(array_head=head, array=table)  # type: ignore[call-arg]  # stub lacks them


def _gaps(length: int, runs: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The non-empty (start, end) between consecutive `runs` of a Doc of `length` tokens."""
    start = 0
    for run_start, run_end in runs:
        if run_start > start:
            yield start, run_start
        start = run_end
    if length > start:
        yield start, length


def _joined(doc: Doc, runs: list[tuple[int, int]], read: Iterator[Doc]) -> Doc:
    """`doc` with the annotations of its pieces with words (the next ones from `read`) and a
    trivial parse on its wordless runs."""
    table = _trivial_parse(doc)
    for start, end in _gaps(len(doc), runs):
        table[start:end] = next(read).to_array(_PARSE_ATTRIBUTES)
    doc.from_array(_PARSE_ATTRIBUTES, table)  # type: ignore[arg-type]  # stub says floats
    return doc


def _trivial_parse(doc: Doc) -> numpy.ndarray:
    """Each token its own sentence and root, tagged white space, punctuation or other, as
    rows of `_PARSE_ATTRIBUTES`."""
    strings = doc.vocab.strings
    kinds = doc.to_array(["IS_SPACE", "IS_PUNCT"])
    table = numpy.zeros((len(doc), len(_PARSE_ATTRIBUTES)), dtype=numpy.uint64)
    column = _PARSE_ATTRIBUTES.index
    for rows, (tag, pos) in ((kinds[:, 0] == 1, _SPACE), ((kinds[:, 0] == 0) & (kinds[:, 1] == 1), _PUNCT),
                             ((kinds[:, 0] == 0) & (kinds[:, 1] == 0), _OTHER)):
        table[rows, column("TAG")] = strings.add(tag)
        table[rows, column("POS")] = strings[pos]
    table[:, column("DEP")] = strings.add("ROOT")
    table[:, column("SENT_START")] = 1
    return table
