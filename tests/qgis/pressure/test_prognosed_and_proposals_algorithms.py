"""``ralzuid:prognosedpressure`` and ``ralzuid:placementproposals`` end to end on small hand-made layers."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.adapters.raster_io import read_band

# Two 500 m squares in Eindhoven (RD New), 1000 and 100 households.
SQUARE_A = QgsRectangle(155_000, 385_000, 155_500, 385_500)
SQUARE_B = QgsRectangle(156_000, 385_000, 156_500, 385_500)
RATE_NB_2030 = 309_500 / 1_200_786  # electric cars per household in Noord-Brabant, plan 2030


def buurten():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "buurten", "memory")
    layer.dataProvider().addAttributes([QgsField("naam", field_type("String")), QgsField("hh", field_type("Int"))])
    layer.updateFields()
    for name, rect, households in (("A", SQUARE_A, 1000), ("B", SQUARE_B, 100)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(rect))
        feature.setAttributes([name, households])
        layer.dataProvider().addFeature(feature)
    return layer


def public_points(points):
    layer = QgsVectorLayer("Point?crs=EPSG:28992", "palen", "memory")
    layer.dataProvider().addAttributes([QgsField("laadpunten", field_type("Int"))])
    layer.updateFields()
    for x, y, count in points:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([count])
        layer.dataProvider().addFeature(feature)
    return layer


def features(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    return [{f.name(): feature[f.name()] for f in layer.fields()} for feature in layer.getFeatures()]


def test_prognosis_per_buurt_gap_nal_and_raster(run_algorithm, tmp_path):
    # A has one location with 10 laadpunten inside it; B none
    existing = public_points([(155_250, 385_250, 10)])
    result = run_algorithm(
        "ralzuid:prognosedpressure",
        {
            "DEMAND": buurten(),
            "HOUSEHOLDS_FIELD": "hh",
            "YEAR": 2030,
            "SHARE_MODE": 1,  # one share for every gemeente
            "PRIVATE_SHARE": 0.5,
            "EXISTING": existing,
            "EXISTING_COUNT_FIELD": "laadpunten",
            "OUTPUT_AREAS": str(tmp_path / "gap.gpkg"),
            "OUTPUT_NAL": str(tmp_path / "nal.gpkg"),
            "OUTPUT": str(tmp_path / "prognose.tif"),
        },
    )
    rows = {row["naam"]: row for row in features(result["OUTPUT_AREAS"])}
    # by hand: A 1000 households * 0.257748 = 257.75 cars / 5 = 51.55 (semi)public needed (public half 25.77),
    #          10 exist -> gap 41.55; 25.77 cars per existing laadpunt (above 5)
    #          B 100 * 0.257748 = 25.77 cars -> 5.15 needed, 0 exist -> gap 5.15
    #          indication in GM0772: 41.55 + 5.15 = 46.70 -> 47 = 41 + 5 + the unit left to A (.55 > .15)
    assert rows["A"]["ev_prognose"] == pytest.approx(1000 * RATE_NB_2030)
    assert rows["A"]["laadpunten_nodig"] == pytest.approx(1000 * RATE_NB_2030 / 5)
    assert rows["A"]["nodig_publiek"] == pytest.approx(1000 * RATE_NB_2030 * 0.5 / 5)
    assert rows["A"]["tekort"] == pytest.approx(41.5496, abs=1e-4)
    assert rows["B"]["tekort"] == pytest.approx(5.1550, abs=1e-4)
    assert (rows["A"]["tekort_indicatie"], rows["B"]["tekort_indicatie"]) == (42, 5)
    assert rows["A"]["ev_per_laadpunt"] == pytest.approx(1000 * RATE_NB_2030 / 10)
    assert rows["A"]["gemeentecode"] == "GM0772"
    # NAL: A has 1000 households but a public point; B has 100 (< 125): nothing uncovered
    assert features(result["OUTPUT_NAL"]) == []
    needed, info = read_band(result["OUTPUT"], 3)  # bands: gap, cars, needed, existing
    assert info["bands"] == 4 and info["unit"] == "laadpunten per km²"
    total_needed = 1100 * RATE_NB_2030 / 5
    assert float(needed[~(needed != needed)].sum()) / 1600 == pytest.approx(total_needed, rel=1e-4)


def test_nal_cell_listed_without_public_point_and_proposals_ranked(run_algorithm, tmp_path):
    existing = public_points([(160_000, 390_000, 2)])  # far away
    prognosis = run_algorithm(
        "ralzuid:prognosedpressure",
        {
            "DEMAND": buurten(),
            "HOUSEHOLDS_FIELD": "hh",
            "EXISTING": existing,
            "OUTPUT_AREAS": str(tmp_path / "gap.gpkg"),
            "OUTPUT_NAL": str(tmp_path / "nal.gpkg"),
            "OUTPUT": str(tmp_path / "p.tif"),
        },
    )
    nal = features(prognosis["OUTPUT_NAL"])
    assert [(row["cel_code"], row["huishoudens"]) for row in nal] == [("E1550N3850", 1000)]
    proposals = run_algorithm(
        "ralzuid:placementproposals",
        {"PROGNOSIS_AREAS": prognosis["OUTPUT_AREAS"], "OUTPUT": str(tmp_path / "voorstel.gpkg")},
    )
    rows = features(proposals["OUTPUT"])
    # A: 51.55 needed, the 2 laadpunten far away do not count; B: 5.15. Together 56.70 -> 57 points:
    # 51 + 5 and the unit left to A (.55 > .15) -> A 52, B 5 (rounding each up would give 58)
    assert [(r["rang"], r["gebied"], r["extra_laadpunten"], r["bron"]) for r in rows] == [
        (1, "A", 52, "prognose"),
        (2, "B", 5, "prognose"),
    ]
    assert "need 51.5 (semi-)public charge points" in rows[0]["reden"]
    assert rows[0]["lijst"] == "one list: measured shortage first, then prognosis"


def test_own_list_with_access_and_evse_fields_counts_only_public_points_for_the_nal_rule(run_algorithm, tmp_path):
    layer = tmp_path / "eigen_lijst.geojson"
    layer.write_text(
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},'
        '"features":[{"type":"Feature","properties":{"evses":4,"parking_type":"PARKING_GARAGE"},'
        '"geometry":{"type":"Point","coordinates":[155250,385250]}}]}',
        encoding="utf-8",
    )
    result = run_algorithm(
        "ralzuid:prognosedpressure",
        {
            "DEMAND": buurten(),
            "HOUSEHOLDS_FIELD": "hh",
            "EXISTING": str(layer),
            "OUTPUT_AREAS": str(tmp_path / "gap.gpkg"),
            "OUTPUT_NAL": str(tmp_path / "nal.gpkg"),
        },
    )
    # the garage (OCPI parking_type PARKING_GARAGE) is semi-public: it counts its 4 EVSEs against A's need ...
    rows = {row["naam"]: row for row in features(result["OUTPUT_AREAS"])}
    assert rows["A"]["laadpunten_bestaand"] == 4
    # ... but A (1000 households) has no public point for the NAL 500 m rule; the cell shows the semi-public ones
    nal = features(result["OUTPUT_NAL"])
    assert [(r["cel_code"], r["publieke_laadpunten"], r["semipublieke_laadpunten"]) for r in nal] == [
        ("E1550N3850", 0, 4)
    ]


def test_polygon_layer_without_households_field_is_refused(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="households"):
        run_algorithm(
            "ralzuid:prognosedpressure",
            {
                "DEMAND": buurten(),
                "EXISTING": public_points([(155_100, 385_100, 1)]),
                "OUTPUT_AREAS": str(tmp_path / "g.gpkg"),
            },
        )


def test_per_municipality_with_bundled_ndw_points(run_algorithm, tmp_path):
    result = run_algorithm(
        "ralzuid:prognosedpressure",
        {"GEMEENTECODE": "GM0772", "OUTPUT_AREAS": str(tmp_path / "gm.gpkg"), "CELL_SIZE": 100},
    )
    (row,) = features(result["OUTPUT_AREAS"])
    # 309 500 * 126 791 / 1 200 786 = 32 680.1 cars / 5 = 6 536.0 (semi)public laadpunten needed;
    # Eindhoven is CBS stedelijkheid 1: private share 0.3 -> public 32 680.1 * 0.7 / 5 = 4 575.2
    assert row["ev_prognose"] == pytest.approx(32_680.1, abs=0.05)
    assert row["laadpunten_nodig"] == pytest.approx(6_536.02, abs=0.01)
    assert row["aandeel_prive"] == pytest.approx(0.3) and row["nodig_publiek"] == pytest.approx(4_575.2, abs=0.05)
    # existing: NDW non-fast passenger locations in Eindhoven, 2 laadpunten each (an even number, > 0)
    assert row["laadpunten_bestaand"] > 0 and row["laadpunten_bestaand"] % 2 == 0
    assert row["tekort"] == pytest.approx(row["laadpunten_nodig"] - row["laadpunten_bestaand"])
    assert row["tekort_indicatie"] == math.floor(row["tekort"] + 0.5)
    assert "per 5 electric cars over all electric cars" in row["methode"]


def test_gemeente_table_with_registered_cars_and_summary_per_gemeente(run_algorithm, tmp_path):
    # a CSV as a gemeente keeps it (OGR reads every field as text: the numbers are parsed and checked)
    table = tmp_path / "eigen_cijfers.csv"
    table.write_text("gemeentecode,aandeel_prive,ev_geregistreerd,peiljaar\nGM0772,0.4,20000,2025\n", encoding="utf-8")
    result = run_algorithm(
        "ralzuid:prognosedpressure",
        {
            "GEMEENTECODE": "GM0772",
            "MUNICIPALITY_TABLE": str(table),
            "OUTPUT_AREAS": str(tmp_path / "gm.gpkg"),
            "OUTPUT_MUNICIPALITIES": str(tmp_path / "per_gemeente.gpkg"),
            "OUTPUT_WORKBOOK": str(tmp_path / "prognose.xlsx"),
            "CELL_SIZE": 100,
            "REPORT_LANGUAGE": 1,  # the Dutch workbook
        },
    )
    from openpyxl import load_workbook

    header, values = list(load_workbook(result["OUTPUT_WORKBOOK"])["Per gemeente"].iter_rows(values_only=True))
    assert dict(zip(header, values))["(Semi)publieke laadpunten nodig (indicatie)"] == 14_463
    (row,) = features(result["OUTPUT_MUNICIPALITIES"])
    # by hand: 20 000 registered in 2025 grow with Noord-Brabant's plan 309 500 / 85 600 -> 72 313.08 in 2030
    # / 5 = 14 462.6 -> 14 463; public 72 313.08 * 0.6 / 5 = 8 677.57, semi-public 5 785.05: 8 677 + 5 785
    # = 14 462, the unit left to the larger remainder (.57) -> 8 678 + 5 785; fast 72 313.08 / 650 = 111.25
    assert row["ev_prognose"] == 72_313
    assert (row["nodig_indicatie"], row["publiek_indicatie"], row["semipubliek_indicatie"]) == (14_463, 8_678, 5_785)
    assert row["snel_indicatie"] == 111
    assert row["tekort_indicatie"] == math.floor(14_462.6168 - row["laadpunten_bestaand"] + 0.5)
    # grid: (14 462.62 + vans) * 11 kW + 111.25 * 50 kW, * 0.3 at the peak
    vans = 49_200 * 126_791 / 1_200_786 * 0.5 / 5
    assert row["piek_kw"] == pytest.approx(((14_462.6168 + vans) * 11 + 111.2509 * 50) * 0.3, abs=1)


def test_gemeente_table_with_a_bad_share_names_the_row_and_column(run_algorithm, tmp_path):
    table = tmp_path / "eigen_cijfers.csv"
    table.write_text("gemeentecode,aandeel_prive\nGM0772,40\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="aandeel_prive.*fraction"):
        run_algorithm(
            "ralzuid:prognosedpressure",
            {"GEMEENTECODE": "GM0772", "MUNICIPALITY_TABLE": str(table), "OUTPUT_AREAS": str(tmp_path / "g.gpkg")},
        )


def test_proposals_need_an_input(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="both"):
        run_algorithm("ralzuid:placementproposals", {"OUTPUT": str(tmp_path / "x.gpkg")})
