"""The expertisecentrum's submission server: PostgreSQL/PostGIS, pygeoapi and the gateway that decides who may
write what. Not part of the QGIS plugin (not in its zip); see docs/submission-protocol.md, section 5."""
