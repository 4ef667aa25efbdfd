"""Every algorithm the provider offers. A new capability adds its class here.

Classes are named by module path so that one algorithm whose Python dependency is missing
(for example ``jsonschema`` on a bare Windows QGIS) stays out of the toolbox without taking
the others with it.
"""

from __future__ import annotations

import importlib

from ral_zuid_plugin.core.dependencies import missing_module_name

ALGORITHMS = (
    "reference.region_municipalities.RegionMunicipalitiesAlgorithm",
    "reference.open_data.OpenDataAlgorithm",
    "sessions.session_indicators.SessionIndicatorsAlgorithm",
    "pressure.charging_pressure.ChargingPressureAlgorithm",
    "pressure.prognosed_pressure.PrognosedPressureAlgorithm",
    "pressure.placement_proposals.PlacementProposalsAlgorithm",
    "requests.request_register.RequestRegisterAlgorithm",
    "fastcharging.fast_charge_screening.FastChargeScreeningAlgorithm",
    "fastcharging.fast_charge_rules.FastChargeRulesAlgorithm",
    "logistics.zes_logistics.ZesLogisticsAlgorithm",
    "submissions.package_algorithm.SubmissionPackageAlgorithm",
    "submissions.submit_algorithm.SubmitAlgorithm",
    "submissions.review_status_algorithm.ReviewStatusAlgorithm",
    "planmaps.plan_map.PlanMapAlgorithm",
    "review.review_inbox.ReviewInboxAlgorithm",
    "review.review_decision.ReviewDecisionAlgorithm",
    "review.review_report.ReviewReportAlgorithm",
)


def load_algorithm_classes() -> tuple[list[type], dict[str, str]]:
    """The algorithm classes that import, and for the others the package they miss."""
    classes: list[type] = []
    unavailable: dict[str, str] = {}
    for dotted in ALGORITHMS:
        module_name, class_name = dotted.rsplit(".", 1)
        try:
            module = importlib.import_module("ral_zuid_plugin.processing_provider." + module_name)
        except ImportError as error:
            unavailable[class_name] = missing_module_name(error)
            continue
        classes.append(getattr(module, class_name))
    return classes, unavailable


def algorithm_classes() -> list[type]:
    return load_algorithm_classes()[0]
