"""The ``ralzuid`` Processing provider."""

from __future__ import annotations

from qgis.core import Qgis, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ral_zuid_plugin.__about__ import plugin_version
from ral_zuid_plugin.adapters.message_log import log_message
from ral_zuid_plugin.adapters.opendata_cache import default_cache_folder
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.opendata.snapshot_refresh import SNAPSHOT_SUBFOLDER
from ral_zuid_plugin.core.reference import charging_locations
from ral_zuid_plugin.processing_provider.base import plugin_icon
from ral_zuid_plugin.processing_provider.registry import load_algorithm_classes

PROVIDER_ID = "ralzuid"


class RalZuidProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "RAL Zuid"

    def longName(self) -> str:  # noqa: N802
        return "RAL Zuid {version}".format(version=plugin_version())

    def versionInfo(self) -> str:  # noqa: N802
        return plugin_version()

    def icon(self) -> QIcon:
        return plugin_icon()

    def defaultVectorFileExtension(self, hasGeometry: bool = True) -> str:  # noqa: N802, N803
        return "gpkg"

    def defaultRasterFileExtension(self) -> str:  # noqa: N802
        return "tif"

    def loadAlgorithms(self) -> None:  # noqa: N802
        # a charging-point snapshot refreshed by ralzuid:opendata (in this profile) replaces the bundled one
        charging_locations.use_snapshot_folder(default_cache_folder() / SNAPSHOT_SUBFOLDER)
        classes, unavailable = load_algorithm_classes()
        for algorithm_class in classes:
            self.addAlgorithm(algorithm_class())
        for class_name, package in unavailable.items():
            log_message(
                tr("{algorithm} is not available: the Python package '{package}' is missing.").format(
                    algorithm=class_name, package=package
                ),
                Qgis.MessageLevel.Warning,
            )
