"""Page planning: which sheets a plankaart has, what each one shows, and the map extent that fits the frame.

Sheet 1 is always the overview of the whole municipality. With an atlas coverage layer (wijken, kernen or
proposal areas) every coverage feature adds one detail sheet, in the order of the layer (or sorted by name).
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd

from ral_zuid_plugin.core.errors import InputDataError, RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap import texts
from ral_zuid_plugin.core.planmap.locations import inside
from ral_zuid_plugin.core.progress import Progress, SilentProgress, check_cancelled

OVERVIEW = "overview"
DETAIL = "detail"


@dataclass(frozen=True)
class PlanPage:
    """One sheet of the plankaart."""

    number: int
    kind: str
    name: str
    geometry: object
    location_count: int
    note: str


def fit_extent(
    bounds: tuple[float, float, float, float], frame_width: float, frame_height: float, margin: float = 0.05
) -> tuple[float, float, float, float]:
    """Map extent (xmin, ymin, xmax, ymax) around ``bounds`` with the frame's aspect ratio.

    The bounds grow by ``margin`` of their size on every side, then the short direction grows (centred) until
    width/height equals ``frame_width / frame_height``. A point (zero size) gets a 500 m wide window.
    """
    xmin, ymin, xmax, ymax = bounds
    width, height = xmax - xmin, ymax - ymin
    if width <= 0 and height <= 0:
        width = height = 500.0
        xmin, ymin = xmin - 250.0, ymin - 250.0
    xmin, xmax = xmin - margin * width, xmin + width + margin * width
    ymin, ymax = ymin - margin * height, ymin + height + margin * height
    width, height = xmax - xmin, ymax - ymin
    aspect = frame_width / frame_height
    if width / max(height, 1e-9) < aspect:
        grow = (height * aspect - width) / 2.0
        xmin, xmax = xmin - grow, xmax + grow
    else:
        grow = (width / aspect - height) / 2.0
        ymin, ymax = ymin - grow, ymax + grow
    return (xmin, ymin, xmax, ymax)


def coverage_names(
    coverage: gpd.GeoDataFrame, name_field: str | None, source: str, translate: texts.Translate = tr
) -> list[str]:
    """A readable name per coverage feature (the name field, else 'Area <n>')."""
    if name_field and name_field not in coverage.columns:
        raise InputDataError(tr("the field '{field}' does not exist").format(field=name_field), path=source)
    names = []
    for position in range(len(coverage)):
        value = coverage[name_field].iloc[position] if name_field else None
        text = "" if value is None else str(value).strip()
        if text.lower() == "nan":
            text = ""
        names.append(text or texts.area_name(position + 1, translate))
    return names


def plan_pages(
    municipality: str,
    municipality_geometry,
    locations: gpd.GeoDataFrame,
    *,
    table_capacity: int,
    coverage: gpd.GeoDataFrame | None = None,
    name_field: str | None = None,
    coverage_source: str = "",
    sort_by_name: bool = False,
    translate: texts.Translate = tr,
    progress: Progress | None = None,
) -> list[PlanPage]:
    """The sheets of a plankaart: the overview, then one per coverage feature.

    ``table_capacity`` is how many table rows fit on a sheet; a sheet with more locations gets a note.
    An empty coverage layer or a coverage feature without geometry is an error naming the layer and row.
    """
    progress = progress or SilentProgress()
    overview_count = len(inside(locations, municipality_geometry))
    pages = [
        PlanPage(
            number=1,
            kind=OVERVIEW,
            name=texts.overview_page_name(municipality, translate),
            geometry=municipality_geometry,
            location_count=overview_count,
            note=texts.table_note(table_capacity, overview_count, translate),
        )
    ]
    if coverage is None:
        return pages
    if coverage.empty:
        raise RalZuidError(
            tr(
                "The atlas coverage layer '{source}' has no features; "
                "choose a layer with wijken, kernen or proposal areas."
            ).format(source=coverage_source)
        )
    names = coverage_names(coverage, name_field, coverage_source, translate)
    order = list(range(len(coverage)))
    if sort_by_name:
        order.sort(key=lambda i: names[i].lower())
    total = len(order)
    for sheet, position in enumerate(order, start=1):
        check_cancelled(progress)
        geometry = coverage.geometry.iloc[position]
        if geometry is None or geometry.is_empty:
            raise InputDataError(tr("the area has no geometry"), path=coverage_source, row=position + 1)
        count = len(inside(locations, geometry))
        pages.append(
            PlanPage(
                number=sheet + 1,
                kind=DETAIL,
                name=texts.area_page_name(names[position], sheet, total, translate),
                geometry=geometry,
                location_count=count,
                note=texts.table_note(table_capacity, count, translate),
            )
        )
    return pages


POINT_MM = 25.4 / 72.0


def table_rows_that_fit(frame_height_mm: float, font_pt: float, cell_margin_mm: float, grid_mm: float) -> int:
    """How many body rows of a layout table fit in a frame, below one header row.

    A row is the font size in mm (QGIS sizes table rows by the font's ascent and descent, which stay below
    the point size for the sans fonts used) plus a cell margin above and below and one grid line; the header
    row has the same height. Never less than 1.
    """
    row = font_pt * POINT_MM + 2.0 * cell_margin_mm + grid_mm
    rows = int((frame_height_mm - grid_mm - row) // row)
    return max(rows, 1)
