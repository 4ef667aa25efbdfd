"""What the RAL Zuid menu and toolbar offer. A new capability adds its entries here.

An entry either opens a Processing algorithm's dialog (``algorithm``) or calls a function
that receives ``iface`` (``handler``), for dialogs of our own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.names import algorithm_name


def show_rules_dialog(iface) -> None:
    from ral_zuid_plugin.gui.rules_dialog import show_rules_dialog as show

    show(iface)


def open_settings_dialog(iface) -> None:
    from ral_zuid_plugin.gui.settings_dialog import open_settings_dialog as open_dialog

    open_dialog(iface)


def open_submission_dialog(iface) -> None:
    """Dialogs import their core modules (openpyxl, jsonschema) only when opened."""
    from ral_zuid_plugin.gui.submission_dialog import open_submission_dialog as open_dialog

    open_dialog(iface)


@dataclass(frozen=True)
class MenuEntry:
    """``text`` is the menu text, ``tooltip`` what the toolbar and menu show on hovering, ``icon`` the name of
    the SVG in ``resources/icons`` (default: ``key``)."""

    key: str
    text: Callable[[], str]
    tooltip: Callable[[], str]
    algorithm: str | None = None
    handler: Callable | None = None
    on_toolbar: bool = False
    icon: str = ""

    @property
    def icon_name(self) -> str:
        return self.icon or self.key


def _algorithm_entry(key: str, tooltip: Callable[[], str], on_toolbar: bool = False) -> MenuEntry:
    """An entry that opens algorithm ``ralzuid:<key>``, named as in the toolbox."""
    return MenuEntry(
        key=key,
        text=lambda: algorithm_name(key) + "…",
        tooltip=tooltip,
        algorithm="ralzuid:" + key,
        on_toolbar=on_toolbar,
    )


def menu_entries() -> list[MenuEntry]:
    return [
        _algorithm_entry(
            "regionmunicipalities",
            lambda: tr("Load the 87 municipalities of Noord-Brabant and Limburg with population and households."),
        ),
        _algorithm_entry(
            "sessionindicators",
            lambda: tr("Turn CPO charging sessions into occupancy, kWh and peak indicators per charge point (NAL)."),
        ),
        _algorithm_entry(
            "fastchargescreening",
            lambda: tr("Test candidate fast-charge sites against the regional rules; a report per site."),
            on_toolbar=True,
        ),
        MenuEntry(
            key="fastchargerules",
            text=lambda: algorithm_name("fastchargerules") + "…",
            tooltip=lambda: tr("Show the criteria, thresholds and sources of the active fast-charge rule file."),
            handler=show_rules_dialog,
        ),
        _algorithm_entry(
            "chargingpressure",
            lambda: tr("Map measured charging pressure (occupancy of nearby charge points) as a raster and per area."),
            on_toolbar=True,
        ),
        _algorithm_entry(
            "prognosedpressure",
            lambda: tr("Forecast the charge points each area needs and the gap with what exists and is planned."),
        ),
        _algorithm_entry(
            "placementproposals",
            lambda: tr("Rank the areas where the next public charge points do the most good."),
        ),
        _algorithm_entry(
            "planmap",
            lambda: tr("Make the plankaart for the council: a PDF atlas and a layout in the project."),
            on_toolbar=True,
        ),
        MenuEntry(
            key="submission",
            text=lambda: algorithm_name("submit") + "…",
            tooltip=lambda: tr(
                "Fill in the submission form, build the package and send the candidates to the expertisecentrum."
            ),
            handler=open_submission_dialog,
            on_toolbar=True,
            icon="submit",
        ),
        MenuEntry(
            key="submissionsettings",
            text=lambda: tr("Submission settings…"),
            tooltip=lambda: tr("Service address, collection and login for submitting to the expertisecentrum."),
            handler=open_settings_dialog,
        ),
    ]
