"""Links seen from both records, and the core's rules for guarded decisions (issue 10)."""

from __future__ import annotations

import pytest

from caseapp.domain.models import LetterRecord, Link, PrisonerRecord, TracingRequest
from caseapp.errors import BadInput
from caseapp.links import check_confirm, check_reopen, record_links, requests_for_same_person
from caseapp.matching.service import confirm_link
from caseapp.records import load_entity
from caseapp.store import Session


def _request(session: Session, **values: str) -> TracingRequest:
    with session.transaction("add") as txn:
        return txn.create(TracingRequest(enquirer_name="Марія", **values))  # type: ignore[arg-type]


def _prisoner(session: Session, **values: str) -> PrisonerRecord:
    with session.transaction("add") as txn:
        return txn.create(PrisonerRecord(**values))  # type: ignore[arg-type]


def _link(
    session: Session, request: TracingRequest, prisoner: PrisonerRecord, **values: object
) -> Link:
    with session.transaction("link") as txn:
        return txn.create(Link(request_id=request.id, prisoner_id=prisoner.id, **values))  # type: ignore[arg-type]


def test_links_are_seen_from_both_records_confirmed_first(session: Session) -> None:
    request = _request(session, family_name="Коваленко")
    held = _prisoner(session, family_name="Коваленко", status="held")
    maybe = _prisoner(session, family_name="Коваленко")
    wrong = _prisoner(session, family_name="Коваленко")
    _link(session, request, maybe, status="potential", score=70.0)
    _link(session, request, held, status="confirmed", score=90.0)
    _link(session, request, wrong, status="rejected", decision_reason="no")
    seen = record_links(session.conn, request.id, "requests")
    assert [(s.record_id, s.link_status) for s in seen] == [
        (held.id, "confirmed"),
        (maybe.id, "potential"),
    ]
    back = record_links(session.conn, held.id, "prisoners")
    assert [(s.record_id, s.kind, s.ref) for s in back] == [(request.id, "requests", request.ref)]
    assert record_links(session.conn, wrong.id, "prisoners") == []


def test_confirming_says_the_status_it_will_set_and_confirm_link_sets_it(session: Session) -> None:
    request = _request(session, family_name="Коваленко")
    prisoner = _prisoner(session, family_name="Коваленко", status="released")
    link = _link(session, request, prisoner, status="potential")
    check = check_confirm(session.conn, link.id)
    assert check.new_request_status == "returned" and check.warnings == ()
    confirm_link(session, link.id)
    stored = load_entity(session.conn, TracingRequest, request.id)
    assert stored is not None and stored.status == check.new_request_status


def test_confirming_a_prisoner_confirmed_for_another_request_warns(session: Session) -> None:
    mother = _request(session, family_name="Коваленко")
    wife = _request(session, family_name="Коваленко")
    prisoner = _prisoner(session, family_name="Коваленко", status="held")
    _link(session, mother, prisoner, status="confirmed")
    second = _link(session, wife, prisoner, status="potential")
    check = check_confirm(session.conn, second.id)
    assert len(check.warnings) == 1 and str(mother.ref) in check.warnings[0]
    assert "вже підтверджено" in check_confirm(session.conn, second.id, "uk").warnings[0]


def test_reopening_after_a_letter_went_out_warns(session: Session) -> None:
    request = _request(session, family_name="Коваленко")
    prisoner = _prisoner(session, family_name="Коваленко", status="held")
    link = _link(session, request, prisoner, status="potential")
    confirm_link(session, link.id)
    quiet = check_reopen(session.conn, link.id)
    assert quiet.warnings == () and quiet.new_request_status == "possible_match"
    with session.transaction("letter") as txn:
        letter = txn.create(
            LetterRecord(
                kind="confirmation_held",
                language="uk",
                request_id=request.id,
                prisoner_id=prisoner.id,
                delivery_status="posted",
                delivery_date="2026-11-02",
            )
        )
    check = check_reopen(session.conn, link.id)
    assert len(check.warnings) == 1
    assert "2026-11-02" in check.warnings[0] and "correcting letter" in check.warnings[0]
    assert letter.id  # the register entry is what the warning is about


def test_a_missing_link_is_a_clear_error(session: Session) -> None:
    with pytest.raises(BadInput):
        check_confirm(session.conn, "no-such-link")


def test_a_new_request_for_a_person_already_sought_is_found(session: Session) -> None:
    existing = _request(
        session,
        family_name="Коваленко",
        given_name="Олександр",
        patronymic="Петрович",
        birth_date="1990-04-12",
    )
    _request(session, family_name="Коваленко", given_name="Олександр", birth_date="1971-02-01")
    _request(session, family_name="Шевченко", given_name="Олександр", birth_date="1990-04-12")
    new = TracingRequest(
        family_name="Kovalenko",
        given_name="Aleksandr",
        patronymic="Petrovich",
        birth_date="1990-04-12",
        enquirer_name="Ірина",
    )
    found = requests_for_same_person(session.conn, new)
    assert [f.record_id for f in found] == [existing.id]
    assert requests_for_same_person(session.conn, TracingRequest(family_name="Бойко")) == []
