"""What the RAL Zuid menu and toolbar offer. A new capability adds its entries here.

An entry either opens a Processing algorithm's dialog (``algorithm``) or calls a function
that receives ``iface`` (``handler``), for dialogs of our own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ral_zuid_plugin.core.i18n import tr


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
    key: str
    text: Callable[[], str]
    algorithm: str | None = None
    handler: Callable | None = None
    on_toolbar: bool = False


def menu_entries() -> list[MenuEntry]:
    return [
        MenuEntry(
            key="regionmunicipalities",
            text=lambda: tr("Municipalities of the region…"),
            algorithm="ralzuid:regionmunicipalities",
            on_toolbar=False,
        ),
        MenuEntry(
            key="sessionindicators",
            text=lambda: tr("Charging session indicators (NAL)…"),
            algorithm="ralzuid:sessionindicators",
            on_toolbar=False,
        ),
        MenuEntry(
            key="fastchargescreening",
            text=lambda: tr("Screen fast-charge sites…"),
            algorithm="ralzuid:fastchargescreening",
            on_toolbar=True,
        ),
        MenuEntry(
            key="fastchargerules",
            text=lambda: tr("Show fast-charge screening rules…"),
            handler=show_rules_dialog,
            on_toolbar=False,
        ),
        MenuEntry(
            key="chargingpressure",
            text=lambda: tr("Charging pressure map (measured)…"),
            algorithm="ralzuid:chargingpressure",
            on_toolbar=True,
        ),
        MenuEntry(
            key="prognosedpressure",
            text=lambda: tr("Prognosed charging pressure and gap…"),
            algorithm="ralzuid:prognosedpressure",
            on_toolbar=False,
        ),
        MenuEntry(
            key="placementproposals",
            text=lambda: tr("Where to place laadpunten next…"),
            algorithm="ralzuid:placementproposals",
            on_toolbar=False,
        ),
        MenuEntry(
            key="planmap",
            text=lambda: tr("Plan map (plankaart) for the council…"),
            algorithm="ralzuid:planmap",
            on_toolbar=True,
        ),
        MenuEntry(
            key="submission",
            text=lambda: tr("Submit candidate snellaadlocaties…"),
            handler=open_submission_dialog,
            on_toolbar=True,
        ),
        MenuEntry(
            key="submissionsettings",
            text=lambda: tr("Submission settings…"),
            handler=open_settings_dialog,
            on_toolbar=False,
        ),
    ]
