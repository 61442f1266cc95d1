"""PolNeAR (brat standoff) converted into gold rows that `quotex eval` scores against.

PolNeAR (Newell, Margolin & Ruths, LREC 2018; github.com/networkdynamics/PolNeAR) annotates
every attribution in 1008 US election news articles: an event `E` links a Source, a Cue
and a Content text-bound annotation (`T`). Only the train and dev splits are read: the
corpus asks that the test split be used once, for a final figure, so this module refuses it.

Rules (see docs/GOLD_FORMAT.md):
- one annotation file per text: several annotators annotated the agreement articles, and
  the file of the alphabetically first annotator id is kept;
- each contiguous fragment of each Content is one row (a quotation interrupted by its cue,
  `"A," he said, "B."`, is annotated as one discontinuous Content, and quotex reports it as
  two quotations, as the seed gold does);
- a fragment whose words all stand inside quotation marks is `direct`: required when the
  marks delimit it, optional when it is only a part of a longer quotation; a fragment
  partly quoted is `mixed` (optional); one with no quoted word is `indirect` (required);
- speaker: the Source's text (None for `Attribution-no-source`), its span as the mention;
- cue: the Cue's text (its fragments joined by a space), or None.

Which words are quoted is decided here from the text alone, not with quotex's own
quotation finder, so that the gold does not inherit the tool's mistakes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from quotex.evaluation.scoring import GoldRow, GoldType, write_jsonl
from quotex.lexicon import Lexicon, default_lexicon

SPLITS = ("train", "dev")

_RECORD = re.compile(r"^[A-Z#*]\d*\t")  # T1, E1, #1 AnnotatorNotes, ...; anything else continues
_TEXTBOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$", re.DOTALL)
_EVENT = re.compile(r"^(E\d+)\t(\S+)(.*)$")
_ANNOTATOR_SUFFIX = re.compile(r"_[0-9a-f]{4}$")


@dataclass(frozen=True)
class TextBound:
    """A `T` line: a label over one or more `(start, end)` fragments of the text."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]
    text: str


@dataclass(frozen=True)
class Event:
    """An `E` line: `Attribution` or `Attribution-no-source`, with (role, T id) arguments."""

    id: str
    label: str
    arguments: tuple[tuple[str, str], ...]

    def role(self, name: str) -> list[str]:
        """The T ids of a role, its numbered repeats included (Content, Content2, ...)."""
        return [tid for role, tid in self.arguments if re.fullmatch(rf"{name}\d*", role)]


@dataclass(frozen=True)
class Annotation:
    textbounds: dict[str, TextBound]
    events: list[Event]


@dataclass(frozen=True)
class OffsetCheck:
    """How many text-bound annotations quote the text at their offsets, and which do not."""

    checked: int
    mismatches: list[str]


def split_dir(root: str | Path, split: str) -> Path:
    """`root/data/<split>`, for train or dev only."""
    if split not in SPLITS:
        raise ValueError(f"PolNeAR split must be train or dev, not {split!r} (test is held out)")
    return Path(root) / "data" / split


def parse_ann(source: str) -> Annotation:
    """The T and E records of a brat .ann file.

    A T line's text may itself hold newlines (spans across paragraphs), so a line that
    does not start a record continues the one before it.
    """
    records: list[str] = []
    # The file's final newline ends the last record; it is not part of its text.
    for line in source.removesuffix("\n").split("\n"):
        if _RECORD.match(line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line
    textbounds: dict[str, TextBound] = {}
    events: list[Event] = []
    for record in records:
        if match := _TEXTBOUND.match(record):
            tid, label, offsets, text = match.groups()
            fragments = tuple(
                (int(a), int(b)) for a, b in (pair.split() for pair in offsets.split(";"))
            )
            textbounds[tid] = TextBound(tid, label, fragments, text)
        elif match := _EVENT.match(record):
            eid, trigger, rest = match.groups()
            pairs = (argument.partition(":") for argument in rest.split())
            arguments = tuple((role, tid) for role, _, tid in pairs if tid)
            events.append(Event(eid, trigger.partition(":")[0], arguments))
    return Annotation(textbounds, events)


def choose_annotations(directory: Path) -> dict[str, Path]:
    """One .ann per text name (`<stem>.txt`): the alphabetically first annotator's file."""
    chosen: dict[str, Path] = {}
    for ann in sorted(directory.glob("*.ann")):
        name = _ANNOTATOR_SUFFIX.sub("", ann.stem) + ".txt"
        chosen.setdefault(name, ann)
    return chosen


def read_text(path: Path) -> str:
    """The article as quotex reads it: UTF-8, newlines untranslated (brat counts them as is)."""
    return path.read_text(encoding="utf-8")


def text_files(root: str | Path, split: str) -> list[Path]:
    """The articles of a split, sorted by name."""
    return sorted((split_dir(root, split) / "text").glob("*.txt"))


# --- which characters stand inside quotation marks --------------------------------------

_DOUBLE_OPENERS = frozenset("“«„")
_DOUBLE_CLOSERS = frozenset("”»")
_CLOSED_BY_DOUBLE = frozenset('“«„”"')  # `”` too: it stands for an opener when mistyped


def _close(stack: list[str], openers: frozenset[str]) -> bool:
    """Close the innermost open mark among `openers`, and whatever opened inside it."""
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth] in openers:
            del stack[depth:]
            return True
    return False


def quoted_characters(text: str) -> bytearray:
    """1 for every character inside quotation marks (the marks excluded), 0 elsewhere.

    A stack of open marks, emptied at each line break: a quotation running over several
    paragraphs reopens at each (news convention), and a stray mark spoils one paragraph
    at most. A double closing mark also closes any single mark left open inside it
    (`“‘unpredictable.”`). Straight `"` closes an open straight `"` and opens otherwise.
    `‘` opens only at the start of a word and `’` closes it only when no letter follows,
    since both stand for apostrophes too (`don’t`, `Doe‘s`). A lone straight `'` is
    ignored: it is an apostrophe nearly always; two in a row are a double mark.
    """
    # The New York Times articles write a double mark as two apostrophes (''like this''):
    # read each pair as one straight double mark, keeping every offset in place.
    text = text.replace("''", '"\x00')
    mask = bytearray(len(text))
    stack: list[str] = []
    for i, char in enumerate(text):
        was_open = bool(stack)
        if char == "\n":
            stack.clear()
        elif char == '"':
            if not _close(stack, frozenset('"')):
                stack.append(char)
        elif char in _DOUBLE_OPENERS:
            stack.append(char)
        elif char in _DOUBLE_CLOSERS:
            if not _close(stack, _CLOSED_BY_DOUBLE) and (i == 0 or text[i - 1].isspace()):
                stack.append(char)  # nothing to close at a word's start: a mistyped opener
        elif char == "‘":
            # After a letter it is a mistyped apostrophe (`Doe‘s`), which never closes.
            if not (i and text[i - 1].isalnum()):
                stack.append(char)
        elif char == "’":
            following = text[i + 1] if i + 1 < len(text) else ""
            if stack and stack[-1] == "‘" and not following.isalpha():
                stack.pop()
        # Inside only when open on both sides: a quotation's own marks are not in it.
        mask[i] = 1 if was_open and stack and char != "\x00" else 0
    return mask


def classify(text: str, mask: bytearray, start: int, end: int) -> GoldType | None:
    """direct, mixed or indirect by how many of the span's letters and digits are quoted.

    The marks themselves carry no letters, so it does not matter whether the annotator
    put them inside the span or just outside. None when the span has no word at all.
    """
    words = [i for i in range(start, end) if text[i].isalnum()]
    if not words:
        return None
    quoted = sum(mask[i] for i in words)
    if quoted == len(words):
        return "direct"
    return "mixed" if quoted else "indirect"


def delimited(text: str, mask: bytearray, start: int, end: int) -> bool:
    """Whether a quoted span's first and last words stand right inside its quotation's marks.

    Only whitespace and punctuation may separate them from the opening mark and from the
    closing mark (or the paragraph's end, for a quotation that runs on). A span that is a
    part of a longer quotation (one sentence of it, or something said inside a quoted
    excerpt) is not: quotex reports the quotation whole, so that span cannot be required.
    """
    words = [i for i in range(start, end) if text[i].isalnum()]
    if not words:
        return False
    before = words[0]
    while before > 0 and mask[before - 1] and not text[before - 1].isalnum():
        before -= 1
    after = words[-1] + 1
    while after < len(text) and mask[after] and not text[after].isalnum():
        after += 1
    return (before == 0 or not mask[before - 1]) and (after == len(text) or not mask[after])


# --- conversion -----------------------------------------------------------------------


def _strip_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _speaker(text: str, source: TextBound | None) -> tuple[str | None, int | None, int | None]:
    if source is None:
        return None, None, None
    name = name_of_source(" ".join(text[a:b] for a, b in source.fragments))
    return name, min(a for a, _ in source.fragments), max(b for _, b in source.fragments)


def name_of_source(source: str) -> str:
    """`Megan Greene, chief economist at Manulife` -> `Megan Greene`, `Claire McCaskill (D-Mo.)`
    -> `Claire McCaskill`: PolNeAR's source spans take in the description after a name, and
    the scorer compares the name's last word. A span whose first part names no one (`the
    senator, John Doe`) stays whole."""
    head = re.split(r"\s*[,(]", source, maxsplit=1)[0].strip()
    return head if head != source and any(word[:1].isupper() for word in head.split()[1:] or head.split()) else source


def _roles_swapped(text: str, sources: list[TextBound], cues: list[TextBound]) -> bool:
    """A few events carry the cue's span as their source and the speaker's as their cue
    (source `said`, cue `Obama`): a source that is a lone verb of speech beside a cue that
    names someone (a capitalised word) has its roles the wrong way round."""
    if len(sources) != 1 or not cues:
        return False
    source = " ".join(text[a:b] for a, b in sources[0].fragments).strip()
    cue = " ".join(text[a:b] for bound in cues for a, b in bound.fragments)
    lexicon = default_lexicon()
    lone_verb = len(source.split()) == 1 and source.islower() and is_communication_cue(source, lexicon)
    return lone_verb and any(word[:1].isupper() for word in cue.split()) and not is_communication_cue(cue, lexicon)


def _optional(kind: GoldType, text: str, mask: bytearray, start: int, end: int) -> bool:
    return kind == "mixed" or (kind == "direct" and not delimited(text, mask, start, end))


def document_rows(doc: str, text: str, annotation: Annotation) -> list[GoldRow]:
    """The gold rows of one article, in text order; a span annotated twice counts once."""
    mask = quoted_characters(text)
    rows: dict[tuple[int, int], GoldRow] = {}
    for event in annotation.events:
        sources = [annotation.textbounds[t] for t in event.role("Source") if t in annotation.textbounds]
        cues = [annotation.textbounds[t] for t in event.role("Cue") if t in annotation.textbounds]
        if _roles_swapped(text, sources, cues):
            sources, cues = cues, sources
        speaker, speaker_start, speaker_end = _speaker(text, sources[0] if sources else None)
        cue = " ".join(text[a:b] for a, b in sorted(f for bound in cues for f in bound.fragments)) or None
        for tid in event.role("Content"):
            content = annotation.textbounds.get(tid)
            for fragment in content.fragments if content else ():
                start, end = _strip_whitespace(text, *fragment)
                kind = classify(text, mask, start, end)
                if kind is None or (start, end) in rows:
                    continue
                rows[(start, end)] = GoldRow(
                    doc=doc,
                    type=kind,
                    start=start,
                    end=end,
                    text=text[start:end],
                    speaker=speaker,
                    optional=_optional(kind, text, mask, start, end),
                    speaker_start=speaker_start,
                    speaker_end=speaker_end,
                    cue=cue,
                )
    return [rows[span] for span in sorted(rows)]


def convert(root: str | Path, split: str) -> list[GoldRow]:
    """Every gold row of a PolNeAR split (train or dev), by document then offset."""
    directory = split_dir(root, split)
    annotations = choose_annotations(directory / "attributions")
    rows: list[GoldRow] = []
    for path in text_files(root, split):
        ann = annotations.get(path.name)
        if ann is None:
            continue
        annotation = parse_ann(ann.read_text(encoding="utf-8"))
        rows.extend(document_rows(path.name, read_text(path), annotation))
    return rows


# --- which rows quotex's rule covers -----------------------------------------------------

_CUE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def cue_lemmas(cue: str | None, lexicon: Lexicon) -> list[str]:
    """The lemmas of a cue's words, by the lexicon's table of word forms."""
    words = _CUE_WORD.findall((cue or "").lower().replace("’", "'"))
    return [lexicon.word_lemmas.get(word, word) for word in words]


def is_communication_cue(cue: str | None, lexicon: Lexicon) -> bool:
    """Whether an annotated cue is a verb of communication by quotex's lists (a multiword cue
    word for word: `point out`, not `point`), or `according to`.

    PolNeAR annotates beliefs, intentions, actions and findings as attributions too; quotex
    reports speech only (README, "What counts")."""
    lemmas = cue_lemmas(cue, lexicon)
    if any(lemma in lexicon.cue_verbs or lemma in lexicon.infinitive_cues for lemma in lemmas):
        return True
    pairs = set(zip(lemmas, lemmas[1:], strict=False))
    return bool(pairs & lexicon.multiword_cues) or ("according", "to") in pairs


def speech_only(rows: Iterable[GoldRow], lexicon: Lexicon) -> list[GoldRow]:
    """The rows with every indirect row whose cue is not communication made optional."""
    return [
        row if row.family != "indirect" or is_communication_cue(row.cue, lexicon)
        else dataclasses.replace(row, optional=True)
        for row in rows
    ]


def write_gold(rows: Iterable[GoldRow], path: str | Path) -> None:
    """The rows as gold JSONL, the format `quotex eval --gold` reads."""
    write_jsonl((row.to_dict() for row in rows), path)


def check_offsets(root: str | Path, split: str) -> OffsetCheck:
    """Whether each T annotation's text equals the article's text at its offsets.

    brat writes a discontinuous span's text as its fragments joined by one space.
    """
    directory = split_dir(root, split)
    checked = 0
    mismatches: list[str] = []
    for name, ann in sorted(choose_annotations(directory / "attributions").items()):
        text = read_text(directory / "text" / name)
        for bound in parse_ann(ann.read_text(encoding="utf-8")).textbounds.values():
            checked += 1
            if " ".join(text[a:b] for a, b in bound.fragments) != bound.text:
                mismatches.append(f"{ann.name} {bound.id} {bound.fragments}")
    return OffsetCheck(checked, mismatches)
