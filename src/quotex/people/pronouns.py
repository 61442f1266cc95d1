"""Pronouns: whom a `he`, `she` or `it` stands for.

`antecedent`: the latest person (or, for `it`, organisation) whose gender agrees, a subject
first, near before far; `pronoun_antecedent` prefers the subject its own paragraph gave
(`in_paragraph`), and counts the rivals that agree as well.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from quotex.parse.marks import paragraph_index
from quotex.parse.syntax import noun_phrase
from quotex.people.entities import Person, Resolved, Unnamed, agrees
from quotex.people.mentions import a_spokesperson, first_mention, is_addressee, resolved_since, spoken_of
from quotex.people.reading import COMPETITION_REACH, NEAR_REACH, PRONOUN_REACH, SUBJECTS
from quotex.people.registry import Registry

MAIN_SALIENCE = 2  # the highest salience a mention has (`entities.Resolved.salience`): a main clause's or a cue's subject


def antecedent(reg: Registry, position: int, gender: str | None = None, organisations: bool = False,
               known_first: bool = False, besides: Person | None = None) -> tuple[Person | None, int]:
    """The person a pronoun at `position` stands for: the latest person whose gender
    agrees, named as the subject of a main clause or a cue, else as any subject, else
    anywhere; and how many other such people in close reach agree as well. With
    `organisations`, the same among organisations only (`it`); with `known_first`, one the
    text told to be of that gender before one whose gender it never told; never `besides`
    (the one who speaks to the pronoun)."""
    order = reg.order
    earlier = [
        (i, reg.resolved[i])
        for i in order[bisect_left(order, position - PRONOUN_REACH) : bisect_left(order, position)]
        if (gender is None or reg.resolved[i].person.kind == "person") and agrees(reg.resolved[i].person, gender)
        and (not organisations or reg.resolved[i].person.kind == "organisation") and not in_its_report(reg, position, i)
        and reg.resolved[i].person is not besides
    ]
    rivals = {id(r.person) for i, r in earlier if i >= position - COMPETITION_REACH}
    earlier = [(i, r) for i, r in earlier if not spoken_of(reg, position, i, gender)]  # a rival still, but not the one who speaks
    # Close by, a subject, or anyone whose gender the text told and that agrees (`striker X`
    # before `he`); a mere proper noun in an object (`in New York`) waits for the wider reach.
    near = [
        (i, r)
        for i, r in earlier
        if i >= position - NEAR_REACH and (r.salience >= 1 or gender is not None and r.person.gender == gender)
    ]
    chosen = _nearest(near, earlier)
    if known_first and chosen is not None and chosen.gender is None and gender is not None:
        # `she asked him`: the one spoken to is someone the text already calls `he`, not a
        # name of no told gender that stood nearer.
        chosen = _nearest(*([(i, r) for i, r in reach if r.person.gender == gender] for reach in (near, earlier))) or chosen
    return (chosen, len(rivals - {id(chosen)})) if chosen is not None else (None, 0)


def _nearest(*reaches: list[tuple[int, Resolved]]) -> Person | None:
    """The latest person of the first reach that holds any, the most salient first."""
    for reach in reaches:  # close by first: the nearest agreeing person wins
        for least in (2, 1, 0):
            candidates = [(i, r) for i, r in reach if r.salience >= least]
            if candidates:
                return max(candidates, key=lambda item: item[0])[1].person
    return None


def pronoun_antecedent(reg: Registry, position: int, gender: str | None) -> tuple[Person | Unnamed | None, int]:
    """What a pronoun at `position` stands for: the subject its paragraph gave before it
    when one agrees (see `_in_paragraph`), else `_antecedent`'s choice."""
    person, others = antecedent(reg, position, gender)
    if gender is None:
        return person, others
    local = in_paragraph(reg, position, gender)
    if local is None or local is person:
        return person, others
    if isinstance(local, Unnamed):
        return local, others
    return local, rivals(reg, position, gender, local)


def in_paragraph(reg: Registry, position: int, gender: str) -> Person | Unnamed | None:
    """The person a `he` or `she` stands for within its own paragraph, as a reader takes it:
    the subject of a main clause before it (else of any clause) whose gender agrees, the
    latest of them (`Qavelle is less methodical. "…," she says.`), even when the text
    describes that person without a name (`Her husband insists …. "…," he says.`); but when
    a later turn of dialogue spoke to someone of that gender, the one addressed (`"…?" she
    asked him. "…," he replied.`). A paragraph that names no one before the pronoun (one
    that opens with the quotation) goes on from the main subject of the paragraph before it.
    One that names people but no subject that fits (`The panel heard from X, a beekeeper. She
    said …`) goes to the one person it introduces (`introduced_in`). None when neither gives
    such a subject."""
    starts = reg.paragraph_starts
    if not starts:
        return None
    index = paragraph_index(starts, reg.doc[position].idx)
    found, seen = subject_since(reg, position, gender, starts[index])
    if found is None and seen:
        introduction = _introduction_in(reg, position, gender, starts[index])
        if introduction is not None and _first_named_plainly(reg, introduction[1]):
            found = introduction[0]
    if found is None and not seen and index > 0:
        found, _ = subject_since(reg, position, gender, starts[index - 1], addressees=False)
        if isinstance(found, Person) and not main_subject_in(reg, found, position, starts[index - 1]):
            found = None  # only what a sentence is about speaks on into the next paragraph
        if isinstance(found, Person) and not _after_a_quotation(reg, position, starts[index]):
            found = _voice_about_another(reg, found, gender, starts[index - 1], position) or found
        if found is None:
            found = introduced_in(reg, position, gender, starts[index - 1])
    return found


def _after_a_quotation(reg: Registry, position: int, start: int) -> bool:
    """Whether a quotation stands between character `start` and the pronoun at `position`: the
    pronoun then tells who said it (`"…," she said`), which the voice before mostly did."""
    span = reg.doc.char_span(start, reg.doc[position].idx, alignment_mode="expand")
    return span is not None and any(reg.quoted[span.start : position])


def _voice_about_another(reg: Registry, voice: Person, gender: str, start: int, position: int) -> Person | None:
    """`Her survey mapped …. The society's chair, Ana Roe, said the survey was decades early.` ⏎
    `She received an honorary degree in 2001.`: a person the paragraph before names for the first time, as
    the subject of a cue, whom it brings in to speak of someone else of the same gender (a
    `her` before the new name, or one that is no possessive in what the new voice reports:
    `his customers` there is the voice's own), is a voice about that
    other; the `she` that opens the next paragraph's narrative goes on with the other, whom the
    text was about before the voice came in (not a `she said` after a quotation there: that is
    mostly the voice going on). None when the paragraph shows no such other."""
    first = first_mention(reg, voice, position)
    if first is None or reg.doc[first].idx < start:
        return None
    head = reg.doc[first]
    while head.dep_ in ("appos", "compound", "flat") and head.head.i != head.i:
        head = head.head
    cue = head.head
    if head.dep_ not in SUBJECTS or cue.i not in reg.cue_roots:
        return None
    span = reg.doc.char_span(start, reg.doc[position].idx, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.i >= position or token.pos_ != "PRON" or reg.words.gendered.get(token.lower_) != gender:
            continue
        if token.dep_ not in _NOT_SUBJECTS or reg.quoted[token.i]:
            continue
        if token.i < first or token.dep_ != "poss" and cue in token.ancestors and token.i > cue.i:
            other, _ = antecedent(reg, token.i, gender, besides=voice)
            return other
    return None


_NOT_SUBJECTS = {"poss", "dobj", "pobj", "dative"}  # a `her` that cannot be the clause's own subject


def introduced_in(reg: Registry, position: int, gender: str, start: int) -> Person | None:
    """The one person of an agreeing gender whom the text names for the first time between
    character `start` and `position`: a paragraph that introduces someone is about them, even
    as the object of its sentence (`The night desk belongs to Ana Roe, 26, who …`), more
    than about a person met before who stands only in a clause of it (`until Doe caught her`).
    Only a name with an introduction (an apposition, an age, a relative clause) counts: a name
    in a list or an outlet's name introduces no one."""
    introduction = _introduction_in(reg, position, gender, start)
    return introduction[0] if introduction is not None else None


def _introduction_in(reg: Registry, position: int, gender: str, start: int) -> tuple[Person, int] | None:
    """`introduced_in`'s person with the index of their first mention, which the caller that
    also asks whether that mention is a plain name (`_first_named_plainly`) reads instead of
    looking it up again."""
    named = {id(r.person): r.person for _, r in resolved_since(reg, start, position)
             if r.person.kind == "person" and r.how == "explicit" and agrees(r.person, gender)}
    firsts = [(person, first_mention(reg, person, position)) for person in named.values()]
    new = [(person, first) for person, first in firsts if first is not None and reg.doc[first].idx >= start
           and any(c.dep_ in _INTRODUCING for c in reg.doc[first].children)]
    return new[0] if len(new) == 1 else None


_INTRODUCING = {"appos", "relcl", "acl"}  # `Ana Roe, 26, who …`: an introduction says who they are


def _first_named_plainly(reg: Registry, first: int) -> bool:
    """Whether a person's first mention (the token at `first`) is a name of their own: not a description
    the text took for a name (`the county's new sheriff, who …`: a determiner before it) nor a
    name the parser hung another name on as its apposition (`At Doe Park, Ana Roe, the
    club's president,`)."""
    token = reg.doc[first]
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
        return False
    return not any(t.dep_ == "det" for t in noun_phrase(token))


def subject_since(reg: Registry, position: int, gender: str, start: int, addressees: bool = True
) -> tuple[Person | Unnamed | None, bool]:
    """`_in_paragraph`'s choice among the mentions from character `start` to `position`, and
    whether any person of any gender was named there. One addressed counts only when the text
    tells their gender (`him`, a given name): an outlet told something never answers."""
    subjects: list[tuple[int, int, Person | Unnamed]] = []  # (salience, position, who)
    addressed: list[tuple[int, Person]] = []
    seen = False
    latest_main = -1  # a spokesperson or an unnamed subject before the latest main subject cannot win over it
    for i, resolved in resolved_since(reg, start, position):
        if resolved.person.kind != "person":
            continue
        seen = True  # `Doe's role is unclear, but he …`: a person the paragraph names holds its pronouns
        if not agrees(resolved.person, gender) or in_its_report(reg, position, i) or spoken_of(reg, position, i, gender):
            continue
        if resolved.salience >= 1:
            subjects.append((resolved.salience, i, resolved.person))
            if resolved.salience >= MAIN_SALIENCE:
                latest_main = i
                break  # the latest main subject: no earlier mention can win over it, nor be addressed after it
        elif addressees and is_addressee(reg, reg.doc[i]) and told_gender(reg, reg.doc[i], resolved.person) == gender:
            addressed.append((i, resolved.person))
    for i, unnamed in reg.unnamed.items():
        if i < position and reg.doc[i].idx >= start and unnamed.salience >= 1:
            seen = True
            if unnamed.gender in (None, gender):
                subjects.append((unnamed.salience, i, unnamed))
    for spokesperson in spokespeople_since(reg, position, gender, start, after=latest_main):
        seen = True
        subjects.append((spokesperson.salience, spokesperson.at, spokesperson))
    best = max(subjects, key=lambda item: item[:2]) if subjects else None
    latest_addressed = max(addressed, key=lambda item: item[0]) if addressed else None
    if latest_addressed is not None and (best is None or latest_addressed[0] > best[1]):
        return latest_addressed[1], seen
    return (best[2] if best is not None else None), seen


def spokespeople_since(reg: Registry, position: int, gender: str, start: int, after: int = -1) -> list[Unnamed]:
    """The spokespeople without a name who speak between character `start` and `position`
    (`A spokesman for the operator said …. ⏎ "…," he said.`): a person of the gender their word
    tells, whom a `he` or `she` after them stands for, though what they say is their body's."""
    found: list[Unnamed] = []
    span = reg.doc.char_span(start, reg.doc[position].idx, alignment_mode="expand")
    if span is None:
        return found
    # only a cue's children can be its subject: look them up, not every token since `start`
    first = max(span.start, after + 1)  # none at or before token `after` can win (`subject_since`)
    children = reg.cue_children[bisect_left(reg.cue_children, first) : bisect_left(reg.cue_children, min(span.end, position))]
    for token in (reg.doc[i] for i in children):
        if token.dep_ not in SUBJECTS or reg.quoted[token.i]:
            continue
        told = reg.words.gendered.get(token.lower_)
        if told not in (None, gender) or not a_spokesperson(reg, token):
            continue
        if any(t.i in reg.mentions and reg.mentions[t.i].kind == "person" for t in token.subtree):
            continue  # `A spokeswoman for X, Tara Osei, said`: the person named is the subject
        found.append(Unnamed(token.i, told, MAIN_SALIENCE))
    return found


def in_its_report(reg: Registry, position: int, i: int) -> bool:
    """Whether the mention at token `i` stands in what the pronoun at `position` is the speaker
    of (`South Carolina, he said, was …` · `Doe, she said, had left`): a name in the words a
    pronoun reports is someone other than the pronoun (no speaker is named in their own words
    by a name their pronoun governs), so it is no antecedent for it."""
    pronoun = reg.doc[position]
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.i not in reg.cue_roots or verb.i == pronoun.i:
        return False
    if any(reg.quoted[i : position]):
        return False  # a cue that follows a quotation may be parsed as governing all before it
    token = reg.doc[i]
    if verb.dep_ != "parataxis":
        report = _fronted_report(token, verb, position)
        return report is not None and _voice_goes_on(reg, position, report, reg.resolved.get(i))
    return verb.head in token.ancestors and verb not in token.ancestors  # the clause a parenthetical cue interrupts


def _fronted_report(token: Token, verb: Token, position: int) -> Token | None:
    """The clause a cue reports ahead of its `he` or `she` (`Doe had played hurt all season, he
    said.`) when a mention stands in it: a writer names a person who speaks in the cue, not in
    the words before it (`He had played hurt …, Doe said`), so the name is mostly someone the
    speaker spoke of. Not for `it`: a body is named in its own words often enough (`The
    council acted on a complaint, it said`)."""
    return next((child for child in verb.children
                 if child.dep_ == "ccomp" and child.i < position and child in (token, *token.ancestors)), None)


def _voice_goes_on(reg: Registry, position: int, report: Token, mentioned: Resolved | None) -> bool:
    """Whether the `he` or `she` at `position` may go on with someone else of its gender whom
    its paragraph made a subject before the report (`The coach said he would not change the team.
    Doe had played hurt, he said.`): only then is a name in that report surely someone else;
    a paragraph that brings its speaker in with the report names them there often enough
    (`Former Rep. Doe was for Roe at first, he said`)."""
    pronoun = reg.doc[position]
    gender = reg.lexicon.pronouns.get(pronoun.lower_)
    if gender is None or mentioned is None or not reg.paragraph_starts:
        return False
    start = reg.paragraph_starts[paragraph_index(reg.paragraph_starts, pronoun.idx)]
    return any(resolved.person is not mentioned.person and resolved.person.kind == "person" and resolved.salience >= 1
               and agrees(resolved.person, gender) and not reg.quoted[i]
               for i, resolved in resolved_since(reg, start, report.left_edge.i))


def main_subject_in(reg: Registry, person: Person, position: int, start: int) -> bool:
    """Whether a person is, between character `start` and `position`, the subject of a main
    clause or the subject a sentence opens with (`Doe has a plan.`, not `While Doe had …`)."""
    for i, resolved in resolved_since(reg, start, position):
        if resolved.person is not person or resolved.salience < 1:
            continue
        first = noun_phrase(reg.doc[i]).start
        opens = first == 0 or reg.doc[first - 1].text in reg.lexicon.grammar.sentence_ends or "\n" in reg.doc[first - 1].text
        if resolved.salience >= 2 or opens:
            return True
    return False


def rivals(reg: Registry, position: int, gender: str | None, chosen: Person) -> int:
    """How many other people of an agreeing gender the text named in close reach before `position`."""
    order = reg.order
    near = order[bisect_left(order, position - COMPETITION_REACH) : bisect_left(order, position)]
    people = {id(reg.resolved[i].person) for i in near if reg.resolved[i].person.kind == "person" and agrees(reg.resolved[i].person, gender)}
    return len(people - {id(chosen)})


def told_gender(reg: Registry, token: Token, person: Person) -> str | None:
    """The gender a mention's own word tells (`him`), else the one known of its person."""
    return reg.words.gendered.get(token.lower_) if token.pos_ == "PRON" else person.gender


def addressed(reg: Registry, token: Token) -> bool:
    """Whether a token is a gendered pronoun for the one a cue speaks to (`she asked him`)."""
    return token.pos_ == "PRON" and token.lower_ in reg.words.gendered and is_addressee(reg, token)
