"""``ralzuid:prognosedpressure``: prognosed electric cars, needed public laadpunten, the gap and the NAL rule."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ral_zuid_plugin.adapters.raster_io import write_geotiff
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import frame_from_source, write_frame_to_sink
from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.existing import bundled_public_points, user_public_points
from ral_zuid_plugin.core.pressure.prognosed import DemandInput, run_prognosis
from ral_zuid_plugin.core.pressure.prognosis import SCENARIOS, PrognosisSettings
from ral_zuid_plugin.core.pressure.prognosis_surfaces import prognosis_surfaces
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference.charging_locations import ATTRIBUTION as NDW_ATTRIBUTION
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.pressure.common import (
    add_grid_parameters,
    kernel_from_index,
    read_points,
    source_label,
    style_raster,
)


class PrognosedPressureAlgorithm(RalZuidAlgorithm):
    NAME = "prognosedpressure"
    GROUP = groups.PRESSURE

    DEMAND = "DEMAND"
    HOUSEHOLDS_FIELD = "HOUSEHOLDS_FIELD"
    EV_FIELD = "EV_FIELD"
    GEMEENTECODE = "GEMEENTECODE"
    YEAR = "YEAR"
    SCENARIO = "SCENARIO"
    PRIVATE_SHARE = "PRIVATE_SHARE"
    PRIVATE_SHARE_FIELD = "PRIVATE_SHARE_FIELD"
    EVS_PER_POINT = "EVS_PER_POINT"
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
    OUTPUT_NAL = "OUTPUT_NAL"
    OUTPUT = "OUTPUT"

    def display_name(self) -> str:
        return tr("Prognosed charging pressure and gap")

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
            QgsProcessingParameterString(
                self.GEMEENTECODE,
                tr("Only this municipality when there is no demand layer (CBS code, e.g. GM0772; empty = all)"),
                defaultValue="",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.YEAR,
                tr("Year (2020-2030; between the plan years 2020, 2025 and 2030 interpolated)"),
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
            QgsProcessingParameterNumber(
                self.PRIVATE_SHARE,
                tr("Share of electric cars charging on private ground (ladder van laden, 0-1)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=0.5,
                minValue=0.0,
                maxValue=1.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.PRIVATE_SHARE_FIELD,
                tr("Private-charging share per area (field, 0-1; empty = the share above)"),
                parentLayerParameterName=self.DEMAND,
                type=numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.EVS_PER_POINT,
                tr("Electric cars per public laadpunt (target)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=5.0,
                minValue=0.1,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.EXISTING,
                tr("Existing public charge points (empty = bundled NDW locations)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.EXISTING_COUNT_FIELD,
                tr("Laadpunten per existing location (field; empty = the number below)"),
                parentLayerParameterName=self.EXISTING,
                type=numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.POINTS_PER_LOCATION,
                tr("Laadpunten per existing location (a post usually has 2)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=2.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.INCLUDE_FAST, tr("Count fast-charging locations as public laadpunten"), defaultValue=False
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

    def execute(self, parameters, context, feedback, progress):
        settings = PrognosisSettings(
            year=self.parameterAsInt(parameters, self.YEAR, context),
            scenario=SCENARIOS[self.parameterAsEnum(parameters, self.SCENARIO, context)],
            private_share=self.parameterAsDouble(parameters, self.PRIVATE_SHARE, context),
            evs_per_point=self.parameterAsDouble(parameters, self.EVS_PER_POINT, context),
        )
        walk = self.parameterAsDouble(parameters, self.WALK_DISTANCE, context)
        cell = float(self.parameterAsInt(parameters, self.CELL_SIZE, context))
        region = load_region_municipalities()
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
        result = run_prognosis(
            demand,
            municipalities,
            existing,
            settings,
            walk_distance=walk,
            cell=cell,
            all_municipalities=region,
            progress=SubProgress(progress, 10, 40),
        )
        for note in result.notes:
            progress.info(note)
        areas = result.areas
        progress.info(
            tr(
                "{year}: {ev} electric cars, {needed} public laadpunten needed, {existing} exist in the areas, "
                "gap {gap} laadpunten in {count} area(s)."
            ).format(
                year=settings.year,
                ev=f"{areas['ev_prognose'].sum():.0f}",
                needed=f"{areas['laadpunten_nodig'].sum():.0f}",
                existing=f"{areas['laadpunten_bestaand'].sum():.0f}",
                gap=int(areas["tekort"].sum()),
                count=int((areas["tekort"] > 0).sum()),
            )
        )
        outputs = {}
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
                "WALK_DISTANCE_M": walk,
                "CELL_SIZE_M": cell,
                "BANDS": "; ".join("{}: {} [{}]".format(b.name, b.description, b.unit) for b in bands),
            }
            write_geotiff(raster_path, grid, bands, metadata)
            style_raster(
                context,
                raster_path,
                tr("Prognosed gap within walking distance {year}").format(year=settings.year),
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

    def _field(self, parameters, name, context) -> str | None:
        chosen = self.parameterAsFields(parameters, name, context)
        return chosen[0] if chosen else None

    def _existing(self, parameters, context, progress):
        source = self.parameterAsSource(parameters, self.EXISTING, context)
        per_location = self.parameterAsDouble(parameters, self.POINTS_PER_LOCATION, context)
        if source is None:
            include_fast = self.parameterAsBoolean(parameters, self.INCLUDE_FAST, context)
            progress.info(tr("Existing public points: {source}").format(source=NDW_ATTRIBUTION))
            return bundled_public_points(per_location, include_fast)
        label = source_label(source)
        count_field = self._field(parameters, self.EXISTING_COUNT_FIELD, context)
        points = read_points(source, context, None, progress, label, [count_field] if count_field else [])
        if points.empty:
            raise RalZuidError(tr("The layer of existing public points '{layer}' is empty.").format(layer=label))
        return user_public_points(points, label, count_field, per_location)
