"""The search index after a change of key rules: rebuilt with progress on a writable open, and
a read-only vault (which cannot rebuild it) still finds people, computing keys as it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.accounts import unlock_session
from caseapp.domain.models import PrisonerRecord
from caseapp.listing import ListFilter, query_ids, query_keys
from caseapp.search import search_index_current
from caseapp.store import Session
from caseapp.tasks import Progress
from caseapp.vault import vault as vault_module
from tests.conftest import ADMIN, PASSPHRASE

QUERIES = [
    "Kovalenko",
    "коваленк",
    "KOVAL",
    "Коваленко Александр",
    "Alexander Kovalenko",
    "коваленко олекс",
    "Ol Kovalenko",
    "Шевченко",
    "PR-",
]


def _people(session: Session) -> None:
    with session.transaction("add") as txn:
        for family, given in [
            ("Коваленко", "Александр"),
            ("Коваленко", "Олексій"),
            ("Шевченко", "Александр"),
            ("Kovalenko", "Oleksandr"),
            ("Бойко", "Тарас"),
        ]:
            txn.create(PrisonerRecord(family_name=family, given_name=given))
        gone = txn.create(PrisonerRecord(family_name="Коваленко", given_name="Іван"))
    with session.transaction("delete") as txn:
        txn.delete(PrisonerRecord, gone.id)


def _outdate_index(session: Session) -> None:
    """As if an older version had built the index: other fingerprint, keys that find nothing."""
    conn = session.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE meta SET value = 'older rules' WHERE key = 'search_keys'")
    conn.execute("DELETE FROM prisoner_search")
    conn.execute("COMMIT")


def _results(session: Session) -> dict[str, tuple[list[str], list[int]]]:
    conn = session.conn
    return {
        q: (
            query_ids(conn, "prisoners", ListFilter(text=q)),
            query_keys(conn, "prisoners", ListFilter(text=q)),
        )
        for q in QUERIES
    }


def test_a_read_only_vault_with_an_outdated_index_still_finds_everyone(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock_session(vault_path, ADMIN, PASSPHRASE)
    _people(session)
    expected = _results(session)
    assert all(ids for ids, _keys in expected.values())
    _outdate_index(session)
    session.vault.close()

    monkeypatch.setattr(vault_module, "is_read_only", lambda _path: True)
    read_only = unlock_session(vault_path, ADMIN, PASSPHRASE)
    try:
        assert read_only.vault.read_only
        assert not search_index_current(read_only.conn)  # it could not be rebuilt
        assert _results(read_only) == expected
    finally:
        read_only.vault.close()


def test_a_writable_open_rebuilds_an_outdated_index_with_progress(vault_path: Path) -> None:
    session = unlock_session(vault_path, ADMIN, PASSPHRASE)
    _people(session)
    expected = _results(session)
    _outdate_index(session)
    session.vault.close()

    progress = Progress()
    again = unlock_session(vault_path, ADMIN, PASSPHRASE, progress)
    try:
        assert search_index_current(again.conn)
        assert progress.total == 5 and progress.done == 5  # the live records, every one
        assert _results(again) == expected
        rows = again.conn.execute("SELECT count(*) FROM prisoner_search").fetchone()[0]
        assert rows == 5
    finally:
        again.vault.close()
