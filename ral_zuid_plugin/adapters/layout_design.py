"""The two standard plankaart designs, built in code and saved as ``.qpt`` templates.

``scripts/make_styles.py`` calls :func:`write_template` to (re)write ``resources/templates/*.qpt``; the plugin
itself only *loads* those templates (``layout_template.py``), so users may edit or replace them in the layout
designer. Every item the algorithm fills carries an id from :data:`ITEM_IDS`; positions are free.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.planmap.pages import fit_extent
from ral_zuid_plugin.core.resources import resource_path

# A font every QGIS on Debian has (fontconfig-config depends on fonts-dejavu-core), so reopening the layout or
# a style never warns about a missing font (#18.6; "Arial" is not installed there).
FONT_FAMILY = "DejaVu Sans"
NORTH_ARROW_SVG = "north_arrow.svg"

MAIN_MAP = "main_map"
OVERVIEW_MAP = "overview_map"
TITLE = "title"
SUBTITLE = "subtitle"
STATUS = "status"
PAGE_NAME = "page_name"
LEGEND = "legend"
LOCATION_TABLE = "location_table"
TABLE_NOTE = "table_note"
SOURCES = "sources"
FOOTER = "footer"
LOGO = "logo"
SCALE_BAR = "scale_bar"
NORTH_ARROW = "north_arrow"

ITEM_IDS = (
    MAIN_MAP,
    OVERVIEW_MAP,
    TITLE,
    SUBTITLE,
    STATUS,
    PAGE_NAME,
    LEGEND,
    LOCATION_TABLE,
    TABLE_NOTE,
    SOURCES,
    FOOTER,
    LOGO,
    SCALE_BAR,
    NORTH_ARROW,
)

Box = tuple[float, float, float, float]  # x, y, width, height in mm

# Share of the table width per column (the rest of the width goes to cell margins and grid lines).
# Measured at the A3 table (6.5 pt, 99.7 mm between margins): "Laadpunten" in bold needs 15.4 mm (16 %),
# "Verkeersbesluit" 20.3 mm, the sample's longest address "Mendelssohnlaan 118" 25.1 mm.
COLUMN_SHARES = {
    "nummer": 0.10,
    "adres": 0.28,
    "soort": 0.11,
    "laadpunten": 0.16,
    "status": 0.14,
    "verkeersbesluit": 0.21,
}
TABLE_WIDTH_PROPERTY = "ralzuid/table_width"
CELL_MARGIN = 0.8
GRID_WIDTH = 0.1


@dataclass(frozen=True)
class Design:
    """Where each item sits on one page (mm from the top left) and the font sizes."""

    name: str
    page: str
    orientation: int
    boxes: dict[str, Box]
    title_size: float
    text_size: float
    table_size: float
    legend_columns: int


A3_LANDSCAPE = Design(
    name="a3_landscape",
    page="A3",
    orientation=QgsLayoutItemPage.Orientation.Landscape,
    boxes={
        MAIN_MAP: (10, 10, 282, 277),
        NORTH_ARROW: (276, 14, 12, 18),
        SCALE_BAR: (14, 272, 80, 12),
        LOGO: (300, 10, 110, 16),
        TITLE: (300, 28, 110, 17),
        SUBTITLE: (300, 45, 110, 6),
        STATUS: (300, 51.5, 110, 6),
        PAGE_NAME: (300, 58, 110, 6),
        OVERVIEW_MAP: (300, 66, 110, 50),
        LEGEND: (300, 119, 110, 71),
        LOCATION_TABLE: (300, 192, 110, 66),
        TABLE_NOTE: (300, 258.5, 110, 5),
        SOURCES: (300, 263.5, 110, 18.5),
        FOOTER: (300, 282, 110, 5),
    },
    title_size=16,
    text_size=9,
    table_size=6.5,
    legend_columns=1,
)

A4_PORTRAIT = Design(
    name="a4_portrait",
    page="A4",
    orientation=QgsLayoutItemPage.Orientation.Portrait,
    boxes={
        TITLE: (10, 8, 148, 9),
        SUBTITLE: (10, 17.5, 148, 5),
        STATUS: (10, 23, 148, 5),
        LOGO: (162, 8, 38, 20),
        MAIN_MAP: (10, 30, 190, 150),
        NORTH_ARROW: (188, 33, 9, 14),
        SCALE_BAR: (13, 169, 60, 9),
        PAGE_NAME: (10, 181.5, 190, 5),
        OVERVIEW_MAP: (10, 188, 52, 52),
        LEGEND: (65, 188, 135, 52),
        LOCATION_TABLE: (10, 243, 190, 33),
        TABLE_NOTE: (10, 276.5, 190, 4),
        SOURCES: (10, 280.5, 190, 10.5),
        FOOTER: (10, 291, 190, 4),
    },
    title_size=13,
    text_size=8,
    table_size=6,
    legend_columns=2,
)

DESIGNS = {A3_LANDSCAPE.name: A3_LANDSCAPE, A4_PORTRAIT.name: A4_PORTRAIT}


# RD New bounds (m) the maps of a fresh template show: Eindhoven and the whole region (CBS 2023 outlines).
EINDHOVEN_BOUNDS = (152894.0, 379007.0, 166229.0, 389775.0)
REGION_BOUNDS = (72069.0, 306846.0, 213448.0, 426909.0)


def _initial_extent(map_item: QgsLayoutItemMap, bounds: tuple[float, float, float, float]) -> None:
    """A real extent in RD New with the item's aspect ratio (an empty extent breaks zooming later)."""
    map_item.setCrs(QgsCoordinateReferenceSystem(RD_NEW))
    size = map_item.rect()
    map_item.setExtent(QgsRectangle(*fit_extent(bounds, size.width(), size.height())))


def _mm(value: float) -> QgsLayoutMeasurement:
    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutUnit.LayoutMillimeters)


def _text_format(size: float, bold: bool = False, colour: QColor | None = None, halo: bool = False) -> QgsTextFormat:
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    text.setColor(colour or QColor(30, 30, 30))
    if halo:
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        buffer.setColor(QColor(255, 255, 255))
        text.setBuffer(buffer)
    return text


def scale_bar_format(decimal_separator: str) -> QgsBasicNumericFormat:
    """Scale bar numbers with the map language's decimal separator (Dutch "0,8 km"), no thousands separator."""
    number = QgsBasicNumericFormat()
    number.setDecimalSeparator(decimal_separator)
    number.setShowThousandsSeparator(False)
    number.setShowTrailingZeros(False)
    return number


def _place(item, box: Box) -> None:
    x, y, width, height = box
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout: QgsPrintLayout, item_id: str, box: Box, size: float, bold: bool = False, grey: bool = False):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(item_id)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setFontColor(QColor(90, 90, 90) if grey else QColor(30, 30, 30))
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setMargin(0.5)
    layout.addLayoutItem(label)
    _place(label, box)
    return label


def build_layout(design: Design, project: QgsProject | None = None) -> QgsPrintLayout:
    """A fresh print layout with every item of ``design``, ids set, contents left as placeholders."""
    layout = QgsPrintLayout(project or QgsProject.instance())
    layout.initializeDefaults()
    layout.setName("plankaart_" + design.name)
    page = layout.pageCollection().page(0)
    page.setPageSize(design.page, design.orientation)
    boxes = design.boxes

    main_map = QgsLayoutItemMap(layout)
    main_map.setId(MAIN_MAP)
    main_map.setFrameEnabled(True)
    main_map.setFrameStrokeWidth(_mm(0.3))
    layout.addLayoutItem(main_map)
    _place(main_map, boxes[MAIN_MAP])
    _initial_extent(main_map, EINDHOVEN_BOUNDS)

    overview = QgsLayoutItemMap(layout)
    overview.setId(OVERVIEW_MAP)
    overview.setFrameEnabled(True)
    overview.setFrameStrokeWidth(_mm(0.2))
    layout.addLayoutItem(overview)
    _place(overview, boxes[OVERVIEW_MAP])
    _initial_extent(overview, REGION_BOUNDS)

    _label(layout, TITLE, boxes[TITLE], design.title_size, bold=True)
    _label(layout, SUBTITLE, boxes[SUBTITLE], design.text_size)
    _label(layout, STATUS, boxes[STATUS], design.text_size, bold=True)
    _label(layout, PAGE_NAME, boxes[PAGE_NAME], design.text_size)
    _label(layout, TABLE_NOTE, boxes[TABLE_NOTE], design.table_size, grey=True)
    _label(layout, SOURCES, boxes[SOURCES], design.table_size, grey=True)
    _label(layout, FOOTER, boxes[FOOTER], design.table_size, grey=True)

    logo = QgsLayoutItemPicture(layout)
    logo.setId(LOGO)
    logo.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
    logo.setPictureAnchor(QgsLayoutItemPicture.ReferencePoint.UpperRight)
    layout.addLayoutItem(logo)
    _place(logo, boxes[LOGO])

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId(NORTH_ARROW)
    # Embedded in the template (base64), so it travels with the layout and a user's copy of the template.
    arrow.setPicturePath("base64:" + base64.b64encode(resource_path("icons", NORTH_ARROW_SVG).read_bytes()).decode())
    arrow.setLinkedMap(main_map)
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)
    _place(arrow, boxes[NORTH_ARROW])

    scale_bar = QgsLayoutItemScaleBar(layout)
    scale_bar.setId(SCALE_BAR)
    scale_bar.setStyle("Single Box")
    scale_bar.setLinkedMap(main_map)
    scale_bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scale_bar.setUnitLabel("km")
    scale_bar.setNumberOfSegments(2)
    scale_bar.setNumberOfSegmentsLeft(0)
    scale_bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scale_bar.setMinimumBarWidth(20)
    scale_bar.setMaximumBarWidth(boxes[SCALE_BAR][2] - 12)
    # No opaque box over the map (it hid a proposal area): the numbers get a white halo instead.
    scale_bar.setTextFormat(_text_format(design.table_size + 0.5, halo=True))
    scale_bar.setHeight(1.6)
    scale_bar.setBackgroundEnabled(False)
    scale_bar.setNumericFormat(scale_bar_format(","))
    layout.addLayoutItem(scale_bar)
    _place(scale_bar, boxes[SCALE_BAR])

    legend = QgsLayoutItemLegend(layout)
    legend.setId(LEGEND)
    legend.setTitle("Legend")
    legend.setLinkedMap(main_map)
    legend.setColumnCount(design.legend_columns)
    legend.setSplitLayer(True)
    legend.setResizeToContents(False)
    legend.setSymbolWidth(5)
    legend.setSymbolHeight(3.5)
    legend.setWrapString("|")
    legend.setStyleFont(QgsLegendStyle.Style.Title, _font(design.text_size, bold=True))
    legend.setStyleFont(QgsLegendStyle.Style.Group, _font(design.table_size + 0.5, bold=True))
    legend.setStyleFont(QgsLegendStyle.Style.Subgroup, _font(design.table_size + 0.5, bold=True))
    legend.setStyleFont(QgsLegendStyle.Style.SymbolLabel, _font(design.table_size + 0.5))
    legend.setStyleFont(QgsLegendStyle.Style.Symbol, _font(design.table_size + 0.5))
    legend.setStyleMargin(QgsLegendStyle.Style.Symbol, QgsLegendStyle.Side.Top, 1.0)
    legend.setStyleMargin(QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Side.Top, 1.5)
    layout.addLayoutItem(legend)
    _place(legend, boxes[LEGEND])

    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderTextFormat(_text_format(design.table_size, bold=True))
    table.setContentTextFormat(_text_format(design.table_size))
    table.setCellMargin(CELL_MARGIN)
    table.setGridStrokeWidth(GRID_WIDTH)
    table.setColumns(table_columns(boxes[LOCATION_TABLE][2], {name: name for name in COLUMN_SHARES}))
    table.setGridColor(QColor(150, 150, 150))
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage("-")
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.TruncateText)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(LOCATION_TABLE)
    frame.setCustomProperty(TABLE_WIDTH_PROPERTY, boxes[LOCATION_TABLE][2])
    table.addFrame(frame)
    _place(frame, boxes[LOCATION_TABLE])
    return layout


def table_columns(width: float, headings: dict[str, str]) -> list[QgsLayoutTableColumn]:
    """Columns of the location table, sized so the whole table is ``width`` mm wide (margins and grid included).

    A layout table's frame is exactly as wide as its columns, so the column widths define the frame width.
    """
    count = len(COLUMN_SHARES)
    usable = width - count * 2.0 * CELL_MARGIN - (count + 1) * GRID_WIDTH
    columns = []
    for name, share in COLUMN_SHARES.items():
        column = QgsLayoutTableColumn(headings.get(name, name))
        column.setAttribute(name)
        column.setWidth(usable * share)
        if name == "laadpunten":
            column.setHAlignment(Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    return columns


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def write_template(design: Design, path: Path) -> None:
    """Save ``design`` as a ``.qpt`` template (UTF-8 XML)."""
    project = QgsProject()
    layout = build_layout(design, project)
    document = QDomDocument()
    element = layout.writeXml(document, QgsReadWriteContext())
    document.appendChild(element)
    path.write_text(document.toString(2), encoding="utf-8")
