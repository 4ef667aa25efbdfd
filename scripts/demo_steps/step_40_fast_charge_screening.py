"""Demo step: screen eight hand-placed (synthetic) candidate fast-charge sites in Eindhoven (GM0772)."""

from __future__ import annotations

from collections import Counter

from qgis.core import QgsVectorLayer


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
        "{}: {} kandidaten, regels {} versie {} (sha256 {}…)".format(
            output.name, len(features), features[0]["regels_bestand"], rules["VERSION"], rules["SHA256"][:12]
        ),
        "advies: {} positief, {} nader onderzoek, {} negatief, {} verwezen of buiten regio".format(
            advice.get("positief", 0), advice.get("nader onderzoek", 0), advice.get("negatief", 0), referred
        ),
    ]
    for feature in features:
        lines.append(
            "  {} {:<42} {:<20} score {:>5}  ({})".format(
                feature["kandidaat_id"],
                feature["naam"][:42],
                feature["advies"],
                feature["score"],
                feature["locatie_gemeentenaam"] or "buiten regio",
            )
        )
    lines.append("rapporten: {} ({} HTML)".format(reports.name, len(list(reports.glob("*.html")))))
    return lines
