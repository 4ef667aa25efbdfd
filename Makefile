# RAL Zuid QGIS plugin. `make demo` and `make test` do all set-up on a fresh Debian 12 machine.
SHELL := /bin/bash
PLUGIN := ral_zuid_plugin
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
PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: deps venv qm ts lint test test-core test-qgis demo package deploy clean pygeoapi-venv

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

lint: venv
	$(VENV)/bin/ruff check $(PLUGIN) tests scripts
	$(VENV)/bin/ruff format --check $(PLUGIN) tests scripts

test-core: venv
	$(VENV)/bin/pytest -p no:qgis tests/core

# pygeoapi (a real OGC API - Features server for the submission tests) in its own venv from the python3 on
# PATH, without system site-packages: it pulls numpy 2, which must stay out of the QGIS interpreter.
PYGEOAPI_VENV := .venv-pygeoapi
PYGEOAPI_VERSION := 0.21.0

$(PYGEOAPI_VENV)/bin/pygeoapi:
	python3 -m venv $(PYGEOAPI_VENV)
	$(PYGEOAPI_VENV)/bin/pip install --quiet --disable-pip-version-check "pygeoapi==$(PYGEOAPI_VERSION)"
	@echo '*' > $(PYGEOAPI_VENV)/.gitignore

pygeoapi-venv: $(PYGEOAPI_VENV)/bin/pygeoapi

test-qgis: venv qm pygeoapi-venv
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	$(QGIS_ENV) $(VENV)/bin/pytest tests/qgis

test: lint test-core test-qgis

demo: deps qm
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	$(QGIS_ENV) $(PYTHON) scripts/demo.py $(DEMO_OUT)

package: qm
	@rm -rf $(DIST)/build && mkdir -p $(DIST)/build/$(PLUGIN)
	rsync -a --exclude '__pycache__' --exclude '*.pyc' $(PLUGIN)/ $(DIST)/build/$(PLUGIN)/
	cp metadata.txt LICENSE $(DIST)/build/$(PLUGIN)/
	rsync -a --exclude '__pycache__' resources processing $(DIST)/build/$(PLUGIN)/
	mkdir -p $(DIST)/build/$(PLUGIN)/i18n && cp $(QM) $(DIST)/build/$(PLUGIN)/i18n/
	rm -f $(ZIP) && cd $(DIST)/build && zip -q -r -X ../$(notdir $(ZIP)) $(PLUGIN)
	@echo "$(ZIP)"

deploy: package
	mkdir -p $(PROFILE_DIR)/python/plugins
	rm -rf $(PROFILE_DIR)/python/plugins/$(PLUGIN)
	unzip -q -o $(ZIP) -d $(PROFILE_DIR)/python/plugins
	@echo "Installed into $(PROFILE_DIR)/python/plugins/$(PLUGIN); enable it in the Plugin Manager."

clean:
	rm -rf $(DIST) $(DEMO_OUT) .pytest_cache i18n/*.qm
	find . -name __pycache__ -prune -exec rm -rf {} +
