"""A corpus written for measuring speaker linking: many short articles, fictional people
under variant spellings, namesakes and syndicated copies, with the truth beside it.

    python scripts/linking_corpus.py OUT_DIR [--articles 400] [--seed 7]

writes OUT_DIR/NNNN.txt and OUT_DIR/gold.jsonl (one line a quotation: file, person, text).
`scripts/linking_eval.py` measures quotex against it; the report benchmark uses it too.
Every name and sentence here is made up for this purpose.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

# person: (id, given-name spellings, surname spellings, role)
PEOPLE = [
    ("tomarov", ["Sergei", "Sergey"], ["Tomarov"], "Foreign Minister"),
    ("belyak", ["Dmitry", "Dmitri", "Dmitriy"], ["Belyak"], "spokesman"),
    ("kurgin", ["Aleksandr", "Alexander"], ["Kurgin"], "President"),
    ("sorin", ["Yevgeny", "Evgeny"], ["Sorin"], "Energy Minister"),
    ("volkan", ["Mikhail", "Mihail"], ["Volkan"], "Defence Minister"),
    ("ostrov", ["Yuri", "Yury"], ["Ostrov"], "governor"),
    ("lebed", ["Andrei", "Andrey"], ["Lebedko"], "mayor"),
    ("nunez", ["José", "Jose"], ["Núñez", "Nunez"], "Fisheries Minister"),
    ("grun", ["Lena", "Lena"], ["Grünwald", "Grunwald"], "senator"),
    ("m_haddad", ["Maria"], ["Haddad"], "mayor"),
    ("o_haddad", ["Omar"], ["Haddad"], "union leader"),
    ("a_koval", ["Anna"], ["Kovalenko"], "Finance Minister"),
    ("p_koval", ["Pavel"], ["Kovalenko"], "central bank governor"),
    ("l_ortiz", ["Lucia"], ["Ortiz"], "prosecutor"),
    ("r_ortiz", ["Ramon"], ["Ortiz"], "opposition leader"),
    ("brandt", ["Ellen"], ["Brandt"], "Mayor"),
    ("okafor", ["Jane"], ["Okafor"], "Transport Secretary"),
    ("lind", ["Tomas"], ["Lind"], "economist"),
    ("adeyemi", ["Tunde"], ["Adeyemi"], "Health Minister"),
    ("marsh", ["Peter"], ["Marsh"], "chief executive"),
]

TOPICS = [
    ("Harbour talks", ["the harbour", "the pier", "the ferry line"]),
    ("Budget dispute", ["the budget", "the new tax", "the spending plan"]),
    ("Energy prices", ["gas prices", "the pipeline", "the power grid"]),
    ("Fishing quotas", ["the quotas", "the fishing fleet", "the northern waters"]),
    ("Rail strike", ["the strike", "the rail network", "the wage offer"]),
]

SAYINGS = [
    "We will not accept any delay on {x}",
    "Nobody should doubt our commitment to {x}",
    "The decision on {x} will be made by the end of the month",
    "There is no plan to close {x}",
    "Talks about {x} have been constructive and calm",
    "Our position on {x} has not changed",
    "We expect a full report on {x} next week",
    "Every family will feel the effect of {x}",
    "It is too early to say what will happen to {x}",
    "The government has been clear about {x}",
]


def write_corpus(folder: Path, *, articles: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    gold: list[dict] = []
    written: list[tuple[str, str, list[dict]]] = []
    for number in range(articles):
        name = f"{number:04d}.txt"
        if written and rng.random() < 0.12:  # a syndicated copy of an earlier article, marks changed
            source_text, source_gold = rng.choice(written)[1:]
            text = source_text.replace("\u201c", '"').replace("\u201d", '"').replace(",\"", "\",")
            text = "Wire copy\n\n" + text.split("\n\n", 1)[1]
            quotes = [dict(item, file=name, syndicated=True) for item in source_gold]
        else:
            text, quotes = _article(rng, name)
        (folder / name).write_text(text, encoding="utf-8")
        written.append((name, text, quotes))
        gold.extend(quotes)
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as out:
        for item in gold:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return gold


def _article(rng: random.Random, name: str) -> tuple[str, list[dict]]:
    title, things = rng.choice(TOPICS)
    people = rng.sample(PEOPLE, rng.choice([1, 2, 2, 3]))
    paragraphs = [title]
    quotes: list[dict] = []
    used: set[str] = set()
    for person_id, givens, surnames, role in people:
        given, surname = rng.choice(givens), rng.choice(surnames)
        style = rng.random()
        saying = _saying(rng, things, used)
        if style < 0.6:  # full name with role, then the surname alone
            paragraphs.append(f"\u201c{saying},\u201d {role} {given} {surname} said on Monday.")
        elif style < 0.75:  # an initial
            paragraphs.append(f"\u201c{saying},\u201d said {given[0]}. {surname}, the {role.lower()}.")
        elif style < 0.9:  # a title
            honorific = "Ms." if person_id in ("m_haddad", "a_koval", "l_ortiz", "okafor", "grun") else "Mr."
            paragraphs.append(f"{role} {given} {surname} spoke to reporters. \u201c{saying},\u201d {honorific} {surname} said.")
        else:  # the surname alone in the whole article
            paragraphs.append(f"\u201c{saying},\u201d {surname} told reporters.")
        quotes.append({"file": name, "person": person_id, "text": saying})
        second = _saying(rng, things, used)
        paragraphs.append(f"\u201c{second},\u201d {surname} added.")
        quotes.append({"file": name, "person": person_id, "text": second})
    return "\n\n".join(paragraphs) + "\n", quotes


def _saying(rng: random.Random, things: list[str], used: set[str]) -> str:
    while True:
        saying = rng.choice(SAYINGS).format(x=rng.choice(things))
        if saying not in used:
            used.add(saying)
            return saying


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    gold = write_corpus(args.folder, articles=args.articles, seed=args.seed)
    print(f"{args.articles} articles, {len(gold)} quotations in {args.folder}")


if __name__ == "__main__":
    main()
