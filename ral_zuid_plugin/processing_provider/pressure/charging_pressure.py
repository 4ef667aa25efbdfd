"""``ralzuid:chargingpressure``: measured charging pressure surfaces from charge points with usage indicators."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterDestination,
)

from ral_zuid_plugin.adapters.raster_io import write_geotiff
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import write_frame_to_sink
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.pressure_texts import band_meanings
from ral_zuid_plugin.core.pressure.areas import measured_area_table
from ral_zuid_plugin.core.pressure.inputs import numeric_column
from ral_zuid_plugin.core.pressure.measured import (
    DEFAULT_DEMAND_FIELD,
    DEFAULT_DENSITY_FIELDS,
    DEFAULT_MEAN_FIELDS,
    MeasuredSettings,
    measured_surfaces,
)
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.pressure.common import (
    add_grid_parameters,
    kernel_from_index,
    points_parameter,
    read_points,
    read_polygons,
    source_label,
    style_raster,
)
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter


class ChargingPressureAlgorithm(RalZuidAlgorithm):
    NAME = "chargingpressure"
    GROUP = groups.PRESSURE

    INPUT = "INPUT"
    DENSITY_FIELDS = "DENSITY_FIELDS"
    MEAN_FIELDS = "MEAN_FIELDS"
    DEMAND_FIELD = "DEMAND_FIELD"
    SUPPLY = "SUPPLY"
    SUPPLY_COUNT_FIELD = "SUPPLY_COUNT_FIELD"
    KERNEL = "KERNEL"
    RADIUS = "RADIUS"
    WALK_DISTANCE = "WALK_DISTANCE"
    CELL_SIZE = "CELL_SIZE"
    AREAS = "AREAS"
    MEMORY_BUDGET = "MEMORY_BUDGET"
    OUTPUT = "OUTPUT"
    OUTPUT_AREAS = "OUTPUT_AREAS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Charge points with usage indicators"), [QgsProcessing.SourceType.TypeVectorPoint]
            )
        )
        numeric = QgsProcessingParameterField.DataType.Numeric
        self.addParameter(
            QgsProcessingParameterField(
                self.DENSITY_FIELDS,
                tr("Fields mapped as density per km² (empty = sessies_per_dag, kwh_per_dag, aansluituren_per_dag)"),
                parentLayerParameterName=self.INPUT,
                type=numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MEAN_FIELDS,
                tr("Fields mapped as kernel-weighted mean (empty = piekbezetting_pct)"),
                parentLayerParameterName=self.INPUT,
                type=numeric,
                allowMultiple=True,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.DEMAND_FIELD,
                tr("Demand field for the laaddruk surface (empty = aansluituren_per_dag)"),
                parentLayerParameterName=self.INPUT,
                type=numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SUPPLY,
                tr("Public charge points (empty = every input point is one public charge point)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.SUPPLY_COUNT_FIELD,
                tr("Number of charge points per public location (empty = 1 each)"),
                parentLayerParameterName=self.SUPPLY,
                type=numeric,
                optional=True,
            )
        )
        add_grid_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.AREAS,
                tr("Areas for the summary table (empty = municipalities)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Charging pressure surfaces")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS,
                tr("Charging pressure per area"),
                QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
            )
        )
        add_report_language_parameter(self)

    def execute(self, parameters, context, feedback, progress):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise RalZuidError(tr("The charge point layer could not be read."))
        label = source_label(source)
        field_names = [field.name() for field in source.fields()]
        density = self.parameterAsFields(parameters, self.DENSITY_FIELDS, context) or [
            name for name in DEFAULT_DENSITY_FIELDS if name in field_names
        ]
        means = self.parameterAsFields(parameters, self.MEAN_FIELDS, context) or [
            name for name in DEFAULT_MEAN_FIELDS if name in field_names
        ]
        demand_choice = self.parameterAsFields(parameters, self.DEMAND_FIELD, context)
        demand = (
            demand_choice[0]
            if demand_choice
            else (DEFAULT_DEMAND_FIELD if DEFAULT_DEMAND_FIELD in field_names else None)
        )
        if not density and not means and demand is None:
            raise RalZuidError(
                tr("Layer '{layer}' has none of the default fields ({fields}); choose the fields to map.").format(
                    layer=label, fields=", ".join((*DEFAULT_DENSITY_FIELDS, *DEFAULT_MEAN_FIELDS))
                )
            )
        wanted = list(dict.fromkeys([*density, *means, *([demand] if demand else [])]))
        points = read_points(
            source,
            context,
            feedback,
            SubProgress(progress, 0, 10),
            label,
            wanted,
            **points_parameter(self, parameters, self.INPUT, context),
        )
        supply = None
        supply_label = ""
        supply_source = self.parameterAsSource(parameters, self.SUPPLY, context)
        if supply_source is not None:
            supply_label = source_label(supply_source)
            count_field = self.parameterAsFields(parameters, self.SUPPLY_COUNT_FIELD, context)
            supply = read_points(
                supply_source,
                context,
                None,
                progress,
                supply_label,
                count_field or [],
                **points_parameter(self, parameters, self.SUPPLY, context),
            )
            if count_field:
                supply = supply.rename(columns={count_field[0]: "laadpunten"})
        settings = MeasuredSettings(
            density_fields=tuple(density),
            mean_fields=tuple(means),
            demand_field=demand,
            kernel=kernel_from_index(self.parameterAsEnum(parameters, self.KERNEL, context)),
            radius=self.parameterAsDouble(parameters, self.RADIUS, context),
            walk_distance=self.parameterAsDouble(parameters, self.WALK_DISTANCE, context),
            cell=float(self.parameterAsInt(parameters, self.CELL_SIZE, context)),
            memory_budget_mb=self.parameterAsDouble(parameters, self.MEMORY_BUDGET, context),
        )
        result = measured_surfaces(
            points,
            settings,
            source=label,
            supply=supply,
            supply_source=supply_label,
            progress=SubProgress(progress, 10, 80),
        )
        path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        metadata = {
            "RALZUID_ALGORITHM": "ralzuid:" + self.NAME,
            "KERNEL": settings.kernel,
            "RADIUS_M": settings.radius,
            "WALK_DISTANCE_M": settings.walk_distance,
            "CELL_SIZE_M": settings.cell,
            "SOURCE": label,
            "BANDS": "; ".join("{}: {} [{}]".format(b.name, b.description, b.unit) for b in result.bands),
        }
        write_geotiff(path, result.grid, result.bands, metadata)
        styled = next((i for i, b in enumerate(result.bands) if b.name == "laaddruk"), 0)
        style_raster(
            context,
            path,
            tr("Charging pressure (measured): {meaning}").format(
                meaning=band_meanings().get(result.bands[styled].name, result.bands[styled].description)
            ),
            styled + 1,
            result.bands[styled].values,
        )
        outputs = {self.OUTPUT: path}
        if self.OUTPUT_AREAS in parameters and parameters[self.OUTPUT_AREAS] is not None:
            area_source = self.parameterAsSource(parameters, self.AREAS, context)
            if area_source is None:
                areas = load_region_municipalities()[["gemeentecode", "gemeentenaam", "geometry"]]
            else:
                areas = read_polygons(area_source, context, None, source_label(area_source))
            values = {name: numeric_column(points, name, label) for name in (*density, *means)}
            areas = areas.drop(columns=[c for c in ("fid",) if c in areas.columns])
            table = measured_area_table(areas, points, result.point_pressure, tuple(density), tuple(means), values)
            if area_source is None:
                table = table[table["laadpunten"] > 0].reset_index(drop=True)
            dest = write_frame_to_sink(self, table, parameters, self.OUTPUT_AREAS, context, feedback)
            style_output(context, dest, tr("Charging pressure per area"), "pressure_areas.qml")
            outputs[self.OUTPUT_AREAS] = dest
        progress.set_progress(100)
        return outputs
