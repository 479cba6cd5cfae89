"""Casework, third pass: layouts in Ukrainian, empty-list hints, why a hit was found, event spans."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from caseapp.domain.models import PrisonerRecord, TimelineEvent
from caseapp.records import list_entities
from tests.gui.conftest import unlock, wait_saved
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.matches import MatchesPage
from ui.pages.parts import PartDialog
from ui.pages.prisoner_editor import PrisonerEditor
from ui.pages.records import RecordsPage


@pytest.fixture
def ukrainian(window: MainWindow) -> Iterator[None]:
    yield None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")


def _page(window: MainWindow, key: str) -> RecordsPage:
    assert window.workspace is not None
    window.workspace.show_page(key)
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    return page


def test_ukrainian_navigation_shows_every_title_without_a_scrollbar_and_dates_fit(
    qtbot: QtBot, window: MainWindow, ukrainian: None
) -> None:
    unlock(qtbot, window)
    window.change_language("uk")
    assert window.workspace is not None
    nav = window.workspace.nav
    qtbot.waitUntil(lambda: nav.isVisible())
    assert not nav.horizontalScrollBar().isVisible()
    for row in range(nav.count()):
        text = nav.item(row).text()
        assert nav.visualItemRect(nav.item(row)).width() > nav.fontMetrics().horizontalAdvance(
            text
        ), text
    page = _page(window, "requests").list_page
    needed = page.date_from.fontMetrics().horizontalAdvance("2024-03-10")
    for edit in (page.date_from, page.date_to):
        assert edit.width() > needed


def test_empty_lists_say_what_to_do_next(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        lone = txn.create(PrisonerRecord(family_name="Бойко"))
    assert window.workspace is not None
    window.workspace.show_page("matches")
    matches = window.workspace.current_page()
    assert isinstance(matches, MatchesPage)
    qtbot.waitUntil(lambda: "No suggestion to review" in matches.empty_hint.text())
    assert not matches.empty_hint.isHidden()
    editor = _page(window, "prisoners").open_record(lone.id)
    assert isinstance(editor, PrisonerEditor)
    hint = editor.events.empty_hint
    assert "Add…" in hint.text() and not hint.isHidden()
    editor.events.model.append(TimelineEvent(prisoner_id=lone.id, kind="visit"))
    assert hint.isHidden()  # a row arrived: the hint goes


def test_search_results_show_why_another_form_of_a_name_was_found(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        txn.create(
            PrisonerRecord(family_name="Коваленко", given_name="Александр", patronymic="Петрович")
        )
    window.operations.did_change(txn.changes)  # as a save through the writer would
    page = _page(window, "prisoners").list_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.columnCount() == len(page.model.columns)  # no search: no extra column
    page.search_edit.setText("Kovalenko Oleksandr")
    qtbot.waitUntil(lambda: page.model.reason_column is not None and page.model.rowCount() == 1)
    column = page.model.reason_column
    assert column is not None
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Why found"
    reason = page.model.index(0, column).data()
    assert "Oleksandr" in reason and "Александр" in reason
    assert page.view.columnWidth(column) >= page.view.fontMetrics().horizontalAdvance(reason)
    family = page.model.columns.index("family_name")
    assert page.model.index(0, family).data() == "Коваленко"  # columns after it not shifted
    after = page.model.columns[page.model.columns.index("patronymic") + 1]
    assert page.model.field_at(column + 1) == after  # the columns after it keep their data
    page.search_edit.setText("Коваленко")
    qtbot.waitUntil(lambda: page.model.reason_column is None)


def test_an_event_span_is_edited_saved_and_refused_when_it_ends_before_it_starts(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        person = txn.create(PrisonerRecord(family_name="Бойко"))
    editor = _page(window, "prisoners").open_record(person.id)
    assert isinstance(editor, PrisonerEditor)
    item = editor.events.new_item()
    dialog = PartDialog(item, editor.events.form_fields, "Event")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.form.set_values(
        {"kind": "transfer", "event_date": "2023-05", "event_date_to": "2023-03"}
    )
    ok.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Ends before it starts" in dialog.form.fields["event_date_to"].error.text()
    dialog.form.set_values(
        {"kind": "transfer", "event_date": "2023-03", "event_date_to": "2023-05"}
    )
    ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    editor.events.model.append(dialog.result_item())
    editor.events.changed.emit()
    row = editor.events.model.columns.index("event_date_to")
    assert editor.events.model.index(0, row).data() == "2023-05"
    assert editor.save()
    wait_saved(qtbot, editor)
    stored = [
        (e.kind, e.event_date, e.event_date_to) for e in list_entities(session.conn, TimelineEvent)
    ]
    assert stored == [("transfer", "2023-03", "2023-05")]


def test_ukrainian_part_tables_show_whole_headers_and_the_task_title_is_not_cut(
    qtbot: QtBot, window: MainWindow, ukrainian: None
) -> None:
    session = unlock(qtbot, window)
    window.change_language("uk")
    with session.transaction("seed") as txn:
        person = txn.create(PrisonerRecord(family_name="Бойко"))
    editor = _page(window, "prisoners").open_record(person.id)
    assert isinstance(editor, PrisonerEditor)
    for parts in (editor.sources, editor.events, editor.detentions, editor.name_forms):
        tab = next(
            i for i in range(editor.tabs.count()) if editor.tabs.widget(i).isAncestorOf(parts)
        )
        editor.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(parts.view.isVisible)
        header = parts.view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(parts.model.columnCount()):
            text = parts.model.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
    panel = window.task_panel
    panel.show_title("Пошук збігів…")
    assert panel.label.minimumWidth() >= panel.label.fontMetrics().horizontalAdvance(
        "Пошук збігів…"
    )
