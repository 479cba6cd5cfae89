"""Search finds a person whatever script or spelling is typed, and the index follows every write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from caseapp.cli import main as cli_main
from caseapp.domain.models import NameForm, PrisonerRecord, TracingRequest
from caseapp.listing import ListFilter, query_ids
from caseapp.search import ensure_search_index, rebuild_search_index
from caseapp.search_keys import query_terms, search_keys
from caseapp.store import Session
from caseapp.vault.connection import open_connection
from caseapp.vault.schema import migrate
from tests.conftest import PASSPHRASE


def _prisoner(session: Session, **values: str) -> PrisonerRecord:
    with session.transaction("add") as txn:
        return txn.create(PrisonerRecord(**values))  # type: ignore[arg-type]


def _find(session: Session, text: str, kind: str = "prisoners") -> list[str]:
    return query_ids(session.conn, kind, ListFilter(text=text))


@pytest.mark.parametrize(
    "typed", ["Kovalenko", "Коваленко", "коваленк", "KOVAL", "Kowalenko", "коваленко олекс"]
)
def test_any_script_or_spelling_finds_the_person(session: Session, typed: str) -> None:
    wanted = _prisoner(session, family_name="Коваленко", given_name="Олександр")
    _prisoner(session, family_name="Шевченко", given_name="Олександр")
    assert _find(session, typed) == [wanted.id]


def test_half_typed_words_never_lose_the_person(session: Session) -> None:
    wanted = _prisoner(session, family_name="Коломієць", given_name="Сергій")
    full = "Коломієць"
    for end in range(3, len(full) + 1):
        assert wanted.id in _find(session, full[:end]), full[:end]
    for end in range(3, len("Kolomiyets") + 1):
        assert wanted.id in _find(session, "Kolomiyets"[:end]), "Kolomiyets"[:end]


def test_numbers_and_references_are_searchable(session: Session) -> None:
    record = _prisoner(session, family_name="Бойко", service_number="А123456")
    assert _find(session, "123456") == [record.id]
    assert record.ref is not None
    assert _find(session, record.ref[-5:]) == [record.id]


def test_too_short_queries_do_not_filter(session: Session) -> None:
    a = _prisoner(session, family_name="Бойко")
    b = _prisoner(session, family_name="Мороз")
    assert not query_terms("Бо").searchable
    assert set(_find(session, "Бо")) == {a.id, b.id}


def test_index_follows_edits_deletions_and_name_forms(session: Session) -> None:
    record = _prisoner(session, family_name="Мельник", given_name="Іван")
    with session.transaction("edit") as txn:
        txn.update(PrisonerRecord, record.id, family_name="Мельников")
    assert _find(session, "Melnikov") == [record.id]
    with session.transaction("name form") as txn:
        form = txn.create(NameForm(owner_id=record.id, family_name="Miller", script="latin"))
    assert _find(session, "Miller") == [record.id]
    with session.transaction("drop form") as txn:
        txn.delete(NameForm, form.id)
    assert _find(session, "Miller") == []
    with session.transaction("delete") as txn:
        txn.delete(PrisonerRecord, record.id)
    assert _find(session, "Melnikov") == []


def test_a_failed_transaction_leaves_the_index_as_it_was(session: Session) -> None:
    with pytest.raises(RuntimeError), session.transaction("boom") as txn:
        txn.create(PrisonerRecord(family_name="Ткаченко"))
        raise RuntimeError
    assert _find(session, "Tkachenko") == []


def test_requests_search_the_enquirer_too(session: Session) -> None:
    with session.transaction("add") as txn:
        request = txn.create(
            TracingRequest(enquirer_name="Оксана Гнатюк", family_name="Гнатюк", given_name="Тарас")
        )
    assert _find(session, "Hnatiuk Taras", "requests") == [request.id]
    assert _find(session, "Oksana", "requests") == [request.id]


def test_rebuild_matches_what_triggers_maintain(session: Session) -> None:
    _prisoner(session, family_name="Лук'яненко", given_name="Ярослав")
    conn = session.conn
    before = conn.execute("SELECT rowid, keys FROM prisoner_search ORDER BY rowid").fetchall()
    conn.execute("BEGIN")
    rebuild_search_index(conn)
    conn.execute("COMMIT")
    after = conn.execute("SELECT rowid, keys FROM prisoner_search ORDER BY rowid").fetchall()
    assert before == after
    assert not ensure_search_index(conn)  # fingerprint stored: nothing to do


def test_a_stale_fingerprint_rebuilds_the_index(session: Session) -> None:
    record = _prisoner(session, family_name="Бондар")
    conn = session.conn
    conn.execute("DELETE FROM prisoner_search")
    conn.execute("UPDATE meta SET value = 'old' WHERE key = 'search_keys'")
    assert ensure_search_index(conn)
    assert _find(session, "Bondar") == [record.id]


def test_migrating_a_v2_vault_indexes_its_records(tmp_path: Path) -> None:
    conn = open_connection(tmp_path / "v2.caseapp", os.urandom(32))
    migrate(conn, target=2)
    conn.execute("INSERT INTO prisoner (id, family_name) VALUES ('p1', 'Петренко')")
    migrate(conn)
    ensure_search_index(conn)
    assert query_ids(conn, "prisoners", ListFilter(text="Petrenko")) == ["p1"]
    conn.close()


def test_keys_keep_digits_of_numbers_and_skeletons_of_names() -> None:
    keys = search_keys("Коваленко", "PR-2024-AB12-00007")
    assert keys.split()[0] == search_keys("Kovalenko")
    assert "00007" in keys and "2024" in keys


def test_cli_search_prints_one_result_a_line(
    session: Session,
    vault_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = _prisoner(session, family_name="Коваленко", given_name="Олександр", birth_date="1990")
    _prisoner(session, family_name="Шевченко")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert cli_main(["search", "Kovalenko", "--vault", str(vault_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{record.ref}\tprisoner\tКоваленко Олександр\t1990\tunknown"]
    assert cli_main(["search", "Ko", "--vault", str(vault_path)]) == 2


def test_list_keys_follow_the_same_filters_as_ids(session: Session) -> None:
    from caseapp.listing import fetch_rows_by_key, query_keys

    records = [
        _prisoner(session, family_name=name, status=status)
        for name, status in (("Коваленко", "held"), ("Шевченко", "held"), ("Коваль", "released"))
    ]
    conn = session.conn
    for flt, sort in (
        (ListFilter(), None),
        (ListFilter(text="Koval"), None),
        (ListFilter(text="Koval", statuses=["held"]), None),
        (ListFilter(), "family_name"),
        (ListFilter(text="Ko"), None),  # too short: not a search
    ):
        keys = query_keys(conn, "prisoners", flt, sort_field=sort)
        rows = fetch_rows_by_key(conn, "prisoners", keys, ["family_name"])
        assert [rows[k][0] for k in keys] == query_ids(conn, "prisoners", flt, sort_field=sort)
    with session.transaction("delete") as txn:
        txn.delete(PrisonerRecord, records[0].id)
    assert len(query_keys(conn, "prisoners", ListFilter(text="Koval"))) == 1
