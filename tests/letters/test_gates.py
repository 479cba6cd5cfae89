"""The safety gates refuse in the core, with the right message, and record nothing."""

from __future__ import annotations

import pytest

from caseapp.domain.models import LETTER_KINDS, LetterRecord, Link, PrisonerRecord
from caseapp.errors import PermissionDenied
from caseapp.letters import LetterBlocked, LetterSpec, generate_letter, preview_letter
from caseapp.records import list_entities
from caseapp.store import Session
from tests.conftest import make_account
from tests.letters.helpers import TODAY, add_case, add_event, add_round, pdf_text

PERSON_KINDS = ("confirmation_held", "exchange_inclusion", "return_release", "death_notification")


def _refused(session: Session, spec: LetterSpec) -> LetterBlocked:
    with pytest.raises(LetterBlocked) as caught:
        generate_letter(session, spec, today=TODAY)
    with pytest.raises(LetterBlocked):
        preview_letter(session, spec, today=TODAY)  # the preview refuses the same way
    assert list_entities(session.conn, LetterRecord) == []
    counter = session.conn.execute("SELECT count(*) FROM counter WHERE name LIKE 'LT-%'")
    assert counter.fetchone()[0] == 0  # no letter number was used up either
    return caught.value


@pytest.mark.parametrize("kind", PERSON_KINDS)
def test_no_letter_about_a_person_without_a_confirmed_link(org: Session, kind: str) -> None:
    case = add_case(org, link_status="potential")
    error = _refused(org, LetterSpec(kind, case.request.id))
    assert error.codes == ["no_confirmed_link"]
    assert "no confirmed link" in str(error)


def test_a_rejected_link_is_no_link(org: Session) -> None:
    case = add_case(org, link_status="rejected")
    assert _refused(org, LetterSpec("confirmation_held", case.request.id)).codes == [
        "no_confirmed_link"
    ]


def test_choosing_an_unconfirmed_prisoner_is_refused(org: Session) -> None:
    case = add_case(org)
    other = add_case(org, link_status="potential")
    assert other.prisoner is not None
    spec = LetterSpec("confirmation_held", case.request.id, prisoner_id=other.prisoner.id)
    assert _refused(org, spec).codes == ["link_not_confirmed"]


def test_two_confirmed_links_need_a_choice(org: Session) -> None:
    case = add_case(org)
    second = add_case(org)
    assert second.prisoner is not None
    with org.transaction("link") as txn:
        txn.create(
            Link(request_id=case.request.id, prisoner_id=second.prisoner.id, status="confirmed")
        )
    assert _refused(org, LetterSpec("confirmation_held", case.request.id)).codes == [
        "several_links"
    ]
    chosen = LetterSpec("confirmation_held", case.request.id, prisoner_id=second.prisoner.id)
    assert generate_letter(org, chosen, today=TODAY).prisoner_id == second.prisoner.id


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_do_not_disclose_on_the_request_blocks_every_kind(org: Session, kind: str) -> None:
    case = add_case(org, request_dnd=True)
    error = _refused(org, LetterSpec(kind, case.request.id, details="x"))
    assert "request_do_not_disclose" in error.codes
    assert "do not disclose" in str(error)


@pytest.mark.parametrize("kind", PERSON_KINDS)
def test_do_not_disclose_on_the_prisoner_blocks_letters_about_the_person(
    org: Session, kind: str
) -> None:
    case = add_case(org, prisoner_dnd=True)
    assert "prisoner_do_not_disclose" in _refused(org, LetterSpec(kind, case.request.id)).codes


def test_do_not_disclose_on_the_prisoner_gives_cannot_share_never_no_news(org: Session) -> None:
    case = add_case(org, prisoner_dnd=True)
    for kind in ("acknowledgement", "no_news"):
        error = _refused(org, LetterSpec(kind, case.request.id))
        assert error.codes == ["state_mismatch"] and "do not disclose" in str(error)
    record = generate_letter(org, LetterSpec("cannot_share", case.request.id), today=TODAY)
    assert record.prisoner_id is None
    text = pdf_text(record.pdf or b"")
    assert "Коломиец" not in text and "нових відомостей" not in text


@pytest.mark.parametrize("kind", ["acknowledgement", "no_news"])
def test_kinds_without_a_person_need_no_link(org: Session, kind: str) -> None:
    case = add_case(org, prisoner_status=None)
    assert generate_letter(org, LetterSpec(kind, case.request.id), today=TODAY).kind == kind


def test_status_must_fit_the_letter(org: Session) -> None:
    case = add_case(org, prisoner_status="deceased")
    error = _refused(org, LetterSpec("confirmation_held", case.request.id))
    assert error.codes == ["status_mismatch"]
    assert "held" in str(error)


def test_missing_address_for_post_is_named_and_nothing_is_made(org: Session) -> None:
    case = add_case(org, address=None, channel="post", prisoner_status=None)
    error = _refused(org, LetterSpec("acknowledgement", case.request.id))
    assert error.codes == ["missing"]
    assert "the enquirer's postal address (the letter goes by post)" in str(error)


def test_missing_email_for_email(org: Session) -> None:
    case = add_case(org, channel="email", email=None, prisoner_status=None)
    error = _refused(org, LetterSpec("no_news", case.request.id))
    assert "e-mail address" in str(error)
    ok = add_case(org, channel="email", email="hanna@example.org", prisoner_status=None)
    record = generate_letter(org, LetterSpec("no_news", ok.request.id), today=TODAY)
    assert record.recipient_address == "hanna@example.org"
    assert record.delivery_method == "email"


def test_in_person_needs_no_address(org: Session) -> None:
    case = add_case(org, address=None, channel="in_person", prisoner_status=None)
    record = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    assert record.recipient_address is None


def test_every_missing_item_is_listed_at_once(session: Session) -> None:
    # No organisation profile, no address, no date of death, no details: all named together.
    case = add_case(session, address=None, prisoner_status="deceased", status_date=None)
    spec = LetterSpec("death_notification", case.request.id, channel="post", delivery_reason="x")
    error = _refused(session, spec)
    message = str(error)
    for item in (
        "postal address",
        "the date of death",
        "the organisation's name",
        "the signature block",
    ):
        assert item in message
    more = _refused(session, LetterSpec("more_information", case.request.id))
    assert "the information the family is asked for" in str(more)


def test_date_of_death_can_come_from_the_death_event(org: Session) -> None:
    case = add_case(org, prisoner_status="deceased", status_date=None)
    assert case.prisoner is not None
    add_event(org, case.prisoner, "death", "2026-10-03")
    record = generate_letter(org, LetterSpec("death_notification", case.request.id), today=TODAY)
    assert record.kind == "death_notification"


def test_refusal_messages_name_no_person(org: Session) -> None:
    case = add_case(org, address=None, link_status="potential", request_dnd=True)
    error = _refused(org, LetterSpec("confirmation_held", case.request.id))
    text = str(error) + error.message_in("uk") + error.message_in("ru")
    for personal in ("Коломієць", "Ганна", "Сергій", "Коломиец", "Соборна"):
        assert personal not in text


def test_refusals_are_translated_for_the_user(org: Session) -> None:
    case = add_case(org, address=None, request_dnd=True)
    error = _refused(org, LetterSpec("acknowledgement", case.request.id))
    uk = error.message_in("uk")
    assert "Цей лист не можна створити." in uk
    assert "поштової адреси" in uk
    assert error.message_in("ru").startswith("Это письмо нельзя создать.")


def test_exchange_letter_needs_the_person_on_a_round_list(org: Session) -> None:
    case = add_case(org)
    assert case.prisoner is not None
    error = _refused(org, LetterSpec("exchange_inclusion", case.request.id))
    assert "the exchange round" in str(error)
    round_id = add_round(org, case.prisoner)
    record = generate_letter(org, LetterSpec("exchange_inclusion", case.request.id), today=TODAY)
    assert record.round_id == round_id
    other = add_case(org)
    assert other.prisoner is not None
    other_round = add_round(org, other.prisoner, "Інший обмін")
    wrong = LetterSpec("exchange_inclusion", case.request.id, round_id=other_round)
    assert _refused_again(org, wrong).codes == ["not_on_round"]


def _refused_again(session: Session, spec: LetterSpec) -> LetterBlocked:
    before = len(list_entities(session.conn, LetterRecord))
    with pytest.raises(LetterBlocked) as caught:
        generate_letter(session, spec, today=TODAY)
    assert len(list_entities(session.conn, LetterRecord)) == before
    return caught.value


def test_a_viewer_cannot_generate(org: Session) -> None:
    case = add_case(org)
    viewer = Session(org.vault, make_account(org, "vera", "viewer"))
    with pytest.raises(PermissionDenied):
        generate_letter(viewer, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    assert list_entities(org.conn, LetterRecord) == []


def test_the_gate_reads_the_vault_not_the_caller(org: Session) -> None:
    # A link confirmed and then un-confirmed: the letter is refused again.
    case = add_case(org)
    assert case.link is not None
    generate_letter(org, LetterSpec("confirmation_held", case.request.id), today=TODAY)
    with org.transaction("reopen") as txn:
        txn.update(Link, case.link.id, status="potential")
    _refused_again(org, LetterSpec("confirmation_held", case.request.id))
    with org.transaction("protect") as txn:
        txn.update(Link, case.link.id, status="confirmed")
        assert case.prisoner is not None
        txn.update(PrisonerRecord, case.prisoner.id, do_not_disclose=True)
    _refused_again(org, LetterSpec("confirmation_held", case.request.id))
