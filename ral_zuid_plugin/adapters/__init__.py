"""QGIS adapters: the glue between the pure core and QGIS (layers, feedback, log, i18n)."""
