"""The key number of a step's result, in words, for the panel ("12 laadpunten", "3 positief ...")."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.advice_workbook import MAIN_ADVICE


def output_layer(value: Any, project: QgsProject | None = None) -> QgsMapLayer | None:
    """The layer an output value names: a layer id in the project, else a file (vector first, then raster)."""
    if not value or not isinstance(value, str):
        return None
    project = project or QgsProject.instance()
    layer = project.mapLayer(value)
    if layer is not None:
        return layer
    vector = QgsVectorLayer(value, "output", "ogr")
    if vector.isValid():
        return vector
    raster = QgsRasterLayer(value, "output", "gdal")
    return raster if raster.isValid() else None


def _count(value: Any) -> int | None:
    layer = output_layer(value)
    return int(layer.featureCount()) if isinstance(layer, QgsVectorLayer) else None


def _field_values(value: Any, field: str) -> list:
    layer = output_layer(value)
    if not isinstance(layer, QgsVectorLayer) or layer.fields().indexOf(field) < 0:
        return []
    return [feature[field] for feature in layer.getFeatures()]


def summarise(step: str, outputs: dict[str, Any]) -> str:
    """What a reader wants to know first about the result of ``step`` (empty when the output is gone)."""
    if step == "sessions":
        count = _count(outputs.get("OUTPUT_POINTS"))
        return tr("{count} charge points").format(count=count) if count is not None else ""
    if step == "pressure":
        count = _count(outputs.get("OUTPUT_AREAS"))
        if count is not None:
            return tr("{count} areas").format(count=count)
        layer = output_layer(outputs.get("OUTPUT"))
        if isinstance(layer, QgsRasterLayer):
            return tr("raster of {columns} x {rows} cells").format(columns=layer.width(), rows=layer.height())
        return ""
    if step == "proposals":
        extra = [v for v in _field_values(outputs.get("OUTPUT"), "extra_laadpunten") if isinstance(v, (int, float))]
        if not extra and _count(outputs.get("OUTPUT")) is None:
            return ""
        return tr("{areas} areas, {points} extra charge points").format(areas=len(extra), points=int(sum(extra)))
    if step == "screening":
        advice = [str(v) for v in _field_values(outputs.get("OUTPUT"), "advies")]
        if not advice:
            return ""
        positive, study, negative = (advice.count(code) for code in MAIN_ADVICE)
        return tr("{positive} positive, {study} further study, {negative} negative").format(
            positive=positive, study=study, negative=negative
        )
    if step == "planmap":
        pages = outputs.get("PAGE_COUNT")
        return tr("{count} sheets").format(count=int(pages)) if isinstance(pages, (int, float)) else ""
    if step == "submission":
        count = outputs.get("CANDIDATES")
        if isinstance(count, (int, float)):
            return tr("{count} candidates in package {id}").format(count=int(count), id=outputs.get("SUBMISSION_ID"))
    return ""
