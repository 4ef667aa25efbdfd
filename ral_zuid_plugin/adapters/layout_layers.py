"""Map layers of a plankaart: memory layers made from core frames, styled with the bundled QML files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
from osgeo import gdal
from qgis.core import (
    QgsColorRampLegendNodeSettings,
    QgsColorRampShader,
    QgsDataSourceUri,
    QgsFillSymbol,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsRasterBandStats,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ral_zuid_plugin.adapters.layout_design import FONT_FAMILY
from ral_zuid_plugin.adapters.style_language import localise
from ral_zuid_plugin.adapters.vector_io import features_from_frame, fields_for, wkb_type_for
from ral_zuid_plugin.core.atomic_files import publish
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap import pressure_texts
from ral_zuid_plugin.core.reference.motorways import load_motorway_lines
from ral_zuid_plugin.core.reference.places import load_places
from ral_zuid_plugin.core.resources import resource_path

# PDOK BRT-Achtergrondkaart (WMTS v2_0): layers standaard, grijs, pastel and water in tile matrix set EPSG:28992.
# "grijs" keeps the plan's colours readable; QGIS's WMS/WMTS provider fetches capabilities and tiles through QGIS's
# network stack (proxy, SSL and authentication settings of the user's QGIS).
PDOK_BRT_CAPABILITIES = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0?request=GetCapabilities&service=WMTS"
PDOK_BRT_LAYER = "grijs"


def pdok_wmts_uri(capabilities_url: str = "", layer: str = PDOK_BRT_LAYER) -> str:
    """The data source of the PDOK WMTS layer for QGIS's ``wms`` provider."""
    uri = QgsDataSourceUri()
    uri.setParam("contextualWMSLegend", "0")
    uri.setParam("crs", RD_NEW)
    uri.setParam("dpiMode", "7")
    uri.setParam("featureCount", "10")
    uri.setParam("format", "image/png")
    uri.setParam("layers", layer)
    uri.setParam("styles", "default")
    uri.setParam("tileMatrixSet", RD_NEW)
    uri.setParam("url", capabilities_url or PDOK_BRT_CAPABILITIES)
    return bytes(uri.encodedUri()).decode("utf-8")


LABELLED_PROPOSALS = 10


def apply_style(layer: QgsMapLayer, qml_name: str, translate=tr) -> None:
    """Style ``layer`` with a bundled QML, its legend labels in the language of ``translate``."""
    message, ok = layer.loadNamedStyle(str(resource_path("styles", qml_name)))
    if not ok:
        raise RalZuidError(
            tr("The style '{name}' could not be loaded: {message}").format(name=qml_name, message=message)
        )
    localise(layer, qml_name, translate)


def memory_layer(frame: gpd.GeoDataFrame, name: str, qml_name: str | None = None, translate=tr) -> QgsVectorLayer:
    """A memory layer in RD New holding ``frame`` (attributes as in the frame), styled with ``qml_name``."""
    frame = frame.to_crs(RD_NEW) if frame.crs is not None else frame.set_crs(RD_NEW)
    wkb_type = wkb_type_for(frame)
    if wkb_type == QgsWkbTypes.Type.Polygon:
        wkb_type = QgsWkbTypes.Type.MultiPolygon
    layer = QgsVectorLayer(
        "{geometry}?crs={crs}".format(geometry=QgsWkbTypes.displayString(wkb_type), crs=RD_NEW), name, "memory"
    )
    fields = fields_for(frame)
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    provider.addFeatures(list(features_from_frame(frame, layer.fields(), wkb_type)))
    layer.updateExtents()
    if qml_name:
        apply_style(layer, qml_name, translate)
    layer.setName(name)
    return layer


def table_frame(locations: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Plankaart rows with every table column as text (an empty number of points prints as blank)."""
    frame = locations.copy()
    frame["laadpunten"] = [("" if pd.isna(value) else str(int(value))) for value in frame["laadpunten"]]
    return frame


def label_categories(layer: QgsVectorLayer, labels: dict[str, str]) -> None:
    """Legend texts of the categorised location style in the map language."""
    renderer = layer.renderer()
    for index, category in enumerate(renderer.categories()):
        if category.value() in labels:
            renderer.updateCategoryLabel(index, labels[category.value()])


def label_proposal_areas(layer: QgsVectorLayer) -> None:
    """Print the rank (``rang``) of each proposal area in it, when the layer has that field."""
    if layer.fields().indexOf("rang") < 0:
        return
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    # Only the ten most urgent areas get a label; a city easily has hundreds of ranked cells.
    settings.fieldName = 'CASE WHEN "rang" <= {top} THEN \'#\' || "rang" END'.format(top=LABELLED_PROPOSALS)
    text = QgsTextFormat()
    text.setFont(QFont(FONT_FAMILY, 7))
    text.setSize(7)
    text.setColor(QColor(80, 40, 120))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor(255, 255, 255))
    text.setBuffer(buffer)
    settings.setFormat(text)
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def persist_layers(tables: dict[str, QgsVectorLayer], path: Path, transform_context) -> None:
    """Write memory layers into one GeoPackage (``table name -> layer``) and point the layers at it.

    Written to a temporary file beside ``path`` and moved into place, so a failure leaves no half-written
    GeoPackage. The layers keep their styles (``setDataSource`` keeps the renderer and labels).
    """
    handle, name = tempfile.mkstemp(prefix=".{}-".format(path.stem), suffix=".gpkg", dir=str(path.parent))
    os.close(handle)
    temporary = Path(name)
    temporary.unlink()
    try:
        for index, (table, layer) in enumerate(tables.items()):
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = table
            options.actionOnExistingFile = (
                QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
                if index == 0
                else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            )
            error, message, _file, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
                layer, str(temporary), transform_context, options
            )
            if error != QgsVectorFileWriter.WriterError.NoError:
                raise RalZuidError(
                    tr("The map layers could not be saved in '{path}': {message}").format(
                        path=path.name, message=message
                    )
                )
        publish(temporary, path, now=True)  # the layout draws these layers in the same run
    finally:
        if temporary.exists():
            temporary.unlink()
    for table, layer in tables.items():
        layer.setDataSource("{path}|layername={table}".format(path=path, table=table), layer.name(), "ogr")


def outline_current_sheet(layer: QgsVectorLayer) -> None:
    """Draw only the atlas sheet being printed (a detail sheet), as a dashed outline; nothing on the overview."""
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "60,60,60,255", "outline_width": "0.6", "outline_style": "dash"}
    )
    root = QgsRuleBasedRenderer.Rule(None)
    rule = QgsRuleBasedRenderer.Rule(symbol, 0, 0, "\"soort\" = 'detail' AND $id = @atlas_featureid", "")
    root.appendChild(rule)
    layer.setRenderer(QgsRuleBasedRenderer(root))


def pressure_band(source: str, band: int) -> pressure_texts.PressureBand:
    """What the GeoTIFF's metadata says about ``band`` (name, meaning, unit, algorithm, year)."""
    dataset = gdal.Open(source)
    if dataset is None or not 1 <= band <= dataset.RasterCount:
        return pressure_texts.PressureBand(file_name=Path(source).name)
    metadata = dataset.GetMetadata() or {}
    raster_band = dataset.GetRasterBand(band)
    band_metadata = raster_band.GetMetadata() or {}
    return pressure_texts.PressureBand(
        file_name=Path(source).name,
        band_name=band_metadata.get("NAME", ""),
        description=raster_band.GetDescription() or "",
        unit=raster_band.GetUnitType() or "",
        algorithm=metadata.get("RALZUID_ALGORITHM", ""),
        year=metadata.get("YEAR", ""),
    )


def pressure_layer(source: str, name: str, band: int = 1, decimal_separator: str = ",", translate=tr) -> QgsRasterLayer:
    """The laaddruk raster, styled with ``laaddruk_raster.qml`` and rescaled to its own value range.

    The legend ends carry the values ("2,6 (laag)" … "8,4 (hoog)"); ``name`` says what they mean, with the unit.
    """
    layer = QgsRasterLayer(source, name)
    if not layer.isValid():
        raise RalZuidError(tr("The charging pressure raster '{source}' cannot be read.").format(source=source))
    if not 1 <= band <= layer.bandCount():
        raise RalZuidError(
            tr("The charging pressure raster has {count} bands; band {band} does not exist.").format(
                count=layer.bandCount(), band=band
            )
        )
    apply_style(layer, "laaddruk_raster.qml")
    stats = layer.dataProvider().bandStatistics(band, QgsRasterBandStats.Stats.Min | QgsRasterBandStats.Stats.Max)
    low, high = float(stats.minimumValue), float(stats.maximumValue)
    if high <= low:
        high = low + 1.0
    low_label, high_label = pressure_texts.ramp_labels(low, high, decimal_separator, translate)
    # Low pressure fades out (transparent yellow), so the background stays readable where nothing presses.
    ramp = QgsGradientColorRamp(QColor(255, 255, 178, 0), QColor(189, 0, 38, 255))
    ramp.setStops([QgsGradientStop(0.25, QColor(254, 204, 92, 170)), QgsGradientStop(0.6, QColor(240, 59, 32, 230))])
    function = QgsColorRampShader(low, high, ramp, QgsColorRampShader.Type.Interpolated)
    function.classifyColorRamp(5, -1)
    legend = QgsColorRampLegendNodeSettings()
    legend.setUseContinuousLegend(True)
    legend.setOrientation(Qt.Orientation.Vertical)
    legend.setMinimumLabel(low_label)
    legend.setMaximumLabel(high_label)
    function.setLegendSettings(legend)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    renderer.setOpacity(0.65)
    layer.setRenderer(renderer)
    layer.setName(name)
    return layer


def online_background(name: str) -> QgsRasterLayer | None:
    """PDOK BRT-Achtergrondkaart grijs (WMTS), or ``None`` when the service cannot be reached (offline)."""
    layer = QgsRasterLayer(pdok_wmts_uri(), name, "wms")
    return layer if layer.isValid() else None


def offline_background(
    area, region: gpd.GeoDataFrame, labels: dict[str, str], margin_m: float = 5000.0
) -> list[tuple[str, QgsVectorLayer]]:
    """The bundled offline background around ``area`` (top first): place names, motorways, neighbouring municipalities.

    Place names come from GeoNames (towns, villages, city districts), motorways from the NDW detector sites; there
    are no streets (see ``docs/data-sources.md``). Only features within ``margin_m`` of the municipality are kept.
    """
    window = area.buffer(margin_m)
    places = load_places()
    places = places[places.geometry.within(window)]
    motorways = load_motorway_lines()
    motorways = motorways[motorways.geometry.intersects(window)][["rijksweg_nr", "geometry"]]
    neighbours = region[~region.geometry.representative_point().within(area)][["gemeentenaam", "geometry"]]
    layers_out = []
    if not places.empty:
        layers_out.append(("plaatsen", memory_layer(places, labels["places"], "background_places.qml")))
    if not motorways.empty:
        layers_out.append(("snelwegen", memory_layer(motorways, labels["motorways"], "background_motorways.qml")))
    layers_out.append(("buurgemeenten", memory_layer(neighbours, labels["neighbours"], "boundaries_neighbours.qml")))
    return layers_out
