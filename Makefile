# dotterel: two commands a new user needs.
#   make demo  - create .venv, install, code the bundled example articles, show the events
#   make test  - install with the test extras and run the whole suite

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test install lint clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

install: $(STAMP)

demo: install
	@mkdir -p out
	$(BIN)/dotterel code examples/news --articles out/articles.jsonl -o out/events.jsonl
	$(BIN)/dotterel show out/events.jsonl

test: install
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests $(wildcard bench)
	$(BIN)/ruff format --check src tests $(wildcard bench)

clean:
	rm -rf $(VENV) out build dist src/*.egg-info .pytest_cache .ruff_cache
