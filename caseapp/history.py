"""A record's history, read from the change journal: who changed which field when, old -> new.

Includes the record's own parts (name forms, sources, detentions, events, contacts,
attachments), since for a caseworker "the record" is all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caseapp.access import HIDDEN, Access, access_of, refuse_request
from caseapp.records import all_children, decode_journal_value
from caseapp.vault.connection import Connection


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    who: str
    action: str
    entity_type: str
    entity_id: str
    op: str  # create, update, delete, restore
    field: str | None
    old: Any
    new: Any


def _own_device(conn: Connection) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    return str(row[0]) if row else ""


def part_ids(conn: Connection, owner_id: str) -> list[str]:
    """The ids of a record's parts, deleted ones included (their deletion is history too)."""
    ids: list[str] = []
    for cls, column in all_children():
        ids.extend(
            r[0]
            for r in conn.execute(f"SELECT id FROM {cls.ENTITY} WHERE {column} = ?", (owner_id,))
        )
    return ids


def _shown(access: Access, entity_type: str, field: str | None, value: Any) -> Any:
    """A journal value as the reader may see it."""
    hidden = access.hides(entity_type)
    if not hidden or value is None:
        return value
    if field is None and isinstance(value, dict):  # a creation: every initial value
        return {k: (HIDDEN if k in hidden else v) for k, v in value.items()}
    return HIDDEN if field in hidden else value


def entity_history(
    conn: Connection, entity_id: str, *, with_parts: bool = True
) -> list[HistoryEntry]:
    """Newest first. A creation is one entry with every initial value in ``new`` (a dict).

    Need-to-know (``caseapp.access``): a request out of the reader's scope is refused, and
    values of fields hidden from the reader's role are ``HIDDEN`` (the journal keeps them)."""
    access = access_of(conn)
    if access.scoped:
        row = conn.execute(
            "SELECT assigned_to FROM tracing_request WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is not None and not access.may_see_request(row[0]):
            raise refuse_request()
    ids = [entity_id, *(part_ids(conn, entity_id) if with_parts else [])]
    out: list[HistoryEntry] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            # A change made on another laptop says which one (USB sync keeps the author's device).
            "SELECT x.at, coalesce(a.display_name, a.username, x.account_id, '') || "
            "CASE WHEN d.name IS NOT NULL AND x.device_id != ? THEN ' (' || d.name || ')' "
            "ELSE '' END, x.action, "
            "j.entity_type, j.entity_id, j.op, j.field, j.old_value, j.new_value, j.seq "
            "FROM journal j JOIN txn x ON x.id = j.txn LEFT JOIN account a ON a.id = x.account_id "
            f"LEFT JOIN device d ON d.id = x.device_id WHERE j.entity_id IN ({marks})",
            (_own_device(conn), *chunk),
        ).fetchall()
        out.extend(
            HistoryEntry(
                at=r[0],
                who=r[1],
                action=r[2],
                entity_type=r[3],
                entity_id=r[4],
                op=r[5],
                field=r[6],
                old=_shown(access, r[3], r[6], decode_journal_value(r[7])),
                new=_shown(access, r[3], r[6], decode_journal_value(r[8])),
            )
            for r in sorted(rows, key=lambda r: r[9], reverse=True)
        )
    out.sort(key=lambda e: e.at, reverse=True)
    return out


def field_history(conn: Connection, entity_id: str, field_name: str) -> list[HistoryEntry]:
    """How one field changed over time (e.g. a request's status), newest first, with the
    initial value from the creation entry."""
    out: list[HistoryEntry] = []
    for entry in entity_history(conn, entity_id, with_parts=False):
        if entry.op == "update" and entry.field == field_name:
            out.append(entry)
        elif entry.op == "create" and isinstance(entry.new, dict) and field_name in entry.new:
            out.append(
                HistoryEntry(
                    entry.at,
                    entry.who,
                    entry.action,
                    entry.entity_type,
                    entry.entity_id,
                    "create",
                    field_name,
                    None,
                    entry.new[field_name],
                )
            )
    return out
