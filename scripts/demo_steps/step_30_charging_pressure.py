"""Demo step: charging pressure (laaddruk) for Eindhoven, measured and prognosed, and where to place points next."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ral_zuid_plugin.adapters.raster_io import read_band
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.wording import format_number as number

DEMAND = "pressure/eindhoven_huishoudens_500m_synthetisch.geojson"


def _count(path: str) -> int:
    return QgsVectorLayer(path, "count", "ogr").featureCount()


def run(demo) -> list[str]:
    lines: list[str] = []
    session_points = demo.results.get("session_points")
    measured = None
    if session_points:
        measured = demo.run(
            "ralzuid:chargingpressure",
            {
                "INPUT": session_points,
                "OUTPUT": str(demo.output / "laaddruk_gemeten.tif"),
                "OUTPUT_AREAS": str(demo.output / "laaddruk_per_gemeente.gpkg"),
            },
        )
        pressure, info = read_band(measured["OUTPUT"], 1)
        lines.append(
            tr("laaddruk_gemeten.tif: {bands} bands on {width} x {height} cells of 25 m").format(
                bands=info["bands"], width=pressure.shape[1], height=pressure.shape[0]
            )
        )
    else:
        lines.append(tr("no session indicator layer from an earlier step: measured laaddruk skipped"))
    # real CBS households when step 25 found a cached ralzuid:opendata download, else the synthetic sample
    demand, demand_label = demo.results.get(
        "open_data_demand", (str(demo.sample_data / DEMAND), tr("synthetic households"))
    )
    own_shares = {} if "open_data_demand" in demo.results else {"PRIVATE_SHARE_FIELD": "aandeel_prive"}
    prognosis = demo.run(
        "ralzuid:prognosedpressure",
        {
            "DEMAND": demand,
            "HOUSEHOLDS_FIELD": "huishoudens",
            **own_shares,
            "YEAR": 2030,
            "OUTPUT_AREAS": str(demo.output / "laaddruk_prognose_2030_per_cel.gpkg"),
            "OUTPUT_MUNICIPALITIES": str(demo.output / "laaddruk_prognose_2030_per_gemeente.gpkg"),
            "OUTPUT_NAL": str(demo.output / "nal_dekking_500m.gpkg"),
            "OUTPUT_WORKBOOK": str(demo.output / "laaddruk_prognose_2030.xlsx"),
            "OUTPUT": str(demo.output / "laaddruk_prognose_2030.tif"),
        },
    )
    areas = QgsVectorLayer(prognosis["OUTPUT_AREAS"], "gap", "ogr")
    first = next(iter(areas.getFeatures()), None)
    if first is not None:
        lines.append(str(first["methode"]))
    municipalities = QgsVectorLayer(prognosis["OUTPUT_MUNICIPALITIES"], "per gemeente", "ogr")
    for row in municipalities.getFeatures():
        if row["gemeentecode"] != "GM0772":
            continue
        lines.append(
            tr(
                "prognosis 2030 Eindhoven ({demand}; indication): {ev} electric cars, {n} (semi-)public charge points "
                "needed ({p} public, {s} semi-public; plus {f} fast, {v} for vans), {e} exist (NDW, 2 per location "
                "assumed), gap {g}; grid {kw} kW peak, {mwh} MWh a year"
            ).format(
                demand=demand_label,
                ev=number(row["ev_prognose"]),
                n=number(row["nodig_indicatie"]),
                p=number(row["publiek_indicatie"]),
                s=number(row["semipubliek_indicatie"]),
                f=number(row["snel_indicatie"]),
                v=number(row["bestel_indicatie"]),
                e=number(row["laadpunten_bestaand"]),
                g=number(row["tekort_indicatie"]),
                kw=number(row["piek_kw"]),
                mwh=number(row["mwh_jaar"]),
            )
        )
    lines.append(
        tr("laaddruk_prognose_2030.xlsx: per gemeente, per area, method and assumptions (for the netbeheerder)")
    )
    rows = list(areas.getFeatures())
    lines.append(
        tr(
            "all {cells} cells of the demand layer: {ev} electric cars, {needed} charge points needed, "
            "{existing} exist, gap {gap} -> indication {indication} charge points in {short} cells"
        ).format(
            ev=number(sum(f["ev_prognose"] for f in rows)),
            needed=number(sum(f["laadpunten_nodig"] for f in rows), 1),
            existing=number(sum(f["laadpunten_bestaand"] for f in rows)),
            gap=number(sum(f["tekort"] for f in rows), 1),
            indication=number(sum(f["tekort_indicatie"] for f in rows)),
            short=sum(1 for f in rows if f["tekort_indicatie"] > 0),
            cells=len(rows),
        )
    )
    lines.append(
        tr("NAL rule: {count} cells of 500 m with >= 125 households and no public point").format(
            count=_count(prognosis["OUTPUT_NAL"])
        )
    )
    parameters = {
        "PROGNOSIS_AREAS": prognosis["OUTPUT_AREAS"],
        "OUTPUT": str(demo.output / "voorstelgebieden_laadpunten.gpkg"),
    }
    if session_points:
        parameters["SESSION_POINTS"] = session_points
        # the synthetic session sample covers only 10 weeks: 2 weeks above the threshold already count here
        parameters["MIN_WEEKS"] = 2
    if demo.results.get("request_register"):
        parameters["REQUESTS"] = demo.results["request_register"]  # open requests without a point nearby
    proposals = demo.run("ralzuid:placementproposals", parameters)
    layer = QgsVectorLayer(proposals["OUTPUT"], "voorstel", "ogr")
    top = next(iter(layer.getFeatures()), None)
    measured_count = sum(1 for f in layer.getFeatures() if f["bron"] in ("gemeten", "aanvragen"))
    requests_count = sum(1 for f in layer.getFeatures() if f["bron"] == "aanvragen")
    lines.append(
        tr(
            "voorstelgebieden_laadpunten.gpkg: {count} ranked areas ({measured} measured first, of which {requests} "
            "from open requests, then {prognosis} prognosis)"
        ).format(
            count=layer.featureCount(),
            measured=measured_count,
            requests=requests_count,
            prognosis=layer.featureCount() - measured_count,
        )
        + (
            tr(", first: {area}, {extra} extra charge points ({source})").format(
                area=top["gebied"],
                extra=top["extra_laadpunten"],
                source={"gemeten": tr("measured"), "aanvragen": tr("open requests"), "prognose": tr("prognosis")}.get(
                    top["bron"], top["bron"]
                ),
            )
            if top
            else ""
        )
    )
    demo.results["proposal_areas"] = proposals["OUTPUT"]
    demo.results["pressure_raster"] = measured["OUTPUT"] if measured else prognosis["OUTPUT"]
    demo.results["prognosis_areas"] = prognosis["OUTPUT_AREAS"]
    return lines
