"""The GeoTIFF writer: lossless values, nodata, and band statistics equal to GDAL's own ComputeStatistics."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal

from ral_zuid_plugin.adapters.raster_io import laaddruk_band, write_geotiff
from ral_zuid_plugin.core.pressure.grid import GridSpec
from ral_zuid_plugin.core.pressure.surfaces import NODATA, SurfaceBand


def test_values_written_losslessly_with_gdal_equal_statistics(tmp_path):
    grid = GridSpec(150_000.0, 380_000.0, 25.0, 700, 300)
    rng = np.random.default_rng(11)
    density = (rng.gamma(0.5, 20.0, grid.shape) * (rng.random(grid.shape) < 0.2)).astype(np.float32)
    pressure = rng.random(grid.shape).astype(np.float32)
    pressure[:, :350] = np.nan  # half the band without data
    bands = [
        SurfaceBand("laaddruk", "Laaddruk", "h", pressure),
        SurfaceBand("sessies_per_dag", "Sessies", "per km²", density),
    ]
    path = write_geotiff(tmp_path / "vlak.tif", grid, bands)
    dataset = gdal.Open(path)
    for number, original in ((1, pressure), (2, density)):
        band = dataset.GetRasterBand(number)
        stored = band.ReadAsArray()
        # lossless: every value back bit for bit, NaN written as the nodata value
        expected = np.where(np.isnan(original), np.float32(NODATA), original)
        assert stored.dtype == np.float32 and np.array_equal(stored.view(np.uint32), expected.view(np.uint32))
        written = band.GetMetadata()
        # second method: GDAL's ComputeStatistics over the written file (a copy, so the stored ones are not reused)
        copy = gdal.Translate(str(tmp_path / "kopie{}.tif".format(number)), dataset, bandList=[number], stats=False)
        copy.GetRasterBand(1).ComputeStatistics(False)
        by_gdal = copy.GetRasterBand(1).GetMetadata()
        # both stored as text with 14 significant digits: extremes and valid share equal, the sums to round-off
        for key in ("STATISTICS_MINIMUM", "STATISTICS_MAXIMUM", "STATISTICS_VALID_PERCENT"):
            assert written[key] == by_gdal[key]
        for key in ("STATISTICS_MEAN", "STATISTICS_STDDEV"):
            assert float(written[key]) == pytest.approx(float(by_gdal[key]), rel=1e-11)
    assert dataset.GetRasterBand(1).GetMetadataItem("STATISTICS_VALID_PERCENT") == "50"
    # zero cells: 80 % of band 2 and none of band 1 (half NaN, half positive) = 40 % of all: DEFLATE
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"


def test_mostly_zero_surfaces_are_written_with_packbits_losslessly(tmp_path):
    grid = GridSpec(150_000.0, 380_000.0, 25.0, 600, 400)
    rng = np.random.default_rng(12)
    density = np.zeros(grid.shape, dtype=np.float32)
    density[100:190, 200:300] = rng.gamma(2.0, 1.0, (90, 100)).astype(np.float32)  # 9,000 of 240,000 cells
    path = write_geotiff(tmp_path / "dun.tif", grid, [SurfaceBand("sessies_per_dag", "Sessies", "per km²", density)])
    dataset = gdal.Open(path)
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "PACKBITS"
    assert np.array_equal(dataset.GetRasterBand(1).ReadAsArray().view(np.uint32), density.view(np.uint32))
    # compressed: the 231,000 zero cells take runs of a few bytes, the 9,000 others 4 bytes each (+ headers)
    size = (tmp_path / "dun.tif").stat().st_size
    assert size < 0.1 * density.nbytes
    # exactly at the limit (3/4 zero) still PackBits; one cell fewer zero and it is DEFLATE
    quarter = np.zeros((4, 100), dtype=np.float32)
    quarter[0] = 1.0
    small = GridSpec(150_000.0, 380_000.0, 25.0, 100, 4)
    at_limit = write_geotiff(tmp_path / "grens.tif", small, [SurfaceBand("a", "a", "a", quarter)])
    quarter[1, 0] = 2.0
    above = write_geotiff(tmp_path / "boven.tif", small, [SurfaceBand("a", "a", "a", quarter)])
    assert gdal.Open(at_limit).GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "PACKBITS"
    assert gdal.Open(above).GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "DEFLATE"


def test_the_laaddruk_band_is_found_by_its_description(tmp_path):
    # by hand: band 1 sessions, band 2 "Laaddruk: ..." -> 2; a raster without such a band, or no raster, -> 1
    grid = GridSpec(150_000.0, 380_000.0, 25.0, 4, 3)
    ones = np.ones(grid.shape, dtype=np.float32)
    bands = [
        SurfaceBand("sessies_per_dag", "Sessies per dag", "per km²", ones),
        SurfaceBand("laaddruk", "Laaddruk: aansluituren per publiek laadpunt", "h", ones),
    ]
    both = write_geotiff(tmp_path / "beide.tif", grid, bands)
    assert laaddruk_band(both) == 2 and laaddruk_band(both + "|layername=x") == 2
    assert laaddruk_band(write_geotiff(tmp_path / "een.tif", grid, bands[:1])) == 1
    assert laaddruk_band(tmp_path / "bestaat_niet.tif") == 1
