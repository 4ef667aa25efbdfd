"""Shared glue of the pressure algorithms: reading point layers, kernel choices, styling raster outputs."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ral_zuid_plugin.adapters.vector_io import frame_from_source
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.inputs import points_from_geoframe
from ral_zuid_plugin.core.pressure.kernels import KERNELS
from ral_zuid_plugin.core.pressure.styles import diverging_breaks, fill_style_template, ramp_breaks
from ral_zuid_plugin.core.resources import resource_path

WALK_DISTANCE = "WALK_DISTANCE"
KERNEL = "KERNEL"
RADIUS = "RADIUS"
CELL_SIZE = "CELL_SIZE"
MEMORY_BUDGET = "MEMORY_BUDGET"


def add_grid_parameters(algorithm) -> None:
    """Walking distance, kernel, radius, cell size and memory budget: the same for every surface algorithm."""
    algorithm.addParameter(
        QgsProcessingParameterDistance(WALK_DISTANCE, tr("Walking distance"), defaultValue=250.0, minValue=1.0)
    )
    algorithm.addParameter(QgsProcessingParameterEnum(KERNEL, tr("Kernel shape"), kernel_labels(), defaultValue=0))
    radius = QgsProcessingParameterDistance(RADIUS, tr("Kernel radius"), defaultValue=500.0, minValue=1.0)
    algorithm.addParameter(radius)
    algorithm.addParameter(
        QgsProcessingParameterNumber(
            CELL_SIZE,
            tr("Cell size (m, whole metres; grid corner on a multiple of 100 m)"),
            QgsProcessingParameterNumber.Type.Integer,
            defaultValue=25,
            minValue=1,
        )
    )
    budget = QgsProcessingParameterNumber(
        MEMORY_BUDGET, tr("Memory budget (MB)"), QgsProcessingParameterNumber.Type.Double, 2048.0, minValue=16.0
    )
    budget.setFlags(budget.flags() | budget.FlagAdvanced)
    algorithm.addParameter(budget)


def kernel_labels() -> list[str]:
    return [tr("Quartic (biweight)"), tr("Triangular"), tr("Uniform"), tr("Epanechnikov"), tr("Triweight")]


def kernel_from_index(index: int) -> str:
    return KERNELS[index]


def source_label(source) -> str:
    """The layer name used in messages about bad input."""
    name = source.sourceName() if source is not None else ""
    return name or tr("input layer")


def read_points(source, context, feedback, progress, label: str, fields: list[str] | None = None):
    """Point layer to a frame with ``fid``, ``x``, ``y`` (RD New) and ``fields``."""
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PointGeometry:
        raise InputDataError(tr("the layer has no point geometries"), path=label)
    frame = frame_from_source(source, context, field_names=fields, feedback=feedback)
    points, skipped = points_from_geoframe(frame, label)
    if skipped:
        progress.warning(tr("{count} feature(s) without geometry were skipped.").format(count=skipped))
    return points


def read_polygons(source, context, feedback, label: str, fields: list[str] | None = None):
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise InputDataError(tr("the layer has no polygon geometries"), path=label)
    frame = frame_from_source(source, context, field_names=fields, feedback=feedback)
    return frame[frame.geometry.notna()].reset_index(drop=True)


class _RasterStyle(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml_path: str) -> None:
        super().__init__()
        self.qml_path = qml_path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and layer.isValid():
            layer.loadNamedStyle(self.qml_path)
            layer.triggerRepaint()


_KEEP_ALIVE: list[_RasterStyle] = []


def style_raster(
    context: QgsProcessingContext, path: str, layer_name: str, band: int, values, diverging: bool = False
) -> None:
    """Write a sidecar ``.qml`` (colour ramp over ``values``) beside the raster and apply it when loaded.

    ``diverging``: blue for negative (surplus), red for positive (gap) values.
    """
    name = "pressure_gap.qml" if diverging else "pressure_surface.qml"
    template = resource_path("styles", name).read_text(encoding="utf-8")
    breaks = diverging_breaks(values) if diverging else ramp_breaks(values)
    qml_path = str(Path(path).with_suffix(".qml"))
    Path(qml_path).write_text(fill_style_template(template, band, breaks), encoding="utf-8")
    if not context.willLoadLayerOnCompletion(path):
        return
    details = context.layerToLoadOnCompletionDetails(path)
    details.name = layer_name
    processor = _RasterStyle(qml_path)
    _KEEP_ALIVE.append(processor)
    del _KEEP_ALIVE[:-50]
    details.setPostProcessor(processor)
