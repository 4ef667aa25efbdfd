#!/usr/bin/env python3
"""Benchmark: screen 10,000 candidates against reference layers of 100,000 features each (target <= 5 s).

    /usr/bin/python3 benchmarks/screening_benchmark.py [--candidates 10000] [--features 100000]

Synthetic, seeded data in a 40 x 40 km box around Eindhoven (RD New): point layers for every
point criterion, 100,000 short road segments for the main-road criterion and 100,000 small
squares for each polygon criterion. The service areas lie along one straight "motorway" across
the box (not scattered, or every candidate would sit on one), traffic volumes are points with an
``intensiteit`` field, and candidates carry land ownership and location types, so the data
produces every advice: positief, nader onderzoek, negatief, both referrals and buiten regio (the
box reaches into Belgium). Measures the core screening (candidate preparation, region check,
every criterion of the default rule file, score, advice and its explanation), not reading layers
from disk. Prints timings, peak memory and the load average to paste into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, box

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.region import bundled_region
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates

RD = "EPSG:28992"
X0, Y0, SIZE = 140_000.0, 365_000.0, 40_000.0
POINT_KEYS = (
    "snellaadlocaties",
    "snelweg_afritten",
    "onderstations",
    "vraag",
    "logistiek",
    "taxistandplaatsen",
)
POLYGON_KEYS = ("netcongestie", "zoekgebieden", "beschermde_gebieden")
GROUPS = np.array(["personenauto", "taxi", "bestelbus", "vrachtwagen", "personenauto,taxi", "bestelbus,vrachtwagen"])


def random_xy(rng: np.random.Generator, count: int) -> np.ndarray:
    return np.column_stack([X0 + rng.random(count) * SIZE, Y0 + rng.random(count) * SIZE])


def make_candidates(rng: np.random.Generator, count: int) -> gpd.GeoDataFrame:
    xy = random_xy(rng, count)
    return gpd.GeoDataFrame(
        {
            "kandidaat_id": ["K{:05d}".format(i) for i in range(count)],
            "naam": ["kandidaat {}".format(i) for i in range(count)],
            "vermogen_kw": rng.choice([22.0, 50.0, 150.0, 350.0], count),
            "aantal_laadpunten": rng.integers(1, 12, count),
            "doelgroepen": rng.choice(GROUPS, count),
            "locatietype": rng.choice(
                ["woonstraat", "bedrijventerrein", "hub", "parkeerterrein", "tankstation", "centrum"], count
            ),
            "grondeigendom": rng.choice(
                ["gemeente", "particulier", "Rijkswaterstaat", "onbekend"], count, p=[0.6, 0.25, 0.02, 0.13]
            ),
        },
        geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]),
        crs=RD,
    )


def make_references(rng: np.random.Generator, count: int, keys: set | None = None) -> dict[str, gpd.GeoDataFrame]:
    frames: dict[str, gpd.GeoDataFrame] = {}
    for key in POINT_KEYS:
        if keys and key not in keys:
            continue
        xy = random_xy(rng, count)
        frames[key] = gpd.GeoDataFrame(
            {"waarde": rng.integers(1, 50, count).astype(float)},
            geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]),
            crs=RD,
        )
    if not keys or "verzorgingsplaatsen" in keys:
        # Along one straight motorway across the box: only candidates near it land on a service area.
        t = rng.random(count)
        frames["verzorgingsplaatsen"] = gpd.GeoDataFrame(
            geometry=gpd.points_from_xy(X0 + t * SIZE, Y0 + 0.3 * SIZE + t * 0.4 * SIZE), crs=RD
        )
    if not keys or "verkeersintensiteit" in keys:
        xy = random_xy(rng, count)
        frames["verkeersintensiteit"] = gpd.GeoDataFrame(
            {"intensiteit": rng.integers(500, 40_000, count).astype(float)},
            geometry=gpd.points_from_xy(xy[:, 0], xy[:, 1]),
            crs=RD,
        )
    if not keys or "hoofdwegen" in keys:
        start = random_xy(rng, count)
        step = rng.normal(0, 80, (count, 2))
        frames["hoofdwegen"] = gpd.GeoDataFrame(
            geometry=[LineString([tuple(a), tuple(a + d)]) for a, d in zip(start, step)], crs=RD
        )
    for key in POLYGON_KEYS:
        if keys and key not in keys:
            continue
        corner = random_xy(rng, count)
        frames[key] = gpd.GeoDataFrame(geometry=[box(x, y, x + 60, y + 60) for x, y in corner], crs=RD)
    return frames


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=10_000)
    parser.add_argument("--features", type=int, default=100_000)
    parser.add_argument(
        "--only", default="", help="comma-separated layer keys to give (default: all 12); the rest is not assessed"
    )
    args = parser.parse_args()
    rng = np.random.default_rng(20261127)
    started = time.perf_counter()
    candidates = make_candidates(rng, args.candidates)
    wanted = {key.strip() for key in args.only.split(",") if key.strip()} or None
    references = make_references(rng, args.features, wanted)
    generated = time.perf_counter() - started

    rules = load_rules()
    started = time.perf_counter()
    layers = {key: prepare_reference(key, frame) for key, frame in references.items()}
    prepared_refs = time.perf_counter() - started
    started = time.perf_counter()
    per_layer = {}
    for key, layer in layers.items():
        layer_started = time.perf_counter()
        layer.geometry().build_indexes()
        per_layer[key] = time.perf_counter() - layer_started
    indexed = time.perf_counter() - started
    started = time.perf_counter()
    region = bundled_region()
    prepared = prepare_candidates(candidates, "benchmark")
    result = screen_candidates(prepared, layers, rules, region=region)
    screened = time.perf_counter() - started
    started = time.perf_counter()
    records = [result.record(i) for i in range(100)]
    per_record_ms = (time.perf_counter() - started) * 1000.0 / len(records)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    assessed = sum(int((o.statuses != "niet beoordeeld").sum()) for o in result.outcomes)
    print("candidates {:,}, reference layers {} x {:,} features".format(args.candidates, len(layers), args.features))
    print("generate synthetic data      {:6.2f} s (not counted)".format(generated))
    print("prepare reference layers     {:6.2f} s (CRS check, empty/invalid geometry repair)".format(prepared_refs))
    print("decode + index layers        {:6.2f} s (coordinates from shapely, cKDTree / STRtree builds)".format(indexed))
    print("  per layer: " + ", ".join("{} {:.2f} s".format(k, v) for k, v in per_layer.items()))
    print("prepare + screen candidates  {:6.2f} s (region, queries, statuses, reasons, advice + why)".format(screened))
    print("total                        {:6.2f} s  <- target <= 5 s".format(prepared_refs + indexed + screened))
    print("JSON record per candidate    {:6.2f} ms".format(per_record_ms))
    print(
        "criteria x candidates assessed: {:,}; advice {}".format(
            assessed, result.frame["advies"].value_counts().to_dict()
        )
    )
    print("peak RSS {:.0f} MB; load average {}".format(peak_mb, " ".join("{:.2f}".format(v) for v in os.getloadavg())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
