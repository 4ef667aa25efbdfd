"""``ralzuid:fastchargescreening``: screen candidate fast-charge sites against the regional snellaadvisie."""

from __future__ import annotations

import json
import os
from typing import ClassVar

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
)

from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import (
    frame_from_source,
    origin_of,
    point_table_from_source,
    write_frame_to_sink,
)
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference.charging_locations import NAL_DEFINITION, PLAN_DEFINITION
from ral_zuid_plugin.core.screening import wording
from ral_zuid_plugin.core.screening.advice_workbook import WORKBOOK_NAME as ADVICE_WORKBOOK
from ral_zuid_plugin.core.screening.advice_workbook import write_advice_workbook
from ral_zuid_plugin.core.screening.candidates import prepare_candidates
from ral_zuid_plugin.core.screening.references import (
    VALUE_FIELD,
    bundled_references,
    prepare_point_reference,
    prepare_reference,
)
from ral_zuid_plugin.core.screening.region import bundled_region
from ral_zuid_plugin.core.screening.report import write_candidate_reports, write_text_atomic
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.core.screening.screening import screen_candidates
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter

POINT = QgsProcessing.SourceType.TypeVectorPoint
LINE = QgsProcessing.SourceType.TypeVectorLine
POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
ANY = QgsProcessing.SourceType.TypeVectorAnyGeometry


class FastChargeScreeningAlgorithm(RalZuidAlgorithm):
    NAME = "fastchargescreening"
    GROUP = groups.FAST_CHARGING

    CANDIDATES = "CANDIDATES"
    RULES = "RULES"
    FAST_DEFINITION = "FAST_DEFINITION"
    EXISTING_FAST = "EXISTING_FAST"
    MAIN_ROADS = "MAIN_ROADS"
    CONGESTION = "CONGESTION"
    SUBSTATIONS = "SUBSTATIONS"
    SEARCH_AREAS = "SEARCH_AREAS"
    PROTECTED_AREAS = "PROTECTED_AREAS"
    DEMAND = "DEMAND"
    DEMAND_FIELD = "DEMAND_FIELD"
    LOGISTICS = "LOGISTICS"
    TAXI_RANKS = "TAXI_RANKS"
    TRAFFIC = "TRAFFIC"
    TRAFFIC_FIELD = "TRAFFIC_FIELD"
    OUTPUT = "OUTPUT"
    REPORT_FOLDER = "REPORT_FOLDER"

    # Optional input layer parameter -> rule file layer key.
    LAYER_KEYS: ClassVar[dict[str, str]] = {
        MAIN_ROADS: "hoofdwegen",
        CONGESTION: "netcongestie",
        SUBSTATIONS: "onderstations",
        SEARCH_AREAS: "zoekgebieden",
        PROTECTED_AREAS: "beschermde_gebieden",
        DEMAND: "vraag",
        LOGISTICS: "logistiek",
        TAXI_RANKS: "taxistandplaatsen",
        TRAFFIC: "verkeersintensiteit",
    }
    # Layer key -> (field parameter, the field name the rule file reads).
    VALUE_FIELDS: ClassVar[dict[str, tuple[str, str]]] = {
        "vraag": (DEMAND_FIELD, VALUE_FIELD),
        "verkeersintensiteit": (TRAFFIC_FIELD, "intensiteit"),
    }

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CANDIDATES, tr("Candidate fast-charge sites (points or polygons)"), [POINT, POLYGON]
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES,
                tr("Rule file (empty = bundled snellaadvisie)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FAST_DEFINITION,
                tr("Existing fast charging counts from"),
                options=[tr("50 kW or more (NAL, since October 2023)"), tr("more than 43 kW (regional plan)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.EXISTING_FAST,
                tr("Existing fast-charge sites (empty = bundled NDW data)"),
                [POINT],
                optional=True,
            )
        )
        optional_layers = [
            (self.MAIN_ROADS, tr("Main road network (lines)"), [LINE]),
            (self.CONGESTION, tr("Grid congestion areas (polygons)"), [POLYGON]),
            (self.SUBSTATIONS, tr("Substations (points)"), [POINT]),
            (self.SEARCH_AREAS, tr("Regional search areas for fast charging (polygons)"), [POLYGON]),
            (self.PROTECTED_AREAS, tr("Protected areas (polygons)"), [POLYGON]),
            (self.DEMAND, tr("Demand points, e.g. households or EVs (points or polygons)"), [POINT, POLYGON]),
        ]
        for name, description, types in optional_layers:
            self.addParameter(QgsProcessingParameterFeatureSource(name, description, types, optional=True))
        self.addParameter(
            QgsProcessingParameterField(
                self.DEMAND_FIELD,
                tr("Demand field (empty = every feature counts 1)"),
                parentLayerParameterName=self.DEMAND,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LOGISTICS, tr("Logistics businesses and depots (points)"), [POINT], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.TAXI_RANKS, tr("Taxi ranks (points)"), [POINT], optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.TRAFFIC,
                tr("Traffic volumes, motor vehicles per day (points or lines)"),
                [POINT, LINE],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TRAFFIC_FIELD,
                tr("Traffic volume field"),
                parentLayerParameterName=self.TRAFFIC,
                type=QgsProcessingParameterField.DataType.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Screened candidates"), createByDefault=True)
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination(
                self.REPORT_FOLDER, tr("Folder for the HTML report per candidate"), optional=True, createByDefault=False
            )
        )
        add_report_language_parameter(self)

    def execute(self, parameters, context, feedback, progress):
        # We repair or report invalid geometries ourselves, per feature; the caller's setting is restored after.
        previous_check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        try:
            return self._screen(parameters, context, feedback, progress)
        finally:
            context.setInvalidGeometryCheck(previous_check)

    def _screen(self, parameters, context, feedback, progress) -> dict:
        rules_path = self.parameterAsFile(parameters, self.RULES, context).strip()
        rules = load_rules(rules_path or None)
        progress.info(
            tr("Rule file {name}, version {version}, sha256 {sha}").format(
                name=rules.file_name, version=rules.version, sha=rules.sha256
            )
        )
        source = self.parameterAsSource(parameters, self.CANDIDATES, context)
        if source is None:
            raise InputDataError(tr("the candidate layer cannot be opened"))
        candidate_name = source.sourceName() or tr("candidate layer")
        frame = frame_from_source(source, context, **origin_of(parameters, self.CANDIDATES, context))
        candidates = prepare_candidates(frame, candidate_name)
        progress.info(tr("{count} candidates read").format(count=len(candidates)))

        definition = (
            PLAN_DEFINITION if self.parameterAsEnum(parameters, self.FAST_DEFINITION, context) else NAL_DEFINITION
        )
        needed = set(rules.layers_needed())
        references = {}
        existing = self.parameterAsSource(parameters, self.EXISTING_FAST, context)
        bundled_keys = [key for key in ("snellaadlocaties", "verzorgingsplaatsen", "snelweg_afritten") if key in needed]
        if existing is not None:
            bundled_keys = [key for key in bundled_keys if key != "snellaadlocaties"]
            references["snellaadlocaties"] = self._reference(
                existing, "snellaadlocaties", context, origin=origin_of(parameters, self.EXISTING_FAST, context)
            )
        references.update(bundled_references(bundled_keys, definition))
        for parameter, key in self.LAYER_KEYS.items():
            layer_source = self.parameterAsSource(parameters, parameter, context)
            if layer_source is None:
                continue
            value_field = ""
            if key in self.VALUE_FIELDS:
                value_field = self.parameterAsString(parameters, self.VALUE_FIELDS[key][0], context)
            references[key] = self._reference(
                layer_source, key, context, value_field, origin=origin_of(parameters, parameter, context)
            )
        for key in sorted(needed - set(references)):
            progress.info(tr("No layer '{key}': its criteria are not assessed").format(key=key))
        result = screen_candidates(
            candidates, references, rules, SubProgress(progress, 10, 80), region=bundled_region()
        )
        outside = result.outside_region
        if outside:
            shown = ", ".join(outside[:20]) + (" …" if len(outside) > 20 else "")
            progress.warning(
                tr(
                    "{count} candidate(s) lie outside Noord-Brabant and Limburg and were not screened "
                    "(advice 'buiten regio'): {ids}; check their location and the layer's CRS"
                ).format(count=len(outside), ids=shown)
            )
        for layer in references.values():
            if layer.repaired:
                progress.warning(
                    tr("{count} invalid geometries in layer '{key}' were repaired").format(
                        count=layer.repaired, key=layer.key
                    )
                )

        dest_id = write_frame_to_sink(self, result.frame, parameters, self.OUTPUT, context, feedback)
        style_output(
            context,
            dest_id,
            tr("Fast-charge screening ({version})").format(version=rules.version),
            "screening_advies_vlak.qml"
            if result.frame.geom_type.isin(["Polygon", "MultiPolygon"]).any()
            else "screening_advies.qml",
        )
        outputs = {self.OUTPUT: dest_id}
        folder = ""
        if parameters.get(self.REPORT_FOLDER):
            folder = self.parameterAsFileOutput(parameters, self.REPORT_FOLDER, context).strip()
        if folder:
            os.makedirs(folder, exist_ok=True)
            records = result.records()
            write_candidate_reports(records, folder)
            write_text_atomic(os.path.join(folder, "screening.json"), json.dumps(records, ensure_ascii=False, indent=1))
            write_advice_workbook(result.frame, rules, os.path.join(folder, ADVICE_WORKBOOK))
            progress.info(tr("{count} reports written to {folder}").format(count=len(records), folder=folder))
            outputs[self.REPORT_FOLDER] = folder
        counts = result.frame["advies"].value_counts().to_dict()
        progress.info(
            tr("Advice: {positive} positive, {study} further study, {negative} negative").format(
                positive=counts.get("positief", 0),
                study=counts.get("nader onderzoek", 0),
                negative=counts.get("negatief", 0),
            )
        )
        for code in rules.advice.referrals:
            if counts.get(code, 0):
                progress.info(
                    tr("Referred: {count} x '{advice}'").format(
                        count=counts[code], advice=wording.advice_label(code, rules)
                    )
                )
        progress.set_progress(100)
        return outputs

    def _reference(self, source, key: str, context, value_field: str = "", origin: dict | None = None):
        fields = [value_field] if value_field else []
        if key == "verkeersintensiteit" and not value_field:
            fields = [f.name() for f in source.fields() if f.name().lower() == "intensiteit"][:1]
            value_field = fields[0] if fields else ""
        # A layer of single points is kept as coordinates (no shapely point per feature: issue #13's 5 s).
        points = point_table_from_source(source, context, field_names=fields, **(origin or {}))
        frame = (
            points[0]
            if points is not None
            else frame_from_source(source, context, field_names=fields, **(origin or {}))
        )
        if key in self.VALUE_FIELDS:
            target = self.VALUE_FIELDS[key][1]
            if value_field:
                frame = frame.rename(columns={value_field: target})
            elif key == "vraag":
                frame[VALUE_FIELD] = 1.0
            elif target not in frame.columns:
                raise InputDataError(
                    tr("choose the field with the traffic volume (motor vehicles per day) of layer {name}").format(
                        name=source.sourceName()
                    )
                )
        attribution = tr("input layer {name}").format(name=source.sourceName())
        if points is not None:
            return prepare_point_reference(key, frame, points[1], attribution=attribution)
        return prepare_reference(key, frame, attribution=attribution, source_name=None)
