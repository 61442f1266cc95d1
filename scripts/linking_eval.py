"""How well quotex links speakers across a corpus, on the corpus of scripts/linking_corpus.py.

    python scripts/linking_eval.py [--articles 400] [--seed 7] [--folder DIR]

Each quotation of the truth is found among quotex's records (by its words); the unit of
linking is a (file, name) pair as one document's extraction names its speaker, and the
person behind it is the truth's. Pairs whose name is not the true person's (an extraction
error, not a linking one) are counted and left out. Printed as Markdown: how many people
end up under one id (merged right), how many ids hold more than one person (merged wrong),
and pairwise precision and recall, for quotex's linking and for no linking at all (the
document's name as the id, as before corpus linking).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linking_corpus import PEOPLE, write_corpus

import quotex
from quotex.corpus.linking import link, spelling_key


def words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def measure(folder: Path) -> dict:
    gold = [json.loads(line) for line in (folder / "gold.jsonl").open(encoding="utf-8")]
    extractor = quotex.load()
    records = defaultdict(list)
    for path in sorted(folder.glob("*.txt")):
        for quote in extractor.extract(path.read_text(encoding="utf-8"), file=path.name):
            records[path.name].append(quote)
    surnames = {pid: {spelling_key(s) for s in surs} for pid, _, surs, _ in PEOPLE}
    units: dict[tuple[str, str], Counter] = defaultdict(Counter)
    counts: Counter = Counter()
    missed = wrong_person = 0
    for item in gold:
        found = [q for q in records[item["file"]] if words(item["text"]) in words(q.text)]
        if not found or not found[0].speaker:
            missed += 1
            continue
        name = found[0].speaker
        if spelling_key(name.split()[-1]) not in surnames[item["person"]]:
            wrong_person += 1
            continue
        units[(item["file"], name)][item["person"]] += 1
        counts[(item["file"], name)] += 1
    # A document that gives one name to two people (namesakes in one article) is an error of
    # extraction that no linking can undo: counted, and left out.
    two_people = {unit for unit, persons in units.items() if len(persons) > 1}
    truth = {unit: persons.most_common(1)[0][0] for unit, persons in units.items() if unit not in two_people}
    linked = link(counts)
    result = {"articles": len(records), "quotations": len(gold), "missed": missed, "wrong_person": wrong_person,
              "two_people": len(two_people), "units": len(truth), "people": len(set(truth.values()))}
    result["linked"] = scores(truth, {unit: linked[unit].id for unit in truth})
    result["unlinked"] = scores(truth, {unit: unit[1] for unit in truth})
    return result


def scores(truth: dict, ids: dict) -> dict:
    people = defaultdict(set)
    members = defaultdict(set)
    for unit, person in truth.items():
        people[person].add(ids[unit])
        members[ids[unit]].add(person)
    same_id = same_person = both = 0
    for a, b in itertools.combinations(sorted(truth), 2):
        s_id, s_person = ids[a] == ids[b], truth[a] == truth[b]
        same_id += s_id
        same_person += s_person
        both += s_id and s_person
    main_id = {person: Counter(ids[u] for u in truth if truth[u] == person).most_common(1)[0][0] for person in people}
    return {
        "names_merged_right": sum(1 for u in truth if ids[u] == main_id[truth[u]]) / len(truth),
        "people_merged_right": sum(1 for v in people.values() if len(v) == 1) / len(people),
        "ids_merged_wrong": sum(1 for v in members.values() if len(v) > 1) / len(members),
        "ids": len(members),
        "pair_precision": both / same_id if same_id else 1.0,
        "pair_recall": both / same_person if same_person else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = args.folder or Path(temporary)
        write_corpus(folder, articles=args.articles, seed=args.seed)
        r = measure(folder)
    print(f"{r['articles']} articles, {r['quotations']} quotations of {r['people']} people; "
          f"{r['units']} (file, name) pairs; left out: {r['missed']} quotations not found or without speaker, "
          f"{r['wrong_person']} attributed to someone else, "
          f"{r['two_people']} pairs where one document gives two namesakes one name\n")
    print("| | ids | names under their person's id | people under one id | ids holding two people | pair precision | pair recall |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, key in (("no linking (the document's name)", "unlinked"), ("quotex linking", "linked")):
        s = r[key]
        print(f"| {label} | {s['ids']} | {s['names_merged_right']:.1%} | {s['people_merged_right']:.1%} | {s['ids_merged_wrong']:.1%} | "
              f"{s['pair_precision']:.3f} | {s['pair_recall']:.3f} |")


if __name__ == "__main__":
    main()
