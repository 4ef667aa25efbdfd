"""Demo step: the reference municipalities of the region."""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from ral_zuid_plugin.core.i18n import tr


def run(demo) -> list[str]:
    output = demo.output / "gemeenten_regio.gpkg"
    result = demo.run("ralzuid:regionmunicipalities", {"OUTPUT": str(output)})
    layer = QgsVectorLayer(result["OUTPUT"], "gemeenten", "ogr")
    provinces = [feature["provincienaam"] for feature in layer.getFeatures()]
    demo.results["municipalities"] = result["OUTPUT"]
    return [
        tr("{file}: {count} municipalities ({brabant} Noord-Brabant, {limburg} Limburg)").format(
            file=output.name,
            count=layer.featureCount(),
            brabant=provinces.count("Noord-Brabant"),
            limburg=provinces.count("Limburg"),
        )
    ]
