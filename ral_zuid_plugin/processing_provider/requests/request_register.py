"""``ralzuid:requestregister``: the request export of a gemeente or concessiehouder -> register, lead times and
indicators per gemeente and quarter, and the sheets of the NAL monitoring workbook."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ral_zuid_plugin.adapters.locatieserver import locatieserver_client
from ral_zuid_plugin.adapters.sessions_salt_store import profile_salt_store
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import write_frame_to_sink
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.reference.charging_locations import attribution, public_charging_xy
from ral_zuid_plugin.core.reference.municipalities import load_region_municipalities
from ral_zuid_plugin.core.requests.headers import LOGICAL_FIELDS
from ral_zuid_plugin.core.requests.leadtimes import BUSINESS, CALENDAR
from ral_zuid_plugin.core.requests.pipeline import build_register
from ral_zuid_plugin.core.requests.register import DEFAULT_TARGET_DAYS, DEFAULT_WALKING_M, RegisterSettings
from ral_zuid_plugin.core.requests.workbook import explanation, write_request_workbook
from ral_zuid_plugin.core.sessions.tabular import TableOptions, parse_column_mapping
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.pressure.common import metres, points_parameter, read_points, source_label
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter
from ral_zuid_plugin.processing_provider.widgets import date_parameter

UNITS = [CALENDAR, BUSINESS]
DELIMITERS = ["", ";", ",", "\t", "|"]
DECIMALS = ["", ",", "."]
ENCODINGS = ["", "utf-8-sig", "cp1252"]
DATE_COLUMNS = ("datum_aanvraag", "datum_verkeersbesluit", "datum_ingebruikname")


def reference_date(text: str) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise RalZuidError(
            tr("Reference date: '{value}' is not a date; write it as yyyy-mm-dd, e.g. 2025-10-01").format(value=text)
        ) from error


def as_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Date columns as ``datetime.date`` (QGIS Date fields), None where empty."""
    for column in DATE_COLUMNS:
        stamps = pd.Series(frame[column].to_numpy(dtype="datetime64[ns]"))
        frame[column] = stamps.dt.date.where(stamps.notna(), None).to_numpy(dtype=object)
    return frame


class RequestRegisterAlgorithm(RalZuidAlgorithm):
    NAME = "requestregister"
    GROUP = groups.PRESSURE

    INPUT = "INPUT"
    CHARGING_POINTS = "CHARGING_POINTS"
    WALK_DISTANCE = "WALK_DISTANCE"
    UNIT = "UNIT"
    TARGET_DAYS = "TARGET_DAYS"
    REFERENCE_DATE = "REFERENCE_DATE"
    GEOCODE = "GEOCODE"
    OFFLINE = "OFFLINE"
    AUTHCFG = "AUTHCFG"
    LOCATIESERVER_URL = "LOCATIESERVER_URL"
    CACHE_FOLDER = "CACHE_FOLDER"
    TIMEOUT = "TIMEOUT"
    DELIMITER = "DELIMITER"
    DECIMAL = "DECIMAL"
    ENCODING = "ENCODING"
    DATE_FORMAT = "DATE_FORMAT"
    HEADER_ROW = "HEADER_ROW"
    COLUMN_MAPPING = "COLUMN_MAPPING"
    OUTPUT = "OUTPUT"
    OUTPUT_INDICATORS = "OUTPUT_INDICATORS"
    OUTPUT_EXCLUDED = "OUTPUT_EXCLUDED"
    OUTPUT_WORKBOOK = "OUTPUT_WORKBOOK"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                self.INPUT,
                tr("Request export (CSV or XLSX from the gemeente's or concessiehouder's portal)"),
                fileFilter=tr("Request exports (*.csv *.txt *.xlsx)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CHARGING_POINTS,
                tr("Existing public charge points (empty = the bundled NDW snapshot)"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(metres(self.WALK_DISTANCE, tr("Walking distance: already served"), DEFAULT_WALKING_M))
        self.addParameter(
            QgsProcessingParameterEnum(
                self.UNIT,
                tr("Lead times in"),
                [tr("Calendar days"), tr("Business days (Mon-Fri without public holidays)")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TARGET_DAYS,
                tr("Target lead time from request to charge point in use (days, in the unit above)"),
                QgsProcessingParameterNumber.Type.Integer,
                DEFAULT_TARGET_DAYS,
                minValue=1,
            )
        )
        self.addParameter(date_parameter(self.REFERENCE_DATE, tr("Reference date for open requests (empty = today)")))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.GEOCODE, tr("Locate postcode + house number with the PDOK Locatieserver"), defaultValue=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.OFFLINE, tr("Offline: use only addresses cached earlier"), defaultValue=False
            )
        )
        advanced = [
            QgsProcessingParameterAuthConfig(
                self.AUTHCFG, tr("Authentication for the Locatieserver (e.g. a proxy login)"), optional=True
            ),
            QgsProcessingParameterString(
                self.LOCATIESERVER_URL, tr("Locatieserver URL (empty = PDOK)"), defaultValue="", optional=True
            ),
            QgsProcessingParameterFile(
                self.CACHE_FOLDER,
                tr("Address cache folder (empty = the QGIS profile)"),
                behavior=QgsProcessingParameterFile.Behavior.Folder,
                optional=True,
            ),
            QgsProcessingParameterNumber(
                self.TIMEOUT,
                tr("Time-out per request (seconds)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=15,
                minValue=1,
            ),
            QgsProcessingParameterEnum(
                self.DELIMITER, tr("CSV delimiter"), [tr("Detect"), ";", ",", tr("Tab"), "|"], defaultValue=0
            ),
            QgsProcessingParameterEnum(
                self.DECIMAL, tr("Decimal separator"), [tr("Detect"), tr("Comma"), tr("Point")], defaultValue=0
            ),
            QgsProcessingParameterEnum(
                self.ENCODING, tr("Text encoding"), [tr("Detect"), "UTF-8", "Windows-1252"], defaultValue=0
            ),
            QgsProcessingParameterString(
                self.DATE_FORMAT, tr("Date format (empty = detect; e.g. %d-%m-%Y)"), optional=True
            ),
            QgsProcessingParameterNumber(
                self.HEADER_ROW,
                tr("Line of the header row (0 = detect)"),
                QgsProcessingParameterNumber.Type.Integer,
                0,
                minValue=0,
            ),
            QgsProcessingParameterString(
                self.COLUMN_MAPPING,
                tr("Column mapping (empty = detect; e.g. request_date=Ingediend;origin=Bron)"),
                optional=True,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        add_report_language_parameter(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Request register (points)"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_INDICATORS,
                tr("Request indicators per gemeente and quarter"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_EXCLUDED,
                tr("Requests left out or not located, with reason"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_WORKBOOK,
                tr("Monitoring workbook: request sheets"),
                fileFilter=tr("Excel workbook (*.xlsx)"),
                optional=True,
                createByDefault=True,
            )
        )

    def _options(self, parameters, context) -> TableOptions:
        return TableOptions(
            encoding=ENCODINGS[self.parameterAsEnum(parameters, self.ENCODING, context)],
            delimiter=DELIMITERS[self.parameterAsEnum(parameters, self.DELIMITER, context)],
            decimal=DECIMALS[self.parameterAsEnum(parameters, self.DECIMAL, context)],
            date_format=self.parameterAsString(parameters, self.DATE_FORMAT, context).strip(),
            header_row=self.parameterAsInt(parameters, self.HEADER_ROW, context),
            column_mapping=parse_column_mapping(
                self.parameterAsString(parameters, self.COLUMN_MAPPING, context), LOGICAL_FIELDS
            ),
        )

    def _points(self, parameters, context, feedback, progress) -> np.ndarray:
        source = self.parameterAsSource(parameters, self.CHARGING_POINTS, context)
        if source is None:
            points = public_charging_xy()
            progress.info(tr("Existing public points: the bundled snapshot ({source}), {count} locations.").format(
                source=attribution(), count=len(points)))  # fmt: skip
            return points
        label = source_label(source)
        names = [field.name() for field in source.fields()]
        wanted = ["toegang"] if "toegang" in names else []
        frame = read_points(source, context, feedback, progress, label, wanted,
                            **points_parameter(self, parameters, self.CHARGING_POINTS, context))  # fmt: skip
        if wanted:
            public = frame["toegang"].astype(str).str.lower() == "publiek"
            progress.info(tr("Layer '{layer}': {public} of {count} points are public (field 'toegang').").format(
                layer=label, public=int(public.sum()), count=len(frame)))  # fmt: skip
            frame = frame[public]
        return frame[["x", "y"]].to_numpy(float)

    def execute(self, parameters, context, feedback, progress):
        settings = RegisterSettings(
            unit=UNITS[self.parameterAsEnum(parameters, self.UNIT, context)],
            target_days=self.parameterAsDouble(parameters, self.TARGET_DAYS, context),
            walking_m=self.parameterAsDouble(parameters, self.WALK_DISTANCE, context),
            reference_date=reference_date(self.parameterAsString(parameters, self.REFERENCE_DATE, context)),
        )
        path = self.parameterAsFile(parameters, self.INPUT, context)
        points = self._points(parameters, context, feedback, progress)
        locator = None
        if self.parameterAsBoolean(parameters, self.GEOCODE, context):
            client = locatieserver_client(
                authcfg=self.parameterAsString(parameters, self.AUTHCFG, context) or "",
                offline=self.parameterAsBoolean(parameters, self.OFFLINE, context),
                cache_folder=self.parameterAsFile(parameters, self.CACHE_FOLDER, context).strip() or None,
                base_url=self.parameterAsString(parameters, self.LOCATIESERVER_URL, context).strip(),
                timeout_seconds=self.parameterAsDouble(parameters, self.TIMEOUT, context),
            )
            locate_progress = SubProgress(progress, 10, 70)

            def locator(pairs):
                return client.locate_many(pairs, locate_progress)

        result = build_register(
            path,
            profile_salt_store().salt(),
            settings,
            options=self._options(parameters, context),
            municipalities=load_region_municipalities(),
            points_xy=points,
            locator=locator,
            progress=progress,
        )
        for note in result.notes:
            progress.info(note)
        if not result.excluded.empty:
            progress.warning(
                tr("{left} row(s) left out and {off} not located; see the table of requests left out.").format(
                    left=int((result.excluded["gevolg"] == "uitgesloten").sum()),
                    off=int((result.excluded["gevolg"] != "uitgesloten").sum()),
                )
            )
        register = result.register
        located = as_dates(register[register["gelokaliseerd"].to_numpy()].reset_index(drop=True))
        xy = (located["x"].to_numpy(float), located["y"].to_numpy(float))
        outputs = {}
        dest = write_frame_to_sink(self, located.drop(columns=["x", "y"]), parameters, self.OUTPUT, context, xy=xy)
        style_output(context, dest, tr("Charge point requests"), "requests_register.qml")
        outputs[self.OUTPUT] = dest
        for name, frame, title in (
            (self.OUTPUT_INDICATORS, result.indicators, tr("Request indicators per gemeente and quarter")),
            (self.OUTPUT_EXCLUDED, result.excluded, tr("Requests left out or not located")),
        ):
            if parameters.get(name):
                outputs[name] = write_frame_to_sink(self, frame, parameters, name, context)
                style_output(context, outputs[name], title, None)
        workbook = self.parameterAsFileOutput(parameters, self.OUTPUT_WORKBOOK, context)
        if workbook:
            unit = (
                tr("working days (Mon-Fri without public holidays)")
                if settings.unit == BUSINESS
                else tr("calendar days")
            )
            lines = explanation(unit, settings.target_days, settings.walking_m, str(settings.reference()),
                                result.read.path.replace("\\", "/").rsplit("/", 1)[-1])  # fmt: skip
            outputs[self.OUTPUT_WORKBOOK] = write_request_workbook(result.indicators, result.excluded, lines, workbook)
        return outputs
