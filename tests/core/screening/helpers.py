"""Small hand-made rule files and layers for the screening tests (coordinates in RD New metres)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import geopandas as gpd
from shapely.geometry import Point

RD = "EPSG:28992"
X0, Y0 = 150_000.0, 380_000.0
"""A base point; every test places features at whole-metre offsets from it."""

ALL_GROUPS = ["personenauto", "taxi", "bestelbus", "vrachtwagen"]


def text(nl: str, en: str) -> dict:
    return {"nl": nl, "en": en}


def base_rules(criteria: list[dict], version: str = "0.1.0") -> dict:
    return {
        "id": "test_regels",
        "version": version,
        "title": text("Testregels", "Test rules"),
        "published": "2026-11-27",
        "publisher": "tests",
        "status_scores": {"voldoet": 1.0, "aandachtspunt": 0.5, "voldoet niet": 0.0},
        "advice": {"positief_min_score": 75, "negatief_below_score": 40, "min_assessed_weight_share": 0.5},
        "criteria": criteria,
    }


def criterion(ident: str, layer: str, measure: dict, rule: dict, **extra) -> dict:
    item = {
        "id": ident,
        "text": text("Dichtstbijzijnde snellaadlocatie", "Nearest fast-charge site"),
        "layer": layer,
        "measure": measure,
        "unit": "m" if measure["kind"] == "nearest_distance" else "",
        "target_groups": list(ALL_GROUPS),
        "weight": 1,
        "source": text("test", "test"),
    }
    item.update(rule)
    item.update(extra)
    return item


def write_rules(folder: Path, data: dict, name: str = "regels.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def points(offsets: list[tuple[float, float]], **columns) -> gpd.GeoDataFrame:
    geometry = [Point(X0 + dx, Y0 + dy) for dx, dy in offsets]
    return gpd.GeoDataFrame(dict(columns), geometry=geometry, crs=RD)


def candidates(offsets: list[tuple[float, float]], **columns) -> gpd.GeoDataFrame:
    columns.setdefault("naam", ["k{}".format(i + 1) for i in range(len(offsets))])
    columns.setdefault("doelgroepen", ["personenauto"] * len(offsets))
    columns.setdefault("vermogen_kw", [150.0] * len(offsets))
    return points(offsets, **columns)


def deep(data: dict) -> dict:
    return copy.deepcopy(data)
