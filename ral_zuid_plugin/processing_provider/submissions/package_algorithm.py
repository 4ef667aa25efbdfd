"""``ralzuid:submissionpackage``: the submission package (zip) of screened candidates, validated first."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ral_zuid_plugin.__about__ import plugin_version
from ral_zuid_plugin.adapters.input_checks import check_crs_plausible
from ral_zuid_plugin.adapters.submission_service import queue_package
from ral_zuid_plugin.adapters.submission_settings import load_contact, open_outbox, save_contact
from ral_zuid_plugin.adapters.vector_io import frame_from_source, origin_of
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.submission.candidates import confirm_cross_border, cross_border_candidates
from ral_zuid_plugin.core.submission.contact import ContactDetails
from ral_zuid_plugin.core.submission.package import build_package
from ral_zuid_plugin.core.submission.validation import cross_border_problems
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.widgets import municipality_parameter


class SubmissionPackageAlgorithm(RalZuidAlgorithm):
    NAME = "submissionpackage"
    GROUP = groups.SUBMISSIONS

    INPUT = "INPUT"
    GEMEENTECODE = "GEMEENTECODE"
    GEMEENTENAAM = "GEMEENTENAAM"
    CONTACT_NAAM = "CONTACT_NAAM"
    CONTACT_EMAIL = "CONTACT_EMAIL"
    CONTACT_TELEFOON = "CONTACT_TELEFOON"
    AFDELING = "AFDELING"
    REPORT_FOLDER = "REPORT_FOLDER"
    PLANMAP_PDF = "PLANMAP_PDF"
    ADD_TO_OUTBOX = "ADD_TO_OUTBOX"
    CROSS_BORDER = "CROSS_BORDER"
    OUTPUT = "OUTPUT"
    SUBMISSION_ID = "SUBMISSION_ID"
    CANDIDATES = "CANDIDATES"

    def initAlgorithm(self, config=None):  # noqa: N802
        remembered = load_contact()
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                tr("Screened candidates (output of fast-charge screening)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
            )
        )
        self.addParameter(
            municipality_parameter(
                self.GEMEENTECODE, tr("Municipality (CBS code)"), optional=False, default=remembered.gemeentecode
            )
        )
        for key, label, default, optional in (
            (self.GEMEENTENAAM, tr("Municipality name"), remembered.gemeentenaam, False),
            (self.CONTACT_NAAM, tr("Contact person"), remembered.naam, False),
            (self.CONTACT_EMAIL, tr("Contact e-mail"), remembered.email, False),
            (self.CONTACT_TELEFOON, tr("Contact telephone"), remembered.telefoon, True),
            (self.AFDELING, tr("Department"), remembered.afdeling, True),
        ):
            self.addParameter(QgsProcessingParameterString(key, label, defaultValue=default, optional=optional))
        self.addParameter(
            QgsProcessingParameterFile(
                self.REPORT_FOLDER,
                tr("Folder with screening reports (<kandidaat_id>.html)"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(self.PLANMAP_PDF, tr("Plankaart (PDF)"), extension="pdf", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ADD_TO_OUTBOX, tr("Put the package in the outbox for sending"), defaultValue=False
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CROSS_BORDER,
                tr("Confirm cross-border sites (candidates that lie outside the municipality)"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, tr("Submission package"), tr("Zip files (*.zip)"), defaultValue=None
            )
        )

    def execute(self, parameters, context, feedback, progress):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise RalZuidError(tr("The candidates layer could not be read."))
        contact = ContactDetails(
            gemeentecode=self.parameterAsString(parameters, self.GEMEENTECODE, context).strip().upper(),
            gemeentenaam=self.parameterAsString(parameters, self.GEMEENTENAAM, context).strip(),
            naam=self.parameterAsString(parameters, self.CONTACT_NAAM, context).strip(),
            email=self.parameterAsString(parameters, self.CONTACT_EMAIL, context).strip(),
            telefoon=self.parameterAsString(parameters, self.CONTACT_TELEFOON, context).strip(),
            afdeling=self.parameterAsString(parameters, self.AFDELING, context).strip(),
        )
        reports = self.parameterAsFile(parameters, self.REPORT_FOLDER, context)
        planmap = self.parameterAsFile(parameters, self.PLANMAP_PDF, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".zip"):
            output += ".zip"
        check_crs_plausible(source, source.sourceName() or tr("candidates layer"))
        frame = frame_from_source(source, context, **origin_of(parameters, self.INPUT, context))
        if frame.empty:
            raise RalZuidError(tr("The candidates layer has no features: there is nothing to submit."))
        progress.info(tr("{count} candidates read").format(count=len(frame)))
        frame = self._cross_border(frame, contact.gemeentecode, parameters, context, progress)
        package = build_package(
            frame,
            contact,
            Path(output),
            plugin_version=plugin_version(),
            reports_dir=Path(reports) if reports else None,
            planmap_pdf=Path(planmap) if planmap else None,
            progress=SubProgress(progress, 20, 95),
        )
        save_contact(contact)
        if not reports:
            progress.warning(tr("No folder with screening reports given: the package holds no reports."))
        progress.info(
            tr("Package {path} written: submission {submission_id}, {count} candidates.").format(
                path=package.path, submission_id=package.submission_id, count=len(package.features)
            )
        )
        if self.parameterAsBoolean(parameters, self.ADD_TO_OUTBOX, context):
            queue_package(package.path, open_outbox())
            progress.info(tr("The package is in the outbox; send it with 'Submit to the expertisecentrum'."))
        return {
            self.OUTPUT: str(package.path),
            self.SUBMISSION_ID: package.submission_id,
            self.CANDIDATES: len(package.features),
        }

    def _cross_border(self, frame, gemeentecode: str, parameters, context, progress):
        """Refuse candidates outside the gemeente, unless confirmed; then mark them so the package says so."""
        crossings = cross_border_candidates(frame, gemeentecode)
        if not crossings:
            return frame
        if not self.parameterAsBoolean(parameters, self.CROSS_BORDER, context):
            problems = cross_border_problems(frame, gemeentecode)
            raise RalZuidError(
                tr("The submission is not valid ({count} problems):").format(count=len(problems))
                + "\n"
                + "\n".join(str(problem) for problem in problems)
            )
        for _row, ident, code, name in crossings:
            progress.warning(
                tr("Candidate {candidate} lies in {where}: submitted as a confirmed cross-border site").format(
                    candidate=ident,
                    where="{} ({})".format(name, code) if code else tr("outside Noord-Brabant and Limburg"),
                )
            )
        return confirm_cross_border(frame, crossings, gemeentecode)
