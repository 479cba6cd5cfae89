"""What a record is linked to, and what a decision on a link would change or put at risk.

Both record screens show their links (a request: the prisoner record it is confirmed to and its
open suggestions; a prisoner record: the requests linked to it), and the review screen asks
before a decision that would mislead a family. The rules live here, in the core, so the GUI
and the CLI agree; the screens only show the result.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.access import access_of
from caseapp.domain.case_state import request_status_for
from caseapp.domain.models import Link, PrisonerRecord, TracingRequest
from caseapp.errors import BadInput
from caseapp.i18n import translate
from caseapp.records import load_entity
from caseapp.vault.connection import Connection

#: Statuses shown, in this order: the decided link first, then the open suggestions.
_SHOWN = ("confirmed", "potential")


@dataclass(frozen=True)
class LinkedRecord:
    """One link seen from a record: the record at the other end."""

    link_id: str
    link_status: str
    score: float | None
    kind: str  # "prisoners" or "requests": the list the other record belongs to
    record_id: str
    ref: str
    name: str
    record_status: str | None


def _name(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def record_links(conn: Connection, record_id: str, kind: str) -> list[LinkedRecord]:
    """Confirmed links, then open suggestions (best first), of a request (``kind`` "requests")
    or a prisoner record ("prisoners"). Rejected links are left out; the review screen keeps
    them."""
    if kind == "requests":
        mine, other, table, other_kind = "request_id", "prisoner_id", "prisoner", "prisoners"
    else:
        mine, other, table, other_kind = "prisoner_id", "request_id", "tracing_request", "requests"
    scope: str = ""
    scope_params: list[object] = []
    if table == "tracing_request":  # need-to-know: a scoped caseworker's requests only
        scope, scope_params = access_of(conn).request_clause("t.assigned_to")
    rows = conn.execute(
        f"SELECT k.id, k.status, k.score, t.id, t.ref, t.family_name, t.given_name, "
        f"t.patronymic, t.status FROM link k JOIN {table} t ON t.id = k.{other} "
        f"WHERE k.{mine} = ? AND k.deleted = 0 AND t.deleted = 0 AND k.status IN (?, ?) "
        + (f"AND {scope} " if scope else "")
        + "ORDER BY k.status = 'potential', k.score IS NULL, k.score DESC, t.ref",
        (record_id, *_SHOWN, *scope_params),
    ).fetchall()
    return [
        LinkedRecord(
            link_id=row[0],
            link_status=row[1],
            score=row[2],
            kind=other_kind,
            record_id=row[3],
            ref=row[4] or "",
            name=_name(row[5], row[6], row[7]),
            record_status=row[8],
        )
        for row in rows
    ]


# --- guarded decisions ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionCheck:
    """What a decision on a link will do (``effect``) and why to stop and think first
    (``warnings``: the user must agree to each before it goes ahead)."""

    effect: str
    warnings: tuple[str, ...]
    new_request_status: str | None = None


def _letters_sent(conn: Connection, request_id: str) -> int:
    row = conn.execute(
        "SELECT count(*) FROM letter WHERE request_id = ? AND deleted = 0 AND status = 'sent'",
        (request_id,),
    ).fetchone()
    return int(row[0])


#: Letters that told the family something about a confirmed person.
_NEWS_KINDS = (
    "confirmation_held",
    "exchange_inclusion",
    "return_release",
    "death_notification",
    "remains_identified",
)
#: Delivery states of a letter that went out (it may have been read).
_WENT_OUT = ("handed_over", "posted", "returned")


def _load_link(conn: Connection, link_id: str) -> tuple[Link, TracingRequest, PrisonerRecord]:
    link = load_entity(conn, Link, link_id)
    request = load_entity(conn, TracingRequest, link.request_id or "") if link else None
    prisoner = load_entity(conn, PrisonerRecord, link.prisoner_id or "") if link else None
    if link is None or request is None or prisoner is None:
        raise BadInput("This record no longer exists (it may have been deleted).")
    return link, request, prisoner


def check_confirm(conn: Connection, link_id: str, lang: str = "en") -> DecisionCheck:
    """Before confirming: the request status it will set (``request_status_for``, the rule
    ``confirm_link`` applies), and warnings when the prisoner is already confirmed as the
    person of another request, or the request already has another confirmed record."""
    _link, request, prisoner = _load_link(conn, link_id)
    new_status = request_status_for(request.status, prisoner.status)
    warnings: list[str] = []
    for (other_ref,) in conn.execute(
        "SELECT r.ref FROM link k JOIN tracing_request r ON r.id = k.request_id "
        "WHERE k.prisoner_id = ? AND k.request_id != ? AND k.status = 'confirmed' "
        "AND k.deleted = 0 AND r.deleted = 0 ORDER BY r.ref",
        (prisoner.id, request.id),
    ):
        warnings.append(
            translate(
                "This prisoner record is already confirmed as the person sought by request "
                "{ref}. Two families may be looking for the same person, or one of the two "
                "links is wrong: compare both requests before confirming.",
                lang,
                ref=other_ref or "—",
            )
        )
    for (other_ref,) in conn.execute(
        "SELECT p.ref FROM link k JOIN prisoner p ON p.id = k.prisoner_id "
        "WHERE k.request_id = ? AND k.prisoner_id != ? AND k.status = 'confirmed' "
        "AND k.deleted = 0 AND p.deleted = 0 ORDER BY p.ref",
        (request.id, prisoner.id),
    ):
        warnings.append(
            translate(
                "This request is already confirmed to prisoner record {ref}. Confirm a second "
                "record only if both are the same person (then merge them as duplicates).",
                lang,
                ref=other_ref or "—",
            )
        )
    return DecisionCheck(
        effect=request.status or "open", warnings=tuple(warnings), new_request_status=new_status
    )


def check_reopen(conn: Connection, link_id: str, lang: str = "en") -> DecisionCheck:
    """Before reopening a decided link: the request status it will go back to, and a warning
    when a letter with news of this person already went to the family (reopening does not
    recall it)."""
    link, request, _prisoner = _load_link(conn, link_id)
    new_status: str | None = None
    warnings: list[str] = []
    if link.status == "confirmed":
        others = conn.execute(
            "SELECT count(*) FROM link WHERE request_id = ? AND id != ? AND status = 'confirmed' "
            "AND deleted = 0",
            (request.id, link.id),
        ).fetchone()[0]
        from caseapp.matching.upkeep import SETTLED

        if not others and request.status in SETTLED[:3]:
            new_status = "possible_match"
        marks = ", ".join("?" for _ in _NEWS_KINDS)
        outs = ", ".join("?" for _ in _WENT_OUT)
        sent = conn.execute(
            f"SELECT ref, delivery_date FROM letter WHERE request_id = ? AND deleted = 0 "
            f"AND kind IN ({marks}) AND delivery_status IN ({outs}) "
            "AND (prisoner_id IS NULL OR prisoner_id = ?) ORDER BY delivery_date",
            (request.id, *_NEWS_KINDS, *_WENT_OUT, link.prisoner_id),
        ).fetchall()
        for ref, when in sent:
            warnings.append(
                translate(
                    "Letter {ref} ({date}) already told the family about this person. "
                    "Reopening the match does not recall it: if the match was wrong, the "
                    "family needs a correcting letter.",
                    lang,
                    ref=ref or "—",
                    date=when or "—",
                )
            )
    return DecisionCheck(
        effect=request.status or "open", warnings=tuple(warnings), new_request_status=new_status
    )


# --- a new request for a person already sought -------------------------------------------------


def requests_for_same_person(
    conn: Connection, request: TracingRequest, limit: int = 5
) -> list[LinkedRecord]:
    """Other open requests the matcher takes for the same sought person (strong band), best
    first: a family member may already have asked. Candidates come from the search index by
    family name (any script or form), so this stays fast at 100k requests."""
    from caseapp.matching import MatchIndex, PersonInput
    from caseapp.matching.scoring import STRONG
    from caseapp.search import search_clause

    if not request.family_name:
        return []
    clause = search_clause("requests", request.family_name + " ")
    if clause is None:
        return []
    rows = conn.execute(
        "SELECT t.id FROM tracing_request t WHERE t.deleted = 0 AND t.id != ? "
        f"AND t.status != 'closed' AND {clause.sql} LIMIT 500",
        (request.id, *clause.params),
    ).fetchall()
    if not rows:
        return []
    from caseapp.records import list_entities

    ids = [r[0] for r in rows]
    marks = ", ".join("?" for _ in ids)
    candidates = list_entities(conn, TracingRequest, f"id IN ({marks})", tuple(ids))
    index = MatchIndex(PersonInput.from_request(c) for c in candidates)
    found = index.match(PersonInput.from_request(request), top=limit, min_score=STRONG)
    by_id = {c.id: c for c in candidates}
    out = []
    for result in found:
        other = by_id.get(result.record_id)
        if other is not None:
            out.append(
                LinkedRecord(
                    link_id="",
                    link_status="",
                    score=result.score,
                    kind="requests",
                    record_id=other.id,
                    ref=other.ref or "",
                    name=_name(other.family_name, other.given_name, other.patronymic),
                    record_status=other.status,
                )
            )
    return out
