"""Plan maps beyond one gemeente: the whole region or one province (the expertisecentrum's regional overview).

``ralzuid:planmap`` takes, instead of a gemeentecode, ``REGIO`` (Noord-Brabant and Limburg together) or a CBS
province code, ``PV30`` (Noord-Brabant) or ``PV31`` (Limburg); the area is the union of the bundled CBS 2023
gemeenten.
"""

from __future__ import annotations

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.texts import Translate

REGION_CODE = "REGIO"
PROVINCE_CODES = ("PV30", "PV31")


def is_regional(code: str) -> bool:
    return (code or "").strip().upper() in (REGION_CODE, *PROVINCE_CODES)


def regional_extent(code: str) -> tuple[str, object, str]:
    """(name, polygon in RD New, code) of the region or of a province."""
    from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

    code = code.strip().upper()
    frame = load_region_municipalities()
    if code == REGION_CODE:
        return tr("Samenwerkingsregio Zuid (Noord-Brabant and Limburg)"), frame.geometry.unary_union, code
    province = frame[frame["provinciecode"] == code]
    return str(province["provincienaam"].iloc[0]), province.geometry.unary_union, code


def overview_name(area: str, tr: Translate = tr) -> str:
    """The overview sheet's name for a province or the region (the map's language: ``tr`` is its translator)."""
    return tr("Overview: {area}").format(area=area)
