"""Every algorithm the provider offers. A new capability adds its classes here."""

from __future__ import annotations


def algorithm_classes() -> list[type]:
    from ral_zuid_plugin.processing_provider.pressure.charging_pressure import ChargingPressureAlgorithm
    from ral_zuid_plugin.processing_provider.reference.region_municipalities import RegionMunicipalitiesAlgorithm
    from ral_zuid_plugin.processing_provider.sessions.session_indicators import SessionIndicatorsAlgorithm

    return [
        RegionMunicipalitiesAlgorithm,
        SessionIndicatorsAlgorithm,
        ChargingPressureAlgorithm,
    ]
