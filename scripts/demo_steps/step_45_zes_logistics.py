"""Demo step: ZES charging sites for Eindhoven's zero-emission zone (GM0772), ranked with one line of reasons.

No municipal layer of business parks, depots or hubs ships with the plugin, so the algorithm falls back on
500 m search cells near the zone (it says so). The synthetic grid congestion areas of the screening sample
and, when the sessions step ran, its (synthetic) charge point indicators are used.
"""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.wording import advice_label
from ral_zuid_plugin.core.screening.wording import format_number as number


def _line(feature) -> str:
    reasons = [
        feature["afstand_ze_grens_reden"],
        feature["gat_snelladen_reden"] if feature["site_type"] != "vrachtwagen" else feature["gat_vrachtladen_reden"],
    ]
    if feature["site_type"] == "vrachtwagen":
        reasons.append(feature["netcongestie_vracht_reden"])
    if feature["aantal_laadpunten"]:
        allocated = tr("{points} charge points, {kwh} kWh/day").format(
            points=feature["aantal_laadpunten"], kwh=number(feature["kwh_per_dag"])
        )
    else:  # the demand is spread over the sites ranked above it
        allocated = tr("reserve site (no demand allocated)")
    return tr("{rank:>2}. {name} | {advice}, score {score} | {allocated} | {reasons}").format(
        rank=feature["rang"],
        name=feature["naam"],
        advice=advice_label(feature["advies"]),
        score=number(feature["score"], 1),
        allocated=allocated,
        reasons="; ".join(reasons),
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
        tr("{file}: {count} sites at {zone} ({zone_id}, in force from {date}); {basis}").format(
            file="zes_laadlocaties_eindhoven.gpkg",
            count=len(sites),
            zone=zone["zone_naam"],
            zone_id=zone["zone_id"],
            date=zone["geldig_vanaf"][:10],
            basis=sites[0]["gegevensbasis"],
        ),
        tr(
            "electric vans 2030 {vans}, electric trucks {trucks}; charge points depot/plaza/truck {depot}/{hub}/"
            "{truck}; existing fast/truck charging within 3 km {fast}/{truck_existing}"
        ).format(
            vans=number(zone["voertuigen_laadplein"]),
            trucks=number(zone["voertuigen_vrachtwagen"]),
            depot=zone["punten_depot"],
            hub=zone["punten_laadplein"],
            truck=zone["punten_vrachtwagen"],
            fast=zone["bestaand_snellaad_3km"],
            truck_existing=zone["bestaand_vrachtlaad_3km"],
        ),
        tr("van pressure: {text}").format(text=zone["bestelbusdruk"]),
        tr("top sites:"),
    ]
    lines += ["  " + _line(feature) for feature in sites[:8]]
    lines.append(tr("report: {file}").format(file="zes_laadlocaties_eindhoven.html"))
    return lines
