"""Labels, small widgets and queries shared by the letter screens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtWidgets import (
    QComboBox,
)

from caseapp.domain.models import ExchangeRound
from caseapp.errors import BadInput, CaseAppError
from caseapp.letters import (
    AWAITING_APPROVAL,
    LetterBlocked,
)
from caseapp.records import list_entities
from caseapp.search import search_clause
from caseapp.store import Session
from ui.errors import message_for

Index = QModelIndex | QPersistentModelIndex


# --- labels --------------------------------------------------------------------------------------


def kind_labels() -> dict[str, str]:
    return {
        "acknowledgement": QCoreApplication.translate("letters", "Acknowledgement of a request"),
        "more_information": QCoreApplication.translate("letters", "Request for more information"),
        "confirmation_held": QCoreApplication.translate(
            "letters", "Confirmation that the person is held"
        ),
        "exchange_inclusion": QCoreApplication.translate(
            "letters", "Inclusion in an exchange round"
        ),
        "return_release": QCoreApplication.translate("letters", "Return or release"),
        "no_news": QCoreApplication.translate("letters", "No news yet"),
        "death_notification": QCoreApplication.translate("letters", "News of death"),
        "exchange_not_included": QCoreApplication.translate(
            "letters", "Not released in an exchange / postponed"
        ),
        "remains_identified": QCoreApplication.translate(
            "letters", "Remains identified or returned"
        ),
        "case_closed": QCoreApplication.translate("letters", "Case closed"),
        "cannot_share": QCoreApplication.translate("letters", "We cannot share information"),
    }


def state_labels() -> dict[str, str]:
    return {
        "generated": QCoreApplication.translate("letters", "Generated"),
        "handed_over": QCoreApplication.translate("letters", "Handed over"),
        "posted": QCoreApplication.translate("letters", "Posted"),
        "returned": QCoreApplication.translate("letters", "Returned undelivered"),
        "cancelled": QCoreApplication.translate("letters", "Cancelled"),
        AWAITING_APPROVAL: QCoreApplication.translate("letters", "Awaiting approval"),
    }


def language_labels() -> dict[str, str]:
    return {
        "uk": QCoreApplication.translate("letters", "Ukrainian"),
        "ru": QCoreApplication.translate("letters", "Russian"),
        "en": QCoreApplication.translate("letters", "English"),
    }


def channel_labels() -> dict[str, str]:
    return {
        "post": QCoreApplication.translate("letters", "By post"),
        "in_person": QCoreApplication.translate("letters", "In person"),
        "email": QCoreApplication.translate("letters", "By e-mail"),
    }


def choice_combo(items: Sequence[tuple[str | None, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


# --- the register model --------------------------------------------------------------------------


def exchange_rounds(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the exchange rounds, newest first (for exchange letters)."""
    rounds = list_entities(session.conn, ExchangeRound, order_by="rowid DESC")
    return [(r.id, r.name or r.ref or "") for r in rounds]


def add_rounds(combo: QComboBox, rounds: list[tuple[str, str]]) -> None:
    for round_id, name in rounds:
        combo.addItem(name, round_id)


def refusal_text(error: CaseAppError) -> str:
    """Every reason on its own line, in the interface language."""
    if not isinstance(error, LetterBlocked):
        return message_for(error)
    lang = QLocale().name()[:2]
    lines = [f"• {refusal.message_in(lang)}" for refusal in error.refusals]
    return "\n".join([QCoreApplication.translate("letters", "This letter cannot be made:"), *lines])


def find_requests(session: Session, text: str, limit: int = 50) -> list[tuple[str, str]]:
    """(reference, description) of the requests a name or number finds, newest first."""
    clause = search_clause("requests", text)
    if clause is None:
        return []
    sql = (
        "SELECT t.ref, t.family_name, t.given_name, t.patronymic, t.enquirer_name "
        f"FROM tracing_request t WHERE t.deleted = 0 AND {clause.sql} "
        "ORDER BY t.rowid DESC LIMIT ?"
    )
    out = []
    for ref, family, given, patronymic, enquirer in session.conn.execute(
        sql, (*clause.params, limit)
    ):
        person = " ".join(p for p in (family, given, patronymic) if p)
        out.append((ref or "", f"{ref} · {person} · {enquirer or ''}".strip(" ·")))
    return out


def find_request_id(session: Session, ref: str) -> str:
    row = session.conn.execute(
        "SELECT id FROM tracing_request WHERE deleted = 0 AND upper(ref) = upper(?)",
        (ref.strip(),),
    ).fetchone()
    if row is None:
        raise BadInput("No tracing request with this number.")
    return str(row[0])
