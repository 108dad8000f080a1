# Two commands do all the set-up: `make run` starts the app, `make test` runs
# the whole suite. Both create .venv and install what is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest bench screenshots system-deps clean

run: $(STAMP)
	$(BIN)/handout-builder

test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check handout_builder tests tools
	$(BIN)/ruff format --check handout_builder tests tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest -n 2

# Timing benchmarks (excluded from the default run); figures are ratios
# against a baseline measured in the same process.
bench: $(STAMP)
	$(BIN)/pytest tests/benchmarks -s -p no:xdist -o addopts="" -q

# Regenerates docs/*.png (needs Xvfb and poppler-utils; installed as root).
screenshots: $(STAMP)
	@command -v pdftoppm >/dev/null || { [ "$$(id -u)" -eq 0 ] && apt-get install -y -q poppler-utils >/dev/null; } || { echo "install poppler-utils for pdftoppm"; exit 1; }
	$(BIN)/python tools/screenshots.py

system-deps:
	@PYTHON=$(PYTHON) sh tools/system-deps.sh

$(STAMP): pyproject.toml tools/system-deps.sh
	@PYTHON=$(PYTHON) sh tools/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
