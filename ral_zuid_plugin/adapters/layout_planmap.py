"""Making a plankaart from start to finish: core pieces, map layers, template, export, project registration.

The Processing algorithm ``ralzuid:planmap`` reads its parameters into a :class:`PlanMapRequest` and calls
:func:`make_plan_map`; the benchmark and the tests may call it the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

import geopandas as gpd
import pandas as pd
from qgis.core import QgsFeedback, QgsMapLayer, QgsProject, QgsVectorLayer

from ral_zuid_plugin.__about__ import plugin_version
from ral_zuid_plugin.adapters import layout_layers as layers
from ral_zuid_plugin.adapters.layout_export import check_writable, export_atlas_pdf, export_atlas_pngs
from ral_zuid_plugin.adapters.layout_fill import SORT_FIELD, PlanMapContent, fill_layout, table_capacity
from ral_zuid_plugin.adapters.layout_language import map_translator
from ral_zuid_plugin.adapters.layout_template import load_template
from ral_zuid_plugin.core.crs import RD_NEW
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap import requests as planmap_requests
from ral_zuid_plugin.core.planmap import sources, texts, zes
from ral_zuid_plugin.core.planmap.extent import is_regional, overview_name, regional_extent
from ral_zuid_plugin.core.planmap.locations import FieldMapping, locations_in_municipality, plan_locations
from ral_zuid_plugin.core.planmap.pages import plan_pages
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled
from ral_zuid_plugin.core.reference.charging_locations import load_public_charging_locations
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities

NDW_MARGIN_M = 1000.0


@dataclass
class PlanMapRequest:
    """What the analyst asked for (already read from the Processing parameters)."""

    locations: gpd.GeoDataFrame
    locations_source: str
    output_pdf: str
    template: str
    gemeentecode: str = ""
    municipality_area: gpd.GeoDataFrame | None = None
    municipality_name: str = ""
    mapping: FieldMapping = field(default_factory=FieldMapping)
    existing_points: gpd.GeoDataFrame | None = None
    use_ndw: bool = True
    pressure_raster: str = ""
    pressure_band: int = 1
    proposal_areas: gpd.GeoDataFrame | None = None
    proposal_top: int = 20
    zes_sites: gpd.GeoDataFrame | None = None
    zes_zones: gpd.GeoDataFrame | None = None
    open_requests: gpd.GeoDataFrame | None = None
    coverage: gpd.GeoDataFrame | None = None
    coverage_name_field: str = ""
    coverage_source: str = ""
    roads: gpd.GeoDataFrame | None = None
    scenario: str = ""
    year: str = ""
    phase: str = ""
    status: str = texts.STATUS_CONCEPT
    adopted_on: dt.date | None = None
    language: str = "nl"
    logo: str = ""
    online_background: bool = False
    extra_sources: str = ""
    export_png: bool = False
    template_label: str = ""
    made_on: dt.date = field(default_factory=dt.date.today)


@dataclass
class PlanMapResult:
    pdf: Path
    pngs: list[Path]
    page_count: int
    layout_name: str
    registered: bool
    location_count: int
    layers_gpkg: Path | None = None


def resolve_municipality(request: PlanMapRequest) -> tuple[str, object, str]:
    """(name, polygon in RD New, gemeentecode or '') from the polygon layer or the bundled list."""
    if request.municipality_area is not None:
        area = request.municipality_area
        if area.empty or area.geometry.isna().all():
            raise RalZuidError(tr("The municipality layer has no polygon."))
        if "gemeentenaam" in area.columns and area["gemeentenaam"].astype(str).nunique() > 1:
            raise RalZuidError(
                tr(
                    "The municipality layer holds {count} different municipalities; select one and tick "
                    "'Selected features only', or use the CBS code."
                ).format(count=area["gemeentenaam"].astype(str).nunique())
            )
        geometry = area.to_crs(RD_NEW).geometry.unary_union
        name = request.municipality_name.strip()
        if not name and "gemeentenaam" in area.columns:
            name = str(area["gemeentenaam"].iloc[0])
        return name or tr("the municipality"), geometry, ""
    if not request.gemeentecode.strip():
        raise RalZuidError(tr("Choose a municipality: a CBS code such as GM0772, or a polygon layer."))
    if is_regional(request.gemeentecode):  # the expertisecentrum's overview: REGIO, PV30 or PV31
        name, area, code = regional_extent(request.gemeentecode)
        return request.municipality_name.strip() or name, area, code
    frame = load_region_municipalities(request.gemeentecode)
    name = request.municipality_name.strip() or str(frame["gemeentenaam"].iloc[0])
    return name, frame.geometry.iloc[0], str(frame["gemeentecode"].iloc[0])


def _register(
    project: QgsProject,
    layout,
    group_name: str,
    map_layers: list[QgsMapLayer],
    tables: dict[str, QgsVectorLayer],
    gpkg: Path,
    progress: Progress,
) -> Path | None:
    """Put the layout and its layers in the project (replacing an earlier run); return the GeoPackage or None."""
    manager = project.layoutManager()
    old = manager.layoutByName(layout.name())
    if old is not None:
        manager.removeLayout(old)
    root = project.layerTreeRoot()
    old_group = root.findGroup(group_name)
    if old_group is not None:
        project.removeMapLayers([node.layerId() for node in old_group.findLayers()])
        root.removeChildNode(old_group)
    saved: Path | None = gpkg
    try:
        layers.persist_layers(tables, gpkg, project.transformContext())
    except RalZuidError as error:
        # The PDF is done; the layout still works in this session with memory layers.
        progress.warning(error.message)
        saved = None
    group = root.insertGroup(0, group_name)
    for layer in map_layers:
        group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    manager.addLayout(layout)
    return saved


@dataclass
class MapLayers:
    """The layers of one plankaart and where each one shows."""

    main: list[QgsMapLayer]
    legend: list[QgsMapLayer]
    overview: list[QgsMapLayer]
    tables: dict[str, QgsVectorLayer]
    online: bool = False

    def all_layers(self) -> list[QgsMapLayer]:
        layers_in_order: list[QgsMapLayer] = []
        for layer in [*self.main, *self.overview, *self.tables.values()]:
            if layer not in layers_in_order:
                layers_in_order.append(layer)
        return layers_in_order


def _build_map_layers(
    request: PlanMapRequest,
    name: str,
    area,
    rows: gpd.GeoDataFrame,
    pages: list,
    region: gpd.GeoDataFrame,
    labels: dict[str, str],
    translate,
    progress: Progress,
) -> MapLayers:
    """Memory layers for the main map (top first), the legend, the overview map and the GeoPackage tables."""
    tables: dict[str, QgsVectorLayer] = {}
    outline = gpd.GeoDataFrame({"gemeentenaam": [name]}, geometry=[area], crs=RD_NEW)
    plan_rows = layers.table_frame(rows)
    plan_rows.insert(0, SORT_FIELD, range(1, len(plan_rows) + 1))
    locations_layer = layers.memory_layer(plan_rows, labels["plan_locations"], "locations_plan.qml")
    layers.label_categories(locations_layer, labels)
    tables["planlocaties"] = locations_layer
    main: list[QgsMapLayer] = [locations_layer]
    legend: list[QgsMapLayer] = [locations_layer]

    pages_frame = gpd.GeoDataFrame(
        {
            "pagina": [page.number for page in pages],
            "soort": [page.kind for page in pages],
            "paginanaam": [page.name for page in pages],
            "locaties": [page.location_count for page in pages],
            "notitie": [page.note for page in pages],
        },
        geometry=[page.geometry for page in pages],
        crs=RD_NEW,
    )
    pages_layer = layers.memory_layer(pages_frame, labels["sheet"])
    layers.outline_current_sheet(pages_layer)
    if len(pages) > 1:
        # Detail sheets show their own outline (the atlas coverage feature), just under the locations.
        main.append(pages_layer)

    existing = request.existing_points
    if existing is None and request.use_ndw:
        ndw = load_public_charging_locations()
        existing = ndw[ndw.geometry.within(area.buffer(NDW_MARGIN_M))][["location_id", "adres", "geometry"]]
    if existing is not None and not existing.empty:
        tables["bestaande_laadpunten"] = layers.memory_layer(existing, labels["ndw"], "locations_ndw.qml")
        main.append(tables["bestaande_laadpunten"])
        legend.append(tables["bestaande_laadpunten"])

    proposal_areas = request.proposal_areas
    if proposal_areas is not None and request.proposal_top > 0 and "rang" in proposal_areas.columns:
        ranks = pd.to_numeric(proposal_areas["rang"], errors="coerce")
        proposal_areas = proposal_areas[ranks <= request.proposal_top]
    if proposal_areas is not None and not proposal_areas.empty:
        top = request.proposal_top if "rang" in proposal_areas.columns else 0
        areas_layer = layers.memory_layer(
            proposal_areas, texts.proposal_areas_label(top, translate), "laaddruk_proposal_areas.qml"
        )
        layers.label_proposal_areas(areas_layer)
        tables["voorstelgebieden"] = areas_layer
        main.append(areas_layer)
        legend.append(areas_layer)

    _add_zes_layers(request, tables, main, legend, translate)
    if request.open_requests is not None and not request.open_requests.empty:
        drawn = planmap_requests.open_requests_to_draw(request.open_requests)
        if not drawn.empty:
            label = planmap_requests.open_requests_label(translate)
            tables["aanvragen"] = layers.memory_layer(drawn, label, "requests_register.qml")
            main.insert(1, tables["aanvragen"])
            legend.insert(1, tables["aanvragen"])

    boundary_layer = layers.memory_layer(outline, labels["municipality"], "boundaries_municipality.qml")
    tables["gemeentegrens"] = boundary_layer
    main.append(boundary_layer)
    if len(pages) > 1:
        legend.append(pages_layer)
    legend.append(boundary_layer)
    if request.pressure_raster:
        pressure = layers.pressure_layer(
            request.pressure_raster,
            labels["pressure"],
            labels["pressure_low"],
            labels["pressure_high"],
            request.pressure_band,
        )
        main.append(pressure)
        legend.append(pressure)

    online = layers.online_background(labels["background"]) if request.online_background else None
    if request.online_background and online is None:
        progress.warning(tr("PDOK's background map cannot be reached (offline?); the offline map is used."))
    if online is not None:
        main.append(online)
    else:
        if request.roads is not None and not request.roads.empty:
            tables["wegen"] = layers.memory_layer(request.roads, labels["roads"], "background_roads.qml")
            main.append(tables["wegen"])
        neighbours = region[~region.geometry.representative_point().within(area)][["gemeentenaam", "geometry"]]
        tables["buurgemeenten"] = layers.memory_layer(neighbours, labels["neighbours"], "boundaries_neighbours.qml")
        main.append(tables["buurgemeenten"])

    tables["regio"] = layers.memory_layer(
        region[["gemeentenaam", "geometry"]], labels["region"], "boundaries_region.qml"
    )
    tables["markering"] = layers.memory_layer(outline, name, "boundaries_highlight.qml")
    tables["kaartbladen"] = pages_layer
    return MapLayers(
        main=main,
        legend=legend,
        overview=[tables["markering"], tables["regio"]],
        tables=tables,
        online=online is not None,
    )


def _add_zes_layers(request: PlanMapRequest, tables: dict, main: list, legend: list, translate) -> None:
    """The ZES zones and proposed ZES sites (``ralzuid:zeslogistics``), when given."""
    if request.zes_zones is not None and not request.zes_zones.empty:
        tables["zes_zones"] = layers.memory_layer(request.zes_zones, zes.zes_zones_label(translate), "zes_zones.qml")
        main.append(tables["zes_zones"])
        legend.append(tables["zes_zones"])
    if request.zes_sites is not None and not request.zes_sites.empty:
        sites = zes.zes_sites_to_draw(request.zes_sites)
        if not sites.empty:
            tables["zes_locaties"] = layers.memory_layer(sites, zes.zes_sites_label(translate), "screening_advies.qml")
            tables["zes_locaties"].setLabelsEnabled(False)  # long generated names would cover the map
            main.insert(1, tables["zes_locaties"])
            legend.insert(1, tables["zes_locaties"])


def make_plan_map(
    request: PlanMapRequest,
    project: QgsProject | None = None,
    feedback: QgsFeedback | None = None,
    progress: Progress | None = None,
) -> PlanMapResult:
    """Validate, build and export the plankaart; register the layout in ``project`` when one is given."""
    progress = progress or SilentProgress()
    target = check_writable(request.output_pdf)
    translate = map_translator(request.language)
    if translate is None:
        progress.warning(tr("The Dutch text catalogue is missing; the plan map is printed in English."))
        translate = map_translator("en")
    name, area, code = resolve_municipality(request)
    status_line = texts.status_text(request.status, request.adopted_on, translate)
    rows = plan_locations(request.locations, request.mapping, source=request.locations_source, progress=progress)
    rows = locations_in_municipality(rows, area, name, request.locations_source)
    progress.info(tr("{count} locations inside {municipality}.").format(count=len(rows), municipality=name))
    check_cancelled(progress)

    owner = project if project is not None else QgsProject()
    layout_name = tr("Plan map {municipality}").format(municipality=name)
    if request.template_label:
        layout_name = "{name} ({template})".format(name=layout_name, template=request.template_label)
    layout = load_template(request.template, owner, layout_name)
    capacity = table_capacity(layout)
    pages = plan_pages(
        name,
        area,
        rows,
        table_capacity=capacity,
        coverage=request.coverage.to_crs(RD_NEW) if request.coverage is not None else None,
        name_field=request.coverage_name_field or None,
        coverage_source=request.coverage_source,
        translate=translate,
        progress=progress,
    )
    if is_regional(code):  # a province or the region is no gemeente: "Overview: Limburg"
        pages = [replace(pages[0], name=overview_name(name, translate)), *pages[1:]]
    labels = texts.legend_labels(translate)
    region = load_region_municipalities()
    built = _build_map_layers(request, name, area, rows, pages, region, labels, translate, progress)

    source_list = sources.source_lines(
        locations_source=request.locations_source,
        ndw_points=request.existing_points is None and request.use_ndw,
        online_background=built.online,
        pressure=layers.band_description(request.pressure_raster, request.pressure_band)
        if request.pressure_raster
        else "",
        proposal_areas="voorstelgebieden" in built.tables,
        roads="wegen" in built.tables,
        extra="; ".join(
            part
            for part in (
                request.extra_sources.strip(),
                zes.zes_source_line(translate) if {"zes_zones", "zes_locaties"} & set(built.tables) else "",
            )
            if part
        ),
        tr=translate,
    )
    content = PlanMapContent(
        title=texts.plan_title(name, translate),
        subtitle=texts.subtitle(request.scenario, request.year, request.phase, translate),
        status=status_line,
        footer=texts.footer_text(request.made_on, plugin_version(), translate)
        + (" \u00b7 {code}".format(code=code) if code else ""),
        sources=sources.sources_text(source_list, translate),
        legend_title=texts.legend_title(translate),
        empty_table=texts.empty_table_text(translate),
        table_headers=texts.table_headers(translate),
        main_layers=built.main,
        legend_layers=built.legend,
        overview_layers=built.overview,
        overview_extent=tuple(float(v) for v in region.total_bounds),
        locations=built.tables["planlocaties"],
        pages=built.tables["kaartbladen"],
        logo=request.logo,
    )
    map_layers = built.all_layers()
    owner.addMapLayers(map_layers, False)
    try:
        fill_layout(layout, content)
        progress.info(tr("Exporting {count} sheets to {path}").format(count=len(pages), path=str(target)))
        check_cancelled(progress)
        pdf = export_atlas_pdf(layout, target, feedback)
        pngs = export_atlas_pngs(layout, target, feedback) if request.export_png else []
    except Exception:
        owner.removeMapLayers([layer.id() for layer in map_layers])
        raise
    registered = project is not None
    saved = None
    if registered:
        group = tr("Plan map {municipality}: map layers").format(municipality=name)
        gpkg = pdf.with_name(pdf.stem + "_kaartlagen.gpkg")
        saved = _register(project, layout, group, map_layers, built.tables, gpkg, progress)
    return PlanMapResult(
        pdf=pdf,
        pngs=pngs,
        page_count=len(pages),
        layout_name=layout_name,
        registered=registered,
        location_count=len(rows),
        layers_gpkg=saved,
    )
