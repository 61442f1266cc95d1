"""Fit quotex's confidence on annotated news: src/quotex/data/calibration.tsv.

    python scripts/calibrate.py --polnear /work/polnear --split train \
        --set tests/data/probe --set tests/data/probe2

Runs quotex over the split's texts and, for every statement matched to a gold row with a
speaker (union >= 0.5, as `quotex eval` matches), counts by its evidence (family, rule,
resolution, competition) how many rows there were and how many had the right speaker
(`quotex.evaluation.scoring`'s rule). `quotex.attribution.confidence` turns the counts into estimates. Fit on
train; check on dev with `quotex eval`, whose reliability table and calibration error say how
well the estimates hold on texts they were not fitted on. PolNeAR's test split is refused.
PolNeAR's gold often gives a description or a pronoun for the speaker, and counts a mention
over it as right, so it cannot say how often a name found for a description is right: the
team's probe sets (`--set`), whose gold gives names, add that.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections import Counter
from pathlib import Path

import quotex
from quotex.attribution.confidence import Calibration, Evidence
from quotex.evaluation import polnear
from quotex.evaluation.scoring import UNION_HALF, Prediction, evaluate, load_gold
from quotex.running.api import quotes_from_doc

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "quotex" / "data" / "calibration.tsv"


def evidence_of(span) -> Evidence:
    """The evidence the quotex component wrote onto a statement's span."""
    return Evidence.of(span._.kind, span._.rule, span._.resolution, span._.competitors, span._.detail or "-")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR checkout (data/train, data/dev)")
    parser.add_argument("--split", choices=polnear.SPLITS, default="train")
    parser.add_argument("--set", dest="sets", type=Path, action="append", default=[],
                        help="also a folder of articles with its gold in NAME.gold.jsonl (a probe set); repeatable")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()

    extractor = quotex.load()
    rows: Counter[Evidence] = Counter()
    right: Counter[Evidence] = Counter()
    files = polnear.text_files(args.polnear, args.split)
    texts = [(path.name, polnear.read_text(path)) for path in files]
    # PolNeAR annotates every attribution, so a statement over any of its rows is no false alarm.
    count(extractor, texts, polnear.convert(args.polnear, args.split), True, rows, right)
    for folder in args.sets:
        texts = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.txt"))]
        count(extractor, texts, load_gold(folder / f"{folder.name}.gold.jsonl"), False, rows, right)
    table = Calibration({e: (rows[e], right[e]) for e in rows})
    sources = ", ".join([f"PolNeAR {args.split}", *(str(folder) for folder in args.sets)])
    table.write(args.out, header=(
        f"Statements of {sources} by evidence, and how many had the right speaker.\n"
        f"Made by scripts/calibrate.py on {datetime.date.today().isoformat()}; read by quotex.attribution.confidence."
    ))
    print(f"{sum(rows.values())} statements in {len(rows)} cells -> {args.out}", file=sys.stderr)


def count(extractor, texts: list[tuple[str, str]], gold: list, lenient: bool,
          rows: Counter[Evidence], right: Counter[Evidence]) -> None:
    """Adds to `rows` and `right`, by evidence, the statements quotex makes of `texts` that match
    a gold row with a speaker, and those of them whose speaker is right."""
    predictions: list[Prediction] = []
    evidence: dict[Prediction, Evidence] = {}
    for number, (name, text) in enumerate(texts, 1):
        doc = extractor.nlp(text)
        spans = list(doc.spans[extractor.spans_key])
        for span, quote in zip(spans, quotes_from_doc(doc, file=name, spans_key=extractor.spans_key), strict=True):
            record = quote.to_dict()
            mention = record["speaker_mention"] or {}
            prediction = Prediction(record["file"], record["kind"], record["start"], record["end"], record["text"],
                                    record["speaker"], mention.get("start"), mention.get("end"), record["confidence"])
            predictions.append(prediction)
            evidence[prediction] = evidence_of(span)
        if number % 50 == 0:
            print(f"{number}/{len(texts)} texts", file=sys.stderr)
    docs = {name for name, _ in texts}
    for report in evaluate(gold, predictions, criteria=(UNION_HALF,), lenient_overlap=lenient, docs=docs):
        for prediction, correct in report.speaker_outcomes:
            rows[evidence[prediction]] += 1
            right[evidence[prediction]] += correct


if __name__ == "__main__":
    main()
