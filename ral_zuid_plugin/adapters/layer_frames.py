"""Any vector layer to a GeoDataFrame in bulk: GDAL's Arrow stream for files, one lean loop for the rest.

Two paths give the same frame (``fid``, the asked fields with QGIS's values, geometry in RD New):

- **GDAL**: a file-backed OGR layer in the target CRS, 2D points, lines or polygons, with integer, real, text and
  (no boolean) fields, read with ``ogr.Layer.GetArrowStreamAsNumPy`` (GDAL >= 3.6); subset string and "selected
  features only" as in :mod:`ral_zuid_plugin.adapters.layer_arrays`. Geometries are built from the WKB column in
  one bulk call (:mod:`ral_zuid_plugin.core.shapes_bulk`), points straight from their parsed coordinates.
  Polygons and lines take this path only when no invalid-geometry check applies (a point is never invalid), since
  QGIS's check skips or refuses features while it reads them.
- **QGIS**: every other case (memory and database layers, other CRSs, unsaved edits, a feature limit, dates,
  a geometry check) reads the Processing feature source with only the asked attributes and the transform, in a
  loop that only collects ids, values and WKB (or x, y for single points); the shapes are made in bulk after it.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ral_zuid_plugin.adapters.layer_arrays import (
    ogr_file_of,
    ogr_reading,
    parse_point_wkb,
    provider_fields_of_types,
)
from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.core.errors import CancelledError
from ral_zuid_plugin.core.shapes_bulk import points_from_xy, shapes_from_wkb

# Not Bool: GDAL 3.6's NumPy view of an Arrow boolean column with NULLs gave a wrong value in a test.
_PLAIN_FIELDS = tuple(field_type(name) for name in ("Int", "UInt", "LongLong", "ULongLong", "Double", "String"))
_GDAL_GEOMETRIES = (
    QgsWkbTypes.Type.Point,
    QgsWkbTypes.Type.LineString,
    QgsWkbTypes.Type.Polygon,
    QgsWkbTypes.Type.MultiPoint,
    QgsWkbTypes.Type.MultiLineString,
    QgsWkbTypes.Type.MultiPolygon,
)


def read_frame(
    source,
    context: QgsProcessingContext,
    names: list[str],
    indices: list[int],
    crs: str,
    *,
    layer: QgsVectorLayer | None = None,
    parameter_value: Any = None,
    feedback=None,
):
    """The frame of ``source`` (see the module docstring); ``names`` exclude ``fid``, ``indices`` are theirs."""
    import geopandas as gpd
    from geopandas.array import GeometryArray

    (fids, columns, shapes), reader = _read(source, context, names, indices, crs, layer, parameter_value, feedback)
    frame = _table(fids, columns, names)
    result = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(GeometryArray(shapes, crs=crs), crs=crs), crs=crs)
    result.attrs["reader"] = reader  # which path read it, for tests and benchmarks
    return result


def read_point_table(
    source,
    context: QgsProcessingContext,
    names: list[str],
    indices: list[int],
    crs: str,
    *,
    layer: QgsVectorLayer | None = None,
    parameter_value: Any = None,
    feedback=None,
) -> tuple[pd.DataFrame, np.ndarray] | None:
    """A layer of single points as its attribute table (``fid`` and ``names``) and an (n, 2) array of x, y in ``crs``.

    No geometry object is made at all (rows without a geometry have NaN coordinates). The same two readers as
    :func:`read_frame`, so the values are the ones it gives; ``None`` when the layer's type is not a single point.
    """
    if QgsWkbTypes.flatType(source.wkbType()) != QgsWkbTypes.Type.Point:
        return None
    (fids, columns, xy), reader = _read(
        source, context, names, indices, crs, layer, parameter_value, feedback, as_xy=True
    )
    frame = _table(fids, columns, names)
    frame.attrs["reader"] = reader
    return frame, xy


def _read(source, context, names, indices, crs, layer, parameter_value, feedback, as_xy: bool = False):
    """(fids, columns, shapes or x, y) and the name of the reader that gave them."""
    result = None
    if layer is not None:
        result = _read_with_gdal(layer, parameter_value, names, crs, context, feedback, as_xy)
    if result is not None:
        return result, "gdal"
    return _read_with_qgis(source, context, names, indices, crs, feedback, as_xy), "qgis"


def _table(fids: list, columns: list, names: list[str]) -> pd.DataFrame:
    rows = list(zip(fids, *columns))
    return pd.DataFrame.from_records(rows, columns=["fid", *names]) if rows else pd.DataFrame(columns=["fid", *names])


# --- GDAL --------------------------------------------------------------------------------------------------------


def _gdal_source(layer: QgsVectorLayer, parameter_value: Any, names: list[str], crs: str, context) -> dict | None:
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL always ships with QGIS
        return None
    if int(gdal.VersionInfo("VERSION_NUM")) < 3060000:
        return None
    if layer is None or not layer.isValid() or layer.providerType() != "ogr" or layer.isModified():
        return None
    kind = layer.wkbType()
    if QgsWkbTypes.hasZ(kind) or QgsWkbTypes.hasM(kind) or QgsWkbTypes.flatType(kind) not in _GDAL_GEOMETRIES:
        return None
    if layer.crs() != QgsCoordinateReferenceSystem(crs):
        return None
    points = QgsWkbTypes.geometryType(kind) == QgsWkbTypes.GeometryType.PointGeometry
    check = context.invalidGeometryCheck()
    selected_only = False
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if getattr(parameter_value, "featureLimit", -1) != -1:
            return None
        if parameter_value.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck:
            check = parameter_value.geometryCheck
        selected_only = bool(parameter_value.selectedFeaturesOnly)
    if not points and check != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck:
        return None
    if not provider_fields_of_types(layer, names, _PLAIN_FIELDS):
        return None
    where = ogr_file_of(layer, selected_only)
    if where is not None:
        where["points"] = QgsWkbTypes.flatType(kind) == QgsWkbTypes.Type.Point
    return where


def _read_with_gdal(layer, parameter_value, names: list[str], crs: str, context, feedback, as_xy: bool = False):
    where = _gdal_source(layer, parameter_value, names, crs, context)
    if where is None:
        return None
    with ogr_reading(where, names) as reading:
        batches = _arrow_batches(reading, names, feedback) if reading is not None else None
    if batches is None or (as_xy and not where["points"]):
        return None
    fid = np.concatenate([batch[0] for batch in batches]) if batches else np.zeros(0, dtype=np.int64)
    keep = None
    if where["selected"] is not None:
        keep = np.isin(fid, np.asarray(where["selected"], dtype=np.int64))
        fid = fid[keep]
    columns = []
    for position in range(len(names)):
        values: list = []
        for batch in batches:
            values.extend(batch[1][position])
        columns.append(values if keep is None else [v for v, k in zip(values, keep.tolist()) if k])
    geometries = [batch[2] for batch in batches]
    if where["points"]:
        parsed = [parse_point_wkb(geometry) for geometry in geometries]
        if any(item is None for item in parsed):
            return None
        x = np.concatenate([item[0] for item in parsed]) if parsed else np.zeros(0)
        y = np.concatenate([item[1] for item in parsed]) if parsed else np.zeros(0)
        if keep is not None:
            x, y = x[keep], y[keep]
        shapes = np.column_stack([x, y]) if as_xy else points_from_xy(x, y)
    else:
        blobs: list = []
        for geometry in geometries:
            blobs.extend(_blobs(geometry))
        if keep is not None:
            blobs = [blob for blob, k in zip(blobs, keep.tolist()) if k]
        try:
            shapes = shapes_from_wkb(blobs)
        except ValueError:
            return None
        if QgsWkbTypes.isMultiType(layer.wkbType()):
            shapes = _as_multi(shapes)
    return fid.tolist(), columns, shapes


def _arrow_batches(ogr_layer, names: list[str], feedback):
    """Per Arrow batch: (fid array, one list of Python values per field, geometry column); ``None`` to give way."""
    stream = ogr_layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=262144"])
    if stream is None:
        return None
    batches = []
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        keys = list(batch.keys())
        if len(keys) < 2 + len(names) or any(name not in batch for name in names):
            return None
        values = []
        for name in names:
            converted = _python_values(batch[name])
            if converted is None:
                return None
            values.append(converted)
        batches.append((np.asarray(batch[keys[0]], dtype=np.int64), values, batch[keys[-1]]))
    return batches


def _python_values(column) -> list | None:
    """An Arrow column as the Python values QGIS gives (NULL = None, text decoded); ``None`` for other kinds."""
    mask = np.ma.getmaskarray(column) if np.ma.isMaskedArray(column) else None
    data = np.ma.getdata(column) if mask is not None else np.asarray(column)
    kind = data.dtype.kind
    if kind in "iu":
        values = data.tolist()
    elif kind == "f":
        values = [None if math.isnan(value) else value for value in data.tolist()]
    elif kind == "S":
        values = [item.decode("utf-8") for item in data.tolist()]
    elif kind == "O" and all(item is None or isinstance(item, (bytes, str)) for item in data.tolist()):
        values = [item.decode("utf-8") if isinstance(item, bytes) else item for item in data.tolist()]
    else:
        return None
    if mask is not None and mask.any():
        values = [None if masked else value for value, masked in zip(values, mask.tolist())]
    return values


def _blobs(geometries) -> list:
    """The WKB column of one batch as ``bytes`` (``None`` for NULL)."""
    mask = np.ma.getmaskarray(geometries) if np.ma.isMaskedArray(geometries) else None
    data = np.ma.getdata(geometries) if mask is not None else np.asarray(geometries)
    if data.dtype.kind == "V":  # all of one length: fixed-width records
        width = data.dtype.itemsize
        raw = data.tobytes()
        blobs = [raw[start : start + width] for start in range(0, len(raw), width)]
    else:
        blobs = [None if item is None else bytes(item) for item in data.tolist()]
    if mask is not None and mask.any():
        blobs = [None if masked else blob for blob, masked in zip(blobs, mask.tolist())]
    return [blob if blob else None for blob in blobs]


def _as_multi(shapes: np.ndarray) -> np.ndarray:
    """Single parts promoted to multi-part, as QGIS's OGR provider gives features of a multi-type layer."""
    from shapely.geometry import LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon

    promote = {Point: MultiPoint, LineString: MultiLineString, Polygon: MultiPolygon}
    for position, shape in enumerate(shapes.tolist()):
        if shape is not None and type(shape) in promote:
            shapes[position] = promote[type(shape)]([shape])
    return shapes


# --- QGIS --------------------------------------------------------------------------------------------------------


def _read_with_qgis(source, context, names: list[str], indices: list[int], crs: str, feedback, as_xy: bool = False):
    request = QgsFeatureRequest()
    target = QgsCoordinateReferenceSystem(crs)
    if source.sourceCrs().isValid() and source.sourceCrs() != target:
        request.setDestinationCrs(target, context.transformContext())
    request.setSubsetOfAttributes(indices)
    single_points = QgsWkbTypes.flatType(source.wkbType()) == QgsWkbTypes.Type.Point
    fids: list[int] = []
    rows: list[list[Any]] = []
    xs: list[float] = []
    ys: list[float] = []
    blobs: list[bytes | None] = []
    total = max(source.featureCount(), 1)
    # One feature object refilled by nextFeature, its bound methods looked up once (as layer_arrays does).
    iterator = source.getFeatures(request)
    feature = QgsFeature()
    step, geometry_of, id_of, attributes_of = iterator.nextFeature, feature.geometry, feature.id, feature.attributes
    add_fid, add_row, add_x, add_y, add_blob = fids.append, rows.append, xs.append, ys.append, blobs.append
    count = 0
    while step(feature):
        if feedback is not None and count % 1000 == 0:
            if feedback.isCanceled():
                raise CancelledError()
            feedback.setProgress(100.0 * count / total)
        count += 1
        add_fid(id_of())
        add_row(attributes_of())
        geometry = geometry_of()
        empty = geometry.isNull() or geometry.isEmpty()
        if single_points:
            point = None if empty else geometry.asPoint()  # a copy; see layer_arrays._read_with_qgis on constGet
            add_x(math.nan if point is None else point.x())
            add_y(math.nan if point is None else point.y())
        else:
            add_blob(None if empty else bytes(geometry.asWkb()))
    columns = [[from_qgis_value(row[index]) for row in rows] for index in indices]
    if single_points:
        x, y = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
        shapes = np.column_stack([x, y]) if as_xy else points_from_xy(x, y)
    else:
        shapes = shapes_from_wkb(blobs)
    return fids, columns, shapes


def from_qgis_value(value: Any) -> Any:
    """QGIS attribute value to plain Python (NULL to ``None``, Qt dates to ``datetime``)."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    return value
