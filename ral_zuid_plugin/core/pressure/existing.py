"""Existing public laadpunten: the bundled NDW locations or the user's own layer, as x, y, laadpunten."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.pressure.inputs import check_in_region, numeric_column
from ral_zuid_plugin.core.reference.charging_locations import load_public_charging_locations


def bundled_public_points(points_per_location: float = 2.0, include_fast: bool = False) -> pd.DataFrame:
    """Public passenger-car locations from NDW; each counts as ``points_per_location`` laadpunten.

    Fast-charging locations are left out by default: on the ladder van laden they complement,
    not replace, the normal public points the 1:5 target is about.
    """
    locations = load_public_charging_locations()
    keep = locations["laag"] == "passenger"
    if not include_fast:
        keep &= ~locations["snelladen"]
    chosen = locations[keep]
    return pd.DataFrame(
        {
            "x": chosen.geometry.x.to_numpy(float),
            "y": chosen.geometry.y.to_numpy(float),
            "laadpunten": np.full(len(chosen), float(points_per_location)),
        }
    )


def user_public_points(
    points: pd.DataFrame, source: str, count_field: str | None, points_per_location: float
) -> pd.DataFrame:
    """The user's public points (``x``, ``y`` in RD New, ``fid``), with laadpunten from a field or a fixed number."""
    check_in_region(points, source)
    if count_field:
        counts = np.nan_to_num(numeric_column(points, count_field, source), nan=points_per_location)
    else:
        counts = np.full(len(points), float(points_per_location))
    return pd.DataFrame({"x": points["x"].to_numpy(float), "y": points["y"].to_numpy(float), "laadpunten": counts})
