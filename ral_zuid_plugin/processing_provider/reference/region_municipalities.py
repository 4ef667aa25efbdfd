"""``ralzuid:regionmunicipalities``: the municipalities of Noord-Brabant and Limburg."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFeatureSink

from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import write_frame_to_sink
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.reference.municipalities import ATTRIBUTION, load_region_municipalities
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.widgets import municipality_parameter


class RegionMunicipalitiesAlgorithm(RalZuidAlgorithm):
    NAME = "regionmunicipalities"
    GROUP = groups.REFERENCE

    GEMEENTECODE = "GEMEENTECODE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            municipality_parameter(
                self.GEMEENTECODE,
                tr("Only this municipality (CBS code; empty = all)"),
                optional=True,
                empty_text=tr("All municipalities of the region"),
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Municipalities"), createByDefault=True))

    def execute(self, parameters, context, feedback, progress):
        code = self.parameterAsString(parameters, self.GEMEENTECODE, context).strip()
        frame = load_region_municipalities(code or None)
        frame.insert(len(frame.columns) - 1, "bron", ATTRIBUTION)
        progress.info(tr("{count} municipalities; source: {source}").format(count=len(frame), source=ATTRIBUTION))
        dest_id = write_frame_to_sink(self, frame, parameters, self.OUTPUT, context, feedback)
        style_output(context, dest_id, tr("Municipalities (CBS 2023)"), "municipalities.qml")
        return {self.OUTPUT: dest_id}
