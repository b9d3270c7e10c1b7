# newsgraph: the two commands a newcomer runs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out
CORPUS ?= ../shared/data/bench/reuters21578.jsonl
# The three seed articles (when ../shared is next to the repository) and our own examples.
SAMPLES ?= $(wildcard ../shared/data/seeds) examples/articles

.PHONY: demo test test-all lint eval bench bench-sparql screenshot vendor-js install install-test chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

## demo: install, build the graph of the sample articles, print where the files are
demo: install
	$(BIN)/newsgraph build $(SAMPLES) --out $(OUT)
	@echo "Open $(OUT)/graph.html in a browser; query $(OUT)/graph.ttl with SPARQL."

## chromium: Debian's Chromium for the browser tests (no browser download from elsewhere)
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq chromium; fi; \
	fi

## test: install what the tests need and run the whole default suite
test: install-test chromium
	$(BIN)/python -m pytest

## test-all: the default suite plus the slow tests and benchmarks
test-all: install-test chromium
	$(BIN)/python -m pytest -m "slow or not slow"

## eval: score newsgraph and the naive baseline on the real-news yardstick (dev and test) and
##       PETRARCH, then public gold (GUM, QA-SRL); writes eval/results.json (scripts/eval.py --split dev: dev failures in detail)
eval: install
	$(BIN)/python scripts/eval.py

## screenshot: docs/screenshot.png from the graph `make demo` builds (Debian's Chromium)
screenshot: install
	$(BIN)/python scripts/readme_screenshot.py

## vendor-js: fetch sigma.js and graphology (the WebGL view's libraries) again from npm by
##        pinned version into graph/export/vendor/, refusing any file whose sha256 differs
vendor-js: $(BIN)/python
	$(BIN)/python scripts/vendor_js.py

## bench: words/s of bare nlp.pipe vs the full build, per-stage time, peak RSS, scaling
##        (CORPUS=any JSONL file or folder; SIZES=100,1000,10000; writes bench-results/bench.json)
SIZES ?= 100,1000,10000
bench: install
	$(BIN)/python scripts/bench.py "$(CORPUS)" --sizes $(SIZES) --json bench-results/bench.json

## bench-sparql: every shipped query on the replicated 1M-triple graph and on a store of the
##        whole corpus (built once by `newsgraph add` into SPARQL_STORE); prints the table with
##        the median and the worst query, writes bench-results/sparql.json
SPARQL_STORE ?= bench-results/reuters-store
# GNU time reports the add's peak memory (maximum resident set size), when it is installed.
TIME_V := $(if $(wildcard /usr/bin/time),/usr/bin/time -v,)
$(SPARQL_STORE)/CURRENT:
	$(TIME_V) $(BIN)/python -m newsgraph add "$(CORPUS)" --store $(SPARQL_STORE) --skip-bad
bench-sparql: install $(SPARQL_STORE)/CURRENT
	$(BIN)/python scripts/bench_sparql.py --triples 1000000 --repeat 3 --store $(SPARQL_STORE) \
		--out bench-results/sparql.json

lint: install-test
	$(BIN)/ruff check extract graph newsgraph eval tests scripts
	$(BIN)/ruff format --check extract graph newsgraph eval tests scripts
	$(BIN)/mypy

clean:
	rm -rf $(OUT) .pytest_cache .mypy_cache .ruff_cache
