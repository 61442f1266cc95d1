"""Who a speaker is: a person, an organisation, an unnamed source, a group, or nobody.

`Quote.speaker_type` says what kind of speaker a record's `speaker` names, so that a reader
can keep people and organisations apart from unnamed sources (`a person familiar with the
matter`, `officials`) and from groups (`critics`, `analysts`, `some`). The kind comes from
how the speaker was found and from the head of its mention: a resolved name is a person
unless its words or its entity label make it an organisation; a description that names no
one is an unnamed source or a group by its head noun (`unnamed_sources.txt`,
`speaker_groups.txt`), or by its number. An unnamed description is kept whole as the text
gives it (`two people familiar with the matter`, not `Two people`).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from quotex.lexicon import Lexicon, fold
from quotex.output.records import SpeakerType
from quotex.parse.names import hyphened_surname
from quotex.parse.syntax import ORGANISATION_LABELS

NAMED_TYPES = ("person", "organisation")  # named speakers, shown first by `quotex speakers`
# What keeps a description whole after its head: `familiar with the matter`, `close to the talks`.
_DESCRIBING_DEPS = {"amod", "prep", "acl", "compound", "nummod", "det", "quantmod", "advmod", "pobj", "npadvmod"}
_NAMED = {"explicit", "pronoun", "descriptor", "continuation", "heading", "transcript"}
_PLURAL_TAGS = {"NNS", "NNPS"}
_ARTICLES = {"a", "an", "the"}
_DESCRIBED_POS = ("NOUN", "DET", "PRON")  # heads of a description: `people`, `Those close to …`, `Some`


def speaker_type(
    speaker: str | None, mention: Span | None, resolution: str, lexicon: Lexicon, organisations: Collection[str] = ()
) -> SpeakerType:
    """The kind of speaker `speaker` is, from its mention and how it was resolved;
    `organisations` are the names the text gives organisations."""
    if not speaker:
        return "none"
    if speaker in organisations:
        return "organisation"
    head = _head(mention)
    if head is not None and head.pos_ == "NOUN" and speaker == _proper_qualifier(head):
        return "organisation"  # `a Mintwell spokeswoman` resolved to `Mintwell`: the body she speaks for
    # `A spokeswoman for X, Tara Osei,`, `who`: a name found beside or behind the mention
    elsewhere = head is not None and head.lower_ not in speaker.lower().split()
    proper = head is not None and (head.pos_ == "PROPN" or hyphened_surname(head, lexicon))  # `al-Faisal`
    if head is not None and proper and not elsewhere:
        return _proper(speaker, head, lexicon)
    if resolution in _NAMED and (head is None or resolution != "explicit" or elsewhere):
        return "organisation" if _organisation(speaker, head, lexicon) else "person"
    if head is None:
        return "person"
    return _described(speaker, head, lexicon)


def _head(mention: Span | None) -> Token | None:
    """The word a mention is about: its root, unless the parser hung the noun outside the span and
    left an article as its root (`a caption read`, `caption` a compound of `read`): then its last noun."""
    if mention is None:
        return None
    if mention.root.pos_ == "DET":
        nouns = [t for t in mention if t.pos_ in ("NOUN", "PROPN")]
        if nouns:
            return nouns[-1]
    return mention.root


def _proper_qualifier(head: Token) -> str | None:
    """The proper nouns a common noun is qualified with (`Mintwell` of `a Mintwell
    spokeswoman`), as written; None without."""
    for child in head.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return " ".join(t.text for t in child.subtree if t.pos_ == "PROPN")
    return None


def _proper(speaker: str, head: Token, lexicon: Lexicon) -> SpeakerType:
    """The kind of speaker a proper noun stands for: a name that starts with a given name is a
    person's (`Adam Green`); a party's member (`a South Carolina Democrat`) is one the text does
    not name, its members (`Republicans`) a group; a place that speaks (`Beijing said`) and a
    name right after the article (`the Kremlin`, `the White House`) are the body there."""
    doc = head.doc
    first = head.left_edge.i if head.left_edge.i < head.i else head.i
    # an article right before the proper nouns: `the White House`, not `the real Jane Doe`
    proper_run = all(t.pos_ == "PROPN" for t in doc[first + 1 : head.i + 1])
    articles = {doc[first].lower_} if doc[first].dep_ == "det" and proper_run else set()
    words = lexicon.people_words
    given = fold(speaker.split()[0]) in words.given_names and len(speaker.split()) > 1 and head.tag_ not in _PLURAL_TAGS
    if given and not (articles and doc[first + 1].text == speaker.split()[0]) and not _organisation(speaker, head, lexicon):
        return "person"  # `Adam Green`, `the Rev. Al Doe`; not `the Brennan Center`
    if fold(head.text) in words.parties:
        return "group" if head.tag_ in _PLURAL_TAGS else "unnamed"  # `Republicans`; `a Democrat`
    if _organisation(speaker, head, lexicon) or lexicon.place(speaker) or articles & lexicon.grammar.definite_articles:
        return "organisation"
    return "person"


def _described(speaker: str, head: Token, lexicon: Lexicon) -> SpeakerType:
    """The kind of speaker a description that names no one stands for, by its head word."""
    word = head.lower_
    if word in lexicon.speaker_groups:
        return "group"
    people = lexicon.people_words
    if word in lexicon.unnamed_sources or word in people.person_nouns or word in lexicon.roles or word in people.gendered:
        return "unnamed"  # `a spokesman`, `the consultant`, `her husband`: one the text does not name
    if _organisation(speaker, head, lexicon):
        return "organisation"
    sentence_start = head.is_sent_start or head.i == head.sent.start
    capitalised = head.text[:1].isupper() and word not in lexicon.bodies
    if capitalised and (not sentence_start or head.tag_ not in _PLURAL_TAGS):
        return "person"  # `…, Hester said`: a capitalised word no list knows is a name the tagger missed
    if head.tag_ in _PLURAL_TAGS:
        return "group"  # `protesters`, `the nurses`: many who speak as one
    if word in lexicon.bodies:
        return "organisation"  # `the opposition`, `the command`: a body that speaks as one
    if head.pos_ in ("NOUN", "PRON"):
        return "unnamed"  # `a driver`, `the woman`: someone the text does not name
    return "person"


def _organisation(speaker: str, head: Token | None, lexicon: Lexicon) -> bool:
    words = lexicon.people_words
    last = fold(speaker.split()[-1]) if speaker.split() else ""
    if last in words.organisation_nouns or words.organisation_word(speaker.split()):
        return True
    return head is not None and head.ent_type_ in ORGANISATION_LABELS


def whole_description(mention: Span, speaker: str, circumstances: Collection[str] = ()) -> str:
    """An unnamed description as the text gives it, the words after its head included up to a
    comma or a relative clause (`Two people familiar with the matter` -> `two people familiar
    with the matter`), without a leading article, a first word that is no name in lower case;
    `speaker` itself when the mention is not a noun the speaker was read from (a pronoun).
    A determiner that stands alone keeps its words too (`Those close to the talks`); a phrase
    of `circumstances` (`says farmer after barn fire`: when or why) is no part of it."""
    head = mention.root
    if head.pos_ not in _DESCRIBED_POS or speaker.split()[-1].lower() != head.lower_:
        return speaker
    doc = mention.doc
    end = mention.end
    for child in head.rights:
        if child.i == end and child.dep_ in _DESCRIBING_DEPS and child.lower_ not in circumstances:
            end = child.right_edge.i + 1
    stop = next((t.i for t in doc[mention.end : end] if t.is_punct or t.tag_ in ("WDT", "WP", "WP$")), end)
    end = stop
    start = mention.start
    while start < head.i and doc[start].lower_ in _ARTICLES:
        start += 1
    words = doc[start:end].text
    first = doc[start]
    if first.pos_ in ("DET", "NUM", "PRON") or first.i == head.i:  # `Two people`, `Officials`; not `Western diplomat`
        words = words[:1].lower() + words[1:] if first.text[:1].isupper() and not first.is_upper else words
    return words
