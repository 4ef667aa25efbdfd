"""Parameter definitions whose widgets read like the thing they ask for (#18.4).

- :func:`municipality_parameter`: a string parameter holding a CBS code, shown as a pick list of the 87
  gemeenten by name (``gui/municipality_widget.py``); scripts, batch runs and models still pass a code.
- :func:`municipalities_parameter`: several CBS codes, ticked by name in one list (empty = all).
- :func:`date_parameter`: a date string, shown as a date editor with a calendar (``gui/date_widget.py``).
- :func:`number_parameter`: whole numbers as integers, other numbers with a fixed number of decimals instead
  of the six QGIS shows by default (``17.000000``).
- :func:`advanced`: marks a parameter for the "Advanced parameters" section of the dialog.
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterDefinition, QgsProcessingParameterNumber, QgsProcessingParameterString

MUNICIPALITY_WRAPPER = "ral_zuid_plugin.gui.municipality_widget.MunicipalityWidgetWrapper"
DATE_WRAPPER = "ral_zuid_plugin.gui.date_widget.DateWidgetWrapper"
MUNICIPALITIES_WRAPPER = "ral_zuid_plugin.gui.municipality_widget.MunicipalitiesWidgetWrapper"


def municipality_parameter(
    name: str,
    description: str,
    optional: bool,
    default: str = "",
    empty_text: str = "",
    extra_choices: list[tuple[str, str]] | None = None,
) -> QgsProcessingParameterString:
    """A CBS code (``GM0772``); the dialog lists the gemeenten by name. ``empty_text`` names the empty choice of
    an optional parameter (what leaving it empty means); a required one starts on "choose" unless ``default``.
    ``extra_choices`` are (label, code) pairs listed before the gemeenten (the region, a province)."""
    parameter = QgsProcessingParameterString(name, description, defaultValue=default or "", optional=optional)
    wrapper = {"class": MUNICIPALITY_WRAPPER, "empty_text": empty_text, "extra_choices": list(extra_choices or [])}
    parameter.setMetadata({"widget_wrapper": wrapper})
    return parameter


def municipalities_parameter(name: str, description: str) -> QgsProcessingParameterString:
    """Several CBS codes (``GM0772,GM0935``; empty = all), ticked by name in the dialog."""
    parameter = QgsProcessingParameterString(name, description, defaultValue="", optional=True)
    parameter.setMetadata({"widget_wrapper": {"class": MUNICIPALITIES_WRAPPER}})
    return parameter


def date_parameter(name: str, description: str, optional: bool = True) -> QgsProcessingParameterString:
    """A date as a string (scripts pass ``2026-03-12``; the algorithm parses it); the dialog shows a calendar."""
    parameter = QgsProcessingParameterString(name, description, defaultValue="", optional=optional)
    parameter.setMetadata({"widget_wrapper": {"class": DATE_WRAPPER}})
    return parameter


def number_parameter(
    name: str,
    description: str,
    default: float,
    minimum: float | None = None,
    maximum: float | None = None,
    decimals: int | None = None,
    optional: bool = False,
) -> QgsProcessingParameterNumber:
    """A number; ``decimals=None`` makes it an integer parameter (no decimals at all)."""
    kind = QgsProcessingParameterNumber.Type.Integer if decimals is None else QgsProcessingParameterNumber.Type.Double
    parameter = QgsProcessingParameterNumber(name, description, kind, defaultValue=default, optional=optional)
    if minimum is not None:
        parameter.setMinimum(minimum)
    if maximum is not None:
        parameter.setMaximum(maximum)
    if decimals is not None:
        parameter.setMetadata({"widget_wrapper": {"decimals": decimals}})
    return parameter


def advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
    return parameter
