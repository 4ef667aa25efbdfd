#!/usr/bin/env python3
"""Generate the SYNTHETIC demand layer for the charging-pressure demo (Eindhoven, GM0772).

    /usr/bin/python3 sample_data/pressure/make_sample_data.py

There is no CBS 500 m grid or buurt data offline, so this script makes a clearly labelled
synthetic stand-in, deterministically (no random numbers):

- cells: the CBS-aligned 500 m squares (corners on multiples of 500 m in RD New) that overlap
  the Eindhoven municipality boundary bundled with the plugin (CBS 2023);
- ``huishoudens``: Eindhoven's real CBS total (126 791 households) spread over the cells in
  proportion to ``overlap area x exp(-distance to the centre / 2.5 km)``, the centre taken at
  the station (RD 161 500, 383 500), and rounded by largest remainder so the total is exact;
- ``aandeel_prive``: share of cars charging on private ground, 0.25 in the centre rising to
  0.70 at 6 km and beyond (more driveways at the edge), rounded to 0.05;
- ``bron``: "synthetisch" on every row.

The numbers are plausible in shape but NOT real statistics: never use them for decisions.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import geopandas as gpd  # noqa: E402
import numpy as np  # noqa: E402
from shapely.geometry import box  # noqa: E402

from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities  # noqa: E402

CELL = 500.0
CENTRE = (161_500.0, 383_500.0)
OUTPUT = Path(__file__).resolve().parent / "eindhoven_huishoudens_500m_synthetisch.geojson"


def main() -> int:
    municipality = load_region_municipalities("GM0772")
    shape = municipality.geometry.iloc[0]
    total = int(municipality["huishoudens"].iloc[0])
    x_min, y_min, x_max, y_max = shape.bounds
    cells, weights, shares, codes = [], [], [], []
    for x in np.arange(math.floor(x_min / CELL) * CELL, x_max, CELL):
        for y in np.arange(math.floor(y_min / CELL) * CELL, y_max, CELL):
            square = box(x, y, x + CELL, y + CELL)
            overlap = square.intersection(shape).area
            if overlap < 0.05 * CELL * CELL:
                continue
            distance = math.hypot(x + CELL / 2 - CENTRE[0], y + CELL / 2 - CENTRE[1])
            cells.append(square)
            weights.append(overlap * math.exp(-distance / 2500.0))
            shares.append(round(min(0.70, 0.25 + 0.45 * distance / 6000.0) * 20) / 20)
            codes.append("E{:04d}N{:04d}".format(int(x // 100), int(y // 100)))
    weights = np.array(weights)
    exact = total * weights / weights.sum()
    households = np.floor(exact).astype(int)
    remainder = total - households.sum()
    households[np.argsort(-(exact - households), kind="stable")[:remainder]] += 1
    frame = gpd.GeoDataFrame(
        {
            "cel_code": codes,
            "huishoudens": households,
            "aandeel_prive": shares,
            "bron": "synthetisch",
        },
        geometry=cells,
        crs="EPSG:28992",
    )
    frame = frame[frame["huishoudens"] > 0].reset_index(drop=True)
    frame.to_file(OUTPUT, driver="GeoJSON")
    print(f"{OUTPUT.name}: {len(frame)} cells, {int(frame['huishoudens'].sum())} households (synthetic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
