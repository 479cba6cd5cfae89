"""Core benchmark: one writer and a lock that always locks, measured on the real main window.

- A record save made in the GUI while a 10,000-row import runs on the writer thread: time from
  Save until the record is committed (target < 200 ms).
- Lock (Ctrl+L) during a full re-match: time from the key press until the locked screen is up
  (target < 300 ms), then until the cancelled job has stopped and the vault is closed, and the
  process memory before and after.

Sizes as in ``bench_screens`` (``BENCH_PRISONERS``, ``BENCH_REQUESTS``, ``BENCH_IMPORT_ROWS``);
the demo vault is built once per size in a separate process and cached in ``bench/out/``.
"""

from __future__ import annotations

import cProfile
import csv
import os
import pstats
import statistics
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("CASEAPP_TEST_WEAK_KDF", "1")  # bench vaults only: fast unlock
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_screens import OUT, PASSPHRASE, USER, _sizes, _vault_copy


def _current_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _wait(app: Any, condition: Any, timeout: float = 600.0) -> float:
    """Process events until ``condition()``; returns the seconds it took."""
    start = time.perf_counter()
    while not condition():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > timeout:
            raise TimeoutError("benchmark step did not finish")
    return time.perf_counter() - start


def _import_csv(rows: int) -> Path:
    from caseapp.demo import generate_prisoners

    path = OUT / "core-import.csv"
    columns = ["family_name", "given_name", "patronymic", "sex", "birth_date", "birth_place",
               "unit", "service_number", "category", "status"]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for record in generate_prisoners(rows, seed=77):
            writer.writerow([getattr(record, c) or "" for c in columns])
    return path


def _saves_during_import(app: Any, window: Any, session: Any, import_rows: int) -> Any:
    """Record saves spread over a running import: (save times in ms, import seconds). A
    function of its own, so nothing it held stays referenced when the lock is measured."""
    from PySide6.QtWidgets import QPlainTextEdit

    from caseapp.domain.models import PrisonerRecord
    from caseapp.io.importer import apply_import, plan_import
    from caseapp.io.tables import read_table
    from caseapp.records import load_entity
    from ui.pages.records import RecordsPage
    from ui.worker import run_in_background

    plan = plan_import(session.conn, "prisoners", read_table(_import_csv(import_rows)))
    ids = [r[0] for r in session.conn.execute("SELECT id FROM prisoner LIMIT 5")]
    window.workspace.show_page("prisoners")
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    started = time.perf_counter()
    job = run_in_background(window, lambda p: apply_import(session, plan, p), title="Import")
    saves: list[float] = []
    for number, record_id in enumerate(ids):
        # Spread the saves over the import: wait until it has written a share of the rows.
        target = (number + 1) * import_rows // (len(ids) + 2)
        _wait(app, lambda t=target: job.progress.done >= t or not job.running)
        if not job.running:
            break
        editor = page.open_record(record_id)
        assert editor is not None
        form = next(f for f in editor.forms if "notes" in f.fields)
        notes = form.widget("notes")
        assert isinstance(notes, QPlainTextEdit)
        notes.setPlainText(f"saved during the import {number}")
        assert editor.dirty
        start = time.perf_counter()
        assert editor.save()
        task = editor.save_task
        assert task is not None
        _wait(app, lambda task=task: not task.running)
        saves.append((time.perf_counter() - start) * 1000)
        assert task.error is None, task.error
        stored = load_entity(session.conn, PrisonerRecord, record_id)
        assert stored is not None and stored.notes == f"saved during the import {number}"
        page.show_list()
    _wait(app, lambda: not job.running)
    assert job.error is None, job.error
    return saves, time.perf_counter() - started


def _start_full_rematch(app: Any, window: Any, requests: int) -> Any:
    """A full re-match that has built its index and scored a little: (its Progress, index s)."""
    from ui.pages.matches import MatchesPage

    window.workspace.show_page("matches")
    matches = window.workspace.current_page()
    assert isinstance(matches, MatchesPage)
    # The import's broadcast may already have started the automatic re-match: lock during
    # whichever full re-match runs.
    rematch = matches.rematch_now() or matches.task
    assert rematch is not None and rematch.running
    index_s = _wait(app, lambda: rematch.progress.total == requests + 1 or not rematch.running)
    _wait(app, lambda: rematch.progress.done >= min(200, requests // 10) or not rematch.running)
    assert rematch.running
    return rematch.progress, index_s


def run() -> None:
    from PySide6.QtWidgets import QApplication

    from bench.report import write_section
    from caseapp.accounts import unlock_session
    from caseapp.settings import MachineSettings
    from ui.main_window import MainWindow
    from ui.unlock import UnlockPage
    from ui.worker import pending_closes

    prisoners, requests, import_rows = _sizes()
    path, _built = _vault_copy(prisoners, requests)
    app = QApplication.instance() or QApplication([])
    window = MainWindow(path, MachineSettings())
    window.resize(1366, 768)
    window.show()
    window.open_session(unlock_session(path, USER, PASSPHRASE))
    assert window.workspace is not None
    app.processEvents()
    saves, import_s = _saves_during_import(app, window, window.session, import_rows)
    rss_before_rematch = _current_rss_mb()
    rematch_progress, index_s = _start_full_rematch(app, window, requests)
    scored = rematch_progress.done
    rss_locked_from = _current_rss_mb()
    profile = cProfile.Profile() if os.environ.get("BENCH_PROFILE") else None
    if profile is not None:
        profile.enable()
    start = time.perf_counter()
    window.lock_action.trigger()  # what Ctrl+L and the Lock button do
    _wait(app, lambda: isinstance(window.centralWidget(), UnlockPage))
    app.processEvents()
    window.centralWidget().grab()  # the locked screen is painted
    lock_ms = (time.perf_counter() - start) * 1000
    if profile is not None:
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    closed_s = _wait(app, lambda: pending_closes() == 0) + lock_ms / 1000
    assert rematch_progress.cancelled
    # The full garbage collection runs shortly after the lock (COLLECT_AFTER_LOCK_MS).
    _wait(app, lambda: time.perf_counter() - start >= 3.0)
    rss_after_lock = _current_rss_mb()
    window.close()

    load = " / ".join(f"{value:.1f}" for value in os.getloadavg()) + f" on {os.cpu_count()} cores"
    body = f"""## Core: one writer, a lock that always locks ({prisoners:,} prisoner records + {requests:,} tracing requests)

Measured on the real main window (offscreen). Target: a GUI save during a running
{import_rows:,}-row import completes in < 200 ms; lock during a full re-match < 300 ms to a
locked screen.

| What | Result |
| --- | --- |
| Record saves during the {import_rows:,}-row import: Save → committed (ms), {len(saves)} saves | median {statistics.median(saves):.0f}, max {max(saves):.0f} |
| The import itself, with those saves let through ({import_rows:,} rows) | {import_s:.1f} s |
| Lock during a full re-match (after the index build, {index_s:.1f} s, and {scored:,} requests scored): Ctrl+L → locked screen painted | {lock_ms:.0f} ms |
| … until the re-match has stopped and the vault is closed (key forgotten) | {closed_s:.2f} s |
| Process memory: before the re-match / at the lock / after the lock | {rss_before_rematch:.0f} / {rss_locked_from:.0f} / {rss_after_lock:.0f} MB |

A save is a short write: the import, a long job on the same writer thread, commits every 200
rows and as soon as a save waits (after the row being written), lets the save through and goes
on in a new transaction. The lock hides the workspace at once, cancels every job (the scoring loop checks
its `Progress` per request), interrupts running statements and closes the vault once the jobs
have stopped, without the GUI waiting.

Load average at the end of the run: {load}. Figures taken while other work shares the cores
are pessimistic (the import's rate and every commit's disk sync slow down with it).
"""
    write_section("core", body, "make bench (or .venv/bin/python -m bench.run_all core)")
    print(body, flush=True)


if __name__ == "__main__":
    run()
