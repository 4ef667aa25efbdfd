"""``ralzuid:placementproposals``: a ranked layer of areas needing public laadpunten, for the plankaart."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
)

from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import write_frame_to_sink
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.proposals import (
    DEFAULT_MIN_WEEKS,
    DEFAULT_THRESHOLD_PCT,
    MEASURED_FIRST,
    PEAK_FIELD,
    RANKINGS,
    WEEKS_ABOVE_FIELD,
    WEEKS_DATA_FIELD,
    measured_proposals,
    prognosis_proposals,
    rank_proposals,
    request_proposals,
)
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.pressure.common import (
    points_parameter,
    read_points,
    read_polygons,
    source_label,
)
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter


class PlacementProposalsAlgorithm(RalZuidAlgorithm):
    NAME = "placementproposals"
    GROUP = groups.PRESSURE

    SESSION_POINTS = "SESSION_POINTS"
    THRESHOLD = "THRESHOLD"
    MIN_WEEKS = "MIN_WEEKS"
    PROGNOSIS_AREAS = "PROGNOSIS_AREAS"
    REQUESTS = "REQUESTS"
    RANKING = "RANKING"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SESSION_POINTS,
                tr("Charge points with usage indicators (from Session indicators)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                tr("Peak occupancy threshold (%), used when the layer has no weeks-above-threshold field"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=DEFAULT_THRESHOLD_PCT,
                minValue=0,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_WEEKS,
                tr("Minimum number of weeks with peak occupancy above the threshold"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=DEFAULT_MIN_WEEKS,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PROGNOSIS_AREAS,
                tr("Prognosed gap per area (from Prognosed charging pressure)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REQUESTS,
                tr("Requests for a public point (from Charge point requests; open ones without a point nearby count)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.RANKING,
                tr("Ranking"),
                [
                    tr("One list: measured shortage first (laadzekerheid today), then the prognosis"),
                    tr("Separate lists: measured and prognosis each ranked from 1"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Proposal areas (ranked)"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        add_report_language_parameter(self)

    def _request_part(self, source, parameters, context, feedback, progress):
        label = source_label(source)
        names = [field.name() for field in source.fields()]
        missing = [name for name in ("open", "bediend") if name not in names]
        if missing:
            raise RalZuidError(
                tr("Layer '{layer}' lacks the field(s) {fields}; use the register of Charge point requests.").format(
                    layer=label, fields=", ".join(missing)
                )
            )
        wanted = [n for n in ("open", "bediend", "leeftijd_dagen", "gemeentecode") if n in names]
        requests = read_points(source, context, feedback, progress, label, wanted,
                               **points_parameter(self, parameters, self.REQUESTS, context))  # fmt: skip
        return request_proposals(requests)

    def execute(self, parameters, context, feedback, progress):
        points_source = self.parameterAsSource(parameters, self.SESSION_POINTS, context)
        areas_source = self.parameterAsSource(parameters, self.PROGNOSIS_AREAS, context)
        requests_source = self.parameterAsSource(parameters, self.REQUESTS, context)
        if points_source is None and areas_source is None and requests_source is None:
            raise RalZuidError(tr("Give charge points with usage indicators, a prognosed gap layer, or both."))
        parts = []
        if points_source is not None:
            label = source_label(points_source)
            names = [field.name() for field in points_source.fields()]
            wanted = [n for n in (PEAK_FIELD, WEEKS_ABOVE_FIELD, WEEKS_DATA_FIELD, "gemeentecode") if n in names]
            if PEAK_FIELD not in wanted and WEEKS_ABOVE_FIELD not in wanted:
                raise RalZuidError(
                    tr(
                        "Layer '{layer}' needs a field '{weeks}' or '{peak}' to find charge points under pressure."
                    ).format(layer=label, weeks=WEEKS_ABOVE_FIELD, peak=PEAK_FIELD)
                )
            points = read_points(
                points_source,
                context,
                feedback,
                progress,
                label,
                wanted,
                **points_parameter(self, parameters, self.SESSION_POINTS, context),
            )
            parts.append(
                measured_proposals(
                    points,
                    label,
                    threshold_pct=self.parameterAsDouble(parameters, self.THRESHOLD, context),
                    min_weeks=self.parameterAsInt(parameters, self.MIN_WEEKS, context),
                )
            )
        if requests_source is not None:
            parts.append(self._request_part(requests_source, parameters, context, feedback, progress))
        if areas_source is not None:
            label = source_label(areas_source)
            names = [field.name() for field in areas_source.fields()]
            required = ("tekort", "ev_publiek", "laadpunten_nodig", "laadpunten_bestaand")
            missing = [name for name in required if name not in names]
            if missing:
                raise RalZuidError(
                    tr(
                        "Layer '{layer}' lacks the field(s) {fields}; use the output of Prognosed charging pressure."
                    ).format(layer=label, fields=", ".join(missing))
                )
            parts.append(prognosis_proposals(read_polygons(areas_source, context, feedback, label)))
        ranking = RANKINGS[self.parameterAsEnum(parameters, self.RANKING, context)]
        ranked = rank_proposals(*parts, ranking=ranking)
        progress.info(
            tr("Ranking: measured shortage first, then the prognosis, in one list (field 'lijst').")
            if ranking == MEASURED_FIRST
            else tr("Ranking: separate lists; 'rang' restarts at 1 for the prognosis (fields 'bron' and 'lijst').")
        )
        progress.info(
            tr(
                "{count} area(s) need {extra} extra charge points in total (an indication, not an exact target)."
            ).format(count=len(ranked), extra=int(ranked["extra_laadpunten"].sum()) if len(ranked) else 0)
        )
        dest = write_frame_to_sink(self, ranked, parameters, self.OUTPUT, context, feedback)
        style_output(
            context, dest, tr("Proposal areas for new charge points (ranks 1-20 coloured)"), "pressure_proposals.qml"
        )
        return {self.OUTPUT: dest}
