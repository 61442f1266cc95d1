"""The matrix products of the pipeline's neural layers through numpy's BLAS, on one thread.

thinc's `NumpyOps` multiplies matrices with BLIS. On the x86 machines quotex is measured on,
the OpenBLAS that numpy ships multiplies the matrices of en_core_web_sm's tok2vec (a row a
token, 288 columns) about three times as fast; tok2vec is about 40 % of the pipeline's CPU
time, so a text costs about an eighth less (docs/BENCHMARKS.md). The two libraries may differ
in the last bits of a float, not in what the tagger and the parser choose: the tags, heads and
dependencies of PolNeAR dev, the seeds and the probe sets came out the same, and so did every
record.

Each product runs on one BLAS thread, as BLIS ran: `--jobs` is how quotex uses more cores, and
BLAS threads beside its workers would only compete with them. The thread count the process
had is put back after each product, so a caller's own numpy work keeps its settings.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps


class OneThreadBlasOps(NumpyOps):
    """`NumpyOps` whose `gemm` is numpy's matrix product on one BLAS thread."""

    def __init__(self) -> None:
        super().__init__(use_blis=False)

    def gemm(self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        libraries = _blas_libraries()
        threads = [library.num_threads for library in libraries]
        for library in libraries:
            library.set_num_threads(1)
        try:
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
        finally:
            for library, count in zip(libraries, threads, strict=True):
                library.set_num_threads(count)


_LIBRARIES: list[Any] | None = None  # threadpoolctl's controllers of the BLAS libraries loaded


def _blas_libraries() -> list[Any]:
    """The BLAS libraries whose threads to hold at one (none when threadpoolctl is missing),
    found once: looking costs a scan of the loaded shared libraries."""
    global _LIBRARIES
    if _LIBRARIES is None:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:  # pragma: no cover - a declared dependency
            _LIBRARIES = []
        else:
            _LIBRARIES = list(ThreadpoolController().select(user_api="blas").lib_controllers)
    return _LIBRARIES


def use_numpy_blas(nlp: Language) -> None:
    """Every neural layer of `nlp`'s components multiplies through `OneThreadBlasOps`."""
    ops = OneThreadBlasOps()
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # a GPU's ops, or another machine's, stay as they are
                node.ops = ops
