"""Addresses to coordinates: the PDOK Locatieserver client (over the core Transport) and its cache."""
