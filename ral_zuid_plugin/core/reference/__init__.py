"""Bundled reference data for the region (municipalities, charging locations, road proxies)."""
