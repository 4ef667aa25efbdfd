"""Charging pressure (laaddruk): kernel surfaces on a fixed region grid, prognoses, gaps and proposals."""
