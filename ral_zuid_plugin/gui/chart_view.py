"""Draw a :class:`~ral_zuid_plugin.core.charts.ChartData` for the panel with matplotlib (which QGIS ships).

matplotlib draws with its own Agg renderer into memory and the panel shows the picture; no Qt backend of
matplotlib is involved, so this works whatever Qt binding QGIS uses.
"""

from __future__ import annotations

import math

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLocale
from qgis.PyQt.QtGui import QImage

from ral_zuid_plugin.core.charts import ChartData

COLOUR = "#2b6cb0"


def _number(value: float, decimals: int) -> str:
    """A number as the user's QGIS locale writes it (a decimal comma in Dutch)."""
    return QLocale(QgsApplication.locale()).toString(float(value), "f", decimals)


def render_chart(data: ChartData, width: int, height: int, dpi: float = 96.0) -> QImage:
    """The chart as an image of ``width`` x ``height`` pixels."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_subplot(1, 1, 1)
    labels = list(data.categories)
    values = [math.nan if v is None else v for v in data.values]
    positions = list(range(len(labels)))
    decimals = 0 if data.number_format in ("0", "#,##0") else 1
    if data.kind == "line":
        axes.plot(positions, values, color=COLOUR, marker="o", linewidth=2)
    elif data.kind == "bar":
        axes.barh(positions, values, color=COLOUR)
        axes.invert_yaxis()  # the first (largest) at the top, as in the workbook
    else:
        axes.bar(positions, values, color=COLOUR)
    value_axis = axes.xaxis if data.kind == "bar" else axes.yaxis
    value_axis.set_major_formatter(FuncFormatter(lambda v, _p: _number(v, decimals)))
    step = max(1, math.ceil(len(labels) / 12))  # at most ~12 category labels: 24 hours show every second one
    shown = positions[::step]
    if data.kind == "bar":
        axes.set_yticks(positions)
        axes.set_yticklabels(labels, fontsize=7)
        axes.set_xlim(left=0)
        axes.set_xlabel(data.value_title, fontsize=8)
    else:
        axes.set_xticks(shown)
        axes.set_xticklabels([labels[i] for i in shown], fontsize=7, rotation=45 if len(labels) > 6 else 0)
        axes.set_ylim(bottom=0)
        axes.set_ylabel(data.value_title, fontsize=8)
        axes.set_xlabel(data.category_title, fontsize=8)
    axes.tick_params(labelsize=7)
    axes.grid(axis="x" if data.kind == "bar" else "y", color="#dddddd")
    axes.set_axisbelow(True)
    axes.set_title(data.title, fontsize=9, fontweight="bold")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    canvas.draw()
    buffer = canvas.buffer_rgba()
    image = QImage(
        bytes(buffer),
        int(canvas.get_width_height()[0]),
        int(canvas.get_width_height()[1]),
        QImage.Format.Format_RGBA8888,
    )
    return image.copy()
