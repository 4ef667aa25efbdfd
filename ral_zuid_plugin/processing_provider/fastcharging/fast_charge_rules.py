"""``ralzuid:fastchargerules``: show the active snellaadvisie rule file (criteria, thresholds, sources)."""

from __future__ import annotations

from qgis.core import QgsProcessingOutputString, QgsProcessingParameterFile, QgsProcessingParameterFileDestination

from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.screening.report import rules_overview_html, write_text_atomic
from ral_zuid_plugin.core.screening.rules import load_rules
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter


class FastChargeRulesAlgorithm(RalZuidAlgorithm):
    NAME = "fastchargerules"
    GROUP = groups.FAST_CHARGING

    RULES = "RULES"
    OUTPUT_HTML = "OUTPUT_HTML"
    VERSION = "VERSION"
    SHA256 = "SHA256"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                self.RULES, tr("Rule file (empty = bundled snellaadvisie)"), extension="json", optional=True
            )
        )
        add_report_language_parameter(self)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, tr("Overview of the rules (HTML)"), fileFilter="HTML (*.html)"
            )
        )
        self.addOutput(QgsProcessingOutputString(self.VERSION, tr("Rule file version")))
        self.addOutput(QgsProcessingOutputString(self.SHA256, tr("Rule file sha256")))

    def execute(self, parameters, context, feedback, progress):
        path = self.parameterAsFile(parameters, self.RULES, context).strip()
        rules = load_rules(path or None)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        write_text_atomic(output, rules_overview_html(rules))
        progress.info(
            tr("Rule file {name}, version {version}, {count} criteria, sha256 {sha}").format(
                name=rules.file_name, version=rules.version, count=len(rules.criteria), sha=rules.sha256
            )
        )
        for criterion in rules.criteria:
            progress.info("{}: {} ({})".format(criterion.id, criterion.label(), criterion.layer))
        return {self.OUTPUT_HTML: output, self.VERSION: rules.version, self.SHA256: rules.sha256}
