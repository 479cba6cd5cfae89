"""USB sync benchmarks: export, import into an empty vault, re-import, incremental bundle.

A coordinator's vault provisions a second laptop (while both are empty), then receives
100k prisoner records and 50k tracing requests through the write path. Each measured step runs
in its own process, so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import write_section
from caseapp.accounts import create_vault, unlock_session
from caseapp.demo import fill_vault
from caseapp.domain.models import PrisonerRecord
from caseapp.records import list_entities
from caseapp.sync.provision import join, provision
from caseapp.sync.team import ensure_team
from caseapp.vault.keyslots import PRODUCTION_KDF

PRISONERS = int(os.environ.get("BENCH_RECORDS", "100000"))
REQUESTS = PRISONERS // 2
PASSPHRASE = "benchmark passphrase words"

_STEP = r"""
import json, resource, sys, time
from pathlib import Path
from caseapp.accounts import unlock_session
from caseapp.sync.bundle import export_bundle, import_bundle
action, vault_path, arg = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
session = unlock_session(vault_path, "admin", "benchmark passphrase words")
vault = session.vault
try:  # Linux: reset the peak so that it measures this step, not the unlock's Argon2id
    open("/proc/self/clear_refs", "w").write("5")
except OSError:
    pass
start = time.perf_counter()
if action == "export":
    result = export_bundle(session, Path(arg), peer="b")
    out = {"path": str(result.path), "size": result.size, "entries": result.entries}
else:
    result = import_bundle(session, Path(arg))
    out = {"new": result.new, "changed": result.changed, "skipped": result.skipped}
out["seconds"] = time.perf_counter() - start
out["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    for status in open("/proc/self/status"):
        if status.startswith("VmHWM:"):
            out["max_rss_mb"] = int(status.split()[1]) / 1024
except OSError:
    pass
vault.close()
print(json.dumps(out))
"""


def _step(action: str, vault: Path, arg: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _STEP, action, str(vault), str(arg)],
        capture_output=True,
        text=True,
        check=True,
        env=os.environ.copy(),
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


BLOBS = int(os.environ.get("BENCH_BLOBS", "100"))  # attachments of 2 MB each, incompressible


def _blob_bundle(folder: Path) -> tuple[dict[str, float], dict[str, float], float]:
    """Export and import of a bundle holding BLOBS attachments of 2 MB (peak memory: each is
    streamed, read one at a time)."""
    import hashlib

    from caseapp.domain.models import Attachment

    a_path, b_path = folder / "blob-a.caseapp", folder / "blob-b.caseapp"
    session, _ = create_vault(a_path, "admin", PASSPHRASE, kdf=PRODUCTION_KDF)
    ensure_team(session, "a")
    provision(session, folder / "blob-b.provision", "one time passphrase", "b")
    b, _, _ = join(
        b_path,
        folder / "blob-b.provision",
        "one time passphrase",
        "admin",
        PASSPHRASE,
        kdf=PRODUCTION_KDF,
    )
    b.vault.close()
    with session.transaction("bench person") as txn:
        person = txn.create(PrisonerRecord(family_name="Бойко", given_name="Іван"))
    for index in range(BLOBS):
        data = os.urandom(2 * 1024 * 1024)
        with session.transaction("bench attachment") as txn:
            txn.create(
                Attachment(
                    owner_type="prisoner",
                    owner_id=person.id,
                    filename=f"scan-{index}.pdf",
                    data=data,
                    size=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                )
            )
    session.vault.close()
    stick = folder / "blob-stick"
    stick.mkdir()
    export = _step("export", a_path, stick)
    imported = _step("import", b_path, Path(str(export["path"])))
    return export, imported, float(export["size"]) / 1e6


def run() -> None:
    load = os.getloadavg()
    folder = Path(tempfile.mkdtemp(prefix="casebench-sync-"))
    os.environ["CASEAPP_HOME"] = str(folder / "home")
    stick = folder / "stick"
    stick.mkdir()
    a_path, b_path = folder / "a.caseapp", folder / "b.caseapp"
    try:
        session, _ = create_vault(a_path, "admin", PASSPHRASE, kdf=PRODUCTION_KDF)
        vault = session.vault
        ensure_team(session, "a")
        provision(session, folder / "b.provision", "one time passphrase", "b")
        b, _, _ = join(
            b_path,
            folder / "b.provision",
            "one time passphrase",
            "admin",
            PASSPHRASE,
            kdf=PRODUCTION_KDF,
        )
        b.vault.close()
        start = time.perf_counter()
        fill_vault(session, PRISONERS, REQUESTS, chunk=10_000)
        fill_s = time.perf_counter() - start
        journal = session.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
        vault.close()

        export = _step("export", a_path, stick)
        first = _step("import", b_path, Path(str(export["path"])))
        again = _step("import", b_path, Path(str(export["path"])))

        session = unlock_session(a_path, "admin", PASSPHRASE)
        vault = session.vault
        people = list_entities(session.conn, PrisonerRecord, limit=100)
        with session.transaction("bench edits") as txn:
            for index, person in enumerate(people):
                txn.update(PrisonerRecord, person.id, notes=f"seen in camp {index}")
        vault.close()
        small = _step("export", a_path, stick)
        small_import = _step("import", b_path, Path(str(small["path"])))
        blob_export, blob_import, blob_mb = _blob_bundle(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    rows = [
        (
            f"export: {PRISONERS:,} prisoners + {REQUESTS:,} requests with their journal "
            f"({journal:,} entries), bundle {export['size'] / 1e6:.1f} MB",
            f"{export['seconds']:.1f} s, {export['max_rss_mb']:.0f} MB",
            "< 20 s",
        ),
        (
            f"import into an empty vault ({first['new']:,} records)",
            f"{first['seconds']:.1f} s, {first['max_rss_mb']:.0f} MB",
            "< 60 s",
        ),
        (
            f"the same bundle again, all seen ({again['skipped']:,} entries skipped)",
            f"{again['seconds']:.1f} s, {again['max_rss_mb']:.0f} MB",
            "< 10 s",
        ),
        (
            f"incremental bundle of {small['entries']} changes: {small['size'] / 1024:.0f} KB",
            f"import {small_import['seconds'] * 1000:.0f} ms, {small_import['max_rss_mb']:.0f} MB",
            "kilobytes, < 1 s",
        ),
        (
            f"bundle with {BLOBS} attachments of 2 MB ({blob_mb:.0f} MB): export, then import "
            "(before streaming, commit a69f746: 479 MB and 644 MB peak with 100)",
            f"export {blob_export['seconds']:.1f} s, {blob_export['max_rss_mb']:.0f} MB; import "
            f"{blob_import['seconds']:.1f} s, {blob_import['max_rss_mb']:.0f} MB",
            "< 500 MB",
        ),
    ]
    body = (
        "## Sync: USB bundles\n\n| measure | result (time, peak memory) | target |\n|---|---|---|\n"
    )
    body += "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
    records = PRISONERS + REQUESTS
    body += (
        f"\n\nFilling the sender through the write path took {fill_s:.0f} s "
        f"({records / fill_s:,.0f} records/s); the import into the empty vault ran at "
        f"{records / first['seconds']:,.0f} records/s in the same run (the import does the same "
        f"storage work: rows, search index, journal). Load average during the run: "
        f"{load[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
        f"({os.cpu_count()} cores; figures taken while other work runs are pessimistic). "
        "Each step runs in its own process; peak memory is its peak RSS during the step (reset after "
        "the unlock, whose Argon2id takes 128 MiB), Python and SQLCipher's cache included. "
        "Memory target: < 500 MB throughout."
    )
    write_section("sync", body, "python -m bench.run_all sync")
    print(body)
