"""The matching engine applied to the vault: the review queue, decisions, duplicate merges.

Keeping the suggestions current (the match index, re-matching, the duplicate search) is in
``caseapp.matching.upkeep``; its main names are re-exported here.

Everything here writes through ``Session.transaction`` (permissions, validation, journal), so a
decision can be audited, synced and undone like any other edit. Rules the reviewer relies on:

- Matching only ever stores *potential* links; a person confirms or rejects them.
- ``rematch`` never touches a confirmed or rejected link, so a rejected pair is not suggested
  again until someone reopens it; potential links that no longer qualify are dropped.
- Confirming sets the tracing request's status from the prisoner's (``domain.case_state``:
  held → "confirmed held", released/repatriated → "returned", dead → "confirmed deceased"); reopening the last confirmed link moves it back to "possible match".
  Suggestions alone never change a request's status.
- A merge of two prisoner records is one transaction, undone by reverting that transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass

from caseapp.access import access_of
from caseapp.domain.case_state import request_status_after_confirm
from caseapp.domain.models import (
    Entity,
    Link,
    MergeMark,
    NameForm,
    PrisonerRecord,
    TracingRequest,
)
from caseapp.errors import BadInput
from caseapp.matching.explain import FieldReason

# Re-exported: callers of the matching service find the re-match here too.
from caseapp.matching.upkeep import MIN_SCORE as MIN_SCORE
from caseapp.matching.upkeep import SETTLED as SETTLED
from caseapp.matching.upkeep import TOP as TOP
from caseapp.matching.upkeep import IndexCache as IndexCache
from caseapp.matching.upkeep import RematchResult as RematchResult
from caseapp.matching.upkeep import build_index as build_index
from caseapp.matching.upkeep import duplicate_pairs as duplicate_pairs
from caseapp.matching.upkeep import reasons_json as reasons_json
from caseapp.matching.upkeep import rematch as rematch
from caseapp.records import children_of, list_entities, load_entity
from caseapp.store import Session
from caseapp.sync.ids import merge_mark_id
from caseapp.vault.connection import Connection

MERGE_ACTION = "merge prisoner records"
UNMERGE_ACTION = "unmerge prisoner records"
#: The identity fields shown side by side, in order ("names" = the name order check).
COMPARED_FIELDS = (
    "family_name",
    "given_name",
    "patronymic",
    "names",
    "sex",
    "birth_date",
    "birth_place",
    "service_number",
    "unit",
    "rank",
    "citizenship",
)
#: Children of a prisoner record (class, field holding the prisoner's id), moved by a merge.
CHILDREN: tuple[tuple[type[Entity], str], ...] = children_of("prisoner")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def link_reasons(link: Link) -> list[FieldReason]:
    try:
        data = json.loads(link.reasons or "[]")
        return [FieldReason.from_dict(item) for item in data]
    except (ValueError, KeyError, TypeError):
        return []  # an unreadable explanation must not hide the suggestion itself


# --- the review queue --------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueRow:
    link_id: str
    request_id: str
    request_ref: str
    request_name: str
    prisoner_id: str
    prisoner_ref: str
    prisoner_name: str
    score: float
    band: str
    status: str


def _full_name(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


_PAGE = 500
_QUEUE_FILTERS = (("l.request_id", 0), ("l.band", 1), ("l.status", 2))


def queue_keys(
    conn: Connection,
    request_id: str | None = None,
    band: str | None = None,
    status: str | None = "potential",
) -> list[int]:
    """The queue's row keys (link rowids), best first; ``None`` filters mean "any".

    Read in score order from the ``link_queue`` index, so the queue opens without sorting or
    loading every link; ``queue_rows`` then fetches the rows a screen shows, a page at a time.
    """
    sql = (
        "SELECT l.rowid FROM link l JOIN tracing_request r ON r.id = l.request_id "
        "JOIN prisoner p ON p.id = l.prisoner_id "
        "WHERE l.deleted = 0 AND r.deleted = 0 AND p.deleted = 0"
    )
    params: list[str] = []
    scope, scope_params = access_of(conn).request_clause("r.assigned_to")
    if scope:  # need-to-know: only the requests this caseworker may see
        sql += f" AND {scope}"
        params.extend(scope_params)
    values = (request_id, band, status)
    for column, position in _QUEUE_FILTERS:
        if values[position] is not None:
            sql += f" AND {column} = ?"
            params.append(values[position])  # type: ignore[arg-type]
    sql += " ORDER BY l.score DESC, l.rowid DESC"
    return [row[0] for row in conn.execute(sql, params)]


def queue_rows(conn: Connection, keys: Sequence[int]) -> dict[int, QueueRow]:
    """The rows of some queue keys (one page); a key whose link is gone is left out."""
    out: dict[int, QueueRow] = {}
    for start in range(0, len(keys), _PAGE):
        chunk = list(keys[start : start + _PAGE])
        sql = (
            "SELECT l.rowid, l.id, r.id, r.ref, r.family_name, r.given_name, r.patronymic, p.id, "
            "p.ref, p.family_name, p.given_name, p.patronymic, l.score, l.band, l.status "
            "FROM link l JOIN tracing_request r ON r.id = l.request_id "
            "JOIN prisoner p ON p.id = l.prisoner_id "
            f"WHERE l.deleted = 0 AND l.rowid IN ({', '.join('?' * len(chunk))})"
        )
        scope, scope_params = access_of(conn).request_clause("r.assigned_to")
        if scope:
            sql += f" AND {scope}"
        for row in conn.execute(sql, [*chunk, *scope_params]):
            out[row[0]] = QueueRow(
                row[1],
                row[2],
                row[3] or "",
                _full_name(*row[4:7]),
                row[7],
                row[8] or "",
                _full_name(*row[9:12]),
                float(row[12] or 0.0),
                row[13] or "",
                row[14] or "",
            )
    return out


def suggestion_queue(
    conn: Connection,
    request_id: str | None = None,
    band: str | None = None,
    status: str | None = "potential",
) -> list[QueueRow]:
    """The whole queue as rows, best first (the CLI and tests; screens page through it)."""
    keys = queue_keys(conn, request_id, band, status)
    rows = queue_rows(conn, keys)
    return [rows[key] for key in keys if key in rows]


@dataclass(frozen=True)
class ComparisonRow:
    """One line of the side-by-side view; ``verdict`` is '' when the engine did not compare."""

    field: str
    request_value: str
    prisoner_value: str
    verdict: str
    reason: str


def _require_link(conn: Connection, link_id: str) -> Link:
    link = load_entity(conn, Link, link_id)
    if link is None:
        raise BadInput("This record no longer exists (it may have been deleted).")
    return link


def field_comparison(conn: Connection, link_id: str, lang: str = "en") -> list[ComparisonRow]:
    """The two records field by field, with the engine's verdict and explanation per field."""
    link = _require_link(conn, link_id)
    request = load_entity(conn, TracingRequest, link.request_id or "", include_deleted=True)
    prisoner = load_entity(conn, PrisonerRecord, link.prisoner_id or "", include_deleted=True)
    return compare_fields(request, prisoner, link_reasons(link), lang)


def compare_fields(
    left: Entity | None, right: Entity | None, reasons: list[FieldReason], lang: str = "en"
) -> list[ComparisonRow]:
    """Rows for two records side by side (also used for duplicate pairs)."""
    by_field = {reason.field: reason for reason in reasons}
    rows = []
    for name in COMPARED_FIELDS:
        reason = by_field.get(name)
        if name == "names" and reason is None:
            continue  # the name-order check only speaks when the order was swapped
        # rank and citizenship are not scored; shown so the reviewer sees them side by side
        rows.append(
            ComparisonRow(
                name,
                str(getattr(left, name, "") or ""),
                str(getattr(right, name, "") or ""),
                reason.verdict if reason else "",
                reason.text(lang) if reason else "",
            )
        )
    return rows


# --- decisions ---------------------------------------------------------------------------------


def confirm_link(session: Session, link_id: str) -> None:
    """A person confirms: the link and the request's status change in one transaction."""
    with session.transaction("confirm match") as txn:
        link = _require_link(txn.conn, link_id)
        if link.status == "confirmed":
            raise BadInput("This match is already confirmed.")
        txn.update(
            Link,
            link_id,
            status="confirmed",
            decided_by=session.account.id,
            decided_at=_now(),
            decision_reason=None,
        )
        request = load_entity(txn.conn, TracingRequest, link.request_id or "")
        prisoner = load_entity(txn.conn, PrisonerRecord, link.prisoner_id or "")
        status = request_status_after_confirm(
            request.status if request else None, prisoner.status if prisoner else None
        )
        if request is not None and status is not None:
            txn.update(TracingRequest, request.id, status=status)


def reject_link(session: Session, link_id: str, reason: str) -> None:
    """A person rejects, saying why (required); the pair is not suggested again."""
    if not reason.strip():
        raise BadInput("Say why the match is rejected.")
    with session.transaction("reject match") as txn:
        link = _require_link(txn.conn, link_id)
        txn.update(
            Link,
            link.id,
            status="rejected",
            decided_by=session.account.id,
            decided_at=_now(),
            decision_reason=reason.strip(),
        )


def reopen_link(session: Session, link_id: str) -> None:
    """Back to potential; the journal keeps the earlier decision and its reason."""
    with session.transaction("reopen match") as txn:
        link = _require_link(txn.conn, link_id)
        if link.status == "potential":
            raise BadInput("This match is not decided yet.")
        txn.update(
            Link, link.id, status="potential", decided_by=None, decided_at=None,
            decision_reason=None,
        )  # fmt: skip
        if link.status != "confirmed":
            return
        others = list_entities(
            txn.conn,
            Link,
            "request_id = ? AND status = 'confirmed' AND id != ?",
            (link.request_id, link.id),
        )
        request = load_entity(txn.conn, TracingRequest, link.request_id or "")
        if not others and request is not None and request.status in SETTLED[:3]:
            txn.update(TracingRequest, request.id, status="possible_match")


# --- duplicates --------------------------------------------------------------------------------


def merge_prisoners(session: Session, keep_id: str, merge_id: str) -> str:
    """Fold ``merge_id`` into ``keep_id`` in one transaction; returns its txn id (for unmerge).

    Every child (name forms, sources, detentions, events, attachments, links, list entries)
    moves to the kept record, the merged record's own name becomes a name form of the kept
    one, and the merged record is soft-deleted. Where both records had a link to the same
    request and one of them is only potential, the potential one is dropped.
    """
    if keep_id == merge_id:
        raise BadInput("Choose two different records to merge.")
    with session.transaction(MERGE_ACTION) as txn:
        conn = txn.conn
        keep = load_entity(conn, PrisonerRecord, keep_id)
        merged = load_entity(conn, PrisonerRecord, merge_id)
        if keep is None or merged is None:
            raise BadInput("This record no longer exists (it may have been deleted).")
        kept_links = {
            link.request_id: link
            for link in list_entities(conn, Link, "prisoner_id = ?", (keep_id,))
        }
        for cls, column in CHILDREN:
            for child in list_entities(conn, cls, f"{column} = ?", (merge_id,)):
                if isinstance(child, Link):
                    other = kept_links.get(child.request_id)
                    if other is not None and "potential" in (child.status, other.status):
                        drop = child if child.status == "potential" else other
                        txn.delete(Link, drop.id)
                        if drop is child:
                            continue
                    # The link moves to the kept record: a later link of the merged record to
                    # the same request (earlier merges leave several) meets this one, not the
                    # one just dropped.
                    kept_links[child.request_id] = child
                txn.update(cls, child.id, **{column: keep_id})
        txn.create(
            NameForm(
                owner_type="prisoner",
                owner_id=keep_id,
                family_name=merged.family_name,
                given_name=merged.given_name,
                patronymic=merged.patronymic,
                source_ref=merged.ref,
            )
        )
        txn.delete(PrisonerRecord, merge_id)
        # The tombstone that lets later edits and children from other laptops follow.
        mark_id = merge_mark_id(merge_id)
        if load_entity(conn, MergeMark, mark_id, include_deleted=True) is None:
            txn.create(MergeMark(id=mark_id, merged_id=merge_id, kept_id=keep_id))
        else:
            txn.restore(MergeMark, mark_id)
            txn.update(MergeMark, mark_id, kept_id=keep_id)
        return txn.changes.txn_id


@dataclass(frozen=True)
class MergeRecord:
    txn_id: str
    at: str
    kept_id: str
    merged_id: str
    undone: bool


def merges(conn: Connection, prisoner_id: str | None = None) -> list[MergeRecord]:
    """Merges found in the journal, newest first; ``undone`` once the merged record is back."""
    rows = conn.execute(
        "SELECT t.txn_id, t.at, j.entity_id, j.op, j.new_value, j.entity_type FROM txn t "
        "JOIN journal j ON j.txn = t.id WHERE t.action = ? AND j.op IN ('delete', 'create') "
        "ORDER BY t.id DESC",
        (MERGE_ACTION,),
    ).fetchall()
    found: dict[str, dict[str, str]] = {}
    for txn_id, at, entity_id, op, new_value, entity_type in rows:
        entry = found.setdefault(txn_id, {"at": at})
        if op == "delete" and entity_type == "prisoner":
            entry["merged"] = entity_id
        elif op == "create" and entity_type == "name_form":
            entry["kept"] = json.loads(new_value).get("owner_id", "")
    out = []
    for txn_id, entry in found.items():
        if "merged" not in entry or "kept" not in entry:
            continue
        if prisoner_id is not None and prisoner_id not in (entry["merged"], entry["kept"]):
            continue
        merged = load_entity(conn, PrisonerRecord, entry["merged"], include_deleted=False)
        out.append(
            MergeRecord(txn_id, entry["at"], entry["kept"], entry["merged"], merged is not None)
        )
    return out


def unmerge(session: Session, merge_txn_id: str) -> None:
    """Undo a merge by reverting its transaction; refused if anything it moved changed since."""
    with session.transaction(UNMERGE_ACTION) as txn:
        txn.revert(merge_txn_id)
