"""Reference municipalities, checked against CBS facts (PROVENANCE.md) and an independent area check."""

from __future__ import annotations

import json

import pytest

from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.reference.municipalities import (
    load_region_municipalities,
    municipalities_file,
    normalise_gemeentecode,
)


@pytest.fixture(scope="module")
def municipalities():
    return load_region_municipalities()


def test_87_municipalities_56_in_brabant_31_in_limburg_without_buitenland(municipalities):
    assert len(municipalities) == 87
    assert (municipalities["provincienaam"] == "Noord-Brabant").sum() == 56
    assert (municipalities["provincienaam"] == "Limburg").sum() == 31
    assert "GM0998" not in set(municipalities["gemeentecode"])
    assert municipalities["gemeentecode"].is_unique
    assert municipalities.crs.to_epsg() == 28992


def test_population_of_the_large_cities_matches_cbs(municipalities):
    by_code = municipalities.set_index("gemeentecode")
    # Figures from CBS Kerncijfers wijken en buurten 2023 as listed in nl_admin_boundaries/PROVENANCE.md.
    assert by_code.loc["GM0772", "inwoners"] == 243730
    assert by_code.loc["GM0855", "inwoners"] == 227707
    assert by_code.loc["GM0935", "inwoners"] == 122734
    assert by_code.loc["GM0935", "provincienaam"] == "Limburg"


def test_households_are_the_source_values(municipalities):
    with open(municipalities_file(), encoding="utf-8") as handle:
        source = {f["properties"]["gemeentecode"]: f["properties"] for f in json.load(handle)["features"]}
    for row in municipalities.itertuples():
        assert row.huishoudens == source[row.gemeentecode]["aantalHuishoudens"]


def test_rd_new_area_lies_between_the_cbs_land_and_total_area(municipalities):
    # Second method: CBS publishes land and total (land + water) area in ha. The polygons (water = NEE
    # cut off only the large waters) measured in RD New metres must lie between the two, within 2 %
    # (Baarle-Nassau's outline is 1.8 % over its total: the Belgian enclaves sit inside it as GM0998).
    with open(municipalities_file(), encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    total_ha = {f["properties"]["gemeentecode"]: f["properties"].get("oppervlakteTotaalInHa") for f in features}
    areas_ha = municipalities.geometry.area / 10_000
    for code, area, land in zip(municipalities["gemeentecode"], areas_ha, municipalities["oppervlakte_land_ha"]):
        assert land * 0.98 <= area <= total_ha[code] * 1.02, code


def test_filter_on_one_code(municipalities):
    maastricht = load_region_municipalities("935")
    assert list(maastricht["gemeentenaam"]) == ["Maastricht"]


@pytest.mark.parametrize(("given", "expected"), [("GM0772", "GM0772"), ("gm772", "GM0772"), (" 0935 ", "GM0935")])
def test_normalise_gemeentecode(given, expected):
    assert normalise_gemeentecode(given) == expected


@pytest.mark.parametrize("bad", ["Eindhoven", "GM12345", "GM07a2"])
def test_bad_codes_are_user_errors(bad):
    with pytest.raises(RalZuidError, match="not a CBS municipality code"):
        normalise_gemeentecode(bad)


def test_code_outside_the_region_is_a_user_error():
    with pytest.raises(RalZuidError, match="GM0363 is not in Noord-Brabant or Limburg"):
        load_region_municipalities("GM0363")
