"""Loading plankaart templates (``.qpt``) and finding their items by id, never by position."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
)
from qgis.PyQt.QtXml import QDomDocument

from ral_zuid_plugin.adapters import layout_design as ids
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.resources import resource_path

TEMPLATE_FILES = {
    "a3_landscape": "plankaart_a3_landscape.qpt",
    "a4_portrait": "plankaart_a4_portrait.qpt",
}

ITEM_TYPES = {
    ids.MAIN_MAP: QgsLayoutItemMap,
    ids.OVERVIEW_MAP: QgsLayoutItemMap,
    ids.TITLE: QgsLayoutItemLabel,
    ids.SUBTITLE: QgsLayoutItemLabel,
    ids.STATUS: QgsLayoutItemLabel,
    ids.PAGE_NAME: QgsLayoutItemLabel,
    ids.LEGEND: QgsLayoutItemLegend,
    ids.LOCATION_TABLE: QgsLayoutFrame,
    ids.TABLE_NOTE: QgsLayoutItemLabel,
    ids.SOURCES: QgsLayoutItemLabel,
    ids.FOOTER: QgsLayoutItemLabel,
    ids.LOGO: QgsLayoutItemPicture,
    ids.SCALE_BAR: QgsLayoutItemScaleBar,
    ids.NORTH_ARROW: QgsLayoutItemPicture,
}


def bundled_template(name: str) -> Path:
    """Path of a bundled template (``a3_landscape`` or ``a4_portrait``)."""
    if name not in TEMPLATE_FILES:
        raise RalZuidError(tr("Unknown plan map template '{name}'.").format(name=name))
    return resource_path("templates", TEMPLATE_FILES[name])


def load_template(path: str | Path, project: QgsProject, layout_name: str) -> QgsPrintLayout:
    """A print layout for ``project`` made from the template at ``path``; every required item must be there."""
    path = Path(path)
    if not path.is_file():
        raise RalZuidError(tr("The layout template '{path}' does not exist.").format(path=str(path)))
    document = QDomDocument()
    ok, message, line, _column = document.setContent(path.read_text(encoding="utf-8"))
    if not ok:
        raise RalZuidError(
            tr("The layout template '{path}' is not valid XML (line {line}: {message}).").format(
                path=path.name, line=line, message=message
            )
        )
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, loaded = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not loaded:
        raise RalZuidError(tr("QGIS could not read the layout template '{path}'.").format(path=path.name))
    layout.setName(layout_name)
    missing = [item_id for item_id, kind in ITEM_TYPES.items() if not isinstance(layout.itemById(item_id), kind)]
    if missing:
        raise RalZuidError(
            tr("The layout template '{path}' lacks the items with id {ids}; start from a bundled template.").format(
                path=path.name, ids=", ".join(missing)
            )
        )
    return layout


def item(layout: QgsPrintLayout, item_id: str):
    """The layout item with ``item_id`` (checked when the template was loaded)."""
    return layout.itemById(item_id)


def location_table(layout: QgsPrintLayout) -> QgsLayoutItemAttributeTable:
    """The attribute table whose frame has id ``location_table``."""
    table = layout.itemById(ids.LOCATION_TABLE).multiFrame()
    if not isinstance(table, QgsLayoutItemAttributeTable):
        raise RalZuidError(tr("The item 'location_table' of the layout template must be an attribute table frame."))
    return table
