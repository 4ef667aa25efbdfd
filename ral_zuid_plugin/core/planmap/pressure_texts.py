"""What a laaddruk raster shows, in words a council member reads: the sources line and the legend of a plankaart.

The RAL Zuid pressure algorithms write the band name (``NAME``) and the algorithm (``RALZUID_ALGORITHM``) into
the GeoTIFF metadata; this module turns those into a meaning with its unit. A raster from elsewhere is described
by its own band description and unit, never by its file name alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.texts import Translate

MEASURED = "ralzuid:chargingpressure"
PROGNOSIS = "ralzuid:prognosedpressure"


def band_meanings(tr: Translate = tr) -> dict[str, str]:
    """Meaning with unit of each band the RAL Zuid pressure algorithms write, keyed by the band's NAME."""
    return {
        "laaddruk": tr("hours plugged in per day per public charge point within walking distance"),
        "aansluituren_per_dag": tr("hours plugged in per day per km²"),
        "sessies_per_dag": tr("charging sessions per day per km²"),
        "kwh_per_dag": tr("kWh charged per day per km²"),
        "piekbezetting_pct": tr("peak occupancy of nearby charge points (%)"),
        "publieke_laadpunten_loopafstand": tr("public charge points within walking distance"),
        "tekort_loopafstand": tr("charge points short within walking distance (negative: surplus)"),
        "ev_prognose": tr("electric cars per km² (prognosis)"),
        "laadpunten_nodig": tr("charge points needed per km²"),
        "laadpunten_bestaand": tr("existing charge points per km²"),
    }


@dataclass(frozen=True)
class PressureBand:
    """What the GeoTIFF says about the band drawn on the map."""

    file_name: str
    band_name: str = ""
    description: str = ""
    unit: str = ""
    algorithm: str = ""
    year: str = ""


def meaning(band: PressureBand, tr: Translate = tr) -> str:
    """The band's meaning with its unit: from the known band names, else the file's description and unit."""
    known = band_meanings(tr).get(band.band_name)
    if known:
        return known
    if band.description and band.unit:
        return "{description} ({unit})".format(description=band.description, unit=band.unit)
    return band.description or band.unit or band.file_name


def source_text(band: PressureBand, tr: Translate = tr) -> str:
    """The sources line's part for the laaddruk layer: what was measured or prognosed, and by whom.

    The meaning and unit are in the legend; the sources line says where the numbers come from.
    """
    if band.algorithm == MEASURED:
        return tr("measured from the charging sessions of public charge points, RAL Zuid analysis")
    if band.algorithm == PROGNOSIS:
        return tr("prognosis {year}, RAL Zuid analysis on CBS data").format(year=band.year or "?")
    described = meaning(band, tr)
    if described == band.file_name:
        return described
    return "{meaning} ({file})".format(meaning=described, file=band.file_name)


def legend_name(band: PressureBand, tr: Translate = tr) -> str:
    """Legend title of the laaddruk layer: what the colours mean, with the unit."""
    if band.algorithm == PROGNOSIS:
        return tr("Prognosis {year}: {meaning}").format(year=band.year or "?", meaning=meaning(band, tr))
    return tr("Charging pressure: {meaning}").format(meaning=meaning(band, tr))


def format_number(value: float, decimal_separator: str = ",") -> str:
    """A legend value with one decimal (two below 1), in the map language's decimal separator."""
    decimals = 2 if abs(value) < 1 else 1
    return "{value:.{decimals}f}".format(value=value, decimals=decimals).replace(".", decimal_separator)


def ramp_labels(low: float, high: float, decimal_separator: str = ",", tr: Translate = tr) -> tuple[str, str]:
    """``("2,6 (low)", "8,4 (high)")``: the ends of the colour ramp with their values."""
    return (
        tr("{value} (low)").format(value=format_number(low, decimal_separator)),
        tr("{value} (high)").format(value=format_number(high, decimal_separator)),
    )


def wrap(text: str, width: int = 48, mark: str = "|") -> str:
    """``text`` with ``mark`` (a legend's wrap character) at the last space before every ``width`` characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = "{} {}".format(current, word) if current else word
    if current:
        lines.append(current)
    return mark.join(lines)
