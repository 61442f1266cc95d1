"""How much of PolNeAR's reported speech falls under quotex's rule, and how much of that it finds.

PolNeAR annotates every attribution: beliefs (`X seems confident …`), intentions (`X wants …`),
actions (`X repealed the law`) and findings (`the study found …`) as well as speech. quotex
reports speech only (README, "What counts"). This script splits the required indirect rows of
a split by the cue PolNeAR annotated for them:

- `communication`: a word of the cue is one of quotex's cue verbs or infinitive cues, in any
  of its forms, two of its words are a multiword cue (`point out`), or the cue is
  `according to` (`quotex.evaluation.polnear.is_communication_cue`);
- `other`: every other cue (and rows without one).

It scores the predictions twice with `quotex.evaluation.scoring`, as `quotex eval --polnear` does:
against every required row, then with the `other` rows made optional (finding one is no
false alarm, missing one no miss). The second figure says how much of what the rule covers
quotex finds; it cannot say whether the cue list itself is complete, since the split uses it:
the most frequent `other` cues are printed so that a reader can judge what they are.

    .venv/bin/python scripts/polnear_scope.py --polnear /work/polnear --split dev --pred dev.jsonl

Only train and dev are read (`quotex.evaluation.polnear` refuses the test split).
"""

from __future__ import annotations

import argparse
from collections import Counter

from quotex.evaluation import polnear
from quotex.evaluation.scoring import Report, evaluate, load_predictions, percent
from quotex.lexicon import default_lexicon


def _line(label: str, report: Report) -> str:
    figures = [percent(report.precision), percent(report.recall), percent(report.f1)]
    counts = [str(report.tp), str(report.fp), str(report.fn)]
    return " | ".join(["", label, report.criterion, *figures, *counts, percent(report.speaker_accuracy), ""]).strip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--polnear", required=True, help="the folder holding data/train and data/dev")
    parser.add_argument("--split", default="dev", choices=polnear.SPLITS)
    parser.add_argument("--pred", required=True, help="quotex JSONL output for the split's texts")
    parser.add_argument("--top", type=int, default=25, help="how many `other` cues to list")
    args = parser.parse_args(argv)

    lexicon = default_lexicon()
    rows = polnear.convert(args.polnear, args.split)
    docs = {path.name for path in polnear.text_files(args.polnear, args.split)}
    predictions = load_predictions(args.pred)
    required = [row for row in rows if row.family == "indirect" and not row.optional]
    speech = [row for row in required if polnear.is_communication_cue(row.cue, lexicon)]

    share = percent(len(speech) / len(required) if required else None)
    print(f"PolNeAR {args.split}: {len(required)} required indirect rows, "
          f"{len(speech)} ({share} %) with a communication cue\n")
    print("| rows | criterion | P | R | F1 | tp | fp | fn | speaker |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, gold in (("all", rows), ("communication cue", polnear.speech_only(rows, lexicon))):
        for report in evaluate(gold, predictions, lenient_overlap=True, docs=docs):
            if report.family == "indirect":
                print(_line(label, report))
    other = Counter(
        " ".join(polnear.cue_lemmas(row.cue, lexicon)) or "(none)"
        for row in required
        if not polnear.is_communication_cue(row.cue, lexicon)
    )
    print("\nMost frequent other cues (lemmatised by quotex's word-form table):\n")
    print(", ".join(f"{cue} {count}" for cue, count in other.most_common(args.top)))


if __name__ == "__main__":
    main()
