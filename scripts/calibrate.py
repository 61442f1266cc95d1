"""Fit quotex's confidence on annotated news: src/quotex/data/calibration.tsv.

    python scripts/calibrate.py --polnear /work/polnear --split train

Runs quotex over the split's texts and, for every statement matched to a gold row with a
speaker (union >= 0.5, as `quotex eval` matches), counts by its evidence (family, rule,
resolution, competition) how many rows there were and how many had the right speaker
(`quotex.evaluation`'s rule). `quotex.confidence` turns the counts into estimates. Fit on
train; check on dev with `quotex eval`, whose reliability table and calibration error say how
well the estimates hold on texts they were not fitted on. PolNeAR's test split is refused.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections import Counter
from pathlib import Path

import quotex
from quotex import polnear
from quotex.api import quotes_from_doc
from quotex.confidence import Calibration, Evidence
from quotex.evaluation import UNION_HALF, Prediction, evaluate

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "quotex" / "data" / "calibration.tsv"


def evidence_of(span) -> Evidence:
    """The evidence the quotex component wrote onto a statement's span."""
    return Evidence.of(span._.kind, span._.rule, span._.resolution, span._.competitors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR checkout (data/train, data/dev)")
    parser.add_argument("--split", choices=polnear.SPLITS, default="train")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()

    extractor = quotex.load()
    files = polnear.text_files(args.polnear, args.split)
    predictions: list[Prediction] = []
    evidence: dict[Prediction, Evidence] = {}
    for number, path in enumerate(files, 1):
        text = polnear.read_text(path)
        doc = extractor.nlp(text)
        spans = list(doc.spans[extractor.spans_key])
        for span, quote in zip(spans, quotes_from_doc(doc, file=path.name, spans_key=extractor.spans_key), strict=True):
            record = quote.to_dict()
            mention = record["speaker_mention"] or {}
            prediction = Prediction(record["file"], record["kind"], record["start"], record["end"], record["text"],
                                    record["speaker"], mention.get("start"), mention.get("end"), record["confidence"])
            predictions.append(prediction)
            evidence[prediction] = evidence_of(span)
        if number % 50 == 0:
            print(f"{number}/{len(files)} texts", file=sys.stderr)

    gold = polnear.convert(args.polnear, args.split)
    docs = {path.name for path in files}
    rows: Counter[Evidence] = Counter()
    right: Counter[Evidence] = Counter()
    for report in evaluate(gold, predictions, criteria=(UNION_HALF,), lenient_overlap=True, docs=docs):
        for prediction, correct in report.speaker_outcomes:
            rows[evidence[prediction]] += 1
            right[evidence[prediction]] += correct
    table = Calibration({e: (rows[e], right[e]) for e in rows})
    table.write(args.out, header=(
        f"Statements of PolNeAR {args.split} by evidence, and how many had the right speaker.\n"
        f"Made by scripts/calibrate.py on {datetime.date.today().isoformat()}; read by quotex.confidence."
    ))
    print(f"{sum(rows.values())} statements in {len(rows)} cells -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
