"""A run over a corpus: records spooled while speakers' names are counted, then linked.

Extraction goes document by document as before. Each record is written at once to a
temporary file on disk (JSON Lines), and only its (file, speaker) pair is kept in memory, so
memory grows with the names of the run, not with its quotations. When the last document is
done, `quotex.corpus.linking.link` gives every pair its identity, and the spool is read back with
`speaker_id`, the corpus-wide `speaker` and `quote_group` filled in. Records that arrive
linked already (quotex's own JSON Lines read back) keep their ids.

A table of names (`--names FILE`, JSON Lines of identities) carries ids from one run to the
next: a run reads the identities it holds, links its own names to them, and writes the table
back extended with the people it found.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from quotex.corpus.linking import Identity, identities, link, quote_group
from quotex.output.records import Quote


class LinkedRun:
    """Collects a run's records and gives them back linked (`linked()`), in the order added."""

    def __init__(self, known: Iterable[Identity] = ()) -> None:
        self.known = list(known)
        self.names: Counter[tuple[str, str]] = Counter()
        self.mentions: dict[tuple[str, str], list[str]] = defaultdict(list)  # the words that attribute a pair's quotations
        self.spool = tempfile.TemporaryFile("w+", encoding="utf-8", prefix="quotex-spool-")  # noqa: SIM115 - closed by close()
        self.count = 0
        self.linking: dict[tuple[str, str], Identity] = {}

    def add(self, quote: Quote) -> None:
        record = quote.to_dict()
        self.spool.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.count += 1
        if quote.speaker and not quote.speaker_id:
            # keyed by the file as the spool gives it back (a name that is not UTF-8 shown with U+FFFD)
            self.names[(record["file"], quote.speaker)] += 1
            if quote.speaker_mention is not None:
                self.mentions[(record["file"], quote.speaker)].append(quote.speaker_mention.text)

    def linked(self) -> Iterator[tuple[Quote, Identity | None]]:
        """Every record with its identity (None for a record without a speaker)."""
        self.linking = link(self.names, self.known, self.mentions)
        self.spool.flush()
        self.spool.seek(0)
        for line in self.spool:
            quote = Quote.from_dict(json.loads(line))
            if quote.speaker_id and quote.speaker:  # linked by an earlier run: its ids stand
                confidence = quote.link_confidence if quote.link_confidence is not None else 1.0
                yield link_quote(quote, Identity(quote.speaker_id, quote.speaker, (quote.speaker,), link_confidence=confidence))
            else:
                yield link_quote(quote, self.linking.get((quote.file, quote.speaker or "")))

    def identities(self) -> list[Identity]:
        """The run's identities and the known ones it did not meet, in order of id."""
        found = {identity.id: identity for identity in identities(self.linking)}
        for identity in self.known:
            found.setdefault(identity.id, identity)
        return sorted(found.values(), key=lambda i: i.id)

    def close(self) -> None:
        self.spool.close()

    def __enter__(self) -> LinkedRun:  # noqa: PYI034 - final in practice
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class NamesAlone:
    """Identities without a spool, for output that streams (`extract --no-link`): each
    (file, name) pair is linked alone (with the names table, if any). A full name gets the id
    a linked run gives it, and its own spelling; an initial or a surname alone keeps its own
    id unless the names table knows it."""

    def __init__(self, known: Iterable[Identity] = ()) -> None:
        self.known = list(known)
        self.seen: dict[tuple[str, str], Identity] = {}

    def link(self, quote: Quote) -> tuple[Quote, Identity | None]:
        if not quote.speaker:
            return link_quote(quote, None)
        pair = (quote.file, quote.speaker)
        if pair not in self.seen:
            self.seen[pair] = link([pair], self.known)[pair]
        return link_quote(quote, self.seen[pair])

    def identities(self) -> list[Identity]:
        found = {identity.id: identity for identity in self.seen.values()}
        for identity in self.known:
            found.setdefault(identity.id, identity)
        return sorted(found.values(), key=lambda i: i.id)


def link_quote(quote: Quote, identity: Identity | None) -> tuple[Quote, Identity | None]:
    if identity is None:
        return replace(quote, speaker_id=None, link_confidence=None, quote_group=quote_group(None, quote.text)), None
    linked = replace(quote, speaker=identity.name, speaker_id=identity.id, link_confidence=identity.link_confidence,
                     quote_group=quote_group(identity.id, quote.text))
    return linked, identity


def link_quotes(quotes: Iterable[Quote], known: Iterable[Identity] = ()) -> Iterator[tuple[Quote, Identity | None]]:
    """`quotes` linked as one run (spooled to disk while they are read)."""
    with LinkedRun(known) as run:
        for quote in quotes:
            run.add(quote)
        yield from run.linked()


def read_table(path: str) -> list[Identity]:
    """The identities of a names table; an absent file is an empty table. ValueError names the
    line that cannot be read."""
    if not os.path.exists(path):
        return []
    table = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                table.append(Identity(str(row["speaker_id"]), str(row["speaker"]), tuple(map(str, row.get("variants", ())))))
            except (ValueError, KeyError, TypeError) as err:
                raise ValueError(f"{path}:{number}: not a row of a names table ({err})") from None
    return table


def table_rows(found: Iterable[Identity]) -> Iterator[dict[str, object]]:
    for identity in found:
        yield {"speaker_id": identity.id, "speaker": identity.name, "variants": list(identity.variants)}
