"""Matching in the vault: suggestions, decisions and merges through the write path."""

from __future__ import annotations

import pytest

from caseapp.domain.models import (
    Detention,
    FactSource,
    Link,
    NameForm,
    PrisonerRecord,
    TracingRequest,
)
from caseapp.errors import BadInput, PermissionDenied
from caseapp.matching.service import (
    confirm_link,
    duplicate_pairs,
    field_comparison,
    merge_prisoners,
    merges,
    reject_link,
    rematch,
    reopen_link,
    suggestion_queue,
    unmerge,
)
from caseapp.records import list_entities, load_entity
from caseapp.store import Session
from tests.conftest import make_account


def seed(session: Session) -> tuple[TracingRequest, PrisonerRecord, PrisonerRecord]:
    with session.transaction("seed") as txn:
        request = txn.create(
            TracingRequest(
                enquirer_name="Марія",
                family_name="Коваленко",
                given_name="Олександр",
                patronymic="Петрович",
                birth_date="1990-05-12",
            )
        )
        strong = txn.create(
            PrisonerRecord(
                family_name="Коваленко",
                given_name="Александр",
                patronymic="Петрович",
                birth_date="1990-05-12",
            )
        )
        weaker = txn.create(
            PrisonerRecord(family_name="Коваленко", given_name="Олександр", birth_date="1990")
        )
        txn.create(PrisonerRecord(family_name="Шевченко", given_name="Тарас"))
    return request, strong, weaker


def links(session: Session) -> list[Link]:
    return list_entities(session.conn, Link)


def test_rematch_suggests_best_first_and_is_idempotent(session: Session) -> None:
    request, strong, weaker = seed(session)
    result = rematch(session)
    assert result.created == 2
    queue = suggestion_queue(session.conn)
    assert [row.prisoner_id for row in queue] == [strong.id, weaker.id]
    assert all(link.status == "potential" for link in links(session))
    assert suggestion_queue(session.conn, request_id=request.id) == queue
    again = rematch(session)
    assert (again.created, again.updated, again.dropped) == (0, 0, 0)
    assert len(links(session)) == 2


def test_decisions_and_reopen(session: Session) -> None:
    request, strong, weaker = seed(session)
    rematch(session)
    by_prisoner = {link.prisoner_id: link for link in links(session)}
    with pytest.raises(BadInput):
        reject_link(session, by_prisoner[weaker.id].id, "  ")
    reject_link(session, by_prisoner[weaker.id].id, "different father")
    rematch(session)  # a rejected pair is not suggested again
    assert load_entity(session.conn, Link, by_prisoner[weaker.id].id).status == "rejected"  # type: ignore[union-attr]
    assert len(links(session)) == 2
    confirm_link(session, by_prisoner[strong.id].id)
    stored = load_entity(session.conn, TracingRequest, request.id)
    assert stored is not None and stored.status == "confirmed_held"
    rows = field_comparison(session.conn, by_prisoner[strong.id].id)
    given = next(row for row in rows if row.field == "given_name")
    assert (given.request_value, given.prisoner_value) == ("Олександр", "Александр")
    assert given.verdict in ("match", "partial") and given.reason
    reopen_link(session, by_prisoner[strong.id].id)
    stored = load_entity(session.conn, TracingRequest, request.id)
    assert stored is not None and stored.status == "possible_match"
    reopen_link(session, by_prisoner[weaker.id].id)
    assert {link.status for link in links(session)} == {"potential"}


def test_rematch_never_confirms_and_drops_stale(session: Session) -> None:
    request, strong, weaker = seed(session)
    rematch(session)
    with session.transaction("edit") as txn:
        txn.update(PrisonerRecord, weaker.id, family_name="Бондаренко", given_name="Іван")
    result = rematch(session, [request.id])
    assert result.dropped == 1
    assert [link.prisoner_id for link in links(session)] == [strong.id]
    assert all(link.status == "potential" for link in links(session))


def test_viewer_cannot_decide(session: Session) -> None:
    seed(session)
    rematch(session)
    make_account(session, "viewer1", "viewer")
    from caseapp.domain.models import Account

    viewer = next(a for a in list_entities(session.conn, Account) if a.username == "viewer1")
    with pytest.raises(PermissionDenied):
        confirm_link(Session(session.vault, viewer), links(session)[0].id)


def test_merge_keeps_everything_and_unmerges(session: Session) -> None:
    _request, strong, weaker = seed(session)
    with session.transaction("parts") as txn:
        form = txn.create(NameForm(owner_id=weaker.id, family_name="Kovalenko"))
        source = txn.create(
            FactSource(owner_id=weaker.id, field_name="status", source_kind="media")
        )
        detention = txn.create(Detention(prisoner_id=weaker.id, place="Оленівка"))
    rematch(session)
    pairs = duplicate_pairs(session.conn, threshold=50)
    assert {(p.a_id, p.b_id) for p in pairs} == {tuple(sorted((strong.id, weaker.id)))}
    before = {link.id: link.prisoner_id for link in links(session)}
    txn_id = merge_prisoners(session, strong.id, weaker.id)
    conn = session.conn
    assert load_entity(conn, PrisonerRecord, weaker.id) is None
    forms = list_entities(conn, NameForm, "owner_id = ?", (strong.id,))
    assert form.id in {f.id for f in forms}
    assert ("Коваленко", "Олександр") in {(f.family_name, f.given_name) for f in forms}
    assert load_entity(conn, FactSource, source.id).owner_id == strong.id  # type: ignore[union-attr]
    assert load_entity(conn, Detention, detention.id).prisoner_id == strong.id  # type: ignore[union-attr]
    # Both had a potential link to the same request: one suggestion remains, on the kept record.
    assert [link.prisoner_id for link in links(session)] == [strong.id]
    (record,) = merges(conn)
    assert (record.txn_id, record.kept_id, record.merged_id, record.undone) == (
        txn_id, strong.id, weaker.id, False,
    )  # fmt: skip
    unmerge(session, txn_id)
    assert load_entity(conn, PrisonerRecord, weaker.id) is not None
    assert load_entity(conn, NameForm, form.id).owner_id == weaker.id  # type: ignore[union-attr]
    assert load_entity(conn, Detention, detention.id).prisoner_id == weaker.id  # type: ignore[union-attr]
    assert {link.id: link.prisoner_id for link in links(session)} == before
    assert ("Коваленко", "Олександр") not in {
        (f.family_name, f.given_name)
        for f in list_entities(conn, NameForm, "owner_id = ?", (strong.id,))
    }
    assert merges(conn)[0].undone


def test_unmerge_refused_when_changed_since(session: Session) -> None:
    _request, strong, weaker = seed(session)
    with session.transaction("parts") as txn:
        detention = txn.create(Detention(prisoner_id=weaker.id, place="Оленівка"))
    txn_id = merge_prisoners(session, strong.id, weaker.id)
    with session.transaction("edit") as txn:  # someone moves the detention on afterwards
        other = txn.create(PrisonerRecord(family_name="Бойко"))
        txn.update(Detention, detention.id, prisoner_id=other.id)
    with pytest.raises(BadInput):
        unmerge(session, txn_id)
    assert load_entity(session.conn, PrisonerRecord, weaker.id) is None


def test_cancelled_rematch_writes_nothing(session: Session) -> None:
    from caseapp.errors import Cancelled
    from caseapp.tasks import Progress

    seed(session)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        rematch(session, progress=progress)
    assert links(session) == []


def test_index_cache_follows_changes(session: Session) -> None:
    from caseapp.matching.service import IndexCache

    request, strong, weaker = seed(session)
    cache = IndexCache()
    index = cache.get(session.conn)
    assert len(index) == 3
    with session.transaction("edit") as txn:
        txn.update(PrisonerRecord, weaker.id, family_name="Бондаренко", given_name="Іван")
        form = txn.create(NameForm(owner_id=strong.id, family_name="Kovalenko"))
        added = txn.create(
            PrisonerRecord(family_name="Коваленко", given_name="Олександр", birth_date="1990-05-12")
        )
        txn.delete(PrisonerRecord, strong.id)
    cache.note(txn.changes)
    assert cache.get(session.conn) is index
    assert strong.id not in index and added.id in index and form.id
    rematch(session, index=cache.get(session.conn))
    assert {link.prisoner_id for link in links(session)} == {added.id}
    assert request.id


def test_merging_a_record_that_holds_two_links_to_one_request(session: Session) -> None:
    """An earlier merge leaves a record with two links to one request; merging it into a record
    whose link to that request is only potential drops that one once and moves both (the
    laptops' property test found this: the second link met the link just dropped)."""
    with session.transaction("seed") as txn:
        request = txn.create(TracingRequest(enquirer_name="Марія", family_name="Бойко"))
        keep, middle, first = (
            txn.create(PrisonerRecord(family_name=f"Бойко{i}")) for i in range(3)
        )
        confirmed = txn.create(
            Link(request_id=request.id, prisoner_id=first.id, status="confirmed")
        )
        rejected = txn.create(
            Link(
                request_id=request.id,
                prisoner_id=middle.id,
                status="rejected",
                decision_reason="different birth year",
            )
        )
        potential = txn.create(Link(request_id=request.id, prisoner_id=keep.id, status="potential"))
    merge_prisoners(session, middle.id, first.id)
    merge_prisoners(session, keep.id, middle.id)
    conn = session.conn
    held = {
        link.id: link.status for link in list_entities(conn, Link, "prisoner_id = ?", (keep.id,))
    }
    assert held == {confirmed.id: "confirmed", rejected.id: "rejected"}
    assert load_entity(conn, Link, potential.id) is None
