"""The submission and settings dialogs (built in code), driven headless against pygeoapi."""

from __future__ import annotations

import json
import time
import zipfile

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt

from ral_zuid_plugin.adapters.submission_settings import ServiceSettings, load_service_settings, save_service_settings
from ral_zuid_plugin.gui.settings_dialog import SubmissionSettingsDialog
from ral_zuid_plugin.gui.submission_dialog import SubmissionDialog
from tests.qgis.submission.conftest import CONTACT
from tests.qgis.submission.servers import COLLECTION


def fill_contact(dialog: SubmissionDialog) -> None:
    dialog.set_municipality(CONTACT["GEMEENTECODE"])  # the gemeente is chosen from the list by name (#18.8)
    keys = {"naam": "CONTACT_NAAM", "email": "CONTACT_EMAIL", "telefoon": "CONTACT_TELEFOON", "afdeling": "AFDELING"}
    for key, parameter in keys.items():
        dialog.contact_edits[key].setText(CONTACT[parameter])


def test_settings_dialog_saves_url_collection_and_only_the_authcfg_id(profile):
    dialog = SubmissionSettingsDialog()
    dialog.url_edit.setText(" https://ec.example.nl/ogc ")
    dialog.collection_edit.setText("aanmeldingen")
    dialog.auth_select.setConfigId("")
    dialog.accept()
    saved = load_service_settings()
    assert (saved.service_url, saved.collection, saved.authcfg) == ("https://ec.example.nl/ogc", "aanmeldingen", "")


def test_settings_dialog_connection_check_reports_the_collection(profile, server):
    dialog = SubmissionSettingsDialog()
    dialog.url_edit.setText(server.url)
    dialog.collection_edit.setText(COLLECTION)
    dialog.test_connection()
    assert dialog.status_label.text() == "Connected: collection 'Aanmeldingen snellaadlocaties' found."
    dialog.collection_edit.setText("bestaat-niet")
    dialog.test_connection()
    assert "(HTTP 404)" in dialog.status_label.text()


def test_dialog_validates_builds_sends_and_writes_reviews_onto_the_layer(
    profile, server, candidates_layer, reports, tmp_path
):
    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    QgsProject.instance().addMapLayer(candidates_layer)
    try:
        dialog = SubmissionDialog()
        dialog.layer_combo.setLayer(candidates_layer)
        assert dialog.candidate_list.count() == 3
        assert dialog.candidate_list.item(0).text() == "EHV-001 – P+R Meerhoven – positief"
        dialog.candidate_list.item(2).setCheckState(Qt.CheckState.Unchecked)  # EHV-003 is not submitted

        assert not dialog.check()  # the contact details are still empty
        # #18.8: each problem names the field by its label in the form, not its place in the document
        # the gemeente is one choice in the form (code and name from the list): one line when none is chosen
        assert dialog.validation_text.toPlainText().splitlines() == [
            "The submission is not valid (3 problems):",
            "Contact e-mail: is empty",
            "Municipality: is empty",
            "Contact person: is empty",
        ]
        fill_contact(dialog)
        dialog.reports_widget.setFilePath(str(reports))
        output = tmp_path / "aanmelding.zip"
        dialog.output_widget.setFilePath(str(output))
        assert dialog.check()
        assert dialog.validation_text.toPlainText() == "The submission is valid: 2 candidates."

        dialog.build(send=True, run_as_task=False)
        with zipfile.ZipFile(output) as archive:
            manifest = json.loads(archive.read("manifest.json"))
        assert manifest["candidate_count"] == 2
        assert QgsSettings().value("ral_zuid/submission/contact/naam") == "J. Jansen"
        assert sorted(f["id"] for f in server.items()) == ["GM0772-EHV-001", "GM0772-EHV-002"]
        table = dialog.outbox_table
        assert table.rowCount() == 2
        assert [table.item(r, 2).text() for r in range(2)] == ["received", "received"]

        server.review("GM0772-EHV-002", "afgewezen", "Netcapaciteit ontbreekt")
        dialog.fetch_reviews(run_as_task=False)
        values = {
            f["kandidaat_id"]: (f["review_status"], f["review_opmerking"]) for f in candidates_layer.getFeatures()
        }
        assert values["EHV-002"] == ("afgewezen", "Netcapaciteit ontbreekt")
        assert values["EHV-001"] == ("ontvangen", "")
        assert [table.item(r, 4).text() for r in range(2)] == ["ontvangen", "afgewezen"]
    finally:
        QgsProject.instance().removeMapLayer(candidates_layer.id())


def test_dialog_refuses_a_site_outside_the_gemeente_unless_the_cross_border_box_is_ticked(
    profile, candidates_layer, reports, tmp_path
):
    # Issue 13 point 4, the dialog half: the same semantics as the CROSS_BORDER parameter. EHV-003 is moved onto
    # the Oeienbosch service area (RD 154560, 378480), which lies in Veldhoven (GM0861), not in Eindhoven (GM0772).
    from qgis.core import QgsGeometry, QgsPointXY

    candidates_layer.startEditing()
    feature = next(f for f in candidates_layer.getFeatures() if f["kandidaat_id"] == "EHV-003")
    candidates_layer.changeGeometry(feature.id(), QgsGeometry.fromPointXY(QgsPointXY(154560.0, 378480.0)))
    candidates_layer.commitChanges()
    QgsProject.instance().addMapLayer(candidates_layer)
    try:
        dialog = SubmissionDialog()
        dialog.layer_combo.setLayer(candidates_layer)
        fill_contact(dialog)
        dialog.reports_widget.setFilePath(str(reports))
        output = tmp_path / "grens.zip"
        dialog.output_widget.setFilePath(str(output))
        assert not dialog.cross_border_check.isChecked()  # never confirmed by default
        assert dialog.cross_border_check.text() == (
            "Confirm cross-border sites (candidates that lie outside the municipality)"
        )
        assert not dialog.check()
        assert dialog.validation_text.toPlainText().splitlines() == [
            "The submission is not valid (1 problem):",
            "Candidate EHV-003, field 'geometry': lies in Veldhoven (GM0861), not in GM0772: submit it through the "
            "gemeente it lies in, or confirm it as a cross-border site (option 'Confirm cross-border sites' of "
            "'Build submission package')",
        ]
        dialog.build(send=False, run_as_task=False)
        assert not output.exists()  # refused: nothing written

        dialog.cross_border_check.setChecked(True)
        assert dialog.check()
        assert dialog.validation_text.toPlainText() == "The submission is valid: 3 candidates."
        dialog.build(send=False, run_as_task=False)
        with zipfile.ZipFile(output) as archive:
            document = json.loads(archive.read("aanmelding.json"))
        site = next(c for c in document["candidates"] if c["kandidaat_id"] == "EHV-003")
        assert site["grensoverschrijdend"] == "Veldhoven (GM0861)"
        assert site["opmerkingen"].startswith(
            "Cross-border site: lies in Veldhoven (GM0861), submitted by GM0772 with confirmation"
        )
        others = [c for c in document["candidates"] if c["kandidaat_id"] != "EHV-003"]
        assert [c.get("grensoverschrijdend") for c in others] == [None, None]  # inside GM0772: not marked
    finally:
        QgsProject.instance().removeMapLayer(candidates_layer.id())


def test_building_runs_as_a_qgs_task(profile, candidates_layer, tmp_path):
    QgsProject.instance().addMapLayer(candidates_layer)
    try:
        dialog = SubmissionDialog()
        dialog.layer_combo.setLayer(candidates_layer)
        fill_contact(dialog)
        output = tmp_path / "taak.zip"
        dialog.output_widget.setFilePath(str(output))
        dialog.build(send=False)
        assert len(dialog.tasks) == 1
        deadline = time.time() + 30
        while QgsApplication.taskManager().countActiveTasks() and time.time() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.02)
        for _ in range(20):
            QCoreApplication.processEvents()
        assert output.is_file()
        assert dialog.validation_text.toPlainText() == f"Package saved: {output}"
        # The task manager has deleted the finished task; the retry timer's slot must still run without raising
        # (an exception in a Qt slot aborts the process under PyQt5 >= 5.5 outside QGIS).
        dialog.retry_due()
        dialog.build(send=False)
        assert len(dialog.tasks) == 1  # the deleted task is dropped, the new one kept
    finally:
        QgsProject.instance().removeMapLayer(candidates_layer.id())


def test_outbox_tab_sends_waiting_candidates_and_keeps_the_reason_without_url(profile, server, tmp_path):
    from ral_zuid_plugin.adapters.submission_settings import open_outbox

    outbox = open_outbox()
    feature = {
        "type": "Feature",
        "id": "GM0772-W001",
        "geometry": {"type": "Point", "coordinates": [5.47, 51.44]},
        "properties": {"kandidaat_id": "W001", "submission_id": "GM0772-20261127T110000Z"},
    }
    outbox.add_submission("GM0772-20261127T110000Z", "GM0772", str(tmp_path / "p.zip"), [feature])
    dialog = SubmissionDialog()
    assert dialog.retry_timer.isActive()
    dialog.resend(run_as_task=False)  # no service URL yet
    assert dialog.validation_text.toPlainText().startswith("No service URL is set.")
    assert dialog.outbox_table.item(0, 2).text() == "queued"
    assert dialog.outbox_table.item(0, 6).text().startswith("No service URL is set.")

    save_service_settings(ServiceSettings(server.url, COLLECTION, "", 5.0))
    dialog.resend(run_as_task=False, automatic=True)  # what the timer does for due candidates
    assert dialog.outbox_table.item(0, 2).text() == "received"
    assert [f["id"] for f in server.items()] == ["GM0772-W001"]


def test_dialog_has_help_and_close_buttons_and_help_opens_the_offline_page(profile, monkeypatch):
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from ral_zuid_plugin.gui import submission_dialog

    opened = []
    monkeypatch.setattr(submission_dialog.QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog = SubmissionDialog()
    box = dialog.button_box
    assert box.button(QDialogButtonBox.StandardButton.Close) is not None
    assert box.button(QDialogButtonBox.StandardButton.Help) is not None
    box.button(QDialogButtonBox.StandardButton.Help).click()
    assert len(opened) == 1 and opened[0].isLocalFile() and opened[0].toLocalFile().endswith("submit.html")
    dialog.show()
    box.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_the_gemeente_is_chosen_by_name_from_the_one_list_and_the_code_is_stored(profile):
    # #18.8: the same pick list as the algorithms' GEMEENTECODE parameter (gui/municipality_widget.py), fed by the
    # bundled list of the region: "Choose a municipality…" plus the 87 gemeenten of Noord-Brabant and Limburg.
    from ral_zuid_plugin.core.reference.municipalities import municipality_choices

    dialog = SubmissionDialog()
    combo = dialog.municipality_combo
    assert combo.count() == 1 + 87 and len(municipality_choices()) == 87
    assert combo.currentText() == "Choose a municipality…" and dialog.contact().gemeentecode == ""
    combo.setCurrentIndex(combo.findText("Eindhoven (GM0772)"))
    contact = dialog.contact()
    assert (contact.gemeentecode, contact.gemeentenaam) == ("GM0772", "Eindhoven")
    dialog.set_municipality("gm0935")  # a remembered code in any case
    assert combo.currentText() == "Maastricht (GM0935)"
    assert (dialog.contact().gemeentecode, dialog.contact().gemeentenaam) == ("GM0935", "Maastricht")
    # no typed code any more: the form has no text field for it
    assert "gemeentecode" not in dialog.contact_edits and "gemeentenaam" not in dialog.contact_edits
    # the dialog has Close and Help (Sluiten / Help in Dutch, see the desktop test)
    buttons = dialog.button_box.standardButtons()
    assert buttons & dialog.button_box.StandardButton.Close and buttons & dialog.button_box.StandardButton.Help
    dialog.close()
