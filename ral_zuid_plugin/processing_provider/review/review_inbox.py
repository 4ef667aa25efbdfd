"""``ralzuid:reviewinbox``: every submission of the region, re-screened and checked for conflicts, as a layer."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
)

from ral_zuid_plugin.adapters.review_service import open_decision_outbox
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import write_frame_to_sink
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.review.conflicts import DEFAULT_NEAR_M, DEFAULT_SAME_SITE_M
from ral_zuid_plugin.core.review.inbox import build_inbox
from ral_zuid_plugin.core.review.rule_archive import RuleArchive
from ral_zuid_plugin.core.review.submissions import InboxFilter, parse_gemeenten
from ral_zuid_plugin.core.screening.region import bundled_region
from ral_zuid_plugin.core.submission.ogcapi import REVIEW_STATUSES
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.pressure.common import metres
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter
from ral_zuid_plugin.processing_provider.review.common import parse_day, read_submissions
from ral_zuid_plugin.processing_provider.submissions.service_parameters import add_service_parameters
from ral_zuid_plugin.processing_provider.widgets import date_parameter, municipalities_parameter


class ReviewInboxAlgorithm(RalZuidAlgorithm):
    NAME = "reviewinbox"
    GROUP = groups.REVIEW

    GEMEENTEN = "GEMEENTEN"
    STATUSES = "STATUSES"
    START = "START"
    END = "END"
    NEAR_DISTANCE = "NEAR_DISTANCE"
    SAME_SITE_DISTANCE = "SAME_SITE_DISTANCE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        add_service_parameters(self)
        self.addParameter(municipalities_parameter(self.GEMEENTEN, tr("Municipalities (none ticked = all)")))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.STATUSES,
                tr("Review statuses (none chosen = all)"),
                list(REVIEW_STATUSES),
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(date_parameter(self.START, tr("Submitted from (empty = any)")))
        self.addParameter(date_parameter(self.END, tr("Submitted up to and including (empty = any)")))
        self.addParameter(
            metres(self.NEAR_DISTANCE, tr("Conflict: another gemeente's candidate within (m)"), DEFAULT_NEAR_M)
        )
        self.addParameter(
            metres(self.SAME_SITE_DISTANCE, tr("Conflict: the same site when within (m)"), DEFAULT_SAME_SITE_M)
        )
        add_report_language_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Review inbox"), QgsProcessing.SourceType.TypeVectorPoint)
        )

    def execute(self, parameters, context, feedback, progress):
        chosen = parameters.get(self.STATUSES)
        # an optional multiple enum left empty still reads as [0] ('ontvangen'): only a real choice filters
        indexes = self.parameterAsEnums(parameters, self.STATUSES, context) if chosen not in (None, "", []) else []
        statuses = tuple(REVIEW_STATUSES[i] for i in indexes)
        filters = InboxFilter(
            gemeenten=parse_gemeenten(self.parameterAsString(parameters, self.GEMEENTEN, context)),
            statuses=statuses,
            start=parse_day(self.parameterAsString(parameters, self.START, context), tr("Submitted from")),
            end=parse_day(self.parameterAsString(parameters, self.END, context), tr("Submitted up to")),
        )
        near = self.parameterAsDouble(parameters, self.NEAR_DISTANCE, context)
        same = self.parameterAsDouble(parameters, self.SAME_SITE_DISTANCE, context)
        archive = RuleArchive.bundled()
        submissions = read_submissions(self, parameters, context, SubProgress(progress, 0.0, 40.0))
        inbox = build_inbox(
            submissions, filters, archive, bundled_region(), near, same, progress=SubProgress(progress, 40.0, 90.0)
        )
        frame = inbox.frame
        dest = write_frame_to_sink(self, frame, parameters, self.OUTPUT, context, None)
        style_output(context, dest, tr("Review inbox"), "submission_review.qml")
        waiting = len(open_decision_outbox().queued())
        progress.info(
            tr(
                "{shown} of {total} submissions in the inbox; {changed} with another advice under rule version "
                "{version}; {conflicts} with a conflict; {unknown} screened with a rule file the archive does not know."
            ).format(
                shown=len(frame),
                total=inbox.total_on_service,
                changed=int(frame["advies_gewijzigd"].sum()),
                version=archive.current.version,
                conflicts=int((frame["aantal_conflicten"] > 0).sum()),
                unknown=int((frame["regels_herkend"] == "onbekend").sum()),
            )
        )
        if waiting:
            progress.warning(
                tr("{count} decisions still wait in the outbox; run Review decision to send them.").format(
                    count=waiting
                )
            )
        progress.set_progress(100.0)
        return {self.OUTPUT: dest}
