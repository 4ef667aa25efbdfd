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
            "PRIVATE_SHARE": 0.5,
            "EXISTING": existing,
            "EXISTING_COUNT_FIELD": "laadpunten",
            "OUTPUT_AREAS": str(tmp_path / "gap.gpkg"),
            "OUTPUT_NAL": str(tmp_path / "nal.gpkg"),
            "OUTPUT": str(tmp_path / "prognose.tif"),
        },
    )
    rows = {row["naam"]: row for row in features(result["OUTPUT_AREAS"])}
    # by hand: A 1000 households * 0.257746 = 257.75 cars, half public = 128.87, / 5 = 25.77 needed, 10 exist
    #          -> gap ceil(15.77) = 16, 12.9 public cars per laadpunt (above 5)
    #          B 100 * 0.257746 = 25.77 cars -> 12.89 public -> 2.58 needed, 0 exist -> gap 3
    assert rows["A"]["ev_prognose"] == pytest.approx(1000 * RATE_NB_2030)
    assert rows["A"]["laadpunten_nodig"] == pytest.approx(1000 * RATE_NB_2030 * 0.5 / 5)
    assert rows["A"]["tekort"] == 16 and rows["B"]["tekort"] == 3
    assert rows["A"]["ev_per_publiek_laadpunt"] == pytest.approx(1000 * RATE_NB_2030 * 0.5 / 10)
    assert rows["A"]["gemeentecode"] == "GM0772"
    # NAL: A has 1000 households but a public point; B has 100 (< 125): nothing uncovered
    assert features(result["OUTPUT_NAL"]) == []
    needed, info = read_band(result["OUTPUT"], 3)  # bands: gap, cars, needed, existing
    assert info["bands"] == 4 and info["unit"] == "laadpunten per km²"
    total_needed = 1100 * RATE_NB_2030 * 0.5 / 5
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
    # A: 25.77 needed, 2 laadpunten far away do not count -> 26; B: 2.58 -> 3
    assert [(r["rang"], r["gebied"], r["extra_laadpunten"], r["bron"]) for r in rows] == [
        (1, "A", 26, "prognose"),
        (2, "B", 3, "prognose"),
    ]
    assert "need 25.8 public laadpunten" in rows[0]["reden"]


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
    # 309 500 * 126 791 / 1 200 786 = 32 680.1 cars; half public -> 16 340.05 -> 3 268.0 needed
    assert row["ev_prognose"] == pytest.approx(32_680.1, abs=0.05)
    assert row["laadpunten_nodig"] == pytest.approx(3_268.01, abs=0.01)
    # existing: NDW non-fast passenger locations in Eindhoven, 2 laadpunten each (an even number, > 0)
    assert row["laadpunten_bestaand"] > 0 and row["laadpunten_bestaand"] % 2 == 0
    assert row["tekort"] == max(0, math.ceil(round(row["laadpunten_nodig"] - row["laadpunten_bestaand"], 9)))


def test_proposals_need_an_input(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="both"):
        run_algorithm("ralzuid:placementproposals", {"OUTPUT": str(tmp_path / "x.gpkg")})
