"""Algorithms for plankaarten (print-ready plan maps)."""
