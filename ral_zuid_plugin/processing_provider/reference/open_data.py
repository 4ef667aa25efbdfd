"""``ralzuid:opendata``: CBS buurten and vierkanten for a gemeente (or the region) from PDOK, NDW's charging
points and RDW's registered electric cars, through the QGIS network stack, cached in the profile with date and
licence."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessing,
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
from ral_zuid_plugin.core.opendata import cbs, snapshot_refresh
from ral_zuid_plugin.core.opendata.cache import DownloadCache
from ral_zuid_plugin.core.opendata.features import FetchError
from ral_zuid_plugin.core.opendata.fetch import fetch_charging_points, fetch_dataset, fetch_registered_evs
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference import charging_locations
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
    EV_COUNTS = "EV_COUNTS"
    RDW_URL = "RDW_URL"
    PC4_URL = "PC4_URL"
    OUTPUT_EV = "OUTPUT_EV"
    SNAPSHOT = "SNAPSHOT"
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
                tr("NDW charging points (OCPI) with charge points and public / semi-public access"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.EV_COUNTS,
                tr("Registered electric cars per municipality (RDW, by postcode), for the prognosis"),
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
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=30,
                minValue=0,
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
            QgsProcessingParameterString(
                self.RDW_URL,
                tr("URL of RDW's vehicles-by-postcode data (empty = RDW open data)"),
                defaultValue="",
                optional=True,
            ),
            QgsProcessingParameterString(
                self.PC4_URL,
                tr("Service URL of the CBS postcode areas (empty = PDOK)"),
                defaultValue="",
                optional=True,
            ),
            QgsProcessingParameterEnum(
                self.SNAPSHOT,
                tr("Charging points used by the other algorithms (the bundled NDW snapshot)"),
                options=[
                    tr("leave as they are"),
                    tr("replace by a fresh NDW download of the whole region"),
                    tr("go back to the bundled snapshot of June 2026"),
                ],
                defaultValue=0,
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
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_EV,
                tr("Registered electric cars per municipality"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
            )
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
        ev_counts = self.parameterAsBoolean(parameters, self.EV_COUNTS, context)
        snapshot = self.parameterAsEnum(parameters, self.SNAPSHOT, context)
        if not wanted and not charging and not ev_counts and not snapshot:
            raise RalZuidError(tr("Choose at least one dataset to fetch."))
        folder = self.parameterAsFile(parameters, self.CACHE_FOLDER, context).strip()
        cache = DownloadCache(folder or default_cache_folder())
        if snapshot:
            return self._snapshot(snapshot, parameters, context, cache, wanted or charging or ev_counts, progress)
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
        tasks = len(wanted) + int(charging) + int(ev_counts)
        step = 100.0 / tasks
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
                SubProgress(progress, len(wanted) * step, (len(wanted) + 1) * step), progress,
            )  # fmt: skip
            if isinstance(result, str):
                failed.append(result)
            else:
                sources.append(result[1])
                frames[self.OUTPUT_CHARGING] = result[0]
        if ev_counts:
            result = self._ev_counts(
                parameters, context, transport, cache, municipalities, max_age,
                SubProgress(progress, (tasks - 1) * step, 100.0), progress,
            )  # fmt: skip
            if isinstance(result, str):
                failed.append(result)
            else:
                sources.append(result[1])
                frames[self.OUTPUT_EV] = result[0]
        if len(failed) == tasks:
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
                "NDW charging points: {count} locations with {points:.0f} charge points ({public} public, {semi} "
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

    def _ev_counts(self, parameters, context, transport, cache, municipalities, max_age, sub, progress):
        """(table, source line), or the reason it could not be fetched."""
        try:
            fetched = fetch_registered_evs(
                transport,
                cache,
                municipalities,
                sub,
                rdw_url=self.parameterAsString(parameters, self.RDW_URL, context).strip(),
                pc4_service_url=self.parameterAsString(parameters, self.PC4_URL, context).strip(),
                max_age_days=max_age,
            )
        except FetchError as error:
            progress.warning(tr("Not fetched: {reason}").format(reason=error.message))
            return error.message
        frame = fetched.frame
        if fetched.unreadable:
            progress.warning(
                tr("RDW registered electric cars: {count} row(s) without a readable postcode or number were left out.")
                .format(count=fetched.unreadable)
            )  # fmt: skip
        progress.info(
            tr(
                "RDW registered electric cars: {ev:.0f} fully electric and {phev:.0f} plug-in hybrid passenger cars "
                "in {count} municipalities; RDW leaves out fewer than 10 per postcode, fuel and kind, so these are "
                "lower bounds ({empty} of {areas} postcode areas without an electric count). Give this table to the "
                "prognosis as the municipality's own numbers."
            ).format(
                ev=float(frame["ev_geregistreerd"].sum()),
                phev=float(frame["phev_geregistreerd"].sum()),
                count=len(frame),
                empty=int(frame["pc4_zonder_ev"].sum()),
                areas=int(frame["pc4_gebieden"].sum()),
            )
        )
        line = tr("{attribution}, downloaded {date}").format(
            attribution=fetched.meta.attribution, date=fetched.meta.fetched_date()
        )
        return frame, line

    def _snapshot(self, choice, parameters, context, cache, other_datasets, progress):
        """Refresh the charging-point snapshot the other algorithms read, or go back to the bundled one."""
        if other_datasets:
            raise RalZuidError(
                tr("Refresh or restore the charging-point snapshot in a run of its own, without other datasets.")
            )
        folder = cache.folder / snapshot_refresh.SNAPSHOT_SUBFOLDER
        if choice == 2:
            removed = snapshot_refresh.remove_snapshot(folder)
            progress.info(
                tr("The refreshed charging points were removed; the bundled snapshot of June 2026 is used again.")
                if removed
                else tr("There was no refreshed snapshot; the bundled snapshot of June 2026 is in use.")
            )
            return {self.NOT_FETCHED: "", self.SOURCES: charging_locations.ATTRIBUTION}
        transport = QgisTransport(timeout_seconds=self.parameterAsDouble(parameters, self.TIMEOUT, context))
        region = load_region_municipalities(None)
        try:
            fetched = fetch_charging_points(
                transport,
                cache,
                region,
                progress,
                url=self.parameterAsString(parameters, self.CHARGING_URL, context).strip(),
                max_age_days=self.parameterAsDouble(parameters, self.MAX_AGE_DAYS, context),
            )
        except FetchError as error:
            raise RalZuidError(tr("The snapshot was not refreshed: {reason}").format(reason=error.message)) from None
        if fetched.stale:
            raise RalZuidError(
                tr(
                    "The snapshot was not refreshed: NDW's feed could not be read and only an older download of {date} "
                    "is cached."
                ).format(date=fetched.meta.fetched_date())
            )
        before = len(charging_locations.load_public_charging_locations())
        table = snapshot_refresh.snapshot_table(fetched.frame, region, snapshot_refresh.bundled_freight_ids())
        path = snapshot_refresh.write_snapshot(table, folder, fetched.meta)
        progress.info(
            tr(
                "Charging-point snapshot refreshed: {count} locations in Noord-Brabant and Limburg ({fast} fast, "
                "{points:.0f} charge points) from NDW's feed of {date}, written to {path}; before: {before} locations. "
                "Every algorithm now reads these; choose 'go back to the bundled snapshot' to undo."
            ).format(
                count=len(table),
                fast=int(fetched.frame["snelladen"].sum()),
                points=float(pd.to_numeric(table["laadpunten"], errors="coerce").sum()),
                date=fetched.meta.fetched_date(),
                path=path,
                before=before,
            )
        )
        return {self.NOT_FETCHED: "", self.SOURCES: fetched.meta.attribution}
