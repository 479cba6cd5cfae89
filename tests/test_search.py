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


# --- search that thinks like the matcher (issue 10) ---------------------------------------------

GIVEN_NAME_QUERIES = [
    "Kovalenko Oleksandr",
    "Aleksandr Kovalenko",
    "Alexander Kovalenko",
    "Коваленко Олександр",
    "Коваленко Александр",
    "коваленко олександр ",
]


@pytest.mark.parametrize("typed", GIVEN_NAME_QUERIES)
def test_any_form_of_the_given_name_finds_the_russian_record(session: Session, typed: str) -> None:
    wanted = _prisoner(
        session, family_name="Коваленко", given_name="Александр", patronymic="Петрович"
    )
    _prisoner(session, family_name="Коваленко", given_name="Олексій")
    _prisoner(session, family_name="Шевченко", given_name="Александр")
    assert _find(session, typed) == [wanted.id]


@pytest.mark.parametrize("typed", ["Kovalenko Aleksandr", "Коваленко Александр", "Alexander"])
def test_and_the_reverse_russian_forms_find_the_ukrainian_record(
    session: Session, typed: str
) -> None:
    wanted = _prisoner(session, family_name="Коваленко", given_name="Олександр")
    _prisoner(session, family_name="Коваленко", given_name="Олексій")
    assert _find(session, typed) == [wanted.id]


def test_a_russian_surname_form_finds_the_ukrainian_record(session: Session) -> None:
    wanted = _prisoner(session, family_name="Олійник", given_name="Тарас")
    _prisoner(session, family_name="Олексенко", given_name="Тарас")
    assert _find(session, "Олейник") == [wanted.id]
    assert _find(session, "Oleinik Taras") == [wanted.id]
    russian = _prisoner(session, family_name="Олейник", given_name="Андрей")
    assert set(_find(session, "Олійник")) == {wanted.id, russian.id}


def test_a_hit_through_another_form_says_why(session: Session) -> None:
    from caseapp.search import match_reason, widens_names

    names = ("Коваленко", "Александр", "Петрович")
    assert match_reason("Kovalenko Oleksandr", names) == "given name: Oleksandr = Александр"
    assert match_reason("Коваленко Александр", names) == ""  # literal: nothing to explain
    assert match_reason("Олейник", ("Олійник", None, None)) == "spelling: Олейник ≈ Олійник"
    assert "Олександр" in match_reason("Олександр", names, "uk")
    assert match_reason("Олександр", names, "uk").startswith("ім")
    assert widens_names("Kovalenko Oleksandr") and not widens_names("Kovalenko")


def test_names_sort_by_the_script_free_key_and_references_by_number(session: Session) -> None:
    a = _prisoner(session, family_name="Коваленко", given_name="Борис")
    b = _prisoner(session, family_name="Бойко")
    c = _prisoner(session, family_name="Kovalenko", given_name="Andrii")
    d = _prisoner(session, family_name="Мороз")
    ordered = query_ids(session.conn, "prisoners", ListFilter(), sort_field="family_name")
    assert ordered == [b.id, c.id, a.id, d.id]  # boiko, kovalenko andrii, kovalenko borys, moroz
    from caseapp.search_keys import ref_sort_key

    refs = ["PR-2026-AB12-100000", "PR-2026-AB12-99999", "PR-2026-AB12-00002"]
    assert sorted(refs, key=ref_sort_key) == [refs[2], refs[1], refs[0]]


def test_cli_search_finds_the_given_name_in_another_form_and_says_why(
    vault_path: Path,
    session: Session,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wanted = _prisoner(session, family_name="Коваленко", given_name="Александр")
    _prisoner(session, family_name="Коваленко", given_name="Олексій")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    code = cli_main(["search", "Kovalenko", "Oleksandr", "--vault", str(vault_path)])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{wanted.ref}\tprisoner\t")
    assert lines[0].endswith("\tgiven name: Oleksandr = Александр")
