"""A made-up corpus for the report: articles as text files and their quotex records as JSON Lines,
as `quotex extract --keep-fields url,title,date,outlet` would write them, without running the
pipeline (so that 10,000 articles take seconds). Every name, outlet and sentence is invented.

    python tests/report_corpus.py FOLDER --articles 1000

writes FOLDER/articles/NNNNN.txt and FOLDER/quotes.jsonl (files named relative to it).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

from quotex.output.records import Mention, Quote

GIVEN = ("Amara", "Tobias", "Ines", "Koji", "Lena", "Rafael", "Noor", "Piet", "Selin", "Dario", "Maren", "Oskar")
SURNAMES = ("Okwuosa", "Brandvik", "Marlowe", "Ferrante", "Lindqvist", "Achterberg", "Solano", "Haverford",
            "Quillon", "Tarkanen", "Delacroix-Moe", "Ybarra", "Kestrel", "Vantongeren")
OUTLETS = ("The Harbour Ledger", "Valley Courier", "North Wire Service", "Plainsview Daily")
TOPICS = ("the ferry timetable", "the new library", "the water tariff", "the bridge repairs", "the school merger",
          "the night bus", "the market hall", "the flood barrier")
CLAIMS = ("will be ready by spring", "costs less than the council feared", "needs another review",
          "was never properly funded", "has the support of most residents", "cannot wait another year")


def speakers(count: int) -> list[str]:
    return [f"{GIVEN[n % len(GIVEN)]} {SURNAMES[(n * 5 + n // len(GIVEN)) % len(SURNAMES)]}" for n in range(count)]


def article(number: int, rng: random.Random, people: list[str], weights: list[float]) -> tuple[str, dict[str, str], list[Quote]]:
    """One article's text, its own fields and its quotations (offsets into the text)."""
    topic = rng.choice(TOPICS)
    title = f"Residents divided over {topic} ({number})"
    parts: list[str] = [title, "\n\n"]
    quotes: list[Quote] = []
    name = f"articles/{number:05d}.txt"

    def at() -> int:
        return sum(len(p) for p in parts)

    for _ in range(rng.randint(2, 8)):
        who = rng.choices(people, weights)[0]
        claim = rng.choice(CLAIMS)
        kind = rng.choice(("direct", "direct", "indirect", "mixed"))
        confidence = round(rng.uniform(0.3, 1.0), 2)
        if kind == "direct":
            parts.append('"')
            start = at()
            words = f"I think {topic} {claim}, and we said so from the start,"
            parts.append(words + '" ')
            cue_start = at()
            parts.append("said ")
            who_start = at()
            parts.append(who + ".")
        elif kind == "indirect":
            who_start = at()
            parts.append(who + " ")
            cue_start = at()
            parts.append("said that ")
            start = at()
            words = f"{topic} {claim}"
            parts.append(words + ".")
        else:
            who_start = at()
            parts.append(who + " ")
            cue_start = at()
            parts.append('said the plan "')
            start = at()
            words = claim
            parts.append(words + '".')
        parts.append("\n\n")
        quotes.append(Quote(name, kind, words, start, start + len(words), who, Mention(who, who_start, who_start + len(who)),
                            Mention("said", cue_start, cue_start + 4), "explicit", confidence, len(quotes) + 1))
    fields = {
        "url": f"https://news.example/{number}",
        "title": title,
        "date": f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}",
        "outlet": OUTLETS[number % len(OUTLETS)],
    }
    return "".join(parts), fields, quotes


def write(folder: Path, articles: int, *, people: int = 40, seed: int = 7) -> list[dict[str, Any]]:
    """Write the corpus into `folder`; its records, as written to `folder/quotes.jsonl`."""
    rng = random.Random(seed)
    names = speakers(people)
    weights = [1 / (rank + 1) for rank in range(len(names))]  # a few speakers quoted most, as in news
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    records: list[dict[str, Any]] = []
    with (folder / "quotes.jsonl").open("w", encoding="utf-8") as out:
        for number in range(articles):
            text, fields, quotes = article(number, rng, names, weights)
            (folder / "articles" / f"{number:05d}.txt").write_text(text, encoding="utf-8")
            for quote in quotes:
                record = quote.to_dict() | fields
                records.append(record)
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    records = write(args.folder, args.articles)
    print(f"{args.articles} articles, {len(records)} quotations in {args.folder}")


if __name__ == "__main__":
    main()
