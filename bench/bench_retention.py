"""Emergency wipe and retention purge at 100k prisoner records (``caseapp wipe``, ``purge``).

The wipe's cost does not grow with the vault (it destroys a few kilobytes of key slots and
checkpoints the WAL); the purge's grows with the cases it removes and with the search index
it rebuilds. Measured on ``BENCH_RECORDS`` synthetic prisoner records plus a fifth as many
tracing requests, all written "long ago", of which ``BENCH_PURGED`` are closed.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.report import write_section
from caseapp import store
from caseapp.accounts import create_vault, unlock_session
from caseapp.demo import fill_vault
from caseapp.domain.models import TracingRequest
from caseapp.purge import preview_purge, purge_closed_cases
from caseapp.vault.keyslots import TEST_KDF
from caseapp.wipe import emergency_wipe

RECORDS = int(os.environ.get("BENCH_RECORDS", "100000"))
PURGED = int(os.environ.get("BENCH_PURGED", "1000"))
PASSPHRASE = "benchmark passphrase words"


def run() -> None:
    os.environ.setdefault("CASEAPP_TEST_WEAK_KDF", "1")  # the KDF is not what is measured
    folder = Path(tempfile.mkdtemp(prefix="casebench-retention-"))
    path = folder / "bench.caseapp"
    session, _ = create_vault(path, "admin", PASSPHRASE, kdf=TEST_KDF)
    requests = RECORDS // 5
    real_now = store._now_iso
    store._now_iso = lambda: "2023-01-02T03:04:05+00:00"  # every record written long ago
    try:
        fill_vault(session, RECORDS, requests, chunk=10_000)
        ids = [
            r[0]
            for r in session.conn.execute(
                "SELECT id FROM tracing_request ORDER BY id LIMIT ?", (PURGED,)
            )
        ]
        with session.transaction("close cases") as txn:
            for request_id in ids:
                txn.update(TracingRequest, request_id, status="closed", closed_reason="reunited")
    finally:
        store._now_iso = real_now
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    start = time.perf_counter()
    preview = preview_purge(session, 365)
    preview_s = time.perf_counter() - start
    start = time.perf_counter()
    result = purge_closed_cases(session, 365, only=[c.request_id for c in preview.candidates])
    purge_s = time.perf_counter() - start
    assert result.requests == len(ids)

    start = time.perf_counter()
    wiped = emergency_wipe(session)
    session.vault.close()
    wipe_s = time.perf_counter() - start
    try:
        unlock_session(path, "admin", PASSPHRASE)
        raise AssertionError("a passphrase opened the vault after the wipe")
    except Exception as exc:  # the refusal is what is expected
        assert "wipe" in str(exc)

    body = f"""## Retention purge and emergency wipe at {RECORDS:,} records

Vault: {RECORDS:,} prisoner records and {requests:,} tracing requests (synthetic, through the
write path), {len(ids):,} of the requests closed long ago.

| step | time |
|---|---|
| purge preview (closed cases, last change, parts per case) | {preview_s:.2f} s |
| purge of {result.requests:,} closed cases ({result.records:,} records with their parts; journal digests, search index rebuilt, WAL checkpointed) | {purge_s:.1f} s |
| emergency wipe (empty in-vault slot copy committed, WAL checkpoint, {wiped.files} slot files overwritten, fsynced, unlinked) | {wiped.seconds * 1000:.0f} ms |
| the same, with the call and closing the vault | {wipe_s * 1000:.0f} ms |

The wipe's time does not depend on the number of records: it writes a few kilobytes. The
purge runs on the writer thread in the GUI (task panel, Cancel rolls it back). Figures were
taken while other developers' builds and tests shared the 2-core machine: pessimistic."""
    write_section("retention", body, "make bench (bench.bench_retention)")


if __name__ == "__main__":
    run()
