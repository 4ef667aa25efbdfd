"""ZES logistics algorithms."""
