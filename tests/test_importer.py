"""Import planning (dry run) and applying: mapping, duplicates, provenance, cancel."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain.models import ImportBatch, PrisonerRecord
from caseapp.errors import Cancelled, ValidationError
from caseapp.io.importer import SEGMENT_ROWS, apply_import, default_mapping, plan_import
from caseapp.io.tables import read_table
from caseapp.records import list_entities
from caseapp.store import Session
from caseapp.tasks import Progress


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_column_names_in_ukrainian_and_russian_are_recognised() -> None:
    headers = ["Прізвище", "Имя", "по батькові", "Дата народження", "в/ч", "колонка"]
    assert default_mapping("prisoners", headers) == {
        0: "family_name",
        1: "given_name",
        2: "patronymic",
        3: "birth_date",
        4: "unit",
    }


def test_semicolon_csv_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("\ufefffamily_name;given_name\nБойко;Іван\n".encode())
    table = read_table(path)
    assert table.headers == ["family_name", "given_name"] and table.rows == [["Бойко", "Іван"]]
    assert table.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_reports_duplicates_and_invalid_rows_and_writes_nothing(
    session: Session, tmp_path: Path
) -> None:
    with session.transaction("seed") as txn:
        existing = txn.create(
            PrisonerRecord(family_name="Бойко", given_name="Іван", birth_date="1980-02-03")
        )
    path = _write(
        tmp_path / "l.csv",
        "family_name,given_name,birth_date,sex\n"
        "БОЙКО,іван,1980,M\n"  # same person as the stored one, by name and birth year
        "Мельник,Олег,1975,M\n"
        "Мельник,Олег,1975-06,M\n"  # duplicate of the row above
        ",,1990,M\n"  # no name at all
        "Ткачук,Іра,1990,Q\n",  # bad sex
    )
    journal_before = session.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    plan = plan_import(session.conn, "prisoners", read_table(path))
    assert [row for row, _ in plan.to_create] == [2, 3, 4]
    assert plan.duplicates == [(2, existing.ref), (4, "row 3")]
    assert [(i.row_number, [e.field for e in i.errors]) for i in plan.invalid] == [
        (5, ["family_name"]),
        (6, ["sex"]),
    ]
    assert session.conn.execute("SELECT count(*) FROM journal").fetchone()[0] == journal_before


def test_apply_records_provenance_in_one_transaction(session: Session, tmp_path: Path) -> None:
    path = _write(tmp_path / "ok.csv", "family_name,given_name\nБойко,Іван\nМельник,Олег\n")
    table = read_table(path)
    result = apply_import(session, plan_import(session.conn, "prisoners", table))
    batch = list_entities(session.conn, ImportBatch)[0]
    assert (batch.source_sha256, batch.source_name, batch.row_count) == (table.sha256, "ok.csv", 2)
    records = list_entities(session.conn, PrisonerRecord)
    assert {r.import_batch_id for r in records} == {result.batch_id}
    txns = session.conn.execute("SELECT count(DISTINCT txn) FROM journal").fetchone()[0]
    assert txns == 2  # vault creation + this import
    again = plan_import(session.conn, "prisoners", table)
    assert again.already_imported and len(again.duplicates) == 2


def test_invalid_rows_refuse_the_whole_plan(session: Session, tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.csv", "family_name,birth_date\nБойко,1980\nМельник,1975-02-30\n")
    plan = plan_import(session.conn, "prisoners", read_table(path))
    with pytest.raises(ValidationError, match="row 3"):
        apply_import(session, plan)
    assert list_entities(session.conn, PrisonerRecord) == []


def test_cancel_rolls_the_whole_import_back(session: Session, tmp_path: Path) -> None:
    rows = "".join(f"Прізвище{i},Ім'я\n" for i in range(50))
    path = _write(tmp_path / "many.csv", "family_name,given_name\n" + rows)
    plan = plan_import(session.conn, "prisoners", read_table(path))

    class CancelAfterTen(Progress):
        def step(self, count: int = 1) -> None:
            super().step(count)
            if self.done == 10:
                self.cancel()
                self.check()

    progress = CancelAfterTen()
    with pytest.raises(Cancelled):
        apply_import(session, plan, progress)
    assert list_entities(session.conn, PrisonerRecord) == []
    assert list_entities(session.conn, ImportBatch) == []


def test_invalid_cells_are_reported_by_field_without_their_values(
    session: Session, tmp_path: Path
) -> None:
    """A cell can hold anything, a name in the wrong column included: reports name the field
    and the reason, never the value (they reach stderr, dialogs and logs)."""
    values = ("Щербатюк-Згурський", "0671234567", "так-ні", "сорок")
    path = _write(
        tmp_path / "bad.csv",
        f"family_name,sex,birth_date,do_not_disclose\nБойко,{values[0]},{values[1]},{values[2]}\n",
    )
    plan = plan_import(session.conn, "prisoners", read_table(path))
    (issue,) = plan.invalid
    codes = {e.field: e.code for e in issue.errors}
    assert codes == {
        "sex": "not_a_choice",
        "birth_date": "not_a_date",
        "do_not_disclose": "not_yes_no",
    }
    with pytest.raises(ValidationError) as caught:
        apply_import(session, plan)
    for text in (str(caught.value), caught.value.localized("uk"), *map(str, issue.errors)):
        assert not any(value in text for value in values), text
    assert list_entities(session.conn, PrisonerRecord) == []


class _SaveWaiting:
    """The GUI writer as an import sees it, with one record save queued behind the import."""

    def __init__(self, session: Session) -> None:
        self.session, self.pending, self.ran_after = session, True, -1

    def waiting(self) -> bool:
        return self.pending

    def run_waiting(self) -> None:
        if not self.pending or self.session.vault.in_transaction_here():
            return  # as the GUI's writer: never inside the import's transaction
        self.pending = False
        self.ran_after = len(list_entities(self.session.conn, PrisonerRecord))
        with self.session.transaction("save") as txn:
            txn.create(PrisonerRecord(family_name="Збережений"))


def _many(session: Session, tmp_path: Path, count: int) -> Any:
    rows = "".join(f"Прізвище{i},Ім'я\n" for i in range(count))
    path = _write(tmp_path / "many.csv", "family_name,given_name\n" + rows)
    return plan_import(session.conn, "prisoners", read_table(path))


def test_a_save_waiting_behind_an_import_goes_through_between_its_transactions(
    session: Session, tmp_path: Path
) -> None:
    plan = _many(session, tmp_path, 250)
    progress = Progress()
    progress.writer = writer = _SaveWaiting(session)
    result = apply_import(session, plan, progress)
    assert writer.ran_after == 1  # after the row being written, not after the whole list
    names = [p.family_name for p in list_entities(session.conn, PrisonerRecord)]
    assert len(names) == 251 and "Збережений" in names
    assert result.created == 250 and len(result.changes.ids("prisoner")) == 250
    actions = [r[0] for r in session.conn.execute("SELECT action FROM txn ORDER BY id")]
    # One row, the save, then segments of SEGMENT_ROWS: commits stay small for later saves.
    assert actions[-4:] == ["import prisoners", "save", "import prisoners", "import prisoners"]
    assert SEGMENT_ROWS == 200


def test_an_import_cancelled_after_letting_a_save_through_is_still_all_or_nothing(
    session: Session, tmp_path: Path
) -> None:
    plan = _many(session, tmp_path, 250)

    class CancelAt200(Progress):
        def step(self, count: int = 1) -> None:
            super().step(count)
            if self.done == 200:
                self.cancel()
                self.check()

    progress = CancelAt200()
    progress.writer = _SaveWaiting(session)
    with pytest.raises(Cancelled):
        apply_import(session, plan, progress)
    assert [p.family_name for p in list_entities(session.conn, PrisonerRecord)] == ["Збережений"]
    assert list_entities(session.conn, ImportBatch) == []


def test_a_cp1251_csv_is_read_by_detecting_its_encoding(tmp_path: Path) -> None:
    """Windows Excel in Ukraine saves "CSV" as cp1251: read, not refused."""
    from caseapp.io.tables import read_table

    path = tmp_path / "list.csv"
    text = "family_name;given_name;birth_date\nКоваленко;Олександр;1985\nБілецька;Юлія;1990\nОлійник;Сергій;1979\n"
    path.write_bytes(text.encode("cp1251"))
    table = read_table(path)
    assert [row[:2] for row in table.rows] == [
        ["Коваленко", "Олександр"],
        ["Білецька", "Юлія"],
        ["Олійник", "Сергій"],
    ]
