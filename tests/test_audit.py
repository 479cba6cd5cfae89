"""The audit trail: every event kind recorded, no personal data, tampering found by verify."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest

from caseapp import audit
from caseapp.accounts import disable_account, unlock_session
from caseapp.cli import main
from caseapp.domain.models import PrisonerRecord, TracingRequest
from caseapp.errors import BadInput, PermissionDenied, WrongPassphrase
from caseapp.letters import LetterSpec, generate_batch, generate_letter
from caseapp.store import Session
from tests.conftest import ADMIN, PASSPHRASE, make_account

SENTINEL = "Zyxwvutsky"  # a name that must never appear in the audit table


def _actions(session: Session) -> list[str]:
    return [e.action for e in audit.iter_entries(session.conn)]


def _add(session: Session, **fields: Any) -> PrisonerRecord:
    with session.transaction("add prisoner") as txn:
        return txn.create(PrisonerRecord(family_name=SENTINEL, given_name="Іван", **fields))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)


# --- what is recorded ---------------------------------------------------------------------------


def test_each_change_is_one_entry_with_the_digest_of_its_journal_entries(session: Session) -> None:
    person = _add(session, unit="12th")
    with session.transaction("edit prisoner") as txn:
        txn.update(PrisonerRecord, person.id, unit="13th", rank="капрал")
    changes = [e for e in audit.iter_entries(session.conn) if e.action == "change"]
    create, edit = changes[-2:]
    assert (create.entity_type, create.entity_id) == ("prisoner", person.id)
    assert edit.detail["entries"] == 2 and edit.detail["updated"] == 1
    assert edit.detail["what"] == "edit prisoner"
    assert edit.account_id == session.account.id
    assert edit.device_id == session.vault.device_id
    for entry in (create, edit):
        assert entry.txn_id is not None
        assert entry.digest == audit.journal_digest(session.conn, entry.txn_id)


def test_a_rolled_back_transaction_leaves_no_entry(session: Session) -> None:
    before = audit.count_entries(session.conn)
    with pytest.raises(RuntimeError), session.transaction("add prisoner") as txn:
        txn.create(PrisonerRecord(family_name=SENTINEL))
        raise RuntimeError("boom")
    assert audit.count_entries(session.conn) == before
    assert audit.verify(session.conn).ok


def test_sign_in_and_failed_sign_in_are_recorded(session: Session, vault_path: Path) -> None:
    session.vault.close()
    with pytest.raises(WrongPassphrase):
        unlock_session(vault_path, ADMIN, "wrong passphrase")
    with pytest.raises(WrongPassphrase):
        unlock_session(vault_path, "nobody-such", "wrong passphrase")
    side = audit.pending_path(vault_path)
    assert side.exists() and side.stat().st_mode & 0o077 == 0
    assert b"nobody-such" not in side.read_bytes() and b"wrong" not in side.read_bytes()
    again = unlock_session(vault_path, ADMIN, PASSPHRASE)
    try:
        entries = list(audit.iter_entries(again.conn))
        failed = [e for e in entries if e.action == "signin.failed"]
        assert [e.account_id for e in failed] == [None, None]
        assert entries[-1].action == "signin" and entries[-1].account_id == again.account.id
        assert not side.exists()
        assert audit.verify(again.conn).ok
    finally:
        again.vault.close()


def test_a_disabled_account_signing_in_is_recorded(session: Session, vault_path: Path) -> None:
    other = make_account(session, "olena", "caseworker")
    disable_account(session, other.id)
    session.vault.close()
    with pytest.raises(BadInput):
        unlock_session(vault_path, "olena", PASSPHRASE)
    again = unlock_session(vault_path, ADMIN, PASSPHRASE)
    try:
        refused = [e for e in audit.iter_entries(again.conn) if e.action == "signin.failed"]
        # disabling destroyed the slot: the attempt is a wrong passphrase of no known account
        assert refused and refused[-1].account_id is None and "attempt" in refused[-1].detail
    finally:
        again.vault.close()


def test_letters_single_and_batch_are_recorded(session: Session) -> None:
    from caseapp.letters import save_profile
    from tests.letters.helpers import PROFILE, TODAY, add_case

    save_profile(session, PROFILE)
    case = add_case(session, enquirer="Бондаренко Олена")
    generate_letter(session, LetterSpec("confirmation_held", case.request.id), today=TODAY)
    ids = [add_case(session, enquirer="Ткаченко Іван").request.id for _ in range(2)]
    generate_batch(session, "confirmation_held", ids, today=TODAY)
    actions = _actions(session)
    assert "letter" in actions and "letter.batch" in actions


def test_reads_exports_and_sign_ins_from_the_command_line(
    session: Session,
    vault_path: Path,
    tmp_path: Path,
    env: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with session.transaction("add request") as txn:
        request = txn.create(TracingRequest(enquirer_name=SENTINEL, family_name=SENTINEL))
    session.vault.close()
    assert _run(capsys, "show", request.ref or "", "--vault", str(vault_path))[0] == 0
    out = tmp_path / "list.csv"
    assert _run(capsys, "export", "requests", "--out", str(out), "--vault", str(vault_path))[0] == 0
    again = unlock_session(vault_path, ADMIN, PASSPHRASE)
    try:
        entries = list(audit.iter_entries(again.conn))
        read = next(e for e in entries if e.action == "read")
        assert (read.entity_type, read.entity_id) == ("tracing_request", request.id)
        assert read.detail == {"part": "enquirer_contact"}
        export = next(e for e in entries if e.action == "export")
        assert export.detail == {"kind": "requests", "rows": 1}
        assert [e.action for e in entries].count("signin") == 4
    finally:
        again.vault.close()


def test_no_personal_data_in_the_audit_table(session: Session, tmp_path: Path) -> None:
    person = _add(session, notes=f"{SENTINEL} seen in Olenivka")
    with session.transaction("add request") as txn:
        request = txn.create(
            TracingRequest(
                enquirer_name=SENTINEL, family_name="Коваль", enquirer_phone="+380501234567"
            )
        )
    audit.record_read(session, "enquirer_contact", request.id)
    audit.record_read(session, "detention", person.id)
    rows = session.conn.execute("SELECT * FROM audit").fetchall()
    dump = repr(rows)
    assert len(rows) >= 5
    for secret in (SENTINEL, "Іван", "Olenivka", "+380501234567"):
        assert secret not in dump
    with pytest.raises(ValueError):
        audit.record(session, "export", detail={"kind": "Бойко Іван"})
    with pytest.raises(ValueError):
        audit.record(session, "export", detail={"note": "a free; text"})


def test_lists_filter_by_account_action_record_and_date(session: Session) -> None:
    person = _add(session)
    other = make_account(session, "olena", "coordinator")
    audit.record_read(session, "detention", person.id)
    conn = session.conn
    by_record = audit.list_entries(conn, audit.AuditFilter(record=person.id))
    assert {e.action for e in by_record} == {"change", "read"}
    by_action = audit.list_entries(conn, audit.AuditFilter(action="read"))
    assert [e.entity_id for e in by_action] == [person.id]
    assert audit.count_entries(conn, audit.AuditFilter(account_id=other.id)) == 0
    today = by_action[0].at[:10]
    assert audit.count_entries(conn, audit.AuditFilter(since=today, until=today)) == (
        audit.count_entries(conn)
    )
    assert audit.count_entries(conn, audit.AuditFilter(until="2000-01-01")) == 0
    newest_first = audit.list_entries(conn, limit=2)
    assert newest_first[0].seq > newest_first[1].seq
    with pytest.raises(BadInput):
        audit.count_entries(conn, audit.AuditFilter(since="yesterday"))


def test_only_administrators_and_coordinators_read_the_trail(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    make_account(session, "viewer1", "caseworker")
    session.vault.close()
    worker = unlock_session(vault_path, "viewer1", PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied):
            audit.write_csv(worker, tmp_path / "audit.csv")
        assert not (tmp_path / "audit.csv").exists()
    finally:
        worker.vault.close()


def test_csv_export_is_recorded_and_readable(session: Session, tmp_path: Path) -> None:
    _add(session)
    target = tmp_path / "audit.csv"
    count = audit.write_csv(session, target, account_names={session.account.id: "admin"})
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8-sig"))))
    assert rows[0] == list(audit.CSV_HEADER) and len(rows) == count + 1
    assert rows[1][3] == "admin"
    assert target.stat().st_mode & 0o077 == 0
    assert _actions(session)[-1] == "audit.export"


# --- tampering ----------------------------------------------------------------------------------


def _chain(session: Session, n: int = 5) -> list[audit.AuditEntry]:
    for i in range(n):
        _add(session, unit=f"unit {i}")
    return list(audit.iter_entries(session.conn))


def test_an_intact_chain_verifies(session: Session) -> None:
    entries = _chain(session)
    result = audit.verify(session.conn)
    assert result.ok and result.checked == len(entries) and result.devices == 1


def test_a_forged_entry_is_detected(session: Session) -> None:
    entries = _chain(session)
    target = entries[3]
    session.conn.execute(
        "UPDATE audit SET account_id = 'someone-else' WHERE seq = ?", (target.seq,)
    )
    problem = audit.verify(session.conn).problem
    assert problem is not None and (problem.n, problem.reason) == (target.n, "edited")


def test_a_forged_entry_with_its_hash_recomputed_breaks_the_next_link(session: Session) -> None:
    entries = _chain(session)
    target = entries[2]
    forged = audit.AuditEntry(**{**target.__dict__, "action": "signin"})
    session.conn.execute(
        "UPDATE audit SET action = 'signin', hash = ? WHERE seq = ?",
        (forged.computed_hash(), target.seq),
    )
    problem = audit.verify(session.conn).problem
    assert problem is not None and (problem.n, problem.reason) == (target.n + 1, "broken_link")


def test_a_removed_entry_is_detected(session: Session) -> None:
    entries = _chain(session)
    session.conn.execute("DELETE FROM audit WHERE seq = ?", (entries[2].seq,))
    problem = audit.verify(session.conn).problem
    assert problem is not None and (problem.n, problem.reason) == (entries[3].n, "removed")


def test_removing_the_newest_entries_is_detected(session: Session) -> None:
    entries = _chain(session)
    session.conn.execute("DELETE FROM audit WHERE seq >= ?", (entries[-2].seq,))
    problem = audit.verify(session.conn).problem
    assert problem is not None and problem.reason == "head_removed"
    assert problem.n == entries[-3].n


def test_a_reordered_entry_is_detected(session: Session) -> None:
    entries = _chain(session)
    a, b = entries[1], entries[2]
    # swap the two rows' places in the table (their storage order)
    conn = session.conn
    conn.execute("UPDATE audit SET seq = -1 WHERE seq = ?", (a.seq,))
    conn.execute("UPDATE audit SET seq = ? WHERE seq = ?", (a.seq, b.seq))
    conn.execute("UPDATE audit SET seq = ? WHERE seq = -1", (b.seq,))
    problem = audit.verify(conn).problem
    assert problem is not None and (problem.n, problem.reason) == (b.n, "reordered")


def test_a_reordered_entry_keeping_its_number_is_detected(session: Session) -> None:
    entries = _chain(session)
    a, b = entries[1], entries[2]
    conn = session.conn
    # swap the contents of entries n and n+1, each keeping the other's number
    conn.execute("UPDATE audit SET n = -1 WHERE seq = ?", (a.seq,))
    conn.execute("UPDATE audit SET n = ? WHERE seq = ?", (a.n, b.seq))
    conn.execute("UPDATE audit SET n = ? WHERE seq = ?", (b.n, a.seq))
    problem = audit.verify(conn).problem
    assert problem is not None and problem.n == a.n and problem.reason == "edited"


def test_the_cli_verifies_and_names_the_first_bad_entry(
    session: Session, vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = _chain(session, 3)
    session.vault.close()
    code, out, _ = _run(capsys, "audit", "verify", "--vault", str(vault_path))
    # the CLI's own sign-in is checked too
    assert code == 0 and f"Checked {len(entries) + 1} audit entries" in out
    bad = entries[1]
    again = unlock_session(vault_path, ADMIN, PASSPHRASE)
    again.conn.execute("UPDATE audit SET entity_id = 'x' WHERE seq = ?", (bad.seq,))
    again.vault.close()
    code, out, _ = _run(capsys, "audit", "verify", "--vault", str(vault_path))
    assert code == 1
    assert f"entry {bad.n} of device" in out and "changed after it was written" in out
    again = unlock_session(vault_path, ADMIN, PASSPHRASE)
    again.conn.execute("DELETE FROM audit WHERE seq = ?", (bad.seq,))
    again.vault.close()
    code, out, _ = _run(capsys, "audit", "verify", "--vault", str(vault_path))
    assert code == 1 and f"before entry {bad.n + 1} is missing" in out


def test_the_cli_lists_filters_and_exports(
    session: Session,
    vault_path: Path,
    tmp_path: Path,
    env: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    person = _add(session)
    session.vault.close()
    code, out, _ = _run(
        capsys, "audit", "list", "--vault", str(vault_path), "--record", person.ref or ""
    )
    assert code == 0 and out.count("\n") == 1 and person.id in out and "\tchange\t" in out
    code, out, _ = _run(capsys, "audit", "list", "--vault", str(vault_path), "--action", "signin")
    assert code == 0 and out.count("\tsignin\t") >= 2 and "\tadmin\t" in out
    assert SENTINEL not in out
    target = tmp_path / "a.csv"
    code, out, _ = _run(capsys, "audit", "list", "--vault", str(vault_path), "--csv", str(target))
    assert code == 0 and target.exists()
    for bad in (["--action", "nonsense"], ["--since", "last week"], ["--account", "nobody"]):
        code, _, err = _run(capsys, "audit", "list", "--vault", str(vault_path), *bad)
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def test_the_cli_refuses_a_caseworker(
    session: Session, vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    make_account(session, "worker", "caseworker")
    session.vault.close()
    code, _, err = _run(capsys, "audit", "verify", "--vault", str(vault_path), "--user", "worker")
    assert code == 2 and "audit trail" in err
