# The project's own files install everything it needs: `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench clean parses browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml packages/en_core_web_sm/pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]' ./packages/en_core_web_sm
	touch $@

install: $(STAMP)

run: install
	$(BIN)/quotex extract seeds/

# The report's tests open it in a real headless browser: Debian's chromium, installed once.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
	  else echo "make browser: chromium is missing; run 'sudo make browser' (the report's browser tests skip without it)" >&2; fi; }

test: install browser
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) build src/*.egg-info

# The parses the rule tests read (tests/parses/), made anew with the installed model.
parses: install
	$(BIN)/python scripts/record_parses.py
