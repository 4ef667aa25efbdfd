"""Issue 14 ("no shapely one by one") for the screening: reading the inputs in bulk through GDAL gives the same
output as reading them through QGIS's feature loop (the way every layer was read before), field for field."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
    QgsVectorLayer,
)

from ral_zuid_plugin.adapters.vector_io import frame_from_source, origin_of

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "sample_data" / "screening"
INPUTS = {
    "CANDIDATES": "kandidaten_eindhoven.geojson",
    "SEARCH_AREAS": "zoekgebieden_eindhoven_synthetisch.geojson",
    "CONGESTION": "netcongestie_eindhoven_synthetisch.geojson",
}


def _table(path: str) -> tuple[list[tuple], list[str]]:
    layer = QgsVectorLayer(path, "uit", "ogr")
    assert layer.isValid()
    names = [name for name in layer.fields().names() if name != "fid"]
    rows = [
        (tuple(feature[name] for name in names), feature.geometry().asWkb().data())
        for feature in layer.getFeatures(QgsFeatureRequest().addOrderBy("kandidaat_id"))
    ]
    return rows, names


def test_screening_from_geopackages_equals_screening_from_memory_layers(run_algorithm, tmp_path):
    # The samples are GeoJSON in WGS84; saved as GeoPackages in RD New they are read through GDAL's Arrow stream
    # (GeoJSON in WGS84 and memory layers go through the QGIS loop). The eight outputs must match exactly.
    stored, memory = {}, {}
    for parameter, name in INPUTS.items():
        gpkg = str(tmp_path / (Path(name).stem + ".gpkg"))
        run_algorithm(
            "native:reprojectlayer", {"INPUT": str(SAMPLES / name), "TARGET_CRS": "EPSG:28992", "OUTPUT": gpkg}
        )
        stored[parameter] = gpkg
        memory[parameter] = QgsVectorLayer(gpkg, Path(name).stem, "ogr").materialize(QgsFeatureRequest())
    context = QgsProcessingContext()
    definition = QgsProcessingParameterFeatureSource("CANDIDATES", "c")
    source = QgsProcessingParameters.parameterAsSource(definition, stored, context)
    assert frame_from_source(source, context, **origin_of(stored, "CANDIDATES", context)).attrs["reader"] == "gdal"

    fast = run_algorithm("ralzuid:fastchargescreening", {**stored, "OUTPUT": str(tmp_path / "snel.gpkg")})
    loop = run_algorithm("ralzuid:fastchargescreening", {**memory, "OUTPUT": str(tmp_path / "lus.gpkg")})
    fast_rows, fast_names = _table(fast["OUTPUT"])
    loop_rows, loop_names = _table(loop["OUTPUT"])
    assert fast_names == loop_names and len(fast_rows) == 8
    for (fast_values, fast_shape), (loop_values, loop_shape) in zip(fast_rows, loop_rows):
        differences = [(n, a, b) for n, a, b in zip(fast_names, fast_values, loop_values) if a != b]
        assert differences == [] and fast_shape == loop_shape
    # by hand, from the demo (docs/fast-charge-screening.md): EHV01 on Oeienbosch goes the Rijkswaterstaat route
    ids = fast_names.index("kandidaat_id")
    advice = {row[0][ids]: row[0][fast_names.index("advies")] for row in fast_rows}
    assert advice["EHV01"] == "rijkswaterstaat"
