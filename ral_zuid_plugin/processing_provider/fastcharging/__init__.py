"""Processing algorithms for fast-charge sites (snellaadlocaties)."""
