"""Exchange rounds at scale: a round with 1,000 entries per side against 100k prisoner records.

Measures what the issue targets: opening the round screen (every read it issues), matching a
whole list (index build + scoring + one write), reconciling a 1,000-name returnees' list, and
the exports (XLSX, list PDF, summary PDF). Uses the cached demo vault of the screens benchmark
(built once), copied to a work file; nothing else is written.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from pathlib import Path

from bench.bench_screens import PASSPHRASE, USER, _sizes, _vault_copy
from bench.report import write_section

ENTRIES = int(os.environ.get("BENCH_ROUND_ENTRIES", "1000"))
HEADER = "full_name,birth_date,service_number,category\n"


def _csv(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path.write_text(
        HEADER + "".join(f"{name},{birth},{number},pow\n" for name, birth, number in rows),
        encoding="utf-8",
    )
    return path


def _timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def run() -> None:
    os.environ.setdefault("CASEAPP_TEST_WEAK_KDF", "1")
    from caseapp.io.tables import read_table
    from caseapp.matching.service import build_index
    from caseapp.rounds import balance, candidates, core, execute, export, lists, matching, view
    from caseapp.store import Session
    from caseapp.vault.vault import Vault

    prisoners, requests, _rows = _sizes()
    work, _built = _vault_copy(prisoners, requests)
    vault, account = Vault.unlock(work, USER, PASSPHRASE)
    session = Session(vault, account)
    conn = session.conn
    rng = random.Random(12)
    people = conn.execute(
        "SELECT family_name, given_name, patronymic, birth_date, service_number FROM prisoner "
        "WHERE deleted = 0 AND family_name IS NOT NULL ORDER BY rowid"
    ).fetchall()
    picked = rng.sample(people, ENTRIES)
    ours_rows = [
        (" ".join(p for p in (f.upper(), g, pa) if p), b or "", n or "")
        for f, g, pa, b, n in picked
    ]
    theirs_rows = [
        (f"Иванов{i} Иван Иванович", f"19{60 + i % 40}-01-01", "") for i in range(ENTRIES)
    ]
    # Who came: 95% of ours as listed, the rest strangers (unlisted returnees).
    came = ours_rows[: int(ENTRIES * 0.95)] + [
        (f"Петренко{i} Петро Петрович", "1980-02-02", "")
        for i in range(ENTRIES - int(ENTRIES * 0.95))
    ]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        created = core.create_round(
            session, "Bench round", framework="Bench framework", agreed=ENTRIES
        )
        plans = {}
        for name, rows in (("ours", ours_rows), ("theirs", theirs_rows), ("returned", came)):
            table = read_table(_csv(folder / f"{name}.csv", rows))
            plans[name] = lists.plan_list(table, lists.suggest_list_mapping(conn, table.headers))
        ours, results[f"import {ENTRIES:,} entries"] = _timed(
            lambda: lists.import_list(
                session, created.id, plans["ours"], side="ours", direction="requested"
            )
        )
        theirs = lists.import_list(
            session, created.id, plans["theirs"], side="theirs", direction="offered"
        )
        index, results[f"index build ({prisoners:,} records)"] = _timed(lambda: build_index(conn))
        _r, results[f"match a {ENTRIES:,}-entry list (scoring + write)"] = _timed(
            lambda: matching.match_list(session, ours.list_id, index=index)
        )
        results["match a whole list incl. index build"] = (
            results[f"index build ({prisoners:,} records)"]
            + results[f"match a {ENTRIES:,}-entry list (scoring + write)"]
        )
        matching.match_list(session, theirs.list_id, index=index)
        confirmed = matching.confirm_strong(session, created.id).confirmed
        returned = lists.import_list(
            session, created.id, plans["returned"], side="ours", direction="returned"
        )
        matching.match_list(session, returned.list_id, index=index)

        def screen_open() -> None:
            view.all_rounds(conn)
            shown = view.round_view(conn, created.id)
            view.entry_rows(conn, shown.lists[-1].id)
            lists.list_diff(conn, shown.lists[-1].id)

        _r, results[f"round screen opens (rounds, balance, lists, {ENTRIES:,} entries)"] = _timed(
            screen_open
        )
        rec, results[f"reconcile {ENTRIES:,} returnees"] = _timed(
            lambda: balance.reconcile(conn, created.id)
        )
        _r, results["candidates tab (held people, priority order)"] = _timed(
            lambda: candidates.next_candidates(conn)
        )
        _r, results["export XLSX (agreed, Latin)"] = _timed(
            lambda: export.export_file(conn, created.id, folder / "l.xlsx", script="uk_kmu_2010")
        )
        _r, results["export list PDF"] = _timed(
            lambda: export.export_file(conn, created.id, folder / "l.pdf")
        )
        _r, results["summary PDF"] = _timed(lambda: export.summary_pdf(conn, created.id))
        executed, results["execute the round (one transaction)"] = _timed(
            lambda: execute.execute_round(session, created.id)
        )
    vault.close()
    targets = {
        f"round screen opens (rounds, balance, lists, {ENTRIES:,} entries)": 0.5,
        "match a whole list incl. index build": 30.0,
        f"reconcile {ENTRIES:,} returnees": 5.0,
        "export XLSX (agreed, Latin)": 3.0,
        "export list PDF": 10.0,
    }
    lines = ["| step | seconds | target |", "|---|---:|---:|"]
    for name, seconds in results.items():
        target = targets.get(name)
        lines.append(f"| {name} | {seconds:.2f} | {f'< {target:g}' if target else ''} |")
    body = (
        f"## Exchange rounds\n\n{ENTRIES:,} entries per side against {prisoners:,} prisoner "
        f"records ({confirmed:,} confirmed by `confirm --strong`; the returnees' list has "
        f"{len(rec.pairs):,} paired, {len(rec.of_kind('unlisted_returnee')):,} unlisted; "
        f"execution exchanged {executed.exchanged:,}).\n\n" + "\n".join(lines) + "\n\n"
        "Wall-clock seconds on a shared machine (other builds running), so pessimistic."
    )
    write_section("rounds", body, "make bench (bench.run_all rounds)")
    print(body)
