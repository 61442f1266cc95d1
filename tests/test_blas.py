"""The pipeline's neural layers multiply through numpy's BLAS on one thread (`quotex.pipeline.blas`):
the same products as thinc's BLIS but for the last bits, the same tags and parse, and the BLAS
thread count the process had afterwards."""

from __future__ import annotations

import numpy
import pytest
from thinc.api import NumpyOps

from quotex.pipeline.blas import OneThreadBlasOps, _blas_libraries

TEXT = (
    "Harbour master Ines Kowalczyk closed the northern quay on Tuesday after a storm cracked its wall.\n\n"
    '"Nobody moors there until the engineers have looked at it," she told the crews gathered at the gate. '
    "The fishing co-operative said repairs would take weeks, and its chair warned that prices could rise.\n"
)


@pytest.mark.parametrize("trans1, trans2", [(False, False), (False, True), (True, False)])
def test_the_product_is_blis_s_but_for_the_last_bits(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(7)
    x = rng.standard_normal((50, 40) if not trans1 else (40, 50)).astype("float32")
    y = rng.standard_normal((40, 30) if not trans2 else (30, 40)).astype("float32")
    ours = OneThreadBlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    blis = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert ours.dtype == numpy.float32
    numpy.testing.assert_allclose(ours, blis, rtol=1e-4, atol=1e-4)


def test_the_thread_count_is_put_back() -> None:
    libraries = _blas_libraries()
    if not libraries:
        pytest.skip("no BLAS library that threadpoolctl controls")
    before = [library.num_threads for library in libraries]
    for library in libraries:
        library.set_num_threads(2)
    try:
        OneThreadBlasOps().gemm(numpy.ones((4, 3), dtype="float32"), numpy.ones((3, 2), dtype="float32"))
        assert [library.num_threads for library in libraries] == [2] * len(libraries)
    finally:
        for library, count in zip(libraries, before, strict=True):
            library.set_num_threads(count)


def _parse(nlp, text: str) -> list[tuple[str, str, str, int]]:
    return [(token.text, token.tag_, token.dep_, token.head.i) for token in nlp(text)]


@pytest.mark.model
def test_the_pipeline_tags_and_parses_as_with_blis(extractor) -> None:
    nlp = extractor.nlp
    models = [component.model for _, component in nlp.pipeline if hasattr(getattr(component, "model", None), "walk")]
    nodes = [node for model in models for node in model.walk()]
    assert nodes and all(isinstance(node.ops, OneThreadBlasOps) for node in nodes)
    ours = _parse(nlp, TEXT)
    try:
        for node in nodes:
            node.ops = NumpyOps()
        assert _parse(nlp, TEXT) == ours
    finally:
        ops = OneThreadBlasOps()
        for node in nodes:
            node.ops = ops
