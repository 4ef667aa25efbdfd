"""Demo step: ZES charging sites for Eindhoven's zero-emission zone (GM0772), ranked with one line of reasons.

No municipal layer of business parks, depots or hubs ships with the plugin, so the algorithm falls back on
500 m search cells near the zone (it says so). The synthetic grid congestion areas of the screening sample
and, when the sessions step ran, its (synthetic) charge point indicators are used.
"""

from __future__ import annotations

from qgis.core import QgsVectorLayer


def _line(feature) -> str:
    reasons = [
        feature["afstand_ze_grens_reden"],
        feature["gat_snelladen_reden"] if feature["site_type"] != "vrachtwagen" else feature["gat_vrachtladen_reden"],
    ]
    if feature["site_type"] == "vrachtwagen":
        reasons.append(feature["netcongestie_vracht_reden"])
    return "{rang:>2}. {naam} | {advies}, score {score} | {punten} laadpunten, {kwh:,.0f} kWh/dag | {reden}".format(
        rang=feature["rang"],
        naam=feature["naam"],
        advies=feature["advies"],
        score=feature["score"],
        punten=feature["aantal_laadpunten"],
        kwh=feature["kwh_per_dag"],
        reden="; ".join(reasons),
    )


def run(demo) -> list[str]:
    parameters = {
        "GEMEENTECODE": "GM0772",
        "CONGESTION": str(demo.sample_data / "screening" / "netcongestie_eindhoven_synthetisch.geojson"),
        "OUTPUT": str(demo.output / "zes_laadlocaties_eindhoven.gpkg"),
        "OUTPUT_ZONES": str(demo.output / "zes_zones_eindhoven.gpkg"),
        "REPORT": str(demo.output / "zes_laadlocaties_eindhoven.html"),
    }
    if demo.results.get("session_points"):
        parameters["SESSION_POINTS"] = demo.results["session_points"]
    result = demo.run("ralzuid:zeslogistics", parameters)
    demo.results["zes_sites"] = result["OUTPUT"]
    demo.results["zes_zones"] = result["OUTPUT_ZONES"]
    sites = sorted(QgsVectorLayer(result["OUTPUT"], "zes", "ogr").getFeatures(), key=lambda f: f["rang"])
    zone = next(QgsVectorLayer(result["OUTPUT_ZONES"], "zones", "ogr").getFeatures())
    lines = [
        "{}: {} locaties bij {} ({}, geldig vanaf {}); {}".format(
            "zes_laadlocaties_eindhoven.gpkg",
            len(sites),
            zone["zone_naam"],
            zone["zone_id"],
            zone["geldig_vanaf"][:10],
            sites[0]["gegevensbasis"],
        ),
        "e-bestelbussen 2030 {:,.0f}, e-vrachtwagens {:,.0f}; laadpunten depot/laadplein/vracht {}/{}/{}; "
        "bestaand snelladen/vrachtladen binnen 3 km {}/{}".format(
            zone["voertuigen_laadplein"],
            zone["voertuigen_vrachtwagen"],
            zone["punten_depot"],
            zone["punten_laadplein"],
            zone["punten_vrachtwagen"],
            zone["bestaand_snellaad_3km"],
            zone["bestaand_vrachtlaad_3km"],
        ),
        "bestelbusdruk: {}".format(zone["bestelbusdruk"]),
        "top-locaties:",
    ]
    lines += ["  " + _line(feature) for feature in sites[:8]]
    lines.append("rapport: zes_laadlocaties_eindhoven.html")
    return lines
