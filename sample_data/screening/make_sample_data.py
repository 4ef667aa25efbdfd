#!/usr/bin/env python3
"""Writes the screening sample data for Eindhoven (GM0772), deterministically. SYNTHETIC, hand-placed.

    /usr/bin/python3 sample_data/screening/make_sample_data.py

The candidate sites are invented for the demo, but placed by hand (RD New coordinates) near real
features of the bundled reference data: the Oeienbosch service area on the A2/A67 (just across
the border in Veldhoven), the De Hurk business park by the A2, a residential street in Strijp,
the existing Shell fast charger on the Kennedylaan, Eindhoven Centraal, Meerhoven by the A2 exit,
the Tesla site on the Aalsterweg and a parking lot in Woensel-Noord (also as a polygon, in a
layer of its own). The search area,
grid congestion and protected-area layers are synthetic too and are labelled so in their ``bron`` field.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point, Polygon

HERE = Path(__file__).resolve().parent
RD = "EPSG:28992"
SYNTHETIC = "SYNTHETISCH voorbeeld (RAL Zuid demo), geen echte plannen"

CANDIDATES = [
    # kandidaat_id, naam, x, y, kW, points, groups, ownership, locatietype, remarks
    (
        "EHV01",
        "Verzorgingsplaats Oeienbosch (A2/A67)",
        154560,
        378480,
        350.0,
        8,
        "personenauto,vrachtwagen",
        "Rijkswaterstaat",
        "verzorgingsplaats",
        "Verzoek marktpartij; ligt op de verzorgingsplaats",
    ),
    (
        "EHV02",
        "Bedrijventerrein De Hurk, Achtseweg",
        158000,
        384300,
        400.0,
        6,
        "bestelbus,vrachtwagen",
        "gemeente",
        "bedrijventerrein",
        "Laadplein stadslogistiek",
    ),
    (
        "EHV03",
        "Woonstraat Strijp (Frederiklaan)",
        159000,
        384800,
        50.0,
        2,
        "personenauto",
        "gemeente",
        "woonstraat",
        "Buurtverzoek",
    ),
    (
        "EHV04",
        "Kennedylaan naast bestaande snellader",
        162300,
        387400,
        150.0,
        4,
        "personenauto",
        "particulier",
        "parkeerterrein",
        "",
    ),
    (
        "EHV05",
        "Taxihub Eindhoven Centraal",
        161500,
        383700,
        150.0,
        4,
        "taxi",
        "gemeente",
        "hub",
        "Taxistandplaats Stationsplein",
    ),
    ("EHV06", "Hub Meerhoven bij afrit A2", 156300, 384200, 300.0, 8, "personenauto,taxi", "gemeente", "hub", ""),
    (
        "EHV07",
        "Parkeerterrein Genneper Parken",
        161200,
        380400,
        150.0,
        4,
        "personenauto",
        "gemeente",
        "parkeerterrein",
        "Dicht bij Tesla Aalsterweg",
    ),
]
# EHV08: 43 kW (not fast by the regional plan), no target group given (default personenauto and a note).
LAST_CANDIDATE = ("EHV08", "Buurtlader Woensel-Noord", 43.0, 2, "", "gemeente", "woonwijk", "Parkeerterrein in de wijk")
LAST_POINT = Point(160640, 388925)
# The same parking lot as a polygon, in a layer of its own (a layer has one geometry type).
POLYGON = Polygon([(160600, 388900), (160680, 388900), (160680, 388950), (160600, 388950)])

SEARCH_AREAS = [
    ("Zoekgebied De Hurk", Polygon([(157300, 383500), (158800, 383500), (158800, 385000), (157300, 385000)])),
    ("Zoekgebied Meerhoven/A2", Polygon([(155800, 383700), (157000, 383700), (157000, 384900), (155800, 384900)])),
]
CONGESTION = [
    ("Congestie Eindhoven-Noord", Polygon([(159500, 386500), (163500, 386500), (163500, 390000), (159500, 390000)])),
]
# A synthetic nature-network polygon over the Genneper Parken (EHV07): not the real NNB boundary.
PROTECTED = [
    (
        "Natuurnetwerk Genneper Parken (synthetisch)",
        Polygon([(160700, 379800), (161900, 379800), (161900, 381000), (160700, 381000)]),
    ),
]


def candidates() -> gpd.GeoDataFrame:
    rows = []
    shapes = []
    for ident, name, x, y, power, points, groups, owner, kind, remarks in CANDIDATES:
        rows.append((ident, name, power, points, groups, owner, kind, remarks))
        shapes.append(Point(x, y))
    rows.append(LAST_CANDIDATE)
    shapes.append(LAST_POINT)
    columns = [
        "kandidaat_id",
        "naam",
        "vermogen_kw",
        "aantal_laadpunten",
        "doelgroepen",
        "grondeigendom",
        "locatietype",
        "opmerkingen",
    ]
    frame = gpd.GeoDataFrame([dict(zip(columns, row)) for row in rows], geometry=shapes, crs=RD)
    frame["bron"] = SYNTHETIC
    return frame


def polygon_candidate() -> gpd.GeoDataFrame:
    ident, name, power, points, groups, owner, kind, remarks = LAST_CANDIDATE
    return gpd.GeoDataFrame(
        {
            "kandidaat_id": [ident + "V"],
            "naam": [name + " (vlak)"],
            "vermogen_kw": [150.0],
            "aantal_laadpunten": [4],
            "doelgroepen": ["personenauto"],
            "locatietype": ["parkeerterrein"],
            "bron": [SYNTHETIC],
        },
        geometry=[POLYGON],
        crs=RD,
    )


def areas(items) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"naam": [name for name, _ in items], "bron": SYNTHETIC}, geometry=[shape for _, shape in items], crs=RD
    )


def write(frame: gpd.GeoDataFrame, name: str) -> None:
    """GeoJSON in WGS84 (RFC 7946), coordinates rounded to 7 decimals, keys sorted: byte-identical reruns."""
    data = json.loads(frame.to_crs("EPSG:4326").to_json(drop_id=True))
    for feature in data["features"]:
        feature["geometry"] = json.loads(json.dumps(feature["geometry"]), parse_float=lambda v: round(float(v), 7))
    data["name"] = name
    (HERE / (name + ".geojson")).write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def main() -> None:
    write(candidates(), "kandidaten_eindhoven")
    write(polygon_candidate(), "kandidaat_vlak_eindhoven")
    write(areas(SEARCH_AREAS), "zoekgebieden_eindhoven_synthetisch")
    write(areas(CONGESTION), "netcongestie_eindhoven_synthetisch")
    write(areas(PROTECTED), "beschermde_gebieden_eindhoven_synthetisch")


if __name__ == "__main__":
    main()
