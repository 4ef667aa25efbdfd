"""Screening of candidate fast-charge sites (snellaadlocaties) against the regional snellaadvisie."""
