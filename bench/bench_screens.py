"""Screens benchmark: list opening, search per keystroke, 10k-row import, memory.

Sizes come from the environment so a quick run is possible:
``BENCH_PRISONERS`` (default 100000), ``BENCH_REQUESTS`` (50000), ``BENCH_IMPORT_ROWS`` (10000).
The demo vault is built once per size in a separate process (``bench/out/``, not committed) so
that the memory figure is the app's, not the generator's.
"""

from __future__ import annotations

import csv
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("CASEAPP_TEST_WEAK_KDF", "1")  # bench vaults only: fast unlock
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUT = Path(__file__).resolve().parent / "out"
USER, PASSPHRASE = "admin", "correct horse battery"

#: What a caseworker types, one keystroke at a time (Cyrillic and Latin, both kinds of list).
TYPED = [
    ("prisoners", "Коваленко"),
    ("prisoners", "Kovalenko"),
    ("requests", "Олійник Сергій"),
    ("requests", "Oliinyk Serhii"),
    ("requests", "Шевченко"),
    ("requests", "Bilets'ka"),
    ("prisoners", "Коломиец"),
    ("requests", "Kolomiiets"),
    # Another form of the given name or surname: the query is an OR of the matcher's forms.
    ("prisoners", "Kovalenko Oleksandr"),
    ("prisoners", "Aleksandr Kovalenko"),
    ("prisoners", "Alexander Kovalenko"),
    ("prisoners", "Коваленко Олександр"),
    ("requests", "Олейник"),
]


def _sizes() -> tuple[int, int, int]:
    return (
        int(os.environ.get("BENCH_PRISONERS", "100000")),
        int(os.environ.get("BENCH_REQUESTS", "50000")),
        int(os.environ.get("BENCH_IMPORT_ROWS", "10000")),
    )


def build(path: Path, prisoners: int, requests: int) -> None:
    """Create a demo vault (run in a child process)."""
    from caseapp.accounts import create_vault
    from caseapp.demo import fill_vault
    from caseapp.store import Session
    from caseapp.vault.keyslots import TEST_KDF

    _created, _recovery = create_vault(path, USER, PASSPHRASE, kdf=TEST_KDF)
    vault, account = _created.vault, _created.account
    fill_vault(Session(vault, account), prisoners, requests)
    vault.close()


def _vault_copy(prisoners: int, requests: int) -> tuple[Path, float | None]:
    from caseapp.vault.keyslots import keyfile_paths

    OUT.mkdir(exist_ok=True)
    cached = OUT / f"screens-{prisoners}-{requests}.caseapp"
    built_in: float | None = None
    if not cached.exists():
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bench.bench_screens", "build", str(cached),
             str(prisoners), str(requests)],
            check=True,
        )  # fmt: skip
        built_in = time.perf_counter() - start
    work = OUT / "screens-work.caseapp"
    for src, dst in [(cached, work), *zip(keyfile_paths(cached), keyfile_paths(work), strict=True)]:
        shutil.copy2(src, dst)
    for suffix in ("-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    return work, built_in


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run() -> None:
    from PySide6.QtWidgets import QApplication

    from bench.report import write_section
    from caseapp.accounts import unlock_session
    from caseapp.demo import generate_prisoners
    from caseapp.io.importer import apply_import, plan_import
    from caseapp.io.tables import read_table
    from caseapp.listing import DEFAULT_COLUMNS, ListFilter, fetch_rows_by_key, query_keys
    from caseapp.store import Session
    from ui.operations import Operations
    from ui.pages.records import RecordsPage

    prisoners, requests, import_rows = _sizes()
    path, built_in = _vault_copy(prisoners, requests)
    rss_before = _rss_mb()
    start = time.perf_counter()
    _unlocked = unlock_session(path, USER, PASSPHRASE)
    vault, account = _unlocked.vault, _unlocked.account
    unlock_s = time.perf_counter() - start
    session = Session(vault, account)
    app = QApplication.instance() or QApplication([])

    # --- opening the lists, as the GUI does: background id query, then the first screen of rows
    open_times: dict[str, float] = {}
    for kind in ("prisoners", "requests"):
        start = time.perf_counter()
        page = RecordsPage(session, Operations(), kind)
        page.resize(1366, 700)
        page.show()
        lp = page.list_page
        while lp.runner.pending:
            app.processEvents()
        for row in range(40):  # what the first screen paints
            for column in range(lp.model.columnCount()):
                lp.model.index(row, column).data()
        open_times[kind] = time.perf_counter() - start
        rows_shown = lp.model.rowCount()
        assert rows_shown == (prisoners if kind == "prisoners" else requests)
        page.close()
        page.deleteLater()
        app.processEvents()
    start = time.perf_counter()
    query_keys(session.conn, "prisoners", sort_field="family_name")
    sorted_s = time.perf_counter() - start

    # --- search, one keystroke at a time: the ids in list order plus the first screen of rows
    conn = session.conn
    per_script: dict[str, list[float]] = {"Cyrillic": [], "Latin": []}
    hits: dict[str, int] = {}
    skipped = 0
    for _round in range(3):
        for kind, text in TYPED:
            script = (
                "Cyrillic" if any("а" <= c.lower() <= "я" or c in "іїєґ" for c in text) else "Latin"
            )
            shown = ListFilter()  # the list starts unfiltered
            for end in range(1, len(text) + 1):
                typed = ListFilter(text=text[:end])
                start = time.perf_counter()
                if typed.effective() != shown.effective():  # what the list page decides
                    ids = query_keys(conn, kind, typed)
                    fetch_rows_by_key(conn, kind, ids[:40], DEFAULT_COLUMNS[kind])
                    hits[text] = len(ids)
                else:
                    skipped += 1
                shown = typed
                per_script[script].append((time.perf_counter() - start) * 1000)
    everything = per_script["Cyrillic"] + per_script["Latin"]

    # --- importing a 10k-row list (CSV) into the full vault: read, dry run, one transaction
    csv_path = OUT / "screens-import.csv"
    columns = ["family_name", "given_name", "patronymic", "sex", "birth_date", "birth_place",
               "unit", "service_number", "category", "status"]  # fmt: skip
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for record in generate_prisoners(import_rows, seed=99):
            writer.writerow([getattr(record, c) or "" for c in columns])
    start = time.perf_counter()
    table = read_table(csv_path)
    plan = plan_import(conn, "prisoners", table)
    planned_s = time.perf_counter() - start
    result = apply_import(session, plan)
    import_s = time.perf_counter() - start
    assert result.created == import_rows
    start = time.perf_counter()
    after = query_keys(conn, "prisoners", ListFilter(text="Kovalenko"))
    after_ms = (time.perf_counter() - start) * 1000
    peak = _rss_mb()
    from ui.worker import database_pool

    database_pool().waitForDone()
    vault.close()

    def row(label: str, values: list[float]) -> str:
        return (
            f"| {label} | {len(values)} | {statistics.median(values):.1f} | "
            f"{_percentile(values, 0.95):.1f} | {max(values):.1f} |"
        )

    body = f"""## Screens: lists, search, import ({prisoners:,} prisoner records + {requests:,} tracing requests)

Target: list opens < 1 s; search < 50 ms per keystroke at p95; 10,000-row import < 20 s;
under 500 MB of memory.

| What | Result |
| --- | --- |
| Unlock (test key derivation) + search-index check | {unlock_s:.2f} s |
| Open the prisoner list ({prisoners:,} rows: background id query + first screen of rows) | {open_times["prisoners"]:.2f} s |
| Open the tracing-request list ({requests:,} rows) | {open_times["requests"]:.2f} s |
| Re-sort the prisoner list by family name | {sorted_s:.2f} s |
| Import {import_rows:,}-row CSV: read + dry run (duplicates against the vault) | {planned_s:.1f} s |
| Import {import_rows:,}-row CSV: total, including the one-transaction write | {import_s:.1f} s |
| Search "Kovalenko" after the import ({len(after):,} hits) | {after_ms:.1f} ms |
| Peak resident memory of the process (before unlocking: {rss_before:.0f} MB) | {peak:.0f} MB |

Search per keystroke (ms): the typed prefix becomes trigram terms, the FTS5 index gives the
matching rows' keys (newest first, read from the index alone), and the first 40 rows are fetched
for display, as the list page does. The first one or two letters (under three key letters) do not search: the list stays as
it is and no query runs ({skipped} of the keystrokes below); they are counted as typed.
Typed: {", ".join(t for _k, t in TYPED)}; three rounds.

| Script | Keystrokes | p50 | p95 | max |
| --- | --- | --- | --- | --- |
{row("Cyrillic", per_script["Cyrillic"])}
{row("Latin", per_script["Latin"])}
{row("All", everything)}

Hits for the full words: {", ".join(f"{t} {n:,}" for t, n in hits.items())}.
The search runs on the database worker thread after a 150 ms pause in typing; the GUI thread
only starts it, so typing never waits for it.
"""
    if built_in is not None:
        body += f"\nBuilding the demo vault (through the write path, index triggers included) took {built_in:.0f} s.\n"
    write_section("screens", body, "make bench (or .venv/bin/python -m bench.run_all screens)")
    print(body, flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "build":
        build(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
    else:
        run()
