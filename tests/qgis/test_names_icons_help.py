"""One name per thing (#18.2), an icon per capability and complete tooltips (#18.9), offline help links (#18.10)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtSvg import QSvgRenderer

from ral_zuid_plugin.adapters.icons import icon_path
from ral_zuid_plugin.adapters.translation import PluginTranslator
from ral_zuid_plugin.core.help_pages import help_title
from ral_zuid_plugin.core.names import DUTCH_VARIANTS, algorithm_names
from ral_zuid_plugin.core.resources import processing_asset_path
from ral_zuid_plugin.gui.menu_entries import menu_entries
from tests.qgis.packaged_plugin import PLUGIN, ROOT, build_package

_CODE = re.compile(r"<code>.*?</code>|<pre>.*?</pre>|`[^`]*`", re.DOTALL)


def _algorithms(provider):
    return {a.name(): a for a in provider.algorithms()}


@pytest.fixture()
def dutch():
    translator = PluginTranslator()
    assert translator.install("nl") == "nl"
    yield
    translator.remove()


def test_every_algorithm_is_named_as_in_the_glossary_and_its_help_title_in_both_languages(ralzuid_provider, dutch):
    # Dutch: the toolbox name, the title of the help file and the menu text are one name. Checked by hand for
    # one: "Snellaadlocaties toetsen" in the toolbox, <h3>Snellaadlocaties toetsen</h3>, menu "…toetsen…".
    names = algorithm_names()
    assert names["fastchargescreening"] == "Snellaadlocaties toetsen"
    assert names["sessionindicators"] == "Laadsessie-indicatoren (NAL)"
    for name, algorithm in _algorithms(ralzuid_provider).items():
        assert algorithm.displayName() == names[name]
        title = help_title(processing_asset_path("help", "nl", name + ".html").read_text(encoding="utf-8"))
        assert title == names[name], name
    menu_texts = {entry.key: entry.text() for entry in menu_entries()}
    assert menu_texts["fastchargescreening"] == "Snellaadlocaties toetsen…"
    assert menu_texts["submission"] == "Aanmelden bij het expertisecentrum…"
    for entry in menu_entries():
        if entry.algorithm:
            assert entry.text() == names[entry.algorithm.split(":")[1]] + "…"


def test_english_help_titles_are_the_english_display_names(ralzuid_provider):
    for name, algorithm in _algorithms(ralzuid_provider).items():
        title = help_title(processing_asset_path("help", "en", name + ".html").read_text(encoding="utf-8"))
        assert title == algorithm.displayName(), name


def test_no_second_name_for_a_thing_in_dutch_help_translations_or_docs():
    # Dutch texts (the translations and the Dutch help) use none of the retired words; the English docs use
    # none of the Dutch-only ones. Code (<code>, `backticks`: field names such as stilstand_pct) is not prose.
    dutch_only = {"screenen", "gescreend", "Sessie-indicatoren", "kloguren"}
    assert dutch_only <= set(DUTCH_VARIANTS)
    ts = ET.parse(ROOT / "i18n" / "ral_zuid_nl.ts")
    texts = {
        "ts: " + (m.findtext("source") or ""): (m.findtext("translation") or "", set(DUTCH_VARIANTS))
        for m in ts.iter("message")
    }
    for path in sorted((ROOT / "processing" / "help" / "nl").glob("*.html")):
        texts[path.name] = (_CODE.sub("", path.read_text(encoding="utf-8")), set(DUTCH_VARIANTS))
    for path in sorted((ROOT / "docs").glob("*.md")):
        texts[path.name] = (_CODE.sub("", path.read_text(encoding="utf-8")), dutch_only)
    found = [
        (where, variant)
        for where, (text, variants) in texts.items()
        for variant in variants
        if re.search(r"(?<![\w-])" + re.escape(variant), text, re.IGNORECASE)
    ]
    assert found == []


def test_dutch_help_shows_no_internals():
    # Files the user never opens and the outbox's English status words stay out of the Dutch help.
    for path in sorted((ROOT / "processing" / "help" / "nl").glob("*.html")):
        text = path.read_text(encoding="utf-8")
        # also no algorithm ids (ralzuid:opendata: the dialog shows the name), no paths in the QGIS profile
        # (ral_zuid/opendata) and no pages of the repository's docs/ (not in the plugin, so not there offline)
        for internal in (
            *("resources/", "schemas/", "outbox.sqlite", ".py", "QGIS-bug", "bug in QGIS"),
            *("ralzuid:", "ral_zuid/", "docs/", ".md"),
        ):
            assert internal not in text, (path.name, internal)
        for status in ("queued", "sent", "received", "reviewed", "superseded"):
            assert not re.search(r"<i>{}</i>".format(status), text), (path.name, status)


def test_dutch_help_names_other_algorithms_by_their_one_name(dutch):
    # An algorithm mentioned in italics is called by its display name (as in the toolbox), or by that name up to
    # its " (…)" or ":" ("Laadsessie-indicatoren", "Beoordelingsinbox"): the help said "Indieningspakket",
    # "Waar nu laadpunten plaatsen", "Geprognosticeerde laaddruk", "Beoordelingsstatus ophalen".
    names = list(algorithm_names().values())
    allowed = set(names) | {re.split(r" \(|:", name)[0] for name in names}
    first_words = {name.split()[0] for name in names}
    sheets = {"Aanvragen", "Aanvragen toelichting", "Aanvragen uitgesloten"}  # workbook sheets, not algorithms
    wrong = []
    for path in sorted((ROOT / "processing" / "help" / "nl").glob("*.html")):
        for found in re.findall(r"<i>([^<]+)</i>", path.read_text(encoding="utf-8")):
            phrase = " ".join(found.split())  # a name may wrap over two lines of the HTML
            if phrase.split()[0] in first_words and phrase not in allowed and phrase not in sheets:
                wrong.append((path.name, phrase))
    assert wrong == []


def test_each_capability_has_its_own_valid_svg_icon_and_every_menu_entry_a_tooltip(ralzuid_provider):
    algorithms = _algorithms(ralzuid_provider)
    icons = {name: Path(a.svgIconPath()) for name, a in algorithms.items()}
    # 13 algorithms, 13 different files, none the plugin icon
    assert len(set(icons.values())) == len(icons) == len(algorithms)
    assert all(path.name != "ral_zuid.svg" and path.is_file() for path in icons.values())
    for path in icons.values():
        assert QSvgRenderer(str(path)).isValid(), path
    entries = menu_entries()
    entry_icons = [icon_path(entry.icon_name) for entry in entries]
    assert len(set(entry_icons)) == len(entries)
    for entry in entries:
        assert len(entry.tooltip()) > 30 and entry.tooltip().endswith("."), entry.key
    assert not algorithms["planmap"].icon().isNull()


def test_every_help_url_opens_an_existing_page_of_the_packaged_plugin(ralzuid_provider, tmp_path, monkeypatch):
    from ral_zuid_plugin.processing_provider import base

    archive = zipfile.ZipFile(build_package())
    archive.extractall(tmp_path)
    installed = tmp_path / PLUGIN
    names = set(archive.namelist())
    for name, algorithm in _algorithms(ralzuid_provider).items():
        # the URL the source checkout gives (a file of the checkout) ...
        url = QUrl(algorithm.helpUrl())
        assert url.isLocalFile() and Path(url.toLocalFile()).is_file(), name
        # ... and its page in the zip, a full page with its character set and the help title
        for language in ("nl", "en"):
            member = "{}/help/{}/{}.html".format(PLUGIN, language, name)
            assert member in names, member
            page = archive.read(member).decode("utf-8")
            assert '<meta charset="utf-8">' in page and "<title>" in page
            source = processing_asset_path("help", language, name + ".html").read_text(encoding="utf-8")
            assert "<title>{}</title>".format(help_title(source).replace("&", "&amp;")) in page
    assert "{}/help/nl/index.html".format(PLUGIN) in names
    # the plugin unzipped as QGIS installs it: every algorithm's URL is a page of its own help folder
    monkeypatch.setattr(base, "PACKAGE_DIR", installed)
    for name in _algorithms(ralzuid_provider):
        for language in ("nl", "en"):
            page = Path(QUrl(base.help_url(name, language)).toLocalFile())
            assert page == installed / "help" / language / (name + ".html") and page.is_file()


def test_help_url_points_into_the_installed_plugins_help_folder(tmp_path, monkeypatch):
    # An installed plugin (help/<lang>/ next to the code) gives a file:// URL into that folder.
    from ral_zuid_plugin.processing_provider import base

    (tmp_path / "help" / "nl").mkdir(parents=True)
    (tmp_path / "help" / "nl" / "planmap.html").write_text("<h3>Plankaart voor de raad</h3>", encoding="utf-8")
    monkeypatch.setattr(base, "PACKAGE_DIR", tmp_path)
    assert base.help_url("planmap", "nl") == "file://" + str(tmp_path / "help" / "nl" / "planmap.html")
    assert QgsApplication.instance() is not None
