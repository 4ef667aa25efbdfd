"""``ralzuid:planmap`` end to end: PDF pages and text, atlas sheets, the layout in the project, bad input.

Expected texts come from the sample file ``sample_data/planmap/locaties_eindhoven.geojson`` (14 hand-placed
locations in Eindhoven) and the Dutch wording agreed in the issue ("Plankaart laadinfrastructuur <gemeente>").
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtGui import QImage

from ral_zuid_plugin.adapters import layout_design as ids
from ral_zuid_plugin.adapters.layout_export import export_result_message

ROOT = Path(__file__).resolve().parents[3]
LOCATIONS = str(ROOT / "sample_data" / "planmap" / "locaties_eindhoven.geojson")
SHEETS = str(ROOT / "sample_data" / "planmap" / "kaartbladen_eindhoven.geojson")


@pytest.fixture()
def run_planmap(ralzuid_provider):
    """Run ralzuid:planmap with the project set, as the toolbox does."""
    import processing

    def _run(parameters: dict, feedback: QgsProcessingFeedback | None = None) -> dict:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        base = {"GEMEENTECODE": "GM0772", "LOCATIONS": LOCATIONS}
        base.update(parameters)
        return processing.run("ralzuid:planmap", base, context=context, feedback=feedback or QgsProcessingFeedback())

    return _run


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text of the PDF (or one page) with all runs of white space as one space (titles may wrap).

    Read in content order (``-raw``): pdftotext's default mode drops a hyphen where a line wraps
    at it ("Eindhoven-" / "centrum" came out as "Eindhovencentrum" once the machine had Liberation
    Sans as Arial's substitute), which would hide a wrong name. A wrap right after a hyphen is joined.
    """
    command = ["pdftotext", "-raw"]
    if page is not None:
        command += ["-f", str(page), "-l", str(page)]
    text = subprocess.run([*command, str(path), "-"], check=True, capture_output=True, text=True).stdout
    return re.sub(r"(?<=\w)-\s+(?=\w)", "-", " ".join(text.split()))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_every_exporter_result_has_a_message():
    results = QgsLayoutExporter.ExportResult
    assert export_result_message(results.Success, "a.pdf") == ""
    others = [
        results.Canceled,
        results.MemoryError,
        results.FileError,
        results.PrintError,
        results.SvgLayerError,
        results.IteratorError,
    ]
    messages = [export_result_message(result, "/tmp/plankaart.pdf") for result in others]
    assert all("/tmp/plankaart.pdf" in message for message in messages)
    assert len(set(messages)) == len(others)
    assert export_result_message(results.FileError, "x.pdf", "disk full").endswith("(disk full)")


def test_a3_plan_map_is_one_dutch_page_with_title_status_and_table(run_planmap, tmp_path):
    output = tmp_path / "plankaart.pdf"
    result = run_planmap(
        {
            "SCENARIO": "Scenario midden",
            "YEAR": "2030",
            "STATUS": 1,
            "ADOPTED_ON": "12-03-2026",
            "OUTPUT": str(output),
        }
    )
    assert result["OUTPUT"] == str(output)
    assert result["PAGE_COUNT"] == 1
    assert output.read_bytes()[:5] == b"%PDF-"
    assert pdf_pages(output) == 1
    text = pdf_text(output)
    assert "Plankaart laadinfrastructuur Eindhoven" in text
    assert "Scenario midden · 2030" in text
    assert "Vastgesteld door de raad op 12 maart 2026" in text
    # Table headings and rows from the sample file (A3 fits 16 rows; the sample has 14, all inside Eindhoven).
    for expected in ("Adres", "Laadpunten", "Verkeersbesluit", "EHV-001", "Venuslaan 205", "VVB-2026-01"):
        assert expected in text
    assert "EHV-014" in text and "Mendelssohnlaan 118" in text
    assert "Bronnen: Locaties:" in text and "CBS / Kadaster" in text
    assert leftovers(tmp_path) == []


def test_atlas_makes_one_sheet_per_coverage_feature_after_the_overview(run_planmap, tmp_path):
    output = tmp_path / "atlas.pdf"
    result = run_planmap(
        {
            "TEMPLATE": 1,
            "ATLAS": True,
            "COVERAGE": SHEETS,
            "COVERAGE_NAME_FIELD": "naam",
            "EXPORT_PNG": True,
            "OUTPUT": str(output),
        }
    )
    # 4 map sheets in the coverage file + the overview.
    assert result["PAGE_COUNT"] == 5
    assert pdf_pages(output) == 5
    assert "Overzicht: gemeente Eindhoven" in pdf_text(output, 1)
    third = pdf_text(output, 3)
    assert "Kaartblad 2 van 4: Kaartblad A2 (noordoost)" in third
    # A2 (x 159.5-166.5 km, y 384.5-390.5 km) holds EHV-001 (162080, 386660) but not EHV-002 (160110, 381190).
    assert "EHV-001" in third and "EHV-002" not in third
    # Legend shows only what is on the map. Sheet B1 (x 152.5-159.5 km, y 378.5-384.5 km) is printed with 6 %
    # margin at the A4 map's aspect 190:150, about x 151.7-160.3 km, y 378.1-384.9 km: that window holds
    # proposed EHV-009 and planned EHV-014, EHV-002, EHV-008, but no fast (nearest EHV-010 at x 162.7 km) and
    # no existing plan location (nearest EHV-004 at x 161.5 km). The overview sheet has all four categories.
    first, fourth = pdf_text(output, 1), pdf_text(output, 4)
    for label in ("Bestaande publieke laadlocatie", "Geplande locatie", "Voorgestelde locatie", "Snellaadlocatie"):
        assert label in first
    assert "Geplande locatie" in fourth and "Voorgestelde locatie" in fourth
    assert "Snellaadlocatie" not in fourth and "Bestaande publieke laadlocatie" not in fourth
    pngs = result["PNG_FILES"].split(";")
    assert [Path(p).name for p in pngs] == ["atlas_blad{:02d}.png".format(n) for n in range(1, 6)]
    assert all(Path(p).is_file() for p in pngs)

    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT_NAME"])
    assert layout is not None
    assert result["LAYOUT_NAME"] == "Plan map Eindhoven (A4 portrait)"
    assert isinstance(layout.itemById(ids.MAIN_MAP), QgsLayoutItemMap)
    assert isinstance(layout.itemById(ids.OVERVIEW_MAP), QgsLayoutItemMap)
    assert isinstance(layout.itemById(ids.LEGEND), QgsLayoutItemLegend)
    assert isinstance(layout.itemById(ids.LOCATION_TABLE).multiFrame(), QgsLayoutItemAttributeTable)
    assert layout.itemById(ids.TITLE).text() == "Plankaart laadinfrastructuur Eindhoven"
    assert layout.atlas().enabled() and layout.atlas().coverageLayer().featureCount() == 5
    # The layout's layers live in a GeoPackage beside the PDF, so the layout survives saving the project.
    gpkg = Path(result["MAP_LAYERS"])
    assert gpkg == tmp_path / "atlas_kaartlagen.gpkg" and gpkg.is_file()
    locations = layout.itemById(ids.LOCATION_TABLE).multiFrame().vectorLayer()
    assert locations.providerType() == "ogr" and locations.source().startswith(str(gpkg))
    assert locations.featureCount() == 14
    assert layout.atlas().coverageLayer().providerType() == "ogr"
    group = QgsProject.instance().layerTreeRoot().findGroup("Plan map Eindhoven: map layers")
    assert group is not None and len(group.findLayers()) >= 6


def test_main_map_of_a_rendered_sheet_is_not_blank(run_planmap, tmp_path):
    output = tmp_path / "kaart.pdf"
    result = run_planmap({"TEMPLATE": 1, "EXPORT_PNG": True, "OUTPUT": str(output)})
    image = QImage(result["PNG_FILES"])
    assert not image.isNull()
    # A4 portrait at 150 dpi; the main map sits at x 10-200 mm, y 30-180 mm (layout_design.A4_PORTRAIT).
    per_mm = image.width() / 210.0
    x0, y0, x1, y1 = (int(v * per_mm) for v in (15, 35, 195, 175))
    colours = set()
    dark = 0
    for y in range(y0, y1, 4):
        for x in range(x0, x1, 4):
            pixel = image.pixel(x, y)
            colours.add(pixel)
            if image.pixelColor(x, y).lightness() < 128:
                dark += 1
    # Boundaries, neighbour fills, NDW dots and symbols: many colours and some dark pixels, not a white box.
    assert len(colours) > 20
    assert dark > 50


def test_pressure_raster_and_proposal_areas_are_drawn_and_named_in_the_legend(run_planmap, tmp_path):
    raster = tmp_path / "laaddruk.tif"
    dataset = gdal.GetDriverByName("GTiff").Create(str(raster), 40, 30, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((156000, 250, 0, 388000, 0, -250))
    dataset.SetProjection("EPSG:28992")
    dataset.GetRasterBand(1).WriteArray(np.linspace(0, 1, 1200, dtype=np.float32).reshape(30, 40))
    dataset = None
    areas = tmp_path / "voorstel.geojson"
    areas.write_text(
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},'
        '"features":[{"type":"Feature","properties":{"rang":1,"extra_laadpunten":6,"reden":"bezetting"},'
        '"geometry":{"type":"Polygon","coordinates":[[[160000,383000],[161000,383000],[161000,384000],'
        "[160000,384000],[160000,383000]]]}}]}",
        encoding="utf-8",
    )
    output = tmp_path / "laaddruk.pdf"
    run_planmap({"PRESSURE": str(raster), "PROPOSAL_AREAS": str(areas), "OUTPUT": str(output)})
    text = pdf_text(output)
    assert "Laaddruk" in text
    # The layer has "rang", so the default (rank 1-20) is named in the legend, and the counts are an indication
    # (plan §3.2: "Aantallen worden gebruikt als indicatie maar niet als exacte streefgetallen").
    assert "Voorstelgebieden, rang 1-20 (laaddrukanalyse; aantallen zijn een indicatie)" in " ".join(text.split())
    assert "Laaddruk: laaddruk.tif" in text
    with pytest.raises(QgsProcessingException, match="has 1 bands; band 3 does not exist"):
        run_planmap({"PRESSURE": str(raster), "PRESSURE_BAND": 3, "OUTPUT": str(tmp_path / "band3.pdf")})
    assert not (tmp_path / "band3.pdf").exists()


def test_own_municipality_polygon_and_logo(run_planmap, tmp_path):
    area = tmp_path / "centrum.geojson"
    area.write_text(
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},'
        '"features":[{"type":"Feature","properties":{"gemeentenaam":"Eindhoven-centrum"},'
        '"geometry":{"type":"Polygon","coordinates":[[[159000,381000],[163000,381000],[163000,385000],'
        "[159000,385000],[159000,381000]]]}}]}",
        encoding="utf-8",
    )
    logo = ROOT / "resources" / "icons" / "ral_zuid.svg"
    output = tmp_path / "centrum.pdf"
    result = run_planmap(
        {"GEMEENTECODE": "", "MUNICIPALITY_LAYER": str(area), "LOGO": str(logo), "OUTPUT": str(output)}
    )
    text = pdf_text(output)
    assert "Plankaart laadinfrastructuur Eindhoven-centrum" in text  # pdf_text keeps the hyphen where the title wraps
    # By hand from make_sample.py: inside x 159-163 km, y 381-385 km lie EHV-002, -004, -005, -007, -008,
    # -010 and -014; EHV-001 (y 386.7 km) and EHV-012 (x 163.4 km) lie outside.
    for inside in ("EHV-002", "EHV-004", "EHV-005", "EHV-007", "EHV-008", "EHV-010", "EHV-014"):
        assert inside in text
    for outside in ("EHV-001", "EHV-003", "EHV-006", "EHV-009", "EHV-011", "EHV-012", "EHV-013"):
        assert outside not in text
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT_NAME"])
    logo_item = layout.itemById(ids.LOGO)
    assert logo_item.isVisible() and logo_item.picturePath() == str(logo)


def test_online_background_while_offline_still_exports(run_planmap, tmp_path):
    output = tmp_path / "online.pdf"
    feedback = QgsProcessingFeedback()
    result = run_planmap({"BACKGROUND": 1, "LANGUAGE": 1, "OUTPUT": str(output)}, feedback)
    assert pdf_pages(Path(result["OUTPUT"])) == 1
    assert "Charging infrastructure plan map Eindhoven" in pdf_text(output)


@pytest.mark.parametrize(
    ("parameters", "message"),
    [
        ({"GEMEENTECODE": "GM0363"}, "GM0363 is not in Noord-Brabant or Limburg"),
        ({"GEMEENTECODE": "GM0935"}, "None of the 14 locations in 'locaties_eindhoven' lies inside Maastricht"),
        ({"GEMEENTECODE": ""}, "Choose a municipality"),
        ({"ATLAS": True}, "The atlas option needs a coverage layer"),
        ({"STATUS": 1}, "An adopted plan map needs the date of the council decision"),
        ({"ADOPTED_ON": "30-02-2026"}, "'30-02-2026' is not a date"),
        ({"TEMPLATE_FILE": "/nonexistent/plankaart.qpt"}, "plankaart.qpt"),
    ],
)
def test_bad_input_is_a_clear_message_and_leaves_the_old_pdf_alone(run_planmap, tmp_path, parameters, message):
    output = tmp_path / "plankaart.pdf"
    output.write_bytes(b"old plan")
    with pytest.raises(QgsProcessingException, match=message.replace("(", r"\(").replace(")", r"\)")):
        run_planmap({**parameters, "OUTPUT": str(output)})
    assert output.read_bytes() == b"old plan"
    assert leftovers(tmp_path) == []


def test_municipality_layer_with_several_municipalities_is_refused(run_planmap, tmp_path):
    # The region layer written by ralzuid:regionmunicipalities holds all 87 municipalities.
    region = tmp_path / "regio.gpkg"
    import processing

    processing.run("ralzuid:regionmunicipalities", {"OUTPUT": str(region)})
    with pytest.raises(QgsProcessingException, match="holds 87 different municipalities"):
        run_planmap({"GEMEENTECODE": "", "MUNICIPALITY_LAYER": str(region), "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_empty_coverage_layer_is_refused(run_planmap, tmp_path):
    empty = tmp_path / "leeg.geojson"
    empty.write_text('{"type":"FeatureCollection","features":[]}', encoding="utf-8")
    output = tmp_path / "plankaart.pdf"
    with pytest.raises(QgsProcessingException, match="has no features"):
        run_planmap({"ATLAS": True, "COVERAGE": str(empty), "OUTPUT": str(output)})
    assert not output.exists()


def test_template_without_our_items_names_the_missing_ids(run_planmap, tmp_path):
    template = tmp_path / "eigen.qpt"
    template.write_text('<Layout name="leeg" units="mm"><PageCollection/></Layout>', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lacks the items with id main_map, overview_map, title"):
        run_planmap({"TEMPLATE_FILE": str(template), "OUTPUT": str(tmp_path / "x.pdf")})
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_is_a_clear_message(run_planmap, tmp_path):
    blocker = tmp_path / "bestand.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        run_planmap({"OUTPUT": str(blocker / "plankaart.pdf")})


def test_cancel_leaves_no_pdf(run_planmap, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    output = tmp_path / "plankaart.pdf"
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        run_planmap({"OUTPUT": str(output)}, feedback)
    assert not output.exists()
    assert leftovers(tmp_path) == []


def test_cancel_during_the_atlas_export_leaves_no_pdf(run_planmap, tmp_path):
    feedback = QgsProcessingFeedback()
    seen = []

    def cancel_in_export(percent: float) -> None:
        # Step 2 of 2 (50-100 %) is the export; the atlas reports one step per sheet (5 sheets: +10 % each).
        seen.append(percent)
        if percent > 55:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_in_export)
    output = tmp_path / "atlas.pdf"
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        run_planmap({"ATLAS": True, "COVERAGE": SHEETS, "COVERAGE_NAME_FIELD": "naam", "OUTPUT": str(output)}, feedback)
    assert max(seen) < 100
    assert not output.exists()
    assert list(tmp_path.iterdir()) == []


def test_layer_without_the_default_fields_still_maps_and_a_wrong_field_is_named(run_planmap, tmp_path):
    minimal = tmp_path / "minimaal.geojson"
    # Two points in Eindhoven (RD 161000 383000 and 160000 384000), only a status field.
    minimal.write_text(
        '{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},'
        '"features":['
        '{"type":"Feature","properties":{"status":"gepland"},"geometry":{"type":"Point","coordinates":[161000,383000]}},'
        '{"type":"Feature","properties":{"status":"voorgesteld"},"geometry":{"type":"Point","coordinates":[160000,384000]}}'
        "]}",
        encoding="utf-8",
    )
    output = tmp_path / "minimaal.pdf"
    result = run_planmap({"LOCATIONS": str(minimal), "OUTPUT": str(output)})
    assert result["PAGE_COUNT"] == 1
    text = pdf_text(output)
    # Without an id field the rows are numbered 1 and 2; the statuses are printed as given.
    assert "gepland" in text and "voorgesteld" in text
    with pytest.raises(QgsProcessingException, match="The locations layer has no field 'nummer'"):
        run_planmap({"LOCATIONS": str(minimal), "ID_FIELD": "nummer", "OUTPUT": str(tmp_path / "fout.pdf")})


def _print_to_pdf(layout, path: Path) -> None:
    """The layout designer's Print route (QPrinter), printing to a PDF file so the text can be read back."""
    from qgis.PyQt.QtPrintSupport import QPrinter

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    settings = QgsLayoutExporter.PrintExportSettings()
    settings.dpi = 150
    result = QgsLayoutExporter(layout).print(printer, settings)
    assert result == QgsLayoutExporter.ExportResult.Success


def test_layout_left_in_the_saved_project_exports_right_by_every_route(run_planmap, tmp_path):
    # #18.1: the designer opens with the atlas preview off; a plain export or print then had no atlas feature and
    # printed the raw '[% "paginanaam" %]' / '[% "notitie" %]' and "Geen planlocaties op dit kaartblad".
    from ral_zuid_plugin.adapters.layout_export import pdf_settings

    result = run_planmap(
        {"ATLAS": True, "COVERAGE": SHEETS, "COVERAGE_NAME_FIELD": "naam", "OUTPUT": str(tmp_path / "atlas.pdf")}
    )
    project_file = tmp_path / "project.qgs"
    assert QgsProject.instance().write(str(project_file))
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project_file))  # reopened, as the analyst does the next day
    layout = QgsProject.instance().layoutManager().layoutByName(result["LAYOUT_NAME"])
    assert layout is not None and layout.atlas().enabled()

    # The main map is left at sheet 1 (the whole municipality), not at the last sheet the export printed:
    # Eindhoven's bounding box (CBS 2023) is x 152.9-166.2 km, y 379.0-389.8 km.
    extent = layout.itemById(ids.MAIN_MAP).extent()
    assert extent.xMinimum() < 153000 and extent.xMaximum() > 166200
    assert extent.yMinimum() < 379000 and extent.yMaximum() > 389700
    # What export and Print draw: the table's rows without an atlas sheet, the 14 ids in plan order.
    table = layout.itemById(ids.LOCATION_TABLE).multiFrame()
    table.refreshAttributes()
    rows = [row[0] for row in table.contents()]
    assert rows == ["EHV-{:03d}".format(number) for number in range(1, 15)]
    plain = tmp_path / "gewoon.pdf"
    assert QgsLayoutExporter(layout).exportToPdf(str(plain), pdf_settings()) == QgsLayoutExporter.ExportResult.Success
    printed = tmp_path / "afgedrukt.pdf"
    _print_to_pdf(layout, printed)
    atlas = tmp_path / "atlas_opnieuw.pdf"
    exported, _error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(atlas), pdf_settings())
    assert exported == QgsLayoutExporter.ExportResult.Success

    # Without atlas the layout shows sheet 1, the overview of Eindhoven: all 14 sample locations lie inside
    # Eindhoven (make_sample.py), 14 rows fit the A3 table (16), so the note is only the indication sentence.
    for path, page in ((plain, None), (printed, None), (atlas, 1)):
        text = pdf_text(path, page)
        assert "[%" not in text and "paginanaam" not in text and "notitie" not in text, path.name
        assert "Overzicht: gemeente Eindhoven" in text, path.name
        assert "Laadpunten: een indicatie, geen exact streefgetal (regionaal plan)." in text, path.name
        assert "Geen planlocaties" not in text, path.name
        if path is printed:
            continue  # QPrinter draws table cells as paths (only labels stay text): its rows are checked above
        for number in range(1, 15):
            assert "EHV-{:03d}".format(number) in text, (path.name, number)
    # The atlas route still makes every sheet: sheet A2 (page 3) lists EHV-001 only of these two.
    assert pdf_pages(atlas) == 5
    third = pdf_text(atlas, 3)
    assert "Kaartblad 2 van 4: Kaartblad A2 (noordoost)" in third and "EHV-001" in third and "EHV-002" not in third
