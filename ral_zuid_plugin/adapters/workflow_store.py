"""The panel's memory in the QGIS project: per step the parameters of its last run and its last result.

Stored with ``QgsProject.writeEntry`` under the scope ``RalZuid`` as JSON text, so it is saved in the .qgz and
comes back when the project is opened again; another project has its own.
"""

from __future__ import annotations

import json
from typing import Any

from qgis.core import (
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsProperty,
)

from ral_zuid_plugin.core.workflow import StepResult, json_parameters

SCOPE = "RalZuid"
TEMPORARY = ("TEMPORARY_OUTPUT", "memory:", "")


def _plain(value: Any) -> Any:
    """A dialog's parameter value as text, number or list; destinations and sources by their path or layer."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        sink = value.sink.staticValue() if isinstance(value.sink, QgsProperty) else value.sink
        return None if str(sink or "") in TEMPORARY else str(sink)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        source = value.source.staticValue() if isinstance(value.source, QgsProperty) else value.source
        return str(source or "")
    if isinstance(value, QgsProperty):
        return value.staticValue()
    if isinstance(value, QgsMapLayer):
        return value.id()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def storable(parameters: dict[str, Any]) -> dict[str, Any]:
    """What of a dialog's parameters can be remembered (temporary outputs are not: the next run makes new ones)."""
    return json_parameters({name: _plain(value) for name, value in parameters.items() if _plain(value) is not None})


class WorkflowStore:
    def __init__(self, project: QgsProject | None = None) -> None:
        self.project = project or QgsProject.instance()

    def _read(self, key: str) -> str:
        value, found = self.project.readEntry(SCOPE, key, "")
        return value if found else ""

    def parameters(self, step: str) -> dict[str, Any]:
        try:
            data = json.loads(self._read("/workflow/{}/parameters".format(step)) or "{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def set_parameters(self, step: str, parameters: dict[str, Any]) -> None:
        text = json.dumps(storable(parameters), ensure_ascii=False)
        self.project.writeEntry(SCOPE, "/workflow/{}/parameters".format(step), text)

    def result(self, step: str) -> StepResult | None:
        return StepResult.from_json(self._read("/workflow/{}/result".format(step)))

    def set_result(self, step: str, result: StepResult) -> None:
        self.project.writeEntry(SCOPE, "/workflow/{}/result".format(step), result.to_json())

    def all_parameters(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        return {key: self.parameters(key) for key in keys}

    def all_results(self, keys: list[str]) -> dict[str, StepResult]:
        results = {}
        for key in keys:
            result = self.result(key)
            if result is not None:
                results[key] = result
        return results
