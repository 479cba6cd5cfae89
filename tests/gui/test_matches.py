"""The suggestion queue and duplicate review through real widgets, on the real worker thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.models import Detention, Link, PrisonerRecord, TracingRequest
from caseapp.matching.service import queue_keys, rematch, suggestion_queue
from caseapp.records import list_entities, load_entity
from caseapp.store import Session
from tests.gui.conftest import type_text, unlock
from tests.matching.test_service import seed
from ui.main_window import MainWindow
from ui.pages.duplicates import DuplicatesPage, PairModel, load_pairs
from ui.pages.matches import MatchesPage, QueueModel


def _matches(window: MainWindow) -> MatchesPage:
    assert window.workspace is not None
    window.workspace.show_page("matches")
    page = window.workspace.current_page()
    assert isinstance(page, MatchesPage)
    page.auto_rematch = False
    return page


def _wait_rows(qtbot: QtBot, page: MatchesPage, rows: int) -> None:
    page.reload()
    qtbot.waitUntil(lambda: not page.runner.pending and page.model.rowCount() == rows)


def _wait_task(qtbot: QtBot, owner: Any) -> None:
    qtbot.waitUntil(lambda: owner.task is not None and not owner.task.running, timeout=10_000)


def _link(session: Session, prisoner_id: str) -> Link:
    (link,) = list_entities(session.conn, Link, "prisoner_id = ?", (prisoner_id,))
    return link


def test_rematch_runs_on_the_worker_thread(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    _request, strong, weaker = seed(session)
    page = _matches(window)
    _wait_rows(qtbot, page, 0)
    page.rematch_button.click()
    _wait_task(qtbot, page)
    assert page.task is not None and page.task.error is None
    assert page.last_result is not None and page.last_result.created == 2
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.runner.pending)
    assert page.model.index(0, 4).data() == load_entity(session.conn, PrisonerRecord, strong.id).ref  # type: ignore[union-attr]
    assert "2 new" in page.status_line.text() and page.rematch_button.isEnabled()
    # A record edit broadcast starts the (debounced) automatic re-match; a notes edit does not.
    page.auto_rematch = True
    with session.transaction("edit prisoner") as txn:
        txn.update(PrisonerRecord, weaker.id, notes="seen in Olenivka")
    window.operations.did_change(txn.changes)
    assert not page.auto_timer.isActive()
    with session.transaction("edit prisoner") as txn:
        txn.update(PrisonerRecord, weaker.id, unit="72")
    window.operations.did_change(txn.changes)
    assert page.auto_timer.isActive()
    page.auto_timer.stop()
    page._auto_rematch()  # what the timer does: re-match what the edit can reach
    _wait_task(qtbot, page)
    assert page.task.error is None and page.last_result is not None
    assert page.last_result.requests == 1  # the one request that suggests this record
    page.about_to_lock()
    assert not page.auto_timer.isActive()
    qtbot.waitUntil(lambda: not page.runner.pending)


def test_confirm_reject_reopen_from_the_queue(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    request, strong, weaker = seed(session)
    rematch(session)
    page = _matches(window)
    _wait_rows(qtbot, page, 2)
    review = page.review
    # The best suggestion is selected and shown side by side.
    assert review.link is not None and review.link.prisoner_id == strong.id
    table = review.table
    assert table.rowCount() >= 6
    fields = [table.item(r, 0).text() for r in range(table.rowCount())]
    given = fields.index("Given name")
    assert table.item(given, 1).text() == "Олександр"
    assert table.item(given, 2).text() == "Александр"
    assert table.item(given, 3).text()  # the explanation
    assert review.confirm_button.isEnabled() and not review.reopen_button.isEnabled()

    review.confirm_button.click()
    _wait_task(qtbot, review)
    assert _link(session, strong.id).status == "confirmed"
    stored = load_entity(session.conn, TracingRequest, request.id)
    assert stored is not None and stored.status == "confirmed_held"
    # The queue shows only what is left to review.
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.runner.pending)
    assert review.link is not None and review.link.prisoner_id == weaker.id

    review.reject_button.click()
    dialog = review.reject_dialog
    assert dialog is not None and not dialog.ok_button().isEnabled()  # a reason is required
    type_text(dialog.reason_edit, "інша дата народження")
    assert dialog.ok_button().isEnabled()
    dialog.ok_button().click()
    _wait_task(qtbot, review)
    rejected = _link(session, weaker.id)
    assert (rejected.status, rejected.decision_reason) == ("rejected", "інша дата народження")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.runner.pending)

    # Reopen from the "Rejected" view.
    page.status_combo.setCurrentIndex(page.status_combo.findData("rejected"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.runner.pending)
    assert review.link is not None and review.link.status == "rejected"
    assert "інша дата народження" in review.decision_label.text()
    assert review.reopen_button.isEnabled() and not review.confirm_button.isEnabled()
    review.reopen_button.click()
    _wait_task(qtbot, review)
    assert _link(session, weaker.id).status == "potential"
    assert [r.prisoner_id for r in suggestion_queue(session.conn)] == [weaker.id]


def test_merge_and_unmerge_duplicates(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    _request, strong, weaker = seed(session)
    with session.transaction("seed") as txn:  # the same person on another list
        txn.update(PrisonerRecord, weaker.id, patronymic="Петрович", birth_date="1990-05-12")
        detention = txn.create(Detention(prisoner_id=weaker.id, place="Оленівка"))
    _matches(window)
    assert window.workspace is not None
    window.workspace.show_page("duplicates")
    page = window.workspace.current_page()
    assert isinstance(page, DuplicatesPage)
    page.find_button.click()
    _wait_task(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.table.rowCount() >= 6 and page.merge_button.isEnabled()
    page.keep_combo.setCurrentIndex(page.keep_combo.findData(strong.id))
    page.merge_button.click()
    box = page.confirm_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    _wait_task(qtbot, page)
    assert load_entity(session.conn, PrisonerRecord, weaker.id) is None
    assert load_entity(session.conn, Detention, detention.id).prisoner_id == strong.id  # type: ignore[union-attr]
    assert page.model.rowCount() == 0
    assert page.merge_list.count() == 1

    page.merge_list.setCurrentRow(0)
    page.unmerge_button.click()
    _wait_task(qtbot, page)
    assert load_entity(session.conn, PrisonerRecord, weaker.id) is not None
    assert load_entity(session.conn, Detention, detention.id).prisoner_id == weaker.id  # type: ignore[union-attr]
    assert page.merge_list.count() == 0


# --- qtmodeltester on the custom models --------------------------------------------------------


def test_queue_model(qtmodeltester: Any, session: Session) -> None:
    seed(session)
    rematch(session)
    model = QueueModel(session)
    model.set_keys(queue_keys(session.conn))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_pair_model(qtmodeltester: Any, session: Session) -> None:
    from caseapp.tasks import Progress

    _request, _strong, weaker = seed(session)
    with session.transaction("seed") as txn:
        txn.update(PrisonerRecord, weaker.id, patronymic="Петрович", birth_date="1990-05-12")
    model = PairModel()
    model.set_rows(load_pairs(session.conn, Progress()))
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_request_editor_opens_its_suggestions(qtbot: QtBot, window: MainWindow) -> None:
    from ui.pages.records import RecordsPage

    session = unlock(qtbot, window)
    request, strong, _weaker = seed(session)
    with session.transaction("other request") as txn:
        txn.create(
            TracingRequest(enquirer_name="Інна", family_name="Бондаренко", given_name="Іван")
        )
    rematch(session)
    assert window.workspace is not None
    window.workspace.show_page("requests")
    records = window.workspace.current_page()
    assert isinstance(records, RecordsPage)
    editor = records.open_record(request.id)
    assert editor is not None
    editor.matches_button.click()  # type: ignore[attr-defined]
    page = window.workspace.current_page()
    assert isinstance(page, MatchesPage)
    assert page.request_id == request.id and page.all_button.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.runner.pending)
    assert page.review.link is not None and page.review.link.prisoner_id == strong.id


def test_a_viewer_sees_the_comparison_but_cannot_decide(qtbot: QtBot, session: Session) -> None:
    from caseapp.domain.models import Account
    from tests.conftest import make_account
    from ui.pages.match_review import MatchReview

    _request, strong, _weaker = seed(session)
    rematch(session)
    make_account(session, "viewer1", "viewer")
    viewer = next(a for a in list_entities(session.conn, Account) if a.username == "viewer1")
    review = MatchReview(Session(session.vault, viewer))
    qtbot.addWidget(review)
    review.show_link(_link(session, strong.id).id)
    assert review.table.rowCount() >= 8
    assert not review.confirm_button.isEnabled() and not review.reject_button.isEnabled()


def test_review_shows_the_lead_over_the_runner_up(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    _request, strong, _weaker = seed(session)
    rematch(session)
    page = _matches(window)
    _wait_rows(qtbot, page, 2)
    review = page.review
    assert review.link is not None and review.link.prisoner_id == strong.id
    text = review.rival_label.text()
    # The other record has only the birth year and no patronymic: that is why it differs.
    assert "runner-up" in text and "behind" in text and "birth date" in text


def test_weights_are_learned_and_reset_from_the_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: Any
) -> None:
    from caseapp.demo import fill_vault
    from caseapp.matching.weights import current_model

    shown: list[BaseException] = []
    monkeypatch.setattr("ui.worker.show_error", lambda _parent, error: shown.append(error))
    session = unlock(qtbot, window)
    page = _matches(window)
    _wait_rows(qtbot, page, 0)
    # Too few records: a clear message, nothing stored.
    task = page.learn_weights()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert len(shown) == 1 and "Too few prisoner records" in str(shown[0])
    assert current_model(session.conn) is None
    fill_vault(session, 300, 30)
    task = page.learn_weights()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)
    assert task.error is None
    model = current_model(session.conn)
    assert model is not None and model.source == "learned"
    _wait_task(qtbot, page)  # the re-match it started
    assert "Weights learned from 300 records." in page.status_line.text()
    assert "Re-match done" in page.status_line.text()
    page._weights_menu_state()
    assert page.learned_action.isChecked() and not page.shipped_action.isChecked()
    page.shipped_action.trigger()
    qtbot.waitUntil(lambda: current_model(session.conn) is None, timeout=10_000)
    _wait_task(qtbot, page)
