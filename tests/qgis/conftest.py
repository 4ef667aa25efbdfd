"""Fixtures for tests that need QGIS (run with pytest-qgis; never skipped)."""

from __future__ import annotations

import os
import sys

import pytest
from qgis.core import QgsApplication

QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"
if QGIS_PYTHON_PLUGINS not in sys.path:
    sys.path.append(QGIS_PYTHON_PLUGINS)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def ralzuid_provider(qgis_processing):
    """Processing initialised with the RAL Zuid provider registered (English UI)."""
    from ral_zuid_plugin.processing_provider.provider import RalZuidProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ralzuid")
    if provider is None:
        provider = RalZuidProvider()
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
