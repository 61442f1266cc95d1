"""Where a document names people: the model's PERSON entities, or, for a pipeline run
without an entity recogniser, runs of proper nouns that read as a personal name."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Lexicon, default_lexicon, fold
from quotex.parse.syntax import tokens_where


def person_names(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Spans that name a person, in document order."""
    if doc.has_annotation("ENT_IOB"):
        return [ent for ent in doc.ents if ent.label_ == "PERSON"]
    return list(_proper_noun_names(doc, lexicon))


def _proper_noun_names(doc: Doc, lexicon: Lexicon):
    """Runs of proper nouns that read as a personal name (see `personal_name`). A single word
    counts only after a title ("President Doe")."""
    run: list[Token] = []
    # A run is consecutive capitalised proper nouns: only those tokens are read.
    capitalised = [t for t in (doc[i] for i in tokens_where(doc, pos=("PROPN",))) if t.text[:1].isupper()]
    for token in [*capitalised, None]:
        if token is not None and (not run or run[-1].i == token.i - 1):
            run.append(token)
            continue
        if run:
            name = personal_name(run, lexicon)
            if name and lexicon.place(" ".join(t.text for t in name)):
                name = []  # `United States`, `North Korea`: a place, not a person
            if name and fold(name[0].text) in lexicon.people_words.place_words:
                name = []  # `Mount Ebbet`, `Lake Ostby`: a place, not a person
            if len(name) >= 2 or (name and len(name) < len(run)):
                yield doc[name[0].i : name[-1].i + 1]
        run = [token] if token is not None else []


def personal_name(words: Sequence[Token], lexicon: Lexicon) -> list[Token]:
    """The personal name that ends a run of capitalised words.

    It starts after the last title, role, place or party word ("Foreign Minister Jane Doe",
    "Democrat Jane Doe"); the last word is the name's own even when it also names a place (Jordan). A run right after
    `<title> of` starts with the office's domain ("Secretary of State Jane Doe"). Past three words, the
    front of the run is taken for an office ("Minister of Foreign Affairs Jane Doe"): two
    words stay, or three with a middle initial ("Charles B. Rangel").
    """
    last = max((k for k, t in enumerate(words[:-1])
                if _is_title(t, lexicon) or _is_place(words, k, lexicon) or lexicon.people_words.party_before_name([w.text for w in words], k)), default=-1)
    if last < 0 and _job_before_name(words, lexicon):
        last = 0
    name = list(words[last + 1 :])
    keep = 3 if len(name) > 2 and len(name[-2].text.rstrip(".")) == 1 else 2
    if last < 0 and len(name) > 2 and _ends_an_office(words[0], lexicon):
        # "Secretary of State Jane Doe": a run after `<title> of` starts with what the office is of.
        name = name[1:]
        if len(name) > keep:
            name = name[-keep:]
    elif len(name) > 3:
        name = name[-keep:]
    return name


def _job_before_name(words: Sequence[Token], lexicon: Lexicon) -> bool:
    """`Deckhand Ana Reyes, 19,` at the start of a sentence: a word capitalised only because it
    starts the sentence, before a given name, is what the person does, not their name."""
    if len(words) < 3 or not words[0].is_sent_start:
        return False
    given = lexicon.people_words.given_names
    return fold(words[0].text) not in given and fold(words[1].text) in given


def _is_place(words: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """A place that is not a given name right before the surname (`Sofia Lund`, `Georgia Reyes`)."""
    if not lexicon.place(words[k].text):
        return False
    return not (k == len(words) - 2 and fold(words[k].text) in lexicon.people_words.given_names)


def given_names() -> dict[str, float]:
    """Given names and the share of their bearers who are women (the shipped given_names.tsv)."""
    return default_lexicon().people_words.given_names


def _ends_an_office(first: Token, lexicon: Lexicon) -> bool:
    """Whether the words before a run are `<title> of`, and maybe more capitalised words of
    the office ("Secretary of", "Minister of Foreign")."""
    doc, i = first.doc, first.i - 1
    while i >= 0 and doc[i].text[:1].isupper():
        i -= 1
    return i >= 1 and doc[i].text.lower() == "of" and doc[i - 1].text.lower() in lexicon.titles


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    word = token.text.lower()
    return word in lexicon.titles or lexicon.lemma(token) in lexicon.roles
