"""Demo step: the plankaart of Eindhoven (GM0772), an overview sheet plus four map sheets, in Dutch.

Uses the SAMPLE plan locations in ``sample_data/planmap`` (hand-placed, not a municipal plan) and, when the
charging pressure step ran, its laaddruk raster and proposal areas.
"""

from __future__ import annotations

import subprocess

from ral_zuid_plugin.adapters.raster_io import laaddruk_band
from ral_zuid_plugin.core.i18n import tr


def run(demo) -> list[str]:
    folder = demo.sample_data / "planmap"
    output = demo.output / "plankaart_eindhoven.pdf"
    parameters = {
        "GEMEENTECODE": "GM0772",
        "LOCATIONS": str(folder / "locaties_eindhoven.geojson"),
        "TEMPLATE": 0,
        "ATLAS": True,
        "COVERAGE": str(folder / "kaartbladen_eindhoven.geojson"),
        "COVERAGE_NAME_FIELD": "naam",
        "SCENARIO": "Voorbeeld (synthetische locaties)",
        "YEAR": "2030",
        "PHASE": "Fase B2",
        "STATUS": 0,
        "LANGUAGE": 0,
        "EXTRA_SOURCES": "Planlocaties: VOORBEELD, geen gemeentelijk plan",
        "EXPORT_PNG": True,
        "OUTPUT": str(output),
    }
    extras = []
    if demo.results.get("pressure_raster"):
        parameters["PRESSURE"] = demo.results["pressure_raster"]
        parameters["PRESSURE_BAND"] = laaddruk_band(demo.results["pressure_raster"])
        extras.append(tr("laaddruk raster (band {band})").format(band=parameters["PRESSURE_BAND"]))
    if demo.results.get("proposal_areas"):
        parameters["PROPOSAL_AREAS"] = demo.results["proposal_areas"]
        extras.append(tr("proposal areas"))
    if demo.results.get("zes_sites"):
        parameters["ZES_SITES"] = demo.results["zes_sites"]
        parameters["ZES_ZONES"] = demo.results["zes_zones"]
        extras.append(tr("ZES zone and sites"))
    if demo.results.get("request_register"):
        parameters["REQUESTS"] = demo.results["request_register"]
        extras.append(tr("open requests"))
    result = demo.run("ralzuid:planmap", parameters)
    demo.results["planmap_pdf"] = result["OUTPUT"]
    demo.results["planmap_pngs"] = result["PNG_FILES"].split(";") if result["PNG_FILES"] else []
    pages = result["PAGE_COUNT"]
    try:
        info = subprocess.run(["pdfinfo", result["OUTPUT"]], capture_output=True, text=True, check=True).stdout
        pages = next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
    except (OSError, subprocess.CalledProcessError, StopIteration):
        pass
    with_layers = (" " + tr("with {layers}").format(layers=", ".join(extras))) if extras else ""
    return [
        tr("{file}: {pages} sheets (overview + 4 map sheets), A3 landscape, Dutch").format(
            file=output.name, pages=pages
        )
        + with_layers,
        tr("PNG sheets: {count} ({first} ...)").format(
            count=len(demo.results["planmap_pngs"]),
            first=demo.results["planmap_pngs"][0].rsplit("/", 1)[-1] if demo.results["planmap_pngs"] else "-",
        ),
        tr("layout in the project: {name}").format(name=result["LAYOUT_NAME"] or "-"),
    ]
