"""Fixtures for tests that need QGIS (run with pytest-qgis; never skipped)."""

from __future__ import annotations

import os
import sys

import pytest
from qgis.core import QgsApplication

from tests.qgis.server_stack import postgis_server, server_stack  # noqa: F401 (fixtures for every QGIS test)

QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"
if QGIS_PYTHON_PLUGINS not in sys.path:
    sys.path.append(QGIS_PYTHON_PLUGINS)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


_PROVIDERS: list = []  # the registry does not own Python providers: keep them alive


@pytest.fixture()
def ralzuid_provider(qgis_processing):
    """Processing initialised with the RAL Zuid provider registered (English UI).

    Function-scoped on purpose: the plugin lifecycle test unloads the provider, so every test
    gets the registered one, or a fresh one when it was removed.
    """
    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ralzuid")
    if provider is None:
        provider = RalZuidProvider()
        _PROVIDERS.append(provider)
        registry.addProvider(provider)
    return provider


@pytest.fixture()
def run_algorithm(ralzuid_provider):
    """Run a Processing algorithm headless and return its results."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(algorithm_id: str, parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
        context = QgsProcessingContext()
        return processing.run(algorithm_id, parameters, context=context, feedback=feedback or QgsProcessingFeedback())

    return _run


_EXIT_STATUS = {"value": 0}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["value"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process right after pytest is completely done, with pytest's exit status.

    QGIS 3.22 with GDAL can crash (SIGSEGV) in Python's own interpreter finalisation, after
    pytest-qgis has already called ``exitQgis()`` and every result has been reported: an OGR
    layer that outlived a failed algorithm run is destroyed after GDAL's drivers. That crash
    is not in the code under test but it would turn a green run red, so the process exits
    here, before interpreter finalisation. Crashes during the tests themselves still fail.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_EXIT_STATUS["value"])
