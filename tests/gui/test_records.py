"""The record screens through real widgets: lists, search, editors, prompts, drafts, history."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.models import FactSource, NameForm, PrisonerRecord, TracingRequest
from caseapp.listing import ListFilter, query_ids
from caseapp.records import list_entities, load_entity
from caseapp.store import Session
from tests.gui.conftest import type_text, unlock, wait_saved
from ui.main_window import MainWindow
from ui.pages.editor import RecordEditor
from ui.pages.records import RecordsPage
from ui.query_runner import QueryRunner
from ui.worker import pending_closes


def _page(window: MainWindow, key: str) -> RecordsPage:
    assert window.workspace is not None
    window.workspace.show_page(key)
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    return page


def _wait_loaded(qtbot: QtBot, page: RecordsPage, rows: int) -> None:
    qtbot.waitUntil(
        lambda: not page.list_page.runner.pending and page.list_page.model.rowCount() == rows,
        timeout=5000,
    )


def _type(qtbot: QtBot, editor: RecordEditor, name: str, text: str) -> None:
    for form in editor.forms:
        if name in form.fields:
            widget = form.widget(name)
            assert isinstance(widget, QLineEdit)
            widget.selectAll()
            type_text(widget, text)
            return
    raise KeyError(name)


def _answer_prompt(editor: RecordEditor, button: QMessageBox.StandardButton) -> None:
    """Click a button of the unsaved-changes prompt once it is up (it is modal)."""

    def click() -> None:
        assert editor.prompt is not None, "no prompt shown"
        editor.prompt.button(button).click()

    QTimer.singleShot(50, click)


def _prisoners(session: Session) -> list[PrisonerRecord]:
    with session.transaction("seed") as txn:
        return [
            txn.create(PrisonerRecord(family_name="Коваленко", given_name="Олександр")),
            txn.create(PrisonerRecord(family_name="Коваленко", given_name="Сергій")),
            txn.create(PrisonerRecord(family_name="Шевченко", given_name="Тарас")),
        ]


def test_create_a_tracing_request_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    page = _page(window, "requests")
    _wait_loaded(qtbot, page, 0)
    qtbot.keyClick(page.list_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor is not None and not editor.exists
    _type(qtbot, editor, "family_name", "Бойко")
    _type(qtbot, editor, "given_name", "Іван")
    _type(qtbot, editor, "birth_date", "1990-05")
    _type(qtbot, editor, "enquirer_name", "Марія Бойко")
    assert editor.dirty
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_saved(qtbot, editor)  # the save runs on the writer thread, not the GUI thread
    assert editor.exists and not editor.dirty
    (stored,) = list_entities(session.conn, TracingRequest)
    assert (stored.family_name, stored.birth_date, stored.status) == ("Бойко", "1990-05", "open")
    assert stored.assigned_to == session.account.id
    assert stored.ref and stored.ref in editor.ref_label.text()  # beside the name, never cut
    editor.back_button.click()
    _wait_loaded(qtbot, page, 1)


def test_edit_a_prisoner_record_and_see_it_in_history(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    record = _prisoners(session)[2]
    page = _page(window, "prisoners")
    page.list_page.reload()
    _wait_loaded(qtbot, page, 3)
    row = page.list_page.model.row_of(record.id)
    assert row is not None
    view = page.list_page.view
    view.setFocus()
    view.setCurrentIndex(page.list_page.model.index(row, 1))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # keyboard: Enter opens the selected record
    editor = page.editor
    assert editor is not None and editor.record.id == record.id
    _type(qtbot, editor, "rank", "солдат")
    status = editor.forms[-1].widget("status")
    status.setCurrentIndex(status.findData("released"))  # type: ignore[attr-defined]
    editor.save_button.click()
    wait_saved(qtbot, editor)
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and (stored.rank, stored.status) == ("солдат", "released")
    editor.tabs.setCurrentWidget(editor.history)
    fields = [
        editor.history.model.index(r, 3).data() for r in range(editor.history.model.rowCount())
    ]
    assert "Rank" in fields and "Status" in fields
    old_new = {
        (editor.history.model.index(r, 4).data(), editor.history.model.index(r, 5).data())
        for r in range(editor.history.model.rowCount())
    }
    assert ("Unknown", "Released") in old_new
    assert "Released" in editor.status_history.text()


def test_a_bad_date_is_flagged_as_it_is_typed_and_blocks_saving(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    page = _page(window, "prisoners")
    editor = page.open_record(None)
    assert editor is not None
    _type(qtbot, editor, "family_name", "Мороз")
    _type(qtbot, editor, "birth_date", "1990-13-45")
    form = next(f for f in editor.forms if "birth_date" in f.fields)
    assert "Month 13 does not exist" in form.error_text("birth_date")
    editor.save_button.click()
    assert not editor.exists and list_entities(session.conn, PrisonerRecord) == []
    assert editor.error_label.isVisible()
    _type(qtbot, editor, "birth_date", "1990-12-25")
    assert form.error_text("birth_date") == ""
    editor.save_button.click()
    wait_saved(qtbot, editor)
    assert [p.birth_date for p in list_entities(session.conn, PrisonerRecord)] == ["1990-12-25"]


def test_a_required_field_is_reported_on_save_not_before(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    editor = _page(window, "requests").open_record(None)
    assert editor is not None
    _type(qtbot, editor, "family_name", "Бойко")
    form = next(f for f in editor.forms if "enquirer_name" in f.fields)
    assert form.error_text("enquirer_name") == ""
    editor.save_button.click()
    assert form.error_text("enquirer_name") == "Required."
    assert editor.tabs.currentIndex() == 1  # the tab holding the first error is shown


def test_unsaved_changes_prompt_cancel_then_discard(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    record = _prisoners(session)[0]
    page = _page(window, "prisoners")
    editor = page.open_record(record.id)
    assert editor is not None
    _type(qtbot, editor, "given_name", "Олексій")
    _answer_prompt(editor, QMessageBox.StandardButton.Cancel)
    editor.back_button.click()
    assert page.editor is editor and editor.dirty  # Cancel: still editing, nothing lost
    _answer_prompt(editor, QMessageBox.StandardButton.Discard)
    editor.back_button.click()
    assert page.editor is None and page.stack.currentWidget() is page.list_page
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and stored.given_name == "Олександр"


def test_unsaved_changes_prompt_save_when_switching_section(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    record = _prisoners(session)[0]
    page = _page(window, "prisoners")
    editor = page.open_record(record.id)
    assert editor is not None and window.workspace is not None
    _type(qtbot, editor, "given_name", "Олексій")
    _answer_prompt(editor, QMessageBox.StandardButton.Cancel)
    window.workspace.nav.setCurrentRow(0)
    assert window.workspace.current_page() is page  # stayed
    _answer_prompt(editor, QMessageBox.StandardButton.Save)
    window.workspace.nav.setCurrentRow(0)
    assert window.workspace.stack.currentIndex() == 0
    wait_saved(qtbot, editor)
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and stored.given_name == "Олексій"


def test_closing_the_window_asks_about_unsaved_changes(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    record = _prisoners(session)[0]
    editor = _page(window, "prisoners").open_record(record.id)
    assert editor is not None
    _type(qtbot, editor, "given_name", "Олексій")
    _answer_prompt(editor, QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible() and window.session is not None


def test_a_lock_keeps_a_draft_that_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    record = _prisoners(session)[0]
    editor = _page(window, "prisoners").open_record(record.id)
    assert editor is not None
    _type(qtbot, editor, "given_name", "Олексій")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None  # locked without asking: the idle lock cannot wait
    qtbot.waitUntil(lambda: pending_closes() == 0)  # the draft is written, then the vault closed
    session = unlock(qtbot, window)
    editor = _page(window, "prisoners").open_record(record.id)
    assert editor is not None
    form = next(f for f in editor.forms if "given_name" in f.fields)
    assert form.values()["given_name"] == "Олексій"
    assert editor.dirty and editor.banner.isVisible()
    editor.save_button.click()
    wait_saved(qtbot, editor)
    stored = load_entity(session.conn, PrisonerRecord, record.id)
    assert stored is not None and stored.given_name == "Олексій"
    assert session.conn.execute("SELECT count(*) FROM draft").fetchone()[0] == 0


def test_search_finds_the_same_people_in_both_scripts(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    first, second, _other = _prisoners(session)
    with session.transaction("form") as txn:
        txn.create(NameForm(owner_id=second.id, family_name="Kowalenko", script="latin"))
    page = _page(window, "prisoners")
    page.list_page.reload()
    _wait_loaded(qtbot, page, 3)
    box = page.list_page.search_edit
    found: list[set[str]] = []
    for typed in ("Коваленко", "Kovalenko", "коваленк"):
        box.clear()
        type_text(box, typed)
        _wait_loaded(qtbot, page, 2)
        found.append(set(page.list_page.model.record_ids()))
    assert found == [{first.id, second.id}] * 3
    box.clear()
    _wait_loaded(qtbot, page, 3)


def test_filters_and_saved_filters(qtbot: QtBot, window: MainWindow, monkeypatch: Any) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        txn.create(PrisonerRecord(family_name="Бойко", status="held"))
        txn.create(PrisonerRecord(family_name="Мороз", status="released", birth_date="1980"))
    page = _page(window, "prisoners")
    lp = page.list_page
    lp.reload()
    _wait_loaded(qtbot, page, 2)
    lp.status_combo.setCurrentIndex(lp.status_combo.findData("held"))
    _wait_loaded(qtbot, page, 1)
    monkeypatch.setattr(
        "ui.pages.record_list.QInputDialog.getText", lambda *a, **k: ("Held only", True)
    )
    lp.save_filter_button.click()  # saved on the writer thread
    qtbot.waitUntil(lambda: lp.saved_combo.findText("Held only") > 0)
    lp.clear_filters()
    _wait_loaded(qtbot, page, 2)
    index = lp.saved_combo.findText("Held only")
    assert index > 0
    lp.saved_combo.setCurrentIndex(index)
    lp.saved_combo.activated.emit(index)
    _wait_loaded(qtbot, page, 1)
    assert lp.status_combo.currentData() == "held"
    lp.clear_filters()
    lp.date_combo.setCurrentIndex(lp.date_combo.findData("birth_date"))
    qtbot.keyClicks(lp.date_from, "1979")
    qtbot.keyClicks(lp.date_to, "1981-06")
    _wait_loaded(qtbot, page, 1)


def test_sorting_by_a_column_requeries(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    _prisoners(session)
    page = _page(window, "prisoners")
    page.list_page.reload()
    _wait_loaded(qtbot, page, 3)
    column = page.list_page.model.columns.index("given_name")
    page.list_page.view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.list_page.model.index(0, column).data() == "Тарас", timeout=5000)
    expected = query_ids(
        session.conn, "prisoners", ListFilter(), sort_field="given_name", descending=True
    )
    assert page.list_page.model.record_ids() == expected


def test_sources_that_disagree_are_shown_side_by_side(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    record = _prisoners(session)[0]
    with session.transaction("sources") as txn:
        txn.create(
            FactSource(
                owner_id=record.id, field_name="status", value="held", source_kind="exchanged_list"
            )
        )
        txn.create(
            FactSource(
                owner_id=record.id, field_name="status", value="deceased", source_kind="media"
            )
        )
        txn.create(
            FactSource(owner_id=record.id, field_name="unit", value="в/ч 1", source_kind="family")
        )
    editor = _page(window, "prisoners").open_record(record.id)
    assert editor is not None
    text = editor.conflict_label.text()  # type: ignore[attr-defined]
    assert "Held" in text and "Deceased" in text and "Unit" not in text
    assert len(list_entities(session.conn, FactSource)) == 3  # nothing overwritten


def test_search_runs_off_the_gui_thread_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    import threading

    unlock(qtbot, window)
    lp = _page(window, "prisoners").list_page
    _wait_loaded(qtbot, _page(window, "prisoners"), 0)
    type_text(lp.search_edit, "Kovalen")
    assert lp.search_timer.isActive() and not lp.runner.pending  # nothing ran while typing
    with qtbot.waitSignal(lp.runner.finished, timeout=5000) as blocker:
        pass  # the pause ends, the query runs on the worker thread
    assert isinstance(blocker.args[0], list)  # row keys
    runner = QueryRunner()
    with qtbot.waitSignal(runner.finished, timeout=5000) as blocker:
        runner.submit(threading.get_ident)  # the same runner the list uses
    assert blocker.args[0] != threading.get_ident()


def test_search_box_finds_other_forms_of_a_given_name_and_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        russian = txn.create(PrisonerRecord(family_name="Коваленко", given_name="Александр"))
        ukrainian = txn.create(PrisonerRecord(family_name="Kovalenko", given_name="Oleksandr"))
        txn.create(PrisonerRecord(family_name="Коваленко", given_name="Олексій"))
        for n in range(60):
            txn.create(PrisonerRecord(family_name="Бойко", given_name=f"Тарас {n}"))
    page = _page(window, "prisoners")
    lp = page.list_page
    lp.reload()
    _wait_loaded(qtbot, page, 63)
    lp.view.scrollToBottom()
    assert lp.view.verticalScrollBar().value() > 0
    box = lp.search_edit
    for typed in ("Kovalenko Oleksandr", "Aleksandr Kovalenko", "Коваленко Олександр"):
        box.clear()
        type_text(box, typed)
        qtbot.waitUntil(lambda t=typed: lp.model.search_text == t, timeout=5000)  # type: ignore[misc]
        _wait_loaded(qtbot, page, 2)
        assert set(lp.model.record_ids()) == {russian.id, ukrainian.id}
        assert lp.view.verticalScrollBar().value() == 0  # new results start at the top
        assert "Why found" in lp.count_label.text()  # the reason is a column, read at once
    row = lp.model.row_of(russian.id)
    assert row is not None
    tip = lp.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "given name: Олександр = Александр"
    box.clear()
    _wait_loaded(qtbot, page, 63)
