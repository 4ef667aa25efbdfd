"""The ``ralzuid`` Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ral_zuid_plugin.__about__ import plugin_version
from ral_zuid_plugin.processing_provider.base import plugin_icon
from ral_zuid_plugin.processing_provider.registry import algorithm_classes

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
        for algorithm_class in algorithm_classes():
            self.addAlgorithm(algorithm_class())
