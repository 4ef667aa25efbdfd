"""The gemeente's own numbers for the prognosis: a table with one row per gemeente.

Fields (names case-insensitive): ``gemeentecode`` (required), ``aandeel_prive`` (private-charging share,
0-1), ``ev_geregistreerd`` (electric passenger cars registered in the gemeente, RDW) with ``peiljaar``
(the year of that count, 2020-2030). The plan asks to update the prognosis every year ("De prognoses
dienen jaarlijks te worden geactualiseerd", §3.1): the registered count is the starting point and grows
along the plan's provincial curve.
"""

from __future__ import annotations

import math

import pandas as pd

from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.prognosis import PLAN_PROGNOSIS, MunicipalityInputs
from ral_zuid_plugin.core.reference.municipalities import normalise_gemeentecode

CODE = "gemeentecode"
SHARE = "aandeel_prive"
REGISTERED = "ev_geregistreerd"
YEAR = "peiljaar"


def _number(value) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        value = value.strip().replace(",", ".")
    return float(value)


def municipality_inputs_from_frame(frame: pd.DataFrame, source: str, known_codes: set[str]) -> MunicipalityInputs:
    """Validate the table; every problem names the file, the row (1-based, or fid) and the column."""
    lower = {str(c).lower(): c for c in frame.columns}
    if CODE not in lower:
        raise InputDataError(tr("the table needs a field 'gemeentecode'"), path=source, column=CODE)
    if SHARE not in lower and REGISTERED not in lower:
        raise InputDataError(
            tr("the table needs a field 'aandeel_prive' or 'ev_geregistreerd' (with 'peiljaar')"), path=source
        )
    if REGISTERED in lower and YEAR not in lower:
        raise InputDataError(tr("'ev_geregistreerd' needs the field 'peiljaar'"), path=source, column=YEAR)
    years = sorted(PLAN_PROGNOSIS[("Noord-Brabant", "personenautos")])
    inputs = MunicipalityInputs()
    seen: set[str] = set()
    for position, (_, record) in enumerate(frame.iterrows()):
        row = int(record["fid"]) if "fid" in frame.columns else position + 1
        raw = record[lower[CODE]]
        try:
            code = normalise_gemeentecode(str(raw))
        except RalZuidError as error:
            raise InputDataError(error.message, path=source, row=row, column=str(lower[CODE])) from None
        if code not in known_codes:
            raise InputDataError(
                tr("{code} is not a municipality of Noord-Brabant or Limburg").format(code=code),
                path=source,
                row=row,
                column=str(lower[CODE]),
            )
        if code in seen:
            raise InputDataError(
                tr("{code} appears more than once").format(code=code), path=source, row=row, column=str(lower[CODE])
            )
        seen.add(code)
        for name in (SHARE, REGISTERED, YEAR):
            if name not in lower:
                continue
            try:
                value = _number(record[lower[name]])
            except (TypeError, ValueError):
                raise InputDataError(
                    tr("'{value}' is not a number").format(value=record[lower[name]]),
                    path=source,
                    row=row,
                    column=str(lower[name]),
                ) from None
            if value is None:
                continue
            if name == SHARE:
                if not 0.0 <= value <= 1.0:
                    raise InputDataError(
                        tr(
                            "the private-charging share {value} is not a fraction from 0 to 1 (e.g. 0.6 for 60 %)"
                        ).format(value=value),
                        path=source,
                        row=row,
                        column=str(lower[name]),
                    )
                inputs.private_share[code] = value
            elif name == REGISTERED:
                if value < 0 or not math.isfinite(value):
                    raise InputDataError(
                        tr("the number of registered electric cars {value} is negative").format(value=value),
                        path=source,
                        row=row,
                        column=str(lower[name]),
                    )
                year = _number(record[lower[YEAR]])
                if year is None or year != int(year) or not years[0] <= year <= years[-1]:
                    raise InputDataError(
                        tr("the year of the registered count must be a whole year from {first} to {last}").format(
                            first=years[0], last=years[-1]
                        ),
                        path=source,
                        row=row,
                        column=str(lower[YEAR]),
                    )
                inputs.registered[code] = (value, int(year))
    return inputs
