"""Pieces the Expertisecentrum algorithms share: dates, and reading all submissions from the service."""

from __future__ import annotations

import datetime as dt

from ral_zuid_plugin.adapters.review_service import review_client
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import Progress
from ral_zuid_plugin.core.review.submissions import Submissions, submissions_frame
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError
from ral_zuid_plugin.processing_provider.submissions.service_parameters import service_settings_from

MAX_SKIPPED_SHOWN = 20


def parse_day(text: str, label: str) -> dt.date | None:
    """``yyyy-mm-dd`` or empty (``None``); a message naming the parameter otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise RalZuidError(
            tr("{parameter}: '{text}' is not a date; write it as yyyy-mm-dd, e.g. 2026-11-29.").format(
                parameter=label, text=text
            )
        ) from error


def read_submissions(algorithm, parameters: dict, context, progress: Progress) -> Submissions:
    """Every submission on the service (paged), as a frame; unreadable features are reported and left out."""
    client = review_client(service_settings_from(algorithm, parameters, context))
    try:
        features = client.fetch_all(progress)
    except DeliveryError as error:
        raise RalZuidError(
            tr("Could not read the submissions: {reason} No output was written.").format(reason=error.message)
        ) from error
    submissions = submissions_frame(features)
    for ident, reason in submissions.skipped[:MAX_SKIPPED_SHOWN]:
        progress.warning(tr("Submission {ident} left out: {reason}").format(ident=ident, reason=reason))
    if len(submissions.skipped) > MAX_SKIPPED_SHOWN:
        progress.warning(
            tr("{count} more submissions left out.").format(count=len(submissions.skipped) - MAX_SKIPPED_SHOWN)
        )
    return submissions
