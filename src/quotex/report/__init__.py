"""An HTML report of a corpus's quotations: one self-contained file (styles and script inline,
nothing fetched), every piece of input text escaped.

The page holds an index of speakers with their counts and every article with its quotations
marked in place: a colour per speaker, the cue and the speaker's mention marked too. A click
on a speaker lists all their quotations across the corpus (the script reads them from the
marks already on the page, so the file holds each text once).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from typing import IO

from quotex.linking import Identity
from quotex.records import Quote


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    role: str  # q | cue | who
    quote: Quote
    order: int  # the record's position, to tell records apart


def render_report(texts: Mapping[str, str], linked: Iterable[tuple[Quote, Identity | None]], out: IO[str]) -> None:
    """Write the report of the documents `texts` (name -> text) with their linked records.

    Articles come in the order of `texts`; an article's records need not be in order.
    """
    by_file: dict[str, list[tuple[Quote, Identity | None]]] = {}
    speakers: dict[str, tuple[Identity, int]] = {}
    for quote, identity in linked:
        by_file.setdefault(quote.file, []).append((quote, identity))
        if identity is not None:
            known, count = speakers.get(identity.id, (identity, 0))
            speakers[identity.id] = (known, count + 1)
    template = resources.files("quotex.report").joinpath("template.html").read_text(encoding="utf-8")
    ranked = sorted(speakers.values(), key=lambda item: (-item[1], item[0].name.lower(), item[0].id))
    total = sum(len(records) for records in by_file.values())
    summary = f"{total} quotations · {len(ranked)} speakers · {len(texts)} articles"
    head, _, rest = template.partition("<!--ARTICLES-->")
    head = (
        head.replace("/*SPEAKER-COLOURS*/", "".join(f".s-{i.id}{{--h:{hue(rank)}}}" for rank, (i, _) in enumerate(ranked)))
        .replace("<!--SUMMARY-->", html.escape(summary))
        .replace("<!--INDEX-->", "".join(_index_entry(identity, count) for identity, count in ranked))
    )
    out.write(head)
    for number, (name, text) in enumerate(texts.items()):
        out.write(_article(number, name, text, by_file.get(name, [])))
    out.write(rest)


def hue(rank: int) -> int:
    """The colour of the speaker at `rank` in the index: hues a golden angle apart, so the
    most quoted speakers, who sit side by side on the page, differ most."""
    return round(rank * 137.508) % 360


def _index_entry(identity: Identity, count: int) -> str:
    e = html.escape
    return (
        f'<li><button type="button" class="speaker s-{identity.id}" data-speaker="{identity.id}" '
        f'data-name="{e(identity.name)}" aria-pressed="false" title="{e("; ".join(identity.variants))}">'
        f'<span class="swatch"></span><span class="name">{e(identity.name)}</span>'
        f'<span class="count">{count}</span></button></li>'
    )


def _article(number: int, name: str, text: str, records: list[tuple[Quote, Identity | None]]) -> str:
    spans: list[_Span] = []
    for order, (quote, _) in enumerate(records):
        spans.append(_Span(quote.start, quote.end, "q", quote, order))
        if quote.cue is not None:
            spans.append(_Span(quote.cue.start, quote.cue.end, "cue", quote, order))
        if quote.speaker_mention is not None:
            spans.append(_Span(quote.speaker_mention.start, quote.speaker_mention.end, "who", quote, order))
    spans = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    identities = {order: identity for order, (_, identity) in enumerate(records)}
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    parts = [f'<article id="a{number}" data-file="{html.escape(name)}"><h2>{html.escape(name)}</h2><div class="text">']
    first_piece: set[int] = set()
    for start, end in pairwise(cuts):
        active = sorted((s for s in spans if s.start <= start and end <= s.end), key=lambda s: (s.role != "q", s.start, -s.end, s.order))
        opened = []
        for span in active:
            parts.append(_open(span, identities[span.order], span.order not in first_piece and span.role == "q", number))
            if span.role == "q":
                first_piece.add(span.order)
            opened.append("</mark>" if span.role == "q" else "</span>")
        parts.append(html.escape(text[start:end]))
        parts.extend(reversed(opened))
    parts.append("</div></article>\n")
    return "".join(parts)


def _open(span: _Span, identity: Identity | None, first: bool, article: int) -> str:
    e = html.escape
    colour = f"s-{identity.id}" if identity else "s-none"
    speaker_id = identity.id if identity else ""
    quote_key = f"{article}-{span.order}"
    if span.role != "q":
        return f'<span class="{span.role} {colour}" data-quote="{quote_key}">'
    quote = span.quote
    name = identity.name if identity else "no speaker"
    anchor = f' id="q{quote_key}"' if first else ""
    return (
        f'<mark{anchor} class="q {quote.kind} {colour}" data-quote="{quote_key}" data-id="{quote.id}" '
        f'data-speaker="{speaker_id}" data-name="{e(name)}" '
        f'title="{e(name)} · {quote.kind} · {quote.confidence:.2f}">'
    )
