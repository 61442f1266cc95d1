"""Confidence: the estimated chance that a statement's speaker is right, from its evidence.

A statement's `Evidence` (its family, the rule that attributed it, how its mention was
resolved, how many other people competed for it, and the context of its speaker: where the
speaker was last named or last spoke and how many sentences back, what its last name was in
its clause, whether another voice, person or described person came between, a pronoun's
gender, the speaker's type, the shape of its name and whether it is part of a longer name the
text gives, a description's number, the ambiguity any text shows) is
declared here once and turned into few, coarse binary features (`Evidence.features`): each
kind of evidence on its own (`rule:direct:cue_after`, `named:2`, `rivals:2+`), crossed with
the resolution only where the evidence means something else for an inference than for a name
(another voice between, a continuation's chain), and the ambiguity around the speaker and
where it was last named or spoke crossed only with whether the mention named it or it was
inferred. Cells of rule and resolution, and context crossed with every resolution, were tried
until session 8 (399 features): they learnt the error kinds of the sets the rules were tuned
on, not of new text. A logistic regression over
those features, fitted by `scripts/calibrate.py` on annotated news and stored as one weight a
feature in `data/calibration.tsv`, gives the estimate; its L2 penalty pulls every weight
toward 0, harder on the rules' own features than on the text's evidence. The table also keeps
how uncertain the fit left its weights (their covariance): evidence seen on few rows, or in
combinations the rows barely hold, is read as less sure, its estimate drawn toward even odds
(the logistic of the score over sqrt(1 + pi * variance / 8), MacKay's approximation of the
model's predictive chance, 1992), so that a kind of evidence the sets fitted on seldom show
claims less than its few rows suggest. Pure Python over plain records: no spaCy, no numpy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

BIAS = "bias"
COLUMNS = ("feature", "weight")
# A row of the weights' covariance in the table: two features and their covariance (the upper
# triangle, diagonal included; an entry left out is 0).
COVARIANCE = "covariance"
_MOST_COMPETITORS = 2  # two or more others fitted the mention: one kind of evidence
_FURTHEST = 3  # paragraphs back: three or more are one kind
_MOST_RIVALS = 2  # two or more others who could be the speaker near the statement: one kind of evidence
PEER_BINS = ((0, "0"), (1, "1"), (3, "2-3"))  # people of the speaker's gender named before it in the article


@dataclass(frozen=True)
class Evidence:
    """What a statement's attribution rests on. `statements.gather_evidence` fills it; the
    model reads it only through `features`."""

    family: str  # direct (direct and mixed) or indirect
    rule: str  # the attribution rule that answered (`cue_after`, `continuation`, `reported`, …)
    resolution: str  # explicit, pronoun, descriptor, continuation, unresolved, none, …
    competitors: int = 0  # other people who fitted the mention as well
    # Finer evidence of some resolutions (`statements.detail_evidence`): a continuation's chain
    # back to its attribution (`same`/`next` paragraph, another person named on the way or
    # not, how long the chain is), an unresolved mention's kind of head word; `-` else.
    detail: str = "-"
    mention: str = "none"  # the words that name the speaker: name, pronoun, description, none
    speaker_type: str = "none"  # person, organisation, unnamed, group, none (`speaker_types`)
    # Where the speaker's name last stood, up to the end of the statement's sentence:
    # `sentence`, `paragraph`, 1, 2, 3+ paragraphs back, or `never` (outside quotation marks).
    named: str = "never"
    spoke: str = "never"  # where the speaker last spoke before it: `paragraph`, 1, 2, 3+ back, `never`
    voice_between: bool = False  # since then, someone else's statement came between
    person_between: bool = False  # since then, another person was named between
    gender: str = "-"  # a pronoun's gender against its person's: agrees, unknown, `-` (no pronoun)
    # The shape of the speaker's name: `full` (capitalised words), `one` (a single capitalised
    # word: a bare surname, or part of an organisation's name, which may name someone else
    # or only part of its speaker), `lower` (a word not capitalised: a description such as
    # `the 38-year-old` or `former fisherman` standing for a name the text may give elsewhere),
    # `-` (no speaker).
    shape: str = "-"
    # Since the speaker was last named or last spoke, a definite description of a person (`the
    # 26-year-old`, `the Labour MP`) stood as the subject of a clause: the text may have turned
    # to someone it describes without naming, whom a pronoun or a continuation may stand for.
    described_between: bool = False
    # A description's number (`plural`: `officials`, `two people familiar with the matter`;
    # `singular`: `the former fisherman`, `her husband`): an unnamed group is often all the
    # text gives, one person described is often someone it names elsewhere; `-` for the rest.
    number: str = "-"
    # Evidence of ambiguity that any text shows, whatever its style (`-`: no speaker):
    # how many other people who may be the speaker (of no other gender than the speaker's as
    # the text tells it) were named in the statement's paragraph or the two before it, and how
    # many other speakers spoke there (0, 1, 2+);
    rivals: str = "-"
    peers: str = "-"  # and in the whole article before it (0, 1, 2-3, 4+)
    voices: str = "-"
    # what the last subject before the statement, in its paragraph or the one before, is:
    # the speaker (`self`), another person named (`other`), a pronoun, another noun (`noun`);
    subject: str = "-"
    # and whether the speaker is the person the article names most often (`main`, `other`): a
    # pronoun or a chain drifts toward the article's main person. (How many people an article
    # names or quotes was tried as evidence too: it told the sets apart, not right rows from
    # wrong, and made the sets left out less likely.)
    main: str = "-"
    # The speaker's name is part of a longer name the text gives (`Baek` beside `Baek Ji-hoon`,
    # `Sanna` beside `Sanna Rahimi-Pendry`, `Office` beside `Office of the Data Commissioner`):
    # the name was read short or left apart from the person it belongs to, so the speaker may be
    # that person, or only one of two who share the word.
    partial: bool = False
    # How many sentences back the speaker was last named or last spoke (0: in the statement's own sentence, 1, 2, 3+; `-`: never):
    # a reader holds a person a sentence or two, whatever the paragraphs, and a hard-wrapped
    # text keeps its sentences where it may lose its paragraphs.
    sentences: str = "-"
    # What the speaker's last name before the statement was in its clause: its `subject`, or
    # `other` (an object, a possessor, a name in passing); `-` never named before. A pronoun
    # or a chain goes back to a subject more safely than to a person the text named in passing.
    antecedent: str = "-"
    # Who the paragraph of the last narration before the statement is about: the subject of its
    # first main clause (else its first subject), read as `subject` is (`self`, `other`,
    # `pronoun`, `noun`, `none`). A paragraph that opens on someone else (`Ilsabet ties on her
    # apron.`, `The younger coach says …`) is often the one a pronoun or a chain after it
    # stands for, even when the parse found no name in it to count as a rival.
    topic: str = "-"

    @classmethod
    def of(cls, kind: str, rule: str, resolution: str, competitors: int = 0, detail: str = "-") -> Evidence:
        """The evidence of a statement of `kind`: direct and mixed quotations are one family."""
        return cls("indirect" if kind == "indirect" else "direct", rule, resolution, competitors, detail)

    def features(self) -> tuple[str, ...]:
        """The binary features the model weighs, from the general to the specific."""
        family, rule, resolution = self.family, self.rule, self.resolution
        competing = str(min(self.competitors, _MOST_COMPETITORS))
        found = [BIAS, f"family:{family}", f"rule:{family}:{rule}", f"resolution:{family}:{resolution}",
                 f"competitors:{competing}", f"mention:{self.mention}", f"type:{self.speaker_type}"]
        found += self._distance()
        found += self._ambiguity()
        if self.voice_between:
            found += ["voice_between", f"voice_between:{resolution}"]
        if self.person_between:
            found += ["person_between", f"person_between:{resolution}"]
        if self.gender != "-":
            found.append(f"gender:{self.gender}")
        if self.shape != "-":
            found.append(f"shape:{self.shape}")
        if self.described_between:
            found += ["described_between", f"described_between:{resolution}"]
        if self.partial:
            found += ["partial", f"partial:{family}"]

        if self.number != "-":
            found.append(f"number:{resolution}:{self.number}")
        if self.detail != "-":
            parts = self.detail.split("/")
            found.append(f"detail:{resolution}:{self.detail}")
            found += [f"detail:{resolution}:{k}:{part}" for k, part in enumerate(parts)] if len(parts) > 1 else []
        return tuple(found)

    def _distance(self) -> list[str]:
        """Where the speaker was last named and last spoke, each also by whether the mention
        named the speaker (`explicit`) or the speaker was inferred: for a name in the cue, a
        speaker never named before is only a person the text introduces there; for a pronoun or
        a description, it is a person the resolution found without a name to go back to, and a
        speaker named three paragraphs back is further for an inference than for a name."""
        how = "named" if self.resolution == "explicit" else "inferred"
        return [feature for kind, value in (("named", self.named), ("spoke", self.spoke))
                for feature in (f"{kind}:{value}", f"{kind}:{how}:{value}")]

    def _ambiguity(self) -> list[str]:
        """The features of ambiguity any text shows, each also by whether the mention named the
        speaker (`explicit`) or the speaker was inferred (a pronoun, a description, a chain…):
        a rival nearby matters to an inference more than to a name."""
        how = "named" if self.resolution == "explicit" else "inferred"
        found = []
        for kind, value in (("rivals", self.rivals), ("peers", self.peers), ("voices", self.voices),
                            ("subject", self.subject), ("main", self.main), ("sentences", self.sentences),
                            ("antecedent", self.antecedent), ("topic", self.topic)):
            if value != "-":
                found += [f"{kind}:{value}", f"{kind}:{how}:{value}"]
        return found


def in_bins(count: int, bins: Iterable[tuple[int, str]]) -> str:
    """A count as evidence: the label of the first bin it fits under, else the last bin's bound and more."""
    top = 0
    for bound, label in bins:
        if count <= bound:
            return label
        top = bound
    return f"{top + 1}+"


def rivals(count: int) -> str:
    """How many rivals as evidence: 0, 1, 2+."""
    return f"{_MOST_RIVALS}+" if count >= _MOST_RIVALS else str(count)


def paragraphs_back(distance: int) -> str:
    """A distance in paragraphs as evidence: 1, 2, or 3+."""
    return f"{_FURTHEST}+" if distance >= _FURTHEST else str(distance)


def logistic(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    odds = math.exp(score)
    return odds / (1.0 + odds)


class Calibration:
    """The fitted weights: a confidence is the logistic of the weights of its features summed,
    moderated by how uncertain those weights are together when the table holds their
    covariance (`moderated`)."""

    def __init__(self, weights: Mapping[str, float],
                 covariance: Mapping[tuple[str, str], float] | None = None) -> None:
        self.weights = dict(weights)
        # each feature's covariances with the features after it (in sorted order) and itself
        self.covariance: dict[str, dict[str, float]] = {}
        for (first, second), value in (covariance or {}).items():
            first, second = sorted((first, second))
            self.covariance.setdefault(first, {})[second] = value
        self._estimates: dict[Evidence, float] = {}

    def confidence(self, evidence: Evidence) -> float:
        """The estimated chance that a statement with this evidence has the right speaker."""
        if evidence not in self._estimates:  # asked for every statement, of a few hundred kinds of evidence
            self._estimates[evidence] = self.of_features(evidence.features())
        return self._estimates[evidence]

    def of_features(self, features: Iterable[str]) -> float:
        """The estimate for a statement with these features (unknown ones weigh nothing): the
        logistic of their weights summed, moderated by the variance of that sum (`moderated`)."""
        known = sorted({feature for feature in features if feature in self.weights})
        return moderated(sum(self.weights[feature] for feature in known), self.variance(known))

    def variance(self, features: Iterable[str]) -> float:
        """The variance of the score of these features (their weights summed): every entry of
        the covariance among them, the diagonal once and each pair twice."""
        known = sorted(set(features))
        total = 0.0
        for k, first in enumerate(known):
            row = self.covariance.get(first)
            if row:
                total += row.get(first, 0.0) + 2.0 * sum(row.get(second, 0.0) for second in known[k + 1 :])
        return max(total, 0.0)

    @classmethod
    def read(cls, path: Path | None = None) -> Calibration:
        """The weights (and covariance) of a calibration table (the shipped one when `path` is None)."""
        source = resources.files("quotex.data").joinpath("calibration.tsv") if path is None else Path(path)
        weights: dict[str, float] = {}
        covariance: dict[tuple[str, str], float] = {}
        for line in source.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith(COLUMNS[0] + "\t"):
                continue
            cells = line.split("\t")
            if cells[0] == COVARIANCE:
                covariance[(cells[1], cells[2])] = float(cells[3])
            else:
                weights[cells[0]] = float(cells[1])
        return cls(weights, covariance)

    def write(self, path: Path, header: str = "") -> None:
        """The weights, then the covariance, as a table `read` takes back; `header` lines become comments."""
        lines = [f"# {line}" for line in header.splitlines()] + ["\t".join(COLUMNS)]
        lines += [f"{feature}\t{self.weights[feature]:.6f}" for feature in sorted(self.weights)]
        lines += [f"{COVARIANCE}\t{first}\t{second}\t{value:.6g}" for first in sorted(self.covariance)
                  for second, value in sorted(self.covariance[first].items())]
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def moderated(score: float, variance: float) -> float:
    """The chance a logistic model gives a score whose weights are uncertain (`variance` of the
    score): the logistic of the score shrunk by sqrt(1 + pi * variance / 8), the probit
    approximation of the logistic averaged over the weights' posterior (MacKay 1992). With no
    variance it is the plain logistic."""
    return logistic(score / math.sqrt(1.0 + math.pi * variance / 8.0))


@cache
def default_calibration() -> Calibration:
    """The shipped table, read once per process."""
    return Calibration.read()
