"""Submitting candidate snellaadlocaties to the expertisecentrum: package, validation, outbox, OGC API client.

Pure Python (no QGIS, no Qt): the QGIS network stack plugs in through :mod:`.transport`.
"""
