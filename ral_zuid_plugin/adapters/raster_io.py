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
from ral_zuid_plugin.core.pressure.surfaces import NODATA, SurfaceBand

CREATION_OPTIONS = ["COMPRESS=DEFLATE", "PREDICTOR=3", "ZLEVEL=1", "TILED=YES", "BIGTIFF=IF_SAFER", "NUM_THREADS=2"]
"""DEFLATE level 1: about a quarter less compression time than the default level 6 for files about 3 % larger."""


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


def _write(path: str, grid: GridSpec, bands: Sequence[SurfaceBand], metadata: dict) -> None:
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(path, grid.nx, grid.ny, len(bands), gdal.GDT_Float32, CREATION_OPTIONS)
    if dataset is None:
        raise RalZuidError(tr("Could not create the raster file '{path}'.").format(path=path))
    dataset.SetGeoTransform(grid.geotransform())
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.SetMetadata({str(k): str(v) for k, v in metadata.items()})
    for number, band in enumerate(bands, start=1):
        values = np.asarray(band.values, dtype=np.float32)
        if values.size and np.isnan(values.min()):  # min propagates NaN: a copy only for bands with NaN
            values = values.copy()
            values[np.isnan(values)] = NODATA
        raster_band = dataset.GetRasterBand(number)
        raster_band.SetNoDataValue(NODATA)
        raster_band.SetDescription(band.description)
        raster_band.SetUnitType(band.unit)
        raster_band.SetMetadata({"NAME": band.name, "UNIT": band.unit, **{k: str(v) for k, v in band.metadata.items()}})
        if raster_band.WriteArray(values) != 0:
            raise RalZuidError(tr("Could not write band {number} of '{path}'.").format(number=number, path=path))
        raster_band.ComputeStatistics(False)
    dataset.FlushCache()
    dataset = None


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
