"""Vector data between QGIS and the core: feature sources to (Geo)DataFrames and back to sinks."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPoint,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ral_zuid_plugin.adapters.atomic_sink import AtomicSink
from ral_zuid_plugin.adapters.layer_arrays import layer_of_parameter
from ral_zuid_plugin.adapters.layer_frames import read_frame, read_point_table
from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import CancelledError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.shapes_bulk import wkb_of

_GEOMETRY_TYPES = {
    "Point": QgsWkbTypes.Type.Point,
    "MultiPoint": QgsWkbTypes.Type.MultiPoint,
    "LineString": QgsWkbTypes.Type.LineString,
    "MultiLineString": QgsWkbTypes.Type.MultiLineString,
    "Polygon": QgsWkbTypes.Type.Polygon,
    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
}
_PROMOTED = {"Polygon": "MultiPolygon", "LineString": "MultiLineString", "Point": "MultiPoint"}


def rd_new() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(RD_NEW)


def qgis_field_for(name: str, series: pd.Series) -> QgsField:
    """A ``QgsField`` whose type fits the values of ``series``."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return QgsField(name, field_type("Bool"))
    if pd.api.types.is_integer_dtype(dtype):
        return QgsField(name, field_type("LongLong"))
    if pd.api.types.is_float_dtype(dtype):
        return QgsField(name, field_type("Double"))
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return QgsField(name, field_type("DateTime"))
    sample = series.dropna()
    if not sample.empty and isinstance(sample.iloc[0], dt.date) and not isinstance(sample.iloc[0], dt.datetime):
        return QgsField(name, field_type("Date"))
    return QgsField(name, field_type("String"))


def fields_for(frame: pd.DataFrame) -> QgsFields:
    fields = QgsFields()
    for column in frame.columns:
        if column == getattr(frame, "_geometry_column_name", None):
            continue
        fields.append(qgis_field_for(str(column), frame[column]))
    return fields


def to_qgis_value(value: Any) -> Any:
    """A plain Python / Qt value QGIS can store (NaN and NaT become NULL)."""
    if value is None:
        return None
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, pd.Timestamp):
        if pd.isna(value):
            return None
        value = value.to_pydatetime()
    if value is pd.NaT:
        return None
    if isinstance(value, dt.datetime):
        stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
        return stamp
    if isinstance(value, dt.date):
        return QDate(value.year, value.month, value.day)
    return value


def wkb_type_for(frame: pd.DataFrame) -> int:
    """The QGIS geometry type for a GeoDataFrame (single types promoted to multi when mixed)."""
    geometry_name = getattr(frame, "_geometry_column_name", None)
    if geometry_name is None or geometry_name not in frame:
        return QgsWkbTypes.Type.NoGeometry
    kinds = set(frame.geometry.dropna().geom_type.unique())
    if not kinds:
        return QgsWkbTypes.Type.Point
    if len(kinds) == 1:
        return _GEOMETRY_TYPES[kinds.pop()]
    promoted = {_PROMOTED.get(kind, kind) for kind in kinds}
    if len(promoted) == 1:
        return _GEOMETRY_TYPES[promoted.pop()]
    raise QgsProcessingException(
        tr("Cannot write mixed geometry types {kinds} to one layer.").format(kinds=", ".join(sorted(kinds)))
    )


def qgis_column_values(series: pd.Series) -> list[Any]:
    """The values of one column as QGIS stores them, converted column-wise where the type allows."""
    if pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_integer_dtype(series.dtype):
        return series.tolist()  # numpy scalars become Python bool/int
    if pd.api.types.is_float_dtype(series.dtype):
        values = series.to_numpy(dtype=float)
        return [None if missing else value for value, missing in zip(values.tolist(), np.isnan(values).tolist())]
    if series.dtype == object and pd.api.types.infer_dtype(series, skipna=True) in ("string", "empty"):
        return series.where(series.notna(), None).tolist()  # text (and NULL) as it is: no per-value dispatch
    try:  # dates and other repeated values: converted once per distinct value
        codes, uniques = pd.factorize(series, sort=False)
    except TypeError:  # unhashable values
        return [to_qgis_value(value) for value in series.tolist()]
    converted = [to_qgis_value(value) for value in uniques] + [None]
    return [converted[code] for code in codes.tolist()]


def features_from_frame(
    frame: pd.DataFrame, fields: QgsFields, wkb_type: int, xy: tuple[np.ndarray, np.ndarray] | None = None
) -> Iterable[QgsFeature]:
    geometry_name = getattr(frame, "_geometry_column_name", None)
    positions = [i for i, c in enumerate(frame.columns) if c != geometry_name]
    if xy is not None:  # points straight from coordinates: no shapely objects (a Python loop each on shapely 1.8)
        columns = [qgis_column_values(frame.iloc[:, position]) for position in positions]
        for row, x, y in zip(zip(*columns) if columns else ([] for _ in range(len(frame))), *xy):
            feature = QgsFeature(fields)
            feature.setAttributes(list(row))
            feature.setGeometry(QgsGeometry(QgsPoint(x, y)))
            yield feature
        return
    make_multi = QgsWkbTypes.isMultiType(wkb_type)
    # every shape's WKB in one bulk call (no shapely object is touched in the loop below)
    blobs = wkb_of(frame.geometry.values) if wkb_type != QgsWkbTypes.Type.NoGeometry else None
    columns = [qgis_column_values(frame.iloc[:, position]) for position in positions]
    for index, row in enumerate(zip(*columns) if columns else ([] for _ in range(len(frame)))):
        feature = QgsFeature(fields)
        feature.setAttributes(list(row))
        if blobs is not None:
            blob = blobs[index]
            if blob is not None:
                geometry = QgsGeometry()
                geometry.fromWkb(blob)
                if make_multi and not geometry.isMultipart():
                    geometry.convertToMultiType()
                feature.setGeometry(geometry)
        yield feature


def write_frame_to_sink(
    algorithm: QgsProcessingAlgorithm,
    frame: pd.DataFrame,
    parameters: dict,
    parameter_name: str,
    context: QgsProcessingContext,
    feedback: QgsProcessingFeedback | None = None,
    xy: tuple[np.ndarray, np.ndarray] | None = None,
) -> str:
    """Write a (Geo)DataFrame (geometry in RD New) to the feature sink ``parameter_name``; return its id.

    ``xy`` (RD New coordinates per row) writes a point layer from a plain DataFrame without shapely points.
    A file destination is replaced atomically (:class:`~ral_zuid_plugin.adapters.atomic_sink.AtomicSink`).
    """
    fields = fields_for(frame)
    wkb_type = QgsWkbTypes.Type.Point if xy is not None else wkb_type_for(frame)
    crs = rd_new() if wkb_type != QgsWkbTypes.Type.NoGeometry else QgsCoordinateReferenceSystem()
    output = AtomicSink(algorithm, parameters, parameter_name, context, fields, wkb_type, crs)
    try:
        total = max(len(frame), 1)
        for count, feature in enumerate(features_from_frame(frame, fields, wkb_type, xy)):
            if feedback is not None and count % 1000 == 0 and feedback.isCanceled():
                raise CancelledError()
            if not output.sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    tr("Could not write feature {number} to the output '{name}'.").format(
                        number=count + 1, name=parameter_name
                    )
                )
            if feedback is not None and count % 1000 == 0:
                feedback.setProgress(100.0 * count / total)
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        return output.finish()
    except BaseException:
        output.abort()
        raise


def frame_from_source(
    source,
    context: QgsProcessingContext,
    *,
    field_names: list[str] | None = None,
    crs: str = RD_NEW,
    feedback: QgsProcessingFeedback | None = None,
    layer: QgsVectorLayer | None = None,
    parameter_value: Any = None,
):
    """Read a feature source into a GeoDataFrame in ``crs`` (RD New by default).

    Attributes keep their QGIS values converted to Python; NULL becomes ``None``. A column
    ``fid`` holds the feature id so results can be joined back; a source field that is itself
    called ``fid`` (a GeoPackage's primary key, equal to the feature id) is not read twice.
    Only the requested fields are fetched. ``layer`` and ``parameter_value`` (see :func:`origin_of`) let a
    file be read in bulk through GDAL; otherwise, or when GDAL cannot give exactly what QGIS would, one lean
    loop collects the values and geometries and the shapes are made in bulk
    (:mod:`ral_zuid_plugin.adapters.layer_frames`): never a shapely object per feature in Python.
    """
    names, indices = _field_indices(source, field_names)
    return read_frame(
        source, context, names, indices, crs, layer=layer, parameter_value=parameter_value, feedback=feedback
    )


def point_table_from_source(
    source,
    context: QgsProcessingContext,
    *,
    field_names: list[str] | None = None,
    crs: str = RD_NEW,
    feedback: QgsProcessingFeedback | None = None,
    layer: QgsVectorLayer | None = None,
    parameter_value: Any = None,
) -> tuple[pd.DataFrame, np.ndarray] | None:
    """A layer of single points as its attribute table and an (n, 2) array of x, y in ``crs``, without shapes.

    The table is what :func:`frame_from_source` gives without its geometry column (same rows, ``fid``, values);
    rows without a geometry have NaN coordinates. ``None`` when the source is not a layer of single points.
    """
    names, indices = _field_indices(source, field_names)
    return read_point_table(
        source, context, names, indices, crs, layer=layer, parameter_value=parameter_value, feedback=feedback
    )


def _field_indices(source, field_names: list[str] | None) -> tuple[list[str], list[int]]:
    names = field_names if field_names is not None else [f.name() for f in source.fields()]
    names = [name for name in names if name != "fid"]
    indices = [source.fields().lookupField(name) for name in names]
    missing = [name for name, index in zip(names, indices) if index < 0]
    if missing:
        raise RalZuidError(tr("The layer has no field '{name}'.").format(name=missing[0]))
    return names, indices


def origin_of(parameters: dict, name: str, context: QgsProcessingContext) -> dict:
    """``layer`` and ``parameter_value`` of the feature source parameter ``name``, for :func:`frame_from_source`."""
    value = parameters.get(name)
    return {"layer": layer_of_parameter(value, context), "parameter_value": value}
