"""Whose is a surname alone when the corpus names several people of that surname in full.

An article that calls someone only `Volkov` leaves linking to guess among the corpus's
Volkovs. When one of them dominates the corpus (named in full in most of the articles that
name any Volkov in full), the surname is linked to that one, with the share as the link's
confidence; the article's own evidence can still point elsewhere, and then the surname stays
within its article:
- gender: the pronouns and titles of the article's mentions of the speaker (`she`, `Mrs.
  Volkov`: gendered_words.tsv) against the gender the bearer's given name tells;
- descriptions: the words of those mentions (`the first lady`) against the words the corpus
  used for each bearer; a word used for another bearer and never for the dominant one counts
  for the other, one used only for the dominant one counts for it.

These are pure functions over names and mention texts: no quotation, no parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from quotex.lexicon import _reader, default_lexicon, fold

# A bearer is dominant when it is named in full in at least this share of the articles that
# name one of the surname's people in full (one more article counted for a bearer never named
# in full); the share is the link's confidence.
DOMINANT_SHARE = 0.75
_SHORTEST_WORD = 3  # description words shorter than this (`of`, `to`) tell nobody apart


@dataclass(frozen=True)
class Bearer:
    """One person of a surname, as the corpus names them in full."""

    files: int  # articles that name them in full
    gender: str | None  # told by their given name
    words: frozenset[str]  # the words of the corpus's mentions of them
    # Whether their given name is a known given name: among several bearers, one that is not
    # (`Huffington Post` next to `New York Post`) gets no surname alone. The only bearer of a
    # surname gets it whatever its given name (given_names.tsv lacks many: `Tunde`, `Yevgeny`).
    named: bool


def bearer(forms: Iterable[str], files: int, mentions: Iterable[str]) -> Bearer:
    """A bearer from the forms of their name (`Jane Volkov`), the number of articles naming them
    in full, and the texts of the corpus's mentions of them."""
    people = default_lexicon().people_words
    givens = [fold(form.split()[0]) for form in forms if len(form.split()) > 1]
    named = [g for g in givens if g in people.given_names or g in people.rare_given_names]
    gender = people.gender_of_name(named[0]) if named else None
    return Bearer(files, gender, frozenset(description_words(mentions)), bool(named))


def choose(bearers: Sequence[Bearer], mentions: Sequence[str]) -> tuple[int | None, float]:
    """The index of the bearer a surname alone names, with the link's confidence; None when no
    bearer dominates or the article's mentions point to another."""
    if not bearers:
        return None, 0.0
    total = sum(b.files for b in bearers)
    best = max(range(len(bearers)), key=lambda k: (bearers[k].files, -k))
    share = round(bearers[best].files / (total + 1), 3)
    if len(bearers) > 1 and (share < DOMINANT_SHARE or not bearers[best].named):
        return None, 0.0
    if _points_elsewhere(bearers, best, mentions):
        return None, 0.0
    return best, share


def _points_elsewhere(bearers: Sequence[Bearer], best: int, mentions: Sequence[str]) -> bool:
    gender = mention_gender(mentions)
    if gender is not None and bearers[best].gender not in (None, gender):
        return True
    words = description_words(mentions)
    mine = bearers[best].words
    return any(
        len(words & (other.words - mine)) > len(words & (mine - other.words))
        for k, other in enumerate(bearers) if k != best
    )


def mention_gender(mentions: Iterable[str]) -> str | None:
    """The gender the pronouns and titles of the mentions agree on (`she`, `Mrs.`), if they do."""
    gendered = default_lexicon().people_words.gendered
    votes = Counter(gendered[w] for text in mentions for w in _words(text)[:1] if w in gendered)
    if len(votes) != 1:
        return None
    return next(iter(votes))


def description_words(mentions: Iterable[str]) -> set[str]:
    """The words that describe someone in mentions of them (`the first lady` -> first, lady):
    lower-case words, names, determiners and pronouns aside."""
    lexicon = default_lexicon()
    people = lexicon.people_words
    left_out = _determiners() | set(lexicon.pronouns)
    words: set[str] = set()
    for text in mentions:
        for raw in text.split():
            word = fold(raw).strip(".,'’")
            if raw[:1].islower() and len(word) >= _SHORTEST_WORD and word.isalpha() and word not in left_out \
                    and word not in people.given_names:
                words.add(word)
    return words


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(text)) if w]


@cache
def _determiners() -> frozenset[str]:
    return frozenset(_reader(None)("determiners.txt"))
