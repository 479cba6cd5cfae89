"""Filtered lists, saved filters, export of what a list shows, remembered import mappings."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from caseapp.attachments import add_attachment, attachment_data, list_attachments
from caseapp.domain.models import (
    ExchangeRound,
    ImportBatch,
    PrisonerRecord,
    RoundEntry,
    RoundList,
    TracingRequest,
)
from caseapp.drafts import delete_draft, load_draft, save_draft
from caseapp.errors import BadInput, Cancelled
from caseapp.history import entity_history, field_history
from caseapp.io.exporter import export_records
from caseapp.io.importer import apply_import, plan_import, suggested_mapping
from caseapp.io.tables import read_table
from caseapp.listing import ListFilter, count, query_ids, save_filter, saved_filters
from caseapp.records import load_entity
from caseapp.store import Session
from caseapp.tasks import Progress


def _people(session: Session) -> list[PrisonerRecord]:
    with session.transaction("add") as txn:
        return [
            txn.create(PrisonerRecord(family_name="Бойко", status="held", birth_date="1990-05-01")),
            txn.create(PrisonerRecord(family_name="Мороз", status="released", birth_date="1985")),
            txn.create(
                PrisonerRecord(
                    family_name="Коваль", status="held", category="detained_civilian",
                    capture_date="2023-03-15",
                )
            ),
        ]  # fmt: skip


def test_filters_combine(session: Session) -> None:
    boiko, _moroz, koval = _people(session)
    conn = session.conn
    assert set(query_ids(conn, "prisoners", ListFilter(statuses=["held"]))) == {boiko.id, koval.id}
    assert query_ids(conn, "prisoners", ListFilter(categories=["detained_civilian"])) == [koval.id]
    by_birth = ListFilter(date_field="birth_date", date_from="1986", date_to="1990-05")
    assert query_ids(conn, "prisoners", by_birth) == [boiko.id]
    assert count(conn, "prisoners", ListFilter(statuses=["held"], text="Boiko")) == 1


def test_sorting(session: Session) -> None:
    boiko, moroz, koval = _people(session)
    ids = query_ids(session.conn, "prisoners", sort_field="family_name")
    assert ids == [boiko.id, koval.id, moroz.id]
    ids = query_ids(session.conn, "prisoners", sort_field="birth_date", descending=True)
    assert ids == [boiko.id, moroz.id, koval.id]  # no birth date: last


def test_round_and_caseworker_filters(session: Session) -> None:
    boiko, _moroz, _koval = _people(session)
    with session.transaction("round") as txn:
        rnd = txn.create(ExchangeRound(name="Round 12"))
        lst = txn.create(RoundList(round_id=rnd.id, direction="requested"))
        txn.create(RoundEntry(list_id=lst.id, name_as_written="БОЙКО", prisoner_id=boiko.id))
        mine = txn.create(
            TracingRequest(
                enquirer_name="Мати", family_name="Бойко", assigned_to=session.account.id
            )
        )
        txn.create(TracingRequest(enquirer_name="Батько", family_name="Мороз"))
    assert query_ids(session.conn, "prisoners", ListFilter(round_id=rnd.id)) == [boiko.id]
    mine_only = ListFilter(assigned_to=session.account.id)
    assert query_ids(session.conn, "requests", mine_only) == [mine.id]
    assert len(query_ids(session.conn, "requests", ListFilter(assigned_to="-"))) == 1


def test_saved_filters_round_trip(session: Session) -> None:
    flt = ListFilter(text="Бойко", statuses=["held"], date_field="birth_date", date_from="1980")
    save_filter(session, "prisoners", "Held Boikos", flt)
    save_filter(session, "prisoners", "Held Boikos", ListFilter(statuses=["held"]))  # replaces
    stored = saved_filters(session.conn, session.account.id, "prisoners")
    assert [f.name for f in stored] == ["Held Boikos"]
    assert ListFilter.from_json(stored[0].spec) == ListFilter(statuses=["held"])
    with pytest.raises(BadInput):
        save_filter(session, "prisoners", "  ", flt)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_the_filtered_list_and_imports_back(
    session: Session, tmp_path: Path, suffix: str
) -> None:
    _people(session)
    target = tmp_path / f"held{suffix}"
    written = export_records(
        session.conn, "prisoners", target, ["family_name", "status", "birth_date"],
        ListFilter(statuses=["held"]), sort_field="family_name",
    )  # fmt: skip
    assert written == 2
    if suffix == ".csv":
        with target.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        sheet = openpyxl.load_workbook(target).worksheets[0]
        rows = [[c or "" for c in r] for r in sheet.iter_rows(values_only=True)]
    assert rows == [
        ["family_name", "status", "birth_date"],
        ["Бойко", "held", "1990-05-01"],
        ["Коваль", "held", ""],
    ]
    table = read_table(target)
    plan = plan_import(session.conn, "prisoners", table)
    assert len(plan.to_create) == 2 and len(plan.duplicates) == 2 and not plan.invalid


def test_cancelled_export_leaves_no_file(session: Session, tmp_path: Path) -> None:
    with session.transaction("many") as txn:
        for i in range(1200):
            txn.create(PrisonerRecord(family_name=f"Name{i}"))
    progress = Progress()
    progress.cancel()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_records(session.conn, "prisoners", out / "x.csv", progress=progress)
    assert list(out.iterdir()) == []


def test_import_remembers_the_mapping_per_layout(session: Session, tmp_path: Path) -> None:
    source = tmp_path / "list.csv"
    source.write_text("ПІБ,Рік,Номер\nБойко,1990,A1\n", encoding="utf-8")
    table = read_table(source)
    assert suggested_mapping(session.conn, "prisoners", table.headers) == {}
    mapping = {0: "family_name", 1: "birth_date", 2: "service_number"}
    result = apply_import(session, plan_import(session.conn, "prisoners", table, mapping))
    batch = load_entity(session.conn, ImportBatch, result.batch_id)
    assert batch is not None and batch.source_sha256 == table.sha256 and batch.source_date
    second = tmp_path / "next.csv"
    second.write_text("ПІБ,Рік,Номер\nМороз,1985,B2\n", encoding="utf-8")
    assert suggested_mapping(session.conn, "prisoners", read_table(second).headers) == mapping


def test_history_lists_changes_with_who_and_old_new(session: Session) -> None:
    with session.transaction("add") as txn:
        request = txn.create(TracingRequest(enquirer_name="Мати", family_name="Бойко"))
    with session.transaction("status") as txn:
        txn.update(TracingRequest, request.id, status="in_progress")
    entries = entity_history(session.conn, request.id)
    assert entries[0].field == "status" and (entries[0].old, entries[0].new) == (
        "open",
        "in_progress",
    )
    assert entries[0].who == "admin" and entries[-1].op == "create"
    statuses = [(e.old, e.new) for e in field_history(session.conn, request.id, "status")]
    assert statuses == [("open", "in_progress"), (None, "open")]


def test_attachments_round_trip_encrypted_in_the_vault(session: Session) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    (record, *_rest) = _people(session)
    with session.transaction("attach") as txn:
        att = add_attachment(txn, "prisoner", record.id, png, "/some/folder/card.png")
    (info,) = list_attachments(session.conn, record.id)
    assert (info.filename, info.mime, info.size) == ("card.png", "image/png", len(png))
    assert attachment_data(session.conn, att.id) == png
    assert png not in session.vault.path.read_bytes()  # encrypted at rest
    assert any(e.entity_type == "attachment" for e in entity_history(session.conn, record.id))


def test_drafts_are_per_account_and_deleted_on_save(session: Session) -> None:
    conn, me = session.conn, session.account.id
    save_draft(conn, me, "prisoner", None, {"fields": {"family_name": "Бой"}})
    save_draft(conn, me, "prisoner", None, {"fields": {"family_name": "Бойко"}})
    draft = load_draft(conn, me, "prisoner", None)
    assert draft is not None and draft.payload["fields"]["family_name"] == "Бойко"
    assert load_draft(conn, "someone else", "prisoner", None) is None
    delete_draft(conn, me, "prisoner", None)
    assert load_draft(conn, me, "prisoner", None) is None
