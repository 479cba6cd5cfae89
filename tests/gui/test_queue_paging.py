"""The paged suggestion queue, the shared match index on lock, and the on-demand vault check."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from caseapp.domain.models import Link, PrisonerRecord, TracingRequest
from caseapp.matching.service import queue_keys, suggestion_queue
from caseapp.matching.upkeep import index_cache
from caseapp.store import Session
from tests.gui.conftest import unlock
from tests.gui.test_matches import _matches
from ui.main_window import MainWindow
from ui.pages import matches
from ui.pages.matches import ID_ROLE, QueueModel


def _many_links(session: Session, requests: int = 160, per_request: int = 3) -> None:
    with session.transaction("seed") as txn:
        prisoners = [
            txn.create(PrisonerRecord(family_name=f"Бойко{i}", given_name="Іван")).id
            for i in range(per_request)
        ]
        for r in range(requests):
            request = txn.create(
                TracingRequest(enquirer_name="Ганна", family_name=f"Бойко{r}", given_name="Іван")
            )
            for p, prisoner_id in enumerate(prisoners):
                txn.create(
                    Link(
                        request_id=request.id,
                        prisoner_id=prisoner_id,
                        status="potential",
                        score=50 + (r * 7 + p * 13) % 50,
                        band="possible",
                        reasons="[]",
                    )
                )


def test_the_queue_is_paged_not_loaded_whole(qtmodeltester: Any, session: Session) -> None:
    _many_links(session)
    model = QueueModel(session)
    keys = queue_keys(session.conn)
    model.set_keys(keys)
    assert model.rowCount() == 480 and len(keys) == 480
    assert model._cache == {}  # nothing read until a row is shown
    last = model.index(479, 4).data()
    assert last and len(model._cache) == 480 - 400  # only the last block was read
    qtmodeltester.check(model)
    # The same rows, in the same order, as the whole queue read at once.
    whole = suggestion_queue(session.conn)
    shown = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert shown == [row.link_id for row in whole]
    assert [row.score for row in whole] == sorted((row.score for row in whole), reverse=True)
    assert model.row_of(whole[300].link_id) == 300
    # A link deleted after the keys were read shows as an empty row, without an error.
    gone = whole[10].link_id
    with session.transaction("delete") as txn:
        txn.delete(Link, gone)
    fresh = QueueModel(session)
    fresh.set_keys(keys)
    assert fresh.index(10, 0).data(ID_ROLE) is None and fresh.index(11, 0).data(ID_ROLE)


def test_the_queue_page_shows_a_long_queue(qtbot: QtBot, window: MainWindow) -> None:
    session = unlock(qtbot, window)
    _many_links(session, requests=250)
    page = _matches(window)
    page.reload()
    qtbot.waitUntil(lambda: not page.runner.pending and page.model.rowCount() == 750)
    assert len(page.model._cache) <= matches.BLOCK * 2  # the rows in view, not all 750
    assert page.review.link is not None  # the best suggestion is selected and shown
    assert page.review.link.score == max(r.score for r in suggestion_queue(session.conn))


def test_lock_lets_the_match_index_go(qtbot: QtBot, window: MainWindow) -> None:
    from caseapp.matching.names import default_table

    session = unlock(qtbot, window)
    with session.transaction("seed") as txn:
        txn.create(PrisonerRecord(family_name="Ткаченко", given_name="Остап"))
    page = _matches(window)
    cache = index_cache(session)
    assert page.index_cache is cache
    with cache.busy:
        cache.get(session.conn)
    assert not cache.stale and ("Ткаченко", "family") in default_table().parts
    window.lock()
    assert cache.stale and cache._index is None
    assert ("Ткаченко", "family") not in default_table().parts  # no decrypted name stays


def test_the_full_vault_check_from_the_file_menu(qtbot: QtBot, window: MainWindow) -> None:
    unlock(qtbot, window)
    assert window.check_action.isEnabled()
    window.check_action.trigger()
    check = window.vault_check
    qtbot.waitUntil(lambda: check.task is not None and not check.task.running, timeout=10_000)
    assert check.result_box is not None and "intact" in check.result_box.text()
    check.result_box.close()
    window.lock()
    assert not window.check_action.isEnabled()
