"""Domain core: plain Python on pandas, geopandas, numpy, scipy and openpyxl.

Nothing in this package imports ``qgis`` or Qt, so it runs (and is tested) without QGIS.
"""
