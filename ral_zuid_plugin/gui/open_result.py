"""After a run in the QGIS desktop: offer to open the written file (the plankaart PDF) from the message bar."""

from __future__ import annotations

from pathlib import Path

from qgis.core import Qgis
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QPushButton

from ral_zuid_plugin.core.i18n import tr

# Objects the message bar shows must outlive the algorithm run; Qt owns the widget, Python the slot's closure.
_OFFERS: list[QPushButton] = []


def desktop_interface():
    """The QGIS desktop's ``iface``, or ``None`` headless (``qgis_process``, tests, ``make demo``)."""
    try:
        from qgis.utils import iface
    except ImportError:
        return None
    return iface


def offer_to_open(path: str | Path, title: str, iface=None) -> QPushButton | None:
    """Show "<title> written: <file>  [Open]" in the message bar; the button opens the file in its viewer.

    Returns the button (``None`` headless), so a test can press it.
    """
    iface = iface if iface is not None else desktop_interface()
    if iface is None or iface.messageBar() is None:
        return None
    target = Path(path)
    bar = iface.messageBar()
    message = bar.createMessage(title, tr("written to {path}").format(path=str(target)))
    button = QPushButton(tr("Open PDF"), message)
    button.setObjectName("ralzuid_open_result")
    button.clicked.connect(lambda _checked=False: QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))))
    message.layout().addWidget(button)
    bar.pushWidget(message, Qgis.MessageLevel.Success, 0)
    _OFFERS.append(button)
    del _OFFERS[:-5]
    return button
