"""Point layers to plain arrays (feature id, x, y in RD New, numeric fields), without a shapely object per point.

Three paths give the same arrays:

- **GDAL**: a file-backed OGR layer in RD New is read straight from its file with GDAL's Arrow stream
  (``ogr.Layer.GetArrowStreamAsNumPy``, GDAL >= 3.6); point WKB is parsed with numpy. The layer's subset
  string is applied the way QGIS's OGR provider applies it (``SELECT * FROM layer WHERE subset`` in the
  data source's own SQL dialect), and Processing's "selected features only" keeps the selected feature ids.
- **memory**: a memory layer of single points in RD New, read whole, through QGIS's aggregates (the points
  collected into one multipoint whose WKB numpy parses, the ids and each field as arrays): C++ loops only.
- **QGIS**: every other case (database layers, other CRSs, unsaved edits, selections of memory layers, a feature limit,
  an overridden geometry check, multipoints, non-numeric fields, GDAL < 3.6) reads the Processing feature
  source with a request for only the wanted attributes and the transform to RD New, collecting coordinates
  and values in a lean loop; values are converted column by column afterwards.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from qgis.core import (
    QgsAggregateCalculator,
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import CancelledError, RalZuidError
from ral_zuid_plugin.core.i18n import tr

_NUMERIC = tuple(field_type(name) for name in ("Int", "UInt", "LongLong", "ULongLong", "Double"))


@dataclass
class PointArrays:
    """Points of a layer: feature ids, coordinates in RD New and one array per field (NULL = NaN / None)."""

    fid: np.ndarray
    x: np.ndarray
    y: np.ndarray
    columns: dict[str, np.ndarray] = field(default_factory=dict)
    without_geometry: int = 0
    """Features left out because they have no (or an empty) geometry."""
    path: str = "qgis"
    """Which reader produced them: ``"gdal"``, ``"memory"`` or ``"qgis"`` (for tests and benchmarks)."""


def read_point_arrays(
    source,
    context: QgsProcessingContext,
    field_names: list[str],
    *,
    layer: QgsVectorLayer | None = None,
    parameter_value: Any = None,
    feedback: QgsProcessingFeedback | None = None,
) -> PointArrays:
    """Points of ``source`` (a Processing feature source) with the fields ``field_names``.

    ``layer`` and ``parameter_value`` (the layer behind the source and the raw parameter value, which may be a
    ``QgsProcessingFeatureSourceDefinition``) allow the GDAL path; without them the QGIS path is taken.
    """
    names = [name for name in field_names if name != "fid"]
    indices = [source.fields().lookupField(name) for name in names]
    missing = [name for name, index in zip(names, indices) if index < 0]
    if missing:
        raise RalZuidError(tr("The layer has no field '{name}'.").format(name=missing[0]))
    if layer is not None:
        result = _read_with_gdal(layer, parameter_value, names, feedback)
        if result is None:
            result = _read_memory_layer(layer, parameter_value, names)
        if result is not None:
            return result
    return _read_with_qgis(source, context, names, indices, feedback)


def layer_of_parameter(value: Any, context: QgsProcessingContext) -> QgsVectorLayer | None:
    """The vector layer behind a feature source parameter value (a layer, a layer id or path, or a
    ``QgsProcessingFeatureSourceDefinition``, which ``parameterAsVectorLayer`` does not resolve in QGIS 3.22)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        source = value.source
        if source.propertyType() != QgsProperty.Type.StaticProperty:
            return None
        value = source.staticValue()
    if isinstance(value, QgsVectorLayer):
        return value
    if isinstance(value, str) and value:
        layer = QgsProcessingUtils.mapLayerFromString(value, context)
        return layer if isinstance(layer, QgsVectorLayer) else None
    return None


# --- GDAL --------------------------------------------------------------------------------------------------------


def gdal_source_of(layer: QgsVectorLayer, parameter_value: Any, names: list[str]) -> dict | None:
    """Where GDAL can read exactly what Processing would give for this layer, or ``None``."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL always ships with QGIS
        return None
    if int(gdal.VersionInfo("VERSION_NUM")) < 3060000:
        return None
    if layer is None or not layer.isValid() or layer.providerType() != "ogr":
        return None
    if QgsWkbTypes.flatType(layer.wkbType()) != QgsWkbTypes.Type.Point:
        return None
    if layer.isModified() or layer.crs() != QgsCoordinateReferenceSystem(RD_NEW):
        return None
    selected_only = False
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if getattr(parameter_value, "featureLimit", -1) != -1:
            return None
        overridden = parameter_value.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck
        if overridden and parameter_value.geometryCheck != QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck:
            return None
        selected_only = bool(parameter_value.selectedFeaturesOnly)
    if not provider_fields_of_types(layer, names, _NUMERIC):
        return None
    return ogr_file_of(layer, selected_only)


def provider_fields_of_types(layer: QgsVectorLayer, names: list[str], types) -> bool:
    """Whether every field in ``names`` is the provider's own (not joined, virtual or edited) and of ``types``."""
    fields = layer.fields()
    for name in names:
        index = fields.lookupField(name)
        if index < 0 or fields.fieldOrigin(index) != QgsFields.FieldOrigin.OriginProvider:
            return False
        if fields.at(index).type() not in types:
            return False
    return True


def ogr_file_of(layer: QgsVectorLayer, selected_only: bool) -> dict | None:
    """The file, layer, subset string and selection GDAL must read for this OGR layer; ``None`` when GDAL cannot
    read it the way QGIS does (a /vsi path, open options, a subset that is a whole SELECT)."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not path or path.startswith("/vsi") or parts.get("openOptions"):
        return None
    subset = layer.subsetString().strip()
    if subset.lower().startswith("select"):
        return None
    return {
        "path": path,
        "layer_name": parts.get("layerName") or None,
        "layer_id": parts.get("layerId"),
        "subset": subset,
        "selected": sorted(layer.selectedFeatureIds()) if selected_only else None,
    }


def _read_with_gdal(layer: QgsVectorLayer, parameter_value: Any, names: list[str], feedback) -> PointArrays | None:
    where = gdal_source_of(layer, parameter_value, names)
    if where is None:
        return None
    with ogr_reading(where, names) as reading:
        arrays = _arrow_point_arrays(reading, names, feedback) if reading is not None else None
    if arrays is None:
        return None
    has_geometry = ~(np.isnan(arrays.x) | np.isnan(arrays.y))
    if where["selected"] is not None:
        keep = np.isin(arrays.fid, np.asarray(where["selected"], dtype=np.int64))
        arrays, has_geometry = _select(arrays, keep), has_geometry[keep]
    return _select(arrays, has_geometry, count_dropped=True)


@contextmanager
def ogr_reading(where: dict, names: list[str]) -> Iterator[Any]:
    """The OGR layer to read ``names`` from (only those fields), or the SQL result set of the layer's subset
    string; ``None`` when GDAL cannot open it or a field is missing (the caller then takes the QGIS path). GDAL
    errors are silenced meanwhile; a result set is released afterwards."""
    from osgeo import gdal

    with _GdalErrorsAsNone():
        dataset = gdal.OpenEx(where["path"], gdal.OF_VECTOR | gdal.OF_READONLY)
        ogr_layer = None
        if dataset is not None:
            if where["layer_name"]:
                ogr_layer = dataset.GetLayerByName(where["layer_name"])
            else:
                layer_id = where["layer_id"]
                ogr_layer = dataset.GetLayer(int(layer_id) if layer_id not in (None, "") else 0)
        if ogr_layer is None:
            yield None
            return
        definition = ogr_layer.GetLayerDefn()
        available = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
        if any(name not in available for name in names):
            yield None
            return
        if not where["subset"]:
            ogr_layer.SetIgnoredFields(sorted(available - set(names)))
            yield ogr_layer
            return
        quoted = '"{}"'.format(ogr_layer.GetName().replace('"', '""'))
        result_set = dataset.ExecuteSQL("SELECT * FROM {} WHERE {}".format(quoted, where["subset"]))
        try:
            yield result_set
        finally:
            if result_set is not None:
                dataset.ReleaseResultSet(result_set)


class _GdalErrorsAsNone:
    """GDAL errors (a file that vanished, SQL GDAL cannot run) make the GDAL path give way, never a crash."""

    def __enter__(self) -> None:
        from osgeo import gdal

        self._had_exceptions = bool(gdal.GetUseExceptions())
        gdal.DontUseExceptions()
        gdal.PushErrorHandler("CPLQuietErrorHandler")

    def __exit__(self, *exc) -> None:
        from osgeo import gdal

        gdal.PopErrorHandler()
        if self._had_exceptions:
            gdal.UseExceptions()


def _arrow_point_arrays(ogr_layer, names: list[str], feedback) -> PointArrays | None:
    fids: list[np.ndarray] = []
    xs: list[np.ndarray] = []
    ys: list[np.ndarray] = []
    columns: dict[str, list[np.ndarray]] = {name: [] for name in names}
    stream = ogr_layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=262144"])
    if stream is None:
        return None
    for batch in stream:
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        keys = list(batch.keys())
        if len(keys) < 2 + len(names) or any(name not in batch for name in names):
            return None
        fid_key, geometry_key = keys[0], keys[-1]
        fid = np.asarray(batch[fid_key], dtype=np.int64)
        parsed = parse_point_wkb(batch[geometry_key])
        if parsed is None:
            return None
        fids.append(fid)
        xs.append(np.where(parsed[2], parsed[0], np.nan))  # NaN marks no geometry, dropped by the caller
        ys.append(np.where(parsed[2], parsed[1], np.nan))
        for name in names:
            columns[name].append(_numeric(batch[name]))
    if not fids:
        empty = np.zeros(0)
        return PointArrays(np.zeros(0, dtype=np.int64), empty, empty, {n: empty for n in names}, 0, "gdal")
    return PointArrays(
        fid=np.concatenate(fids),
        x=np.concatenate(xs),
        y=np.concatenate(ys),
        columns={name: np.concatenate(parts) for name, parts in columns.items()},
        path="gdal",
    )


def _numeric(values) -> np.ndarray:
    """A numeric Arrow column as float64 with NaN for NULL."""
    if np.ma.isMaskedArray(values):
        return np.ma.filled(values.astype(np.float64), np.nan)
    return np.asarray(values, dtype=np.float64)


def parse_point_wkb(geometries) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """x, y and a has-geometry mask from an array of point WKB (ISO or extended, 2D/Z/M/ZM, either byte order).

    NULL and empty points (NaN coordinates) have no geometry; any other geometry type gives ``None``.
    """
    mask = np.ma.getmaskarray(geometries) if np.ma.isMaskedArray(geometries) else None
    data = np.ma.getdata(geometries) if mask is not None else np.asarray(geometries)
    count = len(data)
    if data.dtype.kind == "V" and count:
        width = data.dtype.itemsize
        raw = np.frombuffer(data.tobytes(), dtype=np.uint8).reshape(count, width)
        offsets = np.arange(count, dtype=np.int64) * width
        lengths = np.full(count, width, dtype=np.int64)
        buffer = raw.reshape(-1)
    else:
        present = ~mask if mask is not None else np.array([item is not None for item in data], dtype=bool)
        chunks = [bytes(item) if ok else b"" for item, ok in zip(data.tolist(), present.tolist())]
        lengths = np.fromiter((len(chunk) for chunk in chunks), dtype=np.int64, count=count)
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if count else np.zeros(0, dtype=np.int64)
        buffer = np.frombuffer(b"".join(chunks), dtype=np.uint8)
    present = lengths >= 21
    if mask is not None:
        present &= ~mask
    if (lengths[~present] > 0).any():
        return None
    x = np.full(count, np.nan)
    y = np.full(count, np.nan)
    rows = np.flatnonzero(present)
    if rows.size:
        start = offsets[rows]
        order = buffer[start]
        if not np.isin(order, (0, 1)).all():
            return None
        little = order == 1
        kind = _uint32(buffer, start + 1, little)
        flat = (kind & 0x0FFFFFFF) % 1000
        if not (flat == 1).all():
            return None
        x[rows] = _float64(buffer, start + 5, little)
        y[rows] = _float64(buffer, start + 13, little)
    has_geometry = present & ~np.isnan(x) & ~np.isnan(y)
    return x, y, has_geometry


def _uint32(buffer: np.ndarray, start: np.ndarray, little: np.ndarray) -> np.ndarray:
    raw = buffer[start[:, None] + np.arange(4)]
    raw[~little] = raw[~little, ::-1]
    return np.ascontiguousarray(raw).view("<u4").reshape(-1)


def _float64(buffer: np.ndarray, start: np.ndarray, little: np.ndarray) -> np.ndarray:
    raw = buffer[start[:, None] + np.arange(8)]
    if not little.all():
        raw[~little] = raw[~little, ::-1]
    return np.ascontiguousarray(raw).view("<f8").reshape(-1)


def _select(arrays: PointArrays, keep: np.ndarray, count_dropped: bool = False) -> PointArrays:
    if keep.all():
        return arrays
    dropped = int((~keep).sum()) if count_dropped else 0
    return PointArrays(
        fid=arrays.fid[keep],
        x=arrays.x[keep],
        y=arrays.y[keep],
        columns={name: values[keep] for name, values in arrays.columns.items()},
        without_geometry=arrays.without_geometry + dropped,
        path=arrays.path,
    )


# --- memory layers -------------------------------------------------------------------------------------------


def _read_memory_layer(layer: QgsVectorLayer, parameter_value: Any, names: list[str]) -> PointArrays | None:
    """A memory layer through QGIS's own aggregates: single loops in C++ over the features, no Python per point.

    First one loop that collects ``make_point($x, $y, <first numeric field>, $id)`` into one multipoint ZM
    (coordinates, that field and the feature id in one pass; NULLs, NaNs and missing or empty geometries are
    not collected, so the point count no longer equals the feature count and the next way is taken); then, if
    that does not pair up, the points collected into one multipoint, the ids and each field as arrays.
    Other fields are read with one array aggregate each. numpy parses the WKB.

    Only for single points in RD New read whole (no selection, limit or geometry check); when the collected
    points do not pair up one to one with the ids (features without geometry are not collected) it gives way.
    """
    if layer is None or not layer.isValid() or layer.providerType() != "memory":
        return None
    if QgsWkbTypes.flatType(layer.wkbType()) != QgsWkbTypes.Type.Point or layer.isModified():
        return None
    if layer.crs() != QgsCoordinateReferenceSystem(RD_NEW):
        return None
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly or getattr(parameter_value, "featureLimit", -1) != -1:
            return None
        if parameter_value.flags & QgsProcessingFeatureSourceDefinition.Flag.FlagOverrideDefaultGeometryCheck:
            return None
    fields = layer.fields()
    if any(fields.lookupField(name) < 0 for name in names):
        return None
    arrays = _memory_layer_one_loop(layer, names)
    if arrays is None:
        arrays = _memory_layer_loop_per_array(layer, names)
    if arrays is None:
        return None
    return _select(arrays, ~(np.isnan(arrays.x) | np.isnan(arrays.y)), count_dropped=True)


def _memory_layer_one_loop(layer: QgsVectorLayer, names: list[str]) -> PointArrays | None:
    """Coordinates, ids and the first numeric field in one aggregate loop; ``None`` when they do not pair up."""
    fields = layer.fields()
    numeric = [name for name in names if fields.at(fields.lookupField(name)).type() in _NUMERIC]
    carried = numeric[0] if numeric else None
    z = QgsExpression.quotedColumnRef(carried) if carried else "0"
    collected, ok = layer.aggregate(
        QgsAggregateCalculator.Aggregate.GeometryCollect, "make_point($x, $y, {}, $id)".format(z)
    )
    count = layer.featureCount()
    if not ok or collected is None or collected.isNull() or count <= 0:
        return None
    parsed = multipoint_coordinates(bytes(collected.asWkb()))
    if parsed is None or parsed.shape != (count, 4):
        return None
    fid = parsed[:, 3].astype(np.int64)
    if not np.array_equal(fid, parsed[:, 3]):
        return None
    columns = {}
    for name in names:
        if name == carried:
            columns[name] = np.ascontiguousarray(parsed[:, 2])
            continue
        column = _array_aggregate(layer, name, count)
        if column is None:
            return None
        columns[name] = column
    return PointArrays(
        fid=fid,
        x=np.ascontiguousarray(parsed[:, 0]),
        y=np.ascontiguousarray(parsed[:, 1]),
        columns=columns,
        path="memory",
    )


def _memory_layer_loop_per_array(layer: QgsVectorLayer, names: list[str]) -> PointArrays | None:
    collected, ok = layer.aggregate(QgsAggregateCalculator.Aggregate.GeometryCollect, "$geometry")
    if not ok:
        return None
    ids, ok = layer.aggregate(QgsAggregateCalculator.Aggregate.ArrayAggregate, "$id")
    if not ok:
        return None
    fid = np.asarray(ids, dtype=np.int64)
    if fid.size == 0:
        empty = np.zeros(0)
        return PointArrays(fid, empty, empty, {name: empty for name in names}, 0, "memory")
    if collected is None or collected.isNull():
        return None
    parsed = parse_multipoint_wkb(bytes(collected.asWkb()))
    if parsed is None or len(parsed[0]) != fid.size:
        return None
    columns = {}
    for name in names:
        column = _array_aggregate(layer, name, fid.size)
        if column is None:
            return None
        columns[name] = column
    return PointArrays(fid=fid, x=parsed[0], y=parsed[1], columns=columns, path="memory")


def _array_aggregate(layer: QgsVectorLayer, name: str, count: int) -> np.ndarray | None:
    values, ok = layer.aggregate(QgsAggregateCalculator.Aggregate.ArrayAggregate, QgsExpression.quotedColumnRef(name))
    if not ok or len(values) != count:
        return None
    return _column(values)


def multipoint_coordinates(wkb: bytes) -> np.ndarray | None:
    """Coordinates of every part of one multipoint WKB as a (parts, 2/3/4) float64 array; ``None`` otherwise.

    Parts written alike (one byte order and one point type, as QGIS writes them) are read as one structured
    view; anything else goes through :func:`parse_multipoint_wkb` (x and y only).
    """
    if len(wkb) < 9:
        return None
    order = "<" if wkb[0] == 1 else ">"
    kind = int(np.frombuffer(wkb, dtype=order + "u4", count=1, offset=1)[0])
    count = int(np.frombuffer(wkb, dtype=order + "u4", count=1, offset=5)[0])
    if (kind & 0x0FFFFFFF) % 1000 != 4:
        return None
    body = len(wkb) - 9
    if count == 0:
        return np.zeros((0, 2)) if body == 0 else None
    width = body // count
    if body % count or width not in (21, 29, 37):
        return None
    dims = (width - 5) // 8
    header = np.frombuffer(wkb, dtype=np.uint8, offset=9).reshape(count, width)
    first_order, first_kind = header[0, 0], bytes(header[0, 1:5])
    if first_order in (0, 1) and (header[:, 0] == first_order).all() and (header[:, 1:5] == header[0, 1:5]).all():
        part_order = "<" if first_order == 1 else ">"
        part_kind = int(np.frombuffer(first_kind, dtype=part_order + "u4")[0])
        if (part_kind & 0x0FFFFFFF) % 1000 != 1:
            return None
        layout = np.dtype([("head", "V5"), ("xyzm", part_order + "f8", (dims,))])
        return np.frombuffer(wkb, dtype=layout, offset=9)["xyzm"].astype(np.float64)
    parsed = parse_multipoint_wkb(wkb)
    return None if parsed is None else np.column_stack(parsed)


def parse_multipoint_wkb(wkb: bytes) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y of every part of one multipoint WKB (parts of equal size, 2D/Z/M/ZM); ``None`` otherwise."""
    if len(wkb) < 9:
        return None
    order = "<" if wkb[0] == 1 else ">"
    kind = int(np.frombuffer(wkb, dtype=order + "u4", count=1, offset=1)[0])
    count = int(np.frombuffer(wkb, dtype=order + "u4", count=1, offset=5)[0])
    if (kind & 0x0FFFFFFF) % 1000 != 4:
        return None
    if count == 0:
        return np.zeros(0), np.zeros(0)
    body = len(wkb) - 9
    if body % count or body // count not in (21, 29, 37):
        return None
    parts = np.frombuffer(wkb, dtype=np.uint8, offset=9).reshape(count, body // count)
    start = np.arange(count, dtype=np.int64) * (body // count)
    little = parts[:, 0] == 1
    flat = np.ascontiguousarray(parts).reshape(-1)
    if ((_uint32(flat, start + 1, little) & 0x0FFFFFFF) % 1000 != 1).any():
        return None
    return _float64(flat, start + 5, little), _float64(flat, start + 13, little)


# --- QGIS --------------------------------------------------------------------------------------------------------


def _read_with_qgis(source, context, names: list[str], indices: list[int], feedback) -> PointArrays:
    request = QgsFeatureRequest()
    target = QgsCoordinateReferenceSystem(RD_NEW)
    if source.sourceCrs().isValid() and source.sourceCrs() != target:
        request.setDestinationCrs(target, context.transformContext())
    request.setSubsetOfAttributes(indices)
    fids: list[int] = []
    xs: list[float] = []
    ys: list[float] = []
    rows: list[list[Any]] = []
    total = max(source.featureCount(), 1)
    # One feature object is refilled by nextFeature and its bound methods are looked up once: the loop costs
    # about 2 us a point instead of 5 with a new Python feature per iteration.
    iterator = source.getFeatures(request)
    feature = QgsFeature()
    step, geometry_of, id_of, attributes_of = iterator.nextFeature, feature.geometry, feature.id, feature.attributes
    add_fid, add_x, add_y, add_row = fids.append, xs.append, ys.append, rows.append
    multi = QgsWkbTypes.isMultiType(source.wkbType())
    without = 0
    count = 0
    while step(feature):
        count += 1
        if count % 10000 == 0 and feedback is not None:
            if feedback.isCanceled():
                raise CancelledError()
            feedback.setProgress(100.0 * count / total)
        geometry = geometry_of()
        if geometry.isNull():
            without += 1
            continue
        # Coordinates are copied out (asPoint, asMultiPoint), never read through constGet(): sip keeps a Python
        # wrapper per C++ address, so the wrapper of a freed part of the previous feature could come back, with
        # the old part's type, for a new geometry at the same address ('QgsPoint' has no 'numGeometries').
        if multi and geometry.isMultipart():  # a multi layer can still hold a single point
            points = geometry.asMultiPoint()
            if not points:
                without += 1
                continue
            attributes = attributes_of()
            for point in points:
                add_fid(id_of())
                add_x(point.x())
                add_y(point.y())
                add_row(attributes)
            continue
        point = geometry.asPoint()
        add_fid(id_of())
        add_x(point.x())  # an empty point has NaN coordinates: left out below
        add_y(point.y())
        add_row(attributes_of())
    arrays = PointArrays(
        fid=np.asarray(fids, dtype=np.int64),
        x=np.asarray(xs, dtype=np.float64),
        y=np.asarray(ys, dtype=np.float64),
        columns={name: _column([row[index] for row in rows]) for name, index in zip(names, indices)},
        without_geometry=without,
        path="qgis",
    )
    return _select(arrays, ~(np.isnan(arrays.x) | np.isnan(arrays.y)), count_dropped=True)


def _column(values: list[Any]) -> np.ndarray:
    """QGIS attribute values as float64 (NULL = NaN) when all are numbers, else objects (NULL = None)."""
    if all(value.__class__ in (float, int) for value in values):
        return np.asarray(values, dtype=np.float64)
    converted = np.empty(len(values), dtype=object)
    for position, value in enumerate(values):
        if isinstance(value, QVariant):
            value = None if value.isNull() else value.value()
        converted[position] = value
    if all(value is None or value.__class__ in (float, int) for value in converted.tolist()):
        return np.array([math.nan if value is None else float(value) for value in converted.tolist()])
    return converted
