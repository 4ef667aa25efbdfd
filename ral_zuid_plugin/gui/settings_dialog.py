"""Settings of the submission channel: service URL, collection, authentication configuration, timeout.

Only the id of the QGIS authentication configuration is kept; the credentials stay in the QGIS authentication
database.
"""

from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, load_service_settings, save_service_settings
from ral_zuid_plugin.core.errors import RalZuidError
from ral_zuid_plugin.core.i18n import tr


class SubmissionSettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("RalZuidSubmissionSettings")
        self.setWindowTitle(tr("RAL Zuid – submission settings"))
        saved = load_service_settings()
        self.url_edit = QLineEdit(saved.service_url)
        self.url_edit.setPlaceholderText("https://expertisecentrum.example.nl/ogcapi")
        self.collection_edit = QLineEdit(saved.collection)
        self.auth_select = QgsAuthConfigSelect(self)
        self.auth_select.setConfigId(saved.authcfg)
        self.timeout_spin = QDoubleSpinBox()
        self.timeout_spin.setRange(1.0, 600.0)
        self.timeout_spin.setSuffix(" s")
        self.timeout_spin.setValue(saved.timeout_seconds)
        form = QFormLayout()
        form.addRow(tr("Service URL (OGC API - Features)"), self.url_edit)
        form.addRow(tr("Collection"), self.collection_edit)
        form.addRow(tr("Authentication"), self.auth_select)
        form.addRow(tr("Timeout per request"), self.timeout_spin)
        self.test_button = QPushButton(tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

    def settings(self) -> ServiceSettings:
        return ServiceSettings(
            self.url_edit.text().strip(),
            self.collection_edit.text().strip(),
            self.auth_select.configId() or "",
            self.timeout_spin.value(),
        )

    def accept(self) -> None:
        save_service_settings(self.settings())
        super().accept()

    def test_connection(self) -> None:
        """Read the collection's description through the QGIS network stack and say what happened."""
        from ral_zuid_plugin.adapters.submission_service import features_client
        from ral_zuid_plugin.core.submission.ogcapi import error_for_status

        try:
            client = features_client(self.settings())
            url = client.items_url.rsplit("/items", 1)[0] + "?f=json"
            response = client._call("GET", url)
            if response.status != 200:
                raise error_for_status(response, url)
            title = response.json().get("title", "")
            self.status_label.setText(tr("Connected: collection '{title}' found.").format(title=title))
        except RalZuidError as error:
            self.status_label.setText(error.message)
        except ValueError:
            self.status_label.setText(tr("The service answered, but not with JSON: is the URL right?"))


def open_settings_dialog(iface) -> None:
    dialog = SubmissionSettingsDialog(iface.mainWindow() if iface is not None else None)
    dialog.exec()
