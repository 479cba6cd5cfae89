"""Casework second pass (issue 10): links on both records, guarded decisions, form rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.models import LetterRecord, Link, PrisonerRecord, TracingRequest
from caseapp.records import load_entity
from caseapp.store import Session
from tests.gui.conftest import unlock
from ui.main_window import MainWindow
from ui.pages.match_review import MatchReview
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


def _wait_task(qtbot: QtBot, review: MatchReview) -> None:
    qtbot.waitUntil(lambda: review.task is not None and not review.task.running, timeout=10_000)


def test_confirming_says_what_it_will_change_and_that_it_happened(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    request, _confirmed, suggested = _linked_case(session)
    with session.transaction("unconfirm") as txn:
        for (link_id,) in session.conn.execute("SELECT id FROM link WHERE status = 'confirmed'"):
            txn.update(Link, link_id, status="rejected", decision_reason="test")
    link_id = session.conn.execute(
        "SELECT id FROM link WHERE prisoner_id = ?", (suggested.id,)
    ).fetchone()[0]
    review = MatchReview(session)
    qtbot.addWidget(review)
    review.show_link(link_id)
    assert review.effect_label.text() == (
        "Confirming will set the request's status to “Confirmed held”."
    )
    review.confirm_button.click()
    _wait_task(qtbot, review)
    assert review.prompt is None  # nothing at risk: no question
    assert "Match confirmed." in review.outcome_label.text()
    assert "“Confirmed held”" in review.outcome_label.text()
    stored = load_entity(session.conn, TracingRequest, request.id)
    assert stored is not None and stored.status == "confirmed_held"


def test_confirming_a_prisoner_confirmed_for_another_request_asks_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    _request, confirmed, _suggested = _linked_case(session)
    with session.transaction("second family") as txn:
        wife = txn.create(
            TracingRequest(family_name="Коваленко", given_name="Олександр", enquirer_name="Ірина")
        )
        second = txn.create(Link(request_id=wife.id, prisoner_id=confirmed.id, status="potential"))
    review = MatchReview(session)
    qtbot.addWidget(review)
    review.show_link(second.id)
    review.confirm_button.click()
    assert review.prompt is not None and review.prompt.isVisible()
    assert "already confirmed as the person sought" in review.prompt.informativeText()
    review.prompt.button(QMessageBox.StandardButton.Cancel).click()
    stored = load_entity(session.conn, Link, second.id)
    assert stored is not None and stored.status == "potential"  # Cancel changed nothing
    review.confirm_button.click()
    anyway = [b for b in review.prompt.buttons() if b.text() == "Confirm anyway"]
    anyway[0].click()
    _wait_task(qtbot, review)
    stored = load_entity(session.conn, Link, second.id)
    assert stored is not None and stored.status == "confirmed"


def test_reopening_after_a_letter_went_out_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    request, confirmed, _suggested = _linked_case(session)
    with session.transaction("letter") as txn:
        txn.create(
            LetterRecord(
                kind="confirmation_held",
                language="uk",
                request_id=request.id,
                prisoner_id=confirmed.id,
                delivery_status="handed_over",
                delivery_date="2026-11-02",
            )
        )
    link_id = session.conn.execute("SELECT id FROM link WHERE status = 'confirmed'").fetchone()[0]
    review = MatchReview(session)
    qtbot.addWidget(review)
    review.show_link(link_id)
    review.reopen_button.click()
    assert review.prompt is not None
    assert "correcting letter" in review.prompt.informativeText()
    review.prompt.button(QMessageBox.StandardButton.Cancel).click()
    stored = load_entity(session.conn, Link, link_id)
    assert stored is not None and stored.status == "confirmed"


def test_a_new_request_for_a_person_already_sought_warns_and_opens_the_existing_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        existing = txn.create(
            TracingRequest(
                family_name="Коваленко",
                given_name="Олександр",
                birth_date="1990-04-12",
                enquirer_name="Марія",
            )
        )
    page = _page(window, "requests")
    editor = page.open_record(None)
    assert isinstance(editor, RequestEditor)
    typed = {
        "family_name": "Kovalenko",
        "given_name": "Aleksandr",
        "birth_date": "1990-04-12",
        "enquirer_name": "Ірина",
    }
    for form in editor.forms:
        mine = {name: text for name, text in typed.items() if name in form.fields}
        if mine:
            form.set_values({**form.values(), **mine})
    assert editor.save() is False
    box = editor.same_person_prompt
    assert box is not None and existing.ref is not None
    assert existing.ref in box.informativeText()
    before = session.conn.execute("SELECT count(*) FROM tracing_request").fetchone()[0]
    assert before == 1  # nothing saved while the user decides
    opener = next(b for b in box.buttons() if b.text() == "Open the existing request")
    editor.discard()  # the user throws the duplicate away first
    opener.click()
    assert page.editor is not None and page.editor.record.id == existing.id


def test_the_mouse_wheel_never_changes_a_closed_combo_box(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QComboBox

    unlock(qtbot, window)
    editor = _page(window, "requests").open_record(None)
    assert isinstance(editor, RequestEditor)
    combo = next(
        form.widget(name)
        for form in editor.forms
        for name in form.fields
        if isinstance(form.widget(name), QComboBox)
    )
    assert isinstance(combo, QComboBox)
    before = combo.currentIndex()
    for delta in (-120, 120, -120):
        wheel = QWheelEvent(
            QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
            QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before


def test_a_detention_that_ends_before_it_starts_is_refused_inline(
    qtbot: QtBot, window: MainWindow
) -> None:
    from caseapp.domain.models import Detention
    from ui.pages.parts import PartDialog

    unlock(qtbot, window)
    item = Detention(prisoner_id="x", place="СІЗО")
    dialog = PartDialog(item, ["place", "date_from", "date_to"], "Detention")
    qtbot.addWidget(dialog)
    dialog.form.set_values({"place": "СІЗО", "date_from": "2024-03-10", "date_to": "2024-02"})
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Ends before it starts" in dialog.form.fields["date_to"].error.text()
    dialog.form.set_values({"place": "СІЗО", "date_from": "2024-03-10", "date_to": "2024-03"})
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_title_elides_the_name_never_the_reference(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        record = txn.create(
            PrisonerRecord(
                family_name="Коваленко-Шевченко-Білецький",
                given_name="Олександр-Володимир",
                patronymic="Костянтинович",
            )
        )
    editor = _page(window, "prisoners").open_record(record.id)
    assert isinstance(editor, PrisonerEditor) and record.ref is not None
    window.resize(800, 600)
    qtbot.waitUntil(lambda: editor.width() <= 800)
    assert editor.ref_label.text().startswith(record.ref)
    assert editor.title.text().endswith("…")
    assert "Костянтинович" in editor.title.toolTip()


def test_a_new_record_focuses_its_first_field(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    editor = _page(window, "prisoners").open_record(None)
    assert isinstance(editor, PrisonerEditor)
    form = editor.forms[0]
    first = form.widget(next(iter(form.fields)))
    qtbot.waitUntil(lambda: first.hasFocus() or editor.focusWidget() is first)


def test_provenance_shows_the_file_and_an_empty_sources_tab_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from caseapp.io.importer import apply_import, plan_import
    from caseapp.io.tables import read_table

    session = unlock(qtbot, window)
    path = tmp_path / "exchange-list-november.csv"
    path.write_text("family_name,given_name\nБойко,Іван\n", encoding="utf-8")
    table = read_table(path)
    apply_import(session, plan_import(session.conn, "prisoners", table))
    (record_id,) = [row[0] for row in session.conn.execute("SELECT id FROM prisoner")]
    editor = _page(window, "prisoners").open_record(record_id)
    assert isinstance(editor, PrisonerEditor)
    assert editor.conflict_label.text() == "No sources recorded for this person yet."
    editor.tabs.setCurrentWidget(editor.history)
    model = editor.history.model
    shown = " ".join(
        str(model.index(row, column).data() or "")
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    )
    assert "exchange-list-november.csv" in shown
    assert f"SHA-256 {table.sha256[:8]}" in shown


def test_plaintext_files_default_to_documents_and_warn_once(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.plain_files as plain

    asked: list[str] = []

    def fake_dialog(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "out.csv"), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", fake_dialog)
    monkeypatch.setattr(plain, "_warned", False)
    monkeypatch.setattr(plain, "last_warning", None)
    assert (
        plain.save_path(window, "Export", "prisoner-records.csv", "*.csv") == tmp_path / "out.csv"
    )
    assert asked == [str(plain.documents_dir() / "prisoner-records.csv")]
    assert Path(asked[0]).parent != Path.cwd() or Path.cwd() == plain.documents_dir()
    first = plain.last_warning
    assert first is not None and "not encrypted" in first.text()
    first.close()
    plain.save_path(window, "Export", "letters.pdf", "*.pdf")
    assert plain.last_warning is first  # once a session, not at every save


def test_a_search_that_finds_nothing_says_what_to_try(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        txn.create(PrisonerRecord(family_name="Бойко"))
    lp = _page(window, "prisoners").list_page
    lp.reload()
    qtbot.waitUntil(lambda: lp.model.rowCount() == 1, timeout=5000)
    lp.search_edit.setText("Шевченко")
    lp._filter_changed()
    qtbot.waitUntil(lambda: lp.model.rowCount() == 0 and not lp.runner.pending, timeout=5000)
    assert "Nothing matches" in lp.count_label.text()
