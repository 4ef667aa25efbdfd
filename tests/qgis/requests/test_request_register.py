"""``ralzuid:requestregister`` end to end: the small hand-made export (tests/data/requests), postcodes located
through a loopback stand-in of the Locatieserver over the QGIS network stack, outputs checked for the hand-worked
numbers of tests/core/requests/test_register.py and for personal data."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from tests.http_fakes import serve
from tests.locatieserver_fakes import FakeLocatieserver

DATA = Path(__file__).resolve().parents[2] / "data" / "requests" / "aanvragen_eindhoven_klein.csv"
SECRETS = ("Jansen", "example.nl", "AB-123-C", "XY-99-ZZ", "A-001", "Garage X", "5611")


def points_layer():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=toegang:string", "punten", "memory")
    features = []
    for x, y, access in ((161000, 383100, "publiek"), (161700, 383300, "publiek"), (158500, 381010, "privaat")):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([access])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def rows(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    return [{f.name(): feature[f.name()] for f in layer.fields()} for feature in layer.getFeatures()]


@pytest.fixture()
def locatieserver():
    with serve(lambda base: FakeLocatieserver(base + "/v3_1")) as (base, service):
        yield base + "/v3_1", service


def test_register_indicators_workbook_and_no_personal_data(run_algorithm, locatieserver, tmp_path):
    base, service = locatieserver
    result = run_algorithm(
        "ralzuid:requestregister",
        {"INPUT": str(DATA), "CHARGING_POINTS": points_layer(), "REFERENCE_DATE": "2025-10-01",
         "LOCATIESERVER_URL": base, "CACHE_FOLDER": str(tmp_path / "cache"),
         "OUTPUT": str(tmp_path / "register.gpkg"), "OUTPUT_INDICATORS": str(tmp_path / "indicators.gpkg"),
         "OUTPUT_EXCLUDED": str(tmp_path / "excluded.gpkg"), "OUTPUT_WORKBOOK": str(tmp_path / "aanvragen.xlsx"),
         "REPORT_LANGUAGE": 1},
    )  # fmt: skip
    register = {r["rij"]: r for r in rows(result["OUTPUT"])}
    # 10 kept requests, A-014 (row 16) not located: 9 points
    assert sorted(register) == [2, 3, 4, 5, 6, 7, 8, 9, 10]
    assert register[4]["locatiebron"] == "locatieserver" and register[4]["bediend"]  # 70.4 m from (161700, 383300)
    assert not register[8]["bediend"]  # the private point 10 m away does not count
    assert (
        register[2]["dagen_aanvraag_ingebruik"] == 126 and str(register[2]["datum_aanvraag"].toPyDate()) == "2025-01-06"
    )
    assert len(service.requests) == 1  # one postcode (5611EM) for
    indicators = {(r["gemeentecode"], r["kwartaal"]): r for r in rows(result["OUTPUT_INDICATORS"])}
    q1 = indicators[("GM0772", "2025-K1")]
    assert (q1["mediaan_totaal"], q1["p90_totaal"], q1["binnen_norm_pct"]) == (138.0, 185.0, 50.0)
    excluded = sorted((r["rij"], r["gevolg"]) for r in rows(result["OUTPUT_EXCLUDED"]))
    assert [row for row, _ in excluded] == [11, 12, 13, 14, 15, 16]
    with zipfile.ZipFile(result["OUTPUT_WORKBOOK"]) as book:
        text = " ".join(book.read(name).decode("utf-8", "replace") for name in book.namelist())
    assert "Aanvragen" in text and "Mediaan aanvraag-ingebruikname (dagen)" in text
    for path in (result["OUTPUT"], result["OUTPUT_INDICATORS"], result["OUTPUT_EXCLUDED"]):
        content = Path(path).read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in content, (path, secret)
    for secret in SECRETS:
        assert secret not in text


def test_offline_reports_what_could_not_be_located(run_algorithm, tmp_path):
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos = []

        def pushInfo(self, info):
            self.infos.append(info)

    feedback = Recorder()
    result = run_algorithm(
        "ralzuid:requestregister",
        {"INPUT": str(DATA), "CHARGING_POINTS": points_layer(), "REFERENCE_DATE": "2025-10-01", "OFFLINE": True,
         "CACHE_FOLDER": str(tmp_path / "empty"), "OUTPUT": str(tmp_path / "register.gpkg"),
         "OUTPUT_EXCLUDED": str(tmp_path / "excluded.gpkg")},
        feedback,
    )  # fmt: skip
    off_map = [r for r in rows(result["OUTPUT_EXCLUDED"]) if r["gevolg"] != "left out"]
    assert sorted(r["rij"] for r in off_map) == [4, 16]
    assert all("could not be asked" in r["reden"] for r in off_map)
    assert any("8 by coordinates, 0 by postcode and house number, 2 not located" in i for i in feedback.infos)


def test_a_missing_column_is_a_located_message(run_algorithm, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Naam;Datum aanvraag;Postcode\nJan;01-01-2025;5611EM\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"file bad.csv, row 1: required columns are missing: request_id"):
        run_algorithm("ralzuid:requestregister", {"INPUT": str(bad), "OUTPUT": str(tmp_path / "r.gpkg")})
    assert not (tmp_path / "r.gpkg").exists()


def test_an_unreadable_date_names_file_row_and_column(run_algorithm, tmp_path):
    bad = tmp_path / "dates.csv"
    bad.write_text("Aanvraagnummer;Datum aanvraag;X;Y\n1;01-02-2025;161000;383000\n2;31-02-2025;161000;383000\n",
                   encoding="utf-8")  # fmt: skip
    with pytest.raises(QgsProcessingException, match=r"file dates.csv, row 3, column 'Datum aanvraag'"):
        run_algorithm("ralzuid:requestregister", {"INPUT": str(bad), "OUTPUT": str(tmp_path / "r.gpkg")})


def test_the_request_sheet_joins_the_nal_monitoring_workbook(run_algorithm, tmp_path):
    import openpyxl

    indicators = run_algorithm(
        "ralzuid:requestregister",
        {"INPUT": str(DATA), "CHARGING_POINTS": points_layer(), "REFERENCE_DATE": "2025-10-01", "GEOCODE": False,
         "OUTPUT": str(tmp_path / "register.gpkg"), "OUTPUT_INDICATORS": str(tmp_path / "indicators.gpkg")},
    )["OUTPUT_INDICATORS"]  # fmt: skip
    sessions = Path(__file__).resolve().parents[2] / "data" / "sessions" / "elaad_small.csv"
    result = run_algorithm(
        "ralzuid:sessionindicators",
        {"INPUT": [str(sessions)], "MIN_CARDS": 1, "REQUEST_INDICATORS": indicators, "REPORT_LANGUAGE": 1,
         "OUTPUT_POINTS": str(tmp_path / "p.gpkg"), "OUTPUT_WORKBOOK": str(tmp_path / "nal.xlsx")},
    )  # fmt: skip
    book = openpyxl.load_workbook(result["OUTPUT_WORKBOOK"], read_only=True)
    assert "Laadpunten" in book.sheetnames and "Aanvragen" in book.sheetnames
    rows = list(book["Aanvragen"].iter_rows(values_only=True))
    table = [dict(zip(rows[0], r)) for r in rows[1:]]  # one part: the header is the first row
    q1 = next(r for r in table if r["Gemeentecode"] == "GM0772" and r["Kwartaal (datum aanvraag)"] == "2025-K1")
    # hand-worked in tests/core/requests: Q1 Eindhoven realised totals 100, 126, 150, 200
    assert (q1["Mediaan aanvraag-ingebruikname (dagen)"], q1["P90 aanvraag-ingebruikname (dagen)"]) == (138, 185)
    assert q1["Gerealiseerd binnen de norm (%)"] == 50
    book.close()


def test_open_requests_without_a_point_feed_the_placement_proposals(run_algorithm, tmp_path):
    register = run_algorithm(
        "ralzuid:requestregister",
        {"INPUT": str(DATA), "CHARGING_POINTS": points_layer(), "REFERENCE_DATE": "2025-10-01", "GEOCODE": False,
         "OUTPUT": str(tmp_path / "register.gpkg")},
    )["OUTPUT"]  # fmt: skip
    result = run_algorithm(
        "ralzuid:placementproposals", {"REQUESTS": register, "OUTPUT": str(tmp_path / "proposals.gpkg")}
    )
    ranked = sorted(rows(result["OUTPUT"]), key=lambda r: r["rang"])
    # open and unserved: A-007 (158500, 381000; 61 days old) and A-009 (Tilburg; 30 days): one laadpunt each,
    # the longer wait first; are open but have a public point within 250 m
    assert [(r["rang"], r["bron"], r["extra_laadpunten"], r["gemeentecode"]) for r in ranked] == [
        (1, "aanvragen", 1, "GM0772"), (2, "aanvragen", 1, "GM0855")]  # fmt: skip
    assert "61 days" in ranked[0]["reden"]


def test_the_plankaart_shows_the_open_requests(run_algorithm, tmp_path):
    import subprocess

    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    register = run_algorithm(
        "ralzuid:requestregister",
        {"INPUT": str(DATA), "CHARGING_POINTS": points_layer(), "REFERENCE_DATE": "2025-10-01", "GEOCODE": False,
         "OUTPUT": str(tmp_path / "register.gpkg")},
    )["OUTPUT"]  # fmt: skip
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    root = Path(__file__).resolve().parents[3]
    output = tmp_path / "plankaart.pdf"
    processing.run(
        "ralzuid:planmap",
        {"GEMEENTECODE": "GM0772", "LOCATIONS": str(root / "sample_data" / "planmap" / "locaties_eindhoven.geojson"),
         "REQUESTS": register, "OUTPUT": str(output)},
        context=context, feedback=QgsProcessingFeedback(),
    )  # fmt: skip
    text = " ".join(subprocess.run(["pdftotext", "-raw", str(output), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())  # fmt: skip
    assert "Open aanvragen voor een publiek laadpunt" in text  # the legend entry, in the plankaart's Dutch
