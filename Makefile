# The project's own files install everything it needs: `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install run test bench bench-spark java clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

run: install
	$(BIN)/quotex extract seeds/

# The tests run quotex on a real local Spark too: the spark extra, and Java 17+ for Spark 4.
$(TEST_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,spark]'
	touch $@

java:
	@java -version >/dev/null 2>&1 || { apt-get update && apt-get install -y openjdk-17-jre-headless; }

test: $(TEST_STAMP) java
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python scripts/bench.py

# quotex extract --jobs N against quotex spark --master local[N]; writes the Spark section of docs/BENCHMARKS.md
bench-spark: $(TEST_STAMP) java
	$(BIN)/python scripts/bench_spark.py

clean:
	rm -rf $(VENV) build src/*.egg-info
