"""Validation of the point data a surface is made from: numeric, non-negative weights inside the region."""

from __future__ import annotations

import math
from numbers import Number

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.grid import REGION_EXTENT, outside_region


def _row_label(frame: pd.DataFrame, position: int) -> int:
    if "fid" in frame.columns:
        return int(frame["fid"].iloc[position])
    return position + 1


def numeric_column(frame: pd.DataFrame, column: str, source: str, allow_missing: bool = True) -> np.ndarray:
    """The column as floats; NULL becomes NaN; text or negative values raise :class:`InputDataError`."""
    if column not in frame.columns:
        raise InputDataError(tr("the field does not exist"), path=source, column=column)
    series = frame[column]
    kind = series.dtype.kind
    if kind in "fiu":
        # numbers already: check all at once; the first bad row (if any) gets the row-by-row message below
        numbers = series.to_numpy(dtype=float, na_value=np.nan)
        missing = np.isnan(numbers)
        with np.errstate(invalid="ignore"):
            bad = (missing & (not allow_missing)) | (~missing & (~np.isfinite(numbers) | (numbers < 0)))
        if not bad.any():
            return numbers
        first = int(np.argmax(bad))
        _row_values(frame, series.iloc[first : first + 1], first, column, source, allow_missing)
        raise AssertionError("unreachable: the row above is invalid")  # pragma: no cover
    return _row_values(frame, series, 0, column, source, allow_missing)


def _row_values(
    frame: pd.DataFrame, series: pd.Series, offset: int, column: str, source: str, allow_missing: bool
) -> np.ndarray:
    """Row by row: text with a decimal comma is read, anything else that is not a number is refused."""
    values = np.full(len(series), np.nan)
    for index, value in enumerate(series.tolist()):
        position = offset + index
        if value is None or (isinstance(value, float) and math.isnan(value)):
            if not allow_missing:
                raise InputDataError(
                    tr("the value is empty"), path=source, row=_row_label(frame, position), column=column
                )
            continue
        if isinstance(value, bool) or not isinstance(value, (Number, np.number)):
            try:
                number = float(str(value).replace(",", "."))
            except ValueError:
                raise InputDataError(
                    tr("'{value}' is not a number").format(value=value),
                    path=source,
                    row=_row_label(frame, position),
                    column=column,
                ) from None
        else:
            number = float(value)
        if not math.isfinite(number):
            raise InputDataError(
                tr("the value is not a finite number"), path=source, row=_row_label(frame, position), column=column
            )
        if number < 0:
            raise InputDataError(
                tr("the value {value} is negative; weights must be 0 or more").format(value=number),
                path=source,
                row=_row_label(frame, position),
                column=column,
            )
        values[index] = number
    return values


def check_in_region(
    frame: pd.DataFrame, source: str, extent: tuple[float, float, float, float] = REGION_EXTENT
) -> None:
    """Refuse points outside Noord-Brabant and Limburg (a wrong CRS is the usual cause)."""
    outside = outside_region(frame["x"].to_numpy(float), frame["y"].to_numpy(float), extent)
    if outside.any():
        first = int(np.flatnonzero(outside)[0])
        raise InputDataError(
            tr(
                "{count} point(s) lie outside Noord-Brabant and Limburg (first at x={x:.0f}, y={y:.0f} in RD New); "
                "check the layer's CRS or select only points in the region"
            ).format(count=int(outside.sum()), x=float(frame["x"].iloc[first]), y=float(frame["y"].iloc[first])),
            path=source,
            row=_row_label(frame, first),
        )


def require_points(frame: pd.DataFrame, source: str) -> None:
    if frame.empty:
        raise InputDataError(tr("the layer has no features with a geometry"), path=source)
