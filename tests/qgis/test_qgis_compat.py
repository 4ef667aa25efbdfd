"""Version switches for APIs that differ between QGIS 3.22 and newer QGIS / QGIS 4."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsField

from ral_zuid_plugin.adapters import qgis_compat

# Qt's own type numbers (QMetaType::Type, equal to the old QVariant::Type values), from the Qt documentation.
QT_TYPE_NUMBERS = {
    "Bool": 1,
    "Int": 2,
    "UInt": 3,
    "LongLong": 4,
    "ULongLong": 5,
    "Double": 6,
    "String": 10,
    "Date": 14,
    "Time": 15,
    "DateTime": 16,
}


def test_this_qgis_322_uses_qvariant_field_types():
    assert Qgis.QGIS_VERSION_INT < 33800
    assert qgis_compat.FIELD_TYPES_ARE_QMETATYPE is False


@pytest.mark.parametrize("name", sorted(QT_TYPE_NUMBERS))
def test_both_forms_of_a_field_type_are_the_same_qt_type(name):
    old, new = qgis_compat.field_type(name, qmetatype=False), qgis_compat.field_type(name, qmetatype=True)
    assert type(old).__name__ == "Type" and type(new).__name__ == "Type"
    assert int(old) == int(new) == QT_TYPE_NUMBERS[name]
    # The form for this QGIS makes a field of that type.
    assert int(QgsField("x", qgis_compat.field_type(name)).type()) == QT_TYPE_NUMBERS[name]


def test_an_unknown_field_type_is_refused():
    with pytest.raises(KeyError):
        qgis_compat.field_type("Geometry")
