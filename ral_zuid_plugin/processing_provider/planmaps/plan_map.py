"""``ralzuid:planmap``: a print-ready plankaart (PDF, optional PNG sheets) from the analyst's own layers."""

from __future__ import annotations

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
)

from ral_zuid_plugin.adapters.layout_planmap import PlanMapRequest, make_plan_map
from ral_zuid_plugin.adapters.layout_template import bundled_template
from ral_zuid_plugin.adapters.vector_io import frame_from_source, origin_of
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap import sources, texts
from ral_zuid_plugin.core.planmap.extent import PROVINCE_CODES, REGION_CODE
from ral_zuid_plugin.core.planmap.locations import FieldMapping
from ral_zuid_plugin.gui.open_result import offer_to_open
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.widgets import advanced, date_parameter, municipality_parameter

TEMPLATES = ("a3_landscape", "a4_portrait")
LANGUAGES = ("nl", "en")
FIELD_DEFAULTS = {
    "ID_FIELD": "id",
    "ADDRESS_FIELD": "adres",
    "TYPE_FIELD": "type",
    "POINTS_FIELD": "laadpunten",
    "STATUS_FIELD": "status",
    "DECREE_FIELD": "verkeersbesluit",
}


def default_pdf_path(project_folder: str) -> str | None:
    """``<project folder>/plankaart.pdf`` for a saved project; ``None`` (a temporary file) otherwise."""
    return os.path.join(project_folder, "plankaart.pdf") if project_folder else None


class PlanMapAlgorithm(RalZuidAlgorithm):
    NAME = "planmap"
    GROUP = groups.PLAN_MAPS

    GEMEENTECODE = "GEMEENTECODE"
    MUNICIPALITY_LAYER = "MUNICIPALITY_LAYER"
    MUNICIPALITY_NAME = "MUNICIPALITY_NAME"
    LOCATIONS = "LOCATIONS"
    EXISTING = "EXISTING"
    USE_NDW = "USE_NDW"
    PRESSURE = "PRESSURE"
    PRESSURE_BAND = "PRESSURE_BAND"
    PROPOSAL_AREAS = "PROPOSAL_AREAS"
    PROPOSAL_TOP = "PROPOSAL_TOP"
    ZES_SITES = "ZES_SITES"
    ZES_ZONES = "ZES_ZONES"
    REQUESTS = "REQUESTS"
    ROADS = "ROADS"
    TEMPLATE = "TEMPLATE"
    TEMPLATE_FILE = "TEMPLATE_FILE"
    ATLAS = "ATLAS"
    COVERAGE = "COVERAGE"
    COVERAGE_NAME_FIELD = "COVERAGE_NAME_FIELD"
    SCENARIO = "SCENARIO"
    YEAR = "YEAR"
    PHASE = "PHASE"
    STATUS = "STATUS"
    ADOPTED_ON = "ADOPTED_ON"
    LANGUAGE = "LANGUAGE"
    BACKGROUND = "BACKGROUND"
    LOGO = "LOGO"
    EXTRA_SOURCES = "EXTRA_SOURCES"
    EXPORT_PNG = "EXPORT_PNG"
    OUTPUT = "OUTPUT"
    PAGE_COUNT = "PAGE_COUNT"
    LAYOUT_NAME = "LAYOUT_NAME"
    PNG_FILES = "PNG_FILES"
    MAP_LAYERS = "MAP_LAYERS"

    _written_pdf = ""

    def flags(self):
        # Layouts, the project and its layer tree live in the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            municipality_parameter(
                self.GEMEENTECODE,
                tr("Municipality (CBS code; or PV30 / PV31 for a province, REGIO for the region; or a layer below)"),
                optional=True,
                empty_text=tr("None: the municipality layer below"),
                extra_choices=[
                    (tr("Region RAL Zuid: Noord-Brabant and Limburg"), REGION_CODE),
                    (tr("Province of Noord-Brabant"), PROVINCE_CODES[0]),
                    (tr("Province of Limburg"), PROVINCE_CODES[1]),
                ],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MUNICIPALITY_LAYER,
                tr("Or: municipality polygon layer (overrides the code)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.MUNICIPALITY_NAME, tr("Municipality name on the map (empty = from the data)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LOCATIONS, tr("Charging locations of the plan"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]
            )
        )
        field_labels = {
            "ID_FIELD": tr("Field with the location id"),
            "ADDRESS_FIELD": tr("Field with the address or street"),
            "TYPE_FIELD": tr("Field with the type (normal / fast charging)"),
            "POINTS_FIELD": tr("Field with the number of charge points"),
            "STATUS_FIELD": tr("Field with the status (existing / planned / proposed)"),
            "DECREE_FIELD": tr("Field with the traffic decree reference"),
        }
        for key, label in field_labels.items():
            self.addParameter(
                QgsProcessingParameterField(
                    key, label, defaultValue=FIELD_DEFAULTS[key], parentLayerParameterName=self.LOCATIONS, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.EXISTING,
                tr("Existing charging points (empty = bundled NDW locations)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.USE_NDW, tr("Show the bundled NDW charging locations when no layer is given"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(self.PRESSURE, tr("Charging pressure raster (laaddruk)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterBand(
                self.PRESSURE_BAND,
                tr("Band of the charging pressure raster"),
                defaultValue=1,
                parentLayerParameterName=self.PRESSURE,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PROPOSAL_AREAS,
                tr("Proposal areas (output of Where to place laadpunten next)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PROPOSAL_TOP,
                tr("Draw proposal areas up to this rank (0 = all)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=20,
                minValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZES_SITES,
                tr("ZES charging sites (output of Designate ZES charging sites)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ZES_ZONES,
                tr("Zero-emission zones (output of the same)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REQUESTS,
                tr("Open requests for a public point (register of requests)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.ROADS,
                tr("Roads for the offline background"),
                [QgsProcessing.SourceType.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.TEMPLATE, tr("Template"), options=[tr("A3 landscape"), tr("A4 portrait")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.TEMPLATE_FILE,
                tr("Or: own layout template (.qpt with the same item ids)"),
                extension="qpt",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ATLAS, tr("Atlas: one sheet per feature of the coverage layer, after the overview"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.COVERAGE,
                tr("Atlas coverage (wijken, kernen or proposal areas)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.COVERAGE_NAME_FIELD,
                tr("Field with the sheet name"),
                parentLayerParameterName=self.COVERAGE,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.SCENARIO, tr("Scenario"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR,
                tr("Year"),
                QgsProcessingParameterNumber.Type.Integer,
                optional=True,
                minValue=2000,
                maxValue=2100,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.PHASE, tr("Phase"), optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.STATUS, tr("Status"), options=[tr("Draft (concept)"), tr("Adopted by the council")], defaultValue=0
            )
        )
        self.addParameter(date_parameter(self.ADOPTED_ON, tr("Date of the council decision")))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE, tr("Language of the map"), options=[tr("Dutch"), tr("English")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BACKGROUND,
                tr("Background map"),
                options=[
                    tr("Offline: place names, motorways and boundaries (bundled; roads when given)"),
                    tr("PDOK BRT-Achtergrondkaart grijs (online)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterFile(self.LOGO, tr("Municipal logo (PNG, JPG or SVG)"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(self.EXTRA_SOURCES, tr("Extra source and licence text"), optional=True)
        )
        self.addParameter(QgsProcessingParameterBoolean(self.EXPORT_PNG, tr("Also write PNG sheets"), False))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT,
                tr("Plan map PDF"),
                fileFilter=tr("PDF files (*.pdf)"),
                defaultValue=default_pdf_path(QgsProject.instance().homePath()),
            )
        )
        # what most plankaarten never change goes under "Advanced parameters"
        for name in (self.MUNICIPALITY_NAME, *field_labels, self.USE_NDW, self.PRESSURE_BAND, self.PROPOSAL_TOP):
            advanced(self.parameterDefinition(name))
        for name in (self.ROADS, self.TEMPLATE_FILE, self.COVERAGE_NAME_FIELD, self.LOGO, self.EXTRA_SOURCES):
            advanced(self.parameterDefinition(name))
        advanced(self.parameterDefinition(self.EXPORT_PNG))
        self.addOutput(QgsProcessingOutputNumber(self.PAGE_COUNT, tr("Number of sheets")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT_NAME, tr("Layout name in the project")))
        self.addOutput(QgsProcessingOutputString(self.PNG_FILES, tr("PNG sheets")))
        self.addOutput(QgsProcessingOutputFile(self.MAP_LAYERS, tr("GeoPackage with the map layers of the layout")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """The municipality is required: as a code or as a polygon layer (one of the two)."""
        code = self.parameterAsString(parameters, self.GEMEENTECODE, context).strip()
        if not code and self.parameterAsSource(parameters, self.MUNICIPALITY_LAYER, context) is None:
            return False, tr("Choose a municipality: a CBS code such as GM0772, or a polygon layer.")
        return super().checkParameterValues(parameters, context)

    # --- reading parameters ---------------------------------------------------------------------------------
    def _extra_sources(self, parameters, context, *frames) -> str:
        """The user's extra source text plus the attribution of downloaded open data the layers carry."""
        own = self.parameterAsString(parameters, self.EXTRA_SOURCES, context).strip()
        lines = [own] if own else []
        lines += [line for line in sources.downloaded_sources(*frames) if line not in own]
        return "; ".join(lines)

    def _optional_frame(self, parameters, name, context):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, ""
        label = self._source_label(parameters, name, context, source)
        # frame_from_source adds its own "fid" column; a GeoPackage's "fid" field would be a second one.
        names = [f.name() for f in source.fields() if f.name() != "fid"]
        return frame_from_source(source, context, field_names=names, **origin_of(parameters, name, context)), label

    def _source_label(self, parameters, name, context, source) -> str:
        layer = self.parameterAsVectorLayer(parameters, name, context)
        if layer is not None:
            return layer.name()
        return source.sourceName() or str(parameters.get(name, ""))

    def _field(self, parameters, key, context, available: list[str]) -> str | None:
        values = self.parameterAsFields(parameters, key, context)
        chosen = values[0] if values else ""
        if not chosen:
            return None
        if chosen not in available:
            if parameters.get(key) in (None, "") or chosen == FIELD_DEFAULTS[key]:
                return None  # the default name is absent from this layer: leave the column empty
            raise RalZuidError(tr("The locations layer has no field '{field}'.").format(field=chosen))
        return chosen

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """In the QGIS desktop, offer to open the PDF that was just written (message bar button)."""
        if self._written_pdf:
            offer_to_open(self._written_pdf, tr("Plan map"))
        return {}

    def execute(self, parameters, context, feedback, progress):
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        locations_source = self.parameterAsSource(parameters, self.LOCATIONS, context)
        if locations_source is None:
            raise RalZuidError(tr("Choose the layer with the charging locations of the plan."))
        available = [f.name() for f in locations_source.fields()]
        mapping = FieldMapping(
            **{
                key: self._field(parameters, param, context, available)
                for key, param in (
                    ("id", "ID_FIELD"),
                    ("address", "ADDRESS_FIELD"),
                    ("type", "TYPE_FIELD"),
                    ("points", "POINTS_FIELD"),
                    ("status", "STATUS_FIELD"),
                    ("decree", "DECREE_FIELD"),
                )
            }
        )
        locations = frame_from_source(
            locations_source,
            context,
            field_names=mapping.used_fields(),
            **origin_of(parameters, self.LOCATIONS, context),
        )
        locations_label = self._source_label(parameters, self.LOCATIONS, context, locations_source)
        municipality_area, _label = self._optional_frame(parameters, self.MUNICIPALITY_LAYER, context)
        existing, _label = self._optional_frame(parameters, self.EXISTING, context)
        proposal_areas, _label = self._optional_frame(parameters, self.PROPOSAL_AREAS, context)
        roads, _label = self._optional_frame(parameters, self.ROADS, context)
        zes_sites, _label = self._optional_frame(parameters, self.ZES_SITES, context)
        zes_zones, _label = self._optional_frame(parameters, self.ZES_ZONES, context)
        open_requests, _label = self._optional_frame(parameters, self.REQUESTS, context)
        coverage, coverage_label = (None, "")
        if self.parameterAsBoolean(parameters, self.ATLAS, context):
            coverage, coverage_label = self._optional_frame(parameters, self.COVERAGE, context)
            if coverage is None:
                raise RalZuidError(tr("The atlas option needs a coverage layer (wijken, kernen or proposal areas)."))
        name_fields = self.parameterAsFields(parameters, self.COVERAGE_NAME_FIELD, context)
        pressure = self.parameterAsRasterLayer(parameters, self.PRESSURE, context)
        template_index = self.parameterAsEnum(parameters, self.TEMPLATE, context)
        template_file = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context)
        status = texts.STATUSES[self.parameterAsEnum(parameters, self.STATUS, context)]
        adopted_text = self.parameterAsString(parameters, self.ADOPTED_ON, context).strip()
        adopted_on = texts.parse_date(adopted_text) if adopted_text else None
        if status == texts.STATUS_ADOPTED and adopted_on is None:
            raise RalZuidError(tr("An adopted plan map needs the date of the council decision."))
        logo = self.parameterAsFile(parameters, self.LOGO, context)
        if logo and not os.path.isfile(logo):
            raise RalZuidError(tr("The logo file '{path}' does not exist.").format(path=logo))
        template_labels = [tr("A3 landscape"), tr("A4 portrait")]
        request = PlanMapRequest(
            locations=locations,
            locations_source=locations_label,
            output_pdf=self.parameterAsFileOutput(parameters, self.OUTPUT, context),
            template=template_file or str(bundled_template(TEMPLATES[template_index])),
            template_label="" if template_file else template_labels[template_index],
            gemeentecode=self.parameterAsString(parameters, self.GEMEENTECODE, context),
            municipality_area=municipality_area,
            municipality_name=self.parameterAsString(parameters, self.MUNICIPALITY_NAME, context),
            mapping=mapping,
            existing_points=existing,
            use_ndw=self.parameterAsBoolean(parameters, self.USE_NDW, context),
            pressure_raster=pressure.source() if pressure is not None else "",
            pressure_band=self.parameterAsInt(parameters, self.PRESSURE_BAND, context) or 1,
            proposal_areas=proposal_areas,
            proposal_top=self.parameterAsInt(parameters, self.PROPOSAL_TOP, context),
            zes_sites=zes_sites,
            zes_zones=zes_zones,
            open_requests=open_requests,
            coverage=coverage,
            coverage_name_field=name_fields[0] if name_fields else "",
            coverage_source=coverage_label,
            roads=roads,
            scenario=self.parameterAsString(parameters, self.SCENARIO, context),
            year=self.parameterAsString(parameters, self.YEAR, context),
            phase=self.parameterAsString(parameters, self.PHASE, context),
            status=status,
            adopted_on=adopted_on,
            language=LANGUAGES[self.parameterAsEnum(parameters, self.LANGUAGE, context)],
            logo=logo,
            online_background=self.parameterAsEnum(parameters, self.BACKGROUND, context) == 1,
            extra_sources=self._extra_sources(parameters, context, proposal_areas, existing, coverage),
            export_png=self.parameterAsBoolean(parameters, self.EXPORT_PNG, context),
        )
        steps.setCurrentStep(1)
        result = make_plan_map(request, context.project(), steps, progress)
        if result.registered:
            progress.info(
                tr("The layout '{name}' is in the project: Project > Layouts.").format(name=result.layout_name)
            )
        self._written_pdf = str(result.pdf)
        return {
            self.OUTPUT: str(result.pdf),
            self.PAGE_COUNT: result.page_count,
            self.LAYOUT_NAME: result.layout_name if result.registered else "",
            self.PNG_FILES: ";".join(str(path) for path in result.pngs),
            self.MAP_LAYERS: str(result.layers_gpkg) if result.layers_gpkg else "",
        }
