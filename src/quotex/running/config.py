"""One description of the pipeline a run uses: the model, its word lists, which components run.

`PipelineConfig` is plain, frozen data, so the same value loads the pipeline in this process
(`quotex.running.api.load`), crosses into worker processes (`quotex.running.parallel`) and into Spark's Python
workers (`quotex.running.spark`), and keys the pipelines each process keeps: two runs with equal
configs share one pipeline, two with different ones never do. The settings of quotex's own
spaCy components (`component_config`) are derived from it, so a setting is declared here once.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # spaCy is imported only when a pipeline is loaded
    from quotex.running.api import Extractor


@dataclass(frozen=True)
class PipelineConfig:
    """How to build a pipeline with quotex in it.

    `model`: the spaCy pipeline (None: en_core_web_sm). `lexicon`: a folder of word lists
    replacing the shipped ones of the same names. `lean`: leave out the components quotex does
    not need (`api.LEAN_EXCLUDE`). `indirect`: find reported speech as well as quotations in
    marks. `chunk_size`: the characters the pipeline reads at once (None: `api.CHUNK_SIZE`).
    """

    model: str | None = None
    lexicon: str | None = None
    lean: bool = True
    indirect: bool = True
    chunk_size: int | None = None

    def component_config(self) -> dict[str, Any]:
        """The spaCy config of the `quotex` component for these settings."""
        return {"lexicon_path": self.lexicon, "indirect": self.indirect}

    def load(self) -> Extractor:
        """The pipeline, loaded once a process for equal configs (forked workers inherit it)."""
        return _shared_pipeline(self)


@lru_cache(maxsize=4)
def _shared_pipeline(config: PipelineConfig) -> Extractor:
    from quotex.running.api import load_config

    return load_config(config)
