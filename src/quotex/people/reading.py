"""What a parse says, before any entity: constants, words, descriptions, datelines.

Pure functions of the Doc and the lexicon, shared by the stages: `read_description` reads a
noun phrase as a description, `find_datelines` the datelines, `heads_of` the tokens with a
given child (read from the Doc's arrays).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence

import numpy as np
from spacy.tokens import Doc, Span, Token

from quotex.lexicon import Lexicon, fold
from quotex.parse.syntax import newline_tokens
from quotex.people.entities import Description

SUBJECTS = {"nsubj", "nsubjpass"}
DEFINITE = {"the", "this", "that"}
PRONOUN_REACH = 600  # tokens back that a pronoun may look for its antecedent
NEAR_REACH = 40  # tokens back (about two sentences) where the nearest agreeing person wins
COMPETITION_REACH = 80  # tokens back within which another fitting person competes for a pronoun
AGE = re.compile(r"^(\d{1,3})-year-old$")
AGE_ALONE = re.compile(r"^(\d{1,3})$")
APPOSITION_STOPS = {"who", "whose", "which", "that", "where", "when"}
NATIONALITY_ENDINGS = ("an", "ese", "ish", "i", "ch", "ic")  # Bulgarian, Japanese, Danish, Iraqi, Dutch, Icelandic
DASHES = {"—", "–", "-", "--"}
DATELINE_ENDS = {",", "(", *DASHES}
AGENT_ENDINGS = ("er", "or", "ist", "ian", "eer")  # `the skipper`, `the driver`, `the cyclist`
DATELINE_TAIL = 12  # tokens after a dateline's place that may still belong to it (a date, an agency)


def words_of(span: Span | Sequence[Token]) -> list[tuple[str, Token]]:
    """The words of a span, with pieces joined by a hyphen kept as one (`co-owner`,
    `62-year-old`, `soft-spoken`), each with its last token."""
    words: list[tuple[str, Token]] = []
    for token in span:
        glued = words and token.i > 0 and not token.doc[token.i - 1].whitespace_
        if glued and (token.text == "-" or words[-1][0].endswith("-")):
            words[-1] = (words[-1][0] + token.text, token)
        else:
            words.append((token.text, token))
    return words


def words_text(tokens: Sequence[Token]) -> str:
    return " ".join(w.lower() for w, _ in words_of(tokens))


def read_description(phrase: Span, lexicon: Lexicon, gendered: dict[str, str]) -> Description | None:
    """Read a noun phrase as a description: its head noun, modifiers, age and possessor.
    A possessor that names nobody (`the shop's owner`) is one more modifier."""
    tokens = [t for t in phrase if not t.is_space]
    possessor: Span | None = None
    owned: list[str] = []
    marker = next((k for k, t in enumerate(tokens) if t.tag_ == "POS" or t.text in ("'s", "’s")), None)
    if marker is not None and marker > 0:
        possessor = phrase.doc[tokens[0].i : tokens[marker - 1].i + 1]
        tokens = tokens[marker + 1 :]
        if possessor.root.pos_ == "NOUN" or lexicon.place(possessor.text):
            owned, possessor = [fold(lexicon.lemma(possessor.root))], None  # `the shop's`, `Spain's`
    elif tokens and tokens[0].tag_ == "PRP$":
        possessor = phrase.doc[tokens[0].i : tokens[0].i + 1]
        tokens = tokens[1:]
    while tokens and (tokens[0].dep_ == "det" or tokens[0].lower_ in ("a", "an", "the") or tokens[0].is_punct):
        tokens = tokens[1:]
    # not an `of` a hyphen glues into one noun (`mother-of-two`)
    of = next((k for k, t in enumerate(tokens) if t.lower_ == "of" and not (k and tokens[k - 1].text == "-" and not tokens[k - 1].whitespace_)), None)
    if of:
        tokens = tokens[:of]  # `Secretary of State`, `the head of the agency`: the head comes before `of`
    words = [(w.lower(), t) for w, t in words_of(tokens) if not t.is_punct or "-" in w]
    if not words:
        return None
    age = None
    kept = []
    for word, token in words:
        found = AGE.match(word) or (AGE_ALONE.match(word) if len(words) == 1 else None)
        if found and 0 < int(found.group(1)) < 120:
            age = int(found.group(1))
        else:
            kept.append((word, token))
    head: str | None = None
    initials = False  # a head in capitals (`the area's MS`) is an office's initials, not the honorific `Ms`
    if kept and kept[-1][1].pos_ in ("NOUN", "PROPN") and kept[-1][1].tag_ not in ("NNS", "NNPS"):
        word, token = kept[-1]
        head = word if "-" in word else fold(lexicon.lemma(token))
        initials = len(token.text) > 1 and token.text.isupper()
        kept = kept[:-1]
    elif kept:
        return None  # not a noun phrase one can describe someone with
    modifiers = frozenset(
        [w if "-" in w else fold(lexicon.lemma(t)) for w, t in kept if t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")] + owned
    )
    gender = gendered.get(head) if head and not initials else None
    return Description(head, modifiers, age, possessor, gender)


def age_of(modifier: Token) -> int | None:
    """The age a modifier gives (`24-year-old`), or None."""
    found = AGE.match(words_text(list(modifier.subtree)))
    return int(found.group(1)) if found else None


def find_datelines(doc: Doc, newlines: Sequence[int] | None = None) -> frozenset[int]:
    """The tokens of datelines (`PORT ELDRIN, Norway —`, `KIRKVALE —`) and of lines written
    all in capitals (`FOR IMMEDIATE RELEASE`): words in capitals that start a line and end
    at a comma, a dash, a bracket or the line's end. A transcript's `SMITH:` is not one.
    `newlines`: `syntax.newline_tokens(doc)`, when the caller has them."""
    found: set[int] = set()
    newlines = newline_tokens(doc) if newlines is None else newlines
    # not after a line break that ends the Doc: a Span at the Doc's end joins its whole text
    starts = [0] + [i + 1 for i in newlines if i + 1 < len(doc)]
    for start in starts:
        run = []
        for token in doc[start:]:
            if token.is_space or not (token.text.isupper() or token.text == "." or token.text == "'"):
                break
            run.append(token)
        if not run or not any(t.is_alpha and len(t.text) > 1 for t in run):
            found.update(_title_case_dateline(doc, start, newlines))
            continue
        end = run[-1].i + 1
        follower = doc[end] if end < len(doc) else None
        if follower is None or follower.text in DATELINE_ENDS or "\n" in follower.text or "\n" in run[-1].whitespace_:
            found.update(t.i for t in run)
            # `TRAVNIK, March 3 (Meridian News Agency) —`: all up to the dash is the dateline's
            rest = doc[end : min(len(doc), end + DATELINE_TAIL)]
            dash = next((t.i for t in rest if t.text in DASHES and t.i > end), None)
            if follower is not None and follower.text in (",", "(") and dash is not None and not breaks(newlines, end, dash):
                found.update(range(end, dash + 1))
    return frozenset(found)


DATELINE_PLACE_WORDS = 4  # capitalised words at most of a dateline's place (`Port Eldrin Bay`)


def _title_case_dateline(doc: Doc, start: int, newlines: Sequence[int]) -> range:
    """The tokens of a dateline written in title case at the line that starts at `start`, by a
    shape no sentence opens with: a place, then an agency in capitals in brackets and a dash
    (`Port Eldrin (CNA) –`), or a place, a comma, a day of a month and a colon or a dash
    (`Kirkvale, June 9:`, `Kirkvale, Norway, June 9 —`). Empty when the line opens otherwise."""
    i = start
    while i < len(doc) and i - start < DATELINE_PLACE_WORDS and doc[i].is_alpha and doc[i].text.istitle():
        i += 1
    if i == start or i + 3 >= len(doc) or breaks(newlines, start, i + 3):
        return range(0)
    if doc[i].text == "(":
        close = i + 1
        while close < len(doc) and close - i <= 3 and doc[close].is_alpha and doc[close].text.isupper():
            close += 1
        if close > i + 1 and close + 1 < len(doc) and doc[close].text == ")" and doc[close + 1].text in DASHES:
            return range(start, close + 2)
        return range(0)
    if doc[i].text != ",":
        return range(0)
    end = i + 1
    while end + 1 < len(doc) and doc[end].is_alpha and doc[end].text.istitle() and doc[end + 1].text == ",":
        end += 2  # `Kirkvale, Norway,`: the country after the place
    day = end + 1
    if (day + 1 < len(doc) and doc[end].is_alpha and doc[end].text.istitle() and doc[day].is_digit
            and len(doc[day].text) <= 2 and (doc[day + 1].text == ":" or doc[day + 1].text in DASHES)
            and not breaks(newlines, start, day + 1)):
        return range(start, day + 2)
    return range(0)


def breaks(newlines: Sequence[int], start: int, end: int) -> bool:
    """Whether a line break stands in doc[start:end], given the Doc's `newline_tokens`."""
    return bisect_left(newlines, start) < bisect_left(newlines, end)


def heads_of(doc: Doc, deps: Collection[str], lower: Collection[str] = (), *, left_only: bool = False) -> frozenset[int]:
    """The tokens with a child whose dependency is one of `deps` (and, when `lower` is given,
    whose lower-case form is one of those), before them with `left_only`: read from the Doc's
    arrays, as `any(c.dep_ in deps … for c in token.children)` asked of every token would."""
    if not len(doc):
        return frozenset()
    strings = doc.vocab.strings
    table = doc.to_array(["DEP", "LOWER", "HEAD"]).astype(np.int64)  # HEAD: the offset to the head, signed
    keep = np.isin(table[:, 0], np.array([strings[dep] for dep in deps], dtype=np.uint64).astype(np.int64))
    if lower:
        keep &= np.isin(table[:, 1], np.array([strings[word] for word in lower], dtype=np.uint64).astype(np.int64))
    keep &= table[:, 2] > 0 if left_only else table[:, 2] != 0
    children = np.flatnonzero(keep)
    return frozenset((children + table[children, 2]).tolist())


def strip_determiner(span: Span) -> str:
    tokens = [t for t in span if not t.is_space]
    while tokens and tokens[0].dep_ == "det":
        tokens.pop(0)
    return "".join(t.text_with_ws for t in tokens).strip() or span.text


def body_name(mention: Span) -> str | None:
    """`the Bank of England`, `the Department of Homeland Security`: one capitalised noun
    completed by `of` and proper nouns names a body; `Tom Doe of Chicago` stays a person."""
    root = mention.root
    tail = mention.doc[root.i + 1 : mention.end]
    if not tail or tail[0].lower_ != "of":
        return None
    if root.i > mention.start and mention.doc[root.i - 1].pos_ == "PROPN":
        return None  # a name of two words or more before `of` is a person's
    return mention.doc[root.i : mention.end].text


def apposed(token: Token) -> Token | None:
    """The noun a name stands in apposition to: its head when the parser says so, or when it
    took a name between commas right after a singular noun for the first of a list
    (`a daughter, Ann Roe, and two grandchildren`). A name that ends its sentence after a
    comma that ends an object (`The report was written by the guild's treasurer, Ann Roe.`), which the
    parser hung from the pronoun or the verb far before it, is in apposition to that object:
    neither a pronoun nor a verb takes a name so."""
    doc = token.doc
    name_start = token.i
    while name_start > 0 and doc[name_start - 1].pos_ == "PROPN" and doc[name_start - 1].head.i == token.i:
        name_start -= 1  # the given name, whatever the parser called it (`compound`, `amod`)
    if _closes_its_sentence_after_an_object(token, name_start):
        return doc[name_start - 2]
    start = min((t.i for t in token.lefts if t.dep_ in ("compound", "flat")), default=token.i)
    if token.dep_ == "appos":
        return token.head
    head = token.head
    if token.dep_ != "conj" or head.tag_ != "NN" or token.i + 1 >= len(token.doc):
        return None
    return head if start == head.i + 2 and doc[head.i + 1].text == "," and doc[token.i + 1].text == "," else None


def _closes_its_sentence_after_an_object(token: Token, start: int) -> bool:
    """Whether a name from token `start` to `token` stands after `, ` right after a singular
    noun that is an object (`by the guild's treasurer, Ann Roe.`), ends its sentence, and was hung
    from a pronoun (as an apposition) or from the verb (as a modifier) before that noun."""
    doc = token.doc
    if start < 2 or token.i + 1 >= len(doc) or doc[token.i + 1].text not in (".", ";"):
        return False
    noun = doc[start - 2]
    if doc[start - 1].text != "," or noun.tag_ != "NN" or noun.dep_ not in ("pobj", "dobj"):
        return False
    if token.dep_ == "appos":
        return token.head.pos_ == "PRON" and token.head.i < noun.i
    return token.dep_ in ("npadvmod", "dep") and token.head.pos_ == "VERB" and token.head.i < noun.i


def given_as_a_name(token: Token, lexicon: Lexicon) -> bool:
    """Whether a proper noun is a name a clause gives someone in apposition to the noun `name`
    (`who gave only his first name, X`); after `as` (`who gave her name only as X`), it is
    `mentions.noun_named`'s."""
    return token.dep_ == "appos" and token.head.dep_ == "dobj" and token.head.lower_ in lexicon.grammar.name_giving


def relative_antecedent(token: Token, lexicon: Lexicon) -> Token | None:
    """The person a relative `who` stands for: the noun its clause hangs from."""
    if token.lower_ not in lexicon.grammar.personal_relative:
        return None
    bracketed = name_before_a_bracket(token)
    if bracketed is not None or token.head.dep_ != "relcl":
        return bracketed
    noun = token.head.head
    outer = noun.head.head
    speaks = outer.pos_ == "PROPN" or lexicon.lemma(outer) in lexicon.speaker_words or outer.tag_ == "NNS"
    if noun.dep_ == "pobj" and outer.pos_ in ("NOUN", "PROPN") and (speaks or noun.pos_ != "PROPN"):
        # `Democrats in the Senate, who said …`: the parser hangs `who` from the nearer noun;
        # not from a word for no one (`the view of Eli Ford, who said …`: Eli Ford)
        noun = outer
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        noun = noun.head  # `Marta Lind, a planner who said …`: the planner is Marta Lind
    return noun if noun.pos_ in ("PROPN", "NOUN") and noun.i < token.i else None


def name_before_a_bracket(relative: Token) -> Token | None:
    """`The bill was opposed by Sen. Ana Roe (D-Ore.), who said …`: a bracketed tag between a name
    and its relative clause leads the parser to hang the clause from the sentence's verb or its
    subject, which then passes for the antecedent; `, who` right after the bracket still stands
    for the name before it."""
    doc = relative.doc
    if relative.i < 3 or doc[relative.i - 1].text != "," or doc[relative.i - 2].text != ")":
        return None
    opening = next((t for t in reversed(doc[: relative.i - 2]) if t.text in "()"), None)
    if opening is None or opening.text != "(" or opening.i == 0:
        return None
    name = doc[opening.i - 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i and name.head.i < opening.i:
        name = name.head
    return name if name.pos_ == "PROPN" else None


def party_state_tag(token: Token, initials: Collection[str]) -> bool:
    """Whether a word is a party-state tag of US news (`R-Wyo`, `D-N.C.`, `I-Vt`): a party's
    initial, a hyphen and a state's capitalised abbreviation."""
    initial, hyphen, state = token.text.partition("-")
    return bool(hyphen) and fold(initial) in initials and len(initial) == 1 and state[:1].isupper() and "-" not in state


def role_head(variant: tuple[str, ...]) -> str:
    """The noun a role's name turns on: `diplomat` in `top diplomat`, `secretary` in
    `secretary of state` (a description's head comes before its `of`)."""
    return variant[: variant.index("of")][-1] if "of" in variant[1:] else variant[-1]
