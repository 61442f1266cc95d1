"""How a run's speakers come out across a corpus (issue 25, class 11), from quotex's own records.

    quotex extract CORPUS/ -o records.jsonl --no-link -q -j 1
    python scripts/corpus_speakers.py records.jsonl [--links]

Links the records' (file, speaker) pairs as `quotex speakers` does (with the mentions that
attribute them) and prints: distinct speakers, one-word speakers and their quotations, the
surnames of people (a bearer with a known given name) that a surname alone stays apart from,
names that still start with a party's word, and the pairs linked with a `link_confidence`
below 1. With `--links`, each of those pairs with the words around its first mention, to judge
by hand whether the link is right.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from quotex.corpus.linking import Identity, identities, link
from quotex.lexicon import default_lexicon, fold

_CONTEXT = 100  # characters before a mention shown with --links


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=Path)
    parser.add_argument("--links", action="store_true", help="print each pair linked below confidence 1, in context")
    args = parser.parse_args()
    records = [json.loads(line) for line in args.records.open(encoding="utf-8")]
    names = Counter((r["file"], r["speaker"]) for r in records if r["speaker"])
    mentions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in records:
        if r["speaker"] and r["speaker_mention"]:
            mentions[(r["file"], r["speaker"])].append(r["speaker_mention"]["text"])
    linked = link(names, (), mentions)
    found = identities(linked)
    quotations: Counter[str] = Counter()
    for pair, count in names.items():
        quotations[linked[pair].id] += count
    one_word = [i for i in found if len(i.name.split()) == 1]
    print(f"records {len(records)}, with a speaker {sum(names.values())}")
    print(f"distinct speakers {len(found)}; one-word speakers {len(one_word)} holding {sum(quotations[i.id] for i in one_word)} quotations")
    split = _split_surnames(found)
    alone = [i for group in split.values() for i in group if not i.given]
    print(f"surnames of people split: {len(split)}; ids of a surname alone apart from a full-name bearer: {len(alone)}, "
          f"holding {sum(quotations[i.id] for i in alone)} quotations")
    parties = default_lexicon().people_words.parties
    party = sorted(i.name for i in found if len(i.name.split()) > 1 and fold(i.name.split()[0]) in parties and i.surname)
    print(f"personal names starting with a party's word: {len(party)} {party[:10]}")
    below = sorted((pair for pair, identity in linked.items() if identity.link_confidence < 1), key=lambda p: (linked[p].name, p))
    print(f"pairs linked with link_confidence < 1: {len(below)} ({sum(names[p] for p in below)} records)")
    if args.links:
        for pair in below:
            _show(pair, linked[pair], records)


def _split_surnames(found: list[Identity]) -> dict[str, list[Identity]]:
    """Surnames with an id of the surname alone and a bearer whose given name is a known one."""
    given_names = default_lexicon().people_words.given_names
    by_surname: dict[str, list[Identity]] = defaultdict(list)
    for identity in found:
        if identity.surname:
            by_surname[identity.surname].append(identity)

    def person(i: Identity) -> bool:
        return bool(i.given) and fold(i.name.split()[0]) in given_names

    return {s: group for s, group in by_surname.items() if any(not i.given for i in group) and any(person(i) for i in group)}


def _show(pair: tuple[str, str], identity: Identity, records: list[dict]) -> None:
    file, name = pair
    first = next(r for r in records if r["file"] == file and r["speaker"] == name)
    mention = first["speaker_mention"] or {"start": first["start"], "end": first["end"]}
    try:
        text = Path(file).read_text(encoding="utf-8")
        context = text[max(0, mention["start"] - _CONTEXT): mention["end"] + 20].replace("\n", " ")
    except OSError:
        context = first["text"][:_CONTEXT]
    print(f"{identity.link_confidence:.3f}\t{name}\t{identity.name}\t{Path(file).name}\t…{context}")


if __name__ == "__main__":
    main()
