"""The factories' old address, for installed package metadata whose `spacy_factories` entry points
still name `quotex.components` (pyproject.toml names `quotex.pipeline.factories`): reinstalling the
package (`pip install -e .`) repoints them, and this module can then go."""

from quotex.pipeline.factories import (
    make_paragraph_breaker,
    make_quote_finder,
    make_quote_scorer,
    make_quotex,
    make_speaker_attributor,
    make_tag_mapper,
)

__all__ = [
    "make_paragraph_breaker",
    "make_quote_finder",
    "make_quote_scorer",
    "make_quotex",
    "make_speaker_attributor",
    "make_tag_mapper",
]
