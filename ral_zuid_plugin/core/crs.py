"""Coordinate reference systems used throughout the plugin."""

from __future__ import annotations

RD_NEW = "EPSG:28992"
"""Amersfoort / RD New: the Dutch national grid, the CRS of every output."""

WGS84 = "EPSG:4326"
