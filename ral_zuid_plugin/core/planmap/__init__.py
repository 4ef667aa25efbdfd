"""Plankaarten (plan maps): the pure parts — texts, location table rows, page planning, sources.

Nothing here imports QGIS; the layout adapters (``adapters/layout_*.py``) put these pieces on paper.
"""
