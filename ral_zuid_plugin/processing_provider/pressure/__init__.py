"""Processing algorithms for charging pressure (laaddruk)."""
