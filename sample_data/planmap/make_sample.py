#!/usr/bin/env python3
"""Writes the SAMPLE plankaart inputs for Eindhoven (GM0772); run with /usr/bin/python3.

``locaties_eindhoven.geojson``: 14 hand-placed example locations (planned, proposed, extensions of existing
sites and fast charging) on real Eindhoven streets, each within about 50 m of a public charging location in the
NDW feed (June 2026). They are NOT municipal plans: ids, numbers of points and traffic decree references are
invented for the demo. ``kaartbladen_eindhoven.geojson``: a 2 x 2 grid of map sheets over the municipality
(synthetic), used as atlas coverage. Coordinates are RD New (EPSG:28992), written as GeoJSON in WGS84.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point, box

HERE = Path(__file__).resolve().parent

# id, address, type, points, status, traffic decree, RD x, RD y (placed by hand beside the NDW site named)
LOCATIONS = [
    ("EHV-001", "Venuslaan 205", "normaal", 4, "gepland", "VVB-2026-01", 162080, 386660),
    ("EHV-002", "Nicolaistraat 5", "normaal", 2, "gepland", "VVB-2026-01", 160110, 381190),
    ("EHV-003", "Stephensonstraat 10", "normaal", 2, "voorgesteld", "", 159900, 385160),
    ("EHV-004", "Ten Hagestraat 2", "normaal", 2, "bestaand", "VB-2023-114", 161530, 383240),
    ("EHV-005", "Busken Huetstraat 21", "normaal", 2, "voorgesteld", "", 160850, 381950),
    ("EHV-006", "Périgordlaan 20", "normaal", 4, "gepland", "VVB-2026-02", 158420, 388150),
    ("EHV-007", "Lavendellaan 181", "normaal", 2, "voorgesteld", "", 162610, 381230),
    ("EHV-008", "Willaertplein", "normaal", 6, "gepland", "VVB-2026-02", 160150, 381500),
    ("EHV-009", "Graskamp 41", "normaal", 2, "voorgesteld", "", 156890, 382560),
    ("EHV-010", "Kanaaldijk-Noord 15", "snellader", 4, "gepland", "VVB-2026-03", 162660, 383080),
    ("EHV-011", "Meteoorstraat 19", "normaal", 2, "bestaand", "VB-2024-031", 162430, 387100),
    ("EHV-012", "Arnaudinaplein", "normaal", 4, "voorgesteld", "", 163390, 381210),
    ("EHV-013", "Hondsruglaan 95", "snellader", 2, "voorgesteld", "", 159790, 388030),
    ("EHV-014", "Mendelssohnlaan 118", "normaal", 2, "gepland", "VVB-2026-01", 159470, 381950),
]


def locations() -> gpd.GeoDataFrame:
    columns = ["id", "adres", "type", "laadpunten", "status", "verkeersbesluit"]
    records = [dict(zip(columns, row[:6])) for row in LOCATIONS]
    geometry = [Point(row[6], row[7]) for row in LOCATIONS]
    frame = gpd.GeoDataFrame(records, geometry=geometry, crs="EPSG:28992")
    frame["bron"] = "VOORBEELD (synthetisch), geen gemeentelijk plan"
    return frame


def sheets() -> gpd.GeoDataFrame:
    # Eindhoven's CBS 2023 outline lies within RD x 152.9-166.3 km, y 379.0-389.8 km (rounded outward).
    xmin, ymin, xmax, ymax = 152500, 378500, 166500, 390500
    xmid, ymid = (xmin + xmax) / 2, (ymin + ymax) / 2
    cells = [
        ("Kaartblad A1 (noordwest)", box(xmin, ymid, xmid, ymax)),
        ("Kaartblad A2 (noordoost)", box(xmid, ymid, xmax, ymax)),
        ("Kaartblad B1 (zuidwest)", box(xmin, ymin, xmid, ymid)),
        ("Kaartblad B2 (zuidoost)", box(xmid, ymin, xmax, ymid)),
    ]
    return gpd.GeoDataFrame(
        {"naam": [name for name, _ in cells], "bron": "synthetisch kaartbladraster"},
        geometry=[cell for _, cell in cells],
        crs="EPSG:28992",
    )


def main() -> None:
    locations().to_crs("EPSG:4326").to_file(HERE / "locaties_eindhoven.geojson", driver="GeoJSON")
    sheets().to_crs("EPSG:4326").to_file(HERE / "kaartbladen_eindhoven.geojson", driver="GeoJSON")


if __name__ == "__main__":
    main()
