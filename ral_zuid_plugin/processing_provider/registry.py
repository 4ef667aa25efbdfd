"""Every algorithm the provider offers. A new capability adds its classes here."""

from __future__ import annotations


def algorithm_classes() -> list[type]:
    from ral_zuid_plugin.processing_provider.fastcharging.fast_charge_rules import FastChargeRulesAlgorithm
    from ral_zuid_plugin.processing_provider.fastcharging.fast_charge_screening import FastChargeScreeningAlgorithm
    from ral_zuid_plugin.processing_provider.planmaps.plan_map import PlanMapAlgorithm
    from ral_zuid_plugin.processing_provider.pressure.charging_pressure import ChargingPressureAlgorithm
    from ral_zuid_plugin.processing_provider.pressure.placement_proposals import PlacementProposalsAlgorithm
    from ral_zuid_plugin.processing_provider.pressure.prognosed_pressure import PrognosedPressureAlgorithm
    from ral_zuid_plugin.processing_provider.reference.region_municipalities import RegionMunicipalitiesAlgorithm
    from ral_zuid_plugin.processing_provider.sessions.session_indicators import SessionIndicatorsAlgorithm
    from ral_zuid_plugin.processing_provider.submissions.package_algorithm import SubmissionPackageAlgorithm
    from ral_zuid_plugin.processing_provider.submissions.review_status_algorithm import ReviewStatusAlgorithm
    from ral_zuid_plugin.processing_provider.submissions.submit_algorithm import SubmitAlgorithm

    return [
        RegionMunicipalitiesAlgorithm,
        SessionIndicatorsAlgorithm,
        PlanMapAlgorithm,
        FastChargeScreeningAlgorithm,
        FastChargeRulesAlgorithm,
        ChargingPressureAlgorithm,
        PrognosedPressureAlgorithm,
        PlacementProposalsAlgorithm,
        SubmissionPackageAlgorithm,
        SubmitAlgorithm,
        ReviewStatusAlgorithm,
    ]
