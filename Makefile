# The two commands of the README's quick start:
#   make demo   set everything up, then scan the example contracts into report.html
#   make test   set everything up (if not yet), then run the test suite
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test setup lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(VENV)/bin/clause-scan scan examples/
	$(VENV)/bin/clause-scan scan examples/ -o report.html

test: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check clause_scan tests tools benchmarks
	$(VENV)/bin/ruff format --check clause_scan tests tools benchmarks

bench: setup
	$(PY) benchmarks/ingest.py
	$(PY) benchmarks/scan.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache report.html
