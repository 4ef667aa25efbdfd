"""Feature sinks that replace their file atomically: the old file or the complete new one, never an empty one.

Processing's own file sinks delete an existing file the moment the sink is created, so a failure, a cancel or a
killed process halfway through left an empty or half-written GeoPackage in place of a good one. Here a sink
whose destination is a plain file writes into a hidden folder beside the target under the target's own name
(so a GeoPackage's table keeps the file's name, a shapefile keeps its side files), and the finished files
are moved onto the target (within the run's :class:`~ral_zuid_plugin.core.atomic_files.OutputTransaction`:
at the end of the run, together with the other outputs). Destinations that are not plain files (memory layers,
``ogr:``/``postgres:`` URIs) are written directly, as Processing does.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingOutputLayerDefinition

from ral_zuid_plugin.core.atomic_files import default_file_mode, defer_move, temporary_folder_beside
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr

_PROVIDER_URI = re.compile(r"^[A-Za-z][A-Za-z0-9_]+:(?![\\/])")  # memory:, ogr:, postgres:… but not C:\ or C:/


def is_plain_file(destination: str) -> bool:
    return bool(destination) and "|" not in destination and not _PROVIDER_URI.match(destination)


class AtomicSink:
    """A feature sink for one output parameter; call :meth:`finish` after the last feature, :meth:`abort` on error."""

    def __init__(self, algorithm, parameters: dict, name: str, context, fields, wkb_type, crs) -> None:
        self.name = name
        self.folder: Path | None = None
        self.target: Path | None = None
        destination = ""
        value = parameters.get(name)
        if value is not None and value != "":
            # parameterAsOutputLayer also registers its answer to be loaded on completion; for a temporary output
            # that is "memory:<name>", which is not the layer the sink makes, and the dialog then reports it as
            # "not correctly generated" (and skips its finished signal). Only the sink below registers the output.
            registered = context.layersToLoadOnCompletion()
            destination = algorithm.parameterAsOutputLayer(parameters, name, context) or ""
            context.setLayersToLoadOnCompletion(registered)
        if not is_plain_file(destination):
            self.sink, self.dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        else:
            target = Path(destination)
            self.folder = temporary_folder_beside(target)
            definition = QgsProcessingOutputLayerDefinition(str(self.folder / target.name))
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                definition.destinationProject = value.destinationProject
                definition.destinationName = value.destinationName
                definition.createOptions = value.createOptions
            elif context.project() is not None:
                definition.destinationProject = context.project()
            changed = dict(parameters)
            changed[name] = definition
            try:
                self.sink, temporary_id = algorithm.parameterAsSink(changed, name, context, fields, wkb_type, crs)
            except BaseException:
                self.abort()
                raise
            temporary = Path(temporary_id)
            self.target = target.parent / temporary.name  # Processing may have added an extension (.gpkg)
            self.dest_id = str(self.target)
            layers = context.layersToLoadOnCompletion()
            if temporary_id in layers:
                layers[self.dest_id] = layers.pop(temporary_id)
                context.setLayersToLoadOnCompletion(layers)
        if self.sink is None:
            self.abort()
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))

    def finish(self) -> str:
        """Close the sink and move its files onto the target (at the run's commit); return the output id."""
        self.sink = None  # Python owns the sink: dropping it closes the file
        if self.folder is None or self.target is None:
            return self.dest_id
        files = sorted(self.folder.iterdir(), key=lambda p: p.name == self.target.name)  # main file last
        if not any(path.name == self.target.name for path in files):
            self.abort()
            raise RalZuidError(tr("The output '{name}' was not written.").format(name=self.name))
        for path in files:
            os.chmod(path, default_file_mode())
            if not defer_move(path, self.target.parent / path.name):
                os.replace(path, self.target.parent / path.name)
        if not any(self.folder.iterdir()):
            shutil.rmtree(self.folder, ignore_errors=True)
        return self.dest_id

    def abort(self) -> None:
        """Drop what was written; the target stays as it was."""
        self.sink = None
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
