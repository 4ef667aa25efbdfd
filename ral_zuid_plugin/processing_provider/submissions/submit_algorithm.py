"""``ralzuid:submit``: send a package's candidates (and anything waiting in the outbox) to the OGC API service."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ral_zuid_plugin.adapters.submission_service import client_for_outbox, queue_package
from ral_zuid_plugin.adapters.submission_settings import open_outbox
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError
from ral_zuid_plugin.core.submission.outbox import QUEUED, RECEIVED, REVIEWED, SENT, SUPERSEDED
from ral_zuid_plugin.core.submission.sender import send_until_done
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.submissions.service_parameters import (
    add_service_parameters,
    service_settings_from,
)


class SubmitAlgorithm(RalZuidAlgorithm):
    NAME = "submit"
    GROUP = groups.SUBMISSIONS

    PACKAGE = "PACKAGE"
    MAX_WAIT = "MAX_WAIT"
    SUBMISSION_ID = "SUBMISSION_ID"
    RECEIVED = "RECEIVED"
    PENDING = "PENDING"
    SUPERSEDED = "SUPERSEDED"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                self.PACKAGE,
                tr("Submission package (empty = only send what waits in the outbox)"),
                extension="zip",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_WAIT,
                tr("Keep retrying for at most (seconds)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=60,
                minValue=0,
                maxValue=3600,
            )
        )
        add_service_parameters(self)
        self.addOutput(QgsProcessingOutputString(self.SUBMISSION_ID, tr("Submission id")))
        self.addOutput(QgsProcessingOutputNumber(self.RECEIVED, tr("Candidates received by the service")))
        self.addOutput(QgsProcessingOutputNumber(self.PENDING, tr("Candidates still in the outbox")))
        self.addOutput(
            QgsProcessingOutputNumber(self.SUPERSEDED, tr("Candidates not sent because a newer version exists"))
        )

    def execute(self, parameters, context, feedback, progress):
        outbox = open_outbox()
        package_path = self.parameterAsFile(parameters, self.PACKAGE, context)
        submission_id = ""
        package = None
        if package_path:
            package = queue_package(package_path, outbox)
            submission_id = package.submission_id
            progress.info(tr("Submission {submission_id} is in the outbox.").format(submission_id=submission_id))
        settings = service_settings_from(self, parameters, context)
        outbox.retry_now(submission_id or None)
        try:
            client = client_for_outbox(settings, outbox, submission_id or None)
        except DeliveryError as error:
            raise RalZuidError(
                tr("{reason} The submission stays in the outbox; the package is saved and can be e-mailed.").format(
                    reason=error.message
                )
            ) from error
        report = send_until_done(
            outbox,
            client,
            submission_id=submission_id or None,
            max_wait=self.parameterAsDouble(parameters, self.MAX_WAIT, context),
            progress=progress,
            lease=4 * settings.timeout_seconds + 10,
        )
        for kandidaat_id, reason in sorted(report.failed.items()):
            progress.warning(tr("Candidate {candidate}: {reason}").format(candidate=kandidaat_id, reason=reason))
        for kandidaat_id, newer in sorted(report.superseded.items()):
            progress.warning(
                tr("Candidate {candidate}: not sent, because {newer} holds a newer version.").format(
                    candidate=kandidaat_id, newer=newer
                )
            )
        if report.stopped:
            raise RalZuidError(
                tr("{reason} The submission stays in the outbox; the package is saved and can be e-mailed.").format(
                    reason=report.stopped
                )
            )
        counts = outbox.counts(submission_id or None)
        pending = counts[QUEUED] + counts[SENT]
        on_service = counts[RECEIVED] + counts[REVIEWED]
        if package is not None:
            expected = len(package.features)
            if sum(counts.values()) != expected:  # every candidate of the package is one item of the outbox
                raise RalZuidError(
                    tr(
                        "The outbox holds {held} candidates of submission {submission_id}, the package {expected}. "
                        "Nothing is lost on the service, but check the package."
                    ).format(held=sum(counts.values()), submission_id=submission_id, expected=expected)
                )
            progress.info(
                tr(
                    "Submission {submission_id}: {received} of the {expected} candidates in the package are on the "
                    "service, {superseded} superseded by a newer submission, {pending} still in the outbox."
                ).format(
                    submission_id=submission_id,
                    received=on_service,
                    expected=expected,
                    superseded=counts[SUPERSEDED],
                    pending=pending,
                )
            )
        else:
            progress.info(
                tr("{received} candidates received by the service, {pending} still in the outbox.").format(
                    received=len(report.received), pending=pending
                )
            )
        return {
            self.SUBMISSION_ID: submission_id,
            self.RECEIVED: on_service if package is not None else len(report.received),
            self.PENDING: pending,
            self.SUPERSEDED: counts[SUPERSEDED],
        }
