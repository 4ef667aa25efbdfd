"""Exporting a filled plankaart: one multi-page PDF (atlas) and optional PNG sheets, never half-written.

Every file is first written to a hidden temporary name in the destination folder and only moved into place
(``os.replace``) when the export succeeded, so a failed or cancelled export leaves the old file (or nothing).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsFeedback, QgsLayoutExporter, QgsPrintLayout, QgsRenderContext

from ral_zuid_plugin.core.atomic_files import publish
from ral_zuid_plugin.core.errors import CancelledError, RalZuidError
from ral_zuid_plugin.core.i18n import tr

Result = QgsLayoutExporter.ExportResult


def export_result_message(result: Result, path: str, detail: str = "") -> str:
    """A user message for every ``QgsLayoutExporter`` result code (``""`` for success)."""
    messages = {
        Result.Success: "",
        Result.Canceled: tr("The export of '{path}' was cancelled."),
        Result.MemoryError: tr("Not enough memory to export '{path}'; try a lower resolution or fewer sheets."),
        Result.FileError: tr("The file '{path}' could not be written; check that the folder exists and is writable."),
        Result.PrintError: tr("The printer could not print '{path}'."),
        Result.SvgLayerError: tr("A map layer could not be exported to SVG for '{path}'."),
        Result.IteratorError: tr("The atlas pages of '{path}' could not be prepared; check the coverage layer."),
    }
    message = messages.get(result, tr("Unknown export error for '{path}'.")).format(path=path)
    if message and detail:
        message = "{message} ({detail})".format(message=message, detail=detail)
    return message


def check_writable(path: str | Path) -> Path:
    """The destination as a ``Path`` whose folder exists (created if needed) and accepts a new file."""
    target = Path(path)
    if target.is_dir():
        raise RalZuidError(tr("The output '{path}' is a folder; give a file name ending in .pdf.").format(path=path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".plankaart-", suffix=".probe", dir=str(target.parent))
        os.close(handle)
        os.remove(probe)
    except OSError as error:
        raise RalZuidError(
            tr("The output folder '{folder}' cannot be written: {error}").format(
                folder=str(target.parent), error=error.strerror or str(error)
            )
        ) from error
    return target


def _temporary_sibling(target: Path, suffix: str) -> Path:
    handle, name = tempfile.mkstemp(prefix=".{}-".format(target.stem), suffix=suffix, dir=str(target.parent))
    os.close(handle)
    return Path(name)


def pdf_settings(dpi: int = 200) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    settings.textRenderFormat = QgsRenderContext.TextRenderFormat.AlwaysText
    return settings


def write_pdf_metadata(path: Path, metadata: dict[str, str]) -> None:
    """Fill the PDF's document information (TITLE, SUBJECT, CREATOR, KEYWORDS) through GDAL's PDF driver.

    QGIS takes these from the project's metadata, which the analyst's project rarely has, and a plugin should
    not change the user's project to get them; GDAL updates the file in place (all pages, georeference kept).
    """
    dataset = gdal.Open(str(path), gdal.GA_Update)
    if dataset is None:
        raise RalZuidError(export_result_message(Result.FileError, str(path), gdal.GetLastErrorMsg()))
    for key, value in metadata.items():
        dataset.SetMetadataItem(key, value)
    del dataset  # closing writes the update


def export_atlas_pdf(
    layout: QgsPrintLayout,
    path: str | Path,
    feedback: QgsFeedback | None = None,
    dpi: int = 200,
    metadata: dict[str, str] | None = None,
) -> Path:
    """Export every atlas sheet of ``layout`` into one PDF at ``path`` (atomically), with ``metadata``."""
    target = check_writable(path)
    temporary = _temporary_sibling(target, ".pdf.tmp")
    try:
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(temporary), pdf_settings(dpi), feedback)
        if feedback is not None and feedback.isCanceled():
            raise CancelledError()
        if result != Result.Success:
            raise RalZuidError(export_result_message(result, str(target), error))
        if not temporary.is_file() or temporary.stat().st_size == 0:
            raise RalZuidError(export_result_message(Result.FileError, str(target)))
        if metadata:
            write_pdf_metadata(temporary, metadata)
        publish(temporary, target)
    finally:
        if temporary.exists():
            temporary.unlink()
    return target


def png_page_paths(pdf_path: Path, count: int) -> list[Path]:
    """``plankaart_blad01.png`` … beside ``plankaart.pdf``."""
    return [
        pdf_path.with_name("{stem}_blad{number:02d}.png".format(stem=pdf_path.stem, number=number))
        for number in range(1, count + 1)
    ]


def export_atlas_pngs(
    layout: QgsPrintLayout, pdf_path: Path, feedback: QgsFeedback | None = None, dpi: int = 150
) -> list[Path]:
    """One PNG per atlas sheet beside the PDF; all written to temporary names first, then moved."""
    atlas = layout.atlas()
    if not atlas.beginRender():
        raise RalZuidError(export_result_message(Result.IteratorError, str(pdf_path)))
    count = atlas.count()
    targets = png_page_paths(pdf_path, count)
    temporaries: list[Path] = []
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    # QGIS tries to georeference every image through GDAL, which cannot update PNG files: keep GDAL quiet.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        exporter = QgsLayoutExporter(layout)
        for index, target in enumerate(targets):
            if feedback is not None:
                if feedback.isCanceled():
                    raise CancelledError()
                feedback.setProgress(100.0 * index / max(count, 1))
            atlas.seekTo(index)
            temporary = _temporary_sibling(target, ".png")
            temporaries.append(temporary)
            result = exporter.exportToImage(str(temporary), settings)
            if result != Result.Success:
                raise RalZuidError(export_result_message(result, str(target)))
        for temporary, target in zip(temporaries, targets):
            publish(temporary, target)
    finally:
        gdal.PopErrorHandler()
        atlas.endRender()
        for temporary in temporaries:
            if temporary.exists():
                temporary.unlink()
    return targets
