"""Algorithms for the bundled reference data."""
