"""Vault benchmarks: unlock time, 100k records through the write path, size, encryption cost.

The plain-SQLite comparison replays exactly the same rows (records, transactions, journal) into
an unencrypted database with the standard library's sqlite3, in a separate process (two SQLite
copies must never share a process), and into a fresh encrypted one, so the ratio isolates the
cost of encryption from the cost of our Python write path.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import write_section
from caseapp.accounts import create_vault, unlock_session
from caseapp.demo import fill_vault
from caseapp.store import Session
from caseapp.vault.connection import open_connection
from caseapp.vault.keyslots import PRODUCTION_KDF
from caseapp.vault.schema import MIGRATIONS, migrate

RECORDS = int(os.environ.get("BENCH_RECORDS", "100000"))
PASSPHRASE = "benchmark passphrase words"
TABLES = ("prisoner", "txn", "journal")

_PLAIN_SCRIPT = r"""
import json, sqlite3, sys, time
path, dump = sys.argv[1], sys.argv[2]
data = json.load(open(dump, encoding="utf-8"))
conn = sqlite3.connect(path, isolation_level=None)
for pragma in ("journal_mode = WAL", "synchronous = FULL", "temp_store = MEMORY",
               "secure_delete = ON", "foreign_keys = ON", "cache_size = -32768"):
    conn.execute("PRAGMA " + pragma)
for migration in data["schema"]:
    buffer = ""
    for piece in migration.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                conn.execute(buffer)
            buffer = ""
for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
    conn.execute(f"DROP TRIGGER {trigger}")
start = time.perf_counter()
conn.execute("BEGIN")
for table, rows in data["rows"].items():
    if rows:
        marks = ",".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
conn.execute("COMMIT")
elapsed = time.perf_counter() - start
conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
conn.close()
print(elapsed)
"""


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def _dump(conn: object) -> dict[str, list[list[object]]]:
    return {t: [list(r) for r in conn.execute(f"SELECT * FROM {t}")] for t in TABLES}  # type: ignore[attr-defined]


def run() -> None:
    folder = Path(tempfile.mkdtemp(prefix="casebench-"))
    path = folder / "bench.caseapp"
    _created, _recovery = create_vault(path, "admin", PASSPHRASE, kdf=PRODUCTION_KDF)
    vault, account = _created.vault, _created.account
    vault.close()
    unlock_times = []
    for _ in range(5):
        start = time.perf_counter()
        _unlocked = unlock_session(path, "admin", PASSPHRASE)
        vault, account = _unlocked.vault, _unlocked.account
        unlock_times.append(time.perf_counter() - start)
        vault.close()
    _unlocked = unlock_session(path, "admin", PASSPHRASE)
    vault, account = _unlocked.vault, _unlocked.account
    session = Session(vault, account)
    start = time.perf_counter()
    fill_vault(session, RECORDS, 0, chunk=10_000)
    write_path_s = time.perf_counter() - start
    conn = vault.connection()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    vault_bytes = _size(path)
    journal_rows = conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    data = _dump(conn)
    vault.close()
    start = time.perf_counter()
    _unlocked = unlock_session(path, "admin", PASSPHRASE)
    vault, account = _unlocked.vault, _unlocked.account
    full_unlock_s = time.perf_counter() - start
    vault.close()

    # Replay the same rows: encrypted (this process) and plain (stdlib sqlite3, other process).
    enc_path = folder / "replay.caseapp"
    enc = open_connection(enc_path, os.urandom(32))
    migrate(enc)
    # Both replays without the search-index triggers: the ratio is then storage alone.
    triggers = enc.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for (trigger,) in triggers:
        enc.execute(f"DROP TRIGGER {trigger}")
    start = time.perf_counter()
    enc.execute("BEGIN")
    for table, rows in data.items():
        if rows:
            enc.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
    enc.execute("COMMIT")
    encrypted_replay_s = time.perf_counter() - start
    enc.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    enc.close()
    dump_path = folder / "rows.json"
    dump_path.write_text(json.dumps({"schema": MIGRATIONS, "rows": data}), encoding="utf-8")
    plain_path = folder / "plain.sqlite"
    out = subprocess.run(
        [sys.executable, "-c", _PLAIN_SCRIPT, str(plain_path), str(dump_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    plain_replay_s = float(out.stdout.strip())
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()

    rate = RECORDS / write_path_s
    body = f"""## Vault: unlock, write path, size, encryption overhead

| measure | result | target |
|---|---|---|
| unlock (Argon2id 128 MiB, t=2, + open + the fast file check), median of 5 | {statistics.median(unlock_times) * 1000:.0f} ms | ~0.5 s KDF |
| unlock of the vault holding {RECORDS:,} records (the full check of every page is on demand) | {full_unlock_s * 1000:.0f} ms | |
| {RECORDS:,} prisoner records through the write path (validate, journal, commit per 10k) | {write_path_s:.1f} s ({rate:,.0f} records/s) | < 60 s |
| vault size after checkpoint (records + journal, {journal_rows:,} journal rows) | {vault_bytes / 1e6:.1f} MB | |
| replay of the same rows without search triggers, encrypted (SQLCipher) | {encrypted_replay_s:.2f} s | |
| the same replay, plain SQLite (stdlib, separate process) | {plain_replay_s:.2f} s | |
| encryption overhead on storage | × {encrypted_replay_s / plain_replay_s:.2f} | |

Most of the write-path time is Python (validation, journal entries, search keys computed by
the index triggers), not encryption."""
    write_section("vault", body, "make bench (bench.bench_vault)")


if __name__ == "__main__":
    run()
