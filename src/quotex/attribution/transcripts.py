"""Transcripts and interviews without quotation marks.

    HOST: What happened to the pier?          (the host's question)
    DIAZ: The storm took it in one night.      (Diaz's words)
    Q: Will it be rebuilt?  /  A: By winter.   (A: the person the introduction names)

A line that opens with a label in capitals and a colon is a transcript line when the text
has at least two of them with different labels; the words after the label are what that
speaker said. Labels of a part (`Q`, `A`, `HOST`: `transcript_roles.tsv`) name no person:
answers are the interviewee's, the person the introduction names most often;
questions are the interviewer's. Page furniture (`WATCH:`) is never a label. A part's letter
may take a full stop for its colon, as a magazine prints its interviews (`Q. Will it be
rebuilt?` / `A. By winter.`), when a question's line is followed right away by an answer's: a
letter and a full stop alone open a name as often (`J. Doe said …`). A news conference's record
labels only its questions (`Q. Why now?` / `Because the tide turned.`): a bare paragraph right
after a question, where that happens twice or more, is the answer of the person a label last
named, else the interviewee's.

A label names a person or a part: a word of it is a title, role or person noun
(`SEN. WARD`, `UNIDENTIFIED MALE`), a given name, or a word of a name the text gives
elsewhere (`DOE:` after `Jan Doe`), or the initials of such a name when they open
several lines (`PGH:` for Philippus Grint-Haddow). Anything else is the label of a section, as
market reports, live blogs and newsletters head theirs (`STOCKS:`, `ON THE AGENDA:`): no one
speaks in it, and the quotations under it are attributed as anywhere else. So does a label
whose words are a clause (`WHAT THE MAYOR SAID:`).

Labels in title case (`Mr Doe:`, `Chair:`) mark a transcript when one opens several lines, as
in a record of a hearing. A number or a time before a label (`Q42 Chair:`) and Markdown's bold
around it are no part of it (`reading.layout.LABEL_RE`). A label that names only a part
(`Chair:`) is the person the text names for it (`Ms Ana Ruiz (Chair)`), else the part itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from quotex.lexicon import fold
from quotex.parse.context import QuoteContext
from quotex.parse.marks import Paragraph
from quotex.reading.layout import LABEL_RE as _LABEL_RE
from quotex.reading.layout import SENTENCE_END
from quotex.reading.layout import STOPPED_LABEL_RE as _STOPPED_LABEL_RE
from quotex.reading.layout import TITLED_LABEL_RE as _TITLED_LABEL_RE
from quotex.reading.layout import TITLED_REPEATS as _TITLED_REPEATS

_MIN_LINES = 2
# A speaker's label, in capitals or in title case: `quotex.reading.layout` reads the same labels to tell
# where a wrapped transcript's lines start.


@dataclass(frozen=True)
class TranscriptLine:
    """One line of a transcript: who it names and what they said."""

    label: Span
    text: Span
    role: str | None  # `question`, `answer`, or None for a label that names a person
    paragraph: int
    name: Span | None = None  # the fullest label with the same last word (`DOE` -> `JAN DOE`)
    part: bool = False  # the label names a part (`Chair`) that the text gives no one: the part is the speaker


def transcript_lines(ctx: QuoteContext) -> list[TranscriptLine]:
    """The transcript lines of a Doc, in order: the paragraphs a label opens (`NAME:`, `Q:`; in
    title case, `Mr Doe:`, or a part's initial and a full stop, `Q.` and `A.`, only where such
    labels mark an interview), each label given the fullest form of its name, and the unlabelled
    paragraphs that go on with a turn (`_turns_over_paragraphs`). None unless there are two
    lines with different labels."""
    lines = _labelled_lines(ctx)
    if len(lines) < _MIN_LINES or len({line.label.text for line in lines}) < 2:
        return []
    return _turns_over_paragraphs(ctx, _with_full_names(ctx, lines))


def _labelled_lines(ctx: QuoteContext) -> list[TranscriptLine]:
    """The paragraphs a label opens, in order, with the labels no word of a name vouches for
    kept only when `_vouched_for` takes them."""
    text = ctx.text
    lines = []
    titled = _titled_labels(ctx) | _stopped_labels(ctx)
    # the words of the names in the text, read at the first label: most texts have none
    named_words: set[str] | None = None
    initials: dict[str, Span] = {}  # the names' initials (`PGH`), read with them
    labelled: list[tuple[str, TranscriptLine]] = []  # lines under a label no word vouches for yet
    for para in ctx.paragraphs:
        match = _LABEL_RE.match(text, para.start, para.end)
        if match is None and para.index in titled:
            lines.append(titled[para.index])
            continue
        if match is None or para.index in ctx.labelled:
            continue
        if text[match.end()] in "\"“‘'«„":
            continue  # `NAME: "…"`: a quotation, which the `transcript` rule attributes
        label = ctx.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        said = ctx.doc.char_span(match.end(), para.end, alignment_mode="expand")
        if label is None or said is None or not len(said) or _a_clause(label, ctx):
            continue
        role = ctx.lexicon.transcript_roles.get(match.group(1).lower().rstrip("."))
        if named_words is None:
            named_words, initials = words_of_names(ctx), _initials_of_names(ctx)
        line = TranscriptLine(_without_titles(label, ctx), said, role, para.index)
        if role is None and not names_a_speaker(label, ctx, named_words):
            labelled.append((match.group(1), replace(line, name=initials.get(match.group(1)))))  # `PGH:`: whose initials
            continue
        named_words.update(fold(word.rstrip(".")) for word in match.group(1).split())
        lines.append(line)
    vouched = _vouched_for(labelled, named_words or set())
    if vouched:
        lines = sorted(lines + vouched, key=lambda line: line.paragraph)
    return lines


def _with_full_names(ctx: QuoteContext, lines: list[TranscriptLine]) -> list[TranscriptLine]:
    """The lines, each label that names a person given the fullest label with its last word,
    or the person the text names for its part (`_named`)."""
    fullest: dict[str, Span] = {}
    for line in lines:
        if line.role is None and len(line.label) > len(fullest.get(key := fold(line.label[-1].text), ())):
            fullest[key] = line.label
    named = {fold(line.label.text): line.name for line in lines if line.name is not None}  # `Chair (Cllr X):`
    named.update((key, holder) for key, holder in _holders(ctx, lines).items() if key not in named)
    return [_named(line, named, fullest, ctx) if line.role is None else line for line in lines]


def _turns_over_paragraphs(ctx: QuoteContext, lines: list[TranscriptLine]) -> list[TranscriptLine]:
    """The lines with the paragraphs that go on with a turn: a paragraph with no label between
    two lines of the transcript is more of the turn before it, as a long answer runs over
    paragraphs, when it is a sentence (a verb, a sentence's end). A heading in capitals (`ON
    THE BUDGET`), a stage direction in brackets (`(Laughter)`), page furniture and a paragraph
    that quotes someone (the article's own words between turns) are no one's turn. After the
    last line, a paragraph without a label is the article's own again."""
    if not lines:
        return lines
    text = ctx.text
    turn = {line.paragraph: line for line in lines}
    first, last = min(turn), max(turn)
    openings = sorted(q.open_mark for q in ctx.quotations)
    current: TranscriptLine | None = None
    result = []
    for para in ctx.paragraphs:
        if para.index in turn:
            current = turn[para.index]
            result.append(current)
            continue
        if current is None or not first < para.index < last or para.index in ctx.furniture or para.index in ctx.labelled:
            continue
        words = text[para.start : para.end].strip()
        if words.isupper() or words[:1] in "([" or not SENTENCE_END.search(words):
            continue
        k = bisect_left(openings, para.start)
        if k < len(openings) and openings[k] < para.end:
            continue  # the article's own words, quoting someone, more often than a turn that quotes
        said = ctx.doc.char_span(para.start, para.end, alignment_mode="expand")
        if said is not None and any(t.pos_ in ("VERB", "AUX") for t in said):
            result.append(replace(current, text=said, paragraph=para.index))
    return result


def _vouched_for(labelled: Sequence[tuple[str, TranscriptLine]], named_words: Set[str]) -> list[TranscriptLine]:
    """The lines under a label no word of its own showed to be a speaker's, that another shows
    to be: `ORTIZ:` after `SAM ORTIZ:`, a word of a label that names a person vouching for
    another; a name's initials (`PGH:` for Philippus Grint-Haddow) when they open several
    lines, as a speaker's label does (a section's opens one: `UK:`, whoever has those
    initials). The rest head sections (`STOCKS:`, `THE BOTTOM LINE:`), not a speaker's words."""
    repeated = Counter(label for label, line in labelled if line.name is not None)  # a name's initials
    return [line for label, line in labelled
            if repeated[label] > 1 or line.name is None and any(fold(w.rstrip(".")) in named_words for w in label.split())]


def _named(line: TranscriptLine, named: dict[str, Span], fullest: dict[str, Span], ctx: QuoteContext) -> TranscriptLine:
    """A line with the name its label stands for: the holder of a part (`Chair` -> the name the
    text gives it), else the fullest label with the same last word. A part that no one holds
    stands for itself: whoever the label's words hang from in the parse (`Chair: Ms Doe, …`, a
    name in apposition) is spoken to, not speaking."""
    holder = named.get(fold(line.label.text))
    if holder is not None:
        return replace(line, name=holder)
    if _names_a_part(line.label, ctx):
        return replace(line, name=None, part=True)
    return replace(line, name=fullest.get(fold(line.label[-1].text)))


def _names_a_part(label: Span, ctx: QuoteContext) -> bool:
    """Whether every word of a label is a title, a role or a part (`Chair`, `Presenter`): it
    names what someone does at the table, not who."""
    lexicon = ctx.lexicon
    parts = lexicon.titles | lexicon.roles | lexicon.transcript_roles.keys() | lexicon.people_words.person_nouns
    return all(token.lower_.rstrip(".") in parts for token in label if not token.is_punct)


# What follows a name to say what part its bearer has (`Ana Ruiz (Chair)`, `Ana Ruiz, chair of the committee`).
_HELD_RE = re.compile(r"[ \t]*(?:\(|,[ \t]*)(?:the[ \t]+)?([^()\n,;:]{1,60})")


def _holders(ctx: QuoteContext, lines: Sequence[TranscriptLine]) -> dict[str, Span]:
    """The names the text gives the parts its labels name, by label: `Members present: Ms Ana
    Ruiz (Chair); …` or `Ana Ruiz, chair of the committee,` makes Ana Ruiz the `Chair:` of the
    lines (the first name so described, a name before a colon being a label itself)."""
    text = ctx.text
    parts = {fold(line.label.text): fold(line.label.text).split() for line in lines
             if line.role is None and line.name is None and _names_a_part(line.label, ctx)}
    holders: dict[str, Span] = {}
    for name in ctx.names:
        end = name[-1].idx + len(name[-1].text)
        held = _HELD_RE.match(text, end)
        if held is None or text[end : end + 1] == ":":
            continue
        words = fold(held.group(1)).split()
        for key, part in parts.items():
            if key not in holders and words[: len(part)] == part:
                holders[key] = name
    return holders


def quoted_label(ctx: QuoteContext, start: int, end: int, named_words: set[str]) -> tuple[Span, int] | None:
    """The label of a transcript line an article quotes, paragraph by paragraph in quotation marks
    (`"PENCE: Well, look, …`): the words of the label that opens the quoted words between `start`
    and `end` when it names a person (a part such as `Q` or `HOST` names no one), and the offset
    where what the person said begins. `named_words`: `words_of_names(ctx)`."""
    match = _LABEL_RE.match(ctx.text, start, end)
    if match is None or ctx.lexicon.transcript_roles.get(match.group(1).lower().rstrip(".")) is not None:
        return None
    label = ctx.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if label is None or not names_a_speaker(label, ctx, named_words):
        return None
    return _without_titles(label, ctx), match.end()


def names_a_speaker(label: Span, ctx: QuoteContext, named_words: set[str]) -> bool:
    """Whether a label in capitals names a person or a part (`DIAZ`, `SEN. WARD`, `HOST`,
    `UNIDENTIFIED MALE`) rather than a section (`CURRENCIES`, `ON THE AGENDA`): one of its words is
    a title, role or person noun, a given name, or a word of a person's name in the text, and
    its words are no clause (`WHAT THE MAYOR SAID` heads what the mayor said, in the text's words)."""
    if _a_clause(label, ctx):
        return False
    lexicon = ctx.lexicon
    people = lexicon.people_words
    parts = lexicon.titles | lexicon.roles | lexicon.transcript_roles.keys() | people.person_nouns
    for word in label.text.split():
        lower = word.lower().rstrip(".")
        folded = fold(word.rstrip("."))
        if lower in parts or lower in people.gendered or folded in people.given_names or folded in named_words:
            return True
    return False


def _a_clause(label: Span, ctx: QuoteContext) -> bool:
    """Whether a label's words make a clause that names a topic, as the parse reads them: they
    open with a question word (`WHAT THE MAYOR SAID`, `WHY IT MATTERS`, `WHO'S OUT`)."""
    grammar = ctx.lexicon.grammar
    return label[0].tag_ in grammar.wh_pronoun_tag or label[0].tag_ in grammar.wh_adverb_tag


def words_of_names(ctx: QuoteContext) -> set[str]:
    """The words of the people's names in the text, outside the labels themselves (a name
    right before a colon may be a label, and a label cannot vouch for itself)."""
    text = ctx.text
    words: set[str] = set()
    for name in ctx.names:
        end = name[-1].idx + len(name[-1].text)
        if text[end : end + 1] == ":":
            continue
        # a name's words with their hyphens and apostrophes (`DOE-ROE:`, `O'NEILL:`)
        words.update(fold(token.text) for token in name if not token.is_punct and any(c.isalpha() for c in token.text))
    return words


def _initials_of_names(ctx: QuoteContext) -> dict[str, Span]:
    """The initials of the people's names in the text, outside the labels, with the name each
    stands for, as an interview labels its speakers (`PGH:` for Philippus Grint-Haddow, `PG:`
    too): the first letter of each word, of each part of a hyphenated one or not. Initials two
    names share stand for neither."""
    text = ctx.text
    found: dict[str, Span] = {}
    shared: set[str] = set()
    for name in ctx.names:
        end = name[-1].idx + len(name[-1].text)
        words = [token.text for token in name if token.is_alpha or "-" in token.text]
        if text[end : end + 1] == ":" or len(words) < 2:
            continue
        parts = [part for word in words for part in word.split("-") if part]
        for letters in {"".join(w[0] for w in words).upper(), "".join(p[0] for p in parts).upper()}:
            if letters in found and fold(found[letters].text) != fold(name.text):
                shared.add(letters)
            found.setdefault(letters, name)
    return {letters: name for letters, name in found.items() if letters not in shared}


def _titled_labels(ctx: QuoteContext) -> dict[int, TranscriptLine]:
    """The lines, by paragraph, that open with a label in title case, when the text is a
    transcript in that style: some such label opens several lines in the same form (`Mr Doe:`
    twice), as a speaker's does in a record of a hearing, whether or not the text introduced
    the name. A label is a name's words, titles and parts (`Cllr`, `Chair`); the words after it
    make a clause (`Clinton: 547.` is a tally, not a line of speech). A name's word is one the
    parse calls a proper noun, or a given name or a word of a name the text gives, whatever
    the parse calls it (`Sunny` read as an adjective). Once a label has opened a line that
    makes a clause, its lines that make none are that speaker's turns too (`Dr Doe: Yes.`,
    `Ms Roe: For the customers, mainly.`): an answer need not be a sentence."""
    text = ctx.text
    lexicon = ctx.lexicon
    parts = lexicon.titles | lexicon.roles | set(lexicon.transcript_roles)
    given = lexicon.people_words.given_names
    named_words: set[str] | None = None  # the words of the names in the text, read at the first label
    found: dict[int, tuple[re.Match[str], Span, Span]] = {}
    fragments: dict[int, tuple[re.Match[str], Span, Span]] = {}  # lines whose words make no clause
    for para in ctx.paragraphs:
        match = _TITLED_LABEL_RE.match(text, para.start, para.end)
        if match is None or para.index in ctx.labelled or _LABEL_RE.match(text, para.start, para.end):
            continue
        if text[match.end()] in "\"“‘'«„":
            continue  # `Name: "…"`: a quotation, which the `transcript` rule attributes
        label = ctx.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        said = ctx.doc.char_span(match.end(), para.end, alignment_mode="expand")
        if label is None or said is None or not len(said):
            continue
        if named_words is None:
            named_words = words_of_names(ctx)
        if not all(_name_or_part(t, parts, given, named_words) for t in label):
            continue
        clause = any(t.pos_ in ("VERB", "AUX") for t in said)
        (found if clause else fragments)[para.index] = (match, label, said)
    counts = Counter(match.group(1) for match, _, _ in found.values())
    if not counts or max(counts.values()) < _TITLED_REPEATS:
        return {}
    found.update((index, line) for index, line in fragments.items() if line[0].group(1) in counts)
    lines = {}
    for index, (match, label, said) in found.items():
        role = lexicon.transcript_roles.get(match.group(1).lower().rstrip("."))
        holder = ctx.doc.char_span(match.start(2), match.end(2), alignment_mode="expand") if match.group(2) else None
        name = _without_titles(holder, ctx) if holder is not None and len(holder) else None
        lines[index] = TranscriptLine(_without_titles(label, ctx), said, role, index, name)
    return lines


def _stopped_labels(ctx: QuoteContext) -> dict[int, TranscriptLine]:
    """The lines, by paragraph, that open with a part's initial and a full stop (`Q. Why
    now?`, `A. Because …`), when the text is an interview in that style: a question's line is
    followed right away by an answer's. An initial alone opens a name as often (`J. Doe
    said …`), so a pair of lines, not one, marks the interview."""
    text = ctx.text
    roles = ctx.lexicon.transcript_roles
    found: dict[int, tuple[str, TranscriptLine]] = {}
    for para in ctx.paragraphs:
        match = _STOPPED_LABEL_RE.match(text, para.start, para.end)
        role = roles.get(match.group(1).lower()) if match is not None else None
        if match is None or role is None or para.index in ctx.labelled:
            continue
        label = ctx.doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        said = ctx.doc.char_span(match.end(), para.end, alignment_mode="expand")
        if label is not None and said is not None and len(said):
            found[para.index] = (role, TranscriptLine(label, said, role, para.index))
    indices = [para.index for para in ctx.paragraphs]
    answered = any(found[a][0] == "question" and b in found and found[b][0] == "answer"
                   for a, b in zip(indices, indices[1:], strict=False) if a in found)
    if answered:
        return {index: line for index, (_, line) in found.items()}
    questions = {index: line for index, (role, line) in found.items() if role == "question"}
    answers = _unlabelled_answers(ctx, questions)
    return questions | answers if len(answers) >= _MIN_LINES else {}


def _unlabelled_answers(ctx: QuoteContext, questions: Mapping[int, TranscriptLine]) -> dict[int, TranscriptLine]:
    """`Q. Were you nervous before the count?` / `Only after it.`: a news conference's record
    labels its questions and leaves the answers bare, so the paragraph right after a question
    (one that asks, `?`) is the answer when no label, mark or bracket opens it. Its label is
    empty: the interviewee answers. Several such pairs, not one, mark the record."""
    text = ctx.text
    following = dict(zip(ctx.paragraphs, ctx.paragraphs[1:], strict=False))
    answers = {}
    for para in ctx.paragraphs:
        question = questions.get(para.index)
        after = following.get(para)
        if question is None or after is None or not question.text.text.rstrip().endswith("?"):
            continue
        words = text[after.start : after.end]
        opened = words[:1] in "\"“‘'«„([" or words.isupper()
        labelled = after.index in ctx.labelled or after.index in ctx.furniture or _any_label(text, after)
        said = ctx.doc.char_span(after.start, after.end, alignment_mode="expand")
        if opened or labelled or said is None or not len(said) or not SENTENCE_END.search(words):
            continue
        answers[after.index] = TranscriptLine(ctx.doc[said.start : said.start], said, "answer", after.index)
    return answers


def _any_label(text: str, para: Paragraph) -> bool:
    """Whether a label of any kind opens the paragraph (`DOE:`, `Mr Doe:`, `Q.`)."""
    return any(r.match(text, para.start, para.end) for r in (_LABEL_RE, _TITLED_LABEL_RE, _STOPPED_LABEL_RE))


def _name_or_part(token: Token, parts: Set[str], given: Mapping[str, float], named_words: Set[str]) -> bool:
    """Whether a word of a label in title case is a title or part (`Cllr`, `Chair`) or a word
    of a name: a proper noun, a given name, or a word of a name the text gives."""
    lower = token.lower_
    if token.pos_ == "PROPN" or lower in parts or lower.rstrip(".") in parts:
        return True
    return fold(token.text) in given or fold(token.text) in named_words


def _without_titles(label: Span, ctx: QuoteContext) -> Span:
    """`SEN. WARD` -> `WARD`, `HOST SAM ORTIZ` -> `SAM ORTIZ`: the name a label gives, without
    its titles and roles."""
    start = label.start
    lexicon = ctx.lexicon
    titles = lexicon.titles | lexicon.roles | set(lexicon.transcript_roles)  # `SEN.`, `HOST`
    while start < label.end - 1 and (label.doc[start].is_punct or label.doc[start].lower_.rstrip(".") in titles):
        start += 1
    return label.doc[start : label.end]


def interviewee(ctx: QuoteContext, lines: Sequence[TranscriptLine]) -> Span | None:
    """The person an interview's introduction names most often before its first line (the
    first of them on a tie), by surname: `Mayor Ellen Brandt … spoke with reporter Tom Reyes …
    Brandt complained …` gives Ellen Brandt."""
    if not lines:
        return None
    first = lines[0].label.start
    named = [name for name in ctx.names if name.end <= first and not ctx.quoted[name.root.i]]
    if not named:
        return None
    surnames = [fold(name[-1].text) for name in named]
    counts = Counter(surnames)
    most = max(counts.values())
    chosen = next(surname for surname in surnames if counts[surname] == most)
    return max((name for name, surname in zip(named, surnames, strict=True) if surname == chosen), key=len)
