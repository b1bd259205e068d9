# Every target creates .venv and installs what it needs, so each works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test browser lint bench bench-scale demo clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/byline run

# The browser tests drive the system's Chromium (Debian's package), installed when missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; }

test: $(STAMP) browser
	$(BIN)/pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/table.py
	$(BIN)/python bench/run.py
	$(BIN)/python bench/boilerplate.py
	$(BIN)/python bench/discovery.py
	$(BIN)/python bench/archive.py
	$(BIN)/python bench/crash.py

bench-scale: $(STAMP)  # throughput and scale's one table, the archive grown to 100,000 columns
	$(BIN)/python bench/table.py 1000 10000 100000

demo: $(STAMP)
	$(BIN)/python demo/demo.py

clean:
	rm -rf $(VENV) build *.egg-info
