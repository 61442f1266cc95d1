"""Stage 3: who a mention a rule found names, by resolvers declared in order in `RESOLVERS`.

A mention the walk (stage 2) resolved is answered from the registry as it was resolved there.
Any other is read by the resolvers below, in order; the first that answers decides it. Each
is a small function of the registry and the mention that returns a `Resolution`: the name,
how it was found, and how many other entities fitted as well (what `confidence` reads).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from quotex.lexicon import fold
from quotex.parse.marks import paragraph_index
from quotex.parse.syntax import noun_phrase
from quotex.parse.tree import sentence_bounds
from quotex.people.descriptions import described_entity, description_in, head_fits, named_in_apposition
from quotex.people.documents import (
    after_dateline,
    author_of,
    body_in_passing,
    direct_author,
    document_head,
    employer,
    handle_before,
    holder_of,
    spokesperson_for,
    unnamed_source,
)
from quotex.people.entities import Person, Resolution, Unnamed
from quotex.people.focus import demonym_of, in_focus, of_nationality, protagonist
from quotex.people.mentions import (
    a_spokesperson,
    describe_phrase,
    first_mention,
    in_headline,
    is_pronoun,
    noun_named,
    organisation_noun,
    pronoun_gender,
    resolved_since,
    role_opening_a_line,
)
from quotex.people.naming import bearer_of_the_whole_name, lookup, name_words
from quotex.people.pronouns import antecedent, pronoun_antecedent
from quotex.people.reading import (
    COMPETITION_REACH,
    SUBJECTS,
    body_name,
    given_as_a_name,
    relative_antecedent,
    strip_determiner,
)
from quotex.people.registry import Registry

Resolver = Callable[[Registry, Span, Token, bool], Resolution | None]


def resolve(reg: Registry, mention: Span | None, relative: bool = False) -> Resolution:
    """Who a mention names, how, and how many other entities fitted it as well.

    With `relative`, a relative pronoun names the noun its clause hangs from (`vet Anna
    Vogt, who said …`): right for the clause its own cue reports, while a quotation near a
    relative clause's cue is often another speaker's (`told a woman who asked …, "…"`), and
    the pronoun search does better there."""
    if mention is None:
        return Resolution(None, "none")
    root = mention.root  # read once: a Span finds its root anew each time
    for resolver in RESOLVERS:
        found = resolver(reg, mention, root, relative)
        if found is not None:
            return found
    return Resolution(strip_determiner(mention), "unresolved")


def walked(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """A mention the walk resolved: as it resolved it."""
    resolved = reg.resolved.get(root.i)
    return Resolution(resolved.person.name, resolved.how, resolved.competitors) if resolved is not None else None


def function_word(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """A preposition or a determiner the parser took for a speaker is never one's name: `Of
    Carson, Levine, who …, said` (`Of` as the subject): the preposition's last object; a lone
    `a` of `in a written statement`: the noun phrase it determines."""
    if root.pos_ == "ADP":
        target = max((c for c in root.children if c.dep_ == "pobj"), key=lambda c: c.i, default=None)
    elif root.pos_ == "DET" and root.dep_ == "det" and len(mention) == 1:
        target = root.head
    else:
        return None
    if target is None or target.i == root.i or target.pos_ not in ("NOUN", "PROPN"):
        return Resolution(None, "unresolved")
    return resolve(reg, noun_phrase(target, reg.quoted, reg.lexicon), relative)


def dateline(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """A dateline taken for a subject: the first entity named after its dash."""
    return after_dateline(reg, root) if root.i in reg.datelines else None


def relative_pronoun(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`vet Anna Vogt, who said …`: the relative pronoun is the noun its clause hangs from."""
    noun = relative_antecedent(root, reg.lexicon) if relative else None
    return resolve(reg, noun_phrase(noun, reg.quoted, reg.lexicon)) if noun is not None else None


def body_relative_pronoun(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`… was opposed by the Eastport Anglers, a club of fishers, which said …`: `which` stands for a
    body (a person takes `who`), so when its clause hangs from an organisation, or from a noun
    in apposition to one, that body says it, not whoever a pronoun search finds."""
    if not relative or root.lower_ not in reg.lexicon.grammar.body_relative or root.head.dep_ != "relcl":
        return None
    noun = root.head.head
    for candidate in (noun, noun.head) if noun.dep_ == "appos" else (noun,):
        if candidate.i >= root.i or candidate.pos_ not in ("NOUN", "PROPN"):
            continue
        body = reg.mentions.get(candidate.i)
        named = body is not None and body.kind == "organisation"
        if named or candidate.pos_ == "NOUN" and organisation_noun(reg, fold(reg.lexicon.lemma(candidate))):
            return resolve(reg, noun_phrase(candidate, reg.quoted, reg.lexicon))
    return None


def impersonal_pronoun(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`it said`: a body, never a person."""
    if root.lower_ not in reg.words.impersonal_pronouns:
        return None
    person, others = antecedent(reg, root.i, organisations=True)
    if person is not None:
        return Resolution(person.name, "pronoun", others)
    body = _body_that_spoke_before(reg, root)
    return Resolution(strip_determiner(noun_phrase(body)) if body is not None else None, "unresolved")


def _body_that_spoke_before(reg: Registry, pronoun: Token) -> Token | None:
    """`…, the elections board said. …, it said`: an `it` no named body fits goes on with the
    body a cue just before it had speak, as the text wrote it: the subject of the last cue in
    its sentence or the one before, when that is a word for a body."""
    start, _ = sentence_bounds(pronoun)
    start = sentence_bounds(reg.doc[start - 1])[0] if start > 0 else start
    cues = [i for i in reg.cue_roots if start <= i < pronoun.head.i and not reg.quoted[i]]
    if not cues:
        return None
    subject = next((c for c in reg.doc[max(cues)].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN" or reg.quoted[subject.i]:
        return None
    return subject if organisation_noun(reg, fold(reg.lexicon.lemma(subject))) else None


def plural_pronoun(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`A spokesperson for the operator said …. The depot would reopen by noon, they said`;
    `…, according to analysts at X, who …. …, they wrote`: a `they` that speaks goes on with
    the voice just before it in its paragraph when that voice is no one named person but a
    group (a plural noun) or a spokesperson the text gives no gender; it names whom that voice
    names (the body, or the group as written), not the person named nearest, whom a `they`
    would not stand for alone."""
    if root.lower_ not in reg.lexicon.grammar.plural_pronouns or root.dep_ not in SUBJECTS or root.head.i not in reg.cue_roots:
        return None
    voice = _voice_before(reg, root)
    if voice is None:
        return None
    found = resolve(reg, noun_phrase(voice, reg.quoted, reg.lexicon))
    if found.name is None:
        return None
    return Resolution(found.name, "unresolved" if found.how == "unresolved" else "pronoun", found.competitors)


def _voice_before(reg: Registry, pronoun: Token) -> Token | None:
    """The latest voice before a pronoun in its paragraph (a cue's subject, or the source of
    `according to`), when it is a plural noun or a spokesperson of no told gender; None when
    it is anyone else (a name, `he`), or when the paragraph has no voice before the pronoun."""
    starts = reg.paragraph_starts
    start = starts[paragraph_index(starts, pronoun.idx)] if starts else 0
    span = reg.doc.char_span(start, pronoun.idx, alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(span):
        if token.i >= pronoun.i or reg.quoted[token.i] or not _a_voice(reg, token):
            continue
        if token.i in reg.resolved and reg.resolved[token.i].how == "explicit":
            return None  # `Doe said …`: a named voice, which the pronoun search weighs
        plural = token.tag_ == "NNS" and token.pos_ == "NOUN"
        unnamed_spokesperson = a_spokesperson(reg, token) and token.lower_ not in reg.words.gendered
        return token if plural or unnamed_spokesperson else None
    return None


def _a_voice(reg: Registry, token: Token) -> bool:
    """Whether a token is what speaks in a cue: its subject, or the source `according to` names."""
    if token.dep_ in SUBJECTS and token.head.i in reg.cue_roots:
        return True
    phrase = reg.lexicon.grammar.according_to
    start = token.head.i - len(phrase) + 1
    return token.dep_ == "pobj" and start >= 0 and tuple(fold(t.text) for t in reg.doc[start : token.head.i + 1]) == phrase


def pronoun(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """A personal pronoun: its antecedent; a subject described without a name as the text
    gives it (`Her husband insists … "…," he says`)."""
    if not (is_pronoun(reg, root) or root.pos_ == "PRON"):
        return None
    found, others = pronoun_antecedent(reg, root.i, pronoun_gender(reg, root))
    if isinstance(found, Unnamed):
        body = spokesperson_for(reg, reg.doc[found.at])  # `A spokesman for X said …. "…," he said`: X
        if body is not None:
            return Resolution(body.name, "pronoun", others)
        passing = body_in_passing(reg, reg.doc[found.at])  # `A Mintwell spokesman said …. "…," he said`
        if passing is not None:
            return Resolution(passing, "pronoun", others)
        return Resolution(strip_determiner(noun_phrase(reg.doc[found.at])), "unresolved")
    return Resolution(found.name, "pronoun", others) if found else Resolution(None, "unresolved")


def nationality(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`the Bulgarian`: the person of that nationality, else the words as written."""
    demonym = demonym_of(reg, root)
    if demonym is None:
        return None
    found = of_nationality(reg, *demonym, root.i)
    return Resolution(found.name, "descriptor") if found else Resolution(strip_determiner(mention), "unresolved")


def line_opening_role(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`Beekeeper tells inquiry …` over a story, `- Governor says the parade will go ahead` among its key
    events: a headline's bare noun for a role (`role_opening_a_line`) is the person the text
    gives that role (`X, a beekeeper from the valley,`), before it or after, as `the beekeeper`
    would be; it passes when the text gives the role to no person."""
    if len(mention) != 1 or not role_opening_a_line(reg, root):
        return None
    described = describe_phrase(reg, mention)
    if described is None or described.head != fold(root.text):
        return None
    person, others = described_entity(reg, described, mention.start)
    return Resolution(person.name, "descriptor", others) if person is not None and person.kind == "person" else None


def name(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """A personal name: its bearer, else the name (or a body's name) as written."""
    words = name_words(reg, mention)
    if not words:
        return _proper_description(reg, mention, root)
    person, others = lookup(reg, words, root.i)
    if person is not None:
        return Resolution(person.name, "explicit", others)
    whole = bearer_of_the_whole_name(reg, root, words)
    if whole is not None:
        return Resolution(whole.name, "explicit")
    return Resolution(body_name(mention) or " ".join(words), "explicit")


def _proper_description(reg: Registry, mention: Span, root: Token) -> Resolution | None:
    """`The Reeve, Cllr Ana Ó hAodha,`: a lone proper noun with an article, which is no
    one's name, names the person in apposition; a role (`the Treasurer`) is read as the
    description it is; else (`the Guardian`, `the Kremlin`) it stands as written, never for the
    person in focus."""
    before = reg.doc[root.i - 1] if root.i > 0 else None
    if root.pos_ != "PROPN" or before is None or fold(before.text) not in reg.lexicon.grammar.definite_articles:
        return None
    named = named_in_apposition(reg, root)
    if named is not None:
        return Resolution(named.name, "explicit")
    if fold(root.text) in reg.lexicon.roles:
        return None  # `the Treasurer's plan`: a role some styles capitalise, a description to fit
    return Resolution(strip_determiner(mention), "unresolved")


def capitals(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """A transcript's `SMITH:`: the person of that name."""
    if not mention.text.isupper():
        return None
    person, others = lookup(reg, tuple(mention.text.split()), root.i)
    return Resolution(person.name, "explicit", others) if person is not None else None


def apposition(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`A lawyer for the papers, Ivo Brandt, said`: the name in apposition; `One of them,
    a teacher named X, said`: the name a participle gives (`named_by_participle`)."""
    named = named_in_apposition(reg, root) or named_by_participle(reg, root)
    return Resolution(named.name, "explicit") if named is not None else None


def named_by_participle(reg: Registry, root: Token) -> Person | None:
    """`a teacher named X`, `One of them, a nurse called X,`: the person whose name a
    participle gives a noun (or the noun in apposition to it) as its object predicate; `a
    nurse who gave her name only as X`, `one farmer, who gave only his first name, X,`: the
    person whose name a clause within the description gives."""
    nouns = {root, *(c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")}
    for name in root.subtree:
        if name.pos_ != "PROPN" or not (noun_named(name, reg.lexicon.grammar) in nouns or given_as_a_name(name, reg.lexicon)):
            continue
        person = reg.mentions.get(name.i)
        if person is not None and person.kind == "person":
            return person
    return None


def spokesperson_in_passing(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`a Mintwell spokeswoman said`, the text naming no body `Mintwell`: the body as the phrase
    names it, not another body the sentence or the text before names."""
    words = body_in_passing(reg, root) if root.pos_ == "NOUN" else None
    return Resolution(words, "explicit") if words is not None else None


def reply(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`"We sent an engineer," she said. "Nobody came," came the reply.`: an answer no name is
    given for (`the reply`, `came the answer from his neighbour`) is the other side of the
    exchange: whom the last person named before it addressed (`the barrister asked the
    tenant`), else the person named before them who was someone else, a little way back."""
    if root.pos_ != "NOUN" or root.tag_ != "NN" or fold(reg.lexicon.lemma(root)) not in reg.lexicon.grammar.reply_nouns:
        return None
    if root.dep_ not in SUBJECTS or reg.quoted[root.i] or root.head.lower_ in reg.lexicon.grammar.copula_forms:
        return None  # `came the reply`: the subject of its verb, which may be no cue; `the answer is …` says what one is
    if any(c.dep_ == "poss" for c in root.children) or direct_author(reg, root) is not None:
        return None  # `his reply`, `a reply from Ana Roe`: whose it is, as a document's author
    speakers = _speakers_before(reg, root)
    if not speakers:
        return None
    last, addressee = speakers[0]
    other = addressee or next((person for person, _ in speakers if person is not last), None)
    return Resolution(other.name, "descriptor") if other is not None else None


def _speakers_before(reg: Registry, root: Token) -> list[tuple[Person, Person | None]]:
    """The people the text named before a token, the latest first (`she said`, `then up stood
    her rival, X`), each with the person its verb addressed (`asked the tenant`),
    within twice the reach where another person competes for a pronoun (an exchange's short
    paragraphs)."""
    begin = reg.doc[max(0, root.i - 2 * COMPETITION_REACH)].idx
    found: list[tuple[Person, Person | None]] = []
    for at, resolved in resolved_since(reg, begin, root.i):
        if resolved.person.kind != "person" or reg.quoted[at]:
            continue
        verb = reg.doc[at].head
        addressed = [reg.resolved[c.i].person for c in verb.children if c.dep_ in ("dobj", "dative") and c.i in reg.resolved]
        addressee = next((p for p in addressed if p.kind == "person" and p is not resolved.person), None)
        found.append((resolved.person, addressee))
    return found


def description(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """A description: the entity it fits; in a headline, the person the story is about; in
    the body, the person in focus."""
    described = description_in(reg, mention)
    if described is None:
        return None
    person, others = described_entity(reg, described, mention.start)
    headline = in_headline(reg, mention)
    if person is None and headline and not organisation_noun(reg, described.head or ""):
        person = protagonist(reg, described.gender)  # `'…,' says cyclist hit by tree`: whom the story is about
    if person is not None:
        return Resolution(person.name, "descriptor", others)
    focus = None if headline else in_focus(reg, described, root)
    return Resolution(focus.name, "focus") if focus is not None else None


def role_named_later(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`… was sentenced by a judge who said …` ⏎ … ⏎ `Justice Ana Roe said …`: a role a lede gives
    with an indefinite article (`a judge`, `one senator`) that no one named before it holds is
    the person the text names with that role after it; a news lede leaves the name for later."""
    if root.pos_ != "NOUN" or root.tag_ != "NN" or reg.quoted[root.i]:
        return None
    head = fold(reg.lexicon.lemma(root))
    if head not in reg.lexicon.roles or head in reg.lexicon.unnamed_sources:
        return None
    first = mention[0]
    grammar = reg.lexicon.grammar
    body_role = fold(first.text) in grammar.body_possessives  # `its chair`: the role of a body the lede names
    if first.i >= root.i or fold(first.text) not in grammar.indefinite_articles | {"one"} and not body_role:
        return None
    starts = reg.paragraph_starts
    if not starts or paragraph_index(starts, root.idx) > 2 or in_headline(reg, mention):
        return None  # only a lede: the first paragraph, or the first after a headline
    described = describe_phrase(reg, mention)
    if described is None or described.head != head:
        return None
    holders = [p for p in reg.everyone if p.kind == "person"
               and (head_fits(reg, p, head, described) is not None or _introduced_doing(reg, p, head))]
    if not holders or any(first_mention(reg, p, root.i) is not None for p in holders):
        return None  # held by someone named before: a description, not a name to come
    named = [(next(i for i in reg.order if i > root.i and reg.resolved[i].person is p), p)
             for p in holders if any(reg.resolved[i].person is p for i in reg.order if i > root.i)]
    return Resolution(min(named, key=lambda n: n[0])[1].name, "descriptor") if named else None


def _introduced_doing(reg: Registry, person: Person, role: str) -> bool:
    """Whether the text named a person with a clause whose verb is the role's noun (`X, who
    chairs the board,`: a chair)."""
    return any(reg.resolved[i].person is person and any(c.dep_ == "relcl" and fold(reg.lexicon.lemma(c)) == role
                                                        for c in reg.doc[i].children) for i in reg.order)


def bare_body(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`police said`: a word for a kind of body with no article (`police`) names the one body of
    that kind the text names (`the Wendlecombe Police Department`), before or after it; as
    written when the text names none, or several."""
    if len(mention) != 1 or root.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in root.children):
        return None
    word = fold(reg.lexicon.lemma(root))
    if not organisation_noun(reg, word) or word in reg.words.generic_organisations:
        return None
    bodies = [p for p in reg.everyone if p.kind == "organisation"
              and any(f.startswith("word:") and reg.words.same_kind(f[5:], word) for f in p.features)]
    return Resolution(bodies[0].name, "descriptor") if len(bodies) == 1 else None


def author_of_figures(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`according to the agency's estimates`, `according to council figures`: figures that
    speak for whose they are (the reported-speech reading lets them speak only when the phrase
    names an author); the author, as a document's is found, never the figures."""
    phrase = reg.lexicon.grammar.according_to
    start = mention.start - len(phrase)
    if start < 0 or tuple(fold(t.text) for t in reg.doc[start : mention.start]) != phrase:
        return None
    figures = reg.lexicon.grammar.figure_nouns
    if fold(root.text) not in figures and fold(reg.lexicon.lemma(root)) not in figures:
        return None  # `according to the agency`, `according to his physician`: who speaks
    author = direct_author(reg, root)
    return Resolution(author.name, "document") if author is not None else None


def employer_of(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`Analysts at X said`, `a spokeswoman for the operator`: whom they speak for."""
    body = employer(reg, root)
    return Resolution(body.name, "descriptor") if body is not None else None


def office(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`his office said`: the person who holds the office."""
    holder = holder_of(reg, root)
    return Resolution(holder.name, "document") if holder is not None else None


def document(reg: Registry, mention: Span, root: Token, relative: bool) -> Resolution | None:
    """`His statement`, `the report`: its author, never the document."""
    head = document_head(reg, mention)
    if head is None:
        return None
    handle = handle_before(reg, head) if direct_author(reg, head) is None else None
    if handle is not None:
        return Resolution(handle, "document")
    author = author_of(reg, head)
    if author is not None:
        return Resolution(author.name, "document")
    source = unnamed_source(reg, head)  # `A statement from the regional council`: the body as written
    return Resolution(strip_determiner(source) if source is not None else None, "unresolved")


RESOLVERS: tuple[Resolver, ...] = (
    walked,
    dateline,
    function_word,
    relative_pronoun,
    body_relative_pronoun,
    impersonal_pronoun,
    plural_pronoun,
    pronoun,
    nationality,
    line_opening_role,
    name,
    capitals,
    apposition,
    spokesperson_in_passing,
    author_of_figures,
    reply,
    description,
    role_named_later,
    bare_body,
    employer_of,
    office,
    document,
)
