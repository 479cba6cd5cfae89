"""Import and export through the dialogs, attachments, and qtmodeltester on every custom model."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from caseapp.attachments import attachment_data, list_attachments
from caseapp.domain.models import (
    ContactLog,
    ImportBatch,
    NameForm,
    PrisonerRecord,
    TracingRequest,
)
from caseapp.history import entity_history
from caseapp.listing import keys_of
from caseapp.records import list_entities
from caseapp.store import Session
from tests.gui.conftest import unlock
from ui.main_window import MainWindow
from ui.models.record_table import RecordTableModel
from ui.operations import Operations
from ui.pages import import_wizard
from ui.pages.export_dialog import ExportDialog
from ui.pages.history import HistoryModel
from ui.pages.import_wizard import ImportWizard
from ui.pages.parts import PartsModel
from ui.pages.records import RecordsPage

ROWS = [
    ["surname", "first_name", "dob", "unit"],
    ["Бойко", "Іван", "1990-05-01", "в/ч А0501"],
    ["Мороз", "Петро", "1990-13-45", ""],  # the bad row: month 13
    ["Коваль", "Андрій", "1985", ""],
]


def _write(path: Path) -> Path:
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(ROWS)
    else:
        book = openpyxl.Workbook()
        for row in ROWS:
            book.active.append(row)
        book.save(path)
    return path


def _records_page(window: MainWindow, key: str) -> RecordsPage:
    assert window.workspace is not None
    window.workspace.show_page(key)
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    return page


def _run_wizard_to_report(qtbot: QtBot, page: RecordsPage, path: Path) -> ImportWizard:
    page.list_page.import_button.click()
    wizard = page.list_page.import_wizard
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1, timeout=10_000)
    assert wizard.preview.rowCount() == 3 and wizard.preview.item(0, 0).text() == "Бойко"
    assert wizard.mapping() == {0: "family_name", 1: "given_name", 2: "birth_date", 3: "unit"}
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 2, timeout=10_000)
    return wizard


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_import_reports_the_bad_row_and_imports_nothing_half(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, suffix: str
) -> None:
    session = unlock(qtbot, window)
    page = _records_page(window, "prisoners")
    wizard = _run_wizard_to_report(qtbot, page, _write(tmp_path / f"list{suffix}"))
    assert wizard.invalid_list.count() == 1
    assert wizard.invalid_list.item(0).text() == "Row 3: Date of birth: Month 13 does not exist."
    assert not wizard.next_button.isEnabled()  # refused whole while a row is invalid
    assert list_entities(session.conn, PrisonerRecord) == []
    wizard.skip_invalid.setChecked(True)  # the user decides to leave the bad row out
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 3, timeout=10_000)
    records = list_entities(session.conn, PrisonerRecord)
    assert sorted(r.family_name or "" for r in records) == ["Бойко", "Коваль"]
    (batch,) = list_entities(session.conn, ImportBatch)
    assert batch.source_name == f"list{suffix}" and batch.source_sha256 in wizard.done_label.text()
    assert all(r.import_batch_id == batch.id for r in records)
    qtbot.waitUntil(lambda: page.list_page.model.rowCount() == 2, timeout=5000)


def test_a_cancelled_import_leaves_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: Any
) -> None:
    session = unlock(qtbot, window)
    page = _records_page(window, "prisoners")
    wizard = _run_wizard_to_report(qtbot, page, _write(tmp_path / "list.csv"))
    real_apply = import_wizard.apply_import

    def cancel_then_apply(session: Session, plan: Any, progress: Any, **kw: Any) -> Any:
        progress.cancel()  # what the progress dialog's Cancel button does, made deterministic
        return real_apply(session, plan, progress, **kw)

    monkeypatch.setattr(import_wizard, "apply_import", cancel_then_apply)
    wizard.skip_invalid.setChecked(True)
    wizard.next_button.click()
    assert wizard.task is not None
    qtbot.waitUntil(lambda: not wizard.task.running, timeout=10_000)
    assert wizard.steps.currentIndex() == 2  # still on the report, nothing imported
    assert list_entities(session.conn, PrisonerRecord) == []
    assert list_entities(session.conn, ImportBatch) == []


def test_the_mapping_is_remembered_for_the_next_list(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    page = _records_page(window, "requests")
    path = tmp_path / "family.csv"
    path.write_text("ПІБ,Заявник\nБойко,Марія Бойко\n", encoding="utf-8")
    page.list_page.import_button.click()
    wizard = page.list_page.import_wizard
    wizard.path_edit.setText(str(path))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1, timeout=10_000)
    assert wizard.mapping() == {}
    wizard.combos[0].setCurrentIndex(wizard.combos[0].findData("family_name"))
    wizard.combos[1].setCurrentIndex(wizard.combos[1].findData("enquirer_name"))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 2, timeout=10_000)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 3, timeout=10_000)
    wizard.close()
    second = tmp_path / "family2.csv"
    second.write_text("ПІБ,Заявник\nМороз,Ольга Мороз\n", encoding="utf-8")
    page.list_page.import_button.click()
    wizard = page.list_page.import_wizard
    wizard.path_edit.setText(str(second))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.steps.currentIndex() == 1, timeout=10_000)
    assert wizard.mapping() == {0: "family_name", 1: "enquirer_name"}


def test_export_the_filtered_list_with_chosen_columns(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        txn.create(PrisonerRecord(family_name="Бойко", status="held"))
        txn.create(PrisonerRecord(family_name="Мороз", status="released"))
    page = _records_page(window, "prisoners")
    lp = page.list_page
    lp.status_combo.setCurrentIndex(lp.status_combo.findData("held"))
    qtbot.waitUntil(lambda: lp.model.rowCount() == 1 and not lp.runner.pending, timeout=5000)
    lp.export_button.click()
    dialog = lp.export_dialog
    dialog.columns.item(0).setCheckState(Qt.CheckState.Unchecked)  # drop "Reference"
    dialog.csv_radio.setChecked(True)
    target = tmp_path / "held.csv"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=10_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["family_name", "given_name", "patronymic", "birth_date", "category",
                       "status", "unit", "capture_date"]  # fmt: skip
    assert len(rows) == 2 and rows[1][0] == "Бойко"


def test_attachments_round_trip(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        record = txn.create(PrisonerRecord(family_name="Бойко"))
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    scan = tmp_path / "capture-card.png"
    assert image.save(str(scan))
    editor = _records_page(window, "prisoners").open_record(record.id)
    assert editor is not None
    panel = editor.attachments
    assert panel.add_button.isEnabled()
    panel.add_file(scan)
    qtbot.waitUntil(lambda: panel.list.count() == 1, timeout=10_000)
    (info,) = list_attachments(session.conn, record.id)
    assert attachment_data(session.conn, info.id) == scan.read_bytes()
    assert scan.read_bytes() not in session.vault.path.read_bytes()  # encrypted at rest
    panel.list.setCurrentRow(0)
    panel.view_selected()
    shown = panel.viewer.image
    assert (shown.width(), shown.height()) == (64, 48)
    assert shown.pixelColor(10, 10) == QColor("#336699")
    panel.viewer.close()
    assert any(e.entity_type == "attachment" for e in entity_history(session.conn, record.id))


def test_a_new_record_must_be_saved_before_attaching(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    editor = _records_page(window, "requests").open_record(None)
    assert editor is not None and not editor.attachments.add_button.isEnabled()
    assert "Save the record first" in editor.attachments.hint.text()


# --- qtmodeltester on every custom model -------------------------------------------------------


def test_record_table_model(qtmodeltester: Any, session: Session) -> None:
    with session.transaction("seed") as txn:
        ids = [txn.create(PrisonerRecord(family_name=f"Бойко{i}")).id for i in range(30)]
    model = RecordTableModel(session, "prisoners", ["ref", "family_name", "status"])
    keys = keys_of(session.conn, "prisoners", ids)
    model.set_keys([*(keys[i] for i in ids), 10**9])  # a vanished record must not break it
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Бойко0" and model.id_at(0) == ids[0]
    assert model.index(30, 1).data() is None
    assert not model.flags(model.index(30, 1)) & Qt.ItemFlag.ItemIsEnabled


def test_parts_model(qtmodeltester: Any) -> None:
    model = PartsModel(["family_name", "script", "source_kind"])
    model.set_items([NameForm(owner_id="x", family_name="Kovalenko", script="latin")])
    model.append(NameForm(owner_id="x", family_name="Коваленко", script="cyrillic_uk"))
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == "Ukrainian Cyrillic"


def test_history_model(qtmodeltester: Any, session: Session) -> None:
    with session.transaction("seed") as txn:
        request = txn.create(TracingRequest(enquirer_name="Мати", family_name="Бойко"))
        txn.create(ContactLog(request_id=request.id, summary="Дзвінок"))
    with session.transaction("edit") as txn:
        txn.update(TracingRequest, request.id, status="in_progress")
    model = HistoryModel()
    model.set_entries(entity_history(session.conn, request.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert (model.index(0, 4).data(), model.index(0, 5).data()) == ("Open", "Tracing in progress")


def test_export_dialog_defaults_to_the_list_columns(qtbot: QtBot, session: Session) -> None:
    from caseapp.listing import ListFilter

    dialog = ExportDialog(session, "requests", ListFilter(), None, False, 0)
    qtbot.addWidget(dialog)
    assert "enquirer_name" in dialog.chosen_columns() and "notes" not in dialog.chosen_columns()
    _ = Operations  # the dialog needs no broadcast: it changes nothing
