# One command runs the app, one runs the tests; each sets up its own venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint screenshots bench package package-check system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Run the desktop app (Demo provider ready to connect, no account or internet needed).
run: $(STAMP)
	sh tests/ensure_system_deps.sh run
	$(PY) -m desktop_app

## System libraries Qt needs offscreen and a Secret Service keychain (Debian/Ubuntu, as root).
system-deps:
	sh tests/ensure_system_deps.sh

## The whole test suite, with a real Secret Service keychain when one can be started.
test: system-deps $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	sh tests/with_keychain.sh env QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

## The Linux/macOS/Windows one-folder bundle in dist/ (PyInstaller, installed into the venv).
PKG_STAMP := $(VENV)/.packaging-stamp
$(PKG_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e '.[packaging]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(PY) packaging/build.py

## Builds the bundle if needed, then runs the frozen GUI's --smoke and the frozen CLI's
## demo flow against a real Secret Service keychain; prints bundle size and start times.
package-check: system-deps $(PKG_STAMP)
	$(PY) packaging/check.py

## Regenerate docs/screenshots (offscreen, throwaway data, demo provider).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop_app.ui.screenshots docs/screenshots

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run_all

clean:
	rm -rf $(VENV) build dist .pytest_cache
