# One command runs the app, one runs the tests; each sets up its own venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

LOCK := requirements/lock.txt

.PHONY: compile run test lint screenshots translations bench package package-check dist-check lock system-deps clean

# Every dependency (runtime, test, packaging) at the exact, hash-checked versions of the
# lock file; then Loopgate itself, editable, with no dependency resolution of its own.
$(STAMP): pyproject.toml setup.py $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Bytecode for the source checkout, as a pip install has it (PYTHONDONTWRITEBYTECODE=1
# would otherwise make every start compile the app anew: ≈ 12 ms before the first paint).
compile: $(STAMP)
	$(PY) -m compileall -q desktop_app >/dev/null

## Re-resolve requirements/lock.txt (all platforms, Python 3.10+) after editing dependencies.
## uv (from PyPI, in a throwaway venv) resolves for every OS and Python version at once.
lock:
	$(PYTHON) -m venv build/lock-venv
	build/lock-venv/bin/python -m pip install --quiet 'uv>=0.5'
	build/lock-venv/bin/uv pip compile pyproject.toml --extra test --extra packaging \
		--universal --python-version 3.10 --generate-hashes \
		--annotation-style line -o $(LOCK)

## Run the desktop app (Demo provider ready to connect, no account or internet needed).
run: $(STAMP) compile
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

## The Linux/macOS/Windows one-folder bundle in dist/ (PyInstaller comes from the lock file).
package: $(STAMP)
	$(PY) packaging/build.py

## Builds the bundle if needed, then runs the frozen GUI's --smoke and the frozen CLI's
## demo flow against a real Secret Service keychain; prints bundle size and start times.
package-check: system-deps $(STAMP)
	$(PY) packaging/check.py

## Builds the sdist and the wheel, installs each into a fresh venv outside the checkout and
## runs `loopgate providers`, the demo connect/call/disconnect story and `loopgate-gui --smoke`.
dist-check: system-deps $(STAMP)
	$(PY) packaging/check_dist.py

## Regenerate docs/screenshots (offscreen, throwaway data, demo provider).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop_app.ui.screenshots docs/screenshots

## The GUI's catalogues (docs/translations.md): pyside6-lupdate over desktop_app/ui into
## resources/translations/*.ts, then pyside6-lrelease into the committed .qm beside them,
## and Qt's own qtbase_es/fr.qm copied from PySide6.
translations: $(STAMP)
	$(PY) packaging/translations.py

bench: $(STAMP) compile
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run_all

clean:
	rm -rf $(VENV) build dist .pytest_cache
