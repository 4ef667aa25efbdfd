"""Putting a plankaart's content into a loaded template: texts, maps, legend, location table and atlas."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayerTreeLayer,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsRasterLayer,
    QgsRectangle,
    QgsSimpleLegendNode,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QFont

from ral_zuid_plugin.adapters import layout_design as ids
from ral_zuid_plugin.adapters.layout_template import item, location_table
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.planmap.pages import fit_extent, table_rows_that_fit
from ral_zuid_plugin.core.planmap.pressure_texts import wrap

SORT_FIELD = "volgorde"
LINE_SPACING = 1.2  # a wrapped label line is about 1.2 font heights (Qt's default leading for DejaVu Sans)
# Legend text width: DejaVu Sans averages about 0.55 em a character (bold titles a little more); the symbol
# is followed by about 4 mm of margins.
CHARACTER_EM = 0.6
LEGEND_INDENT_MM = 4.0
POINT_MM = 25.4 / 72.0
FIRST_SHEET = 1


def first_sheet(pages: QgsVectorLayer) -> str:
    """Expression for sheet 1 (the overview) of the coverage layer ``pages``."""
    return "get_feature('{layer}', 'pagina', {number})".format(layer=pages.id(), number=FIRST_SHEET)


def sheet_text(pages: QgsVectorLayer, field_name: str) -> str:
    """Label text showing ``field_name`` of the sheet being printed.

    The atlas sets ``@atlas_feature`` only while it prints (or previews) a sheet. The layout designer opens
    with the atlas preview off, and a plain export or print then has no atlas feature: a bare ``"field"``
    would print the raw ``[% ... %]`` text. Without an atlas feature the label shows sheet 1 (the overview),
    which is also what the main map shows then.
    """
    return "[% coalesce(attribute(@atlas_feature, '{field}'), attribute({first}, '{field}')) %]".format(
        field=field_name, first=first_sheet(pages)
    )


def table_filter(pages: QgsVectorLayer) -> str:
    """The locations on the sheet being printed; without an atlas sheet (preview off), those on sheet 1."""
    return "intersects($geometry, if(is_empty_or_null(@atlas_geometry), geometry({first}), @atlas_geometry))".format(
        first=first_sheet(pages)
    )


@dataclass
class PlanMapContent:
    """Everything a plankaart shows; texts already in the map language."""

    title: str
    subtitle: str
    status: str
    footer: str
    sources: str
    legend_title: str
    empty_table: str
    table_headers: dict[str, str]
    main_layers: list[QgsMapLayer]
    legend_layers: list[QgsMapLayer]
    overview_layers: list[QgsMapLayer]
    overview_extent: tuple[float, float, float, float]
    locations: QgsVectorLayer
    pages: QgsVectorLayer
    logo: str = ""
    decimal_separator: str = ","
    atlas_margin: float = 0.06
    notes: list[str] = field(default_factory=list)


def table_capacity(layout: QgsPrintLayout) -> int:
    """How many locations the template's table frame can list on one sheet."""
    table = location_table(layout)
    frame = item(layout, ids.LOCATION_TABLE)
    font_pt = max(table.contentTextFormat().size(), table.headerTextFormat().size())
    return table_rows_that_fit(frame.rect().height(), font_pt, table.cellMargin(), table.gridStrokeWidth())


def set_fitted_extent(map_item: QgsLayoutItemMap, bounds: tuple[float, float, float, float], margin: float = 0.05):
    """Show ``bounds`` in ``map_item`` without resizing the item.

    ``zoomToExtent`` divides by the current extent's size, which is empty in a fresh template (NaN), and
    ``setExtent`` reshapes the item to the extent; an extent with the item's own aspect ratio avoids both.
    """
    size = map_item.rect()
    map_item.setExtent(QgsRectangle(*fit_extent(bounds, size.width(), size.height(), margin)))
    map_item.attemptResize(map_item.sizeWithUnits())


def fill_layout(layout: QgsPrintLayout, content: PlanMapContent) -> None:
    """Fill every item of a template loaded by :func:`~ral_zuid_plugin.adapters.layout_template.load_template`."""
    item(layout, ids.TITLE).setText(content.title)
    item(layout, ids.SUBTITLE).setText(content.subtitle)
    item(layout, ids.STATUS).setText(content.status)
    item(layout, ids.FOOTER).setText(content.footer)
    item(layout, ids.SOURCES).setText(content.sources)
    fit_label_text(item(layout, ids.SOURCES))
    item(layout, ids.PAGE_NAME).setText(sheet_text(content.pages, "paginanaam"))
    item(layout, ids.TABLE_NOTE).setText(sheet_text(content.pages, "notitie"))
    logo = item(layout, ids.LOGO)
    logo.setPicturePath(content.logo or "")
    logo.setVisibility(bool(content.logo))

    rd_new = QgsCoordinateReferenceSystem(RD_NEW)
    main_map: QgsLayoutItemMap = item(layout, ids.MAIN_MAP)
    main_map.setCrs(rd_new)
    main_map.setLayers(content.main_layers)
    main_map.setKeepLayerSet(True)
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(content.atlas_margin)
    show_first_sheet(layout, content.pages, content.atlas_margin)

    scale_bar = item(layout, ids.SCALE_BAR)
    scale_bar.setLinkedMap(main_map)
    scale_bar.setNumericFormat(ids.scale_bar_format(content.decimal_separator))
    scale_bar.update()

    overview: QgsLayoutItemMap = item(layout, ids.OVERVIEW_MAP)
    overview.setCrs(rd_new)
    overview.setLayers(content.overview_layers)
    overview.setKeepLayerSet(True)
    overview.setAtlasDriven(False)
    set_fitted_extent(overview, content.overview_extent, margin=0.02)
    stack = overview.overviews()
    while stack.size():
        stack.removeOverview(stack.overview(0).id())
    frame = QgsLayoutItemMapOverview("hoofdkaart", overview)
    frame.setLinkedMap(main_map)
    frame.setFrameSymbol(
        QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "0,0,0,255", "outline_width": "0.4"})
    )
    stack.addOverview(frame)

    _fill_legend(layout, content)
    _fill_table(layout, content)

    atlas = layout.atlas()
    atlas.setCoverageLayer(content.pages)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"pagina"')
    atlas.setSortAscending(True)
    atlas.setPageNameExpression('"paginanaam"')
    atlas.setFilenameExpression("'blad_' || lpad(to_string(\"pagina\"), 2, '0')")
    layout.refresh()


def wrapped_height(text: str, font: QFont, width_mm: float) -> float:
    """Height in mm of ``text`` wrapped at spaces to ``width_mm`` in ``font`` (as a layout label lays it out)."""
    lines = 0
    for paragraph in text.split("\n"):
        line = ""
        lines += 1
        for word in paragraph.split():
            candidate = "{} {}".format(line, word) if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width_mm:
                lines += 1
                line = word
            else:
                line = candidate
    return lines * QgsLayoutUtils.fontHeightMM(font) * LINE_SPACING


def fit_label_text(label: QgsLayoutItemLabel, smallest_pt: float = 5.0) -> float:
    """Make the label's font smaller (to ``smallest_pt``) until its wrapped text fits its box; return the size.

    A long sources line (several layers and the user's own sources) would otherwise run under the footer.
    """
    font = QFont(label.font())
    width = label.rect().width() - 2 * label.marginX()
    height = label.rect().height() - 2 * label.marginY()
    while font.pointSizeF() > smallest_pt and wrapped_height(label.currentText(), font, width) > height:
        font.setPointSizeF(max(font.pointSizeF() - 0.25, smallest_pt))
    label.setFont(font)
    return font.pointSizeF()


def show_first_sheet(layout: QgsPrintLayout, pages: QgsVectorLayer, margin: float) -> None:
    """Point the main map at sheet 1 (the overview), as the atlas would print it.

    Called after filling and again after the atlas export (which leaves the map at the last sheet), so the
    layout left in the project exports right with the atlas preview off.
    """
    request = QgsFeatureRequest(QgsExpression('"pagina" = {number}'.format(number=FIRST_SHEET)))
    first_page = next(pages.getFeatures(request), None)
    if first_page is None:
        return
    box = first_page.geometry().boundingBox()
    set_fitted_extent(
        item(layout, ids.MAIN_MAP), (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()), margin
    )


def _fill_legend(layout: QgsPrintLayout, content: PlanMapContent) -> None:
    legend = item(layout, ids.LEGEND)
    legend.setTitle(content.legend_title)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in content.legend_layers:
        node = QgsLayerTreeLayer(layer)
        root.addChildNode(node)
        if isinstance(layer, QgsRasterLayer):
            # A raster legend starts with a "Band 1: <description>" line; the ramp alone says enough.
            nodes = legend.model().layerLegendNodes(node)
            keep = [index for index, entry in enumerate(nodes) if not isinstance(entry, QgsSimpleLegendNode)]
            if keep and len(keep) < len(nodes):
                QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
                legend.model().refreshLayerLegend(node)
    legend.setLegendFilterByMapEnabled(True)
    legend.updateLegend()
    fit_legend(legend)


def wrap_legend_names(legend: QgsLayoutItemLegend, columns: int) -> None:
    """Wrap long layer names (the template's wrap character) to the width of one legend column."""
    size = legend.style(QgsLegendStyle.Style.SymbolLabel).font().pointSizeF()
    text_mm = legend.rect().width() / max(columns, 1) - legend.symbolWidth() - LEGEND_INDENT_MM
    characters = max(int(text_mm / (CHARACTER_EM * size * POINT_MM)), 12)
    for node in legend.model().rootGroup().findLayers():
        node.setCustomProperty("legend/title-label", wrap(node.layer().name(), characters, legend.wrapString()))


def fit_legend(legend: QgsLayoutItemLegend, max_columns: int = 3) -> int:
    """Use more columns until the legend (unfiltered, so the fullest sheet) fits its box; return the count."""
    height = legend.rect().height()
    columns = legend.columnCount()
    for columns in range(max(legend.columnCount(), 1), max_columns + 1):
        legend.setColumnCount(columns)
        wrap_legend_names(legend, columns)
        legend.updateLegend()
        needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
        if needed.height() <= height:
            break
    return columns


def _fill_table(layout: QgsPrintLayout, content: PlanMapContent) -> None:
    table = location_table(layout)
    frame = item(layout, ids.LOCATION_TABLE)
    # setVectorLayer resets the columns to all fields: keep the template's columns (widths, order) first.
    template_columns = [column for column in table.columns() if column.attribute() in ids.COLUMN_SHARES]
    table.setVectorLayer(content.locations)
    if template_columns:
        for column in template_columns:
            column.setHeading(content.table_headers[column.attribute()])
        table_columns = template_columns
    else:  # an own template without our columns: build them at the width the template asks for
        width = float(frame.customProperty(ids.TABLE_WIDTH_PROPERTY, 100.0))
        table_columns = ids.table_columns(width, content.table_headers)
    table.setColumns(table_columns)
    sort = QgsLayoutTableColumn(SORT_FIELD)
    sort.setAttribute(SORT_FIELD)
    sort.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([sort])
    table.setFilterFeatures(True)
    table.setFeatureFilter(table_filter(content.pages))
    table.setMaximumNumberOfFeatures(table_capacity(layout))
    table.setEmptyTableMessage(content.empty_table)
    table.refresh()
