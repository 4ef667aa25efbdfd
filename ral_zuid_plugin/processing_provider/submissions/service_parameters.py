"""The service parameters that ``ralzuid:submit`` and ``ralzuid:reviewstatus`` share.

Each may override the saved submission settings for one run (models, ``qgis_process``);
empty means "use the settings dialog's values".
"""

from __future__ import annotations

from qgis.core import QgsProcessingParameterAuthConfig, QgsProcessingParameterString

from ral_zuid_plugin.adapters.submission_service import service_settings
from ral_zuid_plugin.adapters.submission_settings import ServiceSettings
from ral_zuid_plugin.core.i18n import tr

SERVICE_URL = "SERVICE_URL"
COLLECTION = "COLLECTION"
AUTHCFG = "AUTHCFG"


def add_service_parameters(algorithm) -> None:
    algorithm.addParameter(
        QgsProcessingParameterString(
            SERVICE_URL, tr("Service URL (empty = from the submission settings)"), optional=True
        )
    )
    algorithm.addParameter(
        QgsProcessingParameterString(COLLECTION, tr("Collection (empty = from the submission settings)"), optional=True)
    )
    algorithm.addParameter(
        QgsProcessingParameterAuthConfig(
            AUTHCFG, tr("Authentication (empty = from the submission settings)"), optional=True
        )
    )


def service_settings_from(algorithm, parameters: dict, context) -> ServiceSettings:
    """The saved settings with this run's non-empty overrides."""
    return service_settings(
        algorithm.parameterAsString(parameters, SERVICE_URL, context),
        algorithm.parameterAsString(parameters, COLLECTION, context),
        algorithm.parameterAsString(parameters, AUTHCFG, context),
    )
