"""``ralzuid:reviewdecision``: set the review status of candidates, with motivation, reviewer and date."""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)

from ral_zuid_plugin.adapters.atomic_sink import AtomicSink
from ral_zuid_plugin.adapters.qgis_compat import field_type
from ral_zuid_plugin.adapters.review_service import (
    load_reviewer,
    open_decision_outbox,
    review_client,
    save_reviewer,
)
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.core.errors import CancelledError, InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.review.decision import DECISION_STATUSES, Decision, new_decision
from ral_zuid_plugin.core.review.outbox import send_decisions
from ral_zuid_plugin.core.submission.ogcapi import DeliveryError
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.review.common import parse_day
from ral_zuid_plugin.processing_provider.submissions.service_parameters import (
    add_service_parameters,
    service_settings_from,
)
from ral_zuid_plugin.processing_provider.widgets import date_parameter

REQUIRED_FIELDS = ("feature_id", "versie", "review_status")
RESULT_FIELDS = ("besluit", "motivering", "beoordelaar", "besluitdatum", "resultaat")


class ReviewDecisionAlgorithm(RalZuidAlgorithm):
    NAME = "reviewdecision"
    GROUP = groups.REVIEW

    INPUT = "INPUT"
    STATUS = "STATUS"
    MOTIVATION = "MOTIVATION"
    REVIEWER = "REVIEWER"
    DATE = "DATE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Candidates from the review inbox (tick 'Selected features only' to decide on a selection)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
            )
        )
        self.addParameter(QgsProcessingParameterEnum(self.STATUS, tr("New status"), list(DECISION_STATUSES)))
        self.addParameter(
            QgsProcessingParameterString(self.MOTIVATION, tr("Motivation for the gemeente"), multiLine=True,
                                         optional=True)
        )  # fmt: skip
        self.addParameter(QgsProcessingParameterString(self.REVIEWER, tr("Reviewer"), defaultValue=load_reviewer()))
        self.addParameter(date_parameter(self.DATE, tr("Decision date (empty = today)")))
        add_service_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Decisions")))

    def execute(self, parameters, context, feedback, progress):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise RalZuidError(tr("The candidates layer could not be read."))
        for name in REQUIRED_FIELDS:
            if source.fields().indexOf(name) < 0:
                raise InputDataError(
                    tr("the layer has no field '{field}'; use the output of Review inbox").format(field=name),
                    path=source.sourceName(),
                    column=name,
                )
        status = DECISION_STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)]
        motivation = self.parameterAsString(parameters, self.MOTIVATION, context)
        reviewer = self.parameterAsString(parameters, self.REVIEWER, context)
        day = parse_day(self.parameterAsString(parameters, self.DATE, context), tr("Decision date")) or dt.date.today()
        outbox = open_decision_outbox()
        features = list(source.getFeatures())
        if not features:
            raise RalZuidError(tr("No candidates chosen: select candidates in the review inbox layer."))
        decisions: list[Decision] = []
        problems: list[str] = []
        for row, feature in enumerate(features, start=1):
            feature_id = str(feature["feature_id"] or "")
            queued = outbox.latest_queued(feature_id)
            seen = queued.status if queued is not None else str(feature["review_status"] or "ontvangen")
            try:
                decisions.append(
                    new_decision(feature_id, status, motivation, reviewer, day, str(feature["versie"] or ""), seen)
                )
            except RalZuidError as error:
                problems.append(tr("Row {row} ({ident}): {reason}").format(row=row, ident=feature_id, reason=error))
        if problems:
            raise RalZuidError(
                tr("No decision was queued or sent:") + "\n" + "\n".join(problems[:20])
                + ("\n…" if len(problems) > 20 else "")
            )  # fmt: skip
        save_reviewer(reviewer)
        for decision in decisions:
            outbox.add(decision)
        try:
            report = send_decisions(outbox, review_client(service_settings_from(self, parameters, context)), progress)
        except DeliveryError as error:  # no URL or a bad URL: everything stays in the outbox
            progress.warning(error.message)
            report = None
        if feedback.isCanceled():
            raise CancelledError()
        fields = QgsFields(source.fields())
        for name in RESULT_FIELDS:
            if fields.indexOf(name) < 0:
                fields.append(QgsField(name, field_type("String")))
        output = AtomicSink(self, parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        counts: dict[str, int] = {}
        try:
            for feature, decision in zip(features, decisions):
                result = self._result(outbox, decision, report)
                counts[result] = counts.get(result, 0) + 1
                values = dict(zip(source.fields().names(), feature.attributes()))
                values.update(
                    besluit=decision.status,
                    motivering=decision.motivation,
                    beoordelaar=decision.reviewer,
                    besluitdatum=decision.date,
                    resultaat=result,
                )
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                out.setAttributes([values.get(name) for name in fields.names()])
                if not output.sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                    raise RalZuidError(
                        tr("Could not write candidate {ident} to the output.").format(ident=decision.feature_id)
                    )
            dest = output.finish()
        except BaseException:
            output.abort()
            raise
        progress.info(
            tr("Decisions: {summary}").format(summary=", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        )
        style_output(context, dest, tr("Decisions"), None)
        return {self.OUTPUT: dest}

    @staticmethod
    def _result(outbox, decision: Decision, report) -> str:
        state, error = outbox.state_of(decision.decision_id)
        if state == "done":
            return tr("written")
        if state == "refused":
            return tr("refused: {reason}").format(reason=error)
        return tr("waiting in the outbox: {reason}").format(reason=error or tr("not sent yet"))
