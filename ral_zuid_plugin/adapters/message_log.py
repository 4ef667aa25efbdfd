"""The "RAL Zuid" tab of the QGIS message log, and a bridge from Python ``logging`` to it."""

from __future__ import annotations

import logging

from qgis.core import Qgis, QgsMessageLog

LOG_TAG = "RAL Zuid"
LOGGER_NAME = "ral_zuid"

_LEVELS = (
    (logging.ERROR, Qgis.MessageLevel.Critical),
    (logging.WARNING, Qgis.MessageLevel.Warning),
    (logging.INFO, Qgis.MessageLevel.Info),
)


def log_message(message: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)


class MessageLogHandler(logging.Handler):
    """Sends records of the ``ral_zuid`` logger to the RAL Zuid tab of the message log."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = self.format(record)
        except Exception:  # noqa: BLE001 (a log handler must never raise)
            message = record.getMessage()
        level = next(
            (qgis_level for threshold, qgis_level in _LEVELS if record.levelno >= threshold), Qgis.MessageLevel.Info
        )
        log_message(message, level)


def install_log_bridge() -> MessageLogHandler:
    handler = MessageLogHandler()
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET:
        logger.setLevel(logging.INFO)
    return handler


def remove_log_bridge(handler: MessageLogHandler | None) -> None:
    if handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(handler)
