"""Glue between the submission core and QGIS: the client on the QGIS network stack, and queuing a package."""

from __future__ import annotations

from pathlib import Path

from ral_zuid_plugin.adapters.network import QgisTransport
from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, load_service_settings, open_outbox
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError, FeaturesClient
from ral_zuid_plugin.core.submission.outbox import Outbox
from ral_zuid_plugin.core.submission.package import SubmissionPackage, read_package
from ral_zuid_plugin.core.submission.sender import DeliveryReport, send_until_done


def service_settings(service_url: str = "", collection: str = "", authcfg: str = "") -> ServiceSettings:
    """The saved settings, with any non-empty override (algorithm parameters) taking precedence."""
    saved = load_service_settings()
    return ServiceSettings(
        service_url=service_url.strip() or saved.service_url,
        collection=collection.strip() or saved.collection,
        authcfg=authcfg.strip() or saved.authcfg,
        timeout_seconds=saved.timeout_seconds,
    )


def features_client(settings: ServiceSettings) -> FeaturesClient:
    """An OGC API client that talks through QGIS (proxy, certificates, authcfg)."""
    return FeaturesClient(
        QgisTransport(settings.authcfg, settings.timeout_seconds), settings.service_url, settings.collection
    )


def client_for_outbox(settings: ServiceSettings, outbox: Outbox, submission_id: str | None = None) -> FeaturesClient:
    """The client, or the reason it cannot exist (no URL, bad URL) recorded on the waiting items, then raised."""
    try:
        return features_client(settings)
    except DeliveryError as error:
        outbox.note_problem(error.message, submission_id)
        raise


def queue_package(package_path: str | Path, outbox: Outbox | None = None) -> SubmissionPackage:
    """Put every candidate of a package (already on disk) into the outbox; idempotent."""
    package = read_package(Path(package_path))
    (outbox or open_outbox()).add_submission(
        package.submission_id, package.document["gemeentecode"], str(Path(package_path).resolve()), package.features
    )
    return package


def send_waiting(settings: ServiceSettings, *, automatic: bool, progress=None) -> DeliveryReport:
    """Send what waits in the outbox: only what is due when ``automatic``, else everything at once."""
    outbox = open_outbox()
    if not automatic:
        outbox.retry_now()
    return send_until_done(
        outbox,
        client_for_outbox(settings, outbox),
        max_wait=0 if automatic else 30,
        progress=progress,
    )
