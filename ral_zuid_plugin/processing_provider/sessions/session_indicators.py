"""``ralzuid:sessionindicators``: CPO charging sessions -> quality report and NAL usage indicators."""

from __future__ import annotations

import datetime as dt

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ral_zuid_plugin.adapters.sessions_salt_store import profile_salt_store
from ral_zuid_plugin.adapters.styling import style_output
from ral_zuid_plugin.adapters.vector_io import frame_from_source, write_frame_to_sink
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.planmap.texts import month_names
from ral_zuid_plugin.core.progress import SubProgress
from ral_zuid_plugin.core.sessions import settings as defaults
from ral_zuid_plugin.core.sessions.indicators import low_usage_points, suppress_small_groups
from ral_zuid_plugin.core.sessions.locate import LOCATION_KEYS, key_label
from ral_zuid_plugin.core.sessions.pipeline import SessionInputs, run_session_indicators
from ral_zuid_plugin.core.sessions.settings import IndicatorSettings
from ral_zuid_plugin.core.sessions.tabular import TableOptions, parse_column_mapping
from ral_zuid_plugin.core.sessions.timeparse import DEFAULT_TIME_ZONE
from ral_zuid_plugin.core.sessions.workbook import write_workbook
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm
from ral_zuid_plugin.processing_provider.report_language import add_report_language_parameter
from ral_zuid_plugin.processing_provider.widgets import date_parameter

DELIMITERS = ["", ";", ",", "\t", "|"]
DECIMALS = ["", ",", "."]
ENCODINGS = ["", "utf-8-sig", "cp1252"]
DATE_ORDERS = ["", "as_written", "swapped"]
THOUSANDS = ["", "none", ".", ","]
ENERGY_UNITS = ["", "kwh", "wh"]


def _date(text: str, label: str) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise RalZuidError(
            tr("{label}: '{value}' is not a date; write it as yyyy-mm-dd, e.g. 2024-01-01").format(
                label=label, value=text
            )
        ) from error


class SessionIndicatorsAlgorithm(RalZuidAlgorithm):
    NAME = "sessionindicators"
    GROUP = groups.SESSIONS

    INPUT = "INPUT"
    OCPI_LOCATIONS = "OCPI_LOCATIONS"
    LOCATIONS = "LOCATIONS"
    LOCATIONS_ID_FIELD = "LOCATIONS_ID_FIELD"
    LOCATIONS_KEY = "LOCATIONS_KEY"
    MUNICIPALITIES = "MUNICIPALITIES"
    MUNICIPALITY_CODE_FIELD = "MUNICIPALITY_CODE_FIELD"
    MUNICIPALITY_NAME_FIELD = "MUNICIPALITY_NAME_FIELD"
    PERIOD_START = "PERIOD_START"
    PERIOD_END = "PERIOD_END"
    PEAK_START_HOUR = "PEAK_START_HOUR"
    PEAK_END_HOUR = "PEAK_END_HOUR"
    PEAK_THRESHOLD = "PEAK_THRESHOLD"
    MIN_CARDS = "MIN_CARDS"
    MAX_SESSION_HOURS = "MAX_SESSION_HOURS"
    PEAK_DAYS_SHARE = "PEAK_DAYS_SHARE"
    EXCLUDED_MONTHS = "EXCLUDED_MONTHS"
    EXCLUDE_DATA_GAPS = "EXCLUDE_DATA_GAPS"
    LOW_USAGE_THRESHOLD = "LOW_USAGE_THRESHOLD"
    LOW_USAGE_MONTHS = "LOW_USAGE_MONTHS"
    MAX_POWER_KW = "MAX_POWER_KW"
    DELIMITER = "DELIMITER"
    DECIMAL = "DECIMAL"
    ENCODING = "ENCODING"
    DATE_FORMAT = "DATE_FORMAT"
    TIME_ZONE = "TIME_ZONE"
    COLUMN_MAPPING = "COLUMN_MAPPING"
    DATE_ORDER = "DATE_ORDER"
    THOUSANDS = "THOUSANDS"
    HEADER_ROW = "HEADER_ROW"
    ENERGY_UNIT = "ENERGY_UNIT"
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_DAILY = "OUTPUT_DAILY"
    OUTPUT_AREAS = "OUTPUT_AREAS"
    OUTPUT_QUALITY = "OUTPUT_QUALITY"
    OUTPUT_EXCLUDED = "OUTPUT_EXCLUDED"
    OUTPUT_LOW_USAGE = "OUTPUT_LOW_USAGE"
    OUTPUT_WORKBOOK = "OUTPUT_WORKBOOK"
    REQUEST_INDICATORS = "REQUEST_INDICATORS"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT,
                tr("Session files (OCPI CDR/Session JSON, ElaadNL or CPO export CSV/XLSX)"),
                QgsProcessing.SourceType.TypeFile,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.OCPI_LOCATIONS,
                tr("OCPI Locations file (places OCPI Sessions and CDRs)"),
                extension="json",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.LOCATIONS,
                tr("Charge point locations layer"),
                [QgsProcessing.SourceType.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.LOCATIONS_ID_FIELD,
                tr("EVSE or charge point id field of the locations layer"),
                parentLayerParameterName=self.LOCATIONS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LOCATIONS_KEY,
                tr("The id field of the locations layer holds"),
                [key_label(key) for key in LOCATION_KEYS],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.MUNICIPALITIES,
                tr("Municipality boundaries (empty = the bundled CBS 2023 municipalities)"),
                [QgsProcessing.SourceType.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MUNICIPALITY_CODE_FIELD,
                tr("Municipality code field"),
                defaultValue="gemeentecode",
                parentLayerParameterName=self.MUNICIPALITIES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.MUNICIPALITY_NAME_FIELD,
                tr("Municipality name field"),
                defaultValue="gemeentenaam",
                parentLayerParameterName=self.MUNICIPALITIES,
                optional=True,
            )
        )
        self.addParameter(date_parameter(self.PERIOD_START, tr("First day of the period (empty = first session)")))
        self.addParameter(date_parameter(self.PERIOD_END, tr("Last day of the period (empty = last session)")))
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PEAK_START_HOUR,
                tr("Peak window start (hour, local time)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_PEAK_START_HOUR,
                minValue=0,
                maxValue=24,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PEAK_END_HOUR,
                tr("Peak window end (hour, local time)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_PEAK_END_HOUR,
                minValue=0,
                maxValue=24,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PEAK_THRESHOLD,
                tr("Peak occupancy threshold (%)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_PEAK_THRESHOLD_PCT,
                minValue=1,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.PEAK_DAYS_SHARE,
                tr("A point is often full when its peak is above the threshold on more than this share of days (%)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_PEAK_DAYS_SHARE_PCT,
                minValue=0,
                maxValue=99,
            )
        )
        months = QgsProcessingParameterEnum(
            self.EXCLUDED_MONTHS,
            tr("Months to leave out of the period, in every year of it (e.g. data gaps)"),
            month_names(),
            allowMultiple=True,
            optional=True,
        )
        months.setMetadata({"widget_wrapper": {"useCheckBoxes": True, "columns": 6}})  # twelve tick boxes
        self.addParameter(months)
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.EXCLUDE_DATA_GAPS,
                tr("Leave detected data gaps out of the period"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LOW_USAGE_THRESHOLD,
                tr("Low usage: monthly occupancy under (%)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_LOW_USAGE_THRESHOLD_PCT,
                minValue=1,
                maxValue=100,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.LOW_USAGE_MONTHS,
                tr("Low usage: for at least this many consecutive months"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_LOW_USAGE_MONTHS,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.MIN_CARDS,
                tr("Suppress aggregates over fewer distinct cards than"),
                QgsProcessingParameterNumber.Type.Integer,
                10,
                minValue=1,
            )
        )
        advanced = [
            QgsProcessingParameterNumber(
                self.MAX_SESSION_HOURS,
                tr("Maximum plausible session length (hours)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_MAX_SESSION_HOURS,
                minValue=1,
            ),
            QgsProcessingParameterNumber(
                self.MAX_POWER_KW,
                tr("Maximum charging power when the data has none (kW)"),
                QgsProcessingParameterNumber.Type.Integer,
                defaults.DEFAULT_MAX_POWER_KW,
                minValue=1,
            ),
            QgsProcessingParameterEnum(
                self.DELIMITER,
                tr("CSV delimiter"),
                [tr("Detect"), ";", ",", tr("Tab"), "|"],
                defaultValue=0,
            ),
            QgsProcessingParameterEnum(
                self.DECIMAL,
                tr("Decimal separator"),
                [tr("Detect"), tr("Comma"), tr("Point")],
                defaultValue=0,
            ),
            QgsProcessingParameterEnum(
                self.ENCODING,
                tr("Text encoding"),
                [tr("Detect"), "UTF-8", "Windows-1252"],
                defaultValue=0,
            ),
            QgsProcessingParameterString(
                self.DATE_FORMAT,
                tr("Date format (empty = detect; e.g. %d-%m-%Y %H:%M)"),
                optional=True,
            ),
            QgsProcessingParameterEnum(
                self.DATE_ORDER,
                tr("Date order (when day and month could be exchanged)"),
                [tr("Detect from the sessions"), tr("As written"), tr("Day and month swapped")],
                defaultValue=0,
            ),
            QgsProcessingParameterEnum(
                self.THOUSANDS,
                tr("Thousands separator"),
                [tr("Detect"), tr("None"), tr("Point (1.430,17)"), tr("Comma (1,430.17)")],
                defaultValue=0,
            ),
            QgsProcessingParameterNumber(
                self.HEADER_ROW,
                tr("Line of the header row (0 = detect)"),
                QgsProcessingParameterNumber.Type.Integer,
                0,
                minValue=0,
            ),
            QgsProcessingParameterEnum(
                self.ENERGY_UNIT,
                tr("Energy unit"),
                [tr("Detect (header, then values)"), "kWh", "Wh"],
                defaultValue=0,
            ),
            QgsProcessingParameterString(
                self.TIME_ZONE,
                tr("Time zone of local times in CSV/XLSX exports"),
                defaultValue=DEFAULT_TIME_ZONE,
            ),
            QgsProcessingParameterString(
                self.COLUMN_MAPPING,
                tr("Column mapping (empty = detect; e.g. start=Begintijd;end=Eindtijd;kwh=Energie)"),
                optional=True,
                multiLine=False,
            ),
        ]
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT_POINTS, tr("Charge points with indicators")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_DAILY,
                tr("Daily indicators per EVSE (large: one row per EVSE per day)"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_AREAS,
                tr("Indicators per gemeente, provincie and region"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_QUALITY,
                tr("Data quality checks"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_EXCLUDED,
                tr("Excluded sessions with reason"),
                QgsProcessing.SourceType.TypeVector,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LOW_USAGE,
                tr("Charge points with low usage (risk cover)"),
                QgsProcessing.SourceType.TypeVectorPoint,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.REQUEST_INDICATORS,
                tr("Request indicators for the workbook (the table of Charge point requests)"),
                [QgsProcessing.SourceType.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_WORKBOOK,
                tr("Monitoring workbook"),
                fileFilter=tr("Excel workbook (*.xlsx)"),
                optional=True,
                createByDefault=True,
            )
        )

        # --- reading parameters ---------------------------------------------------------------
        add_report_language_parameter(self)

    def _inputs(self, parameters, context, feedback) -> SessionInputs:
        files = self.parameterAsFileList(parameters, self.INPUT, context)
        options = TableOptions(
            encoding=ENCODINGS[self.parameterAsEnum(parameters, self.ENCODING, context)],
            delimiter=DELIMITERS[self.parameterAsEnum(parameters, self.DELIMITER, context)],
            decimal=DECIMALS[self.parameterAsEnum(parameters, self.DECIMAL, context)],
            date_format=self.parameterAsString(parameters, self.DATE_FORMAT, context).strip(),
            time_zone=self.parameterAsString(parameters, self.TIME_ZONE, context).strip() or DEFAULT_TIME_ZONE,
            column_mapping=parse_column_mapping(self.parameterAsString(parameters, self.COLUMN_MAPPING, context)),
            date_order=DATE_ORDERS[self.parameterAsEnum(parameters, self.DATE_ORDER, context)],
            thousands=THOUSANDS[self.parameterAsEnum(parameters, self.THOUSANDS, context)],
            header_row=self.parameterAsInt(parameters, self.HEADER_ROW, context),
            energy_unit=ENERGY_UNITS[self.parameterAsEnum(parameters, self.ENERGY_UNIT, context)],
        )
        inputs = SessionInputs(
            session_files=list(files),
            table_options=options,
            ocpi_locations_file=self.parameterAsFile(parameters, self.OCPI_LOCATIONS, context) or None,
        )
        locations = self.parameterAsSource(parameters, self.LOCATIONS, context)
        if locations is not None:
            field = self.parameterAsString(parameters, self.LOCATIONS_ID_FIELD, context)
            names = [f.name() for f in locations.fields()]
            if not field or field not in names:
                raise RalZuidError(
                    tr(
                        "Layer {layer}: choose the field that holds the EVSE or charge point id "
                        "(field '{field}' not found; fields: {fields})."
                    ).format(layer=locations.sourceName(), field=field, fields=", ".join(names))
                )
            inputs.locations_layer = frame_from_source(locations, context, field_names=[field], feedback=feedback)
            inputs.locations_id_field = field
            inputs.locations_layer_name = locations.sourceName()
            inputs.locations_key = LOCATION_KEYS[self.parameterAsEnum(parameters, self.LOCATIONS_KEY, context)]
        municipalities = self.parameterAsSource(parameters, self.MUNICIPALITIES, context)
        if municipalities is not None:
            code = self.parameterAsString(parameters, self.MUNICIPALITY_CODE_FIELD, context) or "gemeentecode"
            name = self.parameterAsString(parameters, self.MUNICIPALITY_NAME_FIELD, context) or code
            names = [f.name() for f in municipalities.fields()]
            for chosen in (code, name):
                if chosen not in names:
                    raise RalZuidError(
                        tr("Layer {layer} has no field '{field}' (fields: {fields}).").format(
                            layer=municipalities.sourceName(), field=chosen, fields=", ".join(names)
                        )
                    )
            wanted = list(dict.fromkeys([code, name] + (["provincienaam"] if "provincienaam" in names else [])))
            inputs.municipalities = frame_from_source(municipalities, context, field_names=wanted, feedback=feedback)
            inputs.municipality_code_field = code
            inputs.municipality_name_field = name
        return inputs

    def _settings(self, parameters, context) -> IndicatorSettings:
        return IndicatorSettings(
            period_start=_date(self.parameterAsString(parameters, self.PERIOD_START, context), tr("Period start")),
            period_end=_date(self.parameterAsString(parameters, self.PERIOD_END, context), tr("Period end")),
            peak_start_hour=self.parameterAsDouble(parameters, self.PEAK_START_HOUR, context),
            peak_end_hour=self.parameterAsDouble(parameters, self.PEAK_END_HOUR, context),
            peak_threshold_pct=self.parameterAsDouble(parameters, self.PEAK_THRESHOLD, context),
            min_cards=self.parameterAsInt(parameters, self.MIN_CARDS, context),
            max_session_hours=self.parameterAsDouble(parameters, self.MAX_SESSION_HOURS, context),
            max_power_kw=self.parameterAsDouble(parameters, self.MAX_POWER_KW, context),
            peak_days_share_pct=self.parameterAsDouble(parameters, self.PEAK_DAYS_SHARE, context),
            excluded_calendar_months=self._excluded_months(parameters, context),
            exclude_data_gaps=self.parameterAsBoolean(parameters, self.EXCLUDE_DATA_GAPS, context),
            low_usage_threshold_pct=self.parameterAsDouble(parameters, self.LOW_USAGE_THRESHOLD, context),
            low_usage_months=self.parameterAsInt(parameters, self.LOW_USAGE_MONTHS, context),
        )

    def _excluded_months(self, parameters, context) -> tuple[int, ...]:
        """The chosen months 1-12 (none chosen: an optional multiple enum left empty still reads as [0])."""
        if parameters.get(self.EXCLUDED_MONTHS) in (None, "", []):
            return ()
        return tuple(index + 1 for index in self.parameterAsEnums(parameters, self.EXCLUDED_MONTHS, context))

    def _request_indicators(self, parameters, context, feedback):
        """The indicator table of ``ralzuid:requestregister`` for the workbook's sheet Aanvragen, or None."""
        source = self.parameterAsSource(parameters, self.REQUEST_INDICATORS, context)
        if source is None:
            return None
        names = [f.name() for f in source.fields()]
        missing = [n for n in ("gemeentecode", "kwartaal", "aanvragen", "mediaan_totaal") if n not in names]
        if missing:
            raise RalZuidError(
                tr(
                    "Layer {layer} lacks the field(s) {fields}; use the indicator table of Charge point requests."
                ).format(layer=source.sourceName(), fields=", ".join(missing))
            )
        frame = frame_from_source(source, context, feedback=feedback)
        return frame.drop(columns=[c for c in ("geometry", "fid") if c in frame.columns])

    # --- running --------------------------------------------------------------------------
    def execute(self, parameters, context, feedback, progress):
        settings = self._settings(parameters, context)
        settings.validate()
        inputs = self._inputs(parameters, context, feedback)
        salt = profile_salt_store().salt()
        result = run_session_indicators(inputs, salt, settings, SubProgress(progress, 0, 80))
        progress.info(
            tr("Period {first} to {last}: {sessions} sessions on {points} charge points (EVSE).").format(
                first=result.first_day, last=result.last_day, sessions=result.sessions_used, points=len(result.points)
            )
        )
        outputs = {}
        workbook = self.parameterAsFileOutput(parameters, self.OUTPUT_WORKBOOK, context)
        if workbook:
            outputs[self.OUTPUT_WORKBOOK] = write_workbook(
                result, workbook, request_indicators=self._request_indicators(parameters, context, feedback)
            )
        # Frames are built only for the outputs asked for: the daily table alone is 14.6 million rows for
        # 20,000 EVSEs over two years (points are always written).
        sinks = [
            (self.OUTPUT_POINTS, lambda: result.points, tr("Charge points: occupancy"), "sessions_points.qml"),
            (self.OUTPUT_DAILY, lambda: result.daily, tr("Daily indicators per EVSE"), None),
            (
                self.OUTPUT_AREAS,
                lambda: suppress_small_groups(result.areas, settings.min_cards),
                tr("Indicators per gemeente, provincie and region"),
                None,
            ),
            (self.OUTPUT_QUALITY, result.quality.table, tr("Session data quality"), None),
            (self.OUTPUT_EXCLUDED, result.quality.excluded_table, tr("Excluded sessions"), None),
            (self.OUTPUT_LOW_USAGE, lambda: low_usage_points(result.points), tr("Charge points: low usage"), None),
        ]
        for number, (name, build, title, style) in enumerate(sinks):
            if not parameters.get(name) and name != self.OUTPUT_POINTS:
                continue
            dest_id = write_frame_to_sink(self, build(), parameters, name, context)
            style_output(context, dest_id, title, style)
            outputs[name] = dest_id
            progress.set_progress(80 + 20 * (number + 1) / len(sinks))
        return outputs
