"""The one write path: every change to stored data goes through ``Session.transaction``.

It checks the account's permission, validates the entity, writes the row, records every changed
field (old -> new) in the change journal with device id and hybrid logical clock, and commits —
all in one SQLite transaction per user action. The audit trail and USB sync read that journal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from caseapp.domain.models import ENTITY_TYPES, Account, Entity, Value
from caseapp.errors import BadInput, CaseAppError, PermissionDenied, ValidationError
from caseapp.permissions import check_write, may_manage_accounts
from caseapp.sync.state import Entry, RecordState, base_for_edit, encode_base, resolve
from caseapp.vault.connection import Connection
from caseapp.vault.keyslots import PRODUCTION_KDF, KdfParams
from caseapp.vault.vault import Vault, check_passphrase_strength

E = TypeVar("E", bound=Entity)

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


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _plain(value: Value) -> Any:
    """A JSON-ready value; blobs are recorded by digest and size, not copied into the journal."""
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    return value


def _journal_value(value: Value) -> str | None:
    return None if value is None else json.dumps(_plain(value), ensure_ascii=False)


def decode_journal_value(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def load_entity(
    conn: Connection, cls: type[E], entity_id: str, *, include_deleted: bool = False
) -> E | None:
    names = cls.field_names()
    sql = f"SELECT {', '.join(names)}, deleted FROM {cls.ENTITY} WHERE id = ?"
    row = conn.execute(sql, (entity_id,)).fetchone()
    if row is None or (row[-1] and not include_deleted):
        return None
    return cls.from_fields(entity_id, dict(zip(names, row, strict=False)))


def list_entities(
    conn: Connection,
    cls: type[E],
    where: str = "",
    params: Sequence[Any] = (),
    *,
    order_by: str = "rowid",
    limit: int | None = None,
) -> list[E]:
    """Entities of one type, not deleted. ``where`` is trusted SQL from the core, never user text."""
    names = cls.field_names()
    sql = f"SELECT id, {', '.join(names)} FROM {cls.ENTITY} WHERE deleted = 0"
    if where:
        sql += f" AND ({where})"
    sql += f" ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [
        cls.from_fields(row[0], dict(zip(names, row[1:], strict=True)))
        for row in conn.execute(sql, tuple(params))
    ]


class Txn:
    """One user action. Use through ``Session.transaction``; never instantiate directly."""

    def __init__(self, session: Session, conn: Connection, action: str) -> None:
        self.session = session
        self.conn = conn
        self.changes = ChangeSet(txn_id=str(uuid.uuid4()), action=action)
        self._journal: list[tuple[Any, ...]] = []
        self._at = _now_iso()
        # Journal entries per record, loaded when a record is first updated in this
        # transaction: each new entry names the heads it supersedes (``journal.base``).
        self._entries: dict[str, list[Entry]] = {}
        self._resolving: set[tuple[str, str]] = set()
        #: Remote transactions applied (``apply_remote``): txn ids, for the import summary.
        self.remote_txns: set[str] = set()

    # --- public operations ---------------------------------------------------------------------

    def create(self, entity: E) -> E:
        check_write(self.session.role, entity.ENTITY)
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
        self._require(cls, entity_id)
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
        self.conn.execute(f"UPDATE {cls.ENTITY} SET deleted = 0 WHERE id = ?", (entity_id,))
        self._record(cls.ENTITY, entity_id, "restore", "deleted", 1, 0)
        self.changes._add(self.changes.updated, cls.ENTITY, entity_id)

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
                self._settle(cls, entity_id)
            finally:
                self._resolving.discard((entity_id, name))
            current = self._require(cls, entity_id, include_deleted=True)
            return current
        if name not in cls.field_names():
            raise BadInput(f"Unknown field(s): {name}")
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
        bucket = self.changes.deleted if changed.get("deleted") == 1 else self.changes.updated
        self.changes._add(bucket, cls.ENTITY, entity_id)
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
        from caseapp.sync.merge import row_values  # local import: merge builds on store

        values = row_values(self.conn, cls, state)
        if values is not None:
            self.write_row(cls, entity_id, values)
        self.set_conflicts(cls.ENTITY, entity_id, state.conflicts)

    # --- internals -----------------------------------------------------------------------------

    def _require(self, cls: type[E], entity_id: str, *, include_deleted: bool = False) -> E:
        current = load_entity(self.conn, cls, entity_id, include_deleted=include_deleted)
        if current is None:
            raise BadInput("This record no longer exists (it may have been deleted).")
        return current

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
        assignments = ", ".join(f"{name} = ?" for name in changed)
        self.conn.execute(
            f"UPDATE {current.ENTITY} SET {assignments} WHERE id = ?",
            (*changed.values(), current.id),
        )
        for name, value in changed.items():
            self._record(current.ENTITY, current.id, "update", name, old[name], value)
        self.changes._add(self.changes.updated, current.ENTITY, current.id)
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

    def _flush(self) -> None:
        if not self._journal:
            return
        cursor = self.conn.execute(
            "INSERT INTO txn (txn_id, action, device_id, account_id, at) VALUES (?, ?, ?, ?, ?)",
            (
                self.changes.txn_id,
                self.changes.action,
                self.session.vault.device_id,
                self.session.account.id,
                self._at,
            ),
        )
        txn_row = cursor.lastrowid
        self.conn.executemany(
            "INSERT INTO journal (txn, entity_type, entity_id, op, field, old_value, new_value, "
            "hlc, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(txn_row, *row) for row in self._journal],
        )
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('hlc_last', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (self.session.vault.clock.last.encode(),),
        )
        self._journal.clear()


class Session:
    """An unlocked vault together with the signed-in account: the only way to write."""

    def __init__(self, vault: Vault, account: Account) -> None:
        self.vault = vault
        self.account = account
        #: What the last committed transaction changed (for the GUI's broadcast).
        self.last_changes = ChangeSet(txn_id="", action="")

    @property
    def role(self) -> str:
        return self.account.role or "viewer"

    @property
    def conn(self) -> Connection:
        """This thread's connection, for reads."""
        return self.vault.connection()

    @contextmanager
    def transaction(self, action: str) -> Iterator[Txn]:
        """One user action = one transaction: everything in the block commits, or nothing does."""
        conn = self.vault.connection()
        conn.execute("BEGIN IMMEDIATE")
        txn = Txn(self, conn, action)
        try:
            yield txn
            txn._flush()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            # The clock may have advanced for rolled-back rows; that only leaves a gap.
            raise
        self.last_changes = txn.changes

    # --- accounts ------------------------------------------------------------------------------

    @classmethod
    def bootstrap_admin(cls, vault: Vault, account: Account) -> Session:
        """Store the first account of a new vault; it is its own author in the journal."""
        session = cls(vault, account)
        with session.transaction("create vault") as txn:
            txn.create(account)
        return session

    def add_account(
        self,
        username: str,
        passphrase: str,
        role: str,
        *,
        display_name: str | None = None,
        kdf: KdfParams = PRODUCTION_KDF,
    ) -> Account:
        if not may_manage_accounts(self.role):
            raise PermissionDenied("Only an administrator can add accounts.")
        check_passphrase_strength(passphrase)
        account = Account(username=username.strip(), display_name=display_name, role=role)
        keyfile = self.vault.keyfile
        with self.transaction("add account") as txn:
            txn.create(account)
            keyfile.add_slot(account.id, username, passphrase, self.vault._db_key, kdf)
            try:
                self.vault.save_keyfile()
            except BaseException:
                keyfile.remove_account(account.id)
                raise
        return account

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams = PRODUCTION_KDF) -> None:
        """Re-wrap the database key under a new passphrase; the data is not re-encrypted."""
        username = self.account.username or ""
        self.vault.keyfile.unwrap(username, old)  # raises WrongPassphrase
        self._replace_slot(self.account, new, kdf, "change passphrase")

    def reset_passphrase(
        self, account_id: str, new: str, *, kdf: KdfParams = PRODUCTION_KDF
    ) -> None:
        """Administrator (or recovery-key) reset of another account's passphrase."""
        if not may_manage_accounts(self.role):
            raise PermissionDenied("Only an administrator can reset a passphrase.")
        account = load_entity(self.conn, Account, account_id)
        if account is None:
            raise BadInput("No such account.")
        self._replace_slot(account, new, kdf, "reset passphrase")

    def _replace_slot(self, account: Account, new: str, kdf: KdfParams, action: str) -> None:
        check_passphrase_strength(new)
        keyfile = self.vault.keyfile
        saved = list(keyfile.slots)
        keyfile.remove_account(account.id)
        try:
            keyfile.add_slot(account.id, account.username or "", new, self.vault._db_key, kdf)
            with self.transaction(action) as txn:
                # The journal shows that the passphrase changed, never the passphrase.
                txn._record("account", account.id, "update", "passphrase", None, "changed")
                self.vault.save_keyfile()
        except BaseException:
            keyfile.slots = saved
            raise

    def disable_account(self, account_id: str) -> None:
        if not may_manage_accounts(self.role):
            raise PermissionDenied("Only an administrator can disable accounts.")
        if account_id == self.account.id:
            raise BadInput("You cannot disable your own account.")
        with self.transaction("disable account") as txn:
            txn.update(Account, account_id, active=False)


def entity_class(entity_type: str) -> type[Entity]:
    try:
        return ENTITY_TYPES[entity_type]
    except KeyError:
        raise CaseAppError(f"Unknown record type: {entity_type}") from None


def recover_account(
    path: Path, recovery_key: str, username: str, new_passphrase: str, *, kdf: KdfParams
) -> None:
    """Open with the recovery key and give ``username`` a new passphrase (journaled)."""
    vault = Vault.unlock_with_recovery_key(path, recovery_key)
    try:
        wanted = username.strip().casefold()
        matches = [
            a
            for a in list_entities(vault.connection(), Account)
            if (a.username or "").casefold() == wanted
        ]
        if not matches:
            raise BadInput("No account with this user name in the vault.")
        # An account synced from another laptop may share the name: prefer this vault's own.
        local = {slot.account_id for slot in vault.keyfile.slots}
        matches.sort(key=lambda a: a.id not in local)
        # The recovery key stands in for an administrator for this one action.
        acting = Account(id=matches[0].id, username=matches[0].username, role="admin")
        Session(vault, acting).reset_passphrase(matches[0].id, new_passphrase, kdf=kdf)
    finally:
        vault.close()
