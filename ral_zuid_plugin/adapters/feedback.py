"""Core :class:`~ral_zuid_plugin.core.progress.Progress` on top of QGIS feedback objects."""

from __future__ import annotations

from qgis.core import QgsFeedback, QgsProcessingFeedback


class FeedbackProgress:
    """Reports core progress to a ``QgsFeedback`` (Processing feedback or a task's feedback)."""

    def __init__(self, feedback: QgsFeedback | None) -> None:
        self.feedback = feedback

    def set_progress(self, percent: float) -> None:
        if self.feedback is not None:
            self.feedback.setProgress(max(0.0, min(100.0, float(percent))))

    def is_cancelled(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    def info(self, message: str) -> None:
        if isinstance(self.feedback, QgsProcessingFeedback):
            self.feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        if isinstance(self.feedback, QgsProcessingFeedback):
            self.feedback.pushWarning(message)
