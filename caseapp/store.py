"""The one write path: every change to stored data goes through ``Session.transaction``.

It checks the account's permission, validates the entity, writes the row, records every changed
field (old -> new) in the change journal with device id and hybrid logical clock, and commits —
all in one SQLite transaction per user action. The audit trail and USB sync read that journal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

import sqlcipher3

from caseapp import audit

__all__ = [
    "ChangeSet",
    "Session",
    "Txn",
    "collecting_changes",
    # Moved to caseapp.records; re-exported only until branches written against store merge.
    "decode_journal_value",
    "entity_class",
    "list_entities",
    "load_entity",
]

from caseapp.access import check_write_access
from caseapp.domain.models import Account, Entity, TracingRequest, Value
from caseapp.errors import BadInput, ValidationError
from caseapp.permissions import check_write
from caseapp.records import decode_journal_value, entity_class, list_entities, load_entity
from caseapp.sync.state import Entry, RecordState, base_for_edit, encode_base, resolve
from caseapp.vault.connection import Connection, is_storage_error, storage_failure
from caseapp.vault.vault import Vault

E = TypeVar("E", bound=Entity)

#: Journal entries written in one go while a transaction runs (the rest at commit).
JOURNAL_BATCH = 200

#: Entities that get a human-friendly reference number, and its prefix.
REF_PREFIXES = {
    "tracing_request": "TR",
    "prisoner": "PR",
    "exchange_round": "XR",
    "letter": "LT",
}


@dataclass
class ChangeSet:
    """What one transaction changed, so each screen can decide what to redraw."""

    txn_id: str
    action: str
    created: dict[str, set[str]] = field(default_factory=dict)
    updated: dict[str, set[str]] = field(default_factory=dict)
    deleted: dict[str, set[str]] = field(default_factory=dict)
    #: entity type -> names of the fields its updates changed (so a screen can ignore, say, a
    #: ``notes`` edit); a type in ``updated`` but missing here means "any field".
    updated_fields: dict[str, set[str]] = field(default_factory=dict)

    def _add(self, bucket: dict[str, set[str]], entity_type: str, entity_id: str) -> None:
        bucket.setdefault(entity_type, set()).add(entity_id)

    def touches(self, *entity_types: str) -> bool:
        return any(t in b for b in (self.created, self.updated, self.deleted) for t in entity_types)

    def ids(self, entity_type: str) -> set[str]:
        return (
            self.created.get(entity_type, set())
            | self.updated.get(entity_type, set())
            | self.deleted.get(entity_type, set())
        )

    @property
    def count(self) -> int:
        return sum(
            len(ids) for b in (self.created, self.updated, self.deleted) for ids in b.values()
        )

    @classmethod
    def union(cls, changesets: Iterable[ChangeSet], action: str = "") -> ChangeSet:
        """One ChangeSet for several transactions (e.g. a core call that committed twice)."""
        items = list(changesets)
        if len(items) == 1:
            return items[0]
        out = cls(txn_id=items[-1].txn_id if items else "", action=action)
        for item in items:
            out.action = out.action or item.action
            for f in fields(cls):
                mine, theirs = getattr(out, f.name), getattr(item, f.name)
                if isinstance(mine, dict):
                    for key, ids in theirs.items():
                        mine.setdefault(key, set()).update(ids)
        return out


_collecting = threading.local()


@contextmanager
def collecting_changes() -> Iterator[list[ChangeSet]]:
    """Collect what every transaction committed on this thread inside the block.

    For callers that run a core function whose return value is not its ChangeSet (a function
    returning the record it stored): the list holds exactly that call's commits, never another
    thread's, unlike a shared "last changes" attribute read after the fact.
    """
    stack: list[list[ChangeSet]] = _collecting.__dict__.setdefault("stack", [])
    collected: list[ChangeSet] = []
    stack.append(collected)
    try:
        yield collected
    finally:
        stack.remove(collected)


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _plain(value: Value) -> Any:
    """A JSON-ready value; blobs are recorded by digest and size, not copied into the journal."""
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    return value


def _journal_value(value: Value) -> str | None:
    return None if value is None else json.dumps(_plain(value), ensure_ascii=False)


class Txn:
    """One user action. Use through ``Session.transaction``; never instantiate directly."""

    def __init__(self, session: Session, conn: Connection, action: str) -> None:
        self.session = session
        self.conn = conn
        self.changes = ChangeSet(txn_id=str(uuid.uuid4()), action=action)
        self._journal: list[tuple[Any, ...]] = []
        self._txn_row: int | None = None
        self._at = _now_iso()
        # Journal entries per record, loaded when a record is first updated in this
        # transaction: each new entry names the heads it supersedes (``journal.base``).
        self._entries: dict[str, list[Entry]] = {}
        self._resolving: set[tuple[str, str]] = set()
        #: Remote transactions applied (``apply_remote``): txn ids, for the import summary.
        self.remote_txns: set[str] = set()
        #: The audit entry this transaction gets if it journals anything (``caseapp.audit``):
        #: a core function may name it more precisely ("letter", "purge").
        self.audit_action = "change"
        self._digest = audit.ChangeDigest()

    # --- public operations ---------------------------------------------------------------------

    def create(self, entity: E) -> E:
        check_write(self.session.role, entity.ENTITY)
        access = self.session.vault.access
        if (
            isinstance(entity, TracingRequest)
            and access is not None
            and access.scoped
            and not entity.assigned_to
        ):
            entity.assigned_to = self.session.account.id  # one's own request stays in view
        self._check_access(
            entity, [k for k, v in entity.to_fields().items() if v not in (None, "", 0)]
        )
        entity.normalise()
        prefix = REF_PREFIXES.get(entity.ENTITY)
        if prefix and not getattr(entity, "ref", None):
            entity.ref = self.next_ref(prefix)  # type: ignore[attr-defined]
        self._validate(entity)
        values = entity.to_fields()
        names = list(values)
        placeholders = ", ".join("?" for _ in range(len(names) + 1))
        self.conn.execute(
            f"INSERT INTO {entity.ENTITY} (id, {', '.join(names)}) VALUES ({placeholders})",
            (entity.id, *values.values()),
        )
        initial = {name: value for name, value in values.items() if value is not None}
        self._record(entity.ENTITY, entity.id, "create", None, None, initial)
        self.changes._add(self.changes.created, entity.ENTITY, entity.id)
        return entity

    def update(self, cls: type[E], entity_id: str, **changes: Value) -> E:
        """Change some fields of a stored entity; unchanged values write nothing."""
        current = self._require(cls, entity_id)
        unknown = set(changes) - set(cls.field_names())
        if unknown:
            raise BadInput(f"Unknown field(s): {', '.join(sorted(unknown))}")
        updated = cls.from_fields(entity_id, {**current.to_fields(), **changes})
        return self._write_diff(current, updated)

    def save(self, entity: E) -> E:
        """Store an edited copy of an entity: only the fields that differ are written."""
        current = self._require(type(entity), entity.id)
        return self._write_diff(current, entity)

    def delete(self, cls: type[Entity], entity_id: str) -> None:
        """Soft delete: the row stays (marked) so the deletion can travel to other laptops."""
        check_write(self.session.role, cls.ENTITY)
        self._check_access(self._require(cls, entity_id), ())
        self.conn.execute(f"UPDATE {cls.ENTITY} SET deleted = 1 WHERE id = ?", (entity_id,))
        self._record(cls.ENTITY, entity_id, "delete", "deleted", 0, 1)
        self.changes._add(self.changes.deleted, cls.ENTITY, entity_id)

    def restore(self, cls: type[Entity], entity_id: str) -> None:
        check_write(self.session.role, cls.ENTITY)
        row = self.conn.execute(
            f"SELECT deleted FROM {cls.ENTITY} WHERE id = ?", (entity_id,)
        ).fetchone()
        if row is None or not row[0]:
            raise BadInput("Nothing to restore.")
        purged = "SELECT 1 FROM journal WHERE entity_id = ? AND op = 'purge' LIMIT 1"
        if self.conn.execute(purged, (entity_id,)).fetchone() is not None:
            raise BadInput("This record was purged at the end of its retention period.")
        self.conn.execute(f"UPDATE {cls.ENTITY} SET deleted = 0 WHERE id = ?", (entity_id,))
        self._record(cls.ENTITY, entity_id, "restore", "deleted", 1, 0)
        self.changes._add(self.changes.updated, cls.ENTITY, entity_id)
        self.changes.updated_fields.setdefault(cls.ENTITY, set()).add("deleted")

    def revert(self, txn_id: str) -> None:
        """Undo an earlier transaction, newest change first, as new journaled changes.

        Refused (nothing changed) if a field it touched has been changed again since, so an
        undo never silently overwrites someone's later edit.
        """
        row = self.conn.execute("SELECT id FROM txn WHERE txn_id = ?", (txn_id,)).fetchone()
        if row is None:
            raise BadInput("Nothing to undo: that action is not in this vault.")
        entries = self.conn.execute(
            "SELECT entity_type, entity_id, op, field, old_value, new_value FROM journal "
            "WHERE txn = ? ORDER BY seq DESC",
            (row[0],),
        ).fetchall()
        for entity_type, entity_id, op, name, old_text, new_text in entries:
            cls = entity_class(entity_type)
            if op == "create":
                self.delete(cls, entity_id)
            elif op == "delete":
                self.restore(cls, entity_id)
            elif op == "restore":
                self.delete(cls, entity_id)
            elif op == "update" and name in cls.field_names():
                current = self._require(cls, entity_id)
                expected = decode_journal_value(new_text)
                if _plain(current.to_fields()[name]) != expected:
                    raise BadInput(
                        "Cannot undo: the record was changed again since. Nothing was changed."
                    )
                self.update(cls, entity_id, **{name: decode_journal_value(old_text)})

    def next_ref(self, prefix: str) -> str:
        year = dt.date.today().year
        key = f"{prefix}-{year}"
        number = self.conn.execute(
            "INSERT INTO counter (name, value) VALUES (?, 1) "
            "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            (key,),
        ).fetchone()[0]
        return f"{prefix}-{year}-{self.session.vault.device_code()}-{number:05d}"

    def resolve_conflict(self, cls: type[E], entity_id: str, name: str, value: Value) -> E:
        """Settle a conflict on one field: the chosen (or typed) value supersedes every candidate.

        Journaled like any edit, so the resolution travels and closes the conflict everywhere.
        """
        if name == "deleted":  # deleted on one laptop, restored on another
            check_write(self.session.role, cls.ENTITY)
            self._resolving.add((entity_id, name))
            try:
                flag = 1 if value else 0
                self.conn.execute(
                    f"UPDATE {cls.ENTITY} SET deleted = ? WHERE id = ?", (flag, entity_id)
                )
                op = "delete" if flag else "restore"
                self._record(cls.ENTITY, entity_id, op, "deleted", 1 - flag, flag)
                self.changes._add(self.changes.updated, cls.ENTITY, entity_id)
                self.changes.updated_fields.setdefault(cls.ENTITY, set()).add("deleted")
                self._settle(cls, entity_id)
            finally:
                self._resolving.discard((entity_id, name))
            current = self._require(cls, entity_id, include_deleted=True)
            return current
        if name not in cls.field_names():
            raise BadInput("Unknown field: {name}", name=name)
        self._resolving.add((entity_id, name))
        try:
            current = self._require(cls, entity_id, include_deleted=True)
            fields = current.to_fields()
            updated = cls.from_fields(entity_id, {**fields, name: value})
            if updated.to_fields()[name] == fields[name]:
                # Keeping the value already shown still has to be journaled, to settle it.
                check_write(self.session.role, cls.ENTITY)
                self._record(cls.ENTITY, entity_id, "update", name, fields[name], fields[name])
                self.changes._add(self.changes.updated, cls.ENTITY, entity_id)
                self.changes.updated_fields.setdefault(cls.ENTITY, set()).add(name)
                self._settle(cls, entity_id)
                return current
            return self._write_diff(current, updated)
        finally:
            self._resolving.discard((entity_id, name))

    # --- sync: remote changes go through this same transaction ---------------------------------

    def record_state(self, entity_type: str, entity_id: str) -> RecordState:
        """The record as its journal (and this transaction's pending entries) determine it."""
        return resolve(entity_type, self.record_state_entries(entity_id))

    def record_state_entries(self, entity_id: str) -> list[Entry]:
        """Every journal entry of one record, this transaction's pending ones included."""
        entries = self._entries.get(entity_id)
        if entries is None:
            rows = self.conn.execute(
                "SELECT hlc, op, field, new_value, base FROM journal WHERE entity_id = ?",
                (entity_id,),
            ).fetchall()
            entries = [Entry(h, op, f, new, tuple((b or "").split())) for h, op, f, new, b in rows]
            entries += [
                Entry(row[6], row[2], row[3], row[5], tuple((row[7] or "").split()))
                for row in self._journal
                if row[1] == entity_id
            ]
            self._entries[entity_id] = entries
        return entries

    def apply_remote(
        self,
        remote_txn: Mapping[str, Any],
        entries: Sequence[Mapping[str, Any]],
        origin: str,
    ) -> None:
        """Journal entries written on another laptop, keeping their stamp, device and account.

        ``origin`` is the device whose bundle carried them (it may relay another's work). The
        records they touch are then rebuilt from their journal with ``write_row``
        (caseapp/sync/merge.py decides what to write); nothing here trusts a stored row.
        """
        txn_id = str(remote_txn["txn_id"])
        row = self.conn.execute("SELECT id FROM txn WHERE txn_id = ?", (txn_id,)).fetchone()
        if row is None:
            row = self.conn.execute(
                "INSERT INTO txn (txn_id, action, device_id, account_id, at, origin) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    txn_id,
                    str(remote_txn["action"]),
                    str(remote_txn["device_id"]),
                    remote_txn.get("account_id"),
                    str(remote_txn["at"]),
                    origin,
                ),
            ).fetchone()
        self.conn.executemany(
            "INSERT INTO journal (txn, entity_type, entity_id, op, field, old_value, new_value, "
            "hlc, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    row[0],
                    e["entity_type"],
                    e["entity_id"],
                    e["op"],
                    e.get("field"),
                    e.get("old"),
                    e.get("new"),
                    e["hlc"],
                    e.get("base"),
                )
                for e in entries
            ],
        )
        for e in entries:
            cached = self._entries.get(str(e["entity_id"]))
            if cached is not None:
                cached.append(
                    Entry(
                        e["hlc"],
                        e["op"],
                        e.get("field"),
                        e.get("new"),
                        tuple((e.get("base") or "").split()),
                    )
                )
        self.remote_txns.add(txn_id)

    def forget_entries(self) -> None:
        """Drop the cached journal entries (read again from the journal when needed), so that
        a long import's memory stays flat: ``apply_remote`` has already stored its entries."""
        self._entries.clear()

    def preload_entries(self, entity_ids: Sequence[str]) -> set[str]:
        """Load the journal entries of many records at once; returns those that have any."""
        wanted = [i for i in entity_ids if i not in self._entries]
        found: dict[str, list[Entry]] = {i: [] for i in wanted}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            rows = self.conn.execute(
                "SELECT entity_id, hlc, op, field, new_value, base FROM journal "
                f"WHERE entity_id IN ({', '.join('?' for _ in part)})",
                part,
            ).fetchall()
            for eid, h, op, f, new, b in rows:
                found[eid].append(Entry(h, op, f, new, tuple((b or "").split())))
        for row in self._journal:
            if row[1] in found:
                found[row[1]].append(
                    Entry(row[6], row[2], row[3], row[5], tuple((row[7] or "").split()))
                )
        self._entries.update(found)
        return {i for i in entity_ids if self._entries.get(i)}

    def write_row(
        self,
        cls: type[Entity],
        entity_id: str,
        values: Mapping[str, Value],
        *,
        is_new: bool = False,
    ) -> str:
        """Store a record's row as merged from its journal: 'new', 'changed' or 'same'.

        Only sync's rebuild calls this, after ``apply_remote`` journaled the entries that
        explain the row; the search index follows through the triggers as for any write.
        """
        names = cls.field_names()
        row = (
            None
            if is_new  # no journal entry yet: the row cannot exist (rows follow the journal)
            else self.conn.execute(
                f"SELECT {', '.join(names)}, deleted FROM {cls.ENTITY} WHERE id = ?", (entity_id,)
            ).fetchone()
        )
        wanted = [values.get(n) for n in names] + [int(values.get("deleted") or 0)]
        if row is None:
            columns = ", ".join((*names, "deleted"))
            self.conn.execute(
                f"INSERT INTO {cls.ENTITY} (id, {columns}) VALUES "
                f"(?, {', '.join('?' for _ in wanted)})",
                (entity_id, *wanted),
            )
            self.changes._add(self.changes.created, cls.ENTITY, entity_id)
            return "new"
        changed = {
            n: v for n, v, old in zip((*names, "deleted"), wanted, row, strict=True) if v != old
        }
        if not changed:
            return "same"
        self.conn.execute(
            f"UPDATE {cls.ENTITY} SET {', '.join(f'{n} = ?' for n in changed)} WHERE id = ?",
            (*changed.values(), entity_id),
        )
        if changed.get("deleted") == 1:
            self.changes._add(self.changes.deleted, cls.ENTITY, entity_id)
        else:
            # As ``_write_diff`` does: incremental upkeep (re-match) sees which fields moved.
            self.changes._add(self.changes.updated, cls.ENTITY, entity_id)
            self.changes.updated_fields.setdefault(cls.ENTITY, set()).update(changed)
        return "changed"

    def set_conflicts(self, entity_type: str, entity_id: str, names: set[str]) -> None:
        """Record the open conflicts of one record (derived from its journal, never sent)."""
        self.conn.execute("DELETE FROM sync_conflict WHERE entity_id = ?", (entity_id,))
        self.conn.executemany(
            "INSERT INTO sync_conflict (entity_type, entity_id, field) VALUES (?, ?, ?)",
            [(entity_type, entity_id, name) for name in sorted(names)],
        )

    def _settle(self, cls: type[Entity], entity_id: str) -> None:
        """After a local edit: keep the row equal to its journal's winner where fields compete."""
        state = self.record_state(cls.ENTITY, entity_id)
        had = self.conn.execute(
            "SELECT 1 FROM sync_conflict WHERE entity_id = ? LIMIT 1", (entity_id,)
        ).fetchone()
        if not had and not state.conflicts and all(len(c) == 1 for c in state.candidates.values()):
            return
        from caseapp.sync.merge import row_values, settle_list_version  # merge builds on store

        values = row_values(self.conn, cls, state)
        clashing: set[str] = set()
        if values is not None:
            clashing = settle_list_version(self, cls, entity_id, values)
            self.write_row(cls, entity_id, values)
        self.set_conflicts(cls.ENTITY, entity_id, state.conflicts | clashing)

    # --- internals -----------------------------------------------------------------------------

    def _require(self, cls: type[E], entity_id: str, *, include_deleted: bool = False) -> E:
        current = load_entity(
            self.conn, cls, entity_id, include_deleted=include_deleted, unrestricted=True
        )
        if current is None:
            raise BadInput("This record no longer exists (it may have been deleted).")
        return current

    def _check_access(self, entity: Entity, changed: Iterable[str]) -> None:
        """Need-to-know on writes: nothing the account may not read (``caseapp.access``)."""
        access = self.session.vault.access
        if access is not None and access.limited:
            check_write_access(self.conn, access, entity.ENTITY, entity.to_fields(), changed)

    def _validate(self, entity: Entity) -> None:
        errors = entity.validate()
        if errors:
            raise ValidationError(errors)

    def _write_diff(self, current: E, updated: E) -> E:
        check_write(self.session.role, current.ENTITY)
        updated.normalise()
        self._validate(updated)
        old, new = current.to_fields(), updated.to_fields()
        changed = {name: new[name] for name in new if new[name] != old[name]}
        if not changed:
            return updated
        self._check_access(current, changed)
        assignments = ", ".join(f"{name} = ?" for name in changed)
        self.conn.execute(
            f"UPDATE {current.ENTITY} SET {assignments} WHERE id = ?",
            (*changed.values(), current.id),
        )
        for name, value in changed.items():
            self._record(current.ENTITY, current.id, "update", name, old[name], value)
        self.changes._add(self.changes.updated, current.ENTITY, current.id)
        self.changes.updated_fields.setdefault(current.ENTITY, set()).update(changed)
        self._settle(type(current), current.id)
        return updated

    def _record(
        self,
        entity_type: str,
        entity_id: str,
        op: str,
        name: str | None,
        old: Value,
        new: Value | Mapping[str, Value],
    ) -> None:
        vault = self.session.vault
        with vault.clock_lock:
            hlc = vault.clock.tick().encode()
        new_text = (
            json.dumps({k: _plain(v) for k, v in new.items()}, ensure_ascii=False)
            if isinstance(new, Mapping)
            else _journal_value(new)
        )
        base: list[str] = []
        if name is not None:
            base = base_for_edit(
                self.record_state(entity_type, entity_id),
                name,
                resolve_all=(entity_id, name) in self._resolving,
            )
        self._journal.append(
            (
                entity_type,
                entity_id,
                op,
                name,
                _journal_value(old),
                new_text,
                hlc,
                encode_base(base),
            )
        )
        if entity_id in self._entries:
            self._entries[entity_id].append(Entry(hlc, op, name, new_text, tuple(base)))
        if len(self._journal) >= JOURNAL_BATCH:
            self._write_journal()  # a long transaction (an import) commits quickly at its end

    def _flush(self) -> None:
        """At commit: the rest of the journal, and the clock's last stamp."""
        if not self._journal and self._txn_row is None:
            return  # nothing changed: no txn row either
        self._write_journal()
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc_last', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (self.session.vault.clock.last.encode(),),
        )
        entity = self._digest.first or (None, None)
        audit.append(
            self.conn,
            self.session.vault.device_id,
            self.audit_action,
            account_id=self.session.account.id,
            entity_type=entity[0],
            entity_id=entity[1],
            txn_id=self.changes.txn_id,
            digest=self._digest.hexdigest(),
            detail={
                "what": audit.code(self.changes.action),
                "entries": self._digest.rows,
                "created": sum(len(i) for i in self.changes.created.values()),
                "updated": sum(len(i) for i in self.changes.updated.values()),
                "deleted": sum(len(i) for i in self.changes.deleted.values()),
            },
        )

    def _write_journal(self) -> None:
        """Write the journal entries buffered so far (the txn row first, once)."""
        if self._txn_row is None:
            cursor = self.conn.execute(
                "INSERT INTO txn (txn_id, action, device_id, account_id, at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    self.changes.txn_id,
                    self.changes.action,
                    self.session.vault.device_id,
                    self.session.account.id,
                    self._at,
                ),
            )
            self._txn_row = cursor.lastrowid
        self.conn.executemany(
            "INSERT INTO journal (txn, entity_type, entity_id, op, field, old_value, new_value, "
            "hlc, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(self._txn_row, *row) for row in self._journal],
        )
        for row in self._journal:
            self._digest.add(row)
        self._journal.clear()


def upcoming_refs(session: Session, conn: Connection, prefix: str, count: int) -> list[str]:
    """What ``Txn.next_ref`` would return for the next ``count`` numbers, read without writing
    (so nothing is spent when the caller gives up): a letter batch prints its register numbers
    before it records the letters, and checks them again when it does."""
    year = dt.date.today().year
    row = conn.execute("SELECT value FROM counter WHERE name = ?", (f"{prefix}-{year}",)).fetchone()
    last = row[0] if row is not None else 0
    device = session.vault.device_code()
    return [f"{prefix}-{year}-{device}-{last + i:05d}" for i in range(1, count + 1)]


class Session:
    """An unlocked vault together with the signed-in account: the only way to write."""

    def __init__(self, vault: Vault, account: Account) -> None:
        self.vault = vault
        self.account = account
        #: Times (epoch seconds) of wrong passphrases for this account since its previous
        #: sign-in, set by ``accounts.unlock_session`` (for the audit trail).
        self.failed_attempts: list[float] = []

    @property
    def role(self) -> str:
        return self.account.role or "viewer"

    @property
    def conn(self) -> Connection:
        """This thread's connection, for reads."""
        return self.vault.connection()

    @contextmanager
    def transaction(self, action: str) -> Iterator[Txn]:
        """One user action = one transaction: everything in the block commits, or nothing does.

        After the block, ``txn.changes`` is what was committed; core functions return it (or a
        result carrying it) so the GUI broadcasts exactly the changes of the write it ran.
        """
        conn = self.vault.connection()
        conn.execute("BEGIN IMMEDIATE")
        txn = Txn(self, conn, action)
        try:
            yield txn
            txn._flush()
            conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite has already rolled back after some errors (disk full, I/O): a second
            # ROLLBACK would replace the real cause with "no transaction is active".
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            # The clock may have advanced for rolled-back rows; that only leaves a gap.
            if isinstance(exc, sqlcipher3.OperationalError) and is_storage_error(exc):
                raise storage_failure(exc, path=self.vault.path) from None
            raise
        for collected in getattr(_collecting, "stack", ()):
            collected.append(txn.changes)
