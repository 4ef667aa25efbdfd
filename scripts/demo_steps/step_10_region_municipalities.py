"""Demo step: the reference municipalities of the region."""

from __future__ import annotations

from qgis.core import QgsVectorLayer


def run(demo) -> list[str]:
    output = demo.output / "gemeenten_regio.gpkg"
    result = demo.run("ralzuid:regionmunicipalities", {"OUTPUT": str(output)})
    layer = QgsVectorLayer(result["OUTPUT"], "gemeenten", "ogr")
    provinces = [feature["provincienaam"] for feature in layer.getFeatures()]
    demo.results["municipalities"] = result["OUTPUT"]
    return [
        f"{output.name}: {layer.featureCount()} gemeenten "
        f"({provinces.count('Noord-Brabant')} Noord-Brabant, {provinces.count('Limburg')} Limburg)"
    ]
