"""Confidence: the share of statements like this one whose speaker is right.

A statement's `Evidence` (its family, the rule that attributed it, how its mention was
resolved, whether other people competed for it) selects counts fitted on annotated news:
`data/calibration.tsv`, made by `scripts/calibrate.py` from PolNeAR train. The estimate backs
off from the most specific evidence to the least, each level an m-estimate shrunk toward
the level above it (Cestnik, "Estimating probabilities", ECAI 1990), so that a rare
combination borrows from its family and a combination never seen gets its family's rate.
Pure Python over plain records: no spaCy.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import astuple, dataclass
from functools import cache
from importlib import resources
from pathlib import Path

SHRINK = 20.0  # pseudo-rows of the level above that each level's estimate starts from
COLUMNS = ("family", "rule", "resolution", "competing", "detail", "rows", "right")


@dataclass(frozen=True)
class Evidence:
    """What a statement's attribution rests on, from the general to the specific."""

    family: str  # direct (direct and mixed) or indirect
    rule: str  # the attribution rule that answered (`cue_after`, `continuation`, `reported`, …)
    resolution: str  # explicit, pronoun, descriptor, …
    competing: bool = False  # another person fitted the mention as well
    # Finer evidence of some resolutions (`statements.detail_evidence`): a continuation's chain
    # back to its attribution (whether it crosses a paragraph, whether another person is named
    # on the way, how long it is), an unresolved mention's kind of head word; `-` else.
    detail: str = "-"

    @classmethod
    def of(cls, kind: str, rule: str, resolution: str, competitors: int = 0, detail: str = "-") -> Evidence:
        """The evidence of a statement of `kind`: direct and mixed quotations are one family."""
        return cls("indirect" if kind == "indirect" else "direct", rule, resolution, competitors > 0, detail)


class Calibration:
    """Counts of statements by evidence and how many had the right speaker."""

    def __init__(self, counts: dict[Evidence, tuple[int, int]]) -> None:
        self.counts = counts
        # The counts summed at every level of backing off: () · (family) · (family, rule) · …
        self._levels: dict[tuple[object, ...], list[int]] = defaultdict(lambda: [0, 0])
        self._estimates: dict[Evidence, float] = {}
        for evidence, (rows, right) in counts.items():
            fields = astuple(evidence)
            for depth in range(len(fields) + 1):
                level = self._levels[fields[:depth]]
                level[0] += rows
                level[1] += right

    def confidence(self, evidence: Evidence) -> float:
        """The estimated share of statements with this evidence whose speaker is right."""
        if evidence not in self._estimates:  # asked for every statement, of a few dozen kinds of evidence
            self._estimates[evidence] = self._estimate(evidence)
        return self._estimates[evidence]

    def _estimate(self, evidence: Evidence) -> float:
        rows, right = self._levels.get((), [0, 0])
        estimate = (right + 1) / (rows + 2)  # Laplace at the top: 0.5 with no counts at all
        fields = astuple(evidence)
        for depth in range(1, len(fields) + 1):
            level = self._levels.get(fields[:depth])
            if level is None:
                break
            rows, right = level
            estimate = (right + SHRINK * estimate) / (rows + SHRINK)
        return estimate

    @classmethod
    def read(cls, path: Path | None = None) -> Calibration:
        """The counts of a calibration table (the shipped one when `path` is None)."""
        source = resources.files("quotex.data").joinpath("calibration.tsv") if path is None else Path(path)
        counts: dict[Evidence, tuple[int, int]] = {}
        for line in source.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or line.startswith(COLUMNS[0]):
                continue
            fields = line.split("\t")
            if len(fields) == len(COLUMNS) - 1:
                fields.insert(4, "-")  # a table fitted before details were evidence
            family, rule, resolution, competing, detail, rows, right = fields
            counts[Evidence(family, rule, resolution, competing == "1", detail)] = (int(rows), int(right))
        return cls(counts)

    def write(self, path: Path, header: str = "") -> None:
        """The counts as a table `read` takes back; `header` lines become comments."""
        lines = [f"# {line}" for line in header.splitlines()] + ["\t".join(COLUMNS)]
        for evidence in sorted(self.counts, key=astuple):
            rows, right = self.counts[evidence]
            lines.append("\t".join([evidence.family, evidence.rule, evidence.resolution,
                                    "1" if evidence.competing else "0", evidence.detail, str(rows), str(right)]))
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


@cache
def default_calibration() -> Calibration:
    """The shipped table, read once per process."""
    return Calibration.read()
