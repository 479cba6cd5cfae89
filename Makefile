# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM_STAMP := resources/translations/.built

.PHONY: run test lint typecheck unit bench translations sysdeps guideps clean package package-check

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

# X11 libraries Qt's xcb plugin loads (present on desktops; missing on bare servers).
QT_XCB_PACKAGES := libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1

guideps: $(STAMP)
	@plugin=$$(ls $(VENV)/lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so 2>/dev/null); \
	if [ "$$(uname)" = Linux ] && [ -n "$$plugin" ] && ldd "$$plugin" | grep -q "not found"; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing X11 libraries for Qt"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(QT_XCB_PACKAGES) >/dev/null; \
	  else \
	    echo "Qt needs these system packages: sudo apt-get install $(QT_XCB_PACKAGES)"; exit 1; \
	  fi; \
	fi

translations: $(STAMP)
	$(PY) -m ui.i18n_build

run: $(STAMP) guideps translations
	$(PY) -m caseapp gui $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check caseapp ui tests bench packaging
	$(VENV)/bin/ruff format --check caseapp ui tests bench packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP) sysdeps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc = 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

# The one-folder app (PyInstaller, a build tool only: not a dependency of the app) at
# dist/caseapp/caseapp; see packaging/README.md. About 30 s of build on this machine.
PYINSTALLER_VERSION := pyinstaller>=6.10,<7
package: $(STAMP) translations
	$(PY) -m pip install --quiet '$(PYINSTALLER_VERSION)'
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/caseapp.spec

# Runs the built app from a temporary copy, with a bare environment, as a field laptop would.
package-check: package
	$(PY) packaging/check_package.py dist/caseapp

# CI (CI=true) also builds the package and checks it, so a broken package fails CI. It runs
# before the unit tests so pytest's summary stays the last line.
ifeq ($(CI),true)
CI_PACKAGE := package-check
endif

test: lint typecheck $(CI_PACKAGE) unit

# The matching bench compares with a peer (Splink + DuckDB): the `bench` extra, not a runtime
# dependency. Without network the install fails and the peer's row says it was skipped.
bench: $(STAMP) translations
	-$(PY) -m pip install --quiet -e '.[bench]'
	$(PY) -m bench.run_all

clean:
	rm -rf $(VENV) build dist *.egg-info
