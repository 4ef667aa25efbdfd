#!/usr/bin/env python3
"""Writes ``aanvragen_eindhoven_synthetisch.csv``: a SYNTHETIC request export for Eindhoven (GM0772).

Nothing in it is real: request numbers, dates, names, e-mail addresses, kentekens and places are drawn from a
seeded random generator, in the shape a gemeente's or concessiehouder's portal exports (Dutch headers, ``;``,
decimal comma, ``dd-mm-jjjj``). Places are random points inside the bundled CBS 2023 boundary of Eindhoven, more
of them near the centre; 5 % carry a postcode and house number instead of coordinates (made-up postcodes, which
the Locatieserver does not know). Lead times follow the usual course of a request: a verkeersbesluit after 3-12
weeks, then the 6-week objection period and 3-15 weeks to build. A few rows are wrong on purpose (a duplicate
request number, a missing date, a realisation before the request, an unknown herkomst) to show the checks.

    /usr/bin/python3 sample_data/requests/make_sample_data.py            # the demo file (1,200 requests)
    generate(100_000, seed=7)                                             # the benchmark's file (benchmarks/)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ral_zuid_plugin.core.point_in_area import first_area_of_points  # noqa: E402
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities  # noqa: E402

OUTPUT = Path(__file__).resolve().parent / "aanvragen_eindhoven_synthetisch.csv"
ORIGINS = ["EV-rijder", "Datagedreven", "Proactief", "Bedrijf"]
ORIGIN_SHARES = [0.62, 0.16, 0.17, 0.05]
FIRST_DAY = np.datetime64("2023-01-02")
LAST_DAY = np.datetime64("2025-09-30")


def _places(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    eindhoven = load_region_municipalities("GM0772")
    shape = eindhoven.geometry.iloc[0]
    centre = shape.representative_point()
    xs, ys = np.empty(0), np.empty(0)
    while len(xs) < n:
        x = centre.x + rng.normal(0, 2200, 2 * n)
        y = centre.y + rng.normal(0, 2200, 2 * n)
        inside = first_area_of_points([shape], x, y) >= 0
        xs, ys = np.concatenate([xs, x[inside]]), np.concatenate([ys, y[inside]])
    return np.round(xs[:n], 1), np.round(ys[:n], 1)


def _dates(days: np.ndarray) -> list[str]:
    return ["" if np.isnat(d) else pd.Timestamp(d).strftime("%d-%m-%Y") for d in days]


def generate(n: int, seed: int = 2025) -> pd.DataFrame:
    """``n`` synthetic requests (see the module text) as the export's table of texts."""
    rng = np.random.default_rng(seed)
    span = int((LAST_DAY - FIRST_DAY).astype(int))
    asked = FIRST_DAY + np.sort(rng.integers(0, span, n)).astype("timedelta64[D]")
    origin = rng.choice(len(ORIGINS), n, p=ORIGIN_SHARES)
    # proactive and data-driven placements skip the wait for a driver's question: shorter first stage
    first_stage = np.where(origin >= 1, rng.integers(14, 50, n), rng.integers(21, 85, n))
    build = 42 + rng.integers(21, 106, n)  # objection period, then building and connecting
    decided = asked + first_stage.astype("timedelta64[D]")
    in_use = decided + build.astype("timedelta64[D]")
    rejected = rng.random(n) < 0.03
    cutoff = LAST_DAY
    decided = np.where((decided <= cutoff) & ~rejected, decided, np.datetime64("NaT"))
    in_use = np.where((in_use <= cutoff) & ~rejected, in_use, np.datetime64("NaT"))
    status = np.where(rejected, "Afgewezen", np.where(~np.isnat(in_use), "In gebruik",
                      np.where(~np.isnat(decided), "Verkeersbesluit genomen", "In behandeling")))  # fmt: skip
    x, y = _places(rng, n)
    by_address = rng.random(n) < 0.05
    numbers = np.arange(1, n + 1)
    frame = pd.DataFrame(
        {
            "Aanvraagnummer": ["EHV-{:06d}".format(i) for i in numbers],
            "Datum aanvraag": _dates(asked),
            "Naam aanvrager": ["Synthetische Aanvrager {}".format(i) for i in numbers],
            "E-mail": ["aanvrager{}@voorbeeld.invalid".format(i) for i in numbers],
            "Kenteken": ["ZZ-{:03d}-{}".format(i % 1000, "XYZ"[i % 3]) for i in numbers],
            "Postcode": np.where(by_address, ["56{:02d}ZZ".format(i % 100) for i in numbers], ""),
            "Huisnummer": np.where(by_address, (numbers % 180 + 1).astype(str), ""),
            "X": np.where(by_address, np.nan, x),
            "Y": np.where(by_address, np.nan, y),
            "Status": status,
            "Datum verkeersbesluit": _dates(decided),
            "Datum ingebruikname": _dates(in_use),
            "Herkomst": np.array(ORIGINS)[origin],
            "Gemeente": "Eindhoven",
        }
    )
    # wrong on purpose, about 1 in 200 rows: each is left out with its reason
    wrong = rng.choice(np.arange(10, n), max(4, n // 200), replace=False)
    for k, row in enumerate(wrong):
        kind = k % 4
        if kind == 0:
            frame.loc[row, "Aanvraagnummer"] = frame.loc[row - 5, "Aanvraagnummer"]
        elif kind == 1:
            frame.loc[row, "Datum aanvraag"] = ""
        elif kind == 2 and frame.loc[row, "Datum ingebruikname"]:
            frame.loc[row, ["Datum verkeersbesluit", "Datum ingebruikname"]] = ["", "01-01-2023"]
        else:
            frame.loc[row, "Herkomst"] = "weet niet"
    return frame


def write(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, sep=";", decimal=",", index=False, encoding="utf-8", float_format="%.1f")


def main() -> int:
    write(generate(1200), OUTPUT)
    print(OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
