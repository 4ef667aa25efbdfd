"""Review statuses from the expertisecentrum onto a local candidate layer."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsField, QgsVectorLayer

from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.submission.candidates import feature_id
from ral_zuid_plugin.core.submission.ogcapi import ReviewStatus

REVIEW_FIELDS = (
    ("review_status", field_type("String")),
    ("review_opmerking", field_type("String")),
    ("review_opgehaald", field_type("String")),
)


def apply_review_statuses(layer: QgsVectorLayer, gemeentecode: str, statuses: list[ReviewStatus]) -> int:
    """Write status and remark onto the features of ``layer`` (matched on ``kandidaat_id``); return the count."""
    if layer.fields().indexOf("kandidaat_id") < 0:
        raise RalZuidError(tr("The layer {name} has no field 'kandidaat_id'.").format(name=layer.name()))
    provider = layer.dataProvider()
    missing = [QgsField(name, kind) for name, kind in REVIEW_FIELDS if layer.fields().indexOf(name) < 0]
    if missing:
        if not provider.addAttributes(missing):
            raise RalZuidError(tr("Could not add review fields to the layer {name}.").format(name=layer.name()))
        layer.updateFields()
    by_id = {status.feature_id: status for status in statuses}
    indexes = [layer.fields().indexOf(name) for name, _kind in REVIEW_FIELDS]
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    changes = {}
    for feature in layer.getFeatures():
        status = by_id.get(feature_id(gemeentecode, str(feature["kandidaat_id"])))
        if status is not None:
            changes[feature.id()] = dict(zip(indexes, (status.status, status.remark, stamp)))
    if changes and not provider.changeAttributeValues(changes):
        raise RalZuidError(tr("Could not write review statuses to the layer {name}.").format(name=layer.name()))
    layer.triggerRepaint()
    return len(changes)
