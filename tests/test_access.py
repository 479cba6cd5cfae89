"""Need-to-know: every cell of the matrix in docs/roles.md, reads and writes, per role.

The expectations below are written out by hand (not derived from ``caseapp.access``), so a
change to the matrix in the code that docs/roles.md does not show fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from caseapp import listing
from caseapp.access import HIDDEN
from caseapp.accounts import set_request_scope, set_team, unlock_session
from caseapp.cli import main
from caseapp.domain.models import (
    ContactLog,
    LetterRecord,
    Link,
    PrisonerRecord,
    TracingRequest,
)
from caseapp.errors import PermissionDenied
from caseapp.letters.register import LetterQuery, search_letters
from caseapp.links import record_links
from caseapp.matching.service import queue_keys, queue_rows
from caseapp.records import list_entities, load_entity
from caseapp.store import Session
from tests.conftest import PASSPHRASE, make_account

ROLES = ("admin", "coordinator", "caseworker", "liaison", "viewer")
#: Each role's user in the fixture vault; "caseworker" is Carl of team north.
USERS = {
    "admin": "admin",
    "coordinator": "cora",
    "caseworker": "carl",
    "liaison": "lina",
    "viewer": "vera",
}
REQUESTS = ("carl", "cate", "cole", "nobody")  # whom each request is assigned to
CONTACT = {
    "enquirer_address": "вул. Садова 5, Харків",
    "enquirer_phone": "+380 50 000 0000",
    "enquirer_email": "family@example.org",
    "safety_notes": "Call after 18:00 only",
}

#: The matrix, records: which requests each role reads, by the vault's scope setting.
VISIBLE = {("all", role): set(REQUESTS) for role in ROLES} | {
    ("assigned", "admin"): set(REQUESTS),
    ("assigned", "coordinator"): set(REQUESTS),
    ("assigned", "caseworker"): {"carl", "cate"},  # own, and Cate's (same team)
    ("assigned", "liaison"): set(REQUESTS),
    ("assigned", "viewer"): set(REQUESTS),
}
#: The matrix, fields: (entity, field) hidden from each role.
HIDDEN_CELLS = {
    "viewer": {
        ("tracing_request", "enquirer_address"),
        ("tracing_request", "enquirer_phone"),
        ("tracing_request", "enquirer_email"),
        ("tracing_request", "safety_notes"),
        ("prisoner", "next_of_kin"),
        ("contact_log", "summary"),
        ("letter", "recipient_address"),
    },
}
FIELD_CELLS = sorted(
    {
        ("tracing_request", name)
        for name in ("enquirer_address", "enquirer_phone", "enquirer_email", "safety_notes")
    }
    | {
        ("tracing_request", "enquirer_name"),
        ("prisoner", "next_of_kin"),
        ("prisoner", "family_name"),
        ("contact_log", "summary"),
        ("letter", "recipient_address"),
        ("letter", "recipient_name"),
    }
)


@dataclass
class World:
    path: Path
    requests: dict[str, str]  # assignee -> request id
    refs: dict[str, str]
    prisoner: str
    contact: str
    letter: str

    def open(self, role: str) -> Session:
        return unlock_session(self.path, USERS[role], PASSPHRASE)


def _build(session: Session, scope: str) -> World:
    ids = {
        name: make_account(session, name, role).id
        for name, role in (
            ("cora", "coordinator"),
            ("carl", "caseworker"),
            ("cate", "caseworker"),
            ("cole", "caseworker"),
            ("lina", "liaison"),
            ("vera", "viewer"),
        )
    }
    set_team(session, ids["carl"], "north")
    set_team(session, ids["cate"], " north ")
    set_team(session, ids["cole"], "south")
    requests: dict[str, str] = {}
    refs: dict[str, str] = {}
    with session.transaction("seed") as txn:
        prisoner = txn.create(
            PrisonerRecord(family_name="Коваленко", given_name="Олег", next_of_kin="Мати, Київ")
        )
        for who in REQUESTS:
            request = txn.create(
                TracingRequest(
                    family_name="Коваленко",
                    given_name="Олег",
                    enquirer_name=f"Enquirer of {who}",
                    assigned_to=ids.get(who),
                    **CONTACT,
                )
            )
            requests[who], refs[who] = request.id, request.ref or ""
            txn.create(
                Link(request_id=request.id, prisoner_id=prisoner.id, status="potential", score=80)
            )
        log = txn.create(
            ContactLog(
                request_id=requests["carl"], summary="Spoke with the mother", channel="phone"
            )
        )
        letter = txn.create(
            LetterRecord(
                kind="acknowledgement",
                language="uk",
                request_id=requests["carl"],
                recipient_name="Марія Коваленко",
                recipient_address=CONTACT["enquirer_address"],
            )
        )
    set_request_scope(session, scope == "assigned")
    return World(session.vault.path, requests, refs, prisoner.id, log.id, letter.id)


@pytest.fixture(params=["all", "assigned"])
def world(request: pytest.FixtureRequest, session: Session) -> Iterator[tuple[str, World]]:
    yield request.param, _build(session, request.param)


def _stored(world: World, cls: type, entity_id: str, name: str) -> object:
    """The value as stored, read as the administrator."""
    admin = world.open("admin")
    try:
        return getattr(load_entity(admin.conn, cls, entity_id), name)
    finally:
        admin.vault.close()


@pytest.mark.parametrize("role", ROLES)
def test_which_requests_each_role_reads(world: tuple[str, World], role: str) -> None:
    scope, w = world
    expected = VISIBLE[(scope, role)]
    expected_ids = {w.requests[name] for name in expected}
    s = w.open(role)
    try:
        conn = s.conn
        # Lists, search, counts and the 100k-row list model's keys.
        assert set(listing.query_ids(conn, "requests")) == expected_ids
        assert listing.count(conn, "requests") == len(expected)
        search = listing.ListFilter(text="Коваленко")
        assert set(listing.query_ids(conn, "requests", search)) == expected_ids
        assert len(listing.query_keys(conn, "requests", search)) == len(expected)
        assert len(listing.query_keys(conn, "requests")) == len(expected)
        keys = listing.keys_of(conn, "requests", w.requests.values())
        rows = listing.fetch_rows_by_key(conn, "requests", list(keys.values()), ["ref"])
        assert {row[0] for row in rows.values()} == expected_ids
        assert set(listing.fetch_rows(conn, "requests", list(w.requests.values()), ["ref"])) == (
            expected_ids
        )
        assert {e.id for e in list_entities(conn, TracingRequest)} == expected_ids
        # Exports read the same query.
        exported = list(listing.iter_rows(conn, "requests", None, ["ref"]))
        assert {r[0] for r in exported} == {w.refs[name] for name in expected}
        # The match review queue and the links of the prisoner record.
        assert len(queue_rows(conn, queue_keys(conn))) == len(expected)
        assert {link.record_id for link in record_links(conn, w.prisoner, "prisoners")} == (
            expected_ids
        )
        # Letters register (the letter is for Carl's request).
        letters = search_letters(conn, LetterQuery())
        assert [letter.id for letter in letters] == ([w.letter] if "carl" in expected else [])
        # Opening a record by id: shown, or refused with a clear message.
        for name, request_id in w.requests.items():
            if name in expected:
                assert load_entity(conn, TracingRequest, request_id) is not None
            else:
                with pytest.raises(PermissionDenied, match="not assigned to you or your team"):
                    load_entity(conn, TracingRequest, request_id)
    finally:
        s.vault.close()


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("entity", "name"), FIELD_CELLS)
def test_which_fields_each_role_reads(session: Session, role: str, entity: str, name: str) -> None:
    w = _build(session, "all")
    hidden = (entity, name) in HIDDEN_CELLS.get(role, set())
    s = w.open(role)
    try:
        conn = s.conn
        if entity == "tracing_request":
            record = load_entity(conn, TracingRequest, w.requests["carl"])
            assert record is not None
            value = getattr(record, name)
            (row,) = listing.fetch_rows(conn, "requests", [w.requests["carl"]], [name]).values()
            exported = [r[0] for r in listing.iter_rows(conn, "requests", None, [name])]
            listed = [getattr(e, name) for e in list_entities(conn, TracingRequest)]
            if hidden:
                assert value is None and row == (HIDDEN,) and set(exported) == {HIDDEN}
                assert set(listed) == {None}
            else:
                assert value and row == (value,) and HIDDEN not in exported
                assert None not in listed
        elif entity == "prisoner":
            prisoner = load_entity(conn, PrisonerRecord, w.prisoner)
            assert prisoner is not None
            (row,) = listing.fetch_rows(conn, "prisoners", [w.prisoner], [name]).values()
            value = getattr(prisoner, name)
            assert (value is None and row == (HIDDEN,)) if hidden else (value and row == (value,))
        elif entity == "contact_log":
            (log,) = list_entities(conn, ContactLog, "request_id = ?", (w.requests["carl"],))
            value = getattr(log, name)
            assert (value is None) if hidden else bool(value)
        else:
            (letter,) = search_letters(conn, LetterQuery())
            value = getattr(letter, name)
            assert (value == HIDDEN) if hidden else (value and value != HIDDEN)
            loaded = load_entity(conn, LetterRecord, w.letter)
            assert loaded is not None
            assert (getattr(loaded, name) is None) if hidden else bool(getattr(loaded, name))
    finally:
        s.vault.close()


#: The matrix, writes: may the role change a request's notes (by assignee), scope "assigned".
WRITES = {
    "admin": set(REQUESTS),
    "coordinator": set(REQUESTS),
    "caseworker": {"carl", "cate"},
    "liaison": set(REQUESTS),
    "viewer": set(),  # a viewer writes nothing but its own saved filters
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("owner", REQUESTS)
def test_writes_follow_the_matrix(session: Session, role: str, owner: str) -> None:
    w = _build(session, "assigned")
    request_id = w.requests[owner]
    s = w.open(role)
    try:
        allowed = owner in WRITES[role]
        if allowed:
            with s.transaction("edit") as txn:
                txn.update(TracingRequest, request_id, notes=f"by {role}")
            with s.transaction("log") as txn:
                txn.create(ContactLog(request_id=request_id, summary="called back"))
        else:
            with pytest.raises(PermissionDenied) as caught, s.transaction("edit") as txn:
                txn.update(TracingRequest, request_id, notes=f"by {role}")
            assert "Traceback" not in str(caught.value) and str(caught.value)
            if role == "caseworker":
                refused = "not assigned to you"
                with pytest.raises(PermissionDenied, match=refused), s.transaction("log") as txn:
                    txn.create(ContactLog(request_id=request_id, summary="called back"))
                with pytest.raises(PermissionDenied, match=refused), s.transaction("x") as txn:
                    txn.delete(TracingRequest, request_id)
    finally:
        s.vault.close()
    stored = _stored(w, TracingRequest, request_id, "notes")
    assert stored == (f"by {role}" if allowed else None)  # a refusal changed nothing


def test_a_scoped_caseworker_s_new_request_is_assigned_to_them(session: Session) -> None:
    w = _build(session, "assigned")
    s = w.open("caseworker")
    try:
        with s.transaction("new") as txn:
            created = txn.create(TracingRequest(family_name="Петренко", enquirer_name="Ганна"))
        assert created.assigned_to == s.account.id
        assert created.id in listing.query_ids(s.conn, "requests")
        # Nor can one be made for someone out of view.
        with pytest.raises(PermissionDenied), s.transaction("new") as txn:
            txn.create(
                TracingRequest(
                    family_name="Петренко", enquirer_name="Ганна", assigned_to="someone-else"
                )
            )
    finally:
        s.vault.close()


def test_a_hidden_field_cannot_be_written(session: Session) -> None:
    """Writes that need a hidden field are refused with the field named (the write path's
    check, for any role the matrix hides fields from and that may write the record)."""
    from caseapp.access import Access, check_write_access

    access = Access(role="viewer", hidden={"tracing_request": frozenset({"enquirer_phone"})})
    with pytest.raises(PermissionDenied, match="enquirer phone"):
        check_write_access(session.conn, access, "tracing_request", {}, ["enquirer_phone"])
    check_write_access(session.conn, access, "tracing_request", {}, ["notes"])


def test_sorting_by_a_hidden_field_reveals_nothing(session: Session) -> None:
    w = _build(session, "all")
    s = w.open("viewer")
    try:
        by_phone = listing.query_ids(s.conn, "requests", sort_field="enquirer_phone")
        assert by_phone == listing.query_ids(s.conn, "requests")  # the default order
    finally:
        s.vault.close()


def test_cli_output_follows_the_matrix(
    session: Session, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _build(session, "assigned")
    vault = ["--vault", str(w.path)]
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEAPP_USER", "carl")
    assert main(["list", "requests", "--limit", "50", *vault]) == 0
    out = capsys.readouterr().out
    assert out.count(w.refs["carl"]) == 1 and w.refs["cole"] not in out
    assert main(["show", w.refs["cole"], *vault]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not assigned to you or your team" in err
    monkeypatch.setenv("CASEAPP_USER", "vera")
    assert main(["show", w.refs["carl"], *vault]) == 0
    out = capsys.readouterr().out
    assert f"enquirer_phone\t{HIDDEN}" in out and CONTACT["enquirer_phone"] not in out
    assert "Enquirer of carl" in out  # the name stays: the letter goes to a named person
    monkeypatch.setenv("CASEAPP_USER", "admin")
    assert main(["account", "list", *vault]) == 0
    assert "carl\tcaseworker\tactive\tnorth\t" in capsys.readouterr().out


@pytest.mark.parametrize("role", ROLES)
def test_history_follows_the_matrix(session: Session, role: str) -> None:
    """The journal keeps every old value: the History tab must not reveal what the role may not
    read, nor the history of a request out of scope."""
    from caseapp.history import entity_history

    w = _build(session, "assigned")
    with session.transaction("edit") as txn:
        txn.update(TracingRequest, w.requests["cole"], enquirer_phone="+380 67 111 1111")
    s = w.open(role)
    try:
        if "cole" not in VISIBLE[("assigned", role)]:
            with pytest.raises(PermissionDenied, match="not assigned"):
                entity_history(s.conn, w.requests["cole"])
            return
        entries = entity_history(s.conn, w.requests["cole"])
        text = repr([(e.old, e.new) for e in entries])
        hidden = ("tracing_request", "enquirer_phone") in HIDDEN_CELLS.get(role, set())
        assert ("+380 67 111 1111" in text) is not hidden
        assert (CONTACT["enquirer_phone"] in text) is not hidden
        assert "Enquirer of cole" in text  # a visible field stays visible
    finally:
        s.vault.close()
