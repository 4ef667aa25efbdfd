"""``ralzuid:reviewreport``: the monthly XLSX report of submissions, decisions and lead times per gemeente."""

from __future__ import annotations

import datetime as dt

from qgis.core import QgsProcessingParameterFileDestination

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.review.report import month_report, parse_month, write_month_report
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter
from ral_zuid_plugin.processing_provider.review.common import read_submissions
from ral_zuid_plugin.processing_provider.submissions.service_parameters import add_service_parameters
from ral_zuid_plugin.processing_provider.widgets import month_parameter


class ReviewReportAlgorithm(RalZuidAlgorithm):
    NAME = "reviewreport"
    GROUP = groups.REVIEW

    MONTH = "MONTH"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(month_parameter(self.MONTH, tr("Month"), default=dt.date.today().strftime("%Y-%m")))
        add_service_parameters(self)
        add_report_language_parameter(self)
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("Report"), fileFilter=tr("Excel workbook (*.xlsx)"))
        )

    def execute(self, parameters, context, feedback, progress):
        month = self.parameterAsString(parameters, self.MONTH, context)
        parse_month(month)  # a bad month stops before anything is read
        target = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        submissions = read_submissions(self, parameters, context, SubProgress(progress, 0.0, 70.0))
        report = month_report(submissions.frame, month)
        path = write_month_report(report, target)
        totals = report.per_gemeente.iloc[-1] if len(report.per_gemeente) else None
        progress.info(
            tr("{month}: {submissions} submissions and {decisions} decisions in {count} gemeenten.").format(
                month=report.month,
                submissions=int(totals["aanmeldingen"]) if totals is not None else 0,
                decisions=int(totals["besluiten"]) if totals is not None else 0,
                count=max(len(report.per_gemeente) - 1, 0),
            )
        )
        return {self.OUTPUT: path}
