"""``ralzuid:prognosedpressure``: prognosed electric cars, needed (semi)public laadpunten by type, the gap,
grid demand, a summary per gemeente and the NAL rule."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ral_zuid_plugin.adapters.raster_io import write_geotiff
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import frame_from_source, write_frame_to_sink
from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.pressure_texts import band_meanings
from ral_zuid_plugin.core.pressure.existing import (
    COUNT_FIELDS,
    access_summary,
    bundled_public_points,
    user_public_points,
)
from ral_zuid_plugin.core.pressure.own_numbers import municipality_inputs_from_frame
from ral_zuid_plugin.core.pressure.prognosed import DemandInput, run_prognosis
from ral_zuid_plugin.core.pressure.prognosis import (
    BASES,
    EVS_PER_FAST_POINT,
    FAST_POWER_KW,
    INTERPOLATIONS,
    LOAD_FACTOR,
    POINT_POWER_KW,
    PRIVATE_SHARE_BY_URBANITY,
    SCENARIOS,
    SHARE_MODES,
    SIMULTANEITY,
    VAN_SEMI_PUBLIC_SHARE,
    PrognosisSettings,
)
from ral_zuid_plugin.core.pressure.prognosis_surfaces import prognosis_surfaces
from ral_zuid_plugin.core.pressure.prognosis_workbook import write_prognosis_workbook
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference import charging_locations
from ral_zuid_plugin.core.reference.charging_locations import ACCESS_FIELDS
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.core.screening.wording import format_number
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.pressure.common import (
    add_grid_parameters,
    kernel_from_index,
    points_parameter,
    read_points,
    source_label,
    style_raster,
)
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter
from ral_zuid_plugin.processing_provider.widgets import municipality_parameter


class PrognosedPressureAlgorithm(RalZuidAlgorithm):
    NAME = "prognosedpressure"
    GROUP = groups.PRESSURE

    DEMAND = "DEMAND"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    EV_FIELD = "EV_FIELD"
    GEMEENTECODE = "GEMEENTECODE"
    YEAR = "YEAR"
    SCENARIO = "SCENARIO"
    BASE = "BASE"
    INTERPOLATION = "INTERPOLATION"
    SHARE_MODE = "SHARE_MODE"
    SHARE_BY_URBANITY = "SHARE_BY_URBANITY"
    PRIVATE_SHARE = "PRIVATE_SHARE"
    PRIVATE_SHARE_FIELD = "PRIVATE_SHARE_FIELD"
    MUNICIPALITY_TABLE = "MUNICIPALITY_TABLE"
    EVS_PER_POINT = "EVS_PER_POINT"
    EVS_PER_FAST_POINT = "EVS_PER_FAST_POINT"
    VAN_SEMI_PUBLIC_SHARE = "VAN_SEMI_PUBLIC_SHARE"
    POINT_POWER = "POINT_POWER"
    FAST_POWER = "FAST_POWER"
    SIMULTANEITY = "SIMULTANEITY"
    LOAD_FACTOR = "LOAD_FACTOR"
    UNKNOWN_AS_PUBLIC = "UNKNOWN_AS_PUBLIC"
    EXISTING = "EXISTING"
    EXISTING_COUNT_FIELD = "EXISTING_COUNT_FIELD"
    POINTS_PER_LOCATION = "POINTS_PER_LOCATION"
    INCLUDE_FAST = "INCLUDE_FAST"
    WALK_DISTANCE = "WALK_DISTANCE"
    KERNEL = "KERNEL"
    RADIUS = "RADIUS"
    CELL_SIZE = "CELL_SIZE"
    MEMORY_BUDGET = "MEMORY_BUDGET"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_MUNICIPALITIES = "OUTPUT_MUNICIPALITIES"
    OUTPUT_NAL = "OUTPUT_NAL"
    OUTPUT_WORKBOOK = "OUTPUT_WORKBOOK"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.DEMAND,
                tr("Demand layer: address points, buurt polygons or CBS grid squares (empty = per municipality)"),
                [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        numeric = QgsProcessingParameterField.DataType.Numeric
        for name, label in (
            (self.HOUSEHOLDS_FIELD, tr("Households field (empty for address points = 1 household each)")),
            (self.EV_FIELD, tr("Electric cars field: counts given directly (empty = plan prognosis)")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, parentLayerParameterName=self.DEMAND, type=numeric, optional=True
                )
            )
        self.addParameter(
            municipality_parameter(
                self.GEMEENTECODE,
                tr("Only this municipality when there is no demand layer (CBS code)"),
                optional=True,
                empty_text=tr("All municipalities of the region"),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR,
                tr("Year (2020-2030; between the plan years 2020, 2025 and 2030 on the growth curve)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=2030,
                minValue=2020,
                maxValue=2030,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SCENARIO,
                tr("Scenario"),
                [tr("Plan RAL Zuid: passenger cars"), tr("Plan RAL Zuid: passenger cars and half of the vans")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.BASE,
                tr("Base of the 1:5 ratio"),
                [
                    tr("All electric cars (plan RAL Zuid §2.3)"),
                    tr("Only electric cars without private charging (older method)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.EVS_PER_POINT,
                tr("Electric cars per (semi-)public charge point (target; plan: 5)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=5.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.INTERPOLATION,
                tr("Between the plan years"),
                [tr("Geometric growth (constant growth factor)"), tr("Linear")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SHARE_MODE,
                tr("Private-charging share (ladder van laden) per gemeente"),
                [tr("By CBS stedelijkheid (assumption, see help)"), tr("One share for every gemeente")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SHARE_BY_URBANITY,
                tr("Private-charging share for stedelijkheid 1;2;3;4;5 (very strongly urban ... not urban)"),
                # in the interface language's notation (0,3;0,4;... in Dutch); both separators are read
                defaultValue=";".join(
                    format_number(PRIVATE_SHARE_BY_URBANITY[k], 2) for k in sorted(PRIVATE_SHARE_BY_URBANITY)
                ),
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PRIVATE_SHARE,
                tr("Private-charging share for every gemeente (0-1; when not by stedelijkheid)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.5,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PRIVATE_SHARE_FIELD,
                tr("Private-charging share per area (field, 0-1; empty = the gemeente's share)"),
                parentLayerParameterName=self.DEMAND,
                type=numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MUNICIPALITY_TABLE,
                tr("The gemeente's own numbers (table: gemeentecode, aandeel_prive, ev_geregistreerd, peiljaar)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        advanced = []
        for name, label, default, maximum in (
            (
                self.EVS_PER_FAST_POINT,
                tr("Electric cars per fast-charging point (assumption)"),
                EVS_PER_FAST_POINT,
                None,
            ),
            (
                self.VAN_SEMI_PUBLIC_SHARE,
                tr("Share of electric vans charging at semi-public points (plan: about half)"),
                VAN_SEMI_PUBLIC_SHARE,
                1.0,
            ),
            (self.POINT_POWER, tr("Power per regular charge point (kW)"), POINT_POWER_KW, None),
            (self.FAST_POWER, tr("Power per fast-charging point (kW)"), FAST_POWER_KW, None),
            (self.SIMULTANEITY, tr("Simultaneity at the evening peak (0-1, assumption)"), SIMULTANEITY, 1.0),
            (
                self.LOAD_FACTOR,
                tr("Yearly load factor (energy / (power x 8,760 h), 0-1, assumption)"),
                LOAD_FACTOR,
                1.0,
            ),
        ):
            parameter = QgsProcessingParameterNumber(
                name, label, QgsProcessingParameterNumber.Type.Double, defaultValue=default, minValue=0.0
            )
            if maximum is not None:
                parameter.setMaximum(maximum)
            advanced.append(parameter)
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.EXISTING,
                tr("Existing charge points: the gemeente's own list of public points (empty = bundled NDW locations)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.EXISTING_COUNT_FIELD,
                tr(
                    "Laadpunten (EVSEs) per existing location (field; empty = a field named evses or laadpunten, "
                    "else the number below)"
                ),
                parentLayerParameterName=self.EXISTING,
                type=numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.POINTS_PER_LOCATION,
                tr("Charge points per existing location when the data has no count (assumption: a post usually has 2)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=2.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INCLUDE_FAST, tr("Count fast-charging locations as public charge points"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.UNKNOWN_AS_PUBLIC,
                tr(
                    "NAL 500 m rule: count points of unknown access as public (the bundled NDW data has no access flag)"
                ),
                defaultValue=True,
            )
        )
        add_grid_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS, tr("Prognosed gap per area"), QgsProcessing.SourceType.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_MUNICIPALITIES,
                tr("Prognosis per gemeente (types of points, gap and grid demand; indication)"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_NAL,
                tr("NAL coverage: 500 m cells with 125 or more households and no public point"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT, tr("Prognosed pressure surfaces"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_WORKBOOK,
                tr("Prognosis workbook for the council and the netbeheerder"),
                fileFilter=tr("Excel workbook (*.xlsx)"),
                optional=True,
                createByDefault=False,
            )
        )
        add_report_language_parameter(self)

    def execute(self, parameters, context, feedback, progress):
        settings = PrognosisSettings(
            year=self.parameterAsInt(parameters, self.YEAR, context),
            scenario=SCENARIOS[self.parameterAsEnum(parameters, self.SCENARIO, context)],
            private_share=self.parameterAsDouble(parameters, self.PRIVATE_SHARE, context),
            evs_per_point=self.parameterAsDouble(parameters, self.EVS_PER_POINT, context),
            base=BASES[self.parameterAsEnum(parameters, self.BASE, context)],
            interpolation=INTERPOLATIONS[self.parameterAsEnum(parameters, self.INTERPOLATION, context)],
            share_mode=SHARE_MODES[self.parameterAsEnum(parameters, self.SHARE_MODE, context)],
            share_by_urbanity=self._share_table(parameters, context),
            evs_per_fast_point=self._positive(parameters, self.EVS_PER_FAST_POINT, context),
            van_semi_public_share=self.parameterAsDouble(parameters, self.VAN_SEMI_PUBLIC_SHARE, context),
            point_power_kw=self.parameterAsDouble(parameters, self.POINT_POWER, context),
            fast_power_kw=self.parameterAsDouble(parameters, self.FAST_POWER, context),
            simultaneity=self.parameterAsDouble(parameters, self.SIMULTANEITY, context),
            load_factor=self.parameterAsDouble(parameters, self.LOAD_FACTOR, context),
        )
        walk = self.parameterAsDouble(parameters, self.WALK_DISTANCE, context)
        cell = float(self.parameterAsInt(parameters, self.CELL_SIZE, context))
        region = load_region_municipalities()
        self._own_sources = ""
        own = self._own_numbers(parameters, context, feedback, set(region["gemeentecode"]))
        demand = None
        demand_source = self.parameterAsSource(parameters, self.DEMAND, context)
        code = self.parameterAsString(parameters, self.GEMEENTECODE, context).strip()
        municipalities = load_region_municipalities(code) if code and demand_source is None else region
        if demand_source is not None:
            label = source_label(demand_source)
            fields = {
                "households_field": self._field(parameters, self.HOUSEHOLDS_FIELD, context),
                "ev_field": self._field(parameters, self.EV_FIELD, context),
                "private_field": self._field(parameters, self.PRIVATE_SHARE_FIELD, context),
            }
            frame = frame_from_source(demand_source, context, feedback=feedback)
            skipped = int(frame.geometry.isna().sum())
            if skipped:
                progress.warning(tr("{count} feature(s) without geometry were skipped.").format(count=skipped))
            frame = frame[frame.geometry.notna()].reset_index(drop=True)
            if frame.empty:
                raise InputDataError(tr("the layer has no features with a geometry"), path=label)
            demand = DemandInput(frame, label, **fields)
        existing = self._existing(parameters, context, progress)
        unknown_as_public = self.parameterAsBoolean(parameters, self.UNKNOWN_AS_PUBLIC, context)
        result = run_prognosis(
            demand,
            municipalities,
            existing,
            settings,
            walk_distance=walk,
            cell=cell,
            all_municipalities=region,
            own=own,
            unknown_as_public=unknown_as_public,
            progress=SubProgress(progress, 10, 40),
        )
        if self._own_sources:
            result.method += " " + tr("The gemeente's own numbers: {source}.").format(source=self._own_sources)
        progress.info(result.method)
        for note in result.notes:
            progress.info(note)
        areas = result.areas
        progress.info(
            tr(
                "{year}: {ev} electric cars, {needed} (semi-)public charge points needed (indication: {public} public, "
                "{semi} semi-public; plus {fast} fast and {vans} for vans), {existing} exist in the areas, "
                "gap {gap} charge points in {count} area(s); grid: {kw} kW peak, {mwh} MWh a year."
            ).format(
                year=settings.year,
                ev=f"{areas['ev_prognose'].sum():.0f}",
                needed=int(result.municipalities["nodig_indicatie"].sum()),
                public=int(result.municipalities["publiek_indicatie"].sum()),
                semi=int(result.municipalities["semipubliek_indicatie"].sum()),
                fast=int(result.municipalities["snel_indicatie"].sum()),
                vans=int(result.municipalities["bestel_indicatie"].sum()),
                existing=f"{areas['laadpunten_bestaand'].sum():.0f}",
                gap=int(areas["tekort_indicatie"].sum()),
                count=int((areas["tekort_indicatie"] > 0).sum()),
                kw=f"{areas['piek_kw'].sum():.0f}",
                mwh=f"{areas['mwh_jaar'].sum():.0f}",
            )
        )
        outputs = {}
        workbook = self.parameterAsFileOutput(parameters, self.OUTPUT_WORKBOOK, context)
        if workbook:
            outputs[self.OUTPUT_WORKBOOK] = write_prognosis_workbook(
                result.municipalities, areas, settings, result.method, workbook
            )
        raster_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if raster_path:
            grid, bands = prognosis_surfaces(
                result.samples,
                existing,
                kernel=kernel_from_index(self.parameterAsEnum(parameters, self.KERNEL, context)),
                radius=self.parameterAsDouble(parameters, self.RADIUS, context),
                walk_distance=walk,
                cell=cell,
                memory_budget_mb=self.parameterAsDouble(parameters, self.MEMORY_BUDGET, context),
                evs_per_point=settings.evs_per_point,
                progress=SubProgress(progress, 40, 85),
            )
            metadata = {
                "RALZUID_ALGORITHM": "ralzuid:" + self.NAME,
                "YEAR": settings.year,
                "SCENARIO": settings.scenario,
                "PRIVATE_SHARE": settings.private_share,
                "EVS_PER_POINT": settings.evs_per_point,
                "BASE": settings.base,
                "METHOD": result.method,
                "WALK_DISTANCE_M": walk,
                "CELL_SIZE_M": cell,
                "BANDS": "; ".join("{}: {} [{}]".format(b.name, b.description, b.unit) for b in bands),
            }
            write_geotiff(raster_path, grid, bands, metadata)
            style_raster(
                context,
                raster_path,
                tr("Prognosis {year}: {meaning}").format(
                    year=settings.year, meaning=band_meanings().get(bands[0].name, bands[0].description)
                ),
                1,
                bands[0].values,
                diverging=True,
            )
            outputs[self.OUTPUT] = raster_path
        dest = write_frame_to_sink(self, areas, parameters, self.OUTPUT_AREAS, context, feedback)
        style_output(
            context, dest, tr("Prognosed gap per area {year}").format(year=settings.year), "pressure_areas.qml"
        )
        outputs[self.OUTPUT_AREAS] = dest
        if parameters.get(self.OUTPUT_MUNICIPALITIES) is not None and result.municipalities is not None:
            table = write_frame_to_sink(
                self, result.municipalities, parameters, self.OUTPUT_MUNICIPALITIES, context, feedback
            )
            style_output(
                context,
                table,
                tr("Prognosis per gemeente {year} (indication)").format(year=settings.year),
                "boundaries_municipality.qml",  # an outline: a fill would tint the whole gemeente
            )
            outputs[self.OUTPUT_MUNICIPALITIES] = table
        if parameters.get(self.OUTPUT_NAL) is not None and result.nal_cells is not None:
            progress.info(
                tr("NAL coverage: {count} cell(s) of 500 m with 125 or more households and no public point.").format(
                    count=len(result.nal_cells)
                )
            )
            nal = write_frame_to_sink(self, result.nal_cells, parameters, self.OUTPUT_NAL, context, feedback)
            style_output(context, nal, tr("NAL coverage gaps (500 m cells)"), "pressure_nal_coverage.qml")
            outputs[self.OUTPUT_NAL] = nal
        progress.set_progress(100)
        return outputs

    def _positive(self, parameters, name, context) -> float:
        value = self.parameterAsDouble(parameters, name, context)
        if value <= 0:
            raise RalZuidError(tr("The number of electric cars per charge point must be more than 0."))
        return value

    def _share_table(self, parameters, context) -> dict[int, float]:
        text = self.parameterAsString(parameters, self.SHARE_BY_URBANITY, context).strip()
        parts = [part.strip().replace(",", ".") for part in text.split(";")]
        try:
            values = [float(part) for part in parts]
        except ValueError:
            values = []
        if len(values) != 5 or not all(0.0 <= value <= 1.0 for value in values):
            raise RalZuidError(
                tr(
                    "The private-charging shares by stedelijkheid must be 5 fractions from 0 to 1 separated by ';' "
                    "(e.g. 0.3;0.4;0.5;0.6;0.7), not '{text}'."
                ).format(text=text)
            )
        return dict(zip(range(1, 6), values))

    def _own_numbers(self, parameters, context, feedback, known: set[str]):
        source = self.parameterAsSource(parameters, self.MUNICIPALITY_TABLE, context)
        if source is None:
            return None
        frame = frame_from_source(source, context, feedback=feedback)
        inputs = municipality_inputs_from_frame(frame, source_label(source), known)
        if "bron" in frame.columns:  # e.g. RDW's registered cars fetched by ralzuid:opendata: the source travels on
            names = sorted({str(v) for v in frame["bron"].dropna() if str(v).strip()})
            self._own_sources = "; ".join(names)
        return inputs

    def _field(self, parameters, name, context) -> str | None:
        chosen = self.parameterAsFields(parameters, name, context)
        return chosen[0] if chosen else None

    def _existing(self, parameters, context, progress):
        source = self.parameterAsSource(parameters, self.EXISTING, context)
        per_location = self.parameterAsDouble(parameters, self.POINTS_PER_LOCATION, context)
        if source is None:
            include_fast = self.parameterAsBoolean(parameters, self.INCLUDE_FAST, context)
            progress.info(tr("Existing charge points: {source}").format(source=charging_locations.attribution()))
            existing = bundled_public_points(per_location, include_fast)
        else:
            existing = self._own_points(source, parameters, context, progress, per_location)
        summary = access_summary(existing)
        progress.info(
            tr(
                "Existing charge points by access: {public:.0f} public, {semi:.0f} semi-public, {unknown:.0f} unknown; "
                "{counted:.0f} counted from the data, the others assumed {per:g} per location."
            ).format(
                public=summary["publiek"],
                semi=summary["semipubliek"],
                unknown=summary["onbekend"],
                counted=summary["uit_data"],
                per=per_location,
            )
        )
        return existing

    def _own_points(self, source, parameters, context, progress, per_location):
        label = source_label(source)
        count_field = self._field(parameters, self.EXISTING_COUNT_FIELD, context)
        names = [field.name() for field in source.fields()]
        wanted = {name.lower() for name in (*ACCESS_FIELDS, *COUNT_FIELDS)}
        read = [name for name in names if name.lower() in wanted or name == count_field]
        points = read_points(
            source,
            context,
            None,
            progress,
            label,
            read,
            **points_parameter(self, parameters, self.EXISTING, context),
        )
        if points.empty:
            raise RalZuidError(tr("The layer of existing public points '{layer}' is empty.").format(layer=label))
        return user_public_points(points, label, count_field, per_location)
