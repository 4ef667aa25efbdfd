"""Municipalities (gemeenten) of Noord-Brabant and Limburg, CBS boundaries of 1 January 2023.

Source: CBS / Kadaster, Wijk- en buurtkaart 2023 (CC BY 4.0), bundled as GeoJSON in
``resources/reference/nl_admin_boundaries`` with the province each gemeente belongs to.
The CBS pseudo-municipality GM0998 "Buitenland" is in the source file but is not a
municipality, so it is left out here.
"""

from __future__ import annotations

import json
import re

import geopandas as gpd

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.resources import resource_path

ATTRIBUTION = "CBS / Kadaster, Wijk- en buurtkaart 2023 (CC BY 4.0)"
PSEUDO_MUNICIPALITIES = frozenset({"GM0998"})
GEMEENTECODE_PATTERN = re.compile(r"^GM\d{4}$")

COLUMNS = [
    "gemeentecode",
    "gemeentenaam",
    "provinciecode",
    "provincienaam",
    "huishoudens",
    "inwoners",
    "oppervlakte_land_ha",
    "stedelijkheid",
    "adressendichtheid",
]


def municipalities_file() -> str:
    return str(resource_path("reference", "nl_admin_boundaries", "gemeenten_2023_nb_limburg.geojson"))


def provinces_file() -> str:
    return str(resource_path("reference", "nl_admin_boundaries", "provincie_2023_nb_limburg.geojson"))


def normalise_gemeentecode(code: str) -> str:
    """Accept ``GM0772``, ``gm0772``, ``0772`` or ``772`` and return ``GM0772``."""
    text = str(code).strip().upper()
    if text.startswith("GM"):
        text = text[2:]
    if not text.isdigit() or len(text) > 4:
        raise RalZuidError(
            tr("'{code}' is not a CBS municipality code; expected GM followed by 4 digits, e.g. GM0772.").format(
                code=code
            )
        )
    return "GM" + text.zfill(4)


def load_region_municipalities(gemeentecode: str | None = None) -> gpd.GeoDataFrame:
    """The 87 municipalities of the region in RD New, optionally only the one with ``gemeentecode``.

    Columns: see :data:`COLUMNS`, plus ``geometry``. Sorted by gemeentecode.
    """
    raw = gpd.read_file(municipalities_file())
    raw = raw[~raw["gemeentecode"].isin(PSEUDO_MUNICIPALITIES)]
    frame = gpd.GeoDataFrame(
        {
            "gemeentecode": raw["gemeentecode"].astype(str),
            "gemeentenaam": raw["gemeentenaam"].astype(str),
            "provinciecode": raw["provinciecode"].astype(str),
            "provincienaam": raw["provincienaam"].astype(str),
            "huishoudens": raw["aantalHuishoudens"].astype("int64"),
            "inwoners": raw["aantalInwoners"].astype("int64"),
            "oppervlakte_land_ha": raw["oppervlakteLandInHa"].astype("int64"),
            # CBS stedelijkheid class 1 (very strongly urban, >= 2,500 addresses/km2) ... 5 (not urban, < 500)
            "stedelijkheid": raw["stedelijkheidAdressenPerKm2"].astype("int64"),
            "adressendichtheid": raw["omgevingsadressendichtheid"].astype("int64"),
        },
        geometry=raw.geometry.values,
        crs=raw.crs,
    ).to_crs(RD_NEW)
    frame = frame.sort_values("gemeentecode").reset_index(drop=True)
    if gemeentecode:
        code = normalise_gemeentecode(gemeentecode)
        selected = frame[frame["gemeentecode"] == code]
        if selected.empty:
            raise RalZuidError(
                tr(
                    "Municipality {code} is not in Noord-Brabant or Limburg (CBS 2023); "
                    "run the algorithm without a code to list all 87."
                ).format(code=code)
            )
        frame = selected.reset_index(drop=True)
    return frame


def municipality_choices() -> list[tuple[str, str]]:
    """``(gemeentecode, gemeentenaam)`` of the 87 municipalities, sorted by name (for pick lists).

    Reads only the attributes of the bundled file, without geometry, so a dialog opens quickly.
    """
    with open(municipalities_file(), encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    pairs = {
        (str(f["properties"]["gemeentecode"]), str(f["properties"]["gemeentenaam"]))
        for f in features
        if f["properties"]["gemeentecode"] not in PSEUDO_MUNICIPALITIES
    }
    return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))
