"""Bundled styles in the reader's language: legend labels and map labels of a QML, translated when it is applied.

The QML files carry English labels (one language, the source texts of the catalogue); this module replaces them
with ``tr()`` texts, so the canvas follows the QGIS language and a plankaart follows the map language.
"""

from __future__ import annotations

from typing import Callable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsMarkerSymbol,
    QgsProject,
    QgsProperty,
    QgsRasterLayer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLegendNode,
    QgsSymbolLayer,
    QgsVectorLayer,
)

from ral_zuid_plugin.core.i18n import tr

Translate = Callable[[str], str]
PROPOSALS_QML = "pressure_proposals.qml"
ZES_SITES_QML = "zes_sites.qml"
# ZES sites: the proposal (sites with laadpunten allocated) is drawn large and labelled; the reserve sites (a city has
# hundreds of 500 m search cells) small, and only labelled with their rank when zoomed in to street level.
ZES_RESERVE_LABEL_SCALE = 7500


def category_labels(tr: Translate = tr) -> dict[str, str]:
    """Translated legend labels, keyed by the English label in the QML."""
    return {
        "positive": tr("positive"),
        "further study": tr("further study"),
        "negative": tr("negative"),
        "referral or outside the region": tr("referral or outside the region"),
        "measured": tr("measured"),
        "prognosis": tr("prognosis"),
        "Open request": tr("Open request"),
        "Open, traffic decision taken": tr("Open, traffic decision taken"),
        "In use": tr("In use"),
        "Rejected": tr("Rejected"),
    }


def text_expression(template: str, fields: dict[str, str]) -> str:
    """A QGIS expression printing ``template`` with each ``{placeholder}`` replaced by its field's value.

    ``text_expression("No. {rank}", {"rank": "rang"})`` is ``'No. ' || "rang"``; quotes in the text are doubled.
    """
    parts: list[str] = []
    rest = template
    while rest:
        starts = [(rest.find("{" + key + "}"), key) for key in fields if "{" + key + "}" in rest]
        if not starts:
            parts.append("'{}'".format(rest.replace("'", "''")))
            break
        position, key = min(starts)
        if position:
            parts.append("'{}'".format(rest[:position].replace("'", "''")))
        parts.append('"{}"'.format(fields[key].replace('"', '""')))
        rest = rest[position + len(key) + 2 :]
    return " || ".join(parts) if parts else "''"


LABELLED_RANKS = 10
COLOURED_RANKS = 20  # as the plankaart's default "draw proposal areas up to this rank"


def proposal_label_expression(tr: Translate = tr) -> str:
    """The label of a proposal area: "Nr. 3: 6 extra laadpunten" (not the cryptic "3: +6").

    Only the ten most urgent areas are labelled: a city easily has hundreds of ranked cells.
    """
    fields = {"rank": "rang", "count": "extra_laadpunten"}
    return 'CASE WHEN "rang" > {top} THEN NULL WHEN "extra_laadpunten" = 1 THEN {one} ELSE {many} END'.format(
        top=LABELLED_RANKS,
        one=text_expression(tr("No. {rank}: 1 extra charge point"), fields),
        many=text_expression(tr("No. {rank}: {count} extra charge points"), fields),
    )


def zes_site_label_expression(tr: Translate = tr) -> str:
    """The label of a ZES site: "Nr. 1: semipubliek laadplein bestelbussen (50-150 kW), 22 laadpunten" for a proposed
    site; "Nr. 40" for a reserve site, only at 1:7.500 or closer; nothing otherwise."""
    proposed = text_expression(
        tr("No. {rank}: {type}, {count} laadpunten"),
        {"rank": "rang", "type": "site_type_label", "count": "aantal_laadpunten"},
    )
    reserve = text_expression(tr("No. {rank}"), {"rank": "rang"})
    return 'CASE WHEN "aantal_laadpunten" > 0 THEN {proposed} WHEN @map_scale <= {scale} THEN {reserve} END'.format(
        proposed=proposed, scale=ZES_RESERVE_LABEL_SCALE, reserve=reserve
    )


def _zes_site_sizes(renderer: QgsCategorizedSymbolRenderer) -> None:
    """Proposed ZES sites large, reserve sites small (data-defined marker size on every category's symbol)."""
    for index, category in enumerate(renderer.categories()):
        symbol = category.symbol()
        if not isinstance(symbol, QgsMarkerSymbol):
            continue
        symbol = symbol.clone()
        size = symbol.size()
        symbol.setDataDefinedSize(
            QgsProperty.fromExpression(
                'CASE WHEN "aantal_laadpunten" > 0 THEN {} ELSE {} END'.format(
                    round(size * 1.5, 2), round(size * 0.4, 2)
                )
            )
        )
        renderer.updateCategorySymbol(index, symbol)


def _proposal_fills(renderer: QgsCategorizedSymbolRenderer) -> None:
    """Only the 20 most urgent proposal areas coloured; the others a faint grey outline (a city has hundreds)."""
    top = '"rang" <= {}'.format(COLOURED_RANKS)
    for index, category in enumerate(renderer.categories()):
        symbol = category.symbol().clone()
        for layer in symbol.symbolLayers():
            if not isinstance(layer, QgsSimpleFillSymbolLayer):
                continue
            fill, stroke = layer.color(), layer.strokeColor()
            colours = {
                QgsSymbolLayer.Property.PropertyFillColor: (fill, "0,0,0,0"),
                QgsSymbolLayer.Property.PropertyStrokeColor: (stroke, "120,120,120,110"),
            }
            for key, (colour, faint) in colours.items():
                rgba = "{},{},{},{}".format(colour.red(), colour.green(), colour.blue(), colour.alpha())
                expression = "CASE WHEN {top} THEN '{rgba}' ELSE '{faint}' END".format(top=top, rgba=rgba, faint=faint)
                layer.setDataDefinedProperty(key, QgsProperty.fromExpression(expression))
            layer.setDataDefinedProperty(
                QgsSymbolLayer.Property.PropertyStrokeWidth,
                QgsProperty.fromExpression(
                    "CASE WHEN {top} THEN {width} ELSE 0.15 END".format(top=top, width=layer.strokeWidth())
                ),
            )
        renderer.updateCategorySymbol(index, symbol)


def _set_label_expression(layer: QgsVectorLayer, expression: str) -> None:
    labeling = layer.labeling().clone()
    settings = labeling.settings()
    settings.fieldName = expression
    settings.isExpression = True
    labeling.setSettings(settings)
    layer.setLabeling(labeling)


def localise(layer: QgsMapLayer, qml_name: str, translate: Translate = tr) -> None:
    """Translate the legend labels of ``layer`` (styled with ``qml_name``) and, for proposals, its map labels."""
    if not isinstance(layer, QgsVectorLayer):
        return
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        labels = category_labels(translate)
        renderer = renderer.clone()
        for index, category in enumerate(renderer.categories()):
            if category.label() in labels:
                renderer.updateCategoryLabel(index, labels[category.label()])
        if qml_name == ZES_SITES_QML:
            _zes_site_sizes(renderer)
        if qml_name == PROPOSALS_QML:
            _proposal_fills(renderer)
        # A new renderer (not an edit of the old one) tells the layers panel to redraw the legend.
        layer.setRenderer(renderer)
    if qml_name == PROPOSALS_QML and layer.labeling() is not None:
        _set_label_expression(layer, proposal_label_expression(translate))
    if qml_name == ZES_SITES_QML and layer.labeling() is not None:
        _set_label_expression(layer, zes_site_label_expression(translate))


def hide_band_name(layer: QgsMapLayer, project: QgsProject | None) -> None:
    """Leave the "Band 1: <description>" line out of a raster's legend in the layers panel.

    The layer name already says what the colours mean, with the unit; the band line repeats it with internal
    field names. The order is stored on the layer's node in the project, so it survives saving.
    """
    if not isinstance(layer, QgsRasterLayer) or project is None or layer.legend() is None:
        return
    node = project.layerTreeRoot().findLayer(layer.id())
    if node is None:
        return
    nodes = layer.legend().createLayerTreeModelLegendNodes(node)
    keep = [index for index, entry in enumerate(nodes) if not isinstance(entry, QgsSimpleLegendNode)]
    if keep and len(keep) < len(nodes):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, keep)
        layer.legendChanged.emit()  # the layers panel built its legend when the layer was added: rebuild it
