# Quick start: `make demo` and `make test` each do all of their own set-up.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test test-lowest check-fresh bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-base: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-base

demo: $(VENV)/.installed-base
	$(BIN)/consultagg demo -o demo_output

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

# The suite on the lowest versions pyproject.toml allows (tools/constraints-lowest.txt), in its own
# environment: the lower bounds are tested, not guessed.
LOWEST := .venv-lowest
$(LOWEST)/.installed: pyproject.toml tools/constraints-lowest.txt
	rm -rf $(LOWEST)
	$(PYTHON) -m venv $(LOWEST)
	$(LOWEST)/bin/python -m pip install --quiet --only-binary=:all: --no-binary=jieba \
		-c tools/constraints-lowest.txt -e '.[test]'
	touch $@

test-lowest: $(LOWEST)/.installed
	$(LOWEST)/bin/python -m pytest -q -p no:cacheprovider

# A clean clone of HEAD in a temporary folder runs `make test` and `make demo` (run before a release).
check-fresh:
	tools/check_fresh.sh

bench: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) $(LOWEST) demo_output build dist src/*.egg-info .pytest_cache
