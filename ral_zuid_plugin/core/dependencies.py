"""The Python packages the plugin needs besides QGIS, and which of them are missing.

QGIS on Windows (OSGeo4W) and macOS ships most of them, but not always all; a missing one
must never stop QGIS from loading the plugin. The plugin reports what is missing once, and
each algorithm that needs it stays out of the toolbox.
"""

from __future__ import annotations

import importlib.util

REQUIRED_PACKAGES = ("numpy", "pandas", "geopandas", "shapely", "pyproj", "scipy", "openpyxl", "jsonschema")


def missing_packages(names: tuple[str, ...] = REQUIRED_PACKAGES) -> list[str]:
    """The names in ``names`` that cannot be imported here."""
    return [name for name in names if importlib.util.find_spec(name) is None]


def missing_module_name(error: ImportError) -> str:
    """The top-level package an ``ImportError`` is about (``scipy`` for ``scipy.spatial``)."""
    return (getattr(error, "name", None) or str(error)).split(".")[0]
