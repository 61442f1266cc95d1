"""How quotex's statements are scored against reference Docs, for `nlp.evaluate` and `spacy evaluate`.

The speaker rule (`speaker_name_matches`) is the one `quotex eval` uses too: it lives here, with
the scorer, so that the pipeline does not import `evaluation`; `evaluation` imports it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # `quotex eval` imports the speaker rule without spaCy
    from spacy.training import Example

def _fold(name: str) -> str:
    """Case- and accent-insensitive form: NFKD without combining marks, casefolded."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def name_words(name: str | None) -> list[str]:
    return re.findall(r"\w+", _fold(name)) if name else []


def speaker_name_matches(gold_speaker: str, predicted_speaker: str | None) -> bool:
    """Right when the gold speaker's last word (the surname) is a word of the prediction.

    `Doe` vs `Jane Doe` is right; `Doe` vs `she` or `the minister` is not.
    """
    gold_words = name_words(gold_speaker)
    return bool(gold_words) and gold_words[-1] in name_words(predicted_speaker)


def score_quotes(examples: Iterable[Example], *, spans_key: str = "quotes", **_: Any) -> dict[str, Any]:
    """Statements scored against the reference Docs' `doc.spans[spans_key]`: precision,
    recall and F of exact spans with their kind (`quotex_p`, `quotex_r`, `quotex_f`,
    `quotex_per_type`), and among the spans found, the share whose speaker is right by the
    rule of `quotex eval` (`quotex_speaker_acc`)."""
    from spacy.scorer import Scorer

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

