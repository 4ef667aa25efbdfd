# RAL Zuid QGIS plugin. `make demo` and `make test` do all set-up on a fresh Debian 12 machine.
SHELL := /bin/bash
PLUGIN := ral_zuid_plugin
SERVER := ral_zuid_server
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
PYTHON := /usr/bin/python3
VENV := .venv
VENV_PY := $(VENV)/bin/python
DIST := dist
ZIP := $(DIST)/$(PLUGIN)-$(VERSION).zip
TS := $(wildcard i18n/*.ts)
QM := $(TS:.ts=.qm)
PY_SOURCES := $(shell find $(PLUGIN) -name '*.py' | sort)
QGIS_ENV := QT_QPA_PLATFORM=offscreen QGIS_PREFIX_PATH=/usr XDG_RUNTIME_DIR=/tmp/runtime-$$(id -u)
DEMO_OUT ?= demo_output
DEMO_LANGUAGE ?= nl
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: deps venv qm ts lint test test-core test-core-py39 test-qgis demo package release deploy clean pygeoapi-venv py39-venv docs-images

deps:
	@bash scripts/install_deps.sh

$(VENV_PY): requirements-test.txt
	$(PYTHON) -m venv --system-site-packages $(VENV)
	$(VENV_PY) -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	@$(VENV_PY) -c "import numpy, osgeo.gdal_array; assert numpy.__version__.startswith('1.'), numpy.__version__"
	@touch $(VENV_PY)

venv: deps $(VENV_PY)

i18n/%.qm: i18n/%.ts
	lrelease -silent $< -qm $@

qm: deps $(QM)

ts: deps
	$(PYTHON) scripts/update_translations.py

# Python 3.9, the Python of the Windows QGIS bundles up to 3.34: pyenv's 3.9, or PY39=/path/to/python3.9.
# Its venv has the core's dependencies from PyPI at Debian 12's versions, GDAL's bindings built against Debian's
# libgdal (libgdal-dev from `make deps`), pytest and vermin; no system site-packages, so nothing reaches QGIS.
PY39 ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.9*/bin/python3.9) $(shell command -v python3.9 2>/dev/null))
VENV39 := .venv-py39

$(VENV39)/.ready: requirements-py39.txt
	@test -n "$(PY39)" || { echo "No Python 3.9 here (looked for $(HOME)/.pyenv/versions/3.9*/bin/python3.9 and python3.9 on PATH): install one (pyenv install 3.9) or run with PY39=/path/to/python3.9." >&2; exit 1; }
	rm -rf $(VENV39)
	$(PY39) -m venv $(VENV39)
	$(VENV39)/bin/pip install --quiet --disable-pip-version-check -r requirements-py39.txt
	$(VENV39)/bin/pip install --quiet --disable-pip-version-check --no-build-isolation "setuptools<70" wheel
	$(VENV39)/bin/pip install --quiet --disable-pip-version-check --no-build-isolation "GDAL==$$(gdal-config --version)"
	@touch $@

py39-venv: deps $(VENV39)/.ready

# ruff; the Qt6 / QGIS 4 readiness check (scripts/check_qt6.py, needs qgis to introspect enums); vermin: every
# line of plugin, scripts, tests and benchmarks runs on Python 3.9.
lint: venv py39-venv
	$(VENV)/bin/ruff check $(PLUGIN) $(SERVER) tests scripts
	$(VENV)/bin/ruff format --check $(PLUGIN) $(SERVER) tests scripts
	$(QGIS_ENV) $(VENV_PY) scripts/check_qt6.py
	$(VENV39)/bin/vermin --target=3.9- --no-tips --violations --quiet $(PLUGIN) $(SERVER) scripts tests benchmarks

test-core: venv
	$(VENV)/bin/pytest -p no:qgis tests/core

test-core-py39: py39-venv
	$(VENV39)/bin/python -m pytest tests/core

# pygeoapi (a real OGC API - Features server for the submission tests) in its own venv from the python3 on
# PATH, without system site-packages: it pulls numpy 2, which must stay out of the QGIS interpreter. With what
# pygeoapi's PostgreSQL provider imports (psycopg2, GeoAlchemy2; SQLAlchemy comes with pygeoapi) for the
# PostGIS-backed server of ral_zuid_server/. The stamp's name changes with the package set, so an existing venv
# gets the new packages.
PYGEOAPI_VENV := .venv-pygeoapi
PYGEOAPI_VERSION := 0.21.0
PYGEOAPI_PACKAGES := "pygeoapi==$(PYGEOAPI_VERSION)" "psycopg2-binary==2.9.13" "GeoAlchemy2==0.20.0"
PYGEOAPI_STAMP := $(PYGEOAPI_VENV)/.ready-$(PYGEOAPI_VERSION)-postgresql

$(PYGEOAPI_STAMP):
	test -x $(PYGEOAPI_VENV)/bin/python || python3 -m venv $(PYGEOAPI_VENV)
	$(PYGEOAPI_VENV)/bin/pip install --quiet --disable-pip-version-check $(PYGEOAPI_PACKAGES)
	@echo '*' > $(PYGEOAPI_VENV)/.gitignore
	@touch $@

pygeoapi-venv: $(PYGEOAPI_STAMP)

test-qgis: venv qm pygeoapi-venv
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	$(QGIS_ENV) $(VENV)/bin/pytest tests/qgis

test: lint test-core test-core-py39 test-qgis

# Retake the documentation's screenshots (docs/images/) with the desktop tests; a normal test run leaves them alone.
docs-images: venv qm pygeoapi-venv
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	RALZUID_DOCS_IMAGES=1 $(QGIS_ENV) $(VENV)/bin/pytest tests/qgis/test_desktop.py tests/qgis/test_desktop_plankaart.py \
		tests/qgis/test_desktop_dialogs.py

demo: deps qm pygeoapi-venv
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	$(QGIS_ENV) $(PYTHON) scripts/demo.py $(DEMO_OUT) --language $(DEMO_LANGUAGE)

package: qm
	@rm -rf $(DIST)/build && mkdir -p $(DIST)/build/$(PLUGIN)
	rsync -a --exclude '__pycache__' --exclude '*.pyc' $(PLUGIN)/ $(DIST)/build/$(PLUGIN)/
	cp metadata.txt LICENSE $(DIST)/build/$(PLUGIN)/
	rsync -a --exclude '__pycache__' resources processing $(DIST)/build/$(PLUGIN)/
	mkdir -p $(DIST)/build/$(PLUGIN)/i18n && cp $(QM) $(DIST)/build/$(PLUGIN)/i18n/
	python3 scripts/build_help_pages.py $(DIST)/build/$(PLUGIN)
	rm -f $(ZIP) && cd $(DIST)/build && zip -q -r -X ../$(notdir $(ZIP)) $(PLUGIN)
	@echo "$(ZIP)"

# A QGIS plugin repository in dist/: plugins.xml, ral_zuid_plugin.<version>.zip (metadata with the changelog from
# CHANGELOG.md) and the icon. Serve dist/ at REPOSITORY_URL, e.g. `cd dist && python3 -m http.server 8000`.
REPOSITORY_URL ?= http://127.0.0.1:8000/

release: package
	$(PYTHON) scripts/make_release.py --zip $(ZIP) --output $(DIST) --base-url $(REPOSITORY_URL)

deploy: package
	mkdir -p $(PROFILE_DIR)/python/plugins
	rm -rf $(PROFILE_DIR)/python/plugins/$(PLUGIN)
	unzip -q -o $(ZIP) -d $(PROFILE_DIR)/python/plugins
	@echo "Installed into $(PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in the Plugin Manager."

clean:
	rm -rf $(DIST) $(DEMO_OUT) .pytest_cache i18n/*.qm
	find . -name __pycache__ -prune -exec rm -rf {} +
