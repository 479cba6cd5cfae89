# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM_STAMP := resources/translations/.built

.PHONY: run test lint typecheck unit bench translations sysdeps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# System packages the tests need (pdftotext reads generated letters back). CI runs as root.
sysdeps:
	@command -v pdftotext >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing poppler-utils (pdftotext)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	  else \
	    echo "Please install poppler-utils (pdftotext): sudo apt-get install poppler-utils"; exit 1; \
	  fi; }

translations: $(STAMP)
	$(PY) -m ui.i18n_build

run: $(STAMP) translations
	$(PY) -m caseapp gui $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check caseapp ui tests bench
	$(VENV)/bin/ruff format --check caseapp ui tests bench

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP) sysdeps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc = 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

test: lint typecheck unit

bench: $(STAMP) translations
	$(PY) -m bench.run_all

clean:
	rm -rf $(VENV) build *.egg-info
