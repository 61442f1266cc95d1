"""quotex: find every quotation in news text and attribute it to its speaker.

    >>> import quotex
    >>> quotes = quotex.extract('"We are ready," the minister said.')

The spaCy components are registered under the `spacy_factories` entry point, so
`nlp.add_pipe("quotex")` works in any English pipeline once quotex is installed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from quotex.output.records import Mention, Quote
from quotex.running.api import (
    Extractor,  # spaCy itself is imported only when a pipeline is loaded
)

__version__ = "0.1.0"
__all__ = ["Extractor", "Mention", "Quote", "__version__", "extract", "load"]


def load(
    model: str | None = None,
    *,
    chunk_size: int | None = None,
    lean: bool = True,
    lexicon_path: str | None = None,
    indirect: bool = True,
) -> Extractor:
    """An extractor over the named spaCy English pipeline (en_core_web_sm by default).

    `lean=False` keeps the pipeline's every component (entities, lemmas) on the Docs;
    `lexicon_path` names a folder of word lists replacing the shipped ones of the same names;
    `indirect=False` finds only quotations in marks.
    """
    from quotex.running.api import load as _load

    return _load(model, chunk_size=chunk_size, lean=lean, lexicon_path=lexicon_path, indirect=indirect)


def extract(
    text: str,
    *,
    model: str | None = None,
    file: str = "<text>",
    kinds: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    speakers: Iterable[str] = (),
    unique: bool = False,
) -> list[Quote]:
    """Every quotation in `text`, in document order, with its speaker.

    The selection is the CLI's (`quotex.running.selection.Selection`): only `kinds` (default: all),
    at least `min_confidence`, only `speakers` (any variant of a name; default: everyone),
    each id once when `unique` (`quotex extract` writes a statement found twice once).
    The pipeline is loaded on the first call for each model and kept for the next ones;
    `load()` gives an extractor of your own.
    """
    from quotex.output.records import KINDS
    from quotex.running.api import check_text
    from quotex.running.selection import Selection

    text = check_text(text)  # before loading a pipeline for nothing
    if isinstance(speakers, str):
        speakers = (speakers,)
    selection = Selection(frozenset(KINDS if kinds is None else kinds), min_confidence, tuple(speakers), unique=unique)
    return list(selection.unlinked(_shared_extractor(model).extract(text, file=file)))


@lru_cache(maxsize=4)
def _shared_extractor(model: str | None) -> Extractor:
    return load(model)
