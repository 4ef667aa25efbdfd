"""``ralzuid:reviewstatus``: the expertisecentrum's review status of each candidate, read back from the service."""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
)

from ral_zuid_plugin.adapters.atomic_sink import AtomicSink
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.submission_layer import REVIEW_FIELDS
from ral_zuid_plugin.adapters.submission_service import features_client
from ral_zuid_plugin.adapters.submission_settings import load_contact, open_outbox
from ral_zuid_plugin.core.errors import CancelledError, InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.submission.candidates import feature_id
from ral_zuid_plugin.core.submission.ogcapi import FINAL_REVIEW_STATUSES, MAX_REMARK, DeliveryError
from ral_zuid_plugin.core.submission.outbox import RECEIVED, REVIEWED
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.submissions.service_parameters import (
    add_service_parameters,
    service_settings_from,
)
from ral_zuid_plugin.processing_provider.widgets import municipality_parameter


class ReviewStatusAlgorithm(RalZuidAlgorithm):
    NAME = "reviewstatus"
    GROUP = groups.SUBMISSIONS

    INPUT = "INPUT"
    GEMEENTECODE = "GEMEENTECODE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Submitted candidates (with field kandidaat_id)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
            )
        )
        self.addParameter(
            municipality_parameter(
                self.GEMEENTECODE, tr("Municipality (CBS code)"), optional=False, default=load_contact().gemeentecode
            )
        )
        add_service_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Candidates with review status")))

    def execute(self, parameters, context, feedback, progress):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise RalZuidError(tr("The candidates layer could not be read."))
        if source.fields().indexOf("kandidaat_id") < 0:
            raise InputDataError(tr("the layer has no field 'kandidaat_id'"), column="kandidaat_id")
        gemeentecode = self.parameterAsString(parameters, self.GEMEENTECODE, context).strip().upper()
        if not gemeentecode:
            raise RalZuidError(tr("Fill in the municipality code (e.g. GM0772)."))
        client = features_client(service_settings_from(self, parameters, context))
        fields = QgsFields(source.fields())
        for name, kind in REVIEW_FIELDS:
            if fields.indexOf(name) < 0:
                fields.append(QgsField(name, kind))
        outbox = open_outbox()
        outbox_items = {item.feature_id: item for item in outbox.items(states=(RECEIVED, REVIEWED))}
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        total = max(source.featureCount(), 1)
        found = 0
        counts: dict[str, int] = {}
        shortened: list[tuple[str, int]] = []
        output = AtomicSink(self, parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs())
        try:
            for number, feature in enumerate(source.getFeatures()):
                if feedback.isCanceled():
                    raise CancelledError()
                kandidaat_id = str(feature["kandidaat_id"])
                status = client.review_status(feature_id(gemeentecode, kandidaat_id))
                out = QgsFeature(fields)
                out.setGeometry(feature.geometry())
                values = dict(zip(source.fields().names(), feature.attributes()))
                if status is not None:
                    found += 1
                    counts[status.status] = counts.get(status.status, 0) + 1
                    if status.remark_length:
                        shortened.append((kandidaat_id, status.remark_length))
                    values.update(review_status=status.status, review_opmerking=status.remark, review_opgehaald=stamp)
                    item = outbox_items.get(status.feature_id)
                    if item is not None:
                        outbox.set_review(item, status.status, status.remark, status.status in FINAL_REVIEW_STATUSES)
                else:
                    values.update(review_status=None, review_opmerking=None, review_opgehaald=stamp)
                out.setAttributes([values.get(name) for name in fields.names()])
                if not output.sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                    raise RalZuidError(
                        tr("Could not write candidate {candidate} to the output.").format(candidate=kandidaat_id)
                    )
                feedback.setProgress(100.0 * (number + 1) / total)
            if feedback.isCanceled():
                raise CancelledError()
            dest_id = output.finish()
        except DeliveryError as error:
            output.abort()
            raise RalZuidError(
                tr("Candidate {candidate}: {reason} No output was written.").format(
                    candidate=kandidaat_id, reason=error.message
                )
            ) from error
        except BaseException:
            output.abort()
            raise
        for kandidaat_id, length in shortened:
            progress.warning(
                tr(
                    "Candidate {candidate}: the reviewer's remark has {length} characters; only the first {limit} "
                    "are kept."
                ).format(candidate=kandidaat_id, length=length, limit=MAX_REMARK)
            )
        progress.info(
            tr("{found} of {total} candidates found on the service: {summary}").format(
                found=found,
                total=source.featureCount(),
                summary=", ".join(f"{name} {count}" for name, count in sorted(counts.items())) or "-",
            )
        )
        style_output(context, dest_id, tr("Candidates with review status"), "submission_review.qml")
        return {self.OUTPUT: dest_id}
