"""One place for QGIS/Qt API differences between QGIS 3.22 (Qt 5) and newer QGIS, QGIS 4 (Qt 6) included.

Each helper uses the newer API when this QGIS has it and falls back to the 3.22 one; docs/compatibility.md
lists the minimum QGIS version of each.
"""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType, QVariant

# QgsField takes QMetaType.Type from QGIS 3.38 on (the only form in QGIS 4 / Qt 6); before, QVariant.Type.
FIELD_TYPES_ARE_QMETATYPE = Qgis.QGIS_VERSION_INT >= 33800

# Our names of field types, as QMetaType.Type members (Qt 6 spells the string, date and time types with a Q).
_QMETATYPE_NAMES = {
    "Bool": "Bool",
    "Int": "Int",
    "UInt": "UInt",
    "LongLong": "LongLong",
    "ULongLong": "ULongLong",
    "Double": "Double",
    "String": "QString",
    "Date": "QDate",
    "DateTime": "QDateTime",
    "Time": "QTime",
}


def _qvariant_types() -> dict[str, Any]:
    """The QVariant.Type members QgsField wants before QGIS 3.38 (Qt 6 has none of them: read only on Qt 5)."""
    return {
        "Bool": QVariant.Bool,  # qt5-fallback: QgsField before QGIS 3.38
        "Int": QVariant.Int,  # qt5-fallback: QgsField before QGIS 3.38
        "UInt": QVariant.UInt,  # qt5-fallback: QgsField before QGIS 3.38
        "LongLong": QVariant.LongLong,  # qt5-fallback: QgsField before QGIS 3.38
        "ULongLong": QVariant.ULongLong,  # qt5-fallback: QgsField before QGIS 3.38
        "Double": QVariant.Double,  # qt5-fallback: QgsField before QGIS 3.38
        "String": QVariant.String,  # qt5-fallback: QgsField before QGIS 3.38
        "Date": QVariant.Date,  # qt5-fallback: QgsField before QGIS 3.38
        "DateTime": QVariant.DateTime,  # qt5-fallback: QgsField before QGIS 3.38
        "Time": QVariant.Time,  # qt5-fallback: QgsField before QGIS 3.38
    }


def field_type(name: str, *, qmetatype: bool | None = None) -> Any:
    """The QgsField type for ``name`` (Bool, Int, UInt, LongLong, ULongLong, Double, String, Date, DateTime, Time).

    ``qmetatype`` forces one form (for tests); the values are the same integers in both forms.
    """
    if name not in _QMETATYPE_NAMES:
        raise KeyError(name)
    if FIELD_TYPES_ARE_QMETATYPE if qmetatype is None else qmetatype:
        return getattr(QMetaType.Type, _QMETATYPE_NAMES[name])
    return _qvariant_types()[name]
