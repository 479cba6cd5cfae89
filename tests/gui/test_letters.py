"""The letters screen through real widgets: dialog, register, batch on the worker, profile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.errors import Cancelled
from caseapp.letters import (
    LetterBlocked,
    LetterQuery,
    LetterSpec,
    generate_letter,
    letter_state,
    load_profile,
    preview_letter,
    render_sample,
    save_profile,
    search_letters,
)
from caseapp.settings import MachineSettings
from caseapp.store import Session
from tests.conftest import make_account
from tests.gui.conftest import unlock
from tests.letters.helpers import PROFILE, add_case
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.letters import LettersPage, LetterTableModel, NewLetterDialog
from ui.pdf_view import PdfView, print_on
from ui.worker import close_vault_now, database_pool

TIMEOUT = 15_000


def wait_task(qtbot: QtBot, holder: Any) -> None:
    qtbot.waitUntil(lambda: holder.task is not None and not holder.task.running, timeout=TIMEOUT)


def letters_page(qtbot: QtBot, win: MainWindow) -> LettersPage:
    assert win.workspace is not None
    win.workspace.show_page("letters")
    page = win.workspace.current_page()
    assert isinstance(page, LettersPage)
    wait_task(qtbot, page)
    return page


def refreshed(qtbot: QtBot, page: LettersPage) -> LettersPage:
    page.refresh()
    wait_task(qtbot, page)
    return page


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Errors the worker would show in a message box (which would block the test)."""
    shown: list[BaseException] = []
    monkeypatch.setattr("ui.worker.show_error", lambda _parent, error: shown.append(error))
    return shown


def test_generate_from_the_dialog_and_see_it_in_the_register(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    case = add_case(session)
    page = letters_page(qtbot, window)
    dialog = page.new_letter(case.request.ref or "")
    wait_task(qtbot, dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("confirmation_held"))
    dialog.preview_button.click()
    wait_task(qtbot, dialog)
    assert dialog.view.images and not dialog.refusal_label.isVisible()
    assert search_letters(session.conn, LetterQuery()) == []  # a preview records nothing

    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    assert dialog.viewer is not None and dialog.viewer.print_button.isVisible()
    (letter,) = search_letters(session.conn, LetterQuery())
    qtbot.waitUntil(lambda: [r.ref for r in page.model.rows] == [letter.ref], timeout=TIMEOUT)

    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    assert dialog.viewer.save_as() == target
    assert target.read_bytes() == dialog.viewer.pdf
    dialog.viewer.reject()
    dialog.reject()


def test_refusal_shown_inline_with_every_reason_and_nothing_recorded(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    case = add_case(session, address=None, link_status=None)
    spec = LetterSpec("confirmation_held", case.request.id)
    with pytest.raises(LetterBlocked) as blocked:
        preview_letter(session, spec)
    assert len(blocked.value.refusals) >= 2
    page = letters_page(qtbot, window)
    dialog = page.new_letter(case.request.ref or "")
    wait_task(qtbot, dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("confirmation_held"))
    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    assert dialog.refusal_label.isVisible()
    shown = dialog.refusal_label.text()
    assert all(refusal.message_in("en") in shown for refusal in blocked.value.refusals)
    assert dialog.viewer is None
    assert search_letters(session.conn, LetterQuery()) == []
    dialog.reject()


def test_mark_posted_then_cancelled(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    case = add_case(session, prisoner_status=None)
    letter = generate_letter(session, LetterSpec("acknowledgement", case.request.id))
    page = refreshed(qtbot, letters_page(qtbot, window))
    page.select_ref(letter.ref or "")
    assert page.mark_actions["posted"].isEnabled()
    page.mark_actions["posted"].trigger()
    wait_task(qtbot, page)
    (stored,) = search_letters(session.conn, LetterQuery())
    assert letter_state(stored) == "posted"
    qtbot.waitUntil(lambda: letter_state(page.model.rows[0]) == "posted", timeout=TIMEOUT)

    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *a: answers.pop(0))
    page.mark_actions["cancelled"].trigger()  # answered No: nothing happens
    assert letter_state(search_letters(session.conn, LetterQuery())[0]) == "posted"
    page.mark_actions["cancelled"].trigger()
    wait_task(qtbot, page)
    assert letter_state(search_letters(session.conn, LetterQuery())[0]) == "cancelled"
    qtbot.waitUntil(lambda: not page.mark_button.isEnabled(), timeout=TIMEOUT)


def test_news_of_death_is_approved_by_a_second_account_only(
    qtbot: QtBot, window: MainWindow, errors: list[BaseException]
) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    make_account(session, "kostya", "coordinator")
    case = add_case(session, prisoner_status="deceased", status_date="2026-10-03")
    letter = generate_letter(session, LetterSpec("death_notification", case.request.id))
    page = refreshed(qtbot, letters_page(qtbot, window))
    page.select_ref(letter.ref or "")
    assert page.approve_action.isEnabled() and not page.open_action.isEnabled()
    page.approve_action.trigger()
    wait_task(qtbot, page)
    viewer = page.dialog
    assert viewer is not None and not viewer.print_button.isVisible()  # type: ignore[attr-defined]
    viewer.approve_button.click()  # type: ignore[attr-defined]
    wait_task(qtbot, page)
    assert len(errors) == 1  # the same account may not approve
    (stored,) = search_letters(session.conn, LetterQuery())
    assert letter_state(stored) == "awaiting_approval"
    viewer.reject()

    window.lock()
    second = unlock(qtbot, window, user="kostya")
    page = refreshed(qtbot, letters_page(qtbot, window))
    page.select_ref(letter.ref or "")
    assert not page.profile_action.isEnabled()  # admins only
    page.approve(letter.id)
    wait_task(qtbot, page)
    (stored,) = search_letters(second.conn, LetterQuery())
    assert letter_state(stored) == "generated" and stored.approved_by == second.account.id
    qtbot.waitUntil(lambda: page.open_action.isEnabled(), timeout=TIMEOUT)


def _owed_batch(qtbot: QtBot, window: MainWindow, count: int) -> tuple[Session, Any]:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    for i in range(count):
        add_case(session, enquirer=f"Enquirer {i}", prisoner_status=None)
    add_case(session, address=None, prisoner_status=None)  # skipped: no postal address
    page = letters_page(qtbot, window)
    dialog = page.batch()
    wait_task(qtbot, dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("acknowledgement"))
    dialog.find_button.click()
    wait_task(qtbot, dialog)
    assert len(dialog.request_ids) == count + 1
    return session, dialog


def test_batch_cancelled_on_the_worker_records_nothing(qtbot: QtBot, window: MainWindow) -> None:
    session, dialog = _owed_batch(qtbot, window, 3)
    gate = threading.Event()
    database_pool().start(gate.wait)  # hold the worker so Cancel comes before the batch runs
    dialog.generate_button.click()
    dialog.task.cancel()
    gate.set()
    wait_task(qtbot, dialog)
    assert isinstance(dialog.task.error, Cancelled)
    assert dialog.batch_result is None
    assert search_letters(session.conn, LetterQuery()) == []
    dialog.reject()


def test_batch_completed_and_saved_to_a_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, dialog = _owed_batch(qtbot, window, 2)
    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    result = dialog.batch_result
    assert result is not None and len(result.letters) == 2 and len(result.skipped) == 1
    assert dialog.skipped_table.rowCount() == 1
    folder = tmp_path / "out"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder)
    )
    merged = tmp_path / "merged.pdf"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(merged), "")
    )
    dialog.save_folder_button.click()
    dialog.save_merged_button.click()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{r.ref}.pdf" for r in result.letters
    )
    assert len(PdfReader(merged).pages) == result.pages
    assert len(search_letters(session.conn, LetterQuery())) == 2
    dialog.reject()


def test_pdf_view_renders_pages_and_prints_to_a_pdf_file(qtbot: QtBot, tmp_path: Path) -> None:
    view = PdfView()
    qtbot.addWidget(view)
    pdf = render_sample("acknowledgement", "uk")
    view.set_pdf(pdf)
    assert len(view.images) == 1
    image = view.images[0]
    assert image.width() > 500 and image.height() > 700
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert QColor("white").name() in colours and len(colours) > 2  # text on paper
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    print_on(printer, pdf)
    assert len(PdfReader(out).pages) == 1


def test_specimen_renders(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    page = letters_page(qtbot, window)
    dialog = page.specimens()
    wait_task(qtbot, dialog)
    assert dialog.view.images
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    wait_task(qtbot, dialog)
    assert dialog.view.images and not dialog.error_label.isVisible()
    dialog.reject()


def test_profile_dialog_saves(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    page = letters_page(qtbot, window)
    assert page.profile_action.isEnabled()
    dialog = page.edit_profile()
    wait_task(qtbot, dialog)
    dialog.names["uk"].setText("Товариство Червоного Хреста")
    dialog.signatures["uk"].setPlainText("Ірина Ґудзь\nслужба розшуку")
    dialog.prefix_edit.setText("TCH")
    logo = QImage(40, 20, QImage.Format.Format_RGB888)
    logo.fill(QColor("navy"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    logo.save(buffer, "PNG")
    dialog.set_logo(bytes(data.data()))
    dialog.buttons.accepted.emit()
    wait_task(qtbot, dialog)
    profile = load_profile(session.conn)
    assert profile.name == {"uk": "Товариство Червоного Хреста"}
    assert profile.signature["uk"] == "Ірина Ґудзь\nслужба розшуку"
    assert profile.reference_prefix == "TCH" and profile.logo == bytes(data.data())


def test_register_model(qtmodeltester: Any, session: Session) -> None:
    save_profile(session, PROFILE)
    case = add_case(session, prisoner_status=None)
    generate_letter(session, LetterSpec("acknowledgement", case.request.id))
    model = LetterTableModel()
    model.set_rows(search_letters(session.conn, LetterQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_write_a_letter_from_the_request_editor(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    case = add_case(session)
    assert window.workspace is not None
    window.workspace.show_page("requests")
    records = window.workspace.current_page()
    editor = records.open_record(case.request.id)  # type: ignore[attr-defined]
    assert editor.letter_button.isEnabled()
    editor.letter_button.click()
    dialog = editor.letter_dialog
    assert dialog.request_edit.text() == case.request.ref
    wait_task(qtbot, dialog)
    dialog.reject()


def test_find_the_request_by_name_in_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    case = add_case(session, family_name="Шевчук")
    add_case(session)
    page = letters_page(qtbot, window)
    dialog = page.new_letter()
    wait_task(qtbot, dialog)
    dialog.request_edit.setText("шевчук")
    dialog.find_button.click()
    wait_task(qtbot, dialog)
    assert dialog.matches_combo.count() == 1
    assert dialog.request_edit.text() == case.request.ref
    other = add_case(session, family_name="Шевчук")
    dialog.request_edit.setText("шевчук")
    dialog.find_button.click()
    wait_task(qtbot, dialog)
    assert dialog.matches_combo.count() == 2
    dialog.matches_combo.setCurrentIndex(dialog.matches_combo.findData(other.request.ref))
    assert dialog.request_edit.text() == other.request.ref
    dialog.reject()


def test_correct_a_letter(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    case = add_case(session)
    letter = generate_letter(session, LetterSpec("confirmation_held", case.request.id))
    page = refreshed(qtbot, letters_page(qtbot, window))
    page.select_ref(letter.ref or "")
    page.correct_action.trigger()
    wait_task(qtbot, page)
    dialog = page.dialog
    assert isinstance(dialog, NewLetterDialog)
    wait_task(qtbot, dialog)
    assert dialog.request_edit.text() == case.request.ref
    assert dialog.kind_combo.currentData() == "confirmation_held"
    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    newest = search_letters(session.conn, LetterQuery())[0]
    assert newest.id != letter.id and newest.corrects_id == letter.id
    assert dialog.viewer is not None
    dialog.viewer.reject()
    dialog.reject()


def test_refusals_in_the_interface_language(qtbot: QtBot, vault_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "uk")
    try:
        win = MainWindow(vault_path, MachineSettings())
        qtbot.addWidget(win)
        win.show()
        session = unlock(qtbot, win)
        save_profile(session, PROFILE)
        case = add_case(session, address=None, link_status=None)
        page = letters_page(qtbot, win)
        dialog = page.new_letter(case.request.ref or "")
        wait_task(qtbot, dialog)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("confirmation_held"))
        dialog.preview_button.click()
        wait_task(qtbot, dialog)
        with pytest.raises(LetterBlocked) as blocked:
            preview_letter(session, LetterSpec("confirmation_held", case.request.id))
        shown = dialog.refusal_label.text()
        assert shown.startswith("Цей лист не можна створити")
        assert all(r.message_in("uk") in shown for r in blocked.value.refusals)
        dialog.reject()
        close_vault_now(session.vault)
        win.session = None
    finally:
        install_language(app, "en")


def test_a_second_acknowledgement_warns_before_it_is_made(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    case = add_case(session, prisoner_status=None)
    generate_letter(session, LetterSpec("acknowledgement", case.request.id))
    page = letters_page(qtbot, window)
    dialog = page.new_letter(case.request.ref or "")
    wait_task(qtbot, dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("acknowledgement"))
    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    assert dialog.warning_label.isVisible() and "already had" in dialog.warning_label.text()
    assert len(search_letters(session.conn, LetterQuery())) == 1  # nothing made yet
    assert dialog.generate_button.text() == "Generate anyway"
    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    assert len(search_letters(session.conn, LetterQuery())) == 2
    assert dialog.viewer is not None
    dialog.viewer.reject()
    dialog.reject()


def test_news_of_death_by_post_needs_a_reason_in_the_dialog(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    case = add_case(session, prisoner_status="deceased", status_date="2026-10-03")
    page = letters_page(qtbot, window)
    dialog = page.new_letter(case.request.ref or "")
    wait_task(qtbot, dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("death_notification"))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("post"))
    assert dialog.reason_edit.isEnabled()
    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    assert dialog.refusal_label.isVisible() and "reason" in dialog.refusal_label.text()
    assert search_letters(session.conn, LetterQuery()) == []
    dialog.reason_edit.setText("The mother lives abroad")
    dialog.generate_button.click()
    wait_task(qtbot, dialog)
    (letter,) = search_letters(session.conn, LetterQuery())
    assert letter.delivery_method == "post"
    assert letter.delivery_reason == "The mother lives abroad"
    assert dialog.viewer is not None
    dialog.viewer.reject()
    dialog.reject()
