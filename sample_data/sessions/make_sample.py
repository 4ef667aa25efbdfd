#!/usr/bin/env python3
"""Write the small SYNTHETIC demo sample of charging sessions in Eindhoven (GM0772). Deterministic.

100 EVSEs (2 per post) at 50 real public NDW charging sites in Eindhoven, March-April 2024 (the
spring DST change falls inside), sessions drawn by benchmarks/sessions_generator.py from the
ElaadNL-derived public distributions. The sessions, cards and ids are invented:

- ``eindhoven_sessies_elaad.csv``: 80 EVSEs as an ElaadNL-style Dutch CSV (``;``, decimal comma,
  dd-mm-yyyy HH:MM local time), with a few deliberate data errors for the quality report: a
  duplicated transaction, an end before its start and a session with an impossible energy;
- ``eindhoven_cdrs.ndjson``: the other 20 EVSEs as OCPI 2.2.1 CDRs (UTC times, coordinates in
  ``cdr_location``), one line per CDR, plus one credit CDR.

    /usr/bin/python3 sample_data/sessions/make_sample.py
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sessions_generator import elaad_frame, generate_sessions  # noqa: E402

from ral_zuid_plugin.core.reference.charging_locations import load_public_charging_locations  # noqa: E402

FIRST_DAY = dt.date(2024, 3, 1)
DAYS = 61
N_POSTS = 50
CSV_POSTS = 40


def eindhoven_sites() -> pd.DataFrame:
    sites = load_public_charging_locations().to_crs("EPSG:4326")
    sites = sites[(sites["gemeentecode"] == "GM0772") & ~sites["snelladen"]].sort_values("location_id")
    step = max(1, len(sites) // N_POSTS)
    chosen = sites.iloc[::step].head(N_POSTS)
    return pd.DataFrame(
        {"location_id": chosen["location_id"].to_numpy(), "lon": chosen.geometry.x, "lat": chosen.geometry.y}
    ).reset_index(drop=True)


def main() -> int:
    sites = eindhoven_sites()
    n_evses = 2 * len(sites)
    sessions = generate_sessions(5000, n_evses, FIRST_DAY, DAYS, seed=772)
    post = np.arange(n_evses) // 2
    lonlat = sites[["lon", "lat"]].to_numpy()[post]
    names = ["SYN-EHV-{:02d}".format(p) for p in post]
    in_csv = sessions["evse"].to_numpy() < CSV_POSTS * 2
    csv = elaad_frame(sessions[in_csv].reset_index(drop=True), names, list(np.arange(n_evses) % 2 + 1), lonlat)
    # deliberate errors, so the quality report has something to show
    csv = pd.concat([csv, csv.iloc[[10]]], ignore_index=True)  # duplicated transaction
    csv.loc[20, ["UTCTransactionStart", "UTCTransactionStop"]] = csv.loc[
        20, ["UTCTransactionStop", "UTCTransactionStart"]
    ].to_numpy()
    csv.loc[30, "TotalEnergy"] = "950,00"  # impossible in a few hours on an 11/22 kW point
    csv.to_csv(HERE / "eindhoven_sessies_elaad.csv", sep=";", index=False, encoding="utf-8")

    cdrs = sessions[~in_csv].reset_index(drop=True)
    start_utc = (
        pd.DatetimeIndex(cdrs["start_local"])
        .tz_localize("Europe/Amsterdam", ambiguous=np.ones(len(cdrs), bool), nonexistent="shift_forward")
        .tz_convert("UTC")
    )
    end_utc = start_utc + pd.to_timedelta(cdrs["connected_h"].to_numpy(), unit="h")
    lines = []
    for i, row in cdrs.iterrows():
        evse = int(row["evse"])
        cdr = {
            "country_code": "NL",
            "party_id": "SYN",
            "id": "SYN-CDR-{:05d}".format(i + 1),
            "start_date_time": start_utc[i].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "end_date_time": end_utc[i].strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cdr_token": {"uid": "SYNTOKEN{}".format(int(row["card"])), "type": "RFID", "contract_id": "NL-SYN-X"},
            "cdr_location": {
                "id": str(sites["location_id"][post[evse]]),
                "coordinates": {
                    "latitude": "{:.6f}".format(lonlat[evse][1]),
                    "longitude": "{:.6f}".format(lonlat[evse][0]),
                },
                "evse_uid": "SYN-EHV-{:02d}-{}".format(post[evse], evse % 2 + 1),
                "evse_id": "NL*SYN*E{:03d}".format(evse),
                "connector_id": "1",
            },
            "total_energy": round(float(row["kwh"]), 2),
            "total_time": round(float(row["connected_h"]), 4),
            "total_parking_time": round(float(row["connected_h"] - row["charge_h"]), 4),
            "currency": "EUR",
            "last_updated": end_utc[i].strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        lines.append(cdr)
    credit = dict(lines[5], id="SYN-CDR-CREDIT-1", credit=True, credit_reference_id=lines[5]["id"])
    lines.append(credit)
    (HERE / "eindhoven_cdrs.ndjson").write_text("\n".join(json.dumps(c) for c in lines) + "\n", encoding="utf-8")
    print("{} CSV rows, {} CDRs, {} EVSEs".format(len(csv), len(lines), n_evses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
