"""Demo step: charging pressure (laaddruk) for Eindhoven, measured and prognosed, and where to place points next."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ral_zuid_plugin.adapters.raster_io import read_band

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
            "laaddruk_gemeten.tif: {bands} bands on {w} x {h} cells of 25 m".format(
                bands=info["bands"], w=pressure.shape[1], h=pressure.shape[0]
            )
        )
    else:
        lines.append("no session indicator layer from an earlier step: measured laaddruk skipped")
    # real CBS households when step 25 found a cached ralzuid:opendata download, else the synthetic sample
    demand, demand_label = demo.results.get(
        "open_data_demand", (str(demo.sample_data / DEMAND), "synthetic households")
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
            "prognosis 2030 Eindhoven ({demand}; indication): {ev} electric cars, {n} (semi)public "
            "laadpunten needed ({p} public, {s} semi-public; plus {f} fast, {v} for vans), {e} exist (NDW, 2 per "
            "location assumed), gap {g}; grid {kw:.0f} kW peak, {mwh:.0f} MWh a year".format(
                demand=demand_label,
                ev=row["ev_prognose"],
                n=row["nodig_indicatie"],
                p=row["publiek_indicatie"],
                s=row["semipubliek_indicatie"],
                f=row["snel_indicatie"],
                v=row["bestel_indicatie"],
                e=row["laadpunten_bestaand"],
                g=row["tekort_indicatie"],
                kw=row["piek_kw"],
                mwh=row["mwh_jaar"],
            )
        )
    lines.append("laaddruk_prognose_2030.xlsx: per gemeente, per gebied, methode en aannames (for the netbeheerder)")
    rows = list(areas.getFeatures())
    lines.append(
        "all {t} cells of the demand layer: {ev:.0f} electric cars, {n:.1f} laadpunten needed, {e:.0f} exist, "
        "gap {gf:.1f} -> indication {g} laadpunten in {c} cells".format(
            ev=sum(f["ev_prognose"] for f in rows),
            n=sum(f["laadpunten_nodig"] for f in rows),
            e=sum(f["laadpunten_bestaand"] for f in rows),
            gf=sum(f["tekort"] for f in rows),
            g=sum(f["tekort_indicatie"] for f in rows),
            c=sum(1 for f in rows if f["tekort_indicatie"] > 0),
            t=len(rows),
        )
    )
    lines.append(
        "NAL rule: {n} cells of 500 m with >= 125 households and no public point".format(
            n=_count(prognosis["OUTPUT_NAL"])
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
        "voorstelgebieden_laadpunten.gpkg: {n} ranked areas ({m} gemeten first, of which {r} from open requests, then "
        "{p} prognose){top}".format(
            n=layer.featureCount(),
            m=measured_count,
            r=requests_count,
            p=layer.featureCount() - measured_count,
            top=", first: {a} +{x} ({b})".format(a=top["gebied"], x=top["extra_laadpunten"], b=top["bron"])
            if top
            else "",
        )
    )
    demo.results["proposal_areas"] = proposals["OUTPUT"]
    demo.results["pressure_raster"] = measured["OUTPUT"] if measured else prognosis["OUTPUT"]
    demo.results["prognosis_areas"] = prognosis["OUTPUT_AREAS"]
    return lines
