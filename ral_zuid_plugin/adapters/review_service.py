"""Glue for the reviewer: the review client on the QGIS network stack, the decision outbox, the reviewer's name."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings

from ral_zuid_plugin.adapters import submission_settings
from ral_zuid_plugin.adapters.network import QgisTransport
from ral_zuid_plugin.adapters.submission_settings import ServiceSettings
from ral_zuid_plugin.core.review.client import ReviewClient
from ral_zuid_plugin.core.review.outbox import DecisionOutbox

REVIEWER_KEY = "ral_zuid/review/reviewer"


def review_client(settings: ServiceSettings) -> ReviewClient:
    """The reviewer's OGC API client through QGIS (proxy, certificates, authcfg; no redirects across origins)."""
    return ReviewClient(
        QgisTransport(settings.authcfg, settings.timeout_seconds), settings.service_url, settings.collection
    )


def decision_outbox_path() -> Path:
    """``<QGIS profile>/ral_zuid/review_outbox.sqlite``."""
    return submission_settings.profile_dir() / "ral_zuid" / "review_outbox.sqlite"  # patched by tests and the demo


def open_decision_outbox() -> DecisionOutbox:
    return DecisionOutbox(decision_outbox_path())


def load_reviewer() -> str:
    return str(QgsSettings().value(REVIEWER_KEY, "") or "")


def save_reviewer(name: str) -> None:
    QgsSettings().setValue(REVIEWER_KEY, name.strip())
