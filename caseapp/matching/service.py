"""The matching engine applied to the vault: suggestions, decisions, duplicate merges.

Everything here writes through ``Session.transaction`` (permissions, validation, journal), so a
decision can be audited, synced and undone like any other edit. Rules the reviewer relies on:

- Matching only ever stores *potential* links; a person confirms or rejects them.
- ``rematch`` never touches a confirmed or rejected link, so a rejected pair is not suggested
  again until someone reopens it; potential links that no longer qualify are dropped.
- Confirming moves the tracing request to "confirmed held" (or "confirmed deceased" when the
  prisoner record says so); reopening the last confirmed link moves it back to "possible match".
  Suggestions alone never change a request's status.
- A merge of two prisoner records is one transaction, undone by reverting that transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from caseapp.domain.models import (
    Attachment,
    Detention,
    Entity,
    FactSource,
    Link,
    MergeMark,
    NameForm,
    PrisonerRecord,
    RoundEntry,
    TimelineEvent,
    TracingRequest,
    Value,
)
from caseapp.errors import BadInput
from caseapp.matching.duplicates import DuplicatePair, find_duplicates
from caseapp.matching.explain import FieldReason
from caseapp.matching.index import MatchIndex
from caseapp.matching.person import PersonInput
from caseapp.matching.scoring import POSSIBLE, STRONG
from caseapp.store import ChangeSet, Session, list_entities, load_entity
from caseapp.sync.ids import link_id, merge_mark_id
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

#: Suggestions stored per tracing request, and the lowest score worth a reviewer's time.
TOP = 5
MIN_SCORE = POSSIBLE
#: Requests in these states get no suggestions (the case is over or already decided).
SETTLED = ("confirmed_held", "confirmed_deceased", "returned", "closed")
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
CHILDREN: tuple[tuple[type[Entity], str], ...] = (
    (NameForm, "owner_id"),
    (FactSource, "owner_id"),
    (Attachment, "owner_id"),
    (Detention, "prisoner_id"),
    (TimelineEvent, "prisoner_id"),
    (Link, "prisoner_id"),
    (RoundEntry, "prisoner_id"),
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _name_forms(conn: Connection, owner_type: str) -> dict[str, list[NameForm]]:
    forms: dict[str, list[NameForm]] = defaultdict(list)
    for form in list_entities(conn, NameForm, "owner_type = ?", (owner_type,)):
        if form.owner_id:
            forms[form.owner_id].append(form)
    return forms


def build_index(conn: Connection, progress: Progress | None = None) -> MatchIndex:
    """Every prisoner record with its name forms; run it on the worker thread (100k: seconds)."""
    prisoners = list_entities(conn, PrisonerRecord)
    forms = _name_forms(conn, "prisoner")
    if progress is not None:
        progress.start(len(prisoners))
    index = MatchIndex()
    for number, record in enumerate(prisoners, 1):
        index.add(PersonInput.from_prisoner(record, forms.get(record.id, ())))
        if progress is not None and number % 1000 == 0:
            progress.step(1000)
    return index


def reasons_json(reasons: Iterable[FieldReason]) -> str:
    return json.dumps([r.to_dict() for r in reasons], ensure_ascii=False, sort_keys=True)


def link_reasons(link: Link) -> list[FieldReason]:
    try:
        data = json.loads(link.reasons or "[]")
        return [FieldReason.from_dict(item) for item in data]
    except (ValueError, KeyError, TypeError):
        return []  # an unreadable explanation must not hide the suggestion itself


class IndexCache:
    """One index per session, kept current from the ChangeSets the GUI broadcasts.

    ``note`` may be called from any thread; ``get`` runs on the worker thread (the index is not
    thread-safe), refreshing only the prisoner records that changed instead of rebuilding 100k.
    An explicit re-match should still call ``invalidate`` first: a write nobody broadcast would
    otherwise go unnoticed until the next full build.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._index: MatchIndex | None = None
        self._prisoners: set[str] = set()
        self._forms: set[str] = set()
        self._full = True

    def invalidate(self) -> None:
        with self._lock:
            self._full = True

    def note(self, changes: ChangeSet) -> None:
        with self._lock:
            self._prisoners |= changes.ids("prisoner")
            # A form created or deleted names its owner; an edited one may have moved: rebuild.
            self._forms |= changes.created.get("name_form", set())
            self._forms |= changes.deleted.get("name_form", set())
            if changes.updated.get("name_form"):
                self._full = True

    def get(self, conn: Connection, progress: Progress | None = None) -> MatchIndex:
        with self._lock:
            full, prisoners, forms = self._full, self._prisoners, self._forms
            self._full, self._prisoners, self._forms = False, set(), set()
        if full or self._index is None:
            self._index = build_index(conn, progress)
            return self._index
        for form_id in forms:
            form = load_entity(conn, NameForm, form_id, include_deleted=True)
            if form is not None and form.owner_type == "prisoner" and form.owner_id:
                prisoners.add(form.owner_id)
        for prisoner_id in prisoners:
            record = load_entity(conn, PrisonerRecord, prisoner_id)
            if record is None:
                self._index.remove(prisoner_id)
                continue
            own = list_entities(conn, NameForm, "owner_id = ?", (prisoner_id,))
            self._index.update(PersonInput.from_prisoner(record, own))
        return self._index


@dataclass(frozen=True)
class RematchResult:
    """How many potential links were added, refreshed and dropped."""

    created: int = 0
    updated: int = 0
    dropped: int = 0
    txn_id: str = ""


def rematch(
    session: Session,
    request_ids: Iterable[str] | None = None,
    progress: Progress | None = None,
    *,
    top: int = TOP,
    min_score: float = MIN_SCORE,
    index: MatchIndex | None = None,
) -> RematchResult:
    """Refresh the potential links of the given requests (all when None), in one transaction.

    Runs on the worker thread. Idempotent: a second run with nothing changed writes nothing.
    """
    conn = session.conn
    wanted = None if request_ids is None else set(request_ids)
    if index is None:
        index = build_index(conn)
    requests = [r for r in list_entities(conn, TracingRequest) if wanted is None or r.id in wanted]
    forms = _name_forms(conn, "tracing_request")
    links: dict[str, list[Link]] = defaultdict(list)
    for link in list_entities(conn, Link):
        if link.request_id and (wanted is None or link.request_id in wanted):
            links[link.request_id].append(link)
    if progress is not None:
        progress.start(len(requests) + 1)
    # Read and score first; write afterwards in one short transaction.
    plan: list[tuple[TracingRequest, dict[str, tuple[float, str, str]]]] = []
    for request in requests:
        found: dict[str, tuple[float, str, str]] = {}
        decided = {link.prisoner_id for link in links[request.id] if link.status != "potential"}
        settled = request.status in SETTLED or any(
            link.status == "confirmed" for link in links[request.id]
        )
        if not settled:
            person = PersonInput.from_request(request, forms.get(request.id, ()))
            for result in index.match(person, top + len(decided), min_score=min_score):
                if result.record_id not in decided and len(found) < top:
                    found[result.record_id] = (
                        round(result.score, 1),
                        result.band,
                        reasons_json(result.reasons),
                    )
        plan.append((request, found))
        if progress is not None:
            progress.step()
    created = updated = dropped = 0
    with session.transaction("re-match") as txn:
        for request, found in plan:
            current = {
                link.prisoner_id: link for link in links[request.id] if link.status == "potential"
            }
            for prisoner_id, link in current.items():
                if prisoner_id not in found:
                    txn.delete(Link, link.id)
                    dropped += 1
            for prisoner_id, (score, band, reasons) in found.items():
                existing = current.get(prisoner_id)
                if existing is None:
                    # One id per pair on every laptop (derived data meets itself on sync).
                    new_id = link_id(request.id, prisoner_id)
                    fields: dict[str, Value] = {
                        "request_id": request.id,
                        "prisoner_id": prisoner_id,
                        "status": "potential",
                        "score": score,
                        "band": band,
                        "reasons": reasons,
                    }
                    if load_entity(txn.conn, Link, new_id, include_deleted=True) is None:
                        txn.create(Link(id=new_id, **fields))  # type: ignore[arg-type]
                    else:  # dropped earlier: the same row comes back
                        txn.restore(Link, new_id)
                        txn.update(Link, new_id, **fields)
                    created += 1
                elif (existing.score, existing.band, existing.reasons) != (score, band, reasons):
                    txn.update(Link, existing.id, score=score, band=band, reasons=reasons)
                    updated += 1
        if progress is not None:
            progress.step()
        txn_id = txn.changes.txn_id
    return RematchResult(created, updated, dropped, txn_id)


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


def suggestion_queue(
    conn: Connection,
    request_id: str | None = None,
    band: str | None = None,
    status: str | None = "potential",
) -> list[QueueRow]:
    """Links to review, best first; ``None`` filters mean "any"."""
    sql = (
        "SELECT l.id, r.id, r.ref, r.family_name, r.given_name, r.patronymic, p.id, p.ref, "
        "p.family_name, p.given_name, p.patronymic, l.score, l.band, l.status "
        "FROM link l JOIN tracing_request r ON r.id = l.request_id "
        "JOIN prisoner p ON p.id = l.prisoner_id "
        "WHERE l.deleted = 0 AND r.deleted = 0 AND p.deleted = 0"
    )
    params: list[str] = []
    for column, value in (("l.request_id", request_id), ("l.band", band), ("l.status", status)):
        if value is not None:
            sql += f" AND {column} = ?"
            params.append(value)
    sql += " ORDER BY l.score DESC, r.ref, p.ref"
    return [
        QueueRow(
            row[0],
            row[1],
            row[2] or "",
            _full_name(*row[3:6]),
            row[6],
            row[7] or "",
            _full_name(*row[8:11]),
            float(row[11] or 0.0),
            row[12] or "",
            row[13] or "",
        )
        for row in conn.execute(sql, params)
    ]


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
        if request is not None and request.status in ("open", "in_progress", "possible_match"):
            dead = prisoner is not None and prisoner.status in ("deceased", "remains_returned")
            txn.update(
                TracingRequest,
                request.id,
                status="confirmed_deceased" if dead else "confirmed_held",
            )


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
        if not others and request is not None and request.status in SETTLED[:2]:
            txn.update(TracingRequest, request.id, status="possible_match")


# --- duplicates --------------------------------------------------------------------------------


def duplicate_pairs(
    conn: Connection, threshold: float = STRONG, progress: Progress | None = None
) -> list[DuplicatePair]:
    """Likely duplicate prisoner records, best first (worker thread)."""
    index = build_index(conn, progress)
    return find_duplicates(index, threshold=threshold)


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
