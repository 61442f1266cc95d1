"""quotex: find every quotation in news text and attribute it to its speaker.

    >>> import quotex
    >>> quotes = quotex.extract('"We are ready," the minister said.')

The spaCy components are registered under the `spacy_factories` entry point, so
`nlp.add_pipe("quotex")` works in any English pipeline once quotex is installed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotex.records import Mention, Quote

if TYPE_CHECKING:
    from quotex.api import Extractor

__version__ = "0.1.0"
__all__ = ["Mention", "Quote", "Extractor", "load", "extract", "__version__"]


def load(model: str | None = None) -> Extractor:
    """An extractor over the named spaCy English pipeline (en_core_web_sm by default)."""
    from quotex.api import load as _load

    return _load(model)


def extract(text: str, *, model: str | None = None, file: str = "<text>") -> list[Quote]:
    """Every quotation in `text`, in document order, with its speaker."""
    return load(model).extract(text, file=file)
