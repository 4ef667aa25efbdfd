"""Every algorithm the provider offers follows the house rules (stable ids, groups, help in nl and en)."""

from __future__ import annotations

import re

from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import help_html
from ral_zuid_plugin.processing_provider.registry import ALGORITHMS, load_algorithm_classes

KNOWN_GROUPS = {
    groups.REFERENCE,
    groups.SESSIONS,
    groups.PRESSURE,
    groups.FAST_CHARGING,
    groups.LOGISTICS,
    groups.SUBMISSIONS,
    groups.PLAN_MAPS,
    groups.REVIEW,
}


def test_algorithms_have_stable_ids_groups_and_help_in_both_languages(ralzuid_provider):
    classes, unavailable = load_algorithm_classes()
    assert unavailable == {}  # every dependency is installed on the test machine
    algorithms = ralzuid_provider.algorithms()
    assert len(algorithms) == len(classes) == len(ALGORITHMS) == 17
    for algorithm in algorithms:
        assert re.fullmatch(r"[a-z][a-z0-9]*", algorithm.name()), algorithm.name()
        assert algorithm.id() == "ralzuid:" + algorithm.name()
        assert algorithm.groupId() in KNOWN_GROUPS
        for language in ("nl", "en"):
            text = help_html(algorithm.name(), language)
            assert "<h3>" in text and len(text) > 300, (algorithm.name(), language)
        assert algorithm.displayName()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.description(), (algorithm.name(), parameter.name())


def test_dutch_help_files_exist_for_exactly_the_english_ones():
    from ral_zuid_plugin.core.resources import processing_asset_path

    dutch = {p.name for p in processing_asset_path("help", "nl").glob("*.html")}
    english = {p.name for p in processing_asset_path("help", "en").glob("*.html")}
    assert dutch == english


def test_an_algorithm_with_a_missing_package_stays_out_and_the_rest_load(monkeypatch):
    import importlib

    from ral_zuid_plugin.core.dependencies import missing_packages
    from ral_zuid_plugin.processing_provider import registry

    real_import = importlib.import_module

    def without_jsonschema(name, *args):
        if name.endswith(".submissions.package_algorithm"):
            raise ImportError("No module named 'jsonschema.validators'", name="jsonschema.validators")
        return real_import(name, *args)

    monkeypatch.setattr(registry.importlib, "import_module", without_jsonschema)
    classes, unavailable = registry.load_algorithm_classes()
    assert unavailable == {"SubmissionPackageAlgorithm": "jsonschema"}
    assert len(classes) == len(registry.ALGORITHMS) - 1
    assert missing_packages(("json", "no_such_package_ralzuid")) == ["no_such_package_ralzuid"]


def test_help_panel_gets_whole_sentences_and_the_name_once(ralzuid_provider):
    # QGIS's dialog turns every line of shortHelpString into a paragraph and adds the name as a title:
    # the panel text has no line breaks outside <pre>, no title of its own, and loses no word of the file
    # (compared as plain text: tags removed, white space collapsed, the file's leading <h3> title taken off).
    from ral_zuid_plugin.core import i18n
    from ral_zuid_plugin.processing_provider.base import help_for_panel

    def words(html: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", html).split())

    for algorithm in ralzuid_provider.algorithms():
        panel = algorithm.shortHelpString()
        assert panel == help_for_panel(help_html(algorithm.name(), i18n.language()))
        for language in ("nl", "en"):
            raw = help_html(algorithm.name(), language)
            shown = help_for_panel(raw)
            outside_pre = re.sub(r"<pre\b.*?</pre>", "", shown, flags=re.S | re.I)
            assert "\n" not in outside_pre, (algorithm.name(), language)
            assert not shown.lstrip().startswith("<h3"), (algorithm.name(), language)
            title = re.match(r"\s*<h3>(.*?)</h3>", raw, re.S).group(1)
            assert words(shown) == words(raw[raw.index("</h3>") + 5 :]), (algorithm.name(), language, title)


def test_distances_are_in_metres_not_unknown(ralzuid_provider):
    # Without a parent layer QGIS shows the unit of a distance parameter as "<unknown>" unless a default
    # unit is set: every distance parameter of every algorithm says metres.
    from qgis.core import QgsProcessingParameterDistance, QgsUnitTypes

    distances = [
        (algorithm.name(), parameter.name(), parameter.defaultUnit())
        for algorithm in ralzuid_provider.algorithms()
        for parameter in algorithm.parameterDefinitions()
        if isinstance(parameter, QgsProcessingParameterDistance)
    ]
    assert len(distances) >= 4  # walking distance and kernel radius in the two surface algorithms
    assert all(unit == QgsUnitTypes.DistanceUnit.DistanceMeters for _a, _p, unit in distances), distances
