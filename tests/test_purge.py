"""Retention purge: preview, then no purged name anywhere in the vault, its pages or its WAL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp import audit
from caseapp.accounts import unlock_session
from caseapp.cli import main
from caseapp.domain.models import LetterRecord, TracingRequest
from caseapp.errors import BadInput, Cancelled, PermissionDenied
from caseapp.purge import (
    preview_purge,
    purge_closed_cases,
    retention_days,
    set_retention_days,
)
from caseapp.records import list_entities, load_entity
from caseapp.search import search_clause
from caseapp.store import Session
from caseapp.sync.tombstones import stored_entry_digest, txn_digest
from caseapp.tasks import Progress
from caseapp.vault.keyslots import parse_recovery_key
from tests.conftest import PASSPHRASE, make_account
from tests.purge_helpers import (
    SECRETS,
    all_text,
    decrypted_pages,
    make_case,
    plaintext_export,
    wal_pages,
)


def _search(session: Session, text: str) -> list[str]:
    clause = search_clause("requests", text)
    assert clause is not None
    sql = f"SELECT t.id FROM tracing_request t WHERE {clause.sql}"
    return [r[0] for r in session.conn.execute(sql, clause.params)]


def _found(blob: bytes) -> list[str]:
    return [s for s in SECRETS if s.encode() in blob]


def test_preview_lists_only_old_closed_cases_by_reference_and_counts(session: Session) -> None:
    old = make_case(session)
    make_case(session, family_name="Коваленко", status="open")  # open: never purged
    make_case(session, family_name="Мельник", at=None)  # closed today: too recent
    preview = preview_purge(session, 365)
    assert [c.request_id for c in preview.candidates] == [old.id]
    candidate = preview.candidates[0]
    assert candidate.ref == old.ref and candidate.closed_reason == "reunited"
    assert candidate.last_change == "2020-01-02"
    assert candidate.parts == {
        "name_form": 1,
        "contact_log": 1,
        "attachment": 1,
        "letter": 1,
        "link": 1,
    }
    assert not any(s in repr(preview) for s in SECRETS)
    # A preview writes nothing.
    assert load_entity(session.conn, TracingRequest, old.id).enquirer_name == "Ганна Зюзюкало"


def test_purge_leaves_no_purged_name_anywhere(
    session: Session, recovery_key: str, tmp_path: Path
) -> None:
    case = make_case(session)
    kept = make_case(session, family_name="Коваленко", status="open")
    key = parse_recovery_key(recovery_key)
    path = session.vault.path
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The test can fail: before the purge the names are in the decrypted pages.
    assert _found(decrypted_pages(path, key)) == list(SECRETS)
    (letter_before,) = [
        x for x in list_entities(session.conn, LetterRecord) if x.request_id == case.id
    ]

    made = session.conn.execute(
        "SELECT DISTINCT t.txn_id FROM journal j JOIN txn t ON t.id = j.txn WHERE j.entity_id = ?",
        (case.id,),
    ).fetchall()
    audited = {txn_id: txn_digest(session.conn, txn_id) for (txn_id,) in made}

    result = purge_closed_cases(session, 365, only=[case.id])

    # What an audit entry commits to (a digest of the transaction's entries) is unchanged,
    # and it is the digest the audit chain holds: the chain still verifies after the purge.
    assert {txn_id: txn_digest(session.conn, txn_id) for txn_id in audited} == audited
    chained = {e.txn_id: e.digest for e in audit.iter_entries(session.conn) if e.txn_id in audited}
    assert chained == audited
    assert audit.verify(session.conn).ok
    purge_entry = [e for e in audit.iter_entries(session.conn) if e.action == "purge"]
    assert [e.txn_id for e in purge_entry] == [result.changes.txn_id]

    assert (result.requests, result.records, result.refs) == (1, 6, [case.ref])
    assert case.id in result.changes.deleted["tracing_request"]
    conn = session.conn
    # What stays, for statistics: reference, status, reason, category; letters' kind and date.
    row = load_entity(conn, TracingRequest, case.id, include_deleted=True)
    assert (row.ref, row.status, row.closed_reason) == (case.ref, "closed", "reunited")
    assert row.enquirer_name is None and row.family_name is None and row.known_info is None
    letter = load_entity(conn, LetterRecord, letter_before.id, include_deleted=True)
    assert letter.pdf is None and letter.recipient_name is None and letter.kind == "acknowledgement"
    attachment = conn.execute(
        "SELECT data, filename, deleted FROM attachment WHERE owner_id = ?", (case.id,)
    ).fetchall()
    assert attachment == [(None, None, 1)]
    # The journal keeps a digest per purged entry; the purge entry holds no name.
    rows = conn.execute(
        "SELECT hlc, entity_type, entity_id, op, field, old_value, new_value, base, purged "
        "FROM journal WHERE entity_id IN (SELECT id FROM tracing_request WHERE id = ?) "
        "OR entity_id IN (SELECT id FROM name_form WHERE owner_id = ?)",
        (case.id, case.id),
    ).fetchall()
    purges = [r for r in rows if r[3] == "purge"]
    assert len(purges) == 2
    assert json.loads(purges[0][6] if purges[0][2] == case.id else purges[1][6])["ref"] == case.ref
    for r in rows:
        if r[3] != "purge":
            assert r[5] is None and r[6] is None and len(r[8]) == 64
            assert stored_entry_digest(r) == r[8]
    action = conn.execute("SELECT action FROM txn WHERE txn_id = ?", (result.changes.txn_id,))
    assert action.fetchone()[0] == "purge"
    # Search, every table, every page of the file (free ones included), the WAL, a plain copy.
    assert _search(session, "Зюзюкало") == []
    assert _search(session, "Коваленко") == [kept.id]
    assert not any(s in all_text(conn) for s in SECRETS)
    assert _found(decrypted_pages(path, key)) == []
    assert _found(wal_pages(path, key)) == []
    assert _found(plaintext_export(conn, tmp_path / "plain.db")) == []
    # The untouched case is whole.
    other = load_entity(conn, TracingRequest, kept.id)
    assert other.enquirer_name == "Ганна Коваленко"
    # Purging again finds nothing, and the record cannot be restored.
    assert purge_closed_cases(session, 365).requests == 0
    with pytest.raises(BadInput, match="purged"), session.transaction("restore") as txn:
        txn.restore(TracingRequest, case.id)


def test_a_case_reopened_after_the_preview_is_not_purged(session: Session) -> None:
    case = make_case(session)
    preview = preview_purge(session, 365)
    with session.transaction("reopen") as txn:
        txn.update(TracingRequest, case.id, status="in_progress", closed_reason=None)
    result = purge_closed_cases(session, 365, only=[c.request_id for c in preview.candidates])
    assert result.requests == 0
    assert load_entity(session.conn, TracingRequest, case.id).enquirer_name == "Ганна Зюзюкало"


def test_cancel_rolls_the_whole_purge_back(session: Session) -> None:
    case = make_case(session)
    make_case(session, family_name="Мельник")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        purge_closed_cases(session, 365, progress=progress)
    assert load_entity(session.conn, TracingRequest, case.id).enquirer_name == "Ганна Зюзюкало"
    assert session.conn.execute("SELECT count(*) FROM journal WHERE op = 'purge'").fetchone() == (
        0,
    )


def test_only_administrators_purge_and_periods_are_checked(session: Session) -> None:
    case = make_case(session)
    make_account(session, "carol", "coordinator")
    carol = unlock_session(session.vault.path, "carol", PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied):
            preview_purge(carol, 365)
        with pytest.raises(PermissionDenied):
            purge_closed_cases(carol, 365)
    finally:
        carol.vault.close()
    with pytest.raises(BadInput, match="between"):
        purge_closed_cases(session, 0)
    with pytest.raises(BadInput, match="No retention period"):
        preview_purge(session)
    set_retention_days(session, 400)
    assert retention_days(session.conn) == 400
    assert [c.request_id for c in preview_purge(session).candidates] == [case.id]
    set_retention_days(session, 3650)
    assert preview_purge(session).candidates == []
    assert load_entity(session.conn, TracingRequest, case.id).enquirer_name == "Ганна Зюзюкало"


def test_cli_preview_then_purge(
    vault_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock_session(vault_path, "admin", PASSPHRASE)
    case = make_case(session)
    session.vault.close()
    secret = vault_path.with_name("pass.txt")
    secret.write_text(PASSPHRASE)
    base = ["purge", "--vault", str(vault_path), "--passphrase-file", str(secret)]
    assert main([*base, "--older-than", "365", "--preview"]) == 0
    out = capsys.readouterr().out
    assert case.ref in out and "1" in out and not any(s in out for s in SECRETS)
    # Without --yes (and no terminal to ask on) nothing is purged.
    assert main([*base, "--older-than", "365"]) == 2
    err = capsys.readouterr().err
    assert "--yes" in err and err.count("\n") == 1
    assert main([*base, "--older-than", "5"]) == 2
    assert "between" in capsys.readouterr().err
    assert main([*base, "--set-period", "400"]) == 0
    capsys.readouterr()
    assert main([*base, "--yes"]) == 0
    out = capsys.readouterr().out
    assert case.ref in out
    session = unlock_session(vault_path, "admin", PASSPHRASE)
    try:
        assert not any(s in all_text(session.conn) for s in SECRETS)
    finally:
        session.vault.close()
