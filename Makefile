# The two commands a new user needs: `make demo` builds the graph from data/, `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: demo test check install clean vocab sample bench bench-viz bench-load bench-sparql eval eval-test

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	# Bytecode for kg, as a wheel install compiles it: with PYTHONDONTWRITEBYTECODE set (common in
	# containers) an editable install would otherwise compile kg's source in every fresh process.
	$(BIN)/python -m compileall -q kg
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	$(BIN)/kg build data --out $(OUT) --validate
	@echo "open $(OUT)/graph.html in a browser; answers to the example questions are in $(OUT)/answers.md"

# The shape of the code: lint (ruff), types (mypy) and the layers of docs/ARCHITECTURE.md (import-linter).
check: install
	$(BIN)/ruff check kg tests bench scripts
	$(BIN)/lint-imports
	$(BIN)/mypy

test: check
	$(BIN)/python -m pytest -q
	# The tests of a long document's second process are skipped where another test left a thread
	# running (no fork then); run them once more alone, where they must not be skipped.
	REQUIRE_FORK_TESTS=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/analyse/test_windows.py

vocab: install
	$(BIN)/python scripts/gen_vocab.py

sample: install
	$(BIN)/python scripts/make_sample.py

# In-process throughput against raw spaCy, then the whole command as a fresh process (ratio last).
bench: install
	$(BIN)/python bench/throughput.py $(BENCH_ARGS)
	$(BIN)/python bench/command.py --docs 300 --repeat 3

# Peak RSS of kg build --store on 1,000 and 10,000 documents, each in a fresh process (flat: ratio about 1).
bench-memory: install
	$(BIN)/python bench/memory.py $(BENCH_ARGS)

# Speed-up of kg build --workers 2 over one process on the same documents (target: 1.7 on 2 cores).
bench-workers: install
	$(BIN)/python bench/workers.py $(BENCH_ARGS)

# Seconds until a 10,000-node graph page is interactive in headless Chromium (target: under 5 s).
bench-viz: install
	$(BIN)/python bench/viz.py $(BENCH_ARGS)

# 20 concurrent clients against `kg serve` on loopback for 30 s: throughput and latency percentiles.
bench-load: install
	$(BIN)/python bench/load.py $(BENCH_ARGS)

# SPARQL latency of the named questions at about 10^6 triples, Oxigraph against rdflib.
bench-sparql: install
	$(BIN)/python bench/sparql.py $(BENCH_ARGS)

clean:
	rm -rf $(OUT) .pytest_cache

# Scores against the public corpora in ../shared/corpora; rewrites docs/EVALUATION.md (dev and test).
eval: install
	$(BIN)/kg eval all --write-report

# Prints the test-split figures only (they are recorded once; never tune against them).
eval-test: install
	$(BIN)/kg eval all --split test
