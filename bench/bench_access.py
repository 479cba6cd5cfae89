"""Need-to-know cost: the request list read as an administrator (every request) and as a
caseworker limited to their team's assignments (docs/roles.md), at 100k requests.

``BENCH_REQUESTS`` (default 100000) sets the size; the vault is built once per size in a child
process (``bench/out/``, not committed). One request in twenty is assigned to the caseworker.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("CASEAPP_TEST_WEAK_KDF", "1")  # bench vaults only: fast unlock

OUT = Path(__file__).resolve().parent / "out"
ADMIN, CASEWORKER, PASSPHRASE = "admin", "carl", "correct horse battery"


def build(path: Path, requests: int) -> None:
    """Create the vault (run in a child process)."""
    from caseapp.accounts import add_account, create_vault, set_request_scope
    from caseapp.demo import fill_vault
    from caseapp.vault.keyslots import TEST_KDF

    session, _recovery = create_vault(path, ADMIN, PASSPHRASE, kdf=TEST_KDF)
    fill_vault(session, 1000, requests)
    carl = add_account(session, CASEWORKER, PASSPHRASE, "caseworker", kdf=TEST_KDF).account
    with session.transaction("bench: assign") as txn:  # synthetic data: one in twenty
        txn.conn.execute(
            "UPDATE tracing_request SET assigned_to = ? WHERE rowid % 20 = 0", (carl.id,)
        )
    set_request_scope(session, True)
    session.vault.close()


def _vault(requests: int) -> Path:
    from caseapp.vault.keyslots import keyfile_paths

    OUT.mkdir(exist_ok=True)
    cached = OUT / f"access-{requests}.caseapp"
    if not cached.exists():
        subprocess.run(
            [sys.executable, "-m", "bench.bench_access", "build", str(cached), str(requests)],
            check=True,
        )
    work = OUT / "access-work.caseapp"
    for src, dst in [(cached, work), *zip(keyfile_paths(cached), keyfile_paths(work), strict=True)]:
        shutil.copy2(src, dst)
    return work


def _median_ms(fn: Callable[[], object], runs: int = 7) -> float:
    fn()  # warm the page cache once
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _measure(conn: Any) -> dict[str, str]:
    from caseapp.listing import DEFAULT_COLUMNS, ListFilter, fetch_rows_by_key, query_keys

    keys = query_keys(conn, "requests")
    columns = list(DEFAULT_COLUMNS["requests"])
    cases: dict[str, Callable[[], object]] = {
        "list keys, newest first": lambda: query_keys(conn, "requests"),
        "list keys, by family name": lambda: query_keys(conn, "requests", sort_field="family_name"),
        "search «Шевченко»": lambda: query_keys(conn, "requests", ListFilter(text="Шевченко")),
        "first screen of rows (60)": lambda: fetch_rows_by_key(
            conn, "requests", keys[:60], columns
        ),
    }
    out = {name: f"{_median_ms(fn):.0f} ms" for name, fn in cases.items()}
    out["rows in the list"] = f"{len(keys):,}"
    return out


def run() -> None:
    from bench.report import write_section
    from caseapp.accounts import unlock_session

    requests = int(os.environ.get("BENCH_REQUESTS", "100000"))
    path = _vault(requests)
    lines = [
        f"{requests:,} tracing requests; the caseworker sees one in twenty (own and team's).",
        "",
        "| Read (median of 7) | administrator (all) | caseworker (scoped) |",
        "|---|---|---|",
    ]
    figures: dict[str, list[str]] = {}
    for user in (ADMIN, CASEWORKER):
        session = unlock_session(path, user, PASSPHRASE)
        for name, figure in _measure(session.conn).items():
            figures.setdefault(name, []).append(figure)
        session.vault.close()
    lines += [f"| {name} | {a} | {b} |" for name, (a, b) in figures.items()]
    write_section("access", "\n".join(lines), "python -m bench.run_all access")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "build":
        build(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        run()
