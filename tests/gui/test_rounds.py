"""The Exchange rounds screen through real widgets on the real worker thread: a framework and a
round, two list versions and their difference, confirming in the side-by-side review, a
returnees' list with a substitution and a no-show, execution and undo of one entry, exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from caseapp.domain.models import ExchangeFramework, PrisonerRecord, RoundEntry, TracingRequest
from caseapp.letters.batch import owed_letters
from caseapp.rounds.core import quotas
from caseapp.store import Session, list_entities, load_entity
from tests.gui.conftest import unlock
from tests.letters.helpers import pdf_text
from tests.rounds.helpers import OURS_V1, OURS_V2, RETURNED, THEIRS, seed, write_list
from ui.main_window import MainWindow
from ui.pages.rounds import RoundsPage


def _page(window: MainWindow) -> RoundsPage:
    assert window.workspace is not None
    window.workspace.show_page("rounds")
    page = window.workspace.current_page()
    assert isinstance(page, RoundsPage)
    return page


def _idle(qtbot: QtBot, *owners: Any) -> None:
    def done() -> bool:
        return all(getattr(o, "task", None) is None or not o.task.running for o in owners) and all(
            not getattr(o, name).pending
            for o in owners
            for name in ("runner", "list_runner", "round_runner")
            if hasattr(o, name)
        )

    qtbot.waitUntil(done, timeout=15_000)


def _table_texts(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _import(qtbot: QtBot, page: RoundsPage, path: Path, side: str, direction: str) -> None:
    lists = page.lists
    count = len(page.view.lists) if page.view else 0
    task = lists.import_file(path, side, direction)
    qtbot.waitUntil(lambda: task is not None and not task.running, timeout=15_000)
    assert task is not None and task.error is None, task.error
    qtbot.waitUntil(
        lambda: (
            lists.match_task is not None
            and not lists.match_task.running
            and page.view is not None
            and len(page.view.lists) == count + 1
        ),
        timeout=15_000,
    )
    _idle(qtbot, page, lists)


def _select(qtbot: QtBot, page: RoundsPage, start: str, list_id: str) -> RoundEntry:
    lists = page.lists
    lists.show_list(list_id)
    qtbot.waitUntil(lambda: lists.list_combo.currentData() == list_id)
    _idle(qtbot, lists)
    names = [row[0] for row in _table_texts(lists.entries)]
    number = next(i for i, n in enumerate(names) if n.startswith(start))
    lists.entries.selectRow(number)
    qtbot.waitUntil(
        lambda: (
            lists.panel.entry is not None
            and (lists.panel.entry.name_as_written or "").startswith(start)
        )
    )
    assert lists.panel.entry is not None
    return lists.panel.entry


def test_a_round_from_lists_to_execution(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    session: Session = unlock(qtbot, window)
    seeded = seed(session)
    page = _page(window)
    _idle(qtbot, page)
    assert page.empty.isVisible()

    # A framework and a round.
    page.new_round("Обмін 3 на 3", "1000 на 1000", 3)
    qtbot.waitUntil(lambda: page.view is not None, timeout=15_000)
    _idle(qtbot, page)
    assert page.view is not None and page.view.exchange.ref.startswith("XR-")
    (framework,) = list_entities(session.conn, ExchangeFramework)
    assert framework.name == "1000 на 1000"
    assert page.view.exchange.framework_id == framework.id
    page.facts.quota_spins[("ours", "pow")].setValue(2)
    page.facts.quota_spins[("ours", "wounded_sick")].setValue(1)
    page.facts.save_button.click()
    _idle(qtbot, page)
    round_id = page.view.exchange.id
    assert quotas(session.conn, round_id) == {("ours", "pow"): 2, ("ours", "wounded_sick"): 1}

    # Two versions of our requested list: the difference is shown.
    _import(qtbot, page, write_list(tmp_path, "v1.csv", OURS_V1), "ours", "requested")
    _import(qtbot, page, write_list(tmp_path, "v2.csv", OURS_V2), "ours", "requested")
    assert "v2" in page.lists.list_combo.currentText()
    qtbot.waitUntil(lambda: "1 added, 1 removed, 1 changed" in page.lists.diff_label.text())
    assert "Шевченко" in page.lists.diff_label.text()
    _import(qtbot, page, write_list(tmp_path, "theirs.csv", THEIRS), "theirs", "offered")
    ours_v2 = next(rl for rl in page.view.lists if rl.side == "ours" and rl.version == 2)
    page.lists.show_list(ours_v2.id)
    _idle(qtbot, page.lists)

    # Confirm in the side-by-side review.
    for start in ("КОЛОМИЕЦ", "Бойко", "Мельник"):
        entry = _select(qtbot, page, start, ours_v2.id)
        panel = page.lists.panel
        assert entry.list_id == ours_v2.id
        assert panel.table.rowCount() > 0  # entry as written vs the record, field by field
        assert panel.confirm_button.isEnabled()
        panel.confirm_button.click()
        qtbot.waitUntil(
            lambda e=entry: (
                (load_entity(session.conn, RoundEntry, e.id) or e).match_status == "confirmed"
            )
        )
        _idle(qtbot, page, page.lists, panel)
    qtbot.waitUntil(
        lambda: page.view is not None and page.view.balance.total("ours").confirmed == 3
    )
    balance = _table_texts(page.balance.table)
    assert [page.balance.table.item(0, 0).text()] and any(
        r[2:] == ["3", "3", "3", "0"] for r in balance
    )

    # The returnees' list: a substitution and a no-show.
    _import(qtbot, page, write_list(tmp_path, "returned.csv", RETURNED), "ours", "returned")
    execution = page.execution
    page.tabs.setCurrentWidget(execution)
    qtbot.waitUntil(lambda: execution.result is not None and execution.result.returned_lists == 1)
    _idle(qtbot, execution)
    rows = _table_texts(execution.table)
    names = {row[2] for row in rows}
    assert "Бойко Александр Петрович" in names and "Ткаченко Павло Олегович" in names
    assert execution.execute_button.isEnabled()

    # Execute: people, requests and the letters owed change.
    execution.execute()
    qtbot.waitUntil(lambda: execution.last_execution is not None, timeout=15_000)
    _idle(qtbot, page, execution)
    assert "2 exchanged" in execution.outcome.text()
    kolomiiets = load_entity(session.conn, PrisonerRecord, seeded.prisoners["kolomiiets"].id)
    assert kolomiiets is not None and kolomiiets.status == "repatriated"
    request = load_entity(session.conn, TracingRequest, seeded.requests["kolomiiets"].id)
    assert request is not None and request.status == "returned"
    assert len(owed_letters(session.conn, "return_release", round_id=round_id)) == 2
    qtbot.waitUntil(
        lambda: page.view is not None and page.view.balance.total("ours").exchanged == 2
    )

    # Undo one entry.
    page.tabs.setCurrentWidget(page.lists)
    page.lists.show_list(ours_v2.id)
    _idle(qtbot, page.lists)
    _select(qtbot, page, "КОЛОМИЕЦ", ours_v2.id)
    assert page.lists.panel.undo_button.isEnabled()
    page.lists.panel.undo_button.click()
    qtbot.waitUntil(
        lambda: (
            (load_entity(session.conn, PrisonerRecord, kolomiiets.id) or kolomiiets).status
            == "held"
        ),
        timeout=15_000,
    )
    request = load_entity(session.conn, TracingRequest, seeded.requests["kolomiiets"].id)
    assert request is not None and request.status == "confirmed_held"
    assert owed_letters(session.conn, "return_release", round_id=round_id) == [
        seeded.requests["melnyk"].id
    ]
    _idle(qtbot, page, page.lists, page.lists.panel)

    # Exports for the mediator, read back.
    xlsx, pdf = tmp_path / "list.xlsx", tmp_path / "list.pdf"
    execution.script_combo.setCurrentIndex(execution.script_combo.findData("uk_kmu_2010"))
    execution.export_to(xlsx)
    _idle(qtbot, execution)
    sheet = load_workbook(xlsx).worksheets[0]
    cells = {str(c) for row in sheet.iter_rows(values_only=True) for c in row if c}
    assert "Kolomiiets" in cells and "Melnyk" in cells
    execution.script_combo.setCurrentIndex(0)
    execution.export_to(pdf)
    _idle(qtbot, execution)
    assert "Коломієць" in pdf_text(pdf.read_bytes())
    summary = tmp_path / "summary.pdf"
    execution.summary_to(summary)
    _idle(qtbot, execution)
    assert "Ткаченко" in pdf_text(summary.read_bytes())


def test_a_list_with_unusual_columns_is_imported_by_choosing_the_mapping(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    session: Session = unlock(qtbot, window)
    page = _page(window)
    _idle(qtbot, page)
    page.new_round("Обмін", "", 3)
    qtbot.waitUntil(lambda: page.view is not None, timeout=15_000)
    _idle(qtbot, page)
    lists = page.lists
    odd = tmp_path / "odd.csv"
    odd.write_text(
        "Хто саме,Коли народився,Жетон\n"
        "Коломієць Сергій Юрійович,12.03.1990,AB123456\n"
        "Бойко Олександр Петрович,01.07.1985,\n",
        encoding="utf-8",
    )

    def open_dialog() -> Any:
        lists.ask_import()
        dialog = lists.import_dialog
        assert dialog is not None
        dialog.set_path(odd)
        qtbot.waitUntil(lambda: dialog.table is not None, timeout=15_000)
        return dialog

    dialog = open_dialog()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.mapping_table.rowCount() == 3
    assert dialog.mapping() == {}  # nothing recognised: the user chooses
    assert not ok.isEnabled()
    for index, name in enumerate(("name_as_written", "birth_date", "name_as_written")):
        combo = dialog.combos[index]
        combo.setCurrentIndex(combo.findData(name))
    assert not ok.isEnabled() and "same field" in dialog.mapping_note.text()
    dialog.combos[2].setCurrentIndex(dialog.combos[2].findData("service_number"))
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(
        lambda: lists.match_task is not None and not lists.match_task.running, timeout=15_000
    )
    _idle(qtbot, page, lists)
    entries = list_entities(session.conn, RoundEntry)
    assert sorted((e.family_name, e.birth_date, e.service_number) for e in entries) == [
        ("Бойко", "1985-07-01", None),
        ("Коломієць", "1990-03-12", "AB123456"),
    ]

    # The same layout again: the chosen mapping is offered.
    again = open_dialog()
    assert again is not dialog
    assert again.mapping() == {0: "name_as_written", 1: "birth_date", 2: "service_number"}
    assert "used last time" in again.mapping_note.text()
    again.reject()


def test_an_unreadable_list_file_is_said_in_the_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    page = _page(window)
    _idle(qtbot, page)
    page.new_round("Обмін", "", 3)
    qtbot.waitUntil(lambda: page.view is not None, timeout=15_000)
    page.lists.ask_import()
    dialog = page.lists.import_dialog
    assert dialog is not None
    task = dialog.set_path(tmp_path / "missing.csv")
    qtbot.waitUntil(lambda: not task.running, timeout=15_000)
    assert dialog.table is None and dialog.mapping_note.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_letters_owed_after_a_round_show_on_the_letters_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from caseapp.letters import save_profile
    from caseapp.rounds import core, execute, matching
    from tests.letters.helpers import PROFILE
    from tests.rounds.conftest import RoundCase
    from ui.pages.letters import LettersPage

    session: Session = unlock(qtbot, window)
    save_profile(session, PROFILE)
    seeded = seed(session)
    created = core.create_round(session, "Обмін 3 на 3", framework="1000 на 1000", agreed=3)
    case = RoundCase(session, seeded, created.id, created.ref, tmp_path)
    case.import_list("v2.csv", OURS_V2, "ours", "requested")
    matching.confirm_strong(session, case.ref)
    case.import_list("returned.csv", RETURNED, "ours", "returned")
    assert window.workspace is not None
    window.workspace.show_page("letters")
    page = window.workspace.current_page()
    assert isinstance(page, LettersPage)
    qtbot.waitUntil(lambda: not page.owed_runner.pending)
    assert not page.owed_frame.isVisible()  # nothing owed before the round is executed
    result = execute.execute_round(session, case.ref, executed_date="2026-11-20")
    assert result.changes is not None
    window.workspace.operations.did_change(result.changes)  # as the Execution tab does
    qtbot.waitUntil(lambda: bool(page.owed), timeout=15_000)
    owed = {(o.round_id, o.kind): o.count for o in page.owed}
    assert owed[(created.id, "return_release")] == 2
    assert page.owed_frame.isVisible()
    assert "Обмін 3 на 3" in page.owed_label.text() and "2 request(s)" in page.owed_label.text()

    # The link opens the batch for that round and kind, its requests already found.
    number = next(i for i, o in enumerate(page.owed) if o.kind == "return_release")
    page.owed_label.linkActivated.emit(f"owed:{number}")
    dialog = page.dialog
    assert dialog is not None and hasattr(dialog, "request_ids")
    qtbot.waitUntil(lambda: len(dialog.request_ids) == 2, timeout=15_000)
    assert dialog.kind_combo.currentData() == "return_release"
    assert dialog.round_combo.currentData() == created.id
    assert sorted(dialog.request_ids) == sorted(
        owed_letters(session.conn, "return_release", round_id=created.id)
    )

    # Once the letters are made, they are no longer owed: the line follows.
    dialog.generate()
    qtbot.waitUntil(lambda: dialog.batch_result is not None, timeout=30_000)
    assert len(dialog.batch_result.letters) == 2, dialog.batch_result.skipped
    qtbot.waitUntil(
        lambda: (
            not page.owed_runner.pending
            and (created.id, "return_release") not in {(o.round_id, o.kind) for o in page.owed}
        ),
        timeout=15_000,
    )
    dialog.reject()


def test_priority_reasons_are_ticked_and_stored_as_codes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from caseapp.rounds.core import update_entry

    session: Session = unlock(qtbot, window)
    seed(session)
    page = _page(window)
    _idle(qtbot, page)
    page.new_round("Обмін", "", 3)
    qtbot.waitUntil(lambda: page.view is not None, timeout=15_000)
    _idle(qtbot, page)
    _import(qtbot, page, write_list(tmp_path, "v1.csv", OURS_V1), "ours", "requested")
    assert page.view is not None
    list_id = page.view.lists[0].id
    boiko = next(
        e for e in list_entities(session.conn, RoundEntry) if e.name_as_written.startswith("Бойко")
    )
    update_entry(session, boiko.id, priority_reasons="age,legacy_code")  # kept though unknown
    entry = _select(qtbot, page, "Бойко", list_id)
    panel = page.lists.panel
    checks = panel.reason_checks
    assert [code for code, box in checks.items() if box.isChecked()] == ["age"]
    checks["seriously_wounded"].setChecked(True)
    checks["age"].setChecked(False)
    panel.save_button.click()
    qtbot.waitUntil(
        lambda: (
            (load_entity(session.conn, RoundEntry, entry.id) or entry).priority_reasons
            == "seriously_wounded,legacy_code"
        ),
        timeout=15_000,
    )
    _idle(qtbot, page.lists, panel)
    other = _select(qtbot, page, "Шевченко", list_id)
    assert [c for c, b in checks.items() if b.isChecked()] == [
        c for c in (other.priority_reasons or "").split(",") if c in checks
    ]
    _select(qtbot, page, "Бойко", list_id)
    assert [c for c, b in checks.items() if b.isChecked()] == ["seriously_wounded"]
