"""Casework second pass (issue 10): links on both records, guarded decisions, form rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain.models import Link, PrisonerRecord, TracingRequest
from caseapp.store import Session
from tests.gui.conftest import unlock
from ui.main_window import MainWindow
from ui.pages.prisoner_editor import PrisonerEditor
from ui.pages.records import RecordsPage
from ui.pages.request_editor import RequestEditor


def _page(window: MainWindow, key: str) -> RecordsPage:
    assert window.workspace is not None
    window.workspace.show_page(key)
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    return page


def _linked_case(session: Session) -> tuple[TracingRequest, PrisonerRecord, PrisonerRecord]:
    with session.transaction("seed") as txn:
        request = txn.create(
            TracingRequest(family_name="Коваленко", given_name="Олександр", enquirer_name="Марія")
        )
        confirmed = txn.create(
            PrisonerRecord(family_name="Коваленко", given_name="Александр", status="held")
        )
        suggested = txn.create(PrisonerRecord(family_name="Коваленко", given_name="Олексій"))
        txn.create(Link(request_id=request.id, prisoner_id=confirmed.id, status="confirmed"))
        txn.create(
            Link(request_id=request.id, prisoner_id=suggested.id, status="potential", score=61)
        )
    return request, confirmed, suggested


def test_a_request_shows_its_links_and_opens_the_prisoner_in_one_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    request, confirmed, suggested = _linked_case(session)
    editor = _page(window, "requests").open_record(request.id)
    assert isinstance(editor, RequestEditor)
    panel = editor.links
    assert [(link.record_id, link.link_status) for link in panel.links] == [
        (confirmed.id, "confirmed"),
        (suggested.id, "potential"),
    ]
    assert editor.tabs.tabText(editor.tabs.indexOf(panel)) == "Links (2)"
    assert panel.table.item(0, 0).text() == "Confirmed"
    assert panel.table.item(1, 0).text() == "Suggested (61)"
    panel.table.selectRow(0)
    panel.open_button.click()
    prisoners = window.workspace.current_page() if window.workspace else None
    assert isinstance(prisoners, RecordsPage) and prisoners.kind == "prisoners"
    assert isinstance(prisoners.editor, PrisonerEditor)
    assert prisoners.editor.record.id == confirmed.id


def test_a_prisoner_record_shows_the_requests_linked_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    request, confirmed, _suggested = _linked_case(session)
    editor = _page(window, "prisoners").open_record(confirmed.id)
    assert isinstance(editor, PrisonerEditor)
    assert [link.record_id for link in editor.links.links] == [request.id]
    assert editor.links.table.item(0, 1).text() == request.ref
    editor.links.open_row(0)
    requests = window.workspace.current_page() if window.workspace else None
    assert isinstance(requests, RecordsPage) and requests.kind == "requests"
    assert requests.editor is not None and requests.editor.record.id == request.id


def test_an_unlinked_record_says_what_comes_next(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        lone = txn.create(PrisonerRecord(family_name="Бойко"))
    editor = _page(window, "prisoners").open_record(lone.id)
    assert isinstance(editor, PrisonerEditor)
    assert editor.links.links == [] and not editor.links.open_button.isEnabled()
    assert "No tracing request is linked" in editor.links.hint.text()


def test_suggested_matches_on_a_confirmed_case_shows_the_confirmed_link(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    request, confirmed, suggested = _linked_case(session)
    with session.transaction("decide") as txn:
        for link in session.conn.execute(
            "SELECT id FROM link WHERE prisoner_id = ?", (suggested.id,)
        ):
            txn.update(Link, link[0], status="rejected", decision_reason="other person")
    editor = _page(window, "requests").open_record(request.id)
    assert isinstance(editor, RequestEditor)
    editor.matches_button.click()
    assert editor.tabs.currentWidget() is editor.links
    assert [link.record_id for link in editor.links.confirmed()] == [confirmed.id]


def test_a_double_click_opens_a_record_once(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        txn.create(PrisonerRecord(family_name="Бойко"))
    page = _page(window, "prisoners")
    lp = page.list_page
    lp.reload()
    qtbot.waitUntil(lambda: lp.model.rowCount() == 1, timeout=5000)
    opened: list[str] = []
    lp.open_requested.connect(opened.append)
    rect = lp.view.visualRect(lp.model.index(0, 1))
    pos = rect.center()
    # What a real double-click delivers: press, release, double-click press, release.
    qtbot.mouseClick(lp.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(lp.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(lp.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert len(opened) == 1  # the view's signals are delivered within the click itself
