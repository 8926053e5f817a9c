PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test validate bench fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(BIN)/python setup.cfg pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/reconcile report --fail-on never

validate: $(STAMP)
	$(BIN)/reconcile validate

test: $(STAMP)
	$(BIN)/ruff check reconcile tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_quantities.py
	$(BIN)/python bench/bench_pipeline.py 10000 100000
	$(BIN)/python bench/bench_validate.py 10000 100000 1000000
	$(BIN)/python bench/bench_report.py

fuzz: $(STAMP)
	$(BIN)/python bench/fuzz.py 1000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
