"""GeoTIFF output of pressure surfaces with GDAL: float32, compressed, nodata, band names and units.

The file is written to a temporary name in the destination folder and moved into place
only when complete, so a failed or cancelled run never leaves a half-written raster.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from osgeo import gdal, osr

from ral_zuid_plugin.core.atomic_files import publish, temporary_file_beside
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr
from ral_zuid_plugin.core.pressure.grid import GridSpec
from ral_zuid_plugin.core.pressure.statistics import band_statistics
from ral_zuid_plugin.core.pressure.surfaces import NODATA, SurfaceBand

CREATION_OPTIONS = ["COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=1", "TILED=YES", "BIGTIFF=IF_SAFER", "NUM_THREADS=2"]
"""DEFLATE level 1: about a quarter less compression time than the default level 6 for files about 3 % larger."""

MOSTLY_ZERO_OPTIONS = ["COMPRESS=PACKBITS", "TILED=YES", "BIGTIFF=IF_SAFER", "NUM_THREADS=2"]
"""PackBits (run-length, baseline TIFF: every reader has it) for surfaces of mostly zero cells.

A region grid with a few thousand points spread over it is about three quarters zero cells: PackBits writes
it 3-4x faster than DEFLATE with the floating-point predictor (0.08 against 0.30 s for 30 million cells)
for a file about a fifth larger (29 against 24 MB; uncompressed 121 MB). Lossless, like DEFLATE. ZSTD would
be as fast but not every QGIS reads it (the macOS and Flatpak builds of 2022-2026 lack the codec).
"""

MOSTLY_ZERO_SHARE = 0.75
"""Share of cells exactly zero (over all bands) from which a file is written with PackBits."""


def write_geotiff(path: str | Path, grid: GridSpec, bands: Sequence[SurfaceBand], metadata: dict | None = None) -> str:
    """Write ``bands`` on ``grid`` (EPSG:28992) to ``path``; NaN becomes the nodata value -9999."""
    if not bands:
        raise RalZuidError(tr("There is no surface to write."))
    target = Path(path)
    temporary = str(temporary_file_beside(target, ".tif"))
    try:
        _write(temporary, grid, bands, metadata or {})
        publish(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.remove(temporary)
        raise
    return str(target)


def zero_counts(bands: Sequence[SurfaceBand]) -> list[int]:
    """Cells exactly +0.0 per band (NaN is not zero)."""
    counts = []
    for band in bands:
        values = np.ascontiguousarray(band.values, dtype=np.float32)
        counts.append(values.size - int(np.count_nonzero(values.view(np.uint32))))  # +0.0 is all zero bits; 10x faster
    return counts


def creation_options(bands: Sequence[SurfaceBand], zeros: Sequence[int] | None = None) -> list[str]:
    """PackBits when at least three quarters of all cells are exactly zero, DEFLATE otherwise (NaN is not zero)."""
    cells = sum(np.size(band.values) for band in bands)
    zero = sum(zero_counts(bands) if zeros is None else zeros)
    return MOSTLY_ZERO_OPTIONS if cells and zero >= MOSTLY_ZERO_SHARE * cells else CREATION_OPTIONS


def _write(path: str, grid: GridSpec, bands: Sequence[SurfaceBand], metadata: dict) -> None:
    driver = gdal.GetDriverByName("GTiff")
    zeros = zero_counts(bands)
    dataset = driver.Create(path, grid.nx, grid.ny, len(bands), gdal.GDT_Float32, creation_options(bands, zeros))
    if dataset is None:
        raise RalZuidError(tr("Could not create the raster file '{path}'.").format(path=path))
    dataset.SetGeoTransform(grid.geotransform())
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.SetMetadata({str(k): str(v) for k, v in metadata.items()})
    for number, (band, zero) in enumerate(zip(bands, zeros), start=1):
        values = np.asarray(band.values, dtype=np.float32)
        lowest = values.min() if values.size else None  # NaN if any cell is NaN (min propagates it)
        if lowest is not None and np.isnan(lowest):  # a copy only for bands with NaN
            values = values.copy()
            values[np.isnan(values)] = NODATA
            lowest = None
        raster_band = dataset.GetRasterBand(number)
        raster_band.SetNoDataValue(NODATA)
        raster_band.SetDescription(band.description)
        raster_band.SetUnitType(band.unit)
        raster_band.SetMetadata({"NAME": band.name, "UNIT": band.unit, **{k: str(v) for k, v in band.metadata.items()}})
        if raster_band.WriteArray(values) != 0:
            raise RalZuidError(tr("Could not write band {number} of '{path}'.").format(number=number, path=path))
        _set_statistics(raster_band, values, mostly_zero=2 * zero > values.size, lowest=lowest)
    dataset.FlushCache()
    dataset = None


def _set_statistics(
    raster_band: gdal.Band, values: np.ndarray, mostly_zero: bool = False, lowest: float | None = None
) -> None:
    """The band's statistics from the array (what ``ComputeStatistics`` would read back from the file, faster)."""
    statistics = band_statistics(values, NODATA, mostly_zero, lowest)
    if statistics is None:  # no valid cell: GDAL stores no statistics either
        return
    raster_band.SetStatistics(statistics.minimum, statistics.maximum, statistics.mean, statistics.std_dev)
    raster_band.SetMetadataItem("STATISTICS_VALID_PERCENT", "{:.4g}".format(statistics.valid_percent))


def read_band(path: str | Path, number: int = 1) -> tuple[np.ndarray, dict]:
    """A band as float array with NaN for nodata, and its description/unit/metadata (for tests and steps)."""
    dataset = gdal.Open(str(path))
    band = dataset.GetRasterBand(number)
    values = band.ReadAsArray().astype(float)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    info = {
        "description": band.GetDescription(),
        "unit": band.GetUnitType(),
        "metadata": band.GetMetadata(),
        "geotransform": dataset.GetGeoTransform(),
        "bands": dataset.RasterCount,
        "dtype": gdal.GetDataTypeName(band.DataType),
        "compression": dataset.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION"),
    }
    return values, info


def laaddruk_band(path: str | Path) -> int:
    """The band described as laaddruk itself (the measured raster has six bands), else band 1."""
    dataset = gdal.Open(str(path).split("|")[0])
    if dataset is None:
        return 1
    for number in range(1, dataset.RasterCount + 1):
        if (dataset.GetRasterBand(number).GetDescription() or "").lower().startswith("laaddruk"):
            return number
    return 1
