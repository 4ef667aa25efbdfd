"""``ralzuid:zeslogistics``: find and rank charging sites for a municipality's zero-emission zones (ZES)."""

from __future__ import annotations

import os

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import frame_from_source, origin_of, write_frame_to_sink
from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.logistics.assumptions import load_assumptions
from ral_zuid_plugin.core.logistics.emission_zones import load_zones
from ral_zuid_plugin.core.logistics.report import write_zes_report
from ral_zuid_plugin.core.logistics.sites import run_zes
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities, normalise_gemeentecode
from ral_zuid_plugin.core.resources import resource_path
from ral_zuid_plugin.core.screening.references import prepare_reference
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter
from ral_zuid_plugin.processing_provider.widgets import municipality_parameter

POINT = QgsProcessing.SourceType.TypeVectorPoint
LINE = QgsProcessing.SourceType.TypeVectorLine
POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
RULES_NAME = "zes_laadlocaties_ral_zuid.json"


class ZesLogisticsAlgorithm(RalZuidAlgorithm):
    NAME = "zeslogistics"
    GROUP = groups.LOGISTICS

    GEMEENTECODE = "GEMEENTECODE"
    ZONES_FILE = "ZONES_FILE"
    RULES = "RULES"
    ASSUMPTIONS = "ASSUMPTIONS"
    LOGISTICS = "LOGISTICS"
    KIND_FIELD = "KIND_FIELD"
    MAIN_ROADS = "MAIN_ROADS"
    CONGESTION = "CONGESTION"
    SESSION_POINTS = "SESSION_POINTS"
    OUTPUT = "OUTPUT"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    REPORT = "REPORT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            municipality_parameter(self.GEMEENTECODE, tr("Municipality (CBS code)"), optional=False, default="GM0772")
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.ZONES_FILE,
                tr("Emission-zone feed, DATEX II XML or .xml.gz (empty = bundled NDW feed of 7 July 2025)"),
                optional=True,
                fileFilter=tr("DATEX II (*.xml *.xml.gz *.gz)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES, tr("Rule file (empty = bundled ZES rules)"), extension="json", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.ASSUMPTIONS,
                tr("Assumptions file (empty = bundled ZES assumptions)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LOGISTICS,
                tr("Business parks, depots, city hubs and logistics firms (points or polygons)"),
                [POINT, POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.KIND_FIELD,
                tr("Type field of that layer (bedrijventerrein, depot, hub, ...)"),
                parentLayerParameterName=self.LOGISTICS,
                type=QgsProcessingParameterField.DataType.String,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.MAIN_ROADS, tr("Main road network (lines)"), [LINE], optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CONGESTION, tr("Grid congestion areas (polygons)"), [POLYGON], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SESSION_POINTS,
                tr("Charge points with usage indicators (from Session indicators)"),
                [POINT],
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("ZES charging sites (ranked)"), POINT))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_ZONES, tr("Zero-emission zones with demand and gap"), POLYGON)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT, tr("HTML report"), fileFilter="HTML (*.html)", optional=True, createByDefault=False
            )
        )
        add_report_language_parameter(self)

    def execute(self, parameters, context, feedback, progress):
        previous_check = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        try:
            return self._run(parameters, context, feedback, progress)
        finally:
            context.setInvalidGeometryCheck(previous_check)

    def _run(self, parameters, context, feedback, progress) -> dict:
        code = normalise_gemeentecode(self.parameterAsString(parameters, self.GEMEENTECODE, context))
        rules_path = self.parameterAsFile(parameters, self.RULES, context).strip()
        rules = load_rules(rules_path or resource_path("rules", RULES_NAME))
        assumptions_path = self.parameterAsFile(parameters, self.ASSUMPTIONS, context).strip()
        assumptions = load_assumptions(assumptions_path or None)
        zones_path = self.parameterAsFile(parameters, self.ZONES_FILE, context).strip()
        zones = load_zones(zones_path or None)
        progress.info(
            tr("Rule file {name}, version {version}, sha256 {sha}").format(
                name=rules.file_name, version=rules.version, sha=rules.sha256
            )
        )
        progress.info(
            tr("{count} zones read, {ze} of them zero-emission zones for city logistics (N1-N3)").format(
                count=len(zones), ze=int((zones["zone_soort"] == "ZE").sum())
            )
        )
        logistics = None
        logistics_name = ""
        kind_field = None
        source = self.parameterAsSource(parameters, self.LOGISTICS, context)
        if source is not None:
            logistics_name = source.sourceName() or tr("logistics layer")
            logistics = frame_from_source(source, context, **origin_of(parameters, self.LOGISTICS, context))
            if len(logistics) == 0:
                raise InputDataError(tr("the logistics layer has no features"), path=logistics_name)
            kind_field = self.parameterAsString(parameters, self.KIND_FIELD, context) or None
        user_layers = {}
        for parameter, key in ((self.MAIN_ROADS, "hoofdwegen"), (self.CONGESTION, "netcongestie")):
            layer_source = self.parameterAsSource(parameters, parameter, context)
            if layer_source is not None:
                user_layers[key] = prepare_reference(
                    key,
                    frame_from_source(
                        layer_source, context, field_names=[], **origin_of(parameters, parameter, context)
                    ),
                    attribution=tr("input layer {name}").format(name=layer_source.sourceName()),
                )
        sessions = None
        session_source = self.parameterAsSource(parameters, self.SESSION_POINTS, context)
        if session_source is not None:
            names = [f.name() for f in session_source.fields()]
            wanted = [n for n in ("bezetting_pct", "piekbezetting_pct") if n in names]
            if not wanted:
                raise InputDataError(
                    tr("the layer needs a field 'bezetting_pct' or 'piekbezetting_pct' (output of Session indicators)"),
                    path=session_source.sourceName(),
                )
            sessions = frame_from_source(
                session_source, context, field_names=wanted, **origin_of(parameters, self.SESSION_POINTS, context)
            )
        result = run_zes(
            code,
            zones,
            rules,
            assumptions,
            logistics=logistics,
            logistics_name=logistics_name,
            kind_field=kind_field,
            user_layers=user_layers,
            session_points=sessions,
            progress=SubProgress(progress, 5, 85),
        )
        for message in result.messages:
            progress.warning(message)
        dest = write_frame_to_sink(self, result.sites, parameters, self.OUTPUT, context, feedback)
        style_output(
            context, dest, tr("ZES charging sites (large: proposed, with laadpunten; small: reserve)"), "zes_sites.qml"
        )
        zones_dest = write_frame_to_sink(self, result.zones, parameters, self.OUTPUT_ZONES, context, feedback)
        style_output(context, zones_dest, tr("Zero-emission zones"), "zes_zones.qml")
        outputs = {self.OUTPUT: dest, self.OUTPUT_ZONES: zones_dest}
        report = (
            self.parameterAsFileOutput(parameters, self.REPORT, context).strip() if parameters.get(self.REPORT) else ""
        )
        if report:
            os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
            name = load_region_municipalities(code)["gemeentenaam"].iloc[0]
            write_zes_report(result, name, report)
            outputs[self.REPORT] = report
        for _, zone in result.zones.iterrows():
            top = result.sites[result.sites["ze_zone_id"] == zone["zone_id"]].head(3)
            progress.info(
                tr("{zone}: {count} sites; best: {best}").format(
                    zone=zone["zone_naam"],
                    count=int((result.sites["ze_zone_id"] == zone["zone_id"]).sum()),
                    best="; ".join(top["naam"]),
                )
            )
        progress.set_progress(100)
        return outputs
