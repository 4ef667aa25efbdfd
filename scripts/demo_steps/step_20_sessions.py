"""Demo step: NAL usage indicators from CPO session data (synthetic sample, Eindhoven GM0772)."""

from __future__ import annotations

import openpyxl
from qgis.core import QgsVectorLayer

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.wording import format_number as number
from ral_zuid_plugin.core.sessions.quality import check_titles


def run(demo) -> list[str]:
    sample = demo.sample_data / "sessions"
    out = demo.output
    parameters = {
        "INPUT": [str(sample / "eindhoven_sessies_elaad.csv"), str(sample / "eindhoven_cdrs.ndjson")],
        "OUTPUT_POINTS": str(out / "laadpunten_bezetting.gpkg"),
        "OUTPUT_DAILY": str(out / "laadpunten_per_dag.gpkg"),
        "OUTPUT_AREAS": str(out / "laadsessies_gebieden.gpkg"),
        "OUTPUT_QUALITY": str(out / "laadsessies_kwaliteit.gpkg"),
        "OUTPUT_EXCLUDED": str(out / "laadsessies_uitgesloten.gpkg"),
        "OUTPUT_WORKBOOK": str(out / "nal_monitoring_laadsessies.xlsx"),
    }
    if demo.results.get("request_indicators"):  # step 15: the sheet Aanvragen joins the monitoring workbook
        parameters["REQUEST_INDICATORS"] = demo.results["request_indicators"]
    result = demo.run("ralzuid:sessionindicators", parameters)
    points = QgsVectorLayer(result["OUTPUT_POINTS"], "laadpunten", "ogr")
    demo.results["session_points"] = result["OUTPUT_POINTS"]
    occupancy = sorted(f["bezetting_pct"] for f in points.getFeatures())
    excluded = QgsVectorLayer(result["OUTPUT_EXCLUDED"], "uitgesloten", "ogr")
    reasons: dict[str, int] = {}
    for feature in excluded.getFeatures():
        reasons[feature["controle"]] = reasons.get(feature["controle"], 0) + 1
    book = openpyxl.load_workbook(result["OUTPUT_WORKBOOK"], read_only=True)
    # the workbook is in the demo's report language: its sheet and header names through the same translation
    regio = list(book[tr("Region")].iter_rows(values_only=True))
    header, period = regio[0], regio[-1]
    kwh = period[header.index(tr("Energy charged (kWh)"))]
    titles = check_titles()
    return [
        tr("laadpunten_bezetting.gpkg: {count} charge points (EVSE), occupancy median {median} %, max {max} %").format(
            count=points.featureCount(),
            median=number(occupancy[len(occupancy) // 2], 1),
            max=number(occupancy[-1], 1),
        ),
        tr("excluded sessions: {checks}").format(
            checks=", ".join("{} {}".format(n, titles.get(k, k)) for k, n in sorted(reasons.items()))
        ),
        tr("nal_monitoring_laadsessies.xlsx: {sheets} sheets, region {kwh}").format(
            sheets=len(book.sheetnames),
            kwh=tr("{kwh} kWh").format(kwh=number(kwh)) if isinstance(kwh, (int, float)) else tr("suppressed"),
        ),
    ]
