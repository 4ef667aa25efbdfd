"""Errors reach the user as a clear Processing error and the details go to the "RAL Zuid" log tab."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from ral_zuid_plugin.core.errors import InputDataError
from ral_zuid_plugin.processing_provider import groups
from ral_zuid_plugin.processing_provider.base import RalZuidAlgorithm, help_html


class _Failing(RalZuidAlgorithm):
    NAME = "failingfortest"
    GROUP = groups.REFERENCE

    def __init__(self, error: Exception | None = None) -> None:
        super().__init__()
        self.error = error

    def display_name(self) -> str:
        return "failing"

    def initAlgorithm(self, config=None):
        pass

    def createInstance(self):
        return _Failing(self.error)

    def execute(self, parameters, context, feedback, progress):
        raise self.error


@pytest.fixture()
def log_messages(qgis_app):
    received: list[tuple[str, str]] = []

    def collect(message, tag, level):
        received.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(collect)
    yield received
    QgsApplication.messageLog().messageReceived.disconnect(collect)


def test_user_error_becomes_processing_exception_with_the_located_message(log_messages):
    error = InputDataError("not a date", path="/tmp/x.csv", row=4, column="start", details="parser said no")
    algorithm = _Failing(error)
    algorithm.initAlgorithm()
    with pytest.raises(QgsProcessingException) as raised:
        algorithm.processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
    assert str(raised.value) == "file x.csv, row 4, column 'start': not a date"
    assert any(tag == "RAL Zuid" and "parser said no" in message for tag, message in log_messages)


def test_unexpected_error_is_logged_with_traceback_in_the_ral_zuid_tab(log_messages):
    algorithm = _Failing(ZeroDivisionError("division by zero"))
    with pytest.raises(QgsProcessingException, match="Unexpected error in failingfortest: division by zero"):
        algorithm.processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
    ral_zuid_logs = [message for tag, message in log_messages if tag == "RAL Zuid"]
    assert any("Traceback" in message and "ZeroDivisionError" in message for message in ral_zuid_logs)


def test_help_follows_the_language_and_falls_back_to_english():
    assert "<h3>Gemeenten van de regio</h3>" in help_html("regionmunicipalities", "nl")
    assert "<h3>Municipalities of the region</h3>" in help_html("regionmunicipalities", "en")
    assert "<h3>Municipalities of the region</h3>" in help_html("regionmunicipalities", "fr")
