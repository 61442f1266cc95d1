"""Where a document names people: the model's PERSON entities, or, for a pipeline run
without an entity recogniser, runs of proper nouns that read as a personal name."""

from __future__ import annotations

from collections.abc import Sequence
from weakref import WeakKeyDictionary

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
    capitalised = [t for t in (doc[i] for i in tokens_where(doc, pos=("PROPN",))) if name_capitalised(t, lexicon)]
    # `Baek Ji-hoon` with `Ji` tagged as a noun: a hyphened given name right after a proper noun
    capitalised = sorted({*capitalised, *(doc[glued_end(t)] for t in capitalised
                                          if glued_end(t) < len(doc) and hyphened_word(doc[glued_end(t)]))}, key=lambda t: t.i)
    # `Marvellous Thorsby-Okafor` with `Marvellous` tagged as an adjective: a given name read as another word
    capitalised = sorted({*capitalised, *mistagged_given_names(capitalised, lexicon)}, key=lambda t: t.i)
    # `the critic, Marie-Odile Brisebois,` with `Brisebois` tagged as a noun: a surname read as another word
    capitalised = sorted({*capitalised, *mistagged_surnames(capitalised, lexicon)}, key=lambda t: t.i)
    for token in [*_with_particles(capitalised, lexicon), None]:
        if token is not None and (not run or glued_end(run[-1]) == token.i):
            run.append(token)
            continue
        if run:
            name = personal_name(run, lexicon)
            if name and lexicon.place(" ".join(t.text for t in name)):
                name = []  # `United States`, `North Korea`: a place, not a person
            if name and fold(name[0].text) in lexicon.people_words.place_words:
                name = []  # `Mount Ebbet`, `Lake Ostby`: a place, not a person
            if name and _titled_by_an_article(name, run, lexicon):
                name = []  # `the Sunday Lantern`, `The Harbour Light`: a paper's or a boat's name, not a person's
            if len(name) >= 2 or (name and len(name) < len(run)):
                yield doc[name[0].i : glued_end(name[-1])]
        run = [token] if token is not None else []


def _titled_by_an_article(name: Sequence[Token], run: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether a definite article stands right before a run of capitalised words that is all
    name, the name heading its own phrase: a person's name takes no article (`the Rev. Ana Roe`
    keeps one before her title, `the Ana Roe campaign` before the noun the name qualifies), the
    name of a newspaper, a ship or a band does (`the Sunday Lantern`, `the Daily Tern`)."""
    first, last = name[0], name[-1]
    if first.i != run[0].i or first.i == 0 or last.dep_ in ("compound", "nmod", "amod"):
        return False
    return fold(first.doc[first.i - 1].text) in lexicon.grammar.definite_articles


RELATIVE_WHO = ("who", "whom", "whose")
MISREAD_AS = ("NOUN", "ADJ", "DET")  # the parts of speech a tagger gives a given name it does not know


class _MisreadNames:
    """The given names and surnames of a Doc the tagger read as other words, found once: the
    names step and every mention's name words ask about them, and `person_context` reads the
    whole text for each candidate."""

    __slots__ = ("lexicon", "given_before", "surname_after")

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        proper = [doc[i] for i in tokens_where(doc, pos=("PROPN",))]
        self.given_before = {t.i: given.i for t in proper if (given := _given_name_before(t, lexicon)) is not None}
        self.surname_after = {t.i: surname.i for t in proper if (surname := _surname_after(t, lexicon)) is not None}


_MISREAD: WeakKeyDictionary[Doc, _MisreadNames] = WeakKeyDictionary()


def _misread(doc: Doc, lexicon: Lexicon) -> _MisreadNames:
    found = _MISREAD.get(doc)
    if found is None or found.lexicon is not lexicon:
        found = _MISREAD[doc] = _MisreadNames(doc, lexicon)
    return found


def mistagged_given_names(surnames: Sequence[Token], lexicon: Lexicon) -> list[Token]:
    """Of `surnames`, the given names the tagger read as other words before them
    (`_given_name_before`), in their order."""
    if not surnames:
        return []
    doc = surnames[0].doc
    before = _misread(doc, lexicon).given_before
    return [doc[before[t.i]] for t in surnames if t.i in before]


def mistagged_surnames(given_names: Sequence[Token], lexicon: Lexicon) -> list[Token]:
    """Of `given_names`, the surnames the tagger read as other words after them
    (`_surname_after`), in their order."""
    if not given_names:
        return []
    doc = given_names[0].doc
    after = _misread(doc, lexicon).surname_after
    return [doc[after[t.i]] for t in given_names if t.i in after]


def _given_name_before(surname: Token, lexicon: Lexicon) -> Token | None:
    """A capitalised word the tagger read as a noun, an adjective or a determiner right before a
    proper noun that names a person: a given name and its surname, whatever the given name's tag.
    The word is no title, role, place or party, and, first in its sentence (where any word is
    capitalised), a given name we know; the surname says a person by its shape or by what the
    text does with it (`person_context`), so that a known given name is never the only evidence."""
    if surname.i == 0 or not surname.text[:1].isupper() or surname.pos_ != "PROPN":
        return None
    word = surname.doc[surname.i - 1]
    text = word.text
    if word.pos_ not in MISREAD_AS or not text[:1].isupper() or not text.replace("-", "").isalpha() or len(text) < 2:
        return None
    if word.is_stop:
        return None  # `The Hill`, `Even China`: a word of the grammar, capitalised where it stands
    if _is_title(word, lexicon) or lexicon.place(text) or fold(text) in lexicon.people_words.parties:
        return None
    if _a_word_for_a_person(word, lexicon) or lexicon.place(surname.text):
        return None  # `Wife Ana Roe`, `Optimistic Americans`: a noun for a person, a people
    before = surname.doc[word.i - 1] if word.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and not (
            _is_title(before, lexicon) or before.text.endswith(".")):
        return None  # `Ana Leo Roe`, not `Sen. Ana Roe`: a middle word of a longer run, which the run's own words decide
    if word.whitespace_ == "" or not surname.text.replace("-", "").replace("'", "").isalpha():
        return None  # `Jean-Luc` split at a hyphen, or a word glued to the next
    people = lexicon.people_words
    known = fold(text) in people.given_names or fold(text) in people.rare_given_names
    if _modifies_a_double_barrelled_surname(word, surname) or known and _double_barrelled(surname):
        # `Eirwen Dallow-Mbeki`: the surname's shape says a person's, whatever the parser hung
        # the given name on when it was not sure it was one (`Tamsin` made the subject)
        return word
    opening = word.is_sent_start or word.i == 0 or not surname.doc[word.i - 1].text.strip()
    if opening and not known:
        return None  # `Tuesday Doe` at a sentence's start: a capital the sentence gave it
    return word if person_context(word, surname, lexicon) else None


def _modifies_a_double_barrelled_surname(word: Token, surname: Token) -> bool:
    """`Eirwen Dallow-Mbeki`, `Brisinda Olsen-Achterberg`: a word the parser hangs on a
    double-barrelled surname (`Dahl-Ødegård`: capitalised words of letters joined by hyphens,
    which no common word is) as its adjective, determiner or noun, in title case."""
    return _double_barrelled(surname) and word.head == surname and word.text.istitle()


def _double_barrelled(surname: Token) -> bool:
    """`Dahl-Ødegård`: capitalised words of letters joined by hyphens, which no common word is."""
    parts = surname.text.split("-")
    return len(parts) > 1 and all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in parts)


def _surname_after(given: Token, lexicon: Lexicon) -> Token | None:
    """A capitalised word the tagger read as a noun or an adjective right after a proper noun,
    ending the name: a given name and its surname, whatever the surname's tag. The word is no
    title, role, place, party or word of the grammar, and what the text does with it says a
    person's (`person_context`)."""
    doc, i = given.doc, glued_end(given)
    if i >= len(doc) or given.pos_ != "PROPN" or not given.text[:1].isupper() or not given.whitespace_ and i == given.i + 1:
        return None
    word = doc[i]
    text = word.text
    if word.pos_ not in ("NOUN", "ADJ") or word.is_stop or not text[:1].isupper() or not text.replace("-", "").isalpha():
        return None
    if _is_title(word, lexicon) or lexicon.place(text) or fold(text) in lexicon.people_words.parties:
        return None
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return None  # a run that goes on is no name of two words
    return word if person_context(given, word, lexicon) else None


def _a_word_for_a_person(word: Token, lexicon: Lexicon) -> bool:
    """A noun for a person or a relative (`wife`, `nurse`), capitalised before a name."""
    people = lexicon.people_words
    lower = fold(word.text)
    return lower in people.person_nouns or lower in people.gendered or lexicon.lemma(word) in people.person_nouns


def person_context(given: Token, surname: Token, lexicon: Lexicon) -> bool:
    """Whether what the text does with a surname says it is a person's: a role or a noun for a
    person before the name (`Tenant representative X Y`) or in apposition to it (`the critic,
    X Y,`), a relative `who` on it, a cue verb it is the subject of (`X Y said`), or the surname
    used again alone as a subject or after a title (`Y has spent`, `Ms Y`)."""
    doc = surname.doc
    people = lexicon.people_words

    def a_person_noun(token: Token) -> bool:
        lemma = lexicon.lemma(token)
        return token.pos_ == "NOUN" and token.text.islower() and (lemma in lexicon.roles or lemma in people.person_nouns
                                                                  or token.lemma_ in people.person_nouns)

    before = doc[given.i - 1] if given.i > 0 else None
    if before is not None and a_person_noun(before):
        return True
    if surname.dep_ == "appos" and a_person_noun(surname.head):
        return True
    if any(c.dep_ == "appos" and a_person_noun(c) for c in surname.children):
        return True
    if any(c.dep_ == "relcl" and any(g.lower_ in RELATIVE_WHO for g in c.children if g.dep_.startswith("nsubj")) for c in surname.children):
        return True
    if surname.dep_ in ("nsubj", "nsubjpass") and lexicon.lemma(surname.head) in lexicon.cue_verbs:
        return True
    for other in doc:
        if other.i == surname.i or other.text != surname.text or other.i == 0:
            continue
        previous = doc[other.i - 1]
        if previous.text == given.text:
            continue
        if previous.text.lower().rstrip(".") in lexicon.titles or (other.dep_ in ("nsubj", "nsubjpass") and not previous.text[:1].isupper()):
            return True
    return False


def _with_particles(capitalised: list[Token], lexicon: Lexicon) -> list[Token]:
    """Capitalised proper nouns with the lower-case particles that join them into one name
    (`Haroun bin Tessal`, `Pilar de la Fuente`), and a surname written with its particle and a
    hyphen (`Omar al-Qadiri`), whatever part of speech the tagger gave those words."""
    particles = lexicon.people_words.surname_particles
    found: list[Token] = []
    for k, token in enumerate(capitalised):
        found.append(token)
        doc, i = token.doc, token.i + 1
        while i < len(doc) and doc[i].text.islower() and doc[i].text in particles:
            i += 1
        following = capitalised[k + 1].i if k + 1 < len(capitalised) else -1
        if i > token.i + 1 and i == following:
            found.extend(doc[token.i + 1 : i])  # `bin` between `Haroun` and `Tessal`
        elif i == token.i + 1 < len(doc) and following != i and hyphened_surname(doc[i], lexicon):
            found.append(doc[i])  # `al-Qadiri`, tagged as anything
    return found


HYPHENS = ("-", "\u2010", "\u2011")


def glued_end(token: Token) -> int:
    """Where the word a token starts ends: past the lower-case pieces a hyphen glues to it with
    no space (`Min-jun`, `Seung-ah`: the tokenizer keeps a hyphen on its word only before a
    capital), so that a given name of two syllables stays one word of a name."""
    doc, end = token.doc, token.i + 1
    while (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in HYPHENS
           and not doc[end].whitespace_ and doc[end + 1].text.isalpha() and doc[end + 1].text.islower()):
        end += 2
    return end


def glued_to(token: Token) -> Token:
    """The capitalised word a hyphen or a lower-case piece is glued to (`Min` of `Min-jun`), or
    the token itself when it is no such piece."""
    doc, i = token.doc, token.i
    if token.text not in HYPHENS and (i == 0 or doc[i - 1].text not in HYPHENS):
        return token  # what `glued_end` reads: only a hyphen, or the piece right after one, is glued
    for start in (i - 1, i - 2):
        if start >= 0 and doc[start].text[:1].isupper() and glued_end(doc[start]) > token.i:
            return doc[start]
    return token


def hyphened_word(token: Token) -> bool:
    """`Ji-hoon`, `Seung-ah`: a capitalised word a hyphen glues to a lower-case piece, which
    the tagger may take for anything but a name."""
    return token.text[:1].isupper() and token.text.isalpha() and glued_end(token) > token.i + 1


def word_text(token: Token) -> str:
    """A word of a name with the pieces glued to it (`Min-jun`)."""
    end = glued_end(token)
    return token.text if end == token.i + 1 else token.doc[token.i : end].text


def name_capitalised(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word is written as a name's word: capitalised, or, right after a particle that
    starts a surname, a capital behind one or two lower-case letters (Irish `Ó hAodha`,
    `Mac an tSaoi`, `Ó bhFearraigh`), which the grammar puts there and a name keeps."""
    text = token.text
    if text[:1].isupper():
        return True
    if token.i == 0 or fold(token.doc[token.i - 1].text) not in lexicon.people_words.surname_particles:
        return False
    return any(text[:k].isalpha() and text[:k].islower() and text[k : k + 1].isupper() for k in (1, 2))


def hyphened_surname(token: Token, lexicon: Lexicon) -> bool:
    """`al-Qadiri`, `el-Amin`: a surname written with its particle and a hyphen."""
    particle, hyphen, rest = token.text.partition("-")
    return bool(hyphen) and particle.islower() and particle in lexicon.people_words.surname_particles and rest[:1].isupper()


def personal_name(words: Sequence[Token], lexicon: Lexicon) -> list[Token]:
    """The personal name that ends a run of capitalised words.

    It starts after the last title, role, place or party word ("Foreign Minister Jane Doe",
    "Democrat Jane Doe"), or after a
    word that reads as a title by its place and shape (`title_by_shape`). The last word is the
    name's own even when it also names a place (Jordan). A run right after `<title> of` starts
    with the office's domain ("Secretary of State Jane Doe"). Past three words, the front of
    the run is taken for an office ("Minister of Foreign Affairs Jane Doe"): the given name and
    the surname stay, with a middle initial ("Charles B. Rangel") and the particles that start
    the surname ("Ilse von der Brackel"). A suffix (`Jr.`, `III`) stays at the end.
    """
    core, suffix = _without_suffix(words, lexicon)
    if not core:
        return []
    ends = range(len(core) - 1)
    texts = [w.text for w in core]
    last = max((k for k in ends if _is_title(core[k], lexicon) or _is_place(core, k, lexicon)
                or title_by_shape(core, k, lexicon) or lexicon.people_words.party_before_name(texts, k)
                or cue_before_a_name(core[k], lexicon)), default=-1)
    name = list(core[last + 1 :])
    keep = _name_length(name, lexicon)
    if last < 0 and len(name) > 2 and _ends_an_office(core[0], lexicon):
        # "Secretary of State Jane Doe": a run after `<title> of` starts with what the office is of.
        name = name[1:]
        if len(name) > keep:
            name = name[-keep:]
    elif len(name) > max(3, keep):
        name = name[-keep:]
    return name + suffix


def cue_before_a_name(token: Token, lexicon: Lexicon) -> bool:
    """`Stated Doe: "…"`, `Added Doe:`: the past of a verb of saying, capitalised before the name
    of the one who said it, is no word of the name. Only a past in `-ed`: `Said` is a name too."""
    word = token.lower_
    return word.endswith("ed") and lexicon.word_lemmas.get(word, "") in lexicon.cue_verbs


OFFICE_ENDINGS = ("man", "woman")  # `Alderman`, `Councilwoman`, `Assemblyman`
OFFICE_LENGTH = 8  # letters at least of a word that ends like an office (not `Human`, `Coleman`)


def title_by_shape(words: Sequence[Token], k: int, lexicon: Lexicon) -> bool:
    """Whether a word before at least a given name and a surname is a title or an office, not
    the name's first word, by its place and shape even when no list holds it: a word that is no
    given name before a common given name (`Councilwoman Dana Pruitt`, `Deckhand Ana Reyes`), an
    abbreviation (`Supt.`, `U.N.`), or a long word ending like an office (`Alderwoman`). An
    initial (`R. Gil Doe`) starts the name, and a place (`South Carolina`) is no title."""
    if k > len(words) - 3:
        return False
    text = words[k].text
    word, people = fold(text), lexicon.people_words
    if word in people.surname_particles or word in people.given_names or len(text.rstrip(".")) == 1:
        return False
    if lexicon.place(f"{text} {words[k + 1].text}"):
        return False
    following = fold(words[k + 1].text)
    if following in people.given_names and following not in people.surname_particles:
        return True  # not before `Mac` of `Orlaith Mac Suibhne`
    abbreviation = text.endswith(".") and (len(text) > 2 and text[:-1].isalpha() or text.count(".") > 1)
    return abbreviation or len(word) >= OFFICE_LENGTH and word.endswith(OFFICE_ENDINGS)


def _without_suffix(words: Sequence[Token], lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """A run split before the suffixes that end it (`Jr.`, `III`), when a name stands before them."""
    end = len(words)
    while end > 1 and fold(words[end - 1].text) in lexicon.people_words.name_suffixes:
        end -= 1
    return list(words[:end]), list(words[end:])


def _name_length(name: Sequence[Token], lexicon: Lexicon) -> int:
    """How many last words of a run a personal name keeps: the surname with the particles
    that start it (`von der Brackel`, `bin Khalfan`), a given name, and a middle initial."""
    particles, patronymics = lexicon.people_words.surname_particles, lexicon.people_words.patronymics
    start = len(name) - 1
    while start > 1:
        if fold(name[start - 1].text) in particles:
            start -= 1
        elif start > 2 and fold(name[start - 2].text) in particles:
            start -= 2  # `Ciarán Mac Giolla Bhríde`: a particle may start a surname of two words
        else:
            break
    while start > 2 and fold(name[start - 2].text) in patronymics:
        start -= 2  # `Abdullah ibn Saud al-Faisal`: the father's name stays with the surname
    initial = start > 1 and len(name[start - 1].text.rstrip(".")) == 1
    return len(name) - start + 1 + initial


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
