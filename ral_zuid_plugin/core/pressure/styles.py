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
    top = positive_percentile(values, 99.0)
    top = nice_number(top) if top is not None else 1.0
    return [top * i / classes for i in range(classes + 1)]


def positive_percentile(values: np.ndarray, q: float) -> float | None:
    """``np.percentile`` (linear interpolation) of the finite positive cells, the same number, without sorting them all.

    A surface of 30 million cells has up to 30 million positive cells, and partitioning them all costs 0.05-0.45 s.
    The percentile needs only two order statistics near the top: a strided sample gives a threshold below them,
    the cells at or above it are the candidates, and their count tells where the two order statistics lie
    among them. When the sample misjudges (too few candidates), all positive cells are used, as before.
    ``None`` when no cell is finite and positive.
    """
    flat = np.asarray(values).reshape(-1)
    count = int(np.count_nonzero(flat > 0))  # NaN is not > 0; +inf is, and is taken off below
    if count == 0:
        return None
    sample = flat[:: max(1, flat.size // 100_000)]
    sample = sample[(sample > 0) & np.isfinite(sample)]
    share = min(1.0, 3.0 * (100.0 - q) / 100.0 + 1000.0 / count)  # about three times the cells above the percentile
    threshold = float(np.quantile(sample, 1.0 - share)) if sample.size and share < 1.0 else 0.0
    candidates = flat[flat >= threshold] if threshold > 0 else flat[flat > 0]
    finite = np.isfinite(candidates)
    count -= int(candidates.size - np.count_nonzero(finite))  # the +inf cells (all >= threshold)
    candidates = candidates[finite]
    if count == 0:
        return None
    virtual = (count - 1) * (q / 100.0)  # numpy's linear method: (n - 1) q, between order statistics lo and lo + 1
    lo = count - 1 if virtual >= count - 1 else int(math.floor(virtual))
    first = lo - (count - candidates.size)  # where order statistic lo lies among the candidates
    if first < 0:  # the sample put the threshold too high: use every positive cell
        candidates = flat[flat > 0]
        candidates = candidates[np.isfinite(candidates)]
        first = lo
    if virtual >= count - 1:
        return float(candidates.max())
    candidates.partition([first, first + 1])
    below, above = candidates[first], candidates[first + 1]
    return _lerp(below, above, virtual - lo)


def _lerp(below: np.floating, above: np.floating, gamma: float) -> float:
    """numpy's interpolation between two order statistics (``numpy.lib.function_base._lerp``, numpy 1.22+)."""
    difference = float(above - below)  # in the array's precision, as numpy subtracts
    if gamma >= 0.5:
        return float(above) - difference * (1.0 - gamma)
    return float(below) + difference * gamma


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
