"""Where a document names people: the model's PERSON entities, or, for a pipeline run
without an entity recogniser, runs of proper nouns that read as a personal name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Lexicon


def person_names(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """Spans that name a person, in document order."""
    if doc.has_annotation("ENT_IOB"):
        return [ent for ent in doc.ents if ent.label_ == "PERSON"]
    return list(_proper_noun_names(doc, lexicon))


def _proper_noun_names(doc: Doc, lexicon: Lexicon):
    """Runs of proper nouns, less the titles, roles and places before them: "Foreign Minister
    Jane Doe" names Jane Doe. A single word counts only after a title ("President Doe")."""
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.text[:1].isupper():
            run.append(token)
            continue
        if run:
            # The last word is the name's own, even when it also names a title or a place (Jordan).
            last = max((k for k, t in enumerate(run[:-1]) if _is_title(t, lexicon) or lexicon.place(t.text)), default=-1)
            name = run[last + 1 :]
            if len(name) >= 2 or (name and last >= 0):
                yield doc[name[0].i : name[-1].i + 1]
        run = []


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    word = token.text.lower()
    return word in lexicon.titles or lexicon.lemma(token) in lexicon.roles
