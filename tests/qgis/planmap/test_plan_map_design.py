"""The plankaart for the council (#18.5) and the canvas styles (#18.6): what a reader sees, checked on the layout,
the PDF and the bundled styles."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextScope,
    QgsFeature,
    QgsFontUtils,
    QgsLayoutExporter,
    QgsLayoutUtils,
    QgsProject,
    QgsRasterLayer,
    QgsSimpleLegendNode,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize

from ral_zuid_plugin.adapters import layout_design as ids
from ral_zuid_plugin.adapters.layout_language import map_translator
from ral_zuid_plugin.adapters.layout_template import bundled_template, load_template, location_table
from ral_zuid_plugin.adapters.style_language import (
    hide_band_name,
    localise,
    proposal_label_expression,
    zes_site_label_expression,
)
from ral_zuid_plugin.core.planmap import texts
from ral_zuid_plugin.core.resources import resource_path
from tests.qgis.planmap.test_plan_map import LOCATIONS, pdf_text

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture()
def run_planmap(ralzuid_provider):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(parameters: dict) -> dict:
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        base = {"GEMEENTECODE": "GM0772", "LOCATIONS": LOCATIONS}
        base.update(parameters)
        return processing.run("ralzuid:planmap", base, context=context, feedback=QgsProcessingFeedback())

    return _run


def measured_raster(path: Path) -> None:
    """A one-band raster tagged as ralzuid:chargingpressure writes it (band NAME laaddruk), values 2.5 .. 8.5."""
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 40, 30, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((156000, 250, 0, 388000, 0, -250))
    dataset.SetProjection("EPSG:28992")
    dataset.SetMetadata({"RALZUID_ALGORITHM": "ralzuid:chargingpressure"})
    band = dataset.GetRasterBand(1)
    band.WriteArray(np.linspace(2.5, 8.5, 1200, dtype=np.float32).reshape(30, 40))
    band.SetDescription("Laaddruk: aansluituren_per_dag within 250 m per public laadpunt within 250 m")
    band.SetUnitType("aansluituren_per_dag per public laadpunt")
    band.SetMetadata({"NAME": "laaddruk"})
    dataset = None


@pytest.mark.parametrize("template", ["a3_landscape", "a4_portrait"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_table_headings_and_sample_rows_fit_their_columns(template, language):
    # Before: "Laadpunten" (10 letters, bold 6.5 pt: about 10 x 0.6 em x 6.5 pt x 0.353 mm = 13.8 mm) got 9 % of
    # the A3 table, 9.0 mm, and spilled into the next column.
    project = QgsProject()  # the layout's project must outlive it
    layout = load_template(bundled_template(template), project, "x")
    table = location_table(layout)
    header = table.headerTextFormat().toQFont()
    header.setPointSizeF(table.headerTextFormat().size())
    content = table.contentTextFormat().toQFont()
    content.setPointSizeF(table.contentTextFormat().size())
    headings = texts.table_headers(map_translator(language))
    longest = {  # the widest value of each column in the sample file locaties_eindhoven.geojson
        "nummer": "EHV-001",
        "adres": "Mendelssohnlaan 118",
        "soort": "snellader",
        "laadpunten": "4",
        "status": "voorgesteld",
        "verkeersbesluit": "VVB-2026-01",
    }
    for column in table.columns():
        name = column.attribute()
        assert QgsLayoutUtils.textWidthMM(header, headings[name]) <= column.width(), (name, headings[name])
        assert QgsLayoutUtils.textWidthMM(content, longest[name]) <= column.width(), (name, longest[name])


def test_every_bundled_font_is_installed_and_none_is_arial():
    # #18.6: reopening a project warned that "Arial" is missing; every style and template names DejaVu Sans,
    # which every QGIS on Debian has (fontconfig-config depends on fonts-dejavu-core).
    families = set()
    for path in [*resource_path("styles").glob("*.qml"), *resource_path("templates").glob("*.qpt")]:
        text = path.read_text(encoding="utf-8")
        families |= set(re.findall(r'fontFamily="([^"]*)"', text))
        families |= set(re.findall(r'description="([^",]+),[0-9.]+,', text))
    assert families == {"DejaVu Sans"}
    assert QgsFontUtils.fontFamilyOnSystem("DejaVu Sans")


def test_north_arrow_is_dark_and_embedded_in_the_template():
    project = QgsProject()  # the layout's project must outlive it
    layout = load_template(bundled_template("a3_landscape"), project, "x")
    arrow = layout.itemById(ids.NORTH_ARROW)
    assert arrow.picturePath().startswith("base64:")  # travels with the template, no install path
    box = arrow.sceneBoundingRect()
    image = QgsLayoutExporter(layout).renderRegionToImage(
        QRectF(box.x(), box.y(), box.width(), box.height()), QSize(120, 180)
    )
    # The "N" fills the top quarter of the SVG (y 3-17 of 62): before, NorthArrow_02's N was drawn in its white
    # fill colour and almost invisible. Count dark pixels in the top 30 % of the rendered box.
    dark = sum(
        1
        for y in range(0, int(image.height() * 0.3))
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 80
    )
    assert dark > 200


def test_council_plan_map_metadata_sources_legend_and_scale_bar(run_planmap, tmp_path):
    raster = tmp_path / "laaddruk_gemeten.tif"
    measured_raster(raster)
    output = tmp_path / "raad.pdf"
    # A3 with atlas: a detail sheet is 7 km x 6 km (kaartbladen_eindhoven.geojson), about 8.5 km across the
    # 282 mm map, so the scale bar (at most 68 mm, about 2 km) gets fractional kilometres; the overview gets 1 and 2.
    run_planmap(
        {
            "PRESSURE": str(raster),
            "TEMPLATE": 0,
            "ATLAS": True,
            "COVERAGE": str(ROOT / "sample_data" / "planmap" / "kaartbladen_eindhoven.geojson"),
            "COVERAGE_NAME_FIELD": "naam",
            "SCENARIO": "Scenario midden",
            "YEAR": "2030",
            "OUTPUT": str(output),
        }
    )
    info = subprocess.run(["pdfinfo", str(output)], check=True, capture_output=True, text=True).stdout
    assert re.search(r"^Title:\s+Plankaart laadinfrastructuur Eindhoven$", info, re.M)
    assert re.search(r"^Subject:\s+Scenario midden · 2030 · Concept, niet vastgesteld door de raad$", info, re.M)
    assert re.search(r"^Keywords:\s+laadinfrastructuur; plankaart; Eindhoven$", info, re.M)
    text = pdf_text(output)
    # The sources line says what the data is, not the file name.
    assert "Laaddruk: gemeten uit de laadsessies van publieke laadpunten, analyse RAL Zuid" in text
    assert "laaddruk_gemeten.tif" not in text
    # The legend names meaning and unit, and the ramp ends carry their values with a decimal comma
    # (min 2.5, max 8.5 as written above).
    assert "Laaddruk: aansluituren per dag per publiek laadpunt binnen loopafstand" in text
    assert "8,5 (hoog)" in text and "2,5 (laag)" in text
    # Dutch scale bar numbers use a decimal comma ("0 0,8 1,6 km"), never a point.
    assert re.search(r"\b0 \d,\d \d,\d km", text)
    assert not re.search(r"\b0 \d\.\d \d\.\d km", text)
    layout = QgsProject.instance().layoutManager().layoutByName("Plan map Eindhoven (A3 landscape)")
    scale_bar = layout.itemById(ids.SCALE_BAR)
    assert scale_bar.numericFormat().formatDouble(0.8, _numeric_context()) == "0,8"
    assert not scale_bar.hasBackground()  # no opaque box over the map


def _numeric_context():
    from qgis.core import QgsNumericFormatContext

    return QgsNumericFormatContext()


def test_advice_legend_is_in_one_language_only():
    layer = QgsVectorLayer("Point?crs=EPSG:28992&field=advies:string", "advies", "memory")
    layer.loadNamedStyle(str(resource_path("styles", "screening_advies.qml")))
    localise(layer, "screening_advies.qml", map_translator("nl"))
    labels = [category.label() for category in layer.renderer().categories()]
    assert labels == ["positief", "nader onderzoek", "negatief", "verwijzing of buiten de regio"]
    localise(layer, "screening_advies.qml", map_translator("en"))  # English labels stay English
    layer.loadNamedStyle(str(resource_path("styles", "screening_advies.qml")))
    assert [category.label() for category in layer.renderer().categories()] == [
        "positive",
        "further study",
        "negative",
        "referral or outside the region",
    ]
    assert not any("/" in label for label in labels)


def test_proposal_labels_read_as_a_sentence():
    fields = QgsVectorLayer("Point?field=rang:integer&field=extra_laadpunten:integer", "f", "memory").fields()
    expression = QgsExpression(proposal_label_expression(map_translator("nl")))
    # Ranks 1-10 are labelled (a city has hundreds of ranked cells); rank 11 and later are not.
    cases = (([1, 6], "Nr. 1: 6 extra laadpunten"), ([10, 1], "Nr. 10: 1 extra laadpunt"), ([11, 4], None))
    for values, expected in cases:
        feature = QgsFeature(fields)
        feature.setAttributes(values)
        context = QgsExpressionContext()
        context.setFeature(feature)
        context.appendScope(QgsExpressionContextScope())
        context.setFields(fields)
        assert expression.evaluate(context) == expected, expression.evalErrorString()
    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:28992&field=rang:integer&field=extra_laadpunten:integer&field=bron:string", "v", "memory"
    )
    layer.loadNamedStyle(str(resource_path("styles", "pressure_proposals.qml")))
    localise(layer, "pressure_proposals.qml", map_translator("nl"))
    assert layer.labeling().settings().fieldName == proposal_label_expression(map_translator("nl"))
    assert [category.label() for category in layer.renderer().categories()] == ["gemeten", "prognose"]
    # On the canvas only ranks 1-20 are coloured (the QML's red for gemeten, 227,26,28 at alpha 120); rank 21 and
    # later are a transparent fill with a faint grey outline: a city has hundreds of ranked cells.
    from qgis.core import QgsSymbolLayer

    categories = layer.renderer().categories()  # kept: a category's symbol lives as long as the category
    fill = categories[0].symbol().symbolLayer(0)
    colours = []
    for rank in (20, 21):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([rank, 2, "gemeten"])
        context = QgsExpressionContext()
        context.setFeature(feature)
        context.setFields(layer.fields())
        fill_colour = fill.dataDefinedProperties().property(QgsSymbolLayer.Property.PropertyFillColor)
        colour = fill_colour.valueAsColor(context)[0]
        colours.append((colour.red(), colour.green(), colour.blue(), colour.alpha()))
    assert colours == [(227, 26, 28, 120), (0, 0, 0, 0)]


def test_zes_sites_on_the_canvas_label_the_proposal_and_leave_the_reserve_small_and_unlabelled():
    # The demo's Eindhoven ZES run gives 426 sites of which 5 get laadpunten; the canvas labelled all 426 with their
    # long generated names. Now: the proposed sites large with "Nr. <rank>: <type>, <n> laadpunten"; reserve sites
    # small, and "Nr. <rank>" only at 1:7.500 or closer (street level).
    layer = QgsVectorLayer(
        "Point?crs=EPSG:28992&field=advies:string&field=rang:integer&field=aantal_laadpunten:integer"
        "&field=site_type_label:string",
        "zes",
        "memory",
    )
    fields = layer.fields()
    expression = QgsExpression(zes_site_label_expression(map_translator("nl")))
    laadplein = "semipubliek laadplein bestelbussen (50-150 kW)"
    cases = (
        ([1, 22], 50000, "Nr. 1: semipubliek laadplein bestelbussen (50-150 kW), 22 laadpunten"),
        ([40, 0], 50000, None),  # reserve, city scale: no label
        ([40, 0], 5000, "Nr. 40"),  # reserve, street scale
    )
    for (rank, points), scale, expected in cases:
        feature = QgsFeature(fields)
        feature.setAttributes(["positief", rank, points, laadplein])
        context = QgsExpressionContext()
        scope = QgsExpressionContextScope()
        scope.setVariable("map_scale", scale)
        context.appendScope(scope)
        context.setFeature(feature)
        context.setFields(fields)
        assert expression.evaluate(context) == expected, expression.evalErrorString()
    layer.loadNamedStyle(str(resource_path("styles", "zes_sites.qml")))
    localise(layer, "zes_sites.qml", map_translator("nl"))
    assert layer.labeling().settings().fieldName == zes_site_label_expression(map_translator("nl"))
    categories = layer.renderer().categories()
    assert [category.label() for category in categories] == [
        "positief",
        "nader onderzoek",
        "negatief",
        "verwijzing of buiten de regio",
    ]
    # Marker size: the QML's size x 1.5 for a proposed site, x 0.4 for a reserve site (0.4 / 1.5 of the proposed).
    size_property = categories[0].symbol().dataDefinedSize()
    sizes = []
    for points in (22, 0):
        feature = QgsFeature(fields)
        feature.setAttributes(["positief", 1, points, laadplein])
        context = QgsExpressionContext()
        context.setFeature(feature)
        context.setFields(fields)
        sizes.append(size_property.valueAsDouble(context, 0.0)[0])
    assert sizes[1] == pytest.approx(sizes[0] * 0.4 / 1.5, rel=0.01) and sizes[1] > 0


def test_pressure_areas_are_an_outline_not_a_fill_over_the_raster():
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992", "gebieden", "memory")
    layer.loadNamedStyle(str(resource_path("styles", "pressure_areas.qml")))
    fill = layer.renderer().symbol().symbolLayer(0)
    assert fill.brushStyle() == 0  # Qt.NoBrush: the raster below shows through
    assert fill.strokeColor().alpha() == 255 and fill.strokeWidth() >= 0.5


def test_raster_legend_in_the_layers_panel_has_no_band_line(tmp_path):
    raster = tmp_path / "laaddruk.tif"
    measured_raster(raster)
    project = QgsProject()
    layer = QgsRasterLayer(str(raster), "Laaddruk (gemeten): aansluituren per dag per publiek laadpunt")
    layer.loadNamedStyle(str(resource_path("styles", "laaddruk_raster.qml")))
    project.addMapLayer(layer)
    node = project.layerTreeRoot().findLayer(layer.id())
    before = layer.legend().createLayerTreeModelLegendNodes(node)
    assert any(isinstance(entry, QgsSimpleLegendNode) for entry in before)  # "Band 1: Laaddruk: aansluituren_..."
    hide_band_name(layer, project)
    from qgis.core import QgsMapLayerLegendUtils

    kept = QgsMapLayerLegendUtils.legendNodeOrder(node)
    assert kept and all(not isinstance(before[index], QgsSimpleLegendNode) for index in kept)
    assert len(kept) == len(before) - 1


def test_unknown_raster_is_described_by_its_band_not_only_its_file_name():
    from ral_zuid_plugin.core.planmap.pressure_texts import PressureBand, ramp_labels, source_text, wrap

    band = PressureBand(file_name="druk.tif", description="Bezetting", unit="%")
    assert source_text(band, map_translator("nl")) == "Bezetting (%) (druk.tif)"
    assert source_text(PressureBand(file_name="druk.tif"), map_translator("nl")) == "druk.tif"
    assert ramp_labels(0.25, 12.04, ",", map_translator("nl")) == ("0,25 (laag)", "12,0 (hoog)")
    assert wrap("een twee drie vier", 9) == "een twee|drie vier"


def _main_map_pixels(png: str, template_mm=(10, 10, 292, 287), page_mm=420.0):
    """Colours of the A3 main map (x 10-292 mm, y 10-287 mm on a 420 mm wide page), sampled every 6 px."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(png)
    per_mm = image.width() / page_mm
    x0, y0, x1, y1 = (int(value * per_mm) for value in template_mm)
    return [image.pixelColor(x, y) for y in range(y0 + 5, y1 - 5, 6) for x in range(x0 + 5, x1 - 5, 6)]


def test_pdok_background_comes_from_the_wmts_through_qgis_network(run_planmap, tmp_path, monkeypatch):
    from ral_zuid_plugin.adapters import layout_layers
    from tests.qgis.planmap.fake_wmts import TILE_COLOURS, FakeWmts

    with FakeWmts() as server:
        monkeypatch.setattr(layout_layers, "PDOK_BRT_CAPABILITIES", server.capabilities_url)
        output = tmp_path / "online.pdf"
        result = run_planmap({"BACKGROUND": 1, "EXPORT_PNG": True, "OUTPUT": str(output)})
        # QGIS's WMS provider read the capabilities and fetched tiles of the "grijs" layer, no other layer.
        assert any("request=GetCapabilities" in path for path in server.requests)
        assert server.tile_requests("grijs")
        assert not server.tile_requests("standaard") and not server.tile_requests("pastel")
    text = pdf_text(output)
    assert "Achtergrondkaart: Kadaster / PDOK, BRT-Achtergrondkaart (CC BY 4.0)" in text
    assert "Plaatsnamen" not in text  # the offline layers are not drawn under the online map
    # The fake tiles are flat (180, 120, 200): most of the main map outside the symbols shows that colour.
    grijs = TILE_COLOURS["grijs"]
    pixels = _main_map_pixels(result["PNG_FILES"].split(";")[0])
    share = sum(
        1 for c in pixels if abs(c.red() - grijs[0]) + abs(c.green() - grijs[1]) + abs(c.blue() - grijs[2]) < 40
    )
    assert share / len(pixels) > 0.3  # the offline map has no pixel of this colour


def test_offline_background_has_place_names_and_motorways(run_planmap, tmp_path):
    output = tmp_path / "offline.pdf"
    run_planmap({"OUTPUT": str(output)})
    text = pdf_text(output)
    # Eindhoven's districts from the bundled GeoNames places (checked in the GeoJSON: Woenselse Heide at
    # 5.474 E 51.478 N, Tongelre 5.516 E 51.445 N) and the A2 / A67 around the city (NDW motorway lines).
    for name in ("Woenselse Heide", "Tongelre", "Meerhoven", "A2", "A67"):
        assert name in text, name
    assert "Plaatsnamen: GeoNames (CC BY 4.0)" in text
    assert "Snelwegen: NDW / Rijkswaterstaat, MONIBAS-meetlocaties (CC0)" in text
    layout = QgsProject.instance().layoutManager().layoutByName("Plan map Eindhoven (A3 landscape)")
    names = [layer.name() for layer in layout.itemById(ids.MAIN_MAP).layers()]
    assert "Plaatsnamen" in names and "Snelwegen" in names and "Buurgemeenten" in names


def test_a_long_sources_line_gets_a_smaller_font_instead_of_running_under_the_footer():
    from ral_zuid_plugin.adapters.layout_fill import fit_label_text, wrapped_height

    project = QgsProject()  # the layout's project must outlive it
    layout = load_template(bundled_template("a4_portrait"), project, "x")
    label = layout.itemById(ids.SOURCES)
    assert label.font().pointSizeF() == 6.0  # A4_PORTRAIT.table_size
    label.setText("Bronnen: kort.")
    assert fit_label_text(label) == 6.0  # one line fits the 10.5 mm box: unchanged
    # 18 sources, 538 characters: DejaVu Sans 6 pt is about 1.1 mm a character (10 letters 11 mm) and 2.5 mm a
    # line, so 4 lines of 189 mm = 12 mm (with 1.2 spacing) > 9.5 mm inside the margins; at 5 pt 3 lines, 7.9 mm fit.
    label.setText("; ".join("Bron {:02d}: een lange bronregel".format(n) for n in range(18)))
    size = fit_label_text(label)
    assert 5.0 <= size < 6.0
    width = label.rect().width() - 2 * label.marginX()
    assert wrapped_height(label.currentText(), label.font(), width) <= label.rect().height() - 2 * label.marginY()


def test_the_request_style_legend_is_translated():
    # found on the demo's plankaart: the open requests' legend said "Open request" on a Dutch map
    import re

    from ral_zuid_plugin.adapters.style_language import category_labels

    dutch = map_translator("nl")
    assert dutch is not None, "the Dutch catalogue (make qm) is missing"
    known = category_labels(dutch)
    qml = Path(resource_path("styles", "requests_register.qml")).read_text()
    labels = set(re.findall(r'<category [^>]*label="([^"]*)"', qml))
    assert labels == {"Open request", "Open, traffic decision taken", "In use", "Rejected"}
    assert [known[label] for label in sorted(labels)] == [
        "In gebruik", "Open aanvraag", "Open, verkeersbesluit genomen", "Afgewezen"]  # fmt: skip
