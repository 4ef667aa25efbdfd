"""``ralzuid:sessionindicators`` through Processing, as a model or qgis_process would run it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

DATA = Path(__file__).resolve().parents[2] / "data" / "sessions"


def _layer(uri: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, "out", "ogr")
    assert layer.isValid(), uri
    return layer


def test_elaad_csv_gives_points_daily_areas_quality_and_workbook(run_algorithm, tmp_path):
    outputs = {
        "OUTPUT_POINTS": str(tmp_path / "points.gpkg"),
        "OUTPUT_DAILY": str(tmp_path / "daily.gpkg"),
        "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"),
        "OUTPUT_QUALITY": str(tmp_path / "quality.gpkg"),
        "OUTPUT_EXCLUDED": str(tmp_path / "excluded.gpkg"),
        "OUTPUT_WORKBOOK": str(tmp_path / "monitor.xlsx"),
    }
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {"INPUT": [str(DATA / "elaad_small.csv")], "MIN_CARDS": 1, "REPORT_LANGUAGE": 1, **outputs},  # Dutch workbook
    )
    points = _layer(result["OUTPUT_POINTS"])
    assert points.crs().authid() == "EPSG:28992"
    names = [f.name() for f in points.fields()]
    for contract in (
        "evse_id",
        "laadpunt_id",
        "gemeentecode",
        "sessies_per_dag",
        "kwh_per_dag",
        "aansluituren_per_dag",
        "bezetting_pct",
        "piekbezetting_pct",
        "weken_piek_boven_drempel",
        "weken_met_data",
    ):
        assert contract in names, contract
    by_id = {f["evse_id"]: f for f in points.getFeatures()}
    assert set(by_id) == {"CP-A-1", "CP-B-1", "CP-B-2"}
    assert {f["gemeentecode"] for f in by_id.values()} == {"GM0772"}
    # CP-A-1 over the two days 1-2 July 2024 (48 h): 23:30-01:30 (2 h) plus 08:00-12:00 and 10:00-14:00
    # which overlap and count once (6 h): 8 h connected / 48 h = 16.667 %.
    assert by_id["CP-A-1"]["bezetting_pct"] == pytest.approx(100 * 8 / 48)
    # 3 sessions over 2 days.
    assert by_id["CP-A-1"]["sessies_per_dag"] == pytest.approx(1.5)
    # CP-B-2: 17:00-21:00 on 1 July is the whole peak window that day, 0 on 2 July: (4 + 0) / (4 + 4) h = 50 %.
    assert by_id["CP-B-2"]["piekbezetting_pct"] == pytest.approx(50.0)
    # Catharinakerk area: RD x ~161.6 km, y ~383.3 km.
    point = by_id["CP-A-1"].geometry().asPoint()
    assert 160_500 < point.x() < 162_500 and 382_500 < point.y() < 384_500

    daily = _layer(result["OUTPUT_DAILY"])
    assert daily.featureCount() == 3 * 2  # 3 EVSEs x 2 days, days without sessions included
    excluded = _layer(result["OUTPUT_EXCLUDED"])
    reasons = [(f["rij"], f["controle"]) for f in excluded.getFeatures()]
    assert reasons == [(7, "end_before_start")]  # transaction 6 is on file row 7 (header = row 1)
    quality = {f["controle"]: f["aantal"] for f in _layer(result["OUTPUT_QUALITY"]).getFeatures()}
    assert quality["overlap"] == 1
    assert quality["end_before_start"] == 1
    areas = _layer(result["OUTPUT_AREAS"])
    region = [f for f in areas.getFeatures() if f["niveau"] == "regio" and f["periode"] == "periode"]
    assert len(region) == 1
    assert region[0]["kwh"] == pytest.approx(10.5 + 15 + 8.25 + 20 + 12)

    book = openpyxl.load_workbook(result["OUTPUT_WORKBOOK"])
    assert {"Samenvatting", "Definities", "Kwaliteit", "Gemeenten", "Regio", "Laadpunten"} <= set(book.sheetnames)
    regio = list(book["Regio"].iter_rows(values_only=True))
    kwh_column = regio[0].index("Geladen energie (kWh)")
    assert isinstance(regio[-1][kwh_column], float)
    assert regio[-1][kwh_column] == pytest.approx(65.75)


def test_locations_layer_places_sessions_and_needs_its_id_field(run_algorithm, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=paal:string", "palen", "memory")
    features = []
    for ident, lon, lat in (("CP-A", 5.47851, 51.43777), ("CP-B", 5.48123, 51.44332)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([ident])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    csv = tmp_path / "zonder_coordinaten.csv"
    lines = (DATA / "elaad_small.csv").read_text(encoding="utf-8").splitlines()
    csv.write_text("\n".join(";".join(line.split(";")[:10]) for line in lines) + "\n", encoding="utf-8")
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {
            "INPUT": [str(csv)],
            "LOCATIONS": layer,
            "LOCATIONS_ID_FIELD": "paal",
            "OUTPUT_POINTS": str(tmp_path / "p.gpkg"),
            "OUTPUT_WORKBOOK": str(tmp_path / "w.xlsx"),
        },
    )
    points = _layer(result["OUTPUT_POINTS"])
    assert points.featureCount() == 3
    with pytest.raises(QgsProcessingException, match="paal"):
        run_algorithm(
            "ralzuid:sessionindicators",
            {
                "INPUT": [str(csv)],
                "LOCATIONS": layer,
                "LOCATIONS_ID_FIELD": "bestaat_niet",
                "OUTPUT_POINTS": str(tmp_path / "p2.gpkg"),
            },
        )


def test_bad_file_gives_a_located_message_and_no_workbook(run_algorithm, tmp_path):
    bad = tmp_path / "kapot.csv"
    bad.write_text(
        "Start;Eind;Laadpunt;kWh\n01-07-2024 10:00;01-07-2024 12:00;CP1;12,5\n"
        "01-07-2024 13:00;01-07-2024 14:00;CP1;veel\n",
        encoding="utf-8",
    )
    workbook = tmp_path / "monitor.xlsx"
    with pytest.raises(QgsProcessingException, match=r"kapot\.csv, row 3, column 'kWh'"):
        run_algorithm(
            "ralzuid:sessionindicators",
            {"INPUT": [str(bad)], "OUTPUT_POINTS": str(tmp_path / "p.gpkg"), "OUTPUT_WORKBOOK": str(workbook)},
        )
    assert not workbook.exists()
    assert not (tmp_path / "p.gpkg").exists()


def test_ocpi_sessions_placed_by_an_ocpi_locations_file(run_algorithm, tmp_path):
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {
            "INPUT": [str(DATA / "ocpi_sessions.json")],
            "OCPI_LOCATIONS": str(DATA / "ocpi_locations.json"),
            "MIN_CARDS": 1,
            "OUTPUT_POINTS": str(tmp_path / "p.gpkg"),
        },
    )
    points = {f["evse_id"]: f for f in _layer(result["OUTPUT_POINTS"]).getFeatures()}
    assert set(points) == {"NL*ABC*E2A", "NL*ABC*E2B"}
    # S-1 15:00-17:00 UTC = 17:00-19:00 summer time on 1 July: half of the 17:00-21:00 window (50 %);
    # S-2 18:00-20:00 UTC = 20:00-22:00 local: one hour inside the window (25 %).
    assert points["NL*ABC*E2A"]["piekbezetting_pct"] == pytest.approx(50.0)
    assert points["NL*ABC*E2B"]["piekbezetting_pct"] == pytest.approx(25.0)
    assert points["NL*ABC*E2A"]["locatiebron"] == "ocpi-locations"
    assert points["NL*ABC*E2A"]["gemeentecode"] == "GM0772"


def test_locations_layer_that_matches_nothing_stops_with_the_field_and_key(run_algorithm, tmp_path):
    # elaad_small.csv has EVSEs CP-A-1, CP-B-1, CP-B-2 on charge points CP-A and CP-B; a layer of
    # numbers matches none of them: the run stops naming the layer's field, never "give a locations layer".
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=nummer:string", "nummers", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["50230"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5.47851, 51.43777)))
    layer.dataProvider().addFeatures([feature])
    csv = tmp_path / "zonder_coordinaten.csv"
    lines = (DATA / "elaad_small.csv").read_text(encoding="utf-8").splitlines()
    csv.write_text("\n".join(";".join(line.split(";")[:10]) for line in lines) + "\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(
            "ralzuid:sessionindicators",
            {
                "INPUT": [str(csv)],
                "LOCATIONS": layer,
                "LOCATIONS_ID_FIELD": "nummer",
                "LOCATIONS_KEY": 2,  # charge point id
                "OUTPUT_POINTS": str(tmp_path / "p.gpkg"),
            },
        )
    text = str(error.value)
    assert "none of the 3 EVSEs" in text and "'nummer'" in text and "CP-A-1" in text
    assert "give a locations layer" not in text
    assert not (tmp_path / "p.gpkg").exists()


def test_daily_table_is_built_only_when_its_output_is_requested(run_algorithm, tmp_path, monkeypatch):
    # Issue 14: listing the outputs used to evaluate result.daily even without OUTPUT_DAILY.
    from ral_zuid_plugin.core.sessions import pipeline

    built = []
    original = pipeline.daily_table

    def counting(*args, **kwargs):
        built.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(pipeline, "daily_table", counting)
    run_algorithm(
        "ralzuid:sessionindicators",
        {
            "INPUT": [str(DATA / "elaad_small.csv")],
            "OUTPUT_POINTS": str(tmp_path / "p.gpkg"),
            "OUTPUT_AREAS": str(tmp_path / "a.gpkg"),
            "OUTPUT_WORKBOOK": str(tmp_path / "w.xlsx"),
        },
    )
    assert built == []
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {
            "INPUT": [str(DATA / "elaad_small.csv")],
            "OUTPUT_POINTS": str(tmp_path / "p2.gpkg"),
            "OUTPUT_DAILY": str(tmp_path / "d2.gpkg"),
        },
    )
    assert built == [1]
    assert _layer(result["OUTPUT_DAILY"]).featureCount() == 3 * 2  # 3 EVSEs x 2 days


def test_low_usage_layer_and_month_parameters(run_algorithm, tmp_path):
    # elaad_small.csv, 1-2 July 2024 (48 h): CP-A-1 8 h = 16.7 %, CP-B-1 3.5 h = 7.3 %, CP-B-2 4 h = 8.3 %.
    # Low usage under 10 % for 1 month: CP-B-1 and CP-B-2.
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {
            "INPUT": [str(DATA / "elaad_small.csv")],
            "LOW_USAGE_THRESHOLD": 10,
            "LOW_USAGE_MONTHS": 1,
            "OUTPUT_POINTS": str(tmp_path / "p.gpkg"),
            "OUTPUT_LOW_USAGE": str(tmp_path / "laag.gpkg"),
        },
    )
    low = {f["evse_id"]: f for f in _layer(result["OUTPUT_LOW_USAGE"]).getFeatures()}
    assert set(low) == {"CP-B-1", "CP-B-2"}
    assert low["CP-B-1"]["bezetting_pct"] == pytest.approx(100 * 3.5 / 48)
    assert low["CP-B-1"]["laag_gebruik_van"] == "2024-07" and low["CP-B-1"]["maanden_laag_gebruik"] == 1
    assert _layer(result["OUTPUT_LOW_USAGE"]).crs().authid() == "EPSG:28992"
    # months to leave out are chosen by name (index 6 = July): the data's whole period is July, nothing is left
    with pytest.raises(QgsProcessingException, match="Every month of the period is excluded"):
        run_algorithm(
            "ralzuid:sessionindicators",
            {
                "INPUT": [str(DATA / "elaad_small.csv")],
                "EXCLUDED_MONTHS": [6],
                "OUTPUT_POINTS": str(tmp_path / "p2.gpkg"),
            },
        )
    # June (index 5) is not in the period: nothing is left out, the numbers stay those above
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {"INPUT": [str(DATA / "elaad_small.csv")], "EXCLUDED_MONTHS": [5], "OUTPUT_POINTS": str(tmp_path / "p3.gpkg")},
    )
    by_id = {f["evse_id"]: f for f in _layer(result["OUTPUT_POINTS"]).getFeatures()}
    assert by_id["CP-B-1"]["bezetting_pct"] == pytest.approx(100 * 3.5 / 48)


def test_date_order_stop_advice_followed_through_processing(run_algorithm, tmp_path):
    # 07/01 and 07/02 read as 7 Jan / 7 Feb (day first) or 1 / 2 July (month first); same-day sessions in
    # start order either way: no evidence, so the run stops and names DATE_ORDER.
    path = tmp_path / "us.csv"
    path.write_text(
        "Laadpunt;Start;Eind;kWh;Latitude;Longitude\n"
        "P1;07/01/2024 10:00;07/01/2024 11:00;3;51,43777;5,47851\n"
        "P1;07/02/2024 10:00;07/02/2024 12:00;5;51,43777;5,47851\n",
        encoding="utf-8",
    )
    base = {"INPUT": [str(path)], "MIN_CARDS": 1, "OUTPUT_POINTS": str(tmp_path / "p.gpkg")}
    with pytest.raises(QgsProcessingException, match=r"Set Date order \(DATE_ORDER\)"):
        run_algorithm("ralzuid:sessionindicators", base)
    # Following the advice (index 2 = day and month swapped): 1-2 July 2024, 48 h, 1 h + 2 h connected = 6.25 %
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {
            **base,
            "DATE_ORDER": 2,
            "OUTPUT_QUALITY": str(tmp_path / "q.gpkg"),
            "OUTPUT_POINTS": str(tmp_path / "p2.gpkg"),
        },
    )
    point = next(_layer(result["OUTPUT_POINTS"]).getFeatures())
    assert point["bezetting_pct"] == pytest.approx(100 * 3 / 48)
    assert point["sessies_per_dag"] == pytest.approx(1.0)
    quality = {f["controle"]: f for f in _layer(result["OUTPUT_QUALITY"]).getFeatures()}
    assert quality["date_order"]["aantal"] == 2  # both rows change between the readings
    assert "us.csv: dates read day and month swapped" in quality["date_order"]["toelichting"]


def test_time_zone_advice_followed_through_processing(run_algorithm, tmp_path):
    # ElaadNL-style columns named UTC, one session 15 July 2024 15:00-17:00 on the clock, no session across a DST
    # change: no evidence, read as local time (15:00-17:00 CEST, 0 % of the 17:00-21:00 peak window) and the
    # quality row names TIME_ZONE. Following the advice: 15:00-17:00 UTC = 17:00-19:00 CEST, 2 of 4 h = 50 %.
    path = tmp_path / "elaad.csv"
    path.write_text(
        "TransactionId;ChargePoint;Connector;UTCTransactionStart;UTCTransactionStop;ConnectedTime;TotalEnergy;"
        "Latitude;Longitude\n"
        "1;CP-A;1;15-07-2024 15:00;15-07-2024 17:00;2;10;51,43777;5,47851\n",
        encoding="utf-8",
    )
    base = {"INPUT": [str(path)], "MIN_CARDS": 1}
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {**base, "OUTPUT_POINTS": str(tmp_path / "p.gpkg"), "OUTPUT_QUALITY": str(tmp_path / "q.gpkg")},
    )
    assert next(_layer(result["OUTPUT_POINTS"]).getFeatures())["piekbezetting_pct"] == pytest.approx(0.0)
    quality = {f["controle"]: f for f in _layer(result["OUTPUT_QUALITY"]).getFeatures()}
    assert "set Time zone (TIME_ZONE) to UTC" in quality["time_zone"]["toelichting"]
    result = run_algorithm(
        "ralzuid:sessionindicators", {**base, "TIME_ZONE": "UTC", "OUTPUT_POINTS": str(tmp_path / "p2.gpkg")}
    )
    assert next(_layer(result["OUTPUT_POINTS"]).getFeatures())["piekbezetting_pct"] == pytest.approx(50.0)


def test_ocpi_status_and_open_sessions_are_excluded_with_counts_per_status(run_algorithm, tmp_path):
    # S-1 COMPLETED 15:00-17:00 UTC on EVSE-2A; S-2 INVALID, S-3 ACTIVE (no end), S-4 PENDING, S-5 RESERVATION.
    sessions = [
        ("S-1", "COMPLETED", "2024-07-01T15:00:00Z", "2024-07-01T17:00:00Z", 8.0),
        ("S-2", "INVALID", "2024-07-01T18:00:00Z", "2024-07-01T19:00:00Z", 4.0),
        ("S-3", "ACTIVE", "2024-07-01T19:00:00Z", None, 2.0),
        ("S-4", "PENDING", "2024-07-01T20:00:00Z", None, 0.0),
        ("S-5", "RESERVATION", "2024-07-01T21:00:00Z", "2024-07-01T21:30:00Z", 0.0),
    ]
    import json

    path = tmp_path / "sessions.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": i,
                    "status": s,
                    "start_date_time": a,
                    "end_date_time": b,
                    "kwh": k,
                    "location_id": "LOC-2",
                    "evse_uid": "EVSE-2A",
                }
                for i, s, a, b, k in sessions
            ]
        ),
        encoding="utf-8",
    )
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {
            "INPUT": [str(path)],
            "OCPI_LOCATIONS": str(DATA / "ocpi_locations.json"),
            "MIN_CARDS": 1,
            "OUTPUT_POINTS": str(tmp_path / "p.gpkg"),
            "OUTPUT_QUALITY": str(tmp_path / "q.gpkg"),
            "OUTPUT_EXCLUDED": str(tmp_path / "x.gpkg"),
        },
    )
    rows = {f["controle"]: f for f in _layer(result["OUTPUT_QUALITY"]).getFeatures()}
    quality = {key: f["aantal"] for key, f in rows.items()}
    assert (quality["invalid_session"], quality["open_session"], quality["reservation"]) == (1, 2, 1)
    assert rows["open_session"]["toelichting"].endswith(" ACTIVE 1, PENDING 1")  # the count per status
    assert rows["invalid_session"]["toelichting"].endswith(" INVALID 1")
    excluded = sorted((f["sessie_id"], f["controle"]) for f in _layer(result["OUTPUT_EXCLUDED"]).getFeatures())
    assert excluded == [
        ("S-2", "invalid_session"),
        ("S-3", "open_session"),
        ("S-4", "open_session"),
        ("S-5", "reservation"),
    ]
    point = next(_layer(result["OUTPUT_POINTS"]).getFeatures())
    # only S-1 counts: 17:00-19:00 local on 1 July = half of the 17:00-21:00 peak window
    assert point["piekbezetting_pct"] == pytest.approx(50.0)


def test_reading_parameters_reach_the_reader(run_algorithm, tmp_path):
    # Title on line 1, header on line 2 (HEADER_ROW=2); energy in Wh with thousands points (THOUSANDS=2,
    # DECIMAL=1 comma, ENERGY_UNIT=2 Wh); dates day first (DATE_ORDER=1 as written).
    # 7.400 Wh + 12.250,5 Wh = 19.6505 kWh in the region total.
    path = tmp_path / "rapport.csv"
    path.write_text(
        "Rapport juli 2024;;;;;\n"
        "Laadpunt;Start;Eind;Energie;Latitude;Longitude\n"
        "P1;01-07-2024 10:00;01-07-2024 12:00;7.400;51,43777;5,47851\n"
        "P1;02-07-2024 18:00;02-07-2024 21:00;12.250,5;51,43777;5,47851\n",
        encoding="utf-8",
    )
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {
            "INPUT": [str(path)],
            "MIN_CARDS": 1,
            "HEADER_ROW": 2,
            "THOUSANDS": 2,
            "DECIMAL": 1,
            "ENERGY_UNIT": 2,
            "DATE_ORDER": 1,
            "OUTPUT_POINTS": str(tmp_path / "p.gpkg"),
            "OUTPUT_AREAS": str(tmp_path / "a.gpkg"),
        },
    )
    areas = _layer(result["OUTPUT_AREAS"])
    region = [f for f in areas.getFeatures() if f["niveau"] == "regio" and f["periode"] == "periode"]
    assert region[0]["kwh"] == pytest.approx(19.6505)
    point = next(_layer(result["OUTPUT_POINTS"]).getFeatures())
    # 1-2 July as written (day first): 2 h + 3 h over 48 h
    assert point["bezetting_pct"] == pytest.approx(100 * 5 / 48)
