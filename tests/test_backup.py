"""Backups and restore on real encrypted vaults: the copy is whole, encrypted, and checked before
anything is replaced; a wrong, truncated or foreign backup leaves the vault as it was."""

from __future__ import annotations

import datetime as dt
import hashlib
import stat
import zipfile
from pathlib import Path

import pytest

from caseapp.accounts import create_vault, unlock_session
from caseapp.backup import (
    LAST_BACKUP_META,
    MEMBER_DB,
    MEMBER_KEYS,
    backup_overdue,
    create_backup,
    last_backup_at,
    read_backup_info,
    restore_backup,
    set_reminder_days,
)
from caseapp.cli import main
from caseapp.domain.models import PrisonerRecord
from caseapp.errors import BadInput, Cancelled, PermissionDenied
from caseapp.store import Session
from caseapp.tasks import Progress
from caseapp.vault.keyslots import TEST_KDF, keyfile_paths
from tests.conftest import ADMIN, PASSPHRASE, make_account

SENTINEL = "Шевчукпризонер"


def _add(session: Session, *names: str) -> None:
    with session.transaction("add") as txn:
        for name in names:
            txn.create(PrisonerRecord(family_name=name, given_name="Тарас", notes="x" * 300))


def _names(path: Path) -> list[str]:
    session = unlock_session(path, ADMIN, PASSPHRASE)
    try:
        rows = session.conn.execute("SELECT family_name FROM prisoner ORDER BY family_name")
        return [r[0] for r in rows]
    finally:
        session.vault.close()


def _fingerprint(path: Path) -> dict[str, str]:
    files = [path, *keyfile_paths(path)]
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files if p.exists()}


def test_backup_then_corrupt_the_original_then_restore(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    _add(session, SENTINEL, "Коваленко")
    out = tmp_path / "out" / "b.caseapp-backup"
    out.parent.mkdir()
    result = create_backup(session, out)
    assert result.size == out.stat().st_size > 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.parent.iterdir()) == ["b.caseapp-backup"]  # no leftovers
    recorded = last_backup_at(session.conn)
    assert recorded is not None and recorded.isoformat(timespec="seconds") == result.created_at
    session.vault.close()

    data = bytearray(vault_path.read_bytes())  # damage pages in the middle of the database
    data[len(data) // 2 : len(data) // 2 + 4096] = b"\0" * 4096
    vault_path.write_bytes(bytes(data))
    for sidecar in ("-wal", "-shm"):
        vault_path.with_name(vault_path.name + sidecar).unlink(missing_ok=True)

    restored = restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _names(vault_path) == sorted([SENTINEL, "Коваленко"])
    assert restored.replaced is not None and restored.replaced.exists()
    assert ".replaced-" in restored.replaced.name
    assert all(p.exists() for p in keyfile_paths(restored.replaced))
    assert not vault_path.with_name(vault_path.name + ".restoring").exists()


def test_the_recovery_key_restores_when_the_passphrase_is_lost(
    session: Session, vault_path: Path, tmp_path: Path, recovery_key: str
) -> None:
    _add(session, "Бондар")
    out = tmp_path / "b.caseapp-backup"
    create_backup(session, out)
    session.vault.close()
    restore_backup(out, vault_path, recovery_key=recovery_key)
    assert _names(vault_path) == ["Бондар"]


def test_a_backup_file_holds_no_plaintext(session: Session, tmp_path: Path) -> None:
    _add(session, SENTINEL)
    out = tmp_path / "b.caseapp-backup"
    create_backup(session, out)
    raw = out.read_bytes()
    for needle in (SENTINEL, "Тарас", "prisoner", "family_name", "SQLite format"):
        assert needle.encode("utf-8") not in raw
        assert needle.encode("utf-16-le") not in raw
    with zipfile.ZipFile(out) as archive:
        assert {MEMBER_DB, MEMBER_KEYS} <= set(archive.namelist())
        assert not archive.read(MEMBER_DB).startswith(b"SQLite format 3")


def test_a_backup_of_another_vault_is_refused_and_changes_nothing(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.caseapp"
    other, _ = create_vault(other_path, ADMIN, PASSPHRASE, kdf=TEST_KDF)
    _add(other, "Чужий")
    out = tmp_path / "other.caseapp-backup"
    create_backup(other, out)
    other.vault.close()
    _add(session, SENTINEL)
    session.vault.close()
    before = _fingerprint(vault_path)
    with pytest.raises(BadInput, match="another vault"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _fingerprint(vault_path) == before
    assert _names(vault_path) == [SENTINEL]


def test_a_truncated_backup_is_refused_and_the_vault_is_untouched(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    _add(session, SENTINEL)
    out = tmp_path / "b.caseapp-backup"
    create_backup(session, out)
    session.vault.close()
    before = _fingerprint(vault_path)
    raw = out.read_bytes()
    for cut in (len(raw) // 2, len(raw) - 100, 10):
        out.write_bytes(raw[:cut])
        with pytest.raises(BadInput, match="truncated or damaged"):
            restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
        assert _fingerprint(vault_path) == before
        assert sorted(p.name for p in tmp_path.iterdir() if "restoring" in p.name) == []
    assert _names(vault_path) == [SENTINEL]


def test_a_damaged_page_inside_the_backup_is_refused(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    _add(session, SENTINEL)
    out = tmp_path / "b.caseapp-backup"
    create_backup(session, out)
    session.vault.close()
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as archive:
        start = archive.getinfo(MEMBER_DB).header_offset + 200
    raw[start + 5000] ^= 0xFF  # one flipped byte inside the encrypted database
    out.write_bytes(bytes(raw))
    before = _fingerprint(vault_path)
    with pytest.raises(BadInput, match="truncated or damaged"):
        restore_backup(out, vault_path, username=ADMIN, passphrase=PASSPHRASE)
    assert _fingerprint(vault_path) == before


def test_a_wrong_passphrase_replaces_nothing(
    session: Session, vault_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "b.caseapp-backup"
    create_backup(session, out)
    session.vault.close()
    before = _fingerprint(vault_path)
    with pytest.raises(BadInput):
        restore_backup(out, vault_path, username=ADMIN, passphrase="wrong passphrase here")
    assert _fingerprint(vault_path) == before
    assert not any("restoring" in p.name for p in tmp_path.iterdir())


def test_cancel_leaves_no_file(session: Session, tmp_path: Path) -> None:
    _add(session, SENTINEL)
    progress = Progress()
    progress.cancel()
    out = tmp_path / "b.caseapp-backup"
    with pytest.raises(Cancelled):
        create_backup(session, out, progress)
    assert list(tmp_path.iterdir()) == [] or all(
        not p.name.startswith("b.") for p in tmp_path.iterdir()
    )
    assert last_backup_at(session.conn) is None


def test_a_backup_is_never_written_over_the_vault(session: Session, vault_path: Path) -> None:
    before = vault_path.stat().st_size
    for target in (vault_path, keyfile_paths(vault_path)[0]):
        with pytest.raises(BadInput, match="over the vault"):
            create_backup(session, target)
    assert vault_path.stat().st_size == before


def test_not_a_backup_is_refused(tmp_path: Path, vault_path: Path) -> None:
    junk = tmp_path / "junk.caseapp-backup"
    junk.write_bytes(b"PK\x03\x04 this is not a zip at all" * 10)
    with pytest.raises(BadInput, match="not a CaseApp backup"):
        read_backup_info(junk)
    with pytest.raises(BadInput, match="does not exist"):
        read_backup_info(tmp_path / "missing.caseapp-backup")


def test_reminder_after_the_set_number_of_days(session: Session) -> None:
    assert backup_overdue(session.conn) == -1  # never backed up
    now = dt.datetime.now(dt.UTC)
    with session.transaction("t") as txn:
        txn.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            (LAST_BACKUP_META, (now - dt.timedelta(days=3)).isoformat()),
        )
    assert backup_overdue(session.conn, now) is None
    set_reminder_days(session, 2)
    assert backup_overdue(session.conn, now) == 3
    set_reminder_days(session, 0)
    assert backup_overdue(session.conn, now) is None
    with pytest.raises(BadInput):
        set_reminder_days(session, -1)
    caseworker = make_account(session, "cw", "caseworker")
    with pytest.raises(PermissionDenied):
        set_reminder_days(Session(session.vault, caseworker), 5)


def test_cli_backup_and_restore(
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session = unlock_session(vault_path, ADMIN, PASSPHRASE)
    _add(session, SENTINEL)
    session.vault.close()
    out = tmp_path / "cli.caseapp-backup"
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["backup", "--vault", str(vault_path), "--out", str(out)]) == 0
    assert out.exists()
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["restore", str(out), "--vault", str(vault_path)]) == 0
    printed = capsys.readouterr().out
    assert ".replaced-" in printed
    assert _names(vault_path) == [SENTINEL]
    out.write_bytes(out.read_bytes()[:500])
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["restore", str(out), "--vault", str(vault_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "truncated or damaged" in err
