"""Submission settings and remembered contact details in QgsSettings; the outbox file in the QGIS profile.

Only the *id* of an authentication configuration is stored; the credentials stay in the QGIS authentication
database.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings

from ral_zuid_plugin.core.submission.contact import ContactDetails
from ral_zuid_plugin.core.submission.outbox import Outbox

PREFIX = "ral_zuid/submission/"
DEFAULT_COLLECTION = "aanmeldingen"


@dataclass
class ServiceSettings:
    service_url: str = ""
    collection: str = DEFAULT_COLLECTION
    authcfg: str = ""
    timeout_seconds: float = 30.0


def load_service_settings() -> ServiceSettings:
    settings = QgsSettings()
    return ServiceSettings(
        service_url=str(settings.value(PREFIX + "service_url", "") or ""),
        collection=str(settings.value(PREFIX + "collection", DEFAULT_COLLECTION) or DEFAULT_COLLECTION),
        authcfg=str(settings.value(PREFIX + "authcfg", "") or ""),
        timeout_seconds=float(settings.value(PREFIX + "timeout_seconds", 30.0) or 30.0),
    )


def save_service_settings(service: ServiceSettings) -> None:
    settings = QgsSettings()
    settings.setValue(PREFIX + "service_url", service.service_url.strip())
    settings.setValue(PREFIX + "collection", service.collection.strip() or DEFAULT_COLLECTION)
    settings.setValue(PREFIX + "authcfg", service.authcfg.strip())
    settings.setValue(PREFIX + "timeout_seconds", float(service.timeout_seconds))


def load_contact() -> ContactDetails:
    settings = QgsSettings()
    values = {f.name: str(settings.value(PREFIX + "contact/" + f.name, "") or "") for f in fields(ContactDetails)}
    return ContactDetails(**values)


def save_contact(contact: ContactDetails) -> None:
    settings = QgsSettings()
    for name, value in contact.as_dict().items():
        settings.setValue(PREFIX + "contact/" + name, value)


def profile_dir() -> Path:
    return Path(QgsApplication.qgisSettingsDirPath())


def outbox_path() -> Path:
    """``<QGIS profile>/ral_zuid/outbox.sqlite``."""
    return profile_dir() / "ral_zuid" / "outbox.sqlite"


def open_outbox() -> Outbox:
    return Outbox(outbox_path())
