"""Which letters a family may receive as the case stands: one rule for single letters, batches
and ``owed_letters``.

The case state comes from ``domain.case_state`` (request status, confirmed prisoner records);
each kind lists the states it fits (``Kind.states``, the kind x state table in docs/letters.md).
On top of the table:

- exchange letters follow the round: "included" only before the round is executed and never for
  a cancelled one; "not included / postponed" only once it was executed without the person or
  cancelled;
- "remains identified" only after the news of death was approved and not cancelled;
- a second letter of a kind (an acknowledgement ever, any kind within the periodic window)
  warns, and "periodic" letters are owed only after ``periodic_weeks`` without any letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.case_state import case_state
from caseapp.domain.models import LetterRecord, Link, PrisonerRecord, TracingRequest
from caseapp.i18n import translate
from caseapp.letters.kinds import KINDS, Kind
from caseapp.store import list_entities, load_entity
from caseapp.vault.connection import Connection

#: How each case state is described in a refusal (English; core catalogs translate).
STATE_TEXT = {
    "searching": "the person is still being searched for",
    "held": "the person is confirmed held",
    "released": "the person is recorded as released or returned",
    "deceased": "the person is recorded as deceased",
    "remains_returned": "the person's remains are recorded as returned",
    "withheld": 'the prisoner record is marked "do not disclose"',
    "closed": "the request is closed",
}
#: Kinds a family may be sent again and again ("periodic"), owed after ``periodic_weeks``.
PERIODIC = ("no_news", "cannot_share")
#: Round states in which an "included in the exchange" letter is still true.
ROUND_OPEN = ("proposed", "negotiating", "agreed", "in_execution")
ROUND_OVER = ("executed", "partially_executed", "cancelled")


def allowed(kind: str, state: str) -> bool:
    """The kind x state table: may a family in ``state`` receive a letter of ``kind``?"""
    return state in KINDS[kind].states


def fitting_kinds(state: str) -> list[Kind]:
    return [k for k in KINDS.values() if state in k.states]


def state_message(state: str, lang: str = "en") -> str:
    """Why a letter does not fit, naming the kinds that do (in ``lang``)."""
    kinds = ", ".join(translate(k.label, lang) for k in fitting_kinds(state)) or "—"
    return translate(
        "This letter does not fit the case as it stands: {state}. Letters that fit: {kinds}.",
        lang,
        state=translate(STATE_TEXT[state], lang),
        kinds=kinds,
    )


def confirmed_prisoners(conn: Connection, request_id: str) -> list[PrisonerRecord]:
    links = list_entities(conn, Link, "request_id = ? AND status = 'confirmed'", (request_id,))
    found = {}
    for link in links:
        prisoner = load_entity(conn, PrisonerRecord, link.prisoner_id or "")
        if prisoner is not None:
            found[prisoner.id] = prisoner
    return list(found.values())


def request_state(
    conn: Connection, request: TracingRequest, prisoner: PrisonerRecord | None = None
) -> str:
    """The case state of ``request`` (about ``prisoner`` when a letter names one)."""
    prisoners: Iterable[PrisonerRecord] = (
        [prisoner] if prisoner is not None else confirmed_prisoners(conn, request.id)
    )
    return case_state(request.status, [(p.status, p.do_not_disclose) for p in prisoners])


def earlier_letters(conn: Connection, request_id: str, kind: str) -> list[LetterRecord]:
    rows = conn.execute(
        "SELECT id, ref, generated_at FROM letter WHERE request_id = ? AND kind = ? "
        "AND deleted = 0 AND delivery_status != 'cancelled' ORDER BY generated_at DESC",
        (request_id, kind),
    ).fetchall()
    return [LetterRecord(id=r[0], ref=r[1], generated_at=r[2], kind=kind) for r in rows]


@dataclass(frozen=True)
class Warning:
    """Not a refusal: the user is told and decides (a second letter of a kind, say)."""

    message: str
    params: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = "en") -> str:
        return translate(self.message, lang, **dict(self.params))


SECOND_LETTER = "This request already had a letter of this kind: {ref} of {date}."
RECENT_LETTER = "A letter of this kind was made for this request {days} days ago ({ref})."


def repeat_warnings(
    conn: Connection, request_id: str, kind: str, today: dt.date, weeks: int
) -> list[Warning]:
    """A second letter of this kind: an acknowledgement or a closing letter ever, any other kind
    within ``weeks``."""
    earlier = earlier_letters(conn, request_id, kind)
    if not earlier:
        return []
    last = earlier[0]
    day = (last.generated_at or "")[:10]
    if kind in ("acknowledgement", "case_closed"):
        return [Warning(SECOND_LETTER, (("ref", last.ref or ""), ("date", day)))]
    try:
        since = (today - dt.date.fromisoformat(day)).days
    except ValueError:
        return []
    if since < weeks * 7:
        return [Warning(RECENT_LETTER, (("days", str(since)), ("ref", last.ref or "")))]
    return []


def death_notice_approved(conn: Connection, request_id: str, prisoner_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM letter WHERE request_id = ? AND prisoner_id = ? AND kind = "
        "'death_notification' AND deleted = 0 AND approved_by IS NOT NULL "
        "AND delivery_status != 'cancelled' LIMIT 1",
        (request_id, prisoner_id),
    ).fetchone()
    return row is not None


def released_in_round(conn: Connection, prisoner_id: str, round_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM round_entry e JOIN round_list rl ON rl.id = e.list_id "
        "WHERE rl.round_id = ? AND e.prisoner_id = ? AND e.released = 1 AND e.deleted = 0 "
        "AND rl.deleted = 0 LIMIT 1",
        (round_id, prisoner_id),
    ).fetchone()
    return row is not None
