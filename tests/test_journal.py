"""The one write path: validation, permissions, and the change journal behind audit and sync."""

from __future__ import annotations

import json

import pytest

from caseapp.accounts import add_account, unlock_session
from caseapp.clock import HLC
from caseapp.domain.models import LetterRecord, PrisonerRecord, TracingRequest
from caseapp.errors import BadInput, PermissionDenied, ValidationError
from caseapp.records import load_entity
from caseapp.store import Session
from tests.conftest import PASSPHRASE, make_account


def _journal(session: Session, entity_id: str) -> list[dict[str, object]]:
    rows = session.conn.execute(
        "SELECT j.op, j.field, j.old_value, j.new_value, j.hlc, t.device_id, t.account_id, "
        "t.action FROM journal j JOIN txn t ON t.id = j.txn WHERE j.entity_id = ? ORDER BY j.seq",
        (entity_id,),
    ).fetchall()
    keys = ("op", "field", "old", "new", "hlc", "device", "account", "action")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def test_create_is_one_entry_with_every_initial_value(session: Session) -> None:
    with session.transaction("register") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук", given_name="Іван"))
    entries = _journal(session, person.id)
    assert len(entries) == 1
    entry = entries[0]
    assert entry["op"] == "create" and entry["field"] is None
    values = json.loads(str(entry["new"]))
    assert values["family_name"] == "Шевчук" and values["given_name"] == "Іван"
    assert values["ref"] == person.ref and person.ref and person.ref.startswith("PR-")
    assert entry["device"] == session.vault.device_id
    assert entry["account"] == session.account.id
    assert entry["action"] == "register"


def test_update_writes_one_entry_per_changed_field_with_old_and_new(session: Session) -> None:
    with session.transaction("register") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук", given_name="Іван"))
    with session.transaction("edit") as txn:
        txn.update(
            PrisonerRecord, person.id, given_name="Іван", unit="72 ОМБр", birth_date="1990-5"
        )
    entries = _journal(session, person.id)[1:]
    assert [(e["field"], e["old"], e["new"]) for e in entries] == [
        ("birth_date", None, '"1990-05"'),
        ("unit", None, '"72 ОМБр"'),
    ]
    clocks = [HLC.decode(str(e["hlc"])) for e in _journal(session, person.id)]
    assert clocks == sorted(clocks) and len(set(clocks)) == len(clocks)
    assert all(e["device"] == session.vault.device_id for e in entries)


def test_an_unchanged_save_writes_nothing(session: Session) -> None:
    with session.transaction("register") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук"))
    with session.transaction("save") as txn:
        txn.save(person)
    assert len(_journal(session, person.id)) == 1
    assert txn.changes.count == 0


def test_delete_is_soft_and_journaled(session: Session) -> None:
    with session.transaction("register") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук"))
    with session.transaction("remove") as txn:
        txn.delete(PrisonerRecord, person.id)
    assert load_entity(session.conn, PrisonerRecord, person.id) is None
    assert load_entity(session.conn, PrisonerRecord, person.id, include_deleted=True)
    assert _journal(session, person.id)[-1]["op"] == "delete"
    assert txn.changes.deleted == {"prisoner": {person.id}}


def test_invalid_values_are_refused_with_every_reason_and_nothing_stored(
    session: Session,
) -> None:
    with session.transaction("register") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук"))
    with pytest.raises(ValidationError) as caught, session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, birth_date="1990-13-45", sex="X")
    fields = {e.field for e in caught.value.errors}
    assert fields == {"birth_date", "sex"}
    assert "month 13 does not exist" in str(caught.value)
    stored = load_entity(session.conn, PrisonerRecord, person.id)
    assert stored is not None and stored.birth_date is None
    assert len(_journal(session, person.id)) == 1


def test_a_failure_mid_action_rolls_back_everything(session: Session) -> None:
    with pytest.raises(ValidationError), session.transaction("two records") as txn:
        first = txn.create(PrisonerRecord(family_name="Перший"))
        txn.create(PrisonerRecord(family_name=None, given_name=None))
    assert load_entity(session.conn, PrisonerRecord, first.id) is None
    assert (
        session.conn.execute(
            "SELECT count(*) FROM journal WHERE entity_type='prisoner'"
        ).fetchone()[0]
        == 0
    )


def test_roles_limit_what_may_be_written(session: Session) -> None:
    make_account(session, "viewer1", "viewer")
    make_account(session, "field1", "caseworker")
    path = session.vault.path
    _unlocked = unlock_session(path, "viewer1", PASSPHRASE)
    vault, viewer = _unlocked.vault, _unlocked.account
    with (
        pytest.raises(PermissionDenied, match="viewer"),
        Session(vault, viewer).transaction("add") as txn,
    ):
        txn.create(PrisonerRecord(family_name="Шевчук"))
    vault.close()
    _unlocked = unlock_session(path, "field1", PASSPHRASE)
    vault, worker = _unlocked.vault, _unlocked.account
    field_session = Session(vault, worker)
    with field_session.transaction("add") as txn:
        txn.create(TracingRequest(enquirer_name="Мати", family_name="Шевчук"))
    with pytest.raises(PermissionDenied), field_session.transaction("letter") as txn:
        txn.create(LetterRecord(kind="acknowledgement", language="uk"))
    with pytest.raises(PermissionDenied, match="administrator"):
        add_account(field_session, "x", PASSPHRASE, "admin")
    vault.close()


def test_updating_a_missing_record_is_a_clear_error(session: Session) -> None:
    with pytest.raises(BadInput, match="no longer exists"), session.transaction("edit") as txn:
        txn.update(PrisonerRecord, "no-such-id", unit="x")


def test_reference_numbers_are_unique_and_carry_the_device(session: Session) -> None:
    with session.transaction("register") as txn:
        refs = [
            txn.create(TracingRequest(enquirer_name="M", family_name="K")).ref for _ in range(3)
        ]
    code = session.vault.device_code()
    assert len(set(refs)) == 3
    assert all(r and r.startswith("TR-") and f"-{code}-" in r for r in refs)
    assert [r[-5:] for r in refs if r] == ["00001", "00002", "00003"]


def test_the_clock_survives_a_reopen_when_the_wall_clock_goes_back(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop whose clock is set back (flat CMOS battery, a time-zone fix) must still stamp
    later changes after earlier ones: the clock resumes from the stamp saved in the vault."""
    now = [1_900_000_000_000]
    monkeypatch.setattr("caseapp.clock.wall_ms", lambda: now[0])
    path = session.vault.path
    session.vault.close()
    opened = unlock_session(path, "admin", PASSPHRASE)  # a clock that reads ``now``
    vault, account = opened.vault, opened.account
    with Session(vault, account).transaction("a") as txn:
        person = txn.create(PrisonerRecord(family_name="A"))
    (first,) = _journal(Session(vault, account), person.id)
    assert HLC.decode(str(first["hlc"])).wall_ms == now[0]
    vault.close()
    now[0] -= 3_600_000  # an hour back
    opened = unlock_session(path, "admin", PASSPHRASE)
    vault, account = opened.vault, opened.account
    again = Session(vault, account)
    with again.transaction("b") as txn:
        txn.update(PrisonerRecord, person.id, unit="u")
    first_hlc, second_hlc = (str(e["hlc"]) for e in _journal(again, person.id))
    assert second_hlc > first_hlc
    assert HLC.decode(second_hlc) > HLC.decode(first_hlc)
    vault.close()


def test_delete_and_restore_need_the_right_to_write(session: Session) -> None:
    """A viewer may neither delete nor restore (nor undo) a record; nothing changes."""
    with session.transaction("register") as txn:
        kept = txn.create(PrisonerRecord(family_name="Шевчук"))
        gone = txn.create(PrisonerRecord(family_name="Мельник"))
    with session.transaction("remove") as txn:
        txn.delete(PrisonerRecord, gone.id)
    make_account(session, "reader", "viewer")
    viewer = unlock_session(session.vault.path, "reader", PASSPHRASE)
    vault = viewer.vault
    before = viewer.conn.execute("SELECT count(*) FROM journal").fetchone()[0]
    with pytest.raises(PermissionDenied), viewer.transaction("delete") as txn:
        txn.delete(PrisonerRecord, kept.id)
    with pytest.raises(PermissionDenied), viewer.transaction("restore") as txn:
        txn.restore(PrisonerRecord, gone.id)
    assert load_entity(viewer.conn, PrisonerRecord, kept.id) is not None
    assert load_entity(viewer.conn, PrisonerRecord, gone.id) is None
    assert viewer.conn.execute("SELECT count(*) FROM journal").fetchone()[0] == before
    vault.close()


def test_revert_undoes_a_whole_action_and_is_itself_journaled(session: Session) -> None:
    with session.transaction("register") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук", unit="1"))
    with session.transaction("edit and add") as txn:
        txn.update(PrisonerRecord, person.id, unit="2", rank="сержант")
        other = txn.create(PrisonerRecord(family_name="Мельник"))
    edit_txn = txn.changes.txn_id
    with session.transaction("undo") as txn:
        txn.revert(edit_txn)
    restored = load_entity(session.conn, PrisonerRecord, person.id)
    assert restored is not None and (restored.unit, restored.rank) == ("1", None)
    assert load_entity(session.conn, PrisonerRecord, other.id) is None
    assert [e["action"] for e in _journal(session, person.id)][-1] == "undo"


def test_revert_refuses_when_a_later_edit_would_be_lost(session: Session) -> None:
    with session.transaction("register") as txn:
        person = txn.create(PrisonerRecord(family_name="Шевчук", unit="1"))
    with session.transaction("edit") as txn:
        txn.update(PrisonerRecord, person.id, unit="2")
    edit_txn = txn.changes.txn_id
    with session.transaction("later edit") as txn:
        txn.update(PrisonerRecord, person.id, unit="3")
    with pytest.raises(BadInput, match="changed again"), session.transaction("undo") as txn:
        txn.revert(edit_txn)
    stored = load_entity(session.conn, PrisonerRecord, person.id)
    assert stored is not None and stored.unit == "3"
