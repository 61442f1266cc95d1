# The project's own files install everything it needs: `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install run test lint bench bench-spark java browser parses parses-manifest clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml packages/en_core_web_sm/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' ./packages/en_core_web_sm
	touch $@

install: $(STAMP)

run: install
	$(BIN)/quotex extract seeds/

# The tests run quotex on a real local Spark too (the spark extra, Java 17+ for Spark 4), read web
# pages' main text (the html extra), and the checks of `make lint` need ruff and mypy.
$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,spark,html,lint]'
	touch $@

java:
	@java -version >/dev/null 2>&1 || { apt-get update && apt-get install -y openjdk-17-jre-headless; }

# The report's tests open it in a real headless browser: Debian's chromium, installed once.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
	  else echo "make browser: chromium is missing; run 'sudo make browser' (the report's browser tests skip without it)" >&2; fi; }

test: $(TEST_STAMP) java browser
	$(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python scripts/bench.py

# quotex extract --jobs N against quotex spark --master local[N]; writes the Spark section of docs/BENCHMARKS.md
bench-spark: $(TEST_STAMP) java
	$(BIN)/python scripts/bench_spark.py

# The parses the rule tests read (tests/parses/), made anew with the installed model.
parses: install
	$(BIN)/python scripts/record_parses.py

# Which test reads which recorded parse (tests/parses/MANIFEST.tsv); parses no test reads are removed.
parses-manifest: $(TEST_STAMP)
	$(BIN)/python scripts/parse_manifest.py

clean:
	rm -rf $(VENV) build src/*.egg-info
