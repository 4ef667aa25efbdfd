"""Shared glue of the pressure algorithms: reading point layers, kernel choices, styling raster outputs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ral_zuid_plugin.adapters.input_checks import require_geometry
from ral_zuid_plugin.adapters.layer_arrays import layer_of_parameter, read_point_arrays
from ral_zuid_plugin.adapters.style_language import hide_band_name
from ral_zuid_plugin.adapters.vector_io import frame_from_source
from ral_zuid_plugin.core.i18n import tr
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
    algorithm.addParameter(metres(WALK_DISTANCE, tr("Walking distance"), 250.0))
    algorithm.addParameter(QgsProcessingParameterEnum(KERNEL, tr("Kernel shape"), kernel_labels(), defaultValue=0))
    algorithm.addParameter(metres(RADIUS, tr("Kernel radius"), 500.0))
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
        MEMORY_BUDGET, tr("Memory budget (MB)"), QgsProcessingParameterNumber.Type.Integer, 2048, minValue=16
    )
    budget.setFlags(budget.flags() | budget.FlagAdvanced)
    algorithm.addParameter(budget)


def metres(name: str, description: str, default: float) -> QgsProcessingParameterDistance:
    """A distance in metres (RD New): the widget shows "meters", not "<unknown>", as there is no parent layer."""
    parameter = QgsProcessingParameterDistance(name, description, defaultValue=default, minValue=1.0)
    parameter.setDefaultUnit(QgsUnitTypes.DistanceUnit.DistanceMeters)
    parameter.setMetadata({"widget_wrapper": {"decimals": 0}})  # whole metres: "250 meter", not "250,0"
    return parameter


def kernel_labels() -> list[str]:
    return [tr("Quartic (biweight)"), tr("Triangular"), tr("Uniform"), tr("Epanechnikov"), tr("Triweight")]


def kernel_from_index(index: int) -> str:
    return KERNELS[index]


def source_label(source) -> str:
    """The layer name used in messages about bad input."""
    name = source.sourceName() if source is not None else ""
    return name or tr("input layer")


def read_points(
    source,
    context,
    feedback,
    progress,
    label: str,
    fields: list[str] | None = None,
    *,
    layer=None,
    parameter_value=None,
) -> pd.DataFrame:
    """Point layer to a frame with ``fid``, ``fields``, ``x``, ``y`` (RD New); multipoints split into their points.

    ``layer`` and ``parameter_value`` (from ``parameterAsVectorLayer`` and ``parameters[name]``) let a file-backed
    layer be read straight from its file (see :mod:`ral_zuid_plugin.adapters.layer_arrays`).
    """
    require_geometry(source, label, QgsWkbTypes.GeometryType.PointGeometry)
    if fields is None:
        fields = [field.name() for field in source.fields()]
    names = [name for name in dict.fromkeys(fields) if name != "fid"]
    try:
        arrays = read_point_arrays(
            source, context, names, layer=layer, parameter_value=parameter_value, feedback=feedback
        )
    except (AttributeError, TypeError, ValueError):
        require_geometry(
            source, label, QgsWkbTypes.GeometryType.PointGeometry, verify=True
        )  # says what the layer mixes
        raise
    if arrays.without_geometry:
        progress.warning(tr("{count} feature(s) without geometry were skipped.").format(count=arrays.without_geometry))
    return pd.DataFrame({"fid": arrays.fid, **arrays.columns, "x": arrays.x, "y": arrays.y})


def points_parameter(algorithm, parameters: dict, name: str, context) -> dict:
    """The layer and raw value behind a point source parameter, for :func:`read_points`."""
    value = parameters.get(name)
    return {"layer": layer_of_parameter(value, context), "parameter_value": value}


def read_polygons(source, context, feedback, label: str, fields: list[str] | None = None):
    require_geometry(source, label, QgsWkbTypes.GeometryType.PolygonGeometry)
    frame = frame_from_source(source, context, field_names=fields, feedback=feedback)
    frame = frame[frame.geometry.notna()].reset_index(drop=True)
    if not frame.geom_type.isin(["Polygon", "MultiPolygon"]).all():
        require_geometry(source, label, QgsWkbTypes.GeometryType.PolygonGeometry, verify=True)
    return frame


class _RasterStyle(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml_path: str) -> None:
        super().__init__()
        self.qml_path = qml_path

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer is not None and layer.isValid():
            layer.loadNamedStyle(self.qml_path)
            hide_band_name(layer, context.project())
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
