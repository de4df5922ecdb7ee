# Emend: `make run` opens the app on the sample article, `make test` runs the whole suite.
# Both create .venv and install the project (with its test extras) when needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench lint-imports clean package package-check icons install-desktop-files translations \
	corrections-page-screenshot
PREFIX ?= $(HOME)/.local

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/emend open --sample

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

lint-imports: $(STAMP)
	$(BIN)/lint-imports

package: $(STAMP)
	$(BIN)/python -m PyInstaller --version >/dev/null 2>&1 || $(BIN)/python -m pip install --quiet 'pyinstaller>=6'
	$(BIN)/python -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/emend.spec

package-check: $(STAMP)
	PYTHON=$(BIN)/python bash packaging/package_check.sh

icons: $(STAMP)
	$(BIN)/python packaging/render_icons.py

# A sample corrections page (build/corrections-page/) rendered by headless Chromium, light and dark, to
# docs/screenshots/17-02-*.png; without Chromium it makes the site and says how to install one.
corrections-page-screenshot: $(STAMP)
	$(BIN)/python packaging/corrections_page_screenshots.py

# The English source catalogue translators start from; emend_<lang>.ts copies of it, compiled with
# pyside6-lrelease into emend_<lang>.qm next to it, translate the window.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations absolute -source-language en -target-language en \
		$$(find desktop -name '*.py' | LC_ALL=C sort) -ts resources/translations/emend_en.ts

install-desktop-files:
	bash packaging/install_desktop_files.sh --prefix $(PREFIX)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
