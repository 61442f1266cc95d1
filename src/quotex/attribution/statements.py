"""Statements: every quotation and reported clause of a Doc, attributed and classified.

`find_statements` reads a parsed Doc and its quotations and returns plain records in
document order; the spaCy components only write them onto the Doc. It attributes each
quotation (`rules.RULES`), resolves the words that attribute it (`people`), drops
quoted words that are not speech (scare quotes, titles, names), tells `direct` from `mixed`,
and adds the clauses of reported speech (`reported`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotex.attribution import reported
from quotex.attribution.evidence import gather
from quotex.attribution.reported import Strategy, reported_clauses, select_strategies
from quotex.attribution.rules import TRANSCRIPT_RULE, Attribution, Rule, attribute, select_rules
from quotex.attribution.speaker_types import speaker_type, whole_description
from quotex.attribution.transcripts import TranscriptLine, interviewee, quoted_label, transcript_lines, words_of_names
from quotex.lexicon import Grammar, Lexicon, fold
from quotex.parse.context import QuoteContext, SpeechEvent, is_named_work
from quotex.parse.marks import DOUBLED, QuotedSpan, inner_quotations, paragraph_pieces, paragraphs
from quotex.parse.syntax import cue_span, noun_phrase, speaker_head
from quotex.people import People
from quotex.people.reading import strip_determiner
from quotex.reading.layout import LABEL_RE

_TERM_MAX_WORDS = 4
_PHRASE_MIN_WORDS = 2  # one word a person's verb takes (`attacked "elites"`) is as often the writer's scare quote
_UNSCORED = 0.0  # a statement's confidence until `evidence.gather` reads its context


@dataclass(frozen=True)
class Statement:
    """One attributed statement: the span it covers and who said it, found how."""

    span: Span
    quotation: QuotedSpan | None
    kind: str
    speaker: str | None
    speaker_mention: Span | None
    cue: Span | None
    resolution: str
    confidence: float
    paragraph: int
    # The evidence its confidence rests on, besides `kind` and `resolution`.
    rule: str = "none"
    competitors: int = 0  # other people who fitted the mention as well
    # Finer evidence for some resolutions (`detail_evidence`): a continuation's chain back to its
    # attribution, an unresolved mention's kind of head word; `-` for the rest.
    detail: str = "-"
    speaker_type: str = "none"  # person, organisation, unnamed, group or none (`speaker_types`)
    # The features of its `confidence.Evidence`, context included (`evidence.gather`): what its
    # confidence was computed from, kept for `scripts/calibrate.py`.
    evidence: tuple[str, ...] = ()


def find_statements(
    doc: Doc,
    quoted: Sequence[Span],
    lexicon: Lexicon,
    *,
    indirect: bool = True,
    rules: Sequence[str] | None = None,
    reported_strategies: Sequence[str] | None = None,
    transcript_questions: bool = False,
    text: str | None = None,
) -> list[Statement]:
    """The quotations that are speech, and (with `indirect`) reported speech, in document order.

    `quoted` are the content spans `QuoteFinder` found, each with its `_.quotation`. `rules`
    names the attribution rules to try, in order (`rules.RULE_NAMES`, all of them, when None);
    `reported_strategies` does the same for reported speech (`reported.STRATEGY_NAMES`).
    An unknown name raises ValueError. With the `transcript` rule, transcript lines without
    quotation marks are direct statements too; an interviewer's questions among them only
    with `transcript_questions`. `text` is `doc.text` when the caller has it already.
    """
    chosen_rules = select_rules(rules)
    strategies = select_strategies(reported_strategies)
    text = doc.text if text is None else text
    ctx = QuoteContext(doc, paragraphs(text), [span._.quotation for span in quoted], lexicon, text, spans=quoted)
    people = People(doc, ctx.quoted, lexicon, {e.cue.root.i for e in ctx.events}, ctx.names,
                    paragraph_starts=[p.start for p in ctx.paragraphs])
    found = by_paragraph(ctx, people, echoed_headlines(quoted_statements(ctx, people, quoted, chosen_rules)))
    if indirect:
        found += reported_statements(ctx, people, lexicon, strategies)
    lines = transcript_lines(ctx) if TRANSCRIPT_RULE in chosen_rules else []
    if lines:
        # A transcript line holds whatever else was found in it, as a quotation holds what is
        # quoted inside it: the line is the statement (a question only when asked for); what it
        # reports of someone outside the conversation stays a statement of its own.
        kept = [s for s in found if _outside_the_lines(s, lines, lexicon, transcript_questions)]
        turns = transcript_statements(ctx, people, lines, questions=transcript_questions)
        found = _reported_by_turns(kept, lines, turns) + turns
    found += nested_statements(ctx, people, found)
    organisations = people.organisations()
    ordered = sorted((typed(s, lexicon, organisations) for s in found), key=lambda s: (s.span.start, s.span.end))
    return gather(ordered, ctx, people)


def typed(statement: Statement, lexicon: Lexicon, organisations: frozenset[str] = frozenset()) -> Statement:
    """A statement with its speaker's type (`organisations`: the names resolution took for
    organisations); an unnamed source or a group that no name resolves keeps its whole
    description (`two people familiar with the matter`); a transcript's label (`Chair`) stays
    as the record writes it."""
    kind = speaker_type(statement.speaker, statement.speaker_mention, statement.resolution, lexicon, organisations)
    speaker = statement.speaker
    described = statement.resolution == "unresolved" and statement.rule != TRANSCRIPT_RULE.name
    if kind in ("unnamed", "group") and described and statement.speaker_mention is not None:
        speaker = whole_description(statement.speaker_mention, speaker or "", lexicon.grammar.circumstance_prepositions)
    return replace(statement, speaker=speaker, speaker_type=kind)


def transcript_statements(
    ctx: QuoteContext, people: People, lines: Sequence[TranscriptLine], *, questions: bool = False
) -> list[Statement]:
    """The lines of a transcript without quotation marks, as direct statements of the speaker
    their label names; an interview's answers are the interviewee's (a bare answer, the last
    person a label named), its questions are left out unless `questions`."""
    answering = interviewee(ctx, lines)
    found = []
    named: Span | None = None  # the last label that named a person: a bare answer is theirs
    for line in lines:
        if line.role is None and not line.part:
            named = line.name if line.name is not None else line.label
        if line.role == "question" and not questions:
            continue
        mention = answering if line.role == "answer" else line.label
        if line.role == "answer" and not len(line.label) and named is not None:
            mention = named  # `Q. …?` / `DOE: …` / `Q. …?` / `…`: the one who answered by name answers on
        if line.role == "question":
            speaker, how = None, "none"  # the interviewer, whom the label does not name
        elif line.part:
            speaker, how = line.label.text, "unresolved"  # `Chair:` with no one named as the chair
        else:
            speaker, how = people.speaker(line.name if line.role is None and line.name is not None else mention)
            how = "transcript" if speaker else "none"
        found.append(Statement(line.text, None, "direct", speaker, mention, None, how, _UNSCORED, line.paragraph,
                               TRANSCRIPT_RULE.name))
    return found


def _outside_the_lines(
    statement: Statement, lines: Sequence[TranscriptLine], lexicon: Lexicon, questions: bool
) -> bool:
    """Whether a statement found before the transcript's lines were read stands beside them:
    one outside every line, or, in a line the transcript reports, the reported speech of
    someone outside the conversation (`The council says the tower will come in under
    budget`, `my grandmother used to tell me bees are …`). What the speaker reports of
    themself, of the people spoken to or of another speaker of the transcript (`I have said
    publicly that …`, `you told us …`, `Dr Doe, the inspectors say …`, a name the parse took
    for the subject) is in their own turns; the subject of a passive cue (`The owners were
    told to …`) heard it."""
    line = next((line for line in lines if _within(statement.span, line.text)), None)
    if line is None:
        return True
    if statement.kind != "indirect" or (line.role == "question" and not questions):
        return False
    subject = statement.speaker_mention.root if statement.speaker_mention is not None else None
    if subject is None or subject.dep_ == "nsubjpass":
        return False
    speakers = {fold(token.text) for line in lines for token in line.label}
    return subject.lower_ not in lexicon.grammar.conversation_pronouns and fold(subject.text) not in speakers


def _reported_by_turns(
    found: Sequence[Statement], lines: Sequence[TranscriptLine], turns: Sequence[Statement]
) -> list[Statement]:
    """The statements a transcript's lines report of people outside the conversation, none
    of them given to a speaker of the transcript: a turn's speaker speaks of themself in the
    first person, so `the county engineer says …` in the harbour master's turn is not his,
    whoever was last in focus. Such a subject stays as the text gives it (a pronoun, no one)."""
    voices = {turn.speaker for turn in turns if turn.speaker}
    reported = []
    for statement in found:
        mention = statement.speaker_mention
        inside = any(_within(statement.span, line.text) for line in lines)
        if inside and statement.speaker in voices and mention is not None:
            pronoun = mention.root.pos_ == "PRON"
            statement = replace(statement, speaker=None if pronoun else strip_determiner(mention), competitors=0,
                                resolution="none" if pronoun else "unresolved", detail="-")
        reported.append(statement)
    return reported


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def quoted_statements(
    ctx: QuoteContext, people: People, spans: Sequence[Span], rules: Sequence[Rule]
) -> list[Statement]:
    """Each quotation that is speech, with its cue, speaker and kind.

    A continuation is attributed by the words of the statement it continues.
    """
    attributed: dict[int, tuple[str | None, Span | None, Span | None, int]] = {}
    depths: dict[int, int] = {}  # how many continuations back each quotation's attribution stands
    found = []
    grammar = ctx.lexicon.grammar
    for index, (quotation, span) in enumerate(zip(ctx.quotations, spans, strict=True)):
        attribution = attribute(ctx, index, rules)
        rule = attribution.rule
        cue, mention = attribution.cue, attribution.mention
        if attribution.continues_quotation is not None:
            speaker, cue, mention, competitors = attributed.get(attribution.continues_quotation, (None, None, None, 0))
            how = "continuation" if speaker else "none"
        elif attribution.continues_event is not None:
            cue, mention = attribution.continues_event.cue, attribution.continues_event.mention
            resolved = people.resolve(mention)
            speaker, competitors = resolved.name, resolved.competitors
            how = "continuation" if speaker else "none"
        else:
            resolved = people.resolve(mention, relative=_within_its_clause(span, cue))
            speaker, how, competitors = resolved.name, resolved.how, resolved.competitors
            if rule.resolution is not None and speaker:
                how = rule.resolution
        if how == "continuation" and speaker and _calls_by_name(span, speaker):
            # `"…, Tobiah."`: a reply to him, not more of his words; the other side of the exchange
            speaker, cue, mention, competitors = _the_one_spoken_with(ctx, index, speaker, attributed)
            how = "continuation" if speaker else "none"
        attributed[index] = (speaker, cue, mention, competitors)
        chain = None
        if attribution.continues_quotation is not None or attribution.continues_event is not None:
            previous = attribution.continues_quotation
            depths[index] = 1 + (depths.get(previous, 0) if previous is not None else 0)
            chain = chain_evidence(ctx, index, attribution, speaker, depths[index])
        if _is_term(span, attribution, grammar) or index in ctx.named_works or _modifies_a_noun_after(span, attribution):
            continue
        if attribution.cue is None and _heading_in_single_marks(ctx, quotation):
            continue
        kind = _kind(ctx, index, attribution)
        detail = detail_evidence(how, mention, chain, ctx.lexicon)
        found.append(Statement(span, quotation, kind, speaker, mention, cue, how, _UNSCORED, quotation.first_paragraph,
                               rule.name, competitors, detail))
    return found


def by_paragraph(ctx: QuoteContext, people: People, found: list[Statement]) -> list[Statement]:
    """A quotation reopened by a mark in a later paragraph, one statement a paragraph piece
    (`marks.paragraph_pieces`), each with the quotation's attribution: the speaker who closes
    the last piece said them all. A piece that opens its paragraph is `direct`. A transcript
    quoted paragraph by paragraph (`"PENCE: Well, …`) gives each piece from a label on to the
    person the label names; a piece wholly in brackets (`"(CROSSTALK.)`) is no one's words."""
    pieces: list[Statement] = []
    named: set[str] | None = None  # the words of the people's names, read at the first piece
    for statement in found:
        quotation = statement.quotation
        parts = paragraph_pieces(ctx.text, quotation) if quotation is not None else []
        if len(parts) < 2:
            pieces.append(statement)
            continue
        voice = statement
        for k, part in enumerate(parts):
            if named is None:
                named = words_of_names(ctx)
            labelled = quoted_label(ctx, part.start, part.end, named)
            if labelled is not None:
                label, said = labelled
                part = replace(part, start=said)
                speaker, how = people.speaker(label)
                voice = replace(statement, speaker=speaker, speaker_mention=label, cue=None, competitors=0, detail="-",
                                resolution="transcript" if speaker else "none", rule=TRANSCRIPT_RULE.name)
            span = content_span(ctx.doc, part)
            if span is None or _bracketed(ctx.text[part.start : part.end]):
                continue
            kind = statement.kind if k == 0 else "direct"
            pieces.append(replace(voice, span=span, quotation=part, kind=kind, paragraph=part.first_paragraph))
    return pieces


def nested_statements(ctx: QuoteContext, people: People, found: Sequence[Statement]) -> list[Statement]:
    """A quotation inside a quotation that a cue right before it gives to someone (`"She said
    'fine' and was back in the shed"`, `"My father used to say 'never build what you can't
    mend'"`): that person's words, a statement of its own beside the outer one, which stays
    whole. `I` or `we` is the outer speaker. An inner quotation with no cue right before it
    (a scare quote, a word someone mentions) is part of the outer one only."""
    nested = []
    for statement in found:
        if statement.kind == "indirect":
            continue
        for quotation in _inner(ctx, statement):
            span = content_span(ctx.doc, quotation)
            cue = _cue_right_before(ctx, quotation) if span is not None else None
            head = speaker_head(cue.root, (), ctx.lexicon.time_words) if cue is not None else None
            if span is None or cue is None or head is None or head.i >= cue.start or _describes(cue.root):
                continue
            if is_named_work(span, ctx.lexicon.grammar):
                continue  # `the playwright who wrote "Peter Pan"`: a title, not words said
            if head.lower_ in ctx.lexicon.grammar.first_person:
                speaker, mention, how = statement.speaker, statement.speaker_mention, statement.resolution
            else:
                mention = noun_phrase(head, (), ctx.lexicon)
                resolved = people.resolve(mention)
                speaker, how = resolved.name, resolved.how if resolved.name else "none"
            nested.append(Statement(span, quotation, "direct", speaker, mention, cue, how, _UNSCORED,
                                    quotation.first_paragraph, "cue_before"))
    return nested


def _describes(verb: Token) -> bool:
    """`a voice saying, '…'`: a participle with no auxiliary and no verb it completes (`was
    saying`, `kept saying`) describes a scene, and a relative clause (`the woman who wrote
    'Harbour Lights'`) describes someone; no one is quoted."""
    if verb.dep_ in ("acl", "relcl"):
        return True
    return verb.tag_ == "VBG" and verb.dep_ != "xcomp" and not any(child.dep_ == "aux" for child in verb.children)


def _inner(ctx: QuoteContext, statement: Statement) -> list[QuotedSpan]:
    """The quotations inside a statement's words: a quotation's inner ones, or those a
    transcript line holds (`He writes: "Dear …"`)."""
    if statement.quotation is not None:
        return inner_quotations(ctx.text, statement.quotation)
    start, end = statement.span.start_char, statement.span.end_char
    return [q for q in ctx.quotations if start <= q.open_mark and q.end <= end and q.close_mark is not None]


def _cue_right_before(ctx: QuoteContext, quotation: QuotedSpan) -> Span | None:
    """The cue whose verb stands right before a quotation's opening mark, a comma or a colon
    between them at most (`she said 'fine'` · `He writes: "Dear …"`)."""
    mark = ctx.mark_token(quotation.open_mark)
    k = mark.i - 1 if mark is not None else -1
    while k >= 0 and (ctx.doc[k].is_space or ctx.doc[k].text in (",", ":")):
        k -= 1
    if k < 0:
        return None
    word = ctx.doc[k]
    # `wrote back: '…'`, `said again, "…"`: a particle or an adverb right after its verb
    verb = word.head if word.dep_ in ("prt", "advmod") and word.head.i == k - 1 else word
    return cue_span(verb, ctx.lexicon)


def _bracketed(words: str) -> bool:
    """`(CROSSTALK.)`, `[laughs]`: a stage direction, all in one pair of brackets."""
    words = words.strip()
    return len(words) > 1 and words[0] in "([" and words[-1] in ")]" and not any(c in ")]" for c in words[1:-1])


_UNNAMED = ("none", "unresolved", "descriptor", "focus")  # how a headline's speaker is found when it gives no name
_ECHO_WORDS = 3  # a headline's quotation this long that the body quotes again is that speaker's


def echoed_headlines(found: list[Statement]) -> list[Statement]:
    """A headline's quotation that the body quotes again (`'It was like a river' says
    shopkeeper …` ⏎ … `"It was like a river coming through the door," Mr Mehta said.`) is the
    words of whoever says them there: the words themselves tell, whatever the headline calls
    the speaker. A speaker the headline names (`Ana Pike: '…'`, `says Pike`) stays."""
    body = [s for s in found if s.paragraph > 0 and s.speaker and s.kind == "direct"]
    echoed = []
    for statement in found:
        words = _words(statement.span)
        if statement.paragraph == 0 and statement.resolution in _UNNAMED and len(words) >= _ECHO_WORDS:
            source = next((s for s in body if _contains(_words(s.span), words)), None)
            if source is not None and source.speaker != statement.speaker:
                statement = replace(statement, speaker=source.speaker, resolution="descriptor", competitors=0,
                                    detail="-")  # its confidence is read with the others' (`evidence.gather`)
        echoed.append(statement)
    return echoed


def _words(span: Span) -> list[str]:
    return [t.lower_ for t in span if t.is_alpha or t.like_num]


def _contains(words: list[str], part: list[str]) -> bool:
    return any(words[k : k + len(part)] == part for k in range(len(words) - len(part) + 1))


_DEEPEST = 3  # continuations this far from their attribution or further count as one kind


def chain_evidence(ctx: QuoteContext, index: int, attribution: Attribution, speaker: str | None, depth: int) -> str:
    """What a continuation's speaker rests on, as `gap/between/depth`: whether the statement
    it goes on with stands in its own paragraph (`same`) or the one before (`next`); whether
    another person is named between the two (`voice`: the text may have turned to them) or
    not (`clear`); how many continuations back its attribution stands (1, 2, 3 or more)."""
    opening = ctx.openings[index]
    assert opening is not None  # a continuation starts at its opening mark
    previous_paragraph, previous_end = _statement_end(ctx, attribution)
    gap = "same" if previous_paragraph == ctx.quotations[index].first_paragraph else "next"
    own = set(speaker.split()) if speaker else set()
    between = any(
        previous_end <= name.start and name.end <= opening.i and not ctx.quoted[name.start]
        and not own.intersection(t.text for t in name)
        for name in ctx.names
    )
    return f"{gap}/{'voice' if between else 'clear'}/{min(depth, _DEEPEST)}"


def _statement_end(ctx: QuoteContext, attribution: Attribution) -> tuple[int, int]:
    """The paragraph and the token where the statement a continuation goes on with ends."""
    if attribution.continues_quotation is not None:
        quotation = ctx.quotations[attribution.continues_quotation]
        close = ctx.mark_token(quotation.close_mark)
        end = close.i + 1 if close is not None else (ctx.openings[attribution.continues_quotation] or ctx.doc[0]).i + 1
        return quotation.last_paragraph, end
    event = attribution.continues_event
    assert event is not None
    end = max(event.cue.end, event.mention.end if event.mention is not None else 0)
    return ctx.paragraph_index(event.cue[0]), end


_EXCHANGE_PARAGRAPHS = 3  # paragraphs back to the other side of an exchange: its last turns, short paragraphs


def _the_one_spoken_with(
    ctx: QuoteContext, index: int, called: str, attributed: dict[int, tuple[str | None, Span | None, Span | None, int]]
) -> tuple[str | None, Span | None, Span | None, int]:
    """Who says a bare quotation that calls the speaker it would go on with by name (`"…," Doe
    said.` ⏎ `"…, Tobiah."`): the other side of the exchange, the last speaker of a quotation
    just before who is someone else (`"…," said Ana Ruiz.` two paragraphs back); no one when the
    text gave no other voice there."""
    called_words = set(called.split())
    paragraph = ctx.quotations[index].first_paragraph
    for earlier in range(index - 1, -1, -1):
        if ctx.quotations[earlier].last_paragraph < paragraph - _EXCHANGE_PARAGRAPHS:
            break
        found = attributed.get(earlier)
        if found is not None and found[0] and not called_words & set(found[0].split()):
            return found
    return None, None, None, 0


def _calls_by_name(span: Span, speaker: str) -> bool:
    """Whether a quotation calls someone by a word of `speaker`'s name, as one speaks to a person
    (`"Because …, Tobiah."` · `"Tobiah, you know that."`): words said to them, not by them."""
    names = set(speaker.split())
    words = [t for t in span if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    run: list[Token] = []
    while words and words[-1].pos_ == "PROPN":
        run.insert(0, words.pop())
    if run and words and words[-1].text == "," and any(t.text in names for t in run):
        return True
    words = [t for t in span if not t.is_space]
    k = 0
    while k < len(words) and words[k].pos_ == "PROPN":
        k += 1
    return 0 < k < len(words) and words[k].text == "," and any(t.text in names for t in words[:k])


def _within_its_clause(span: Span, cue: Span | None) -> bool:
    """Whether the quoted words lie within what their cue reports (`…, who wrote that the cuts
    were "overdue"`): then a relative pronoun speaking names the noun its clause hangs from, as
    it does for a reported clause; a quotation only beside a relative clause's cue (`told a
    woman who asked …, "…"`) is more often another's."""
    return cue is not None and cue.root in span.root.ancestors


def reported_statements(
    ctx: QuoteContext, people: People, lexicon: Lexicon, strategies: Sequence[Strategy] | None = None
) -> list[Statement]:
    """Indirect statements: the clauses speech events report, none inside another."""
    found: list[Statement] = []
    # The tokens the statements found so far cover: a clause overlaps one of them when it holds
    # one of these, asked in time that does not grow with how many there are.
    covered = bytearray(len(ctx.doc))
    datelines = people.registry.datelines if ctx.events else frozenset()  # found once, with the registry
    reports = [(event, _clauses_of(ctx, event, lexicon, strategies, datelines)) for event in ctx.events]
    reporting = bytearray(len(ctx.doc))  # the tokens some event reports, to find a cue inside another's words
    for _, clauses in reports:
        for clause in clauses:
            reporting[clause.start : clause.end] = b"\x01" * len(clause)
    for event, all_clauses in reports:
        if reporting[event.cue.root.i] and _a_request(event, lexicon) and _reported_by_another(event, reports):
            continue  # `Brantmere have asked the league to review it, a spokesman said`: one statement
        clauses = [
            clause
            for clause in all_clauses
            if covered.find(1, clause.start, clause.end) < 0 and not _holds(clause, event)
        ]
        if not clauses:
            continue
        resolved = people.resolve(event.mention, relative=True)
        detail = detail_evidence(resolved.how, event.mention, None, lexicon)
        for clause in clauses:
            covered[clause.start : clause.end] = b"\x01" * len(clause)
            paragraph = ctx.paragraph_index(clause[0])
            found.append(Statement(clause, None, "indirect", resolved.name, event.mention, event.cue, resolved.how,
                                   _UNSCORED, paragraph, reported.RULE, resolved.competitors, detail))
    return found


def _clauses_of(ctx: QuoteContext, event: SpeechEvent, lexicon: Lexicon, strategies: Sequence[Strategy] | None,
                datelines: frozenset[int] = frozenset()) -> list[Span]:
    """The clauses an event reports, without a section's label or a dateline."""
    unlabelled = (_after_label(ctx, clause) for clause in reported_clauses(event, ctx.quoted, lexicon, strategies))
    return [_after_dateline(clause, datelines) for clause in unlabelled if clause is not None]


def _after_dateline(clause: Span, datelines: frozenset[int]) -> Span:
    """A reported clause without the dateline its lede opens with (`MARROW FALLS — The plant will
    close, the company said`): the place and date are the writer's, not what was said."""
    if clause.start not in datelines:
        return clause
    start = clause.start
    while start < clause.end and (start in datelines or clause.doc[start].is_punct or clause.doc[start].is_space):
        start += 1
    return clause.doc[start : clause.end] if start < clause.end else clause


def _a_request(event: SpeechEvent, lexicon: Lexicon) -> bool:
    """Whether a cue asks or promises something to be done (`asked the league to review it`)."""
    verb = event.cue.root
    return lexicon.lemma(verb) in lexicon.infinitive_cues and any(c.dep_ == "xcomp" for c in verb.children)


def _reported_by_another(event: SpeechEvent, reports: Sequence[tuple[SpeechEvent, list[Span]]]) -> bool:
    """Whether a cue stands inside the words another cue reports (`The club has asked the league
    to review it, a spokesman said`, `X said the city would ask residents to save water`): what
    someone is said to have asked or promised is part of that statement, not one of its own,
    whichever of the two cues comes first in the text. (What someone is said to have told
    someone, `She told him X, an aide said`, stays a statement of its own, as before.)"""
    own = next(clauses for other, clauses in reports if other is event)
    return any(
        other is not event and _within_any(event.cue.root.i, clauses) and not _within_any(other.cue.root.i, own)
        for other, clauses in reports
    )  # two cues that each stand in the other's words are a misparse: neither yields


def _within_any(i: int, clauses: Sequence[Span]) -> bool:
    return any(c.start <= i < c.end for c in clauses)


def _after_label(ctx: QuoteContext, clause: Span) -> Span | None:
    """A reported clause without the label in capitals its paragraph opens with (`BY THE
    NUMBERS: Unemployment rose …, the office said`): a section's name is nobody's words, and
    a clause that is only the label (`WHAT THEY'RE SAYING: "…," said X`) reports nothing."""
    match = LABEL_RE.match(ctx.text, clause.start_char)
    if match is None:
        return clause
    rest = ctx.doc.char_span(match.end(), clause.end_char, alignment_mode="contract")
    return rest if rest is not None and any(t.pos_ in ("VERB", "AUX") for t in rest) else None


def detail_evidence(how: str, mention: Span | None, chain: str | None, lexicon: Lexicon) -> str:
    """The finer evidence of a statement's resolution: a continuation's chain
    (`chain_evidence`); for a mention that names no one the text introduced, whether its head
    is a word for people or a body (`listed`: `officials`, `the union`), another plural
    (`plural`) or another word (`other`: `the deal`, `a state`), which is seldom a speaker."""
    if chain is not None:
        return chain
    if how != "unresolved" or mention is None:
        return "-"
    head = mention.root
    listed = lexicon.speaker_words
    if head.lower_ in listed or lexicon.lemma(head) in listed or head.pos_ == "PROPN":
        return "listed"
    return "plural" if head.tag_ in ("NNS", "NNPS") else "other"


def content_span(doc: Doc, quotation: QuotedSpan) -> Span | None:
    """The tokens between the marks (or, where a mark is glued to a word, the tokens around them)."""
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="contract") or doc.char_span(
        quotation.start, quotation.end, alignment_mode="expand"
    )
    return span if span is not None and len(span) else None


def _holds(clause: Span, event: SpeechEvent) -> bool:
    """Whether the words a cue reports hold its speaker as the subject of another verb: a
    misparse (`"…," said X, who … yet backed Y` read as `said [X … backed Y]`), for what is
    reported never names who speaks."""
    mention = event.mention
    return (
        mention is not None
        and clause.start <= mention.start
        and mention.end <= clause.end
        and mention.root.head.i not in range(event.cue.start, event.cue.end)
    )


def _kind(ctx: QuoteContext, index: int, found: Attribution) -> str:
    """`mixed` when the quotation is part of a reported clause (`said that the city will "…"`)."""
    before = [t for t in ctx.before(ctx.quotations[index]) if not t.is_space]
    # `Sen. Ana Roe (R-S.C.): "…"`: the tokenizer may keep the bracket a label's tag closes with on the colon
    if not before or before[-1].text.lstrip(")") in ctx.lexicon.grammar.introducing_marks:
        return "direct"
    if found.cue is not None and before[-1].i == found.cue.end - 1 and not found.rule.terms:
        return "direct"  # `he said "…"`
    return "mixed"


def _heading_in_single_marks(ctx: QuoteContext, quotation: QuotedSpan) -> bool:
    """`'A Fight From Start to Finish.'` on a line of its own, in a text that quotes in double
    marks: a section's heading that quotes words of the story (single marks are the headline's
    style), not a statement that goes on with the speaker before it."""
    if not quotation.single or quotation.close_mark is None or quotation.first_paragraph != quotation.last_paragraph:
        return False
    para = next((p for p in ctx.paragraphs if p.index == quotation.first_paragraph), None)
    if para is None or ctx.text[para.start : para.end].strip() != ctx.text[quotation.open_mark : quotation.close_mark + 1]:
        return False
    return any(not q.single for q in ctx.quotations)


def _modifies_a_noun_after(span: Span, attribution: Attribution) -> bool:
    """`warn of 'hidden' waiting list`: a few quoted words that only qualify the noun right
    after the closing mark mark a word as someone's, not what anyone said, whatever cue stands
    before them. A rule that gives terms to someone (a possessive: `X's "lost decade" comment`,
    a verb of naming: `what X called Y's "reckless, provocative" acts`) makes them that
    person's words."""
    if attribution.rule.terms:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or len(words) > _TERM_MAX_WORDS:
        return False
    if len(span.text.split()) >= _REPORTED_MODIFIER_WORDS and span.text[:1].islower() and _in_a_reported_clause(span, attribution):
        return False
    # Words the parser hangs from outside the quotation: all modifiers of one noun
    # (`his "Tellin' It Straight" radio program`: each word on `program`).
    heads = [t for t in words if not (span.start <= t.head.i < span.end)]
    if not heads or any(t.dep_ not in _MODIFIER_DEPS or t.head.i != heads[0].head.i for t in heads):
        return False
    noun = heads[0].head
    between = span.doc[span.end : noun.i]
    return noun.i >= span.end and noun.pos_ in ("NOUN", "PROPN") and all(t.is_punct or t.dep_ in _MODIFIER_DEPS for t in between)


_MODIFIER_DEPS = {"amod", "compound", "nmod"}
# `the "top secret" level`, `a "common-sense" fix`: a word or two qualifying a noun are a term
# even there, and words in title case a name (`the "Harbour Lights" tour`)
_REPORTED_MODIFIER_WORDS = 3


def _in_a_reported_clause(span: Span, attribution: Attribution) -> bool:
    """`The fare rise reflected "steep and sudden" fuel prices, a spokesperson said`: words that
    qualify a noun inside a clause the cue reports (a verb of that clause stands between the
    noun and the cue) are the speaker's, as the rest of the clause is; a noun the cue itself
    governs (`warn of "…" waiting list`) is no clause of theirs."""
    if attribution.cue is None:
        return False
    cue = attribution.cue.root
    head = span.root
    while head.head.i != head.i and head.i != cue.i:
        head = head.head
        if head.i == cue.i:
            return False
        if head.pos_ in ("VERB", "AUX") and cue in head.ancestors:
            return True
    return False


def ends_its_verbs_clause(span: Span, cue: Span | None) -> bool:
    """`Doe condemned "such a slow response" and …` · `Doe asked for "boats on every street."`:
    quoted words a person's verb takes, or the preposition right after it, and that end the
    verb's clause (a mark inside or after them, a conjunction, the text's end) are what the person
    argued. Words the writer's clause goes on past (`handing out "free lollipops" to …`), before the
    verb (`In "…," Doe paddles …`) or after a phrase of its own (`pay for it by "…"`)
    label something in the writer's words."""
    if cue is None or not len(span) or cue.end > span.start:
        return False
    doc = span.doc
    before = [t for t in doc[cue.end - 1 : span.start] if not t.is_space and not t.is_punct]
    if len(before) > 2 or (len(before) == 2 and before[1].pos_ != "ADP"):
        return False
    if span[-1].is_punct and not _is_quotation_mark(span[-1]):
        return True  # `supports "fair pay rises," opposes …`: the comma inside the marks ends it
    after = next((t for t in doc[span.end : span.end + 4] if not t.is_space and not _is_quotation_mark(t)), None)
    return after is None or after.is_punct or after.pos_ == "CCONJ"


def _is_quotation_mark(token: Token) -> bool:
    return token.is_quote or token.text in DOUBLED


def _is_term(span: Span, attribution: Attribution, grammar: Grammar) -> bool:
    """A scare quote or a title: a few words, or capitalised words without a sentence in them,
    that nothing attributes to anyone."""
    if attribution.rule.explicit:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    phrase = attribution.rule.phrases and len(words) >= _PHRASE_MIN_WORDS and span.text[:1].islower()
    if phrase and ends_its_verbs_clause(span, attribution.cue):
        return False  # `X supports "fair pay rises"`: a phrase a person's verb takes is their words
    sentence = span.text[:1].isupper() and span.text.rstrip()[-1:] in grammar.sentence_ends
    if len(words) <= _TERM_MAX_WORDS:
        return not (sentence and attribution.rule.follows)  # “Trust us.” goes on with its speaker
    # A title may ask or cry (`Who's Afraid of the Bees?`): only a comma or a full stop ends
    # words in title case as speech does.
    endings = grammar.speech_endings - {"?", "!"}
    ends_like_speech = span[-1].text in endings or span.text.rstrip()[-1:] in endings
    title_case = all(t.text[:1].isupper() for t in words if len(t.text) > 3)
    return title_case and not ends_like_speech



