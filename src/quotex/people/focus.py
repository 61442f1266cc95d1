"""The person a description means when nothing the text said of anyone matches it.

`in_focus`: the latest person named whom it could describe (`the 29-year-old said`);
`protagonist`: the person an article's body opens with, whom a headline's description
means (and a description in the body that repeats the headline's noun, `headline_subject`);
`named_in_headline`: the one person a headline names, whom a speaking description fitting no
one means; `demonym_of` and `of_nationality`: `the Bulgarian` (what it tells of them the walk
records with `learn_nationality`).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from quotex.lexicon import fold
from quotex.parse.marks import paragraph_index
from quotex.parse.tree import sentence_bounds
from quotex.people.descriptions import named_in_apposition
from quotex.people.entities import Description, Person, Resolved, age_fits, agrees
from quotex.people.mentions import in_byline, latest, organisation_noun, spoken_of
from quotex.people.naming import holds_role, shown_a_person
from quotex.people.reading import (
    AGENT_ENDINGS,
    DEFINITE,
    NATIONALITY_ENDINGS,
    NEAR_REACH,
    PRONOUN_REACH,
    SUBJECTS,
    age_of,
    role_head,
)
from quotex.people.registry import Registry


def in_focus(reg: Registry, described: Description, token: Token) -> Person | None:
    """Whom a definite description that matches nothing the text said of anyone means
    (`Jane Doe, who moved here in March, said …` then `the 29-year-old said`): the person in
    focus, the latest named one it could describe (a person, not an organisation, of the
    gender it tells, of no other age, nationality or listed role). Not a relation (`her
    husband`), not a description the text first gave someone unnamed (`a senior official`
    … `the official said`), and only a description of a person: an age, a word that tells
    a gender, a role, a noun for a person, or, as the subject of a verb of speech, a noun of
    one who does something (`the skipper`)."""
    evidence = describes_a_person(reg, described, token)
    if described.possessor is not None or evidence is None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None  # `this reporter` is the writer
    if any(shown_a_person(reg, p) for m in described.modifiers for p in reg.by_key.get(m, [])):
        return None  # `Doe's campaign manager`, however the possessive was written: a relation
    if described.head is not None and unnamed_before(reg, described.head, token.i):
        return None
    order = reg.order
    window = PRONOUN_REACH if evidence else NEAR_REACH  # a mere `-er` noun: only someone just named
    earlier = [
        (i, reg.resolved[i])
        for i in order[bisect_left(order, token.i - window) : bisect_left(order, token.i)]
        if could_be(reg, reg.resolved[i].person, described) and not spoken_of(reg, token.i, i, described.gender)
    ]
    near = [(i, r) for i, r in earlier if i >= token.i - NEAR_REACH]
    named_here = _named_in_paragraph(reg, earlier, token)
    if named_here:
        return reg.resolved[_main_subject_of_sentence(reg, named_here)].person
    # The latest named as a subject, then meant by a pronoun as one, then named anywhere: a
    # description follows the person the text is about and last introduced by name.
    for named, least in ((True, 1), (False, 1), (True, 0), (False, 0)):
        for reach in (near, earlier):
            candidates = [i for i, r in reach if r.salience >= least and (r.how == "explicit" or not named)]
            if candidates:
                return reg.resolved[_main_subject_of_sentence(reg, candidates)].person
    return None


def _named_in_paragraph(reg: Registry, earlier: list[tuple[int, Resolved]], token: Token) -> list[int]:
    """`X and her husband, Y, sheltered in the bathroom. The grandmother of four said …`: the
    people the description's own paragraph named before it, when none of them was named as a
    subject (a parse that lost the sentence's subject); those named as subjects are the
    search's own first choice."""
    starts = reg.paragraph_starts
    if not starts:
        return []
    k = paragraph_index(starts, token.idx)
    here = [(i, r) for i, r in earlier if reg.doc[i].idx >= starts[k]]
    if not here and k > 0:
        here = _closing_sentence(reg, earlier, starts[k - 1], starts[k])
    here = [(i, r) for i, r in here if r.how == "explicit"]
    if not here or any(r.salience >= 1 for _, r in here):
        return []
    return [i for i, _ in here]


def _closing_sentence(reg: Registry, earlier: list[tuple[int, Resolved]], begin: int, end: int) -> list[tuple[int, Resolved]]:
    """The mentions of the sentence that closes the paragraph before a description's own, when its
    own names no one before it (`…, according to its treasurer, X.` ⏎ `"…," the retired
    pharmacist said`): the paragraph ends on the person it introduces, whom the quotation
    that follows gives a voice."""
    before = [(i, r) for i, r in earlier if begin <= reg.doc[i].idx < end]
    if not before:
        return []
    first, last = sentence_bounds(reg.doc[before[-1][0]])
    following = next((t for t in reg.doc[last:] if not t.is_space), None)
    if following is not None and following.idx < end:
        return []  # a later sentence of that paragraph names no one: not the one it closes on
    closing = [(i, r) for i, r in before if i >= first]
    if any(r.salience >= 1 for _, r in closing):
        return []  # `she did …`: its subject is in focus
    # introduced with an apposition (`its treasurer, X`, `X, a nurse`), not merely named (`a pass from X`)
    return [(i, r) for i, r in closing if _in_apposition(reg.doc[i])]


def _in_apposition(token: Token) -> bool:
    """Whether a name stands in apposition to a description, or one to it."""
    return token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children)


def _main_subject_of_sentence(reg: Registry, candidates: list[int]) -> int:
    """The latest of the candidates, unless its sentence's main clause has one as its subject
    (`X said Y had won the ball.` ⏎ `"…," the 44-year-old said`: X, not Y whom X spoke of)."""
    latest_at = max(candidates)
    sentence = reg.doc[latest_at].sent.start
    main = [i for i in candidates if reg.resolved[i].salience >= 2 and reg.doc[i].sent.start == sentence]
    return max(main) if main else latest_at


def describes_a_person(reg: Registry, described: Description, token: Token) -> bool | None:
    """Whether a description is a person's: True when its words say so (an age, a gender, a
    role, a noun for a person), False when only a noun of one who does something does and
    it is the subject of a verb of speech (`the skipper said`), None when it is not."""
    head = described.head
    if head is None:
        return True if described.age is not None else None
    words = reg.words
    if any(_tells_a_person(words.person_modifiers, m) for m in described.modifiers):
        return True  # `the retired carrier`: a person, though a carrier may be an airline
    if head in words.documents or organisation_noun(reg, head) or head in words.place_words:
        return None
    if described.age is not None or head in words.gendered or head in words.person_nouns:
        return True
    if head in reg.lexicon.roles or any(role_head(variant) == head for group in reg.lexicon.role_groups for variant in group):
        return True
    speaking = token.dep_ in SUBJECTS and token.head.i in reg.cue_roots
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)  # `the number of …`
    return False if speaking and not of and head.endswith(AGENT_ENDINGS) else None


def _tells_a_person(modifiers: frozenset[str], word: str) -> bool:
    """Whether a modifier is one only a person's description takes (`retired`), or ends as one
    does (`-born`: `Quebec-born`)."""
    return word in modifiers or any(m.startswith("-") and word.endswith(m) and len(word) > len(m) for m in modifiers)


def unnamed_before(reg: Registry, head: str, position: int) -> bool:
    """Whether the body introduced someone it did not name with this noun before `position`
    (`a senior official`, `One resident`): a later `the official` is that person."""
    newline = next((t.i for t in reg.doc if "\n" in t.text or "\n" in t.whitespace_), 0)
    for token in reg.doc[newline:position]:
        if token.pos_ != "NOUN" or reg.quoted[token.i] or token.dep_ == "compound" or token.i in reg.resolved:
            continue
        if fold(reg.lexicon.lemma(token)) != head or any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in token.children):
            continue  # an introduction is indefinite: `a retired fisherman`, `one resident`
        if named_in_apposition(reg, token) is None:
            return True
    return False


def could_be(reg: Registry, person: Person, described: Description) -> bool:
    """Whether nothing the text said of a person rules out a description of them, and the
    text may have shown them to be a person: a gender, a title, a name of two words that is
    not a country's. (Without an entity recogniser, `Saudi Arabia` may stand among people.)"""
    if person.kind != "person" or not agrees(person, described.gender):
        return False
    titled = any(w in reg.lexicon.titles or w in reg.lexicon.roles or w in reg.words.gendered for w in person.title_words)
    if person.gender is None and not titled and all(len(form) == 1 for form in person.forms):
        return False  # `Commission`: one word the text never showed to be a person's
    if any(reg.lexicon.place(" ".join(form)) for form in person.forms):
        return False  # `Saudi Arabia`
    if all(" ".join(form).isupper() for form in person.forms):
        return False  # `USA TODAY`: letters in capitals name a body
    ages = {f for f in person.features if f.startswith("age:")}
    if described.age is not None and ages and f"age:{described.age}" not in ages:
        return False
    places = {p for p in (reg.lexicon.place(m) for m in described.modifiers) if p}
    if places and person.places and not person.places & places:
        return False
    parties = {reg.words.parties[m] for m in described.modifiers if m in reg.words.parties}
    theirs = {reg.words.parties[w] for w in person.title_words | {f[4:] for f in person.features if f.startswith("mod:")}
              if w in reg.words.parties}
    if parties and theirs and not parties & theirs:
        return False  # `the Democratic front-runner` is not the Republican
    head = described.head
    if head is not None and head in reg.lexicon.roles:
        held = {w for w in person.title_words | {f[5:] for f in person.features if f.startswith("word:")} if w in reg.lexicon.roles}
        if held and not holds_role(reg, person, head, {head}):
            return False  # `the senator` is not the treasurer
    return True


def protagonist(reg: Registry, gender: str | None) -> Person | None:
    """The person the article's body opens with: whom a headline's description that the
    body never repeats is about."""
    newline = reg.newlines[0] if reg.newlines else None
    if newline is None:
        return None
    named = [i for i in reg.order[bisect_left(reg.order, newline) :]
             if reg.resolved[i].person.kind == "person" and reg.resolved[i].how == "explicit" and not in_byline(reg, i)]
    if not named:
        return None
    # In the first paragraph that names anyone, the first named as a subject, else the
    # first named (`"…" Those were the words of X, …`): the story opens with them.
    end = next((t.i for t in reg.doc[named[0] :] if "\n" in t.text or "\n" in t.whitespace_), len(reg.doc))
    lede = [reg.resolved[i] for i in named if i <= end]
    chosen = next((r for r in lede if r.salience >= 1), lede[0]).person
    return chosen if agrees(chosen, gender) else None


def headline_subject(reg: Registry, described: Description, token: Token) -> Person | None:
    """Whom a description of a person that the text fits to no one means when the headline
    gives its noun (`The coach who came back` over a profile, then `The old coach watches from
    a chair.`): the person the story opens with (`protagonist`), when the description could
    be them. Not a relation (`her coach`)."""
    head = described.head
    if head is None or described.possessor is not None or not reg.newlines or not describes_a_person(reg, described, token):
        return None
    headline = reg.doc[: reg.newlines[0]]
    if token.i < headline.end or not any(
        t.pos_ == "NOUN" and not reg.quoted[t.i] and fold(reg.lexicon.lemma(t)) == head for t in headline
    ):
        return None
    person = protagonist(reg, described.gender)
    return person if person is not None and could_be(reg, person, described) else None


def named_in_headline(reg: Registry, described: Description, token: Token) -> Person | None:
    """Whom a speaking description that the text fits to no one means when the headline names
    one person and the body names them again before it (`Review: X's ceramics …` ⏎ `… X's
    exhibition …` ⏎ `"…," the artist said`): that person, the one the article is about, however
    far back the body last named them. Not a relation (`her coach`), not a body's noun."""
    if described.head is None or described.possessor is not None or not reg.newlines:
        return None
    if token.dep_ not in SUBJECTS or token.head.i not in reg.cue_roots or describes_a_person(reg, described, token) is None:
        return None
    if not any(c.dep_ == "det" and c.lower_ in reg.lexicon.grammar.definite_articles for c in token.children) or described.modifiers:
        return None  # `the ad narrator`: one of a thing's, not the one the story is about
    if unnamed_before(reg, described.head, token.i):
        return None  # `one junior aide said` … `the aide said`: someone left unnamed
    end = reg.newlines[0]
    if token.i < end:
        return None
    named = {id(r.person): r.person for i in reg.order[: bisect_left(reg.order, end)] if (r := reg.resolved[i]).how == "explicit"
             and r.person.kind == "person"}
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    body = [reg.resolved[i] for i in reg.order[bisect_left(reg.order, end) : bisect_left(reg.order, token.i)]]
    again = any(r.person is person and r.how == "explicit" for r in body)
    # a person the text showed (a gender, a title, a pronoun that meant them), not a building (`St X's`)
    shown = shown_a_person(reg, person) or any(r.person is person and r.how == "pronoun" for r in body)
    return person if again and shown and could_be(reg, person, described) else None


def demonym_of(reg: Registry, token: Token) -> tuple[str, str | None] | None:
    """`the Bulgarian`, `the Frenchman`: the country a definite noun of nationality names,
    and the gender its `-man`/`-woman` tells."""
    if token.i not in reg.with_the:
        return None  # the test below, read from the Doc's arrays for all tokens at once
    if token.pos_ not in ("PROPN", "NOUN") or not token.text[:1].isupper() or token.tag_ in ("NNS", "NNPS"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in ("compound", "flat", "poss") or c.dep_ == "amod" and age_of(c) is None for c in token.children):
        return None  # `the 24-year-old Kenyan` keeps its age; `the Bulgarian striker` is not one
    word, gender = fold(token.text), None
    for ending in ("woman", "man"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            word, gender = word[: -len(ending)], reg.words.gendered.get(ending)
            break
    if gender is None and not word.endswith(NATIONALITY_ENDINGS) and word not in reg.words.demonym_nouns:
        return None  # `the Kremlin`, `the Elysee`: a seat of government, not a nationality
    place = reg.lexicon.place(word)
    return (place, gender) if place and place != word else None


def party_of(reg: Registry, token: Token) -> str | None:
    """`the Republican`, `the Tory`: the party a definite noun of a party's member names."""
    if token.i not in reg.with_the or token.tag_ in ("NNS", "NNPS") or not token.text[:1].isupper():
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in ("compound", "flat", "poss", "amod") for c in token.children):
        return None  # `the Republican senator` is a description of its own
    return reg.words.parties.get(fold(token.text))


def of_party(reg: Registry, party: str, position: int) -> Person | None:
    """Whom `the Republican` means: the person last mentioned of those the text gave that
    party's word (`her Republican opponent, X,`, `Republican businessman X`)."""
    people = []
    for person in (p for p in reg.everyone if p.kind == "person"):
        words = person.title_words | {f[4:] for f in person.features if f.startswith("mod:")}
        if any(reg.words.parties.get(w) == party for w in words):
            people.append(person)
    return latest(reg, people, position)


def of_nationality(reg: Registry, place: str, gender: str | None, position: int) -> Person | None:
    """Whom `the Bulgarian` means: a person the text gave that nationality, else (as sports
    and feature writing vary a name with a nationality it has not stated) the person last
    named as a subject just before, when their gender agrees and no other nationality is
    known for them."""
    age = next((a for a in map(age_of, reg.doc[position].children) if a is not None), None)
    people = [p for p in reg.everyone if p.kind == "person" and agrees(p, gender) and age_fits(p, age)]
    stated = [p for p in people if place in p.places]
    if stated:
        return latest(reg, stated, position) or stated[-1]
    recent = reg.order[bisect_left(reg.order, position - 2 * NEAR_REACH) : bisect_left(reg.order, position)]
    # a subject first; else a name the parser left out of the clause (`X, signed in May, scored`)
    ordered = _main_subjects_first(reg, [i for i in reversed(recent) if reg.resolved[i].salience >= 1])
    ordered += [i for i in reversed(recent) if reg.resolved[i].salience == 0 and reg.resolved[i].how == "explicit"
                and reg.resolved[i].person.gender is not None]  # a person's name, not `Ruaraka Stars`
    for i in ordered:
        resolved = reg.resolved[i]
        person = resolved.person
        if person.kind == "person" and agrees(person, gender) and not person.places and age_fits(person, age):
            return person
    return None


def _main_subjects_first(reg: Registry, subjects: list[int]) -> list[int]:
    """Subjects, the latest sentence first, and within one sentence its main clause's subject
    before the subject of a clause below it (`X won the title after Y faltered.` then `the
    Dane said`: X, whom the sentence is about, not Y of its `after` clause)."""
    def key(i: int) -> tuple[int, int, int]:
        return -sentence_bounds(reg.doc[i])[0], -reg.resolved[i].salience, -i
    return sorted(subjects, key=key)


def learn_nationality(reg: Registry, person: Person, place: str, position: int) -> None:
    """What `the Bulgarian` at `position` tells of the person it names, when the text had
    stated no nationality for them: that one, and the age it gives (`the 24-year-old
    Bulgarian`). The walk records it, for the mentions after it; a question asked once the
    registry is built reads it and records nothing."""
    if place in person.places:
        return
    person.places.add(place)
    age = next((a for a in map(age_of, reg.doc[position].children) if a is not None), None)
    if age is not None:
        person.describe(f"age:{age}", position)
