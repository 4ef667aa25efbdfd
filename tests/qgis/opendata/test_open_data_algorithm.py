"""``ralzuid:opendata`` over real HTTP on 127.0.0.1 through QGIS's network stack, against a stand-in that answers
like PDOK; then the prognosis on the downloaded buurten. Never a real network call."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from tests.http_fakes import serve
from tests.opendata_fakes import BUURTEN, SQUARES, FakeFeaturesService, FakeOcpiService
from tests.qgis.submission.servers import free_port

ROOT = Path(__file__).resolve().parents[3]
RATE_NB_2030 = 309_500 / 1_200_786  # electric cars per household in Noord-Brabant, plan 2030
ATTRIBUTION = "CBS / Kadaster, Wijken en buurten 2024, via PDOK (CC BY 4.0)"


class Recorder(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info):
        self.infos.append(info)

    def pushWarning(self, warning):
        self.warnings.append(warning)


@pytest.fixture()
def pdok():
    """An HTTP server on 127.0.0.1 answering like PDOK; a ("timeout",) fault makes it answer 3 s late."""
    late = (200, {"content-type": "application/geo+json"}, b'{"type": "FeatureCollection"}')
    collections = {"buurten": list(BUURTEN), "vierkantstatistieken500m": list(SQUARES)}
    with serve(lambda base: FakeFeaturesService(base, collections), late_answer=late) as (base, service):
        yield base, service


def layer_rows(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    return [{f.name(): feature[f.name()] for f in layer.fields()} for feature in layer.getFeatures()]


def test_buurten_and_squares_over_http_with_a_429_then_the_prognosis_reads_them(run_algorithm, pdok, tmp_path):
    base, service = pdok
    service.faults.append(("status", 429, {"Retry-After": "1"}, b'{"title": "Too Many Requests", "status": 429}'))
    feedback = Recorder()
    result = run_algorithm(
        "ralzuid:opendata",
        {
            "GEMEENTECODE": "GM0772",
            "BUURTEN": True,
            "SQUARES": 1,
            "BUURTEN_URL": base + "/cbs/wijken-en-buurten-2024/ogc/v1",
            "SQUARES_URL": base + "/cbs/vierkantstatistieken500m/ogc/v1",
            "CACHE_FOLDER": str(tmp_path / "cache"),
            "OUTPUT_BUURTEN": str(tmp_path / "buurten.gpkg"),
            "OUTPUT_SQUARES": str(tmp_path / "vierkanten.gpkg"),
        },
        feedback,
    )
    # 429 once, then: buurten 5 in the bbox on 3 pages of 2; squares 5 in the bbox on 3 pages
    assert len(service.requests) == 1 + 3 + 3
    assert "crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F28992" in service.requests[0]
    assert any("HTTP 429" in w for w in feedback.warnings)
    buurten = layer_rows(result["OUTPUT_BUURTEN"])
    assert [b["buurtcode"] for b in buurten] == ["BU07720001", "BU07720002", "BU07720003"]
    assert [b["huishoudens"] for b in buurten][:2] == [1200, 800]
    assert buurten[2]["huishoudens"] is None or str(buurten[2]["huishoudens"]) == "NULL"
    assert {b["bron"] for b in buurten} == {ATTRIBUTION}
    squares = layer_rows(result["OUTPUT_SQUARES"])
    assert sorted(s["vierkantcode"] for s in squares) == ["E1552N3867", "E1610N3830", "E1610N3835", "E1615N3830"]
    assert result["NOT_FETCHED"] == ""
    assert ATTRIBUTION in result["SOURCES"] and "Vierkantstatistieken 500 m" in result["SOURCES"]
    meta = json.loads((tmp_path / "cache" / "buurten_2024_GM0772.json").read_text(encoding="utf-8"))
    assert meta["licence"] == "CC BY 4.0" and meta["attribution"] == ATTRIBUTION

    prognosis = run_algorithm(
        "ralzuid:prognosedpressure",
        {
            "DEMAND": result["OUTPUT_BUURTEN"],
            "HOUSEHOLDS_FIELD": "huishoudens",
            "YEAR": 2030,
            "OUTPUT_AREAS": str(tmp_path / "gap.gpkg"),
        },
    )
    areas = {row["buurtcode"]: row for row in layer_rows(prognosis["OUTPUT_AREAS"])}
    # by hand: 1200 and 800 households * 0.257748 cars per household (Noord-Brabant 2030); the secret one counts 0
    assert areas["BU07720001"]["ev_prognose"] == pytest.approx(1200 * RATE_NB_2030)
    assert areas["BU07720002"]["ev_prognose"] == pytest.approx(800 * RATE_NB_2030)
    assert areas["BU07720003"]["ev_prognose"] == 0
    assert areas["BU07720001"]["bron"] == ATTRIBUTION  # the attribution travels into the prognosis table


def test_offline_it_says_what_it_could_not_fetch_and_uses_an_older_download(run_algorithm, pdok, tmp_path):
    base, service = pdok
    cache = str(tmp_path / "cache")
    run_algorithm(
        "ralzuid:opendata",
        {"GEMEENTECODE": "GM0772", "SQUARES": 0, "BUURTEN_URL": base, "CACHE_FOLDER": cache,
         "OUTPUT_BUURTEN": str(tmp_path / "first.gpkg")},
    )  # fmt: skip
    closed = "http://127.0.0.1:{}".format(free_port())  # nothing listens there
    feedback = Recorder()
    result = run_algorithm(
        "ralzuid:opendata",
        {"GEMEENTECODE": "GM0772", "SQUARES": 1, "BUURTEN_URL": closed, "SQUARES_URL": closed,
         "CACHE_FOLDER": cache, "MAX_AGE_DAYS": 0, "OUTPUT_BUURTEN": str(tmp_path / "buurten.gpkg"),
         "OUTPUT_SQUARES": str(tmp_path / "squares.gpkg")},
        feedback,
    )  # fmt: skip
    assert result["NOT_FETCHED"].startswith("CBS vierkantstatistieken 500 m: could not reach http://127.0.0.1:")
    assert "OUTPUT_SQUARES" not in result
    assert len(layer_rows(result["OUTPUT_BUURTEN"])) == 3  # from the cache, and it says so
    assert any("Using the older download of" in w for w in feedback.warnings)

    with pytest.raises(QgsProcessingException, match="Nothing could be fetched"):
        run_algorithm(
            "ralzuid:opendata",
            {"GEMEENTECODE": "GM0772", "BUURTEN": False, "SQUARES": 1, "SQUARES_URL": closed,
             "CACHE_FOLDER": str(tmp_path / "empty"), "OUTPUT_SQUARES": str(tmp_path / "none.gpkg")},
        )  # fmt: skip
    assert not (tmp_path / "none.gpkg").exists()


def test_a_timeout_is_retried_through_the_qgis_network_stack(run_algorithm, pdok, tmp_path):
    base, service = pdok
    service.faults.append(("timeout",))
    feedback = Recorder()
    started = time.monotonic()
    result = run_algorithm(
        "ralzuid:opendata",
        {"GEMEENTECODE": "GM0772", "SQUARES": 0, "BUURTEN_URL": base, "CACHE_FOLDER": str(tmp_path / "c"),
         "TIMEOUT": 1, "OUTPUT_BUURTEN": str(tmp_path / "buurten.gpkg")},
        feedback,
    )  # fmt: skip
    assert len(layer_rows(result["OUTPUT_BUURTEN"])) == 3
    assert any("no answer from the service" in w for w in feedback.warnings)
    assert time.monotonic() - started < 10  # 1 s time-out + 2 s back-off, not the 3 s late answer plus more


def test_an_unknown_gemeente_is_a_clear_message(run_algorithm, tmp_path):
    with pytest.raises(QgsProcessingException, match="GM0363 is not in Noord-Brabant or Limburg"):
        run_algorithm("ralzuid:opendata", {"GEMEENTECODE": "GM0363", "CACHE_FOLDER": str(tmp_path)})


def test_ndw_charging_points_over_http_feed_the_prognosis_as_existing_points(run_algorithm, tmp_path):
    from tests.opendata_fakes import LOCATIONS

    feedback = Recorder()
    with serve(lambda base: FakeOcpiService(base, LOCATIONS)) as (base, _service):
        result = run_algorithm(
            "ralzuid:opendata",
            {"GEMEENTECODE": "GM0772", "BUURTEN": False, "SQUARES": 0, "CHARGING_POINTS": True,
             "CHARGING_URL": base + "/charging_point_locations_ocpi.json.gz",
             "CACHE_FOLDER": str(tmp_path / "cache"), "OUTPUT_CHARGING": str(tmp_path / "laadpunten.gpkg")},
            feedback,
        )  # fmt: skip
    rows = {row["location_id"]: row for row in layer_rows(result["OUTPUT_CHARGING"])}
    # by hand (see tests/opendata_fakes.py): 3 sites in Eindhoven, L1 merged into its 22 kW duplicate
    assert sorted(rows) == ["NLTSTL2", "NLTSTL5", "b1c2-uuid"]
    assert {k: (r["laadpunten"], r["toegang"]) for k, r in rows.items()} == {
        "NLTSTL2": (1, "semipubliek"),
        "NLTSTL5": (1, "onbekend"),
        "b1c2-uuid": (2, "publiek"),
    }
    assert any("4 charge points (1 public, 1 semi-public, 1 unknown access)" in m for m in feedback.infos)
    assert "NDW, landelijke laadpuntdata" in result["SOURCES"]

    # one buurt of 1000 households around the sites, the NDW layer as existing points: 4 laadpunten counted
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle

    from ral_zuid_plugin.adapters.qgis_compat import field_type

    demand = QgsVectorLayer("Polygon?crs=EPSG:28992", "buurt", "memory")
    demand.dataProvider().addAttributes([QgsField("huishoudens", field_type("Int"))])
    demand.updateFields()
    feature = QgsFeature(demand.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(160_000, 382_000, 163_000, 385_000)))
    feature.setAttributes([1000])
    demand.dataProvider().addFeature(feature)
    prognosis = run_algorithm(
        "ralzuid:prognosedpressure",
        {"DEMAND": demand, "HOUSEHOLDS_FIELD": "huishoudens", "EXISTING": result["OUTPUT_CHARGING"],
         "OUTPUT_AREAS": str(tmp_path / "gap.gpkg")},
    )  # fmt: skip
    (area,) = layer_rows(prognosis["OUTPUT_AREAS"])
    assert area["laadpunten_bestaand"] == 4  # 2 + 1 + 1 from the field laadpunten, not 2 per location


def test_cbs_attribution_reaches_the_proposals_and_the_plankaart_sources_line(run_algorithm, pdok, tmp_path):
    import subprocess

    import processing
    from qgis.core import QgsProcessingContext, QgsProject

    base, _service = pdok
    fetched = run_algorithm(
        "ralzuid:opendata",
        {"GEMEENTECODE": "GM0772", "SQUARES": 0, "BUURTEN_URL": base, "CACHE_FOLDER": str(tmp_path / "cache"),
         "OUTPUT_BUURTEN": str(tmp_path / "buurten.gpkg")},
    )  # fmt: skip
    prognosis = run_algorithm(
        "ralzuid:prognosedpressure",
        {"DEMAND": fetched["OUTPUT_BUURTEN"], "HOUSEHOLDS_FIELD": "huishoudens",
         "OUTPUT_AREAS": str(tmp_path / "gap.gpkg")},
    )  # fmt: skip
    proposals = run_algorithm(
        "ralzuid:placementproposals",
        {"PROGNOSIS_AREAS": prognosis["OUTPUT_AREAS"], "OUTPUT": str(tmp_path / "voorstel.gpkg")},
    )
    rows = layer_rows(proposals["OUTPUT"])
    # 1200 and 800 households give a gap (309 and 206 cars / 5 minus the few NDW points); each row carries the source
    assert rows and {row["gegevensbron"] for row in rows} == {ATTRIBUTION}
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    output = tmp_path / "plankaart.pdf"
    processing.run(
        "ralzuid:planmap",
        {"GEMEENTECODE": "GM0772", "LOCATIONS": str(ROOT / "sample_data" / "planmap" / "locaties_eindhoven.geojson"),
         "PROPOSAL_AREAS": proposals["OUTPUT"], "OUTPUT": str(output)},
        context=context, feedback=QgsProcessingFeedback(),
    )  # fmt: skip
    text = " ".join(subprocess.run(["pdftotext", str(output), "-"], capture_output=True, text=True).stdout.split())
    assert "Wijken en buurten 2024, via PDOK (CC BY 4.0)" in text


def test_the_whole_region_at_once(run_algorithm, pdok, tmp_path):
    base, service = pdok
    result = run_algorithm(
        "ralzuid:opendata",
        {"GEMEENTECODE": "", "SQUARES": 1, "BUURTEN_URL": base, "SQUARES_URL": base,
         "CACHE_FOLDER": str(tmp_path / "cache"), "OUTPUT_BUURTEN": str(tmp_path / "b.gpkg"),
         "OUTPUT_SQUARES": str(tmp_path / "s.gpkg")},
    )  # fmt: skip
    # the region's bbox holds all 6 buurten; the water buurt is left out: Eindhoven 3, Oirschot 1, Tilburg 1
    buurten = layer_rows(result["OUTPUT_BUURTEN"])
    assert sorted(b["buurtcode"] for b in buurten) == ["BU07720001", "BU07720002", "BU07720003", "BU08230001",
                                                       "BU08550001"]  # fmt: skip
    # every square has its centre in a gemeente of the region: 4 Eindhoven, 1 Oirschot, 1 Tilburg
    squares = {s["vierkantcode"]: s["gemeentecode"] for s in layer_rows(result["OUTPUT_SQUARES"])}
    assert squares["E1525N3895"] == "GM0823" and squares["E1330N3970"] == "GM0855"
    assert sorted(squares.values()).count("GM0772") == 4
    assert (tmp_path / "cache" / "buurten_2024_regio87.json").is_file()


def test_cancel_between_datasets_writes_no_output(run_algorithm, pdok, tmp_path):
    base, service = pdok

    class CancelAtHalf(QgsProcessingFeedback):
        def isCanceled(self):
            return self.progress() >= 50  # buurten are read (0-50 %), the squares not yet

    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        run_algorithm(
            "ralzuid:opendata",
            {"GEMEENTECODE": "GM0772", "SQUARES": 1, "BUURTEN_URL": base, "SQUARES_URL": base,
             "CACHE_FOLDER": str(tmp_path / "cache"), "OUTPUT_BUURTEN": str(tmp_path / "b.gpkg"),
             "OUTPUT_SQUARES": str(tmp_path / "s.gpkg")},
            CancelAtHalf(),
        )  # fmt: skip
    assert not (tmp_path / "b.gpkg").exists() and not (tmp_path / "s.gpkg").exists()
    assert all("vierkant" not in url for url in service.requests)  # stopped before asking for the squares


def test_registered_electric_cars_over_http_become_the_prognosis_own_numbers(run_algorithm, tmp_path):
    from tests.opendata_fakes import PC4_AREAS, RDW_ROWS, FakeSocrataService

    class PdokAndRdw:  # one loopback server: /pc4 answers like PDOK, /rdw like RDW's Socrata
        def __init__(self, base):
            self.pc4 = FakeFeaturesService(base + "/pc4", {"postcode4": PC4_AREAS})
            self.socrata = FakeSocrataService(
                RDW_ROWS, faults=[("status", 429, {"Retry-After": "1"}, b'{"message": "slow down"}')]
            )

        def answer(self, url):
            return (self.socrata if "/rdw/" in url else self.pc4).answer(url)

    feedback = Recorder()
    with serve(PdokAndRdw) as (base, _services):
        result = run_algorithm(
            "ralzuid:opendata",
            {"GEMEENTECODE": "GM0772", "BUURTEN": False, "SQUARES": 0, "EV_COUNTS": True,
             "RDW_URL": base + "/rdw/resource/8wbe-pu7d.json", "PC4_URL": base + "/pc4",
             "CACHE_FOLDER": str(tmp_path / "cache"), "OUTPUT_EV": str(tmp_path / "ev.gpkg")},
            feedback,
        )  # fmt: skip
    (row,) = layer_rows(result["OUTPUT_EV"])
    # by hand (tests/opendata_fakes.py): 120 + 75 electric, 30 plug-in hybrid, 1 of 3 PC4 areas without electric
    assert (row["gemeentecode"], row["ev_geregistreerd"], row["phev_geregistreerd"]) == ("GM0772", 195, 30)
    assert (row["pc4_gebieden"], row["pc4_zonder_ev"]) == (3, 1)
    assert any("HTTP 429" in w for w in feedback.warnings)
    assert any("195 fully electric and 30 plug-in hybrid" in m and "lower bounds" in m for m in feedback.infos)
    assert "RDW open data" in result["SOURCES"] and result["NOT_FETCHED"] == ""

    demand = QgsVectorLayer(
        str(ROOT / "sample_data" / "pressure" / "eindhoven_huishoudens_500m_synthetisch.geojson"), "d", "ogr"
    )
    assert demand.isValid()
    log = Recorder()
    run_algorithm(
        "ralzuid:prognosedpressure",
        {"DEMAND": demand, "HOUSEHOLDS_FIELD": "huishoudens", "MUNICIPALITY_TABLE": result["OUTPUT_EV"], "YEAR": 2030,
         "OUTPUT_AREAS": str(tmp_path / "gap.gpkg")},
        log,
    )  # fmt: skip
    assert any("1 gemeente(n) start from their registered electric cars." in m for m in log.infos)
    # the RDW attribution travels into the prognosis's method text (the workbook's and the METHOD output)
    assert any("The gemeente's own numbers: RDW open data, Brandstoffen op PC4" in m for m in log.infos)


def test_squares_from_a_wfs_over_http(run_algorithm, tmp_path):
    from tests.opendata_fakes import FakeWfsService

    types = ["vierkantstatistieken500m:vierkant_500m"]
    with serve(lambda base: FakeWfsService(types, list(SQUARES), number_matched=True)) as (base, service):
        result = run_algorithm(
            "ralzuid:opendata",
            {"GEMEENTECODE": "GM0772", "BUURTEN": False, "SQUARES": 1,
             "SQUARES_URL": base + "/cbs/vierkantstatistieken500m/2024/wfs/v1_0",
             "CACHE_FOLDER": str(tmp_path / "cache"), "OUTPUT_SQUARES": str(tmp_path / "vierkanten.gpkg")},
        )  # fmt: skip
    squares = layer_rows(result["OUTPUT_SQUARES"])
    assert sorted(s["vierkantcode"] for s in squares) == ["E1552N3867", "E1610N3830", "E1610N3835", "E1615N3830"]
    assert "GetCapabilities" in service.requests[0] and "GetFeature" in service.requests[1]


def test_refresh_the_snapshot_then_go_back_to_the_bundled_one(run_algorithm, tmp_path):
    from ral_zuid_plugin.core.reference import charging_locations
    from tests.opendata_fakes import LOCATIONS

    cache = tmp_path / "cache"
    with serve(lambda base: FakeOcpiService(base, LOCATIONS)) as (base, _service):
        with pytest.raises(QgsProcessingException, match="in a run of its own"):
            run_algorithm("ralzuid:opendata", {"SNAPSHOT": 1, "CACHE_FOLDER": str(cache)})  # buurten is on by default
        feedback = Recorder()
        result = run_algorithm(
            "ralzuid:opendata",
            {"BUURTEN": False, "SQUARES": 0, "SNAPSHOT": 1, "CACHE_FOLDER": str(cache),
             "CHARGING_URL": base + "/charging_point_locations_ocpi.json.gz"},
            feedback,
        )  # fmt: skip
    # by hand: 4 published sites with coordinates in the region (3 in Eindhoven, 1 in Tilburg), 1 of them fast
    assert any("snapshot refreshed: 4 locations" in m and "(1 fast, 5 charge points)" in m for m in feedback.infos)
    previous = charging_locations.snapshot_folder()
    bundled = len(charging_locations.load_public_charging_locations())  # the bundled snapshot, duplicates merged
    assert any("before: {} locations".format(bundled) in m for m in feedback.infos)
    assert "NDW, landelijke laadpuntdata" in result["SOURCES"]
    charging_locations.use_snapshot_folder(cache / "snapshot")
    try:
        assert len(charging_locations.load_public_charging_locations()) == 4
        run_algorithm("ralzuid:opendata", {"BUURTEN": False, "SQUARES": 0, "SNAPSHOT": 2, "CACHE_FOLDER": str(cache)})
        assert len(charging_locations.load_public_charging_locations(deduplicate=False)) == 15379
    finally:
        charging_locations.use_snapshot_folder(previous)
