"""Styles (QML from ``resources/styles``) and names for output layers loaded into the project."""

from __future__ import annotations

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

from ral_zuid_plugin.adapters.style_language import localise
from ral_zuid_plugin.core.resources import resource_path


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml_name: str | None) -> None:
        super().__init__()
        self.qml_name = qml_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is None or not layer.isValid() or not self.qml_name:
            return
        layer.loadNamedStyle(str(resource_path("styles", self.qml_name)))
        localise(layer, self.qml_name)
        layer.triggerRepaint()


# Post-processors must outlive the algorithm run; QGIS does not take ownership from Python.
_KEEP_ALIVE: list[_StylePostProcessor] = []


def style_output(context: QgsProcessingContext, dest_id: str, layer_name: str, qml_name: str | None = None) -> None:
    """Give output ``dest_id`` a clear layer name and (optionally) a bundled QML style when it is loaded."""
    if not context.willLoadLayerOnCompletion(dest_id):
        return
    details = context.layerToLoadOnCompletionDetails(dest_id)
    details.name = layer_name
    processor = _StylePostProcessor(qml_name)
    _KEEP_ALIVE.append(processor)
    if len(_KEEP_ALIVE) > 50:
        del _KEEP_ALIVE[:-50]
    details.setPostProcessor(processor)
