"""Indicators per gemeente and quarter (of the request date): requests by herkomst, state, lead time per stage
(median and 90th percentile, :mod:`.leadtimes`), share realised within the target, open requests by age.

Rows: every (gemeente, quarter) with requests, then per gemeente all quarters together (``kwartaal`` = ``alle``),
then the whole export (``gemeentecode`` = ``regio``). Age classes of open requests are in calendar days at the
reference date: 0-90, 91-182, 183-365 and more than 365 days.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ral_zuid_plugin.core.requests.leadtimes import median_p90
from ral_zuid_plugin.core.requests.register import DECIDED, IN_USE, OPEN, ORIGINS, REJECTED, UNKNOWN_ORIGIN

ALL = "alle"
REGION = "regio"
STAGES = (
    ("besluit", "dagen_aanvraag_besluit"),
    ("ingebruik", "dagen_besluit_ingebruik"),
    ("totaal", "dagen_aanvraag_ingebruik"),
)
AGE_CLASSES = (("open_0_90d", 0, 90), ("open_91_182d", 91, 182), ("open_183_365d", 183, 365),
               ("open_meer_365d", 366, np.inf))  # fmt: skip


def _row(group: pd.DataFrame, target_days: float) -> dict:
    row: dict = {"aanvragen": len(group)}
    for origin in (*ORIGINS, UNKNOWN_ORIGIN):
        row["herkomst_" + origin] = int((group["herkomst"] == origin).sum())
    status = group["status"]
    row["in_gebruik"] = int((status == IN_USE).sum())
    row["open"] = int(status.isin([OPEN, DECIDED]).sum())
    row["open_met_besluit"] = int((status == DECIDED).sum())
    row["afgewezen"] = int((status == REJECTED).sum())
    for name, column in STAGES:
        values = group[column].to_numpy(float)
        median, p90 = median_p90(values)
        row["n_" + name] = int((~np.isnan(values)).sum())
        row["mediaan_" + name] = median
        row["p90_" + name] = p90
    total = group.loc[status == IN_USE, "dagen_aanvraag_ingebruik"].to_numpy(float)
    row["binnen_norm_pct"] = float(100.0 * (total <= target_days).mean()) if total.size else float("nan")
    age = group["leeftijd_dagen"].to_numpy(float)
    for name, low, high in AGE_CLASSES:
        row[name] = int(((age >= low) & (age <= high)).sum())
    row["open_boven_norm"] = int((group["binnen_norm"] == "nee (open)").sum())
    row["open_zonder_laadpunt"] = int((group["open"] & ~group["bediend"] & group["gelokaliseerd"]).sum())
    return row


def request_indicators(register: pd.DataFrame, target_days: float) -> pd.DataFrame:
    """The indicator table (see the module text)."""
    rows = []
    names = dict(zip(register["gemeentecode"], register["gemeentenaam"]))
    for (code, quarter), group in register.groupby(["gemeentecode", "kwartaal"], sort=True):
        rows.append({"gemeentecode": code, "gemeentenaam": names.get(code, ""), "kwartaal": quarter,
                     **_row(group, target_days)})  # fmt: skip
    for code, group in register.groupby("gemeentecode", sort=True):
        rows.append({"gemeentecode": code, "gemeentenaam": names.get(code, ""), "kwartaal": ALL,
                     **_row(group, target_days)})  # fmt: skip
    if len(register):
        rows.append({"gemeentecode": REGION, "gemeentenaam": "", "kwartaal": ALL, **_row(register, target_days)})
    return pd.DataFrame(rows)
