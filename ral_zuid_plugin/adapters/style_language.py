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
    QgsProject,
    QgsRasterLayer,
    QgsSimpleLegendNode,
    QgsVectorLayer,
)

from ral_zuid_plugin.core.i18n import tr

Translate = Callable[[str], str]
PROPOSALS_QML = "pressure_proposals.qml"


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
        # A new renderer (not an edit of the old one) tells the layers panel to redraw the legend.
        layer.setRenderer(renderer)
    if qml_name == PROPOSALS_QML and layer.labeling() is not None:
        labeling = layer.labeling().clone()
        settings = labeling.settings()
        settings.fieldName = proposal_label_expression(translate)
        settings.isExpression = True
        labeling.setSettings(settings)
        layer.setLabeling(labeling)


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
