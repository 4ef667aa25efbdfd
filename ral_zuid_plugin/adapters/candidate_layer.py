"""The candidate-site layer the panel's address search adds points to (a GeoPackage beside the project).

Its fields are those of the fast-charge screening's candidate layer, so it goes into the screening as it is.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

PROPERTY = "ralzuid/candidates"
FILE_NAME = "ralzuid_kandidaten.gpkg"
FIELDS = (
    ("kandidaat_id", field_type("String")),
    ("naam", field_type("String")),
    ("vermogen_kw", field_type("Double")),
    ("aantal_laadpunten", field_type("Int")),
    ("doelgroepen", field_type("String")),
    ("grondeigendom", field_type("String")),
    ("locatietype", field_type("String")),
    ("opmerkingen", field_type("String")),
)


def find_candidate_layer(project: QgsProject | None = None) -> QgsVectorLayer | None:
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(PROPERTY):
            return layer
    return None


def default_folder(project: QgsProject) -> Path:
    """The project's folder; for a project not saved yet the RAL Zuid folder in the QGIS profile."""
    home = project.homePath()
    if home:
        return Path(home)
    return Path(QgsApplication.qgisSettingsDirPath()) / "ral_zuid"


def candidate_layer(project: QgsProject | None = None) -> QgsVectorLayer:
    """The project's candidate layer; made (and added to the project) on first use."""
    project = project or QgsProject.instance()
    layer = find_candidate_layer(project)
    if layer is not None:
        return layer
    folder = default_folder(project)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    name = tr("Candidate fast-charge sites")
    if not path.exists():
        fields = QgsFields()
        for field_name, kind in FIELDS:
            fields.append(QgsField(field_name, kind))
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "kandidaten"
        writer = QgsVectorFileWriter.create(
            str(path),
            fields,
            QgsWkbTypes.Type.Point,
            QgsCoordinateReferenceSystem(RD_NEW),
            project.transformContext(),
            options,
        )
        if writer is None or writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            message = writer.errorMessage() if writer is not None else ""
            raise RalZuidError(
                tr("The candidate layer {path} cannot be made: {error}").format(path=path, error=message)
            )
        del writer
    layer = QgsVectorLayer("{}|layername=kandidaten".format(path), name, "ogr")
    if not layer.isValid():
        raise RalZuidError(tr("The candidate layer {path} cannot be opened").format(path=path))
    layer.setCustomProperty(PROPERTY, True)
    project.addMapLayer(layer)
    return layer


def next_candidate_id(layer: QgsVectorLayer) -> str:
    """``K001``, ``K002`` ...: one more than the highest K-number in the layer."""
    highest = 0
    for feature in layer.getFeatures():
        value = str(feature["kandidaat_id"] or "")
        if value[:1] == "K" and value[1:].isdigit():
            highest = max(highest, int(value[1:]))
    return "K{:03d}".format(highest + 1)


def add_candidate(layer: QgsVectorLayer, x: float, y: float, name: str, note: str) -> str:
    """Add a point (RD New) with ``name``; returns its kandidaat_id. Saved to the file at once."""
    identifier = next_candidate_id(layer)
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
    feature["kandidaat_id"] = identifier
    feature["naam"] = name
    feature["opmerkingen"] = note
    provider = layer.dataProvider()
    ok, _features = provider.addFeatures([feature])
    if not ok:
        raise RalZuidError(
            tr("The candidate could not be added to {layer}: {error}").format(
                layer=layer.source(), error="; ".join(provider.errors()) or "-"
            )
        )
    layer.updateExtents()
    layer.triggerRepaint()
    return identifier
