"""Purged records (retention, ``caseapp/purge.py``): digests instead of content, and no way back.

A purge removes a record's personal data: the row keeps only what statistics need (``KEPT``)
and is marked deleted, and every journal entry of the record keeps its SHA-256 digest
(``entry_digest``) in ``journal.purged`` instead of its old and new values, so the audit trail,
which commits to those digests, still verifies. The purge itself is a journal entry (op
``purge``, holding only the kept values), so it travels in bundles like any change:

- a vault receiving a purge scrubs the record the same way (or creates the minimal row if the
  record never reached it);
- an entry that arrives later for a purged record (a stale laptop's old edit) is journaled as
  its digest only and never touches the row: the purge is a tombstone, nothing resurrects it;
- a new part created elsewhere for a purged record (a contact logged on a stale laptop) is
  purged on arrival, with a purge entry of its own so every vault agrees;
- entries sent after their content was purged carry ``purged`` (the digest) in the bundle.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from caseapp.audit import entry_digest
from caseapp.domain.models import Entity
from caseapp.records import entity_class
from caseapp.vault.connection import Connection

if TYPE_CHECKING:
    from caseapp.store import Txn

PURGE_OP = "purge"

#: What a purged record keeps, per type (minimisation: references, statuses, dates and the
#: owner ids that let statistics count outcomes and letters per case). Everything else, blobs
#: included, becomes NULL.
KEPT: dict[str, tuple[str, ...]] = {
    "tracing_request": ("ref", "status", "closed_reason", "category"),
    "letter": (
        "ref",
        "kind",
        "template_version",
        "language",
        "request_id",
        "generated_at",
        "delivery_method",
        "delivery_status",
        "delivery_date",
    ),
    "link": ("request_id", "status"),
    "contact_log": ("request_id", "contact_date", "channel"),
    "name_form": ("owner_type", "owner_id"),
    "fact_source": ("owner_type", "owner_id"),
    "attachment": ("owner_type", "owner_id"),
}


def stored_entry_digest(row: Sequence[Any]) -> str:
    """The digest of a journal row read as (hlc, entity_type, entity_id, op, field, old_value,
    new_value, base, purged): the kept digest once purged, else computed from the content."""
    if row[8]:
        return str(row[8])
    return entry_digest(*row[:8])


def txn_digest(conn: Connection, txn_id: str) -> str:
    """SHA-256 over the digests of one transaction's journal entries in clock order: what an
    audit entry can commit to. A purge does not change it (purged entries keep their digest),
    and it is the same on every laptop that holds the transaction."""
    rows = conn.execute(
        "SELECT j.hlc, j.entity_type, j.entity_id, j.op, j.field, j.old_value, j.new_value, "
        "j.base, j.purged FROM journal j JOIN txn t ON t.id = j.txn WHERE t.txn_id = ? "
        "ORDER BY j.hlc",
        (txn_id,),
    ).fetchall()
    digest = hashlib.sha256()
    for row in rows:
        digest.update(stored_entry_digest(row).encode("ascii") + b"\n")
    return digest.hexdigest()


def kept_fields(entity_type: str) -> tuple[str, ...]:
    return KEPT.get(entity_type, ())


def kept_values(conn: Connection, cls: type[Entity], entity_id: str) -> dict[str, Any]:
    names = [n for n in kept_fields(cls.ENTITY) if n in cls.field_names()]
    if not names:
        return {}
    row = conn.execute(
        f"SELECT {', '.join(names)} FROM {cls.ENTITY} WHERE id = ?", (entity_id,)
    ).fetchone()
    return {} if row is None else {n: v for n, v in zip(names, row, strict=True) if v is not None}


def digest_journal(conn: Connection, entity_ids: Sequence[str]) -> int:
    """Replace the old and new values of every journal entry of these records by its digest."""
    done = 0
    for start in range(0, len(entity_ids), 500):
        part = list(entity_ids[start : start + 500])
        rows = conn.execute(
            "SELECT seq, hlc, entity_type, entity_id, op, field, old_value, new_value, base "
            f"FROM journal WHERE entity_id IN ({', '.join('?' for _ in part)}) "
            "AND purged IS NULL AND op != ?",
            (*part, PURGE_OP),
        ).fetchall()
        conn.executemany(
            "UPDATE journal SET old_value = NULL, new_value = NULL, purged = ? WHERE seq = ?",
            [(entry_digest(*row[1:]), row[0]) for row in rows],
        )
        done += len(rows)
    return done


def scrub_row(txn: Txn, cls: type[Entity], entity_id: str, kept: Mapping[str, Any]) -> None:
    """The row keeps only ``kept`` and is marked deleted (created so if it never arrived);
    drafts, open conflicts and entries kept aside for it go."""
    conn = txn.conn
    names = cls.field_names()
    values = [
        kept.get(n)
        if n in kept_fields(cls.ENTITY)
        else (0 if cls.field_kind(n) == "bool" else None)  # flags are NOT NULL
        for n in names
    ]
    exists = conn.execute(f"SELECT 1 FROM {cls.ENTITY} WHERE id = ?", (entity_id,)).fetchone()
    if exists:
        conn.execute(
            f"UPDATE {cls.ENTITY} SET {', '.join(f'{n} = ?' for n in names)}, deleted = 1 "
            "WHERE id = ?",
            (*values, entity_id),
        )
        txn.changes._add(txn.changes.deleted, cls.ENTITY, entity_id)
    else:
        conn.execute(
            f"INSERT INTO {cls.ENTITY} (id, {', '.join(names)}, deleted) "
            f"VALUES (?, {', '.join('?' for _ in names)}, 1)",
            (entity_id, *values),
        )
    for table in ("draft", "sync_conflict", "sync_quarantine"):
        conn.execute(f"DELETE FROM {table} WHERE entity_id = ?", (entity_id,))


def purged_ids(txn: Txn, entity_ids: Iterable[str]) -> set[str]:
    """Which of these records have been purged (a purge entry stored or pending in ``txn``)."""
    wanted = sorted(set(entity_ids))
    found = {row[1] for row in txn._journal if row[2] == PURGE_OP and row[1] in set(wanted)}
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        found.update(
            r[0]
            for r in txn.conn.execute(
                "SELECT DISTINCT entity_id FROM journal WHERE op = ? AND entity_id IN "
                f"({', '.join('?' for _ in part)})",
                (PURGE_OP, *part),
            )
        )
    return found


def purge_record(txn: Txn, cls: type[Entity], entity_id: str) -> None:
    """Purge one record here and journal the purge (so it travels)."""
    kept = kept_values(txn.conn, cls, entity_id)
    digest_journal(txn.conn, [entity_id])
    scrub_row(txn, cls, entity_id, kept)
    txn._record(cls.ENTITY, entity_id, PURGE_OP, None, None, kept)


def _owners_of(entry: Mapping[str, Any], cls: type[Entity]) -> set[str]:
    """The owner ids a creation entry names (a part's record)."""
    if entry.get("op") != "create" or not cls.OWNERS or not entry.get("new"):
        return set()
    try:
        initial = json.loads(str(entry["new"]))
    except ValueError:
        return set()
    return {str(initial[name]) for name in cls.OWNERS if initial.get(name)}


def take_purges(
    txn: Txn,
    txns: Mapping[str, Mapping[str, Any]],
    entries: Sequence[Mapping[str, Any]],
    origin: str,
) -> tuple[list[Mapping[str, Any]], int]:
    """Apply the purges among a bundle's entries and journal, as digests only, every entry of
    a purged record; returns the entries left for the ordinary merge and how many were held."""
    purges = [e for e in entries if e.get("op") == PURGE_OP]
    for e in purges:
        try:
            cls = entity_class(str(e["entity_type"]))
        except Exception:
            continue  # an unknown type: the ordinary merge keeps it aside
        kept = json.loads(str(e["new"])) if e.get("new") else {}
        scrub_row(txn, cls, str(e["entity_id"]), kept)
    dead = purged_ids(txn, (str(e["entity_id"]) for e in entries))
    dead.update(str(e["entity_id"]) for e in purges)
    owners: dict[str, type[Entity]] = {}
    for e in entries:
        try:
            cls = entity_class(str(e["entity_type"]))
        except Exception:
            continue
        if str(e["entity_id"]) not in dead and _owners_of(e, cls) & dead:
            owners[str(e["entity_id"])] = cls  # a part made elsewhere for a purged record
    held: dict[str, list[dict[str, Any]]] = defaultdict(list)
    digests: list[tuple[str, str]] = []
    rest: list[Mapping[str, Any]] = []
    for e in entries:
        eid = str(e["entity_id"])
        if e.get("op") == PURGE_OP:
            held[str(e["txn"])].append(dict(e))
        elif eid in dead or eid in owners or e.get("purged"):
            digest = str(e.get("purged") or "") or entry_digest(
                str(e["hlc"]),
                str(e["entity_type"]),
                eid,
                str(e["op"]),
                e.get("field"),
                e.get("old"),
                e.get("new"),
                e.get("base"),
            )
            held[str(e["txn"])].append({**e, "old": None, "new": None})
            digests.append((digest, str(e["hlc"])))
        else:
            rest.append(e)
    for txn_id, items in held.items():
        txn.apply_remote(txns[txn_id], items, origin)
    txn.conn.executemany("UPDATE journal SET purged = ? WHERE hlc = ?", digests)
    if purges:
        digest_journal(txn.conn, sorted({str(e["entity_id"]) for e in purges}))
    for eid, cls in sorted(owners.items()):
        if eid not in purged_ids(txn, [eid]):
            scrub_row(txn, cls, eid, {})
            txn._record(cls.ENTITY, eid, PURGE_OP, None, None, {})
    return rest, len(entries) - len(rest)
