"""Demo step: screen eight hand-placed (synthetic) candidate fast-charge sites in Eindhoven (GM0772)."""

from __future__ import annotations

from collections import Counter

from qgis.core import QgsVectorLayer

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.wording import advice_label
from ral_zuid_plugin.core.screening.wording import format_number as number


def _advice(code: str) -> str:
    referrals = {"rijkswaterstaat": tr("route Rijkswaterstaat"), "reguliere procedure": tr("regular procedure")}
    return referrals.get(code) or advice_label(code)


def run(demo) -> list[str]:
    samples = demo.sample_data / "screening"
    output = demo.output / "snellaadlocaties_getoetst.gpkg"
    reports = demo.output / "snellaadlocaties_rapporten"
    result = demo.run(
        "ralzuid:fastchargescreening",
        {
            "CANDIDATES": str(samples / "kandidaten_eindhoven.geojson"),
            "SEARCH_AREAS": str(samples / "zoekgebieden_eindhoven_synthetisch.geojson"),
            "CONGESTION": str(samples / "netcongestie_eindhoven_synthetisch.geojson"),
            "PROTECTED_AREAS": str(samples / "beschermde_gebieden_eindhoven_synthetisch.geojson"),
            "OUTPUT": str(output),
            "REPORT_FOLDER": str(reports),
        },
    )
    rules = demo.run("ralzuid:fastchargerules", {"OUTPUT_HTML": str(demo.output / "snellaadvisie_regels.html")})
    layer = QgsVectorLayer(result["OUTPUT"], "getoetst", "ogr")
    features = list(layer.getFeatures())
    advice = Counter(feature["advies"] for feature in features)
    referred = sum(count for code, count in advice.items() if code not in ("positief", "nader onderzoek", "negatief"))
    demo.results["screened_candidates"] = result["OUTPUT"]
    demo.results["screening_reports"] = result["REPORT_FOLDER"]
    lines = [
        tr("{file}: {count} candidates, rules {rules} version {version} (sha256 {sha}…)").format(
            file=output.name,
            count=len(features),
            rules=features[0]["regels_bestand"],
            version=rules["VERSION"],
            sha=rules["SHA256"][:12],
        ),
        tr("advice: {positive} positive, {study} further study, {negative} negative, {referred} referred or outside "
           "the region").format(
            positive=advice.get("positief", 0),
            study=advice.get("nader onderzoek", 0),
            negative=advice.get("negatief", 0),
            referred=referred,
        ),
    ]  # fmt: skip
    for feature in features:
        lines.append(
            "  {} {:<42} {:<24} {} {:>5}  ({})".format(
                feature["kandidaat_id"],
                feature["naam"][:42],
                _advice(feature["advies"]),
                tr("score"),
                number(feature["score"], 1),
                feature["locatie_gemeentenaam"] or advice_label("buiten regio"),
            )
        )
    lines.append(
        tr("reports: {folder} ({count} HTML)").format(folder=reports.name, count=len(list(reports.glob("*.html"))))
    )
    return lines
