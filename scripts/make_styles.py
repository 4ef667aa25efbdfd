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


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    municipalities_style()
    return 0


if __name__ == "__main__":
    sys.exit(main())
