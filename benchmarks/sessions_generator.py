#!/usr/bin/env python3
"""Synthetic but realistic public charging sessions, for the benchmark and the demo sample.

Arrival times (weekday/weekend, 15-minute slots), connection times and energy per session are drawn
from the ElaadNL-derived public distributions in ``sample_data/sessions/distributions``. Each EVSE
gets a popularity, a charging power (11 or 22 kW) and a pool of regular cards; sessions that would
overlap an earlier one on the same EVSE are dropped, as a real connector cannot serve two cars.
Everything is vectorised with numpy, so 1e7 sessions take seconds to draw. Deterministic per seed.

    /usr/bin/python3 benchmarks/sessions_generator.py OUT.csv --sessions 1000000 --evses 20000 --days 730
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DISTRIBUTIONS = ROOT / "sample_data" / "sessions" / "distributions"
TIME_ZONE = "Europe/Amsterdam"  # the clock the exported times are written in
ELAAD_COLUMNS = [
    "TransactionId",
    "ChargePoint",
    "Connector",
    "UTCTransactionStart",
    "UTCTransactionStop",
    "StartCard",
    "ConnectedTime",
    "ChargeTime",
    "TotalEnergy",
    "MaxPower",
    "Latitude",
    "Longitude",
]


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(DISTRIBUTIONS / name, encoding="utf-8-sig")


def _inverse_cdf(table: pd.DataFrame, column: str, u: np.ndarray) -> np.ndarray:
    """Value at percentile u (0-100) of a 'Percentage of charging events' table (descending values)."""
    percent = table.iloc[:, 0].to_numpy(dtype=float)
    values = table[column].to_numpy(dtype=float)
    return np.interp(u, percent, values)


def generate_sessions(
    n_sessions: int,
    n_evses: int,
    first_day: dt.date,
    days: int,
    seed: int = 20240101,
) -> pd.DataFrame:
    """Sessions as local wall-clock times (naive, Europe/Amsterdam) with EVSE index, card, kWh and hours.

    Sessions overlapping an earlier one on their EVSE are dropped, so more are drawn than asked for;
    when the points are busy (1e7 sessions on 20,000 EVSEs) the draw is repeated with a larger margin
    until there are enough.
    """
    for oversample in (1.25, 1.6, 2.0, 2.5, 3.0):
        frame = _draw_sessions(n_sessions, n_evses, first_day, days, seed, oversample)
        if len(frame) >= n_sessions:
            break
    return frame


def _draw_sessions(
    n_sessions: int, n_evses: int, first_day: dt.date, days: int, seed: int, oversample: float
) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    draw = int(n_sessions * oversample) + 10
    popularity = rng.gamma(2.0, 1.0, n_evses)
    evse = rng.choice(n_evses, size=draw, p=popularity / popularity.sum())
    day = rng.integers(0, days, size=draw)
    weekday = (pd.Timestamp(first_day).dayofweek + day) % 7
    weekend = weekday >= 5
    arrival_week = _read("distribution-of-arrival.csv")["public"].to_numpy(dtype=float)
    arrival_weekend = _read("distribution-of-arrival-weekend.csv")["public"].to_numpy(dtype=float)
    slot = np.where(
        weekend,
        rng.choice(96, size=draw, p=arrival_weekend / arrival_weekend.sum()),
        rng.choice(96, size=draw, p=arrival_week / arrival_week.sum()),
    )
    minute = slot * 15 + rng.integers(0, 15, size=draw)
    # Long sessions tend to charge more: the energy percentile follows the connection percentile with noise.
    u_connected = rng.uniform(0, 100, draw)
    # percentile 100 is 0 kWh; real public data has a few % failed (0 kWh) sessions, not 1 in 10
    u_energy = np.clip(u_connected + rng.normal(0, 25, draw), 0, 100)
    u_energy = np.where(rng.random(draw) < 0.03, 100.0, np.minimum(u_energy, 97.0))
    connected_h = _inverse_cdf(_read("distribution-of-connection-time.csv"), "public", u_connected)
    connected_h = np.maximum(connected_h, 5 / 60)
    connected_min = np.round(connected_h * 60).astype(np.int64)
    power = np.where(rng.random(n_evses) < 0.8, 11.0, 22.0)[evse]
    energy = _inverse_cdf(_read("distribution-of-energy-demand.csv"), "public", u_energy)
    energy = np.round(np.minimum(energy, power * connected_min / 60 * 0.9), 2)
    charge_h = np.minimum(energy / (power * 0.9), connected_min / 60)
    start_min = day.astype(np.int64) * 1440 + minute
    end_min = start_min + connected_min
    # drop sessions that start before an earlier one on the same EVSE has ended
    order = np.lexsort((start_min, evse))
    e_sorted, s_sorted, end_sorted = evse[order], start_min[order], end_min[order]
    running = pd.Series(end_sorted).groupby(e_sorted).cummax().to_numpy()
    previous = np.r_[np.iinfo(np.int64).min, running[:-1]]
    previous[np.r_[True, e_sorted[1:] != e_sorted[:-1]]] = np.iinfo(np.int64).min
    keep_sorted = s_sorted >= previous
    # a dropped session must not block later ones: recompute once on the kept ones (close enough)
    keep = np.zeros(draw, dtype=bool)
    keep[order[keep_sorted]] = True
    chosen = np.flatnonzero(keep)
    if len(chosen) > n_sessions:
        chosen = np.sort(rng.choice(chosen, size=n_sessions, replace=False))
    regular = rng.random(len(chosen)) < 0.8
    card = np.where(
        regular,
        evse[chosen].astype(np.int64) * 40 + rng.integers(0, 40, len(chosen)),
        n_evses * 40 + rng.integers(0, n_evses * 5, len(chosen)),
    )
    start_local, end_local = _wall_clock(pd.Timestamp(first_day), start_min[chosen], connected_min[chosen])
    frame = pd.DataFrame(
        {
            "evse": evse[chosen],
            "start_local": start_local,
            "end_local": end_local,
            "card": card,
            "connected_h": connected_min[chosen] / 60,
            "charge_h": np.round(charge_h[chosen], 3),
            "kwh": energy[chosen],
            "power_kw": power[chosen],
        }
    )
    return frame.sort_values(["start_local", "evse"], kind="stable").reset_index(drop=True)


def _wall_clock(base: pd.Timestamp, start_min: np.ndarray, connected_min: np.ndarray) -> tuple:
    """Start and end as an Amsterdam clock shows them: the end is the start plus the real connected time.

    An arrival drawn in the skipped spring hour is moved to 03:00 (no clock shows 02:xx that night); across a
    DST change the clock times differ from the connected time by the change, as in real local-time exports.
    """
    codes, minutes = pd.factorize(start_min, sort=False)
    naive = base + pd.to_timedelta(minutes, unit="m")
    instants = naive.tz_localize(TIME_ZONE, ambiguous=np.ones(len(naive), bool), nonexistent="shift_forward")
    start = instants[codes]
    end = start + pd.to_timedelta(connected_min, unit="m")
    return start.tz_convert(TIME_ZONE).tz_localize(None), end.tz_convert(TIME_ZONE).tz_localize(None)


def _format_minutes(values: pd.Series, fmt: str) -> np.ndarray:
    codes, uniques = pd.factorize(values, sort=False)
    return pd.DatetimeIndex(uniques).strftime(fmt).to_numpy(dtype=object)[codes]


def _decimal_comma(values: np.ndarray, digits: int) -> np.ndarray:
    text = np.char.mod("%." + str(digits) + "f", values)
    return np.char.replace(text, ".", ",")


def elaad_frame(
    sessions: pd.DataFrame, chargepoints: list[str], connectors: list[int], lonlat: np.ndarray | None = None
) -> pd.DataFrame:
    """The ElaadNL transactions layout, Dutch flavour: dd-mm-yyyy HH:MM local time, decimal comma."""
    evse = sessions["evse"].to_numpy()
    frame = pd.DataFrame(
        {
            "TransactionId": np.arange(1, len(sessions) + 1),
            "ChargePoint": np.asarray(chargepoints, dtype=object)[evse],
            "Connector": np.asarray(connectors)[evse],
            "UTCTransactionStart": _format_minutes(sessions["start_local"], "%d-%m-%Y %H:%M"),
            "UTCTransactionStop": _format_minutes(sessions["end_local"], "%d-%m-%Y %H:%M"),
            "StartCard": np.char.add("SYN", sessions["card"].to_numpy().astype(str)),
            "ConnectedTime": _decimal_comma(sessions["connected_h"].to_numpy(), 3),
            "ChargeTime": _decimal_comma(sessions["charge_h"].to_numpy(), 3),
            "TotalEnergy": _decimal_comma(sessions["kwh"].to_numpy(), 2),
            "MaxPower": _decimal_comma(sessions["power_kw"].to_numpy(), 1),
        }
    )
    if lonlat is not None:
        frame["Latitude"] = _decimal_comma(lonlat[evse, 1], 6)
        frame["Longitude"] = _decimal_comma(lonlat[evse, 0], 6)
    return frame


def region_sites(n_evses: int, seed: int) -> tuple[list[str], list[int], np.ndarray]:
    """Two EVSEs per post at real public NDW sites of Noord-Brabant and Limburg (drawn at random)."""
    sys.path.insert(0, str(ROOT))
    from ral_zuid_plugin.core.reference.charging_locations import load_public_charging_locations

    sites = load_public_charging_locations().to_crs("EPSG:4326")
    sites = sites[~sites["snelladen"]]
    n_posts = (n_evses + 1) // 2
    rng = np.random.default_rng(seed + 1)
    chosen = sites.iloc[rng.choice(len(sites), size=n_posts, replace=n_posts > len(sites))]
    lonlat = np.column_stack([chosen.geometry.x.to_numpy(), chosen.geometry.y.to_numpy()])
    post = np.arange(n_evses) // 2
    names = ["SYN-{}-{}".format(site, number) for number, site in enumerate(chosen["location_id"])]
    return list(np.asarray(names)[post]), list(np.arange(n_evses) % 2 + 1), lonlat[post]


def write_elaad_csv(frame: pd.DataFrame, path: str | Path) -> None:
    frame.to_csv(path, sep=";", index=False, encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("output")
    parser.add_argument("--sessions", type=int, default=1_000_000)
    parser.add_argument("--evses", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--first-day", default="2023-01-01")
    parser.add_argument("--seed", type=int, default=20240101)
    args = parser.parse_args(argv[1:])
    sessions = generate_sessions(args.sessions, args.evses, dt.date.fromisoformat(args.first_day), args.days, args.seed)
    names, connectors, lonlat = region_sites(args.evses, args.seed)
    chunk = 1_000_000
    for first in range(0, len(sessions), chunk):
        part = elaad_frame(sessions.iloc[first : first + chunk], names, connectors, lonlat)
        part["TransactionId"] += first
        part.to_csv(
            args.output, sep=";", index=False, encoding="utf-8", mode="w" if first == 0 else "a", header=first == 0
        )
    print("{}: {} sessions on {} EVSEs".format(args.output, len(sessions), args.evses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
