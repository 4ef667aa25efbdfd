#!/usr/bin/env python3
"""Writes the QML styles in ``resources/styles`` that are simple enough to define in code.

Run with ``/usr/bin/python3 scripts/make_styles.py``; the QML files are committed, so the
plugin does not need this script at run time. Hand-made styles live beside them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def municipalities_style() -> None:
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=gemeentenaam:string", "gemeenten", "memory")
    symbol = QgsFillSymbol.createSimple(
        {"color": "0,0,0,0", "outline_color": "80,80,80,255", "outline_width": "0.4", "outline_style": "solid"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = "gemeentenaam"
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif", 8))
    text.setSize(8)
    text.setColor(QColor(60, 60, 60))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor(255, 255, 255))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    message, ok = layer.saveNamedStyle(str(STYLES / "municipalities.qml"))
    if not ok:
        raise SystemExit(message)


# --- plankaart styles (issue 4): shapes differ as well as colours, so grey print stays readable ---------------


def _save(layer, name: str) -> None:
    message, ok = layer.saveNamedStyle(str(STYLES / name))
    if not ok:
        raise SystemExit(message)


def _marker(shape: str, size: float, fill: str, outline: str, outline_width: float):
    from qgis.core import QgsMarkerSymbol

    return QgsMarkerSymbol.createSimple(
        {
            "name": shape,
            "size": str(size),
            "color": fill,
            "outline_color": outline,
            "outline_width": str(outline_width),
        }
    )


def plan_location_styles() -> None:
    """``locations_plan.qml`` (categorised on ``categorie``) and ``locations_ndw.qml`` (existing NDW points)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=categorie:string", "locaties", "memory")
    categories = [
        QgsRendererCategory("existing", _marker("circle", 3.2, "27,120,55,255", "0,0,0,255", 0.5), "Existing"),
        QgsRendererCategory("planned", _marker("square", 3.2, "33,90,170,255", "0,0,0,255", 0.3), "Planned"),
        QgsRendererCategory("proposed", _marker("triangle", 3.9, "255,255,255,255", "190,60,0,255", 0.8), "Proposed"),
        QgsRendererCategory("fast", _marker("star", 5.0, "215,25,28,255", "0,0,0,255", 0.3), "Fast charging"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("categorie", categories))
    _save(layer, "locations_plan.qml")

    ndw = QgsVectorLayer("Point?crs=EPSG:28992", "ndw", "memory")
    ndw.setRenderer(QgsSingleSymbolRenderer(_marker("circle", 1.5, "110,110,110,255", "255,255,255,255", 0.15)))
    _save(ndw, "locations_ndw.qml")


def requests_register_style() -> None:
    """``requests_register.qml``: requests by state (``status`` of ``ralzuid:requestregister``)."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=status:string", "aanvragen", "memory")
    categories = [
        QgsRendererCategory("open", _marker("circle", 3.0, "215,25,28,255", "0,0,0,255", 0.3), "Open request"),
        QgsRendererCategory(
            "besluit", _marker("circle", 3.0, "253,174,97,255", "0,0,0,255", 0.3), "Open, verkeersbesluit taken"
        ),
        QgsRendererCategory("in_gebruik", _marker("circle", 2.4, "26,150,65,255", "0,0,0,255", 0.2), "In use"),
        QgsRendererCategory("afgewezen", _marker("cross2", 2.4, "120,120,120,255", "120,120,120,255", 0.4), "Rejected"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    _save(layer, "requests_register.qml")


def _fill(fill: str, outline: str, width: float, style: str = "solid"):
    return QgsFillSymbol.createSimple(
        {"color": fill, "outline_color": outline, "outline_width": str(width), "outline_style": style}
    )


def boundary_styles() -> None:
    """Municipal boundary, neighbours (offline background), region and highlight (overview map)."""
    polygon = "MultiPolygon?crs=EPSG:28992&field=gemeentenaam:string"
    styles = {
        "boundaries_municipality.qml": _fill("0,0,0,0", "30,30,30,255", 0.7),
        "boundaries_neighbours.qml": _fill("236,236,236,255", "170,170,170,255", 0.25),
        "boundaries_region.qml": _fill("225,225,225,255", "255,255,255,255", 0.15),
        "boundaries_highlight.qml": _fill("215,25,28,255", "90,0,0,255", 0.25),
    }
    for name, symbol in styles.items():
        layer = QgsVectorLayer(polygon, "grenzen", "memory")
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        if name == "boundaries_neighbours.qml":
            settings = QgsPalLayerSettings()
            settings.fieldName = "gemeentenaam"
            text = QgsTextFormat()
            text.setFont(QFont("Arial", 7))
            text.setSize(7)
            text.setColor(QColor(120, 120, 120))
            settings.setFormat(text)
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
            layer.setLabelsEnabled(True)
        _save(layer, name)


def proposal_area_and_road_styles() -> None:
    """``laaddruk_proposal_areas.qml`` (hatched, dashed outline) and ``background_roads.qml``."""
    from qgis.core import QgsLinePatternFillSymbolLayer, QgsLineSymbol

    areas = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=rang:integer", "voorstelgebieden", "memory")
    symbol = _fill("0,0,0,0", "106,61,154,220", 0.35, "dash")
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(2.5)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": "106,61,154,110", "width": "0.15"}))
    symbol.insertSymbolLayer(0, hatch)
    areas.setRenderer(QgsSingleSymbolRenderer(symbol))
    _save(areas, "laaddruk_proposal_areas.qml")

    roads = QgsVectorLayer("MultiLineString?crs=EPSG:28992", "wegen", "memory")
    roads.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple({"color": "190,190,190,255", "width": "0.3"})))
    _save(roads, "background_roads.qml")


def zes_zone_style() -> None:
    """``zes_zones.qml``: ZE zones as a light green fill with a dark green dashed outline, labelled by name."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:28992&field=zone_naam:string", "ze_zones", "memory")
    layer.setRenderer(QgsSingleSymbolRenderer(_fill("26,150,65,50", "0,90,30,255", 0.6, "dash")))
    settings = QgsPalLayerSettings()
    settings.fieldName = "zone_naam"
    text = QgsTextFormat()
    text.setFont(QFont("Arial", 8))
    text.setSize(8)
    text.setColor(QColor(0, 90, 30))
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    _save(layer, "zes_zones.qml")


def laaddruk_raster_style() -> None:
    """``laaddruk_raster.qml``: yellow-orange-red, 65 % opaque; the adapter rescales it to each raster's range."""
    import tempfile

    import numpy as np
    from osgeo import gdal
    from qgis.core import (
        QgsColorRampShader,
        QgsGradientColorRamp,
        QgsRasterLayer,
        QgsRasterShader,
        QgsSingleBandPseudoColorRenderer,
    )

    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "ramp.tif")
        dataset = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
        dataset.SetGeoTransform((155000, 100, 0, 385000, 0, -100))
        dataset.GetRasterBand(1).WriteArray(np.array([[0.0, 0.3], [0.6, 1.0]], dtype=np.float32))
        dataset.GetRasterBand(1).SetNoDataValue(-9999)
        dataset = None
        layer = QgsRasterLayer(path, "laaddruk")
        ramp = QgsGradientColorRamp(QColor(255, 255, 178), QColor(189, 0, 38))
        ramp.setStops([])
        shader_function = QgsColorRampShader(0.0, 1.0, ramp, QgsColorRampShader.Type.Interpolated)
        shader_function.classifyColorRamp(5, -1)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(shader_function)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
        renderer.setClassificationMin(0.0)
        renderer.setClassificationMax(1.0)
        layer.setRenderer(renderer)
        layer.renderer().setOpacity(0.65)
        _save(layer, "laaddruk_raster.qml")


def plankaart_templates() -> None:
    """``resources/templates/plankaart_*.qpt`` from the designs in ``adapters/layout_design.py``."""
    sys.path.insert(0, str(STYLES.parent.parent))
    from ral_zuid_plugin.adapters.layout_design import DESIGNS, write_template

    templates = STYLES.parent / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    for name, design in DESIGNS.items():
        write_template(design, templates / "plankaart_{name}.qpt".format(name=name))


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    municipalities_style()
    plan_location_styles()
    boundary_styles()
    proposal_area_and_road_styles()
    laaddruk_raster_style()
    zes_zone_style()
    requests_register_style()
    plankaart_templates()
    return 0


if __name__ == "__main__":
    sys.exit(main())
