"""``ralzuid:opendata``: CBS buurten and vierkanten for a gemeente (or the region) from PDOK, through the QGIS
network stack, cached in the profile with date and licence."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ral_zuid_plugin.adapters.network import QgisTransport
from ral_zuid_plugin.adapters.opendata_cache import default_cache_folder
from ral_zuid_plugin.adapters.vector_io import write_frame_to_sink
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.opendata import cbs
from ral_zuid_plugin.core.opendata.cache import DownloadCache
from ral_zuid_plugin.core.opendata.features import FetchError
from ral_zuid_plugin.core.opendata.fetch import fetch_charging_points, fetch_dataset
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.widgets import municipality_parameter

SQUARE_CHOICES = (None, cbs.SQUARES_500, cbs.SQUARES_100)


class OpenDataAlgorithm(RalZuidAlgorithm):
    NAME = "opendata"
    GROUP = groups.REFERENCE

    GEMEENTECODE = "GEMEENTECODE"
    BUURTEN = "BUURTEN"
    SQUARES = "SQUARES"
    EDITION = "EDITION"
    MAX_AGE_DAYS = "MAX_AGE_DAYS"
    TIMEOUT = "TIMEOUT"
    BUURTEN_URL = "BUURTEN_URL"
    SQUARES_URL = "SQUARES_URL"
    CHARGING_POINTS = "CHARGING_POINTS"
    CHARGING_URL = "CHARGING_URL"
    OUTPUT_CHARGING = "OUTPUT_CHARGING"
    CACHE_FOLDER = "CACHE_FOLDER"
    OUTPUT_BUURTEN = "OUTPUT_BUURTEN"
    OUTPUT_SQUARES = "OUTPUT_SQUARES"
    NOT_FETCHED = "NOT_FETCHED"
    SOURCES = "SOURCES"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            municipality_parameter(
                self.GEMEENTECODE,
                tr("Municipality (CBS code; empty = the whole region)"),
                optional=True,
                empty_text=tr("The whole region"),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.BUURTEN, tr("CBS buurten with households, inhabitants and address density"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.SQUARES,
                tr("CBS squares with households and inhabitants"),
                options=[tr("none"), tr("500 m"), tr("100 m")],
                defaultValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CHARGING_POINTS,
                tr("NDW charging points (OCPI) with laadpunten and public / semi-public access"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.EDITION,
                tr("Edition (year) of CBS wijken en buurten"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=cbs.DEFAULT_EDITION,
                minValue=2015,
                maxValue=2100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MAX_AGE_DAYS,
                tr("Use a cached download younger than this many days (0 = always fetch anew)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=30.0,
                minValue=0.0,
            )
        )
        advanced = [
            QgsProcessingParameterNumber(
                self.TIMEOUT,
                tr("Time-out per request (seconds)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=60,
                minValue=1,
            ),
            QgsProcessingParameterString(
                self.BUURTEN_URL,
                tr("Service URL of wijken en buurten (empty = PDOK, the chosen edition)"),
                defaultValue="",
                optional=True,
            ),
            QgsProcessingParameterString(
                self.SQUARES_URL,
                tr("Service URL of the vierkantstatistieken (empty = PDOK)"),
                defaultValue="",
                optional=True,
            ),
            QgsProcessingParameterString(
                self.CHARGING_URL,
                tr("URL of the NDW charging-point feed (empty = NDW open data)"),
                defaultValue="",
                optional=True,
            ),
            QgsProcessingParameterFile(
                self.CACHE_FOLDER,
                tr("Cache folder (empty = the QGIS profile)"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_BUURTEN, tr("CBS buurten"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_SQUARES, tr("CBS squares"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_CHARGING, tr("NDW charging points"), optional=True)
        )
        self.addOutput(QgsProcessingOutputString(self.NOT_FETCHED, tr("What could not be fetched")))
        self.addOutput(QgsProcessingOutputString(self.SOURCES, tr("Sources and licences")))

    def execute(self, parameters, context, feedback, progress):
        code = self.parameterAsString(parameters, self.GEMEENTECODE, context).strip()
        municipalities = load_region_municipalities(code or None)
        year = self.parameterAsInt(parameters, self.EDITION, context)
        wanted = []
        if self.parameterAsBoolean(parameters, self.BUURTEN, context):
            wanted.append((cbs.BUURTEN, self.OUTPUT_BUURTEN, self.BUURTEN_URL))
        square = SQUARE_CHOICES[self.parameterAsEnum(parameters, self.SQUARES, context)]
        if square:
            wanted.append((square, self.OUTPUT_SQUARES, self.SQUARES_URL))
        charging = self.parameterAsBoolean(parameters, self.CHARGING_POINTS, context)
        if not wanted and not charging:
            raise RalZuidError(tr("Choose at least one dataset to fetch."))
        folder = self.parameterAsFile(parameters, self.CACHE_FOLDER, context).strip()
        cache = DownloadCache(folder or default_cache_folder())
        transport = QgisTransport(timeout_seconds=self.parameterAsDouble(parameters, self.TIMEOUT, context))
        max_age = self.parameterAsDouble(parameters, self.MAX_AGE_DAYS, context)
        place = (
            "{} {}".format(municipalities["gemeentecode"].iloc[0], municipalities["gemeentenaam"].iloc[0])
            if code
            else tr("the region ({count} municipalities)").format(count=len(municipalities))
        )
        progress.info(tr("Fetching open data for {place}.").format(place=place))
        outputs, failed, sources = {}, [], []
        frames = {}  # written only when every dataset was fetched or reported: a cancel leaves no output
        step = 100.0 / (len(wanted) + int(charging))
        for number, (key, output, url_parameter) in enumerate(wanted):
            label = cbs.dataset_label(key)
            try:
                fetched = fetch_dataset(
                    transport,
                    cache,
                    key,
                    year,
                    municipalities,
                    SubProgress(progress, number * step, (number + 1) * step),
                    service_url=self.parameterAsString(parameters, url_parameter, context).strip(),
                    max_age_days=max_age,
                )
            except FetchError as error:
                progress.warning(tr("Not fetched: {reason}").format(reason=error.message))
                failed.append(error.message)
                continue
            conversion = fetched.conversion
            if conversion.hidden:
                progress.warning(
                    tr(
                        "{label}: {count} value(s) are kept secret or unknown by CBS (negative codes); they are "
                        "empty (NULL) in the output and count as 0 households in the prognosis."
                    ).format(label=label, count=conversion.hidden)
                )
            if conversion.skipped:
                progress.warning(
                    tr("{label}: {count} feature(s) without a readable geometry were left out.").format(
                        label=label, count=conversion.skipped
                    )
                )
            totals = cbs.summary(conversion.frame)
            progress.info(
                tr("{label}: {count} areas, {households:.0f} households, {inhabitants:.0f} inhabitants.").format(
                    label=label,
                    count=int(totals["count"]),
                    households=totals["huishoudens"],
                    inhabitants=totals["inwoners"],
                )
            )
            sources.append(
                tr("{attribution}, downloaded {date}").format(
                    attribution=fetched.meta.attribution, date=fetched.meta.fetched_date()
                )
            )
            if parameters.get(output) is not None:
                frames[output] = conversion.frame
        if charging:
            result = self._charging_points(
                parameters, context, feedback, transport, cache, municipalities, max_age,
                SubProgress(progress, len(wanted) * step, 100.0), progress,
            )  # fmt: skip
            if isinstance(result, str):
                failed.append(result)
            else:
                sources.append(result[1])
                frames[self.OUTPUT_CHARGING] = result[0]
        if len(failed) == len(wanted) + int(charging):
            raise RalZuidError(
                tr("Nothing could be fetched and nothing was cached: {reasons}").format(reasons=" ".join(failed))
            )
        for output, frame in frames.items():
            if parameters.get(output) is not None:
                outputs[output] = write_frame_to_sink(self, frame, parameters, output, context, feedback)
        for line in sources:
            progress.info(tr("Source: {source}").format(source=line))
        progress.set_progress(100)
        outputs[self.NOT_FETCHED] = "; ".join(failed)
        outputs[self.SOURCES] = "; ".join(sources)
        return outputs

    def _charging_points(self, parameters, context, feedback, transport, cache, municipalities, max_age, sub, progress):
        """(frame, source line), or the reason it could not be fetched."""
        try:
            fetched = fetch_charging_points(
                transport,
                cache,
                municipalities,
                sub,
                url=self.parameterAsString(parameters, self.CHARGING_URL, context).strip(),
                max_age_days=max_age,
            )
        except FetchError as error:
            progress.warning(tr("Not fetched: {reason}").format(reason=error.message))
            return error.message
        frame = fetched.frame
        kinds = frame["toegang"].value_counts() if len(frame) else {}
        progress.info(
            tr(
                "NDW charging points: {count} locations with {points:.0f} laadpunten ({public} public, {semi} "
                "semi-public, {unknown} unknown access); {left_out} unpublished or without coordinates left out."
            ).format(
                count=len(frame),
                points=float(frame["laadpunten"].sum()) if len(frame) else 0.0,
                public=int(kinds.get("publiek", 0)),
                semi=int(kinds.get("semipubliek", 0)),
                unknown=int(kinds.get("onbekend", 0)),
                left_out=fetched.left_out,
            )
        )
        line = tr("{attribution}, downloaded {date}").format(
            attribution=fetched.meta.attribution, date=fetched.meta.fetched_date()
        )
        return frame, line
