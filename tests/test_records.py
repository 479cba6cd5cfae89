"""Each entity declares its owner once; history and merge both read that declaration."""

from __future__ import annotations

from caseapp.domain.models import (
    Attachment,
    ContactLog,
    Detention,
    FactSource,
    LetterRecord,
    Link,
    NameForm,
    PrisonerRecord,
    RoundEntry,
    TimelineEvent,
    TracingRequest,
)
from caseapp.history import part_ids
from caseapp.matching.service import CHILDREN, merge_prisoners
from caseapp.records import children_of, load_entity
from caseapp.store import Session


def test_the_children_of_a_record_come_from_the_owner_declarations() -> None:
    prisoner = set(children_of("prisoner"))
    assert prisoner == {
        (NameForm, "owner_id"),
        (FactSource, "owner_id"),
        (Attachment, "owner_id"),
        (Detention, "prisoner_id"),
        (TimelineEvent, "prisoner_id"),
        (Link, "prisoner_id"),
        (RoundEntry, "prisoner_id"),
        (LetterRecord, "prisoner_id"),
    }
    request = set(children_of("tracing_request"))
    assert {(ContactLog, "request_id"), (Link, "request_id"), (LetterRecord, "request_id")} <= (
        request
    )
    assert set(CHILDREN) == prisoner  # merge moves exactly these


def test_history_and_merge_agree_on_the_parts_of_a_prisoner(session: Session) -> None:
    with session.transaction("seed") as txn:
        keep = txn.create(PrisonerRecord(family_name="Коваленко", given_name="Олександр"))
        other = txn.create(PrisonerRecord(family_name="Kovalenko", given_name="Oleksandr"))
        request = txn.create(TracingRequest(enquirer_name="Ганна", family_name="Коваленко"))
        link = txn.create(Link(request_id=request.id, prisoner_id=other.id, status="potential"))
        event = txn.create(TimelineEvent(prisoner_id=other.id, kind="capture"))
    assert {link.id, event.id} <= set(part_ids(session.conn, other.id))
    merge_prisoners(session, keep.id, other.id)
    moved = load_entity(session.conn, TimelineEvent, event.id)
    assert moved is not None and moved.prisoner_id == keep.id
    assert {link.id, event.id} <= set(part_ids(session.conn, keep.id))
