"""The register records every letter, reprints it byte for byte, tracks delivery, searches."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from caseapp.domain.models import LetterRecord, Link, PrisonerRecord
from caseapp.errors import BadInput, PermissionDenied
from caseapp.letters import (
    AWAITING_APPROVAL,
    AwaitingApproval,
    LetterBlocked,
    LetterQuery,
    LetterSpec,
    approve_letter,
    generate_letter,
    letter_state,
    mark_delivery,
    preview_letter,
    reprint_letter,
    review_pdf,
    search_letters,
)
from caseapp.letters.templates import load_template
from caseapp.records import list_entities, load_entity
from caseapp.store import Session
from tests.conftest import make_account
from tests.letters.helpers import TODAY, add_case, add_round, org_close, pdf_text


def test_generate_records_everything_the_register_needs(org: Session) -> None:
    case = add_case(org)
    assert case.prisoner is not None
    record = generate_letter(org, LetterSpec("confirmation_held", case.request.id), today=TODAY)
    stored = load_entity(org.conn, LetterRecord, record.id)
    assert stored is not None
    assert stored.ref and stored.ref.startswith("LT-")
    assert stored.kind == "confirmation_held"
    assert stored.language == "uk"
    assert stored.template_version == load_template("confirmation_held", "uk").version
    assert stored.request_id == case.request.id
    assert stored.prisoner_id == case.prisoner.id
    assert stored.recipient_name == "Коломієць Ганна Григорівна"
    assert stored.recipient_address == "вул. Соборна, 5\nм. Запоріжжя\n69000"
    assert stored.generated_by == org.account.id
    assert stored.generated_at
    assert stored.delivery_method == "post"
    assert stored.delivery_status == "generated"
    assert stored.pdf is not None
    assert stored.sha256 == hashlib.sha256(stored.pdf).hexdigest()
    text = pdf_text(stored.pdf)
    assert f"TCH/{stored.ref}" in text
    assert "Сергій Юрійович Коломієць (12.03.1994 р. н.)" in text
    assert "24 листопада 2026 р." in text
    assert "Товариство Червоного Хреста" in text


def test_the_write_path_journals_the_letter_but_not_its_bytes(org: Session) -> None:
    case = add_case(org, prisoner_status=None)
    record = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    rows = org.conn.execute(
        "SELECT j.op, j.new_value, t.action FROM journal j JOIN txn t ON t.id = j.txn "
        "WHERE j.entity_type = 'letter' AND j.entity_id = ?",
        (record.id,),
    ).fetchall()
    assert [(op, action) for op, _, action in rows] == [("create", "generate letter")]
    fields = json.loads(rows[0][1])
    assert fields["sha256"] == record.sha256
    assert fields["pdf"] == {"sha256": record.sha256, "size": len(record.pdf or b"")}


def test_reprint_is_byte_identical_and_checked(org: Session) -> None:
    case = add_case(org, prisoner_status=None)
    record = generate_letter(org, LetterSpec("no_news", case.request.id), today=TODAY)
    again = reprint_letter(org, record.id)
    assert again == record.pdf
    assert hashlib.sha256(again).hexdigest() == record.sha256


def test_letter_language_follows_the_enquirer_unless_overridden(org: Session) -> None:
    case = add_case(org, prisoner_status=None, lang="ru", enquirer="Коломиец Анна Григорьевна")
    ru = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    assert ru.language == "ru"
    assert "Уважаемая Анна Григорьевна!" in pdf_text(ru.pdf or b"")
    en = generate_letter(
        org, LetterSpec("acknowledgement", case.request.id, language="en"), today=TODAY
    )
    assert en.language == "en"
    text = pdf_text(en.pdf or b"")
    assert "Dear Ms Kolomyets," in text  # names stay exactly as written
    assert "24 November 2026" in text and "Red Cross" in text


def test_preview_matches_the_letter_but_records_nothing(org: Session) -> None:
    case = add_case(org)
    spec = LetterSpec("confirmation_held", case.request.id)
    preview = preview_letter(org, spec, today=TODAY)
    assert list_entities(org.conn, LetterRecord) == []
    text = pdf_text(preview)
    assert "(буде присвоєно під час створення)" in text
    record = generate_letter(org, spec, today=TODAY)
    assert text.replace("(буде присвоєно під час створення)", f"TCH/{record.ref}") == pdf_text(
        record.pdf or b""
    )


def test_a_correction_points_at_the_earlier_letter(org: Session) -> None:
    case = add_case(org, prisoner_status=None)
    first = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    fix = LetterSpec("acknowledgement", case.request.id, corrects_id=first.id)
    second = generate_letter(org, fix, today=TODAY)
    assert second.corrects_id == first.id
    assert second.ref != first.ref
    other = add_case(org, prisoner_status=None)
    with pytest.raises(BadInput, match="to be corrected"):
        generate_letter(
            org, LetterSpec("acknowledgement", other.request.id, corrects_id=first.id), today=TODAY
        )


# --- news of death: four eyes --------------------------------------------------------------------


def _death_case(org: Session) -> tuple[Session, Session, LetterRecord]:
    case = add_case(org, prisoner_status="deceased", status_date="2026-10-03")
    preparer = Session(org.vault, make_account(org, "lina", "liaison"))
    approver = Session(org.vault, make_account(org, "kostya", "coordinator"))
    record = generate_letter(
        preparer, LetterSpec("death_notification", case.request.id), today=TODAY
    )
    return preparer, approver, record


def test_news_of_death_waits_for_a_second_person(org: Session) -> None:
    preparer, approver, record = _death_case(org)
    assert letter_state(record) == AWAITING_APPROVAL
    assert "3 жовтня 2026 р." in pdf_text(review_pdf(preparer, record.id))
    with pytest.raises(AwaitingApproval):
        reprint_letter(preparer, record.id)
    with pytest.raises(AwaitingApproval):
        mark_delivery(preparer, record.id, "handed_over")
    with pytest.raises(PermissionDenied, match="second person"):
        approve_letter(preparer, record.id)
    approved = approve_letter(approver, record.id)
    assert approved.approved_by == approver.account.id
    assert letter_state(approved) == "generated"
    assert reprint_letter(preparer, record.id) == record.pdf  # the PDF the approver saw
    with pytest.raises(BadInput, match="not awaiting approval"):
        approve_letter(org, record.id)


def test_approval_checks_the_gates_again(org: Session) -> None:
    _preparer, approver, record = _death_case(org)
    with org.transaction("withhold") as txn:
        txn.update(PrisonerRecord, record.prisoner_id or "", do_not_disclose=True)
    with pytest.raises(LetterBlocked) as caught:
        approve_letter(approver, record.id)
    assert caught.value.codes == ["prisoner_do_not_disclose"]
    stored = load_entity(org.conn, LetterRecord, record.id)
    assert stored is not None and stored.approved_by is None


def test_news_of_death_can_be_cancelled_instead(org: Session) -> None:
    _preparer, approver, record = _death_case(org)
    cancelled = mark_delivery(approver, record.id, "cancelled", on=dt.date(2026, 11, 25))
    assert letter_state(cancelled) == "cancelled"
    with pytest.raises(BadInput):
        approve_letter(approver, record.id)


def test_other_kinds_need_no_approval(org: Session) -> None:
    case = add_case(org)
    record = generate_letter(org, LetterSpec("confirmation_held", case.request.id), today=TODAY)
    assert letter_state(record) == "generated"
    with pytest.raises(BadInput, match="needs no approval"):
        approve_letter(org, record.id)


# --- delivery ------------------------------------------------------------------------------------


def test_mark_posted_then_returned(org: Session) -> None:
    case = add_case(org, prisoner_status=None)
    record = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    posted = mark_delivery(org, record.id, "posted", on=dt.date(2026, 11, 25))
    assert (posted.delivery_status, posted.delivery_date) == ("posted", "2026-11-25")
    returned = mark_delivery(org, record.id, "returned", on=dt.date(2026, 12, 9))
    assert returned.delivery_status == "returned"
    history = org.conn.execute(
        "SELECT new_value FROM journal WHERE entity_id = ? AND field = 'delivery_status' "
        "ORDER BY seq",
        (record.id,),
    ).fetchall()
    assert [json.loads(row[0]) for row in history] == ["posted", "returned"]  # after creation
    with pytest.raises(BadInput, match="Unknown delivery status"):
        mark_delivery(org, record.id, "lost")


def test_a_cancelled_letter_stays_cancelled(org: Session) -> None:
    case = add_case(org, prisoner_status=None)
    record = generate_letter(org, LetterSpec("acknowledgement", case.request.id), today=TODAY)
    mark_delivery(org, record.id, "cancelled")
    with pytest.raises(BadInput, match="cancelled"):
        mark_delivery(org, record.id, "posted")


# --- search --------------------------------------------------------------------------------------


def test_search_by_text_kind_state_and_request(org: Session) -> None:
    a = add_case(org, link_status="potential")
    b = add_case(
        org, prisoner_status=None, enquirer="Шевчук Марія", lang="en", channel="in_person",
        address=None,
    )  # fmt: skip
    ack_a = generate_letter(org, LetterSpec("acknowledgement", a.request.id), today=TODAY)
    assert a.link is not None
    with org.transaction("confirm") as txn:  # found: the acknowledgement came before
        txn.update(Link, a.link.id, status="confirmed")
    held_a = generate_letter(org, LetterSpec("confirmation_held", a.request.id), today=TODAY)
    ack_b = generate_letter(org, LetterSpec("acknowledgement", b.request.id), today=TODAY)
    mark_delivery(org, ack_b.id, "handed_over")

    def refs(**query: object) -> set[str | None]:
        return {r.ref for r in search_letters(org.conn, LetterQuery(**query))}  # type: ignore[arg-type]

    assert refs() == {ack_a.ref, held_a.ref, ack_b.ref}
    assert refs(text="шевчук") == {ack_b.ref}  # any case, Cyrillic
    assert refs(text=a.request.ref) == {ack_a.ref, held_a.ref}
    assert refs(text=(held_a.ref or "").lower()) == {held_a.ref}
    assert refs(kind="acknowledgement") == {ack_a.ref, ack_b.ref}
    assert refs(state="handed_over") == {ack_b.ref}
    assert refs(state="generated") == {ack_a.ref, held_a.ref}
    assert refs(language="en") == {ack_b.ref}
    assert refs(request_id=a.request.id, kind="confirmation_held") == {held_a.ref}
    assert refs(generated_from="2000-01-01", generated_to="2000-12-31") == set()
    assert all(r.pdf is None for r in search_letters(org.conn, LetterQuery()))
    with pytest.raises(BadInput):
        search_letters(org.conn, LetterQuery(state="lost"))


def test_search_finds_letters_awaiting_approval(org: Session) -> None:
    _preparer, _approver, record = _death_case(org)
    found = search_letters(org.conn, LetterQuery(state=AWAITING_APPROVAL))
    assert [r.id for r in found] == [record.id]
    assert search_letters(org.conn, LetterQuery(state="generated")) == []


ENQUIRERS = {
    "uk": "Коломієць Ганна Григорівна",
    "ru": "Коломиец Анна Григорьевна",
    "en": "Коломієць Ганна Григорівна",  # an English letter keeps the name as written
}
STATUS = {
    "confirmation_held": "held",
    "exchange_inclusion": "held",
    "return_release": "released",
    "death_notification": "deceased",
    "acknowledgement": None,
    "no_news": None,
    "case_closed": None,
}


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
@pytest.mark.parametrize(
    "kind",
    [
        "acknowledgement",
        "more_information",
        "confirmation_held",
        "exchange_inclusion",
        "return_release",
        "no_news",
        "death_notification",
        "case_closed",
    ],
)
def test_every_kind_in_every_language_from_the_vault(org: Session, kind: str, lang: str) -> None:
    case = add_case(
        org,
        lang=lang,
        enquirer=ENQUIRERS[lang],
        family_name="Ґалаґан-Коломієць",
        given_name="Сергій",
        patronymic="Юрійович",
        prisoner_status=STATUS.get(kind, "held"),
        status_date="2026-10-03",
    )
    if kind == "case_closed":
        org_close(org, case.request.id)
    if kind == "exchange_inclusion":
        assert case.prisoner is not None
        add_round(org, case.prisoner, "Обмін 185 на 185")
    details = "— номер військової частини;\n— дата останнього зв'язку."
    reason = "the family lives abroad" if kind == "death_notification" else None
    spec = LetterSpec(
        kind, case.request.id, details=details, delivery_reason=reason, channel="post"
    )
    record = generate_letter(org, spec, today=TODAY)
    pdf = review_pdf(org, record.id)
    text = pdf_text(pdf)
    assert ENQUIRERS[lang] in text
    if lang == "en":  # in Latin letters, with the family's own spelling beside it
        assert "Serhii Yuriiovych GALAGAN-KOLOMIIETS / Ґалаґан-Коломієць Сергій Юрійович" in text
    else:
        assert "Сергій Юрійович Ґалаґан-Коломієць" in text
    assert "під вартою" not in text and "под стражей" not in text
    assert "(-а)" not in text and "(-ая)" not in text
    assert "вул. Соборна, 5 м. Запоріжжя 69000" in text
    assert f"TCH/{record.ref}" in text and (case.request.ref or "") in text
    assert {"uk": "24 листопада 2026 р.", "ru": "24 ноября 2026 г.", "en": "24 November 2026"}[
        lang
    ] in text
    if kind in ("return_release", "death_notification"):
        assert {"uk": "3 жовтня 2026 р.", "ru": "3 октября 2026 г.", "en": "on 3 October 2026"}[
            lang
        ] in text
    if kind == "exchange_inclusion":  # the name only where it is in the letter's language
        assert ("«185 на 185»" in text) == (lang == "uk") and "Обмін 185" not in text
    if kind == "more_information":
        assert "— номер військової частини; — дата останнього зв'язку." in text
    assert len(pdf) < 60_000
