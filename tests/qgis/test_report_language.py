"""Reports in the language the user chooses (#18.7): REPORT_LANGUAGE, default the language of QGIS."""

from __future__ import annotations

import threading
from pathlib import Path

from qgis.core import QgsVectorLayer

from ral_zuid_plugin.core import i18n
from ral_zuid_plugin.core.i18n import tr

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_data" / "screening"


def _screen(run_algorithm, tmp_path: Path, language: int) -> tuple[dict, str]:
    output = tmp_path / "getoetst_{}.gpkg".format(language)
    reports = tmp_path / "rapporten_{}".format(language)
    run_algorithm(
        "ralzuid:fastchargescreening",
        {
            "CANDIDATES": str(SAMPLES / "kandidaten_eindhoven.geojson"),
            "SEARCH_AREAS": str(SAMPLES / "zoekgebieden_eindhoven_synthetisch.geojson"),
            "CONGESTION": str(SAMPLES / "netcongestie_eindhoven_synthetisch.geojson"),
            "OUTPUT": str(output),
            "REPORT_FOLDER": str(reports),
            "REPORT_LANGUAGE": language,
        },
    )
    layer = QgsVectorLayer(str(output), "uit", "ogr")
    reasons = {f["kandidaat_id"]: f["advies_reden"] for f in layer.getFeatures()}
    return reasons, (reports / "EHV08.html").read_text(encoding="utf-8")


def test_screening_reasons_and_reports_follow_the_report_language(run_algorithm, tmp_path):
    # EHV08 offers 43 kW, not "more than 43 kW": the power knock-out fails (reasoned by hand in
    # tests/core/screening/test_expert_advice.py). The Dutch sentence is the .ts translation of the English one.
    dutch, dutch_report = _screen(run_algorithm, tmp_path, 1)
    assert dutch["EHV08"] == "Negatief: niet voldaan aan het knock-outcriterium Vermogen voor de doelgroep."
    assert '<html lang="nl">' in dutch_report
    english, english_report = _screen(run_algorithm, tmp_path, 2)
    assert english["EHV08"] == "Negative: the knock-out criterion Power for the target group is not met."
    assert '<html lang="en">' in english_report
    # default = the language of QGIS, English in these tests
    default, _ = _screen(run_algorithm, tmp_path, 0)
    assert default == english
    # the run's language did not leak into the rest of QGIS
    assert i18n.language() == "en" and tr("Charging pressure") == "Charging pressure"


def test_report_language_is_per_thread(ralzuid_provider):
    from ral_zuid_plugin.adapters.translation import report_translator

    seen = {}

    def algorithm_thread():
        with i18n.language_override("nl", report_translator("nl")):
            seen["thread"] = (i18n.language(), tr("Charging pressure"))
            seen["main_during"] = None

    with i18n.language_override("en", None):
        worker = threading.Thread(target=algorithm_thread)
        worker.start()
        worker.join()
        assert (i18n.language(), tr("Charging pressure")) == ("en", "Charging pressure")
    assert seen["thread"] == ("nl", "Laaddruk")
    # a source text beyond ASCII (km²) translates too (PyQt5 would pass it to Qt as ASCII and fail)
    assert report_translator("nl")("electric cars per km²") == "elektrische auto's per km²"


def test_every_report_writing_algorithm_has_the_parameter(ralzuid_provider):
    # the algorithms that write texts for people: workbooks (sessions, prognosis, request register, review month
    # report), HTML (screening reports, rule overview, logistics report), reasons and legends (pressure, proposals,
    # review inbox). The others write data (open data, gemeenten, packages, statuses, decisions) or have their own
    # map language (planmap).
    with_parameter = sorted(
        a.name() for a in ralzuid_provider.algorithms() if a.parameterDefinition("REPORT_LANGUAGE") is not None
    )
    assert with_parameter == sorted(
        ["sessionindicators", "chargingpressure", "prognosedpressure", "placementproposals", "fastchargescreening",
         "zeslogistics", "requestregister", "fastchargerules", "reviewinbox", "reviewreport"]
    )  # fmt: skip
    definition = ralzuid_provider.algorithm("fastchargescreening").parameterDefinition("REPORT_LANGUAGE")
    assert definition.options() == ["Language of QGIS", "Dutch", "English"] and definition.defaultValue() == 0
