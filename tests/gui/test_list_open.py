"""Opening after unlock: a record list opens newest first in one query read from an index (not
sorted by a column computed per row, and not queried twice); an outdated search index is
rebuilt on the unlock thread, with progress for the task panel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from caseapp.domain.models import PrisonerRecord
from tests.gui.conftest import unlock
from ui.main_window import MainWindow
from ui.pages.records import RecordsPage


def test_a_list_opens_newest_first_with_one_query(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock(qtbot, window)
    ids = []
    for name in ("Бойко", "Коваленко", "Шевченко"):
        with session.transaction("create") as txn:
            ids.append(txn.create(PrisonerRecord(family_name=name)).id)
    import ui.pages.record_list as record_list

    queries: list[tuple[Any, ...]] = []
    real = record_list.query_keys

    def counted(conn: Any, kind: str, flt: Any = None, **order: Any) -> list[int]:
        queries.append((kind, order.get("sort_field"), order.get("descending")))
        return real(conn, kind, flt, **order)

    monkeypatch.setattr(record_list, "query_keys", counted)
    assert window.workspace is not None
    page = RecordsPage(session, window.operations, "prisoners")
    qtbot.addWidget(page)
    page.show()
    lp = page.list_page
    qtbot.waitUntil(lambda: not lp.runner.pending and lp.model.rowCount() == 3)
    assert queries == [("prisoners", None, False)]
    assert lp.model.sort_field is None
    assert lp.view.horizontalHeader().sortIndicatorSection() == -1
    assert lp.model.record_ids() == list(reversed(ids))


def test_unlock_rebuilds_an_outdated_search_index_off_the_gui_thread_with_progress(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    from caseapp.accounts import unlock_session
    from caseapp.search import search_index_current
    from tests.conftest import ADMIN, PASSPHRASE
    from tests.test_search_fallback import _outdate_index, _people

    before = unlock_session(vault_path, ADMIN, PASSPHRASE)
    _people(before)
    _outdate_index(before)
    before.vault.close()
    threads: list[str] = []
    import caseapp.search as search

    real = search.rebuild_search_index

    def watched(conn: Any, progress: Any = None) -> None:
        threads.append(threading.current_thread().name)
        real(conn, progress)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "rebuild_search_index", watched)
        session = unlock(qtbot, window)
    assert threads and threads[0] != threading.main_thread().name
    task = window.unlock_page.task
    assert task is not None and (task.progress.total, task.progress.done) == (5, 5)
    assert search_index_current(session.conn)
