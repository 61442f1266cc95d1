"""The factories that build quotex's components from config values, registered together
(as spaCy keeps its own in `spacy/pipeline/factories.py`), apart from the classes.

pyproject.toml declares them under the `spacy_factories` entry point, so `nlp.add_pipe("quotex")`
and saved pipelines find them without an import:

    nlp.add_pipe("quotex_paragraphs", before="parser")  # optional: a newline ends a sentence
    nlp.add_pipe("quotex")                             # quotations and their speakers
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.util import registry

from quotex.pipeline.components import ParagraphBreaker, QuoteFinder, Quotex, SpeakerAttributor, TagMapper, lexicon_at
from quotex.pipeline.extensions import SPAN_ATTRIBUTES
from quotex.pipeline.scoring import score_quotes


@registry.scorers("quotex.scorer.v1")
def make_quote_scorer() -> Callable[..., dict[str, Any]]:
    return score_quotes


def _english(nlp: Language, name: str) -> None:
    """quotex's rules and word lists are English: another language is refused at once."""
    if nlp.lang != "en":
        raise ValueError(f"{name}: quotex reads English only, not a pipeline of language {nlp.lang!r}")


# The settings of the attributing components: `rules` and `reported_strategies` choose and order
# the rules by name (`quotex.attribution.rules.RULE_NAMES`, `quotex.attribution.reported.STRATEGY_NAMES`; null: all, in
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
    return TagMapper(lexicon_at(lexicon_path))


@Language.factory("quotex_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_breaker(nlp: Language, name: str) -> ParagraphBreaker:
    return ParagraphBreaker()
