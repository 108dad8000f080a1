# Two commands do all the set-up: `make run` starts the app, `make test` runs
# the whole suite. Both create .venv and install what is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
BUNDLE_STAMP := $(VENV)/.bundle-stamp
# The interface translations: .ts sources in git, .qm compiled here (and by the
# wheel's build hook); `make translations` updates the .ts from the source.
QM := $(patsubst %.ts,%.qm,$(wildcard handout_builder/gui/translations/*.ts))

.PHONY: run test translations lint typecheck pytest bench sweep screenshots sample-previews bundle bundle-test system-deps clean

run: $(STAMP) $(QM)
	$(BIN)/handout-builder

test: $(STAMP) $(QM) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check handout_builder tests tools
	$(BIN)/ruff format --check handout_builder tests tools

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(QM)
	$(BIN)/pytest -n 2

%.qm: %.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# New or changed interface words into every .ts (see docs/translations.md).
translations: $(STAMP)
	$(BIN)/python tools/translations.py

# Timing benchmarks (excluded from the default run); figures are ratios
# against a baseline measured in the same process.
bench: $(STAMP)
	$(BIN)/pytest tests/benchmarks -s -p no:xdist -o addopts="" -q

# Exhaustive checks over the whole library (excluded from the default run):
# every built-in layout x Letter and A4 x every library entry fits the paper.
sweep: $(STAMP)
	$(BIN)/pytest -n 2 -m sweep

# The first-run sample's previews that ship with the app (assets/sample/previews/)
# and the built-in entries as read (assets/library-entries.pickle), made anew
# after a change to a built-in layout or entry, the sample or the version.
sample-previews: $(STAMP)
	$(BIN)/python tools/sample_previews.py

# Regenerates docs/*.png (needs Xvfb and poppler-utils; installed as root).
screenshots: $(STAMP)
	@command -v pdftoppm >/dev/null || { [ "$$(id -u)" -eq 0 ] && apt-get install -y -q poppler-utils >/dev/null; } || { echo "install poppler-utils for pdftoppm"; exit 1; }
	$(BIN)/python tools/screenshots.py

# The self-contained desktop bundle (PyInstaller, one folder) packed as
# dist/handout-builder-VERSION-linux-ARCH.tar.gz with install.sh; see docs/install.md.
bundle: $(BUNDLE_STAMP) $(QM)
	$(BIN)/python tools/bundle/build.py

# Builds the bundle, then installs and runs it from a clean environment (not
# part of `make test`: it takes minutes).
bundle-test: bundle
	$(BIN)/python tools/bundle/bundle_test.py

$(BUNDLE_STAMP): $(STAMP)
	@command -v objdump >/dev/null || { [ "$$(id -u)" -eq 0 ] && apt-get install -y -q binutils >/dev/null; } || { echo "install binutils (PyInstaller needs objdump)"; exit 1; }
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $(BUNDLE_STAMP)

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
