# The two commands a new user needs: `make demo` builds the graph from data/, `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: demo test install clean vocab sample bench

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(BIN)/kg

install: $(BIN)/kg

demo: install
	$(BIN)/kg build data --out $(OUT) --validate
	@echo "open $(OUT)/graph.html in a browser; answers to the example questions are in $(OUT)/answers.md"

test: install
	$(BIN)/python -m pytest -q

vocab: install
	$(BIN)/python scripts/gen_vocab.py

sample: install
	$(BIN)/python scripts/make_sample.py

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(OUT) .pytest_cache
