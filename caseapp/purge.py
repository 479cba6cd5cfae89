"""Retention: purge the personal data of closed cases after a set period (administrators).

A case is a tracing request; it is *closed* when its status is ``closed`` (with a reason:
reunited, withdrawn, duplicate, deceased, no trace…), and it is old enough when nothing in the
request itself has changed for the retention period (its last journal entry: a case someone
still edits is not old). Open, in-progress and matched cases are never purged.

What a purge removes, in one transaction with ``secure_delete`` on: every personal value of the
request and of its parts (names, enquirer, contacts, links, letters with their PDFs,
attachments with their files, sources), the content of all their journal entries (each keeps
its SHA-256 digest, so the audit trail still verifies), their search-index entries (the index
is then rebuilt so no old segment keeps a name), drafts and sync leftovers. What stays, for
statistics: each record's id, the request's reference, status, closure reason and category,
letters' kind, language, dates and delivery status, links' status (``sync/tombstones.KEPT``).
The purge is journaled (op ``purge``, ids and kept values only) and travels to other laptops as
a tombstone (``caseapp/sync/tombstones.py``). Afterwards the WAL is checkpointed, so the
purged content is gone from the vault file as well, not just from its tables.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field

from caseapp.domain.models import Entity, Setting, TracingRequest
from caseapp.errors import BadInput, PermissionDenied
from caseapp.permissions import may_manage_accounts
from caseapp.records import children_of, load_entity
from caseapp.store import ChangeSet, Session
from caseapp.sync.tombstones import PURGE_OP, purge_record
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

#: The vault setting (``Setting`` id) holding the retention period in days.
RETENTION_SETTING = "retention_days"
#: Bounds of a retention period, in days: a typo such as 0 must not purge every closed case.
MIN_DAYS = 30
MAX_DAYS = 100 * 365


@dataclass(frozen=True)
class PurgeCandidate:
    """One closed case a purge would remove: reference, reason, date and counts, no names."""

    request_id: str
    ref: str
    closed_reason: str
    #: The date (UTC) of the request's last change, as an ISO date.
    last_change: str
    #: Parts per type (name forms, contacts, letters, attachments…), deleted ones included.
    parts: dict[str, int] = field(default_factory=dict)


@dataclass
class PurgePreview:
    days: int
    cutoff: str
    candidates: list[PurgeCandidate]

    def totals(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for c in self.candidates:
            for kind, n in c.parts.items():
                out[kind] += n
        return dict(sorted(out.items()))


@dataclass
class PurgeResult:
    requests: int
    records: int
    refs: list[str]
    changes: ChangeSet


def _require_admin(session: Session) -> None:
    if not may_manage_accounts(session.role):
        raise PermissionDenied("Only an administrator can purge closed cases.")


def check_days(days: int) -> int:
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise BadInput(
            "The retention period must be between {low} and {high} days.",
            low=MIN_DAYS,
            high=MAX_DAYS,
        )
    return days


def retention_days(conn: Connection) -> int | None:
    """The vault's retention period, or None if none has been set."""
    setting = load_entity(conn, Setting, RETENTION_SETTING)
    try:
        return int(setting.value) if setting is not None and setting.value else None
    except ValueError:
        return None


def set_retention_days(session: Session, days: int) -> ChangeSet:
    """Set the vault's retention period (journaled; travels like any setting)."""
    _require_admin(session)
    check_days(days)
    with session.transaction("set retention period") as txn:
        if load_entity(txn.conn, Setting, RETENTION_SETTING, include_deleted=True) is None:
            txn.create(Setting(id=RETENTION_SETTING, value=str(days)))
        else:
            txn.update(Setting, RETENTION_SETTING, value=str(days))
    return txn.changes


def _period(session: Session, days: int | None) -> int:
    if days is None:
        days = retention_days(session.conn)
        if days is None:
            raise BadInput(
                "No retention period is set for this vault: give the number of days "
                "(--older-than) or set the period."
            )
    return check_days(days)


def _cutoff(days: int, now: dt.datetime | None) -> str:
    moment = (now or dt.datetime.now(dt.UTC)) - dt.timedelta(days=days)
    return moment.isoformat(timespec="seconds")


def _candidates(conn: Connection, cutoff: str) -> list[PurgeCandidate]:
    rows = conn.execute(
        "SELECT r.id, r.ref, r.closed_reason, (SELECT max(t.at) FROM journal j "
        "JOIN txn t ON t.id = j.txn WHERE j.entity_id = r.id) AS last "
        "FROM tracing_request r WHERE r.status = 'closed' AND NOT EXISTS "
        "(SELECT 1 FROM journal p WHERE p.entity_id = r.id AND p.op = ?)",
        (PURGE_OP,),
    ).fetchall()
    chosen = [r for r in rows if r[3] is not None and str(r[3]) < cutoff]
    chosen.sort(key=lambda r: (str(r[3]), str(r[1] or "")))
    ids = [str(r[0]) for r in chosen]
    parts: dict[str, dict[str, int]] = defaultdict(dict)
    for cls, column in children_of("tracing_request"):
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            for owner, count in conn.execute(
                f"SELECT {column}, count(*) FROM {cls.ENTITY} WHERE {column} IN "
                f"({', '.join('?' for _ in part)}) GROUP BY {column}",
                part,
            ):
                parts[owner][cls.ENTITY] = int(count)
    return [
        PurgeCandidate(str(r[0]), str(r[1] or ""), str(r[2] or ""), str(r[3])[:10], parts[r[0]])
        for r in chosen
    ]


def preview_purge(
    session: Session, days: int | None = None, *, now: dt.datetime | None = None
) -> PurgePreview:
    """What a purge with this period would remove (``days`` None: the vault's setting)."""
    _require_admin(session)
    days = _period(session, days)
    cutoff = _cutoff(days, now)
    return PurgePreview(days, cutoff, _candidates(session.conn, cutoff))


def purge_closed_cases(
    session: Session,
    days: int | None = None,
    *,
    only: Collection[str] | None = None,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> PurgeResult:
    """Purge the closed cases older than ``days`` (or the vault's setting).

    ``only``: the request ids the administrator confirmed in a preview; a case reopened or
    changed since no longer qualifies and is left alone. Cancel rolls everything back.
    """
    _require_admin(session)
    days = _period(session, days)
    if session.vault.read_only:
        raise BadInput("The vault is on a read-only disk or stick; it cannot be changed.")
    cutoff = _cutoff(days, now)
    if progress is not None:
        progress.start(0, "Purging closed cases")
    with session.transaction("purge") as txn:
        txn.audit_action = "purge"
        chosen = _candidates(txn.conn, cutoff)
        if only is not None:
            wanted = set(only)
            chosen = [c for c in chosen if c.request_id in wanted]
        if progress is not None:
            progress.start(len(chosen) + 1, "Purging closed cases")
        records = 0
        for candidate in chosen:
            targets: list[tuple[type[Entity], str]] = [(TracingRequest, candidate.request_id)]
            for cls, column in children_of("tracing_request"):
                targets += [
                    (cls, str(row[0]))
                    for row in txn.conn.execute(
                        f"SELECT id FROM {cls.ENTITY} WHERE {column} = ? ORDER BY id",
                        (candidate.request_id,),
                    )
                ]
            for cls, entity_id in targets:
                purge_record(txn, cls, entity_id)
            records += len(targets)
            if progress is not None:
                progress.step()
        if chosen:
            # Deleted index entries stay in FTS5 segments until they are merged: rebuild them.
            txn.conn.execute(
                "INSERT INTO tracing_request_search(tracing_request_search) VALUES ('optimize')"
            )
    if chosen:
        with contextlib.suppress(Exception):  # a reader may hold the WAL a moment longer
            session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if progress is not None:
        progress.step()
    return PurgeResult(len(chosen), records, [c.ref for c in chosen], txn.changes)
