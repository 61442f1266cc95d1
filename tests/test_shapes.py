"""Time bounded by a text's size, not its shape (issue 14 §2, issue 22 §3).

Texts of one hostile shape (thousands of marks that never close, a run of straight quotes
with no space, a quotation a line, a run of cue verbs) once took minutes where an article of
the same size took seconds. Each shape is timed against a news article of the same length in
the same run, by CPU time; no absolute time is asserted. At 100,000 characters a square shows
that 20,000 hide (a run of cue verbs: 1.5 times news at 20k, 7 times at 100k; `he of Jo Lee `:
2.6 and 11), so the
shapes are timed at both lengths, with shapes a seeded generator makes from words, marks
and punctuation.
"""

from __future__ import annotations

import gc
import os
import random
import time

import pytest

from quotex.parse.marks import find_quotations

pytestmark = pytest.mark.model

LENGTH = 20_000  # characters: long enough for a square to show, short enough for the suite
LONG = 100_000  # characters: where a square with a small constant shows (issue 22)
WORST_RATIO = 10  # issue 14: no input more than 10 times as slow as news of its size
WORST_LONG_RATIO = 5  # issue 22: at 100k characters, no shape over 5 times news
CUE_RUN = "said told added noted warned asked replied stated explained claimed "
# Shapes whose work grew with a product of two counts at 100k characters (issue 22): a sentence
# thousands of words deep (names x depth), a clause that runs to the end of the text (cues x
# its length) and a paragraph of pronouns and subjects (pronouns x mentions).
SQUARES = {
    "a sentence thousands of words deep": "he of Jo Lee ",
    "reported clauses nested to the end": "Jo Lee, the minister, told Ann Lee that ",
    "pronouns in one endless paragraph": "He said it rained, Lee said. ",
}
# What generated shapes are made of: words that cue, name and join, marks, punctuation, breaks.
PIECES = (
    "said ", "told ", "added ", "warned ", "according to ", "Jo Lee ", "the minister ", "he ", "she ",
    "and ", ", ", ". ", ": ", "\n", "\n\n", "\u201c", "\u201d", '"', "\u2018", "\u2019", "'",
    "the ", "of ", "who ", "that ", "was ", "President ", "Dr. ", "(", ")", "; ", "-- ",
)

ARTICLE = """Ferry service to return to Carrow Island by spring

The ferry between Port Lanning and Carrow Island will run again from March, the regional
transport board said on Tuesday, ending a winter in which islanders relied on a single
chartered boat for food, post and hospital visits.

"We know this has been a hard season for everyone on the island," board chair Miriam Okoro
told a meeting in the harbour hall. "The new vessel is built, it has passed its sea trials,
and the crew is training now."

The old ferry was withdrawn in October after inspectors found corrosion in its hull. Repairs
were judged too costly, and the board ordered a smaller replacement from a yard in the north.

Islanders at the meeting were not all persuaded. Peter Haldane, who runs the island's only
shop, said deliveries had become so irregular that he had stopped stocking fresh milk.
"Every week I tell people it will come on Thursday, and every week I am wrong," he said.

According to the board, the charter cost nearly twice as much per crossing as the ferry did,
and the difference will be covered from its reserve fund rather than from higher fares.
Okoro said fares would stay at last year's level until at least the end of the summer.

A spokesman for the island council welcomed the date but warned that the harbour wall on the
island side still needed work. "A new boat is no use if it cannot tie up safely in a
storm," he said. Engineers are due to survey the wall next month.

Schoolchildren who cross daily to the secondary school in Port Lanning have been among the
worst affected. Their head teacher, Alan Brierley, said attendance had fallen on days when
the charter could not sail. "We have done what we can with online lessons," he said, "but
nothing replaces being in the classroom."

The board expects the first crossing of the new ferry to carry a group of pupils and
the oldest resident of the island, who is ninety-four.

"""

SHAPES = {
    "single marks that never close": "\u2018a ",
    "straight double marks without a space": '"',
    "a quotation a line, never closed": "\u201ca\nb\n",
    "short closed quotations": "\u201ca b.\u201d ",
    "a run of cue verbs": CUE_RUN,
}


def generated_shapes(seed: int, count: int) -> dict[str, str]:
    """`count` units of one to eight pieces, the same for the same seed."""
    rng = random.Random(seed)
    units = ("".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8))) for _ in range(count))
    return {f"generated {unit!r}": unit for unit in units}


def of_length(unit: str, length: int = LENGTH) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def cpu_seconds(extractor, text: str) -> float:
    started = time.process_time()
    extractor.extract(text)
    return time.process_time() - started


def test_no_shape_is_more_than_ten_times_as_slow_as_news(extractor) -> None:
    extractor.extract("A warm-up, she said.")
    news = cpu_seconds(extractor, of_length(ARTICLE))
    shapes = {**SHAPES, **generated_shapes(seed=22, count=3)}
    ratios = {name: cpu_seconds(extractor, of_length(unit)) / news for name, unit in shapes.items()}
    assert max(ratios.values()) <= WORST_RATIO, ratios


def test_no_shape_is_more_than_five_times_as_slow_as_news_at_100k_characters(extractor) -> None:
    """The shapes of issue 14 (those of marks without words once 6 to 8 times news here: a
    token a character through the tagger and parser), those whose work grew with a product of
    two counts (cues x conjuncts), and two a generator makes: from a fixed seed, so that CI is
    the same every day; set QUOTEX_SHAPE_SEED to try others (the seed is in the failure's message)."""
    seed = int(os.environ.get("QUOTEX_SHAPE_SEED", "20261207"))
    extractor.extract("A warm-up, she said.")
    news = cpu_seconds(extractor, of_length(ARTICLE, LONG))
    shapes = {**SHAPES, "cues between a bracket and a colon": "(warned : ", **SQUARES, **generated_shapes(seed, count=2)}
    ratios = {name: cpu_seconds(extractor, of_length(unit, LONG)) / news for name, unit in shapes.items()}
    assert max(ratios.values()) <= WORST_LONG_RATIO, (seed, ratios)


def least_cpu_seconds(function, *args) -> float:
    """The least CPU time of five calls of a pure-Python function: what the work costs, without
    a pause from elsewhere. This thread's time alone (threads other tests left running, such as
    Spark's gateway, count in the process's), with the garbage collector held."""
    times = []
    for _ in range(5):
        gc.disable()
        try:
            started = time.thread_time()
            function(*args)
            times.append(time.thread_time() - started)
        finally:
            gc.enable()
    return min(times)


@pytest.mark.parametrize("unit", list(SHAPES.values()), ids=list(SHAPES))
def test_finding_marks_grows_in_proportion_to_the_text(unit: str) -> None:
    """Four times the text, about four times the time (under 8 to leave room for noise)."""
    small = least_cpu_seconds(find_quotations, of_length(unit, 20_000))
    large = least_cpu_seconds(find_quotations, of_length(unit, 80_000))
    assert large <= 8 * max(small, 1e-3)
