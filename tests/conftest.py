"""Shared fixtures: one quotex pipeline per test session, and a way to pick a quotation."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from quotex.output.records import Quote


@pytest.fixture(scope="session")
def extractor():
    """`quotex.load()` over the default English pipeline, loaded once for the session: the very
    pipeline the CLI runs with `--jobs 1` in this process (and forks its workers from), so CLI
    tests through Click's runner load no other.

    Tests that use it need the statistical model; they carry the `model` marker.
    """
    from quotex.running.api import ModelNotFound, find_model
    from quotex.running.config import PipelineConfig

    try:
        return PipelineConfig(find_model()).load()
    except ModelNotFound as error:  # pragma: no cover - depends on the environment
        pytest.skip(str(error))


def quote_with(quotes: Sequence[Quote], fragment: str) -> Quote:
    """The one quotation whose text contains `fragment`; fails the test otherwise."""
    found = [q for q in quotes if fragment in q.text]
    texts = [q.text for q in quotes]
    assert found, f"no quotation contains {fragment!r}; found {texts!r}"
    assert len(found) == 1, f"several quotations contain {fragment!r}: {[q.text for q in found]!r}"
    return found[0]


@pytest.fixture
def find_quote():
    """The helper `quote_with(quotes, fragment)`, for tests that prefer a fixture to an import."""
    return quote_with


def extract_checked(extractor, text: str) -> list[Quote]:
    """The quotations of `text`, each checked for offsets that slice to its text."""
    quotes = extractor.extract(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        for mention in (quote.speaker_mention, quote.cue):
            if mention is not None:
                assert text[mention.start : mention.end] == mention.text
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    return quotes


PARSES = Path(__file__).parent / "parses"


class RecordedPipeline:
    """quotex's component over parses recorded once, so that a rule test fails only when the
    rule is wrong, not when the statistical model changes.

    It stands where a spaCy pipeline stands in an `Extractor` (`pipe`, `max_length`), so the
    texts go through the same steps as with the live model (Unicode spaces, chunks, records).
    The parse of each text (tokens, tags, parts of speech, dependencies, sentences: what
    quotex's lean pipeline gives before its own component) is kept in
    `tests/parses/<hash>.json` as `Doc.to_json()`. A text with no recorded parse is parsed with
    the live model and recorded; `make parses` parses them all anew when the model changes.
    """

    max_length = 1_000_000

    def __init__(self) -> None:
        import spacy

        from quotex.pipeline.tokenizer import prepare_tokenizer

        self.blank = spacy.blank("en")
        prepare_tokenizer(self.blank)  # the vocabulary flags quotex sets (zero-width spaces)
        self.quotex = self.blank.add_pipe("quotex")
        self._live = None

    def __call__(self, text: str):
        from spacy.tokens import Doc

        path = parse_path(text)
        if not path.exists():
            # In CI a missing parse is a test whose parse was never recorded: say so, do not parse live.
            assert not os.environ.get("CI"), f"no recorded parse {path.name} for {text[:60]!r}: run `make parses-manifest`"
            record_parse(self.live, text)
        _note_read(path)
        doc = Doc(self.blank.vocab).from_json(json.loads(path.read_text(encoding="utf-8"))["doc"])
        return self.quotex(doc)

    def pipe(self, texts, batch_size: int = 1, **_):
        for text in texts:
            yield self(text)

    @property
    def live(self):
        if self._live is None:
            import quotex

            self._live = quotex.load()
        return self._live


MANIFEST = PARSES / "MANIFEST.tsv"  # each recorded parse and the test modules that read it


def _note_read(path: Path) -> None:
    """With QUOTEX_PARSE_READS=FILE (`make parses-manifest`), note which test module read `path`."""
    reads = os.environ.get("QUOTEX_PARSE_READS")
    if reads:
        module = os.environ.get("PYTEST_CURRENT_TEST", "?").split("::", 1)[0]
        with open(reads, "a", encoding="utf-8") as out:
            out.write(f"{path.name}\t{module}\n")


def parse_path(text: str) -> Path:
    return PARSES / f"{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}.json"


def record_parse(extractor, text: str) -> Path:
    """Parse `text` with the live pipeline, quotex's own component left out, and keep it."""
    nlp = extractor.nlp
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name == "quotex"]):
        doc = nlp(text)
    meta = nlp.meta
    record = {"model": f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}", "doc": doc.to_json()}
    path = parse_path(text)
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def recorded():
    """An `Extractor` over recorded parses, for the tests of rules (see `RecordedPipeline`)."""
    import quotex

    return quotex.Extractor(RecordedPipeline())
