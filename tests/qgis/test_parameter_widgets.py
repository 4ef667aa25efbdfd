"""Parameter widgets (#18.4): decimals, integers, a gemeente pick list, a date editor, planmap's advanced section."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.gui import QgsDoubleSpinBox, QgsGui, QgsProcessingGui, QgsSpinBox
from qgis.PyQt.QtWidgets import QWidget

INTEGER = QgsProcessingParameterNumber.Type.Integer
DOUBLE = QgsProcessingParameterNumber.Type.Double


class AlgorithmDialog(QWidget):
    """Stands in for Processing's dialog: wrappers read the dialog type from the class name."""


class BatchAlgorithmDialog(QWidget):
    pass


def _algorithms(provider):
    return {a.name(): a for a in provider.algorithms()}


def test_decimal_numbers_show_one_or_two_decimals_and_whole_numbers_are_integers(ralzuid_provider):
    algorithms = _algorithms(ralzuid_provider)
    for algorithm in algorithms.values():
        for parameter in algorithm.parameterDefinitions():
            if (
                isinstance(parameter, QgsProcessingParameterNumber)
                and parameter.dataType() == QgsProcessingParameterNumber.Type.Double
            ):
                decimals = parameter.metadata()["widget_wrapper"]["decimals"]
                if isinstance(parameter, QgsProcessingParameterDistance):
                    expected = 0  # whole metres: "250 meter"
                else:
                    expected = 2 if parameter.maximum() <= 1 else 1
                assert decimals == expected, (algorithm.name(), parameter.name())
    # seconds, megabytes, hours, days and percentages are whole numbers (#18.4: no "17.0" or "80.000000")
    for name, key in (
        ("submit", "MAX_WAIT"),
        ("opendata", "TIMEOUT"),
        ("opendata", "MAX_AGE_DAYS"),
        ("chargingpressure", "MEMORY_BUDGET"),
        ("sessionindicators", "PEAK_START_HOUR"),
        ("sessionindicators", "PEAK_END_HOUR"),
        ("sessionindicators", "PEAK_THRESHOLD"),
        ("sessionindicators", "PEAK_DAYS_SHARE"),
        ("sessionindicators", "LOW_USAGE_THRESHOLD"),
        ("sessionindicators", "MAX_SESSION_HOURS"),
        ("requestregister", "TARGET_DAYS"),
        ("requestregister", "TIMEOUT"),
        ("placementproposals", "THRESHOLD"),
    ):
        assert algorithms[name].parameterDefinition(key).dataType() == INTEGER, (name, key)
    # the widget QGIS builds for the peak hour: a whole-number spin box showing 17
    hour = algorithms["sessionindicators"].parameterDefinition("PEAK_START_HOUR")
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(hour, QgsProcessingGui.WidgetType.Standard)
    widget = wrapper.createWrappedWidget(QgsProcessingContext())
    assert isinstance(widget, QgsSpinBox) and widget.value() == 17 and widget.text() == "17"
    walk = algorithms["chargingpressure"].parameterDefinition("WALK_DISTANCE")
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(walk, QgsProcessingGui.WidgetType.Standard)
    distance_widget = wrapper.createWrappedWidget(QgsProcessingContext())
    spin = distance_widget.findChild(QgsDoubleSpinBox)
    assert spin is not None and spin.decimals() == 0 and spin.value() == 250
    share = algorithms["prognosedpressure"].parameterDefinition("PRIVATE_SHARE")
    wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(share, QgsProcessingGui.WidgetType.Standard)
    assert wrapper.createWrappedWidget(QgsProcessingContext()).decimals() == 2


def test_the_gemeente_is_chosen_by_name_and_the_cbs_code_is_stored(ralzuid_provider, qgis_processing):
    from ral_zuid_plugin.gui.municipality_widget import MunicipalityWidgetWrapper

    algorithms = _algorithms(ralzuid_provider)
    with_picklist = [
        name
        for name, algorithm in algorithms.items()
        if "GEMEENTECODE" in [p.name() for p in algorithm.parameterDefinitions()]
        and algorithm.parameterDefinition("GEMEENTECODE")
        .metadata()["widget_wrapper"]["class"]
        .endswith("MunicipalityWidgetWrapper")
    ]
    assert sorted(with_picklist) == sorted(
        [
            "regionmunicipalities",
            "opendata",
            "zeslogistics",
            "prognosedpressure",
            "planmap",
            "submissionpackage",
            "reviewstatus",
        ]
    )
    required = algorithms["zeslogistics"].parameterDefinition("GEMEENTECODE")
    wrapper = MunicipalityWidgetWrapper(required, AlgorithmDialog())
    combo = wrapper.widget
    assert combo.count() == 88  # "choose…" + the 87 gemeenten of the region (GM0998 Buitenland left out)
    assert wrapper.value() == "GM0772"  # the algorithm's default, shown by name
    assert combo.currentText() == "Eindhoven (GM0772)"
    assert not combo.isEditable()
    wrapper.setValue("gm796")  # a code as scripts write it
    assert combo.currentText() == "'s-Hertogenbosch (GM0796)" and wrapper.value() == "GM0796"
    combo.setCurrentIndex(0)
    assert wrapper.value() is None  # nothing chosen: the dialog says the parameter is missing
    optional = algorithms["regionmunicipalities"].parameterDefinition("GEMEENTECODE")
    wrapper = MunicipalityWidgetWrapper(optional, AlgorithmDialog())
    assert wrapper.widget.itemText(0) == "All municipalities of the region" and wrapper.value() == ""
    batch = MunicipalityWidgetWrapper(required, BatchAlgorithmDialog())
    assert batch.widget.isEditable()
    batch.widget.setEditText("GM1771")  # typed in a batch row
    assert batch.value() == "GM1771"


def test_several_gemeenten_are_ticked_by_name_and_their_codes_are_stored(ralzuid_provider, qgis_processing):
    # the review inbox filters on several gemeenten: one list of the 87 by name, the codes joined by commas
    from ral_zuid_plugin.gui.municipality_widget import MunicipalitiesWidgetWrapper

    definition = _algorithms(ralzuid_provider)["reviewinbox"].parameterDefinition("GEMEENTEN")
    assert definition.metadata()["widget_wrapper"]["class"].endswith("MunicipalitiesWidgetWrapper")
    wrapper = MunicipalitiesWidgetWrapper(definition, AlgorithmDialog())
    combo = wrapper.widget
    # 87 gemeenten of Noord-Brabant and Limburg, alphabetical: 's-Hertogenbosch first, Zundert last
    assert combo.count() == 87
    assert (combo.itemText(0), combo.itemText(86)) == ("'s-Hertogenbosch (GM0796)", "Zundert (GM0879)")
    assert wrapper.value() == ""  # nothing ticked: every gemeente
    wrapper.setValue("gm0935; GM0772")  # codes as scripts write them, any case and separator
    # in the list's (alphabetical) order: Eindhoven before Maastricht
    assert wrapper.value() == "GM0772,GM0935"
    assert sorted(combo.checkedItems()) == ["Eindhoven (GM0772)", "Maastricht (GM0935)"]
    batch = MunicipalitiesWidgetWrapper(definition, BatchAlgorithmDialog())
    batch.setValue("GM1771")
    assert batch.value() == "GM1771"


def test_a_typed_code_still_runs_headless(run_algorithm, tmp_path):
    from qgis.core import QgsVectorLayer

    out = tmp_path / "one.gpkg"
    run_algorithm("ralzuid:regionmunicipalities", {"GEMEENTECODE": "GM0772", "OUTPUT": str(out)})
    layer = QgsVectorLayer(str(out), "one", "ogr")
    assert [f["gemeentenaam"] for f in layer.getFeatures()] == ["Eindhoven"]


def test_dates_use_a_date_editor_that_hands_over_an_iso_date(ralzuid_provider, qgis_processing):
    from qgis.gui import QgsDateEdit

    from ral_zuid_plugin.gui.date_widget import DateWidgetWrapper

    algorithms = _algorithms(ralzuid_provider)
    for name, parameter in (
        ("sessionindicators", "PERIOD_START"),
        ("sessionindicators", "PERIOD_END"),
        ("planmap", "ADOPTED_ON"),
    ):
        definition = algorithms[name].parameterDefinition(parameter)
        assert definition.metadata()["widget_wrapper"]["class"].endswith("DateWidgetWrapper")
    wrapper = DateWidgetWrapper(algorithms["planmap"].parameterDefinition("ADOPTED_ON"), AlgorithmDialog())
    assert isinstance(wrapper.widget, QgsDateEdit)
    assert wrapper.value() == ""  # optional and not set
    wrapper.setValue("12-03-2026")  # as a Dutch user types it in a script
    assert wrapper.value() == "2026-03-12"
    assert wrapper.widget.text() == "12-03-2026"
    year = algorithms["planmap"].parameterDefinition("YEAR")
    assert year.dataType() == INTEGER and (year.minimum(), year.maximum()) == (
        2000,
        2100,
    )


def test_no_label_says_optional_itself(ralzuid_provider):
    # QGIS adds "[optional]" to every optional parameter; the description must not say it a second time.
    for algorithm in _algorithms(ralzuid_provider).values():
        for parameter in algorithm.parameterDefinitions():
            assert "optional" not in parameter.description().lower(), (algorithm.name(), parameter.description())


def test_planmap_puts_the_expert_parameters_under_advanced_and_requires_a_municipality(ralzuid_provider):
    planmap = _algorithms(ralzuid_provider)["planmap"]
    definitions = planmap.parameterDefinitions()
    is_advanced = {p.name(): bool(p.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced) for p in definitions}
    assert len(definitions) == 36
    assert sorted(n for n, a in is_advanced.items() if a) == sorted(
        [
            "MUNICIPALITY_NAME",
            "ID_FIELD",
            "ADDRESS_FIELD",
            "TYPE_FIELD",
            "POINTS_FIELD",
            "STATUS_FIELD",
            "DECREE_FIELD",
            "USE_NDW",
            "PRESSURE_BAND",
            "PROPOSAL_TOP",
            "ROADS",
            "TEMPLATE_FILE",
            "COVERAGE_NAME_FIELD",
            "LOGO",
            "EXTRA_SOURCES",
            "EXPORT_PNG",
        ]
    )
    assert sum(not a for a in is_advanced.values()) == 20
    assert isinstance(planmap.parameterDefinition("GEMEENTECODE"), QgsProcessingParameterString)
    context = QgsProcessingContext()
    ok, message = planmap.checkParameterValues({"LOCATIONS": "x", "OUTPUT": "x.pdf"}, context)
    assert not ok and message == "Choose a municipality: a CBS code such as GM0772, or a polygon layer."
