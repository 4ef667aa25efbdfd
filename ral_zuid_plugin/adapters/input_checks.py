"""Checks on input layers that turn confusing downstream failures into one clear message.

- A layer that mixes geometry types (a GeoJSON with points and polygons) has no single geometry type: say what
  it holds instead of "the layer has no point geometries".
- A layer whose CRS is geographic (degrees) but whose coordinates are far outside -180..180 / -90..90 was almost
  always saved without its CRS: a GeoJSON without ``crs`` is WGS 84 by definition, so RD New coordinates are read
  as degrees. Say so, instead of reporting every feature as outside the Netherlands.
"""

from __future__ import annotations

import collections

from qgis.core import QgsFeatureRequest, QgsWkbTypes

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr

_KIND_NAMES = {
    QgsWkbTypes.GeometryType.PointGeometry: "points",
    QgsWkbTypes.GeometryType.LineGeometry: "lines",
    QgsWkbTypes.GeometryType.PolygonGeometry: "polygons",
}


def geometry_kinds(source, limit: int = 100_000) -> dict[str, int]:
    """How many features of each geometry kind (points, lines, polygons) the source holds (first ``limit``)."""
    counts: collections.Counter = collections.Counter()
    request = QgsFeatureRequest().setNoAttributes().setLimit(limit)
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        counts[_KIND_NAMES.get(geometry.type(), "other")] += 1
    return dict(counts)


def require_geometry(source, label: str, wanted, *, verify: bool = False) -> None:
    """Raise a clear :class:`InputDataError` unless ``source`` holds only geometries of the kind ``wanted``.

    The layer's declared type is trusted unless ``verify``: OGR declares a GeoJSON that mixes points and polygons
    as a point layer and still returns the polygons, so a reader that fails on an unexpected geometry calls this
    again with ``verify=True`` to find out and say so (no extra pass over the features on the normal path).
    """
    if QgsWkbTypes.geometryType(source.wkbType()) == wanted and not verify:
        check_crs_plausible(source, label)
        return
    kinds = geometry_kinds(source)
    wanted_name = _KIND_NAMES.get(wanted, "other")
    names = {"points": tr("points"), "lines": tr("lines"), "polygons": tr("polygons"), "other": tr("other")}
    if len(kinds) > 1:
        held = ", ".join(f"{names[kind]}: {count}" for kind, count in sorted(kinds.items()))
        raise InputDataError(
            tr("the layer mixes geometry types ({held}); give a layer with {wanted} only").format(
                held=held, wanted=names[wanted_name]
            ),
            path=label,
        )
    if kinds and wanted_name in kinds:  # one kind, but the layer type is generic (e.g. a GeometryCollection)
        check_crs_plausible(source, label)
        return
    if not kinds:
        raise InputDataError(tr("the layer has no features with a geometry"), path=label)
    raise InputDataError(
        tr("the layer holds {held}, not {wanted}").format(held=names[next(iter(kinds))], wanted=names[wanted_name]),
        path=label,
    )


def check_crs_plausible(source, label: str) -> None:
    """Refuse degrees-CRS layers whose coordinates cannot be degrees (saved without their CRS)."""
    crs = source.sourceCrs()
    if not crs.isValid() or not crs.isGeographic():
        return
    extent = source.sourceExtent()
    if extent.isNull():
        return
    x_ok = extent.xMinimum() >= -180.5 and extent.xMaximum() <= 180.5
    y_ok = extent.yMinimum() >= -90.5 and extent.yMaximum() <= 90.5
    if x_ok and y_ok:
        return
    raise InputDataError(
        tr(
            "the coordinates (e.g. x {x:.0f}, y {y:.0f}) are not degrees, but the layer's CRS is {crs}. A GeoJSON "
            'without "crs" is WGS 84 by definition: set the layer\'s CRS (probably EPSG:28992, RD New) or save the '
            "file again with its CRS"
        ).format(x=extent.xMinimum(), y=extent.yMinimum(), crs=crs.authid() or crs.description()),
        path=label,
    )
