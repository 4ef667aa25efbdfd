"""Colour classes for surface styles: round break values from the data, without Qt."""

from __future__ import annotations

import math

import numpy as np


def nice_number(value: float) -> float:
    """Round up to 1, 2, 2.5 or 5 times a power of ten."""
    if value <= 0 or not math.isfinite(value):
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * power + 1e-12:
            return factor * power
    return 10 * power


def ramp_breaks(values: np.ndarray, classes: int = 4) -> list[float]:
    """``classes + 1`` break values from 0 to a round number just above the 99th percentile of positive cells."""
    finite = values[values > 0]  # NaN is not > 0; one pass over the grid, the infinite test on the rest
    finite = finite[np.isfinite(finite)]
    # the selection is a fresh array: the percentile may partition it in place instead of copying it
    top = nice_number(float(np.percentile(finite, 99, overwrite_input=True))) if finite.size else 1.0
    return [top * i / classes for i in range(classes + 1)]


def diverging_breaks(values: np.ndarray) -> list[float]:
    """Five break values symmetric around 0, up to a round number above the 99th percentile of |value|."""
    finite = np.abs(values[np.isfinite(values) & (values != 0)])
    top = nice_number(float(np.percentile(finite, 99))) if finite.size else 1.0
    return [-top, -top / 2, 0.0, top / 2, top]


def fill_style_template(template: str, band: int, breaks: list[float]) -> str:
    text = template.replace("%BAND%", str(band))
    for index, value in enumerate(breaks):
        text = text.replace("%V{}%".format(index), "{:g}".format(value))
    return text
