"""Apply a bundle's journal entries through the write path and rebuild what they touch.

Each touched record is recomputed from all the entries this vault holds for it
(``caseapp.sync.state.resolve``), validated, and only then journaled and stored: a record this
vault's validation refuses is kept aside whole (``sync_quarantine``) and reported, never
half-applied. Afterwards what is derived is rebuilt here, never taken from the bundle: children
of merged records follow the merge mark, reference-number clashes are settled the same way on
every laptop, open conflicts are recomputed; the search index follows through its triggers.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

from caseapp.domain.models import Entity, MergeMark, PrisonerRecord, Value
from caseapp.records import entity_class
from caseapp.store import REF_PREFIXES, Txn
from caseapp.sync.state import Entry, RecordState, resolve
from caseapp.sync.tombstones import take_purges
from caseapp.vault.connection import Connection

BlobSource = Callable[[str], bytes | None]
#: Record types with a reference number (``store.REF_PREFIXES``).
REF_TABLES = frozenset(REF_PREFIXES)


@dataclass
class ApplyResult:
    """What an import did, for the CLI line and the Sync screen's summary."""

    new: int = 0
    changed: int = 0
    conflicts: int = 0
    skipped: int = 0
    pending: int = 0
    kept_aside: list[tuple[str, str, str]] = field(default_factory=list)  # type, id, reason
    ref_clashes: list[str] = field(default_factory=list)
    missing_blobs: int = 0
    clock_ahead: set[str] = field(default_factory=set)
    requests_touched: set[str] = field(default_factory=set)
    #: Entries of purged records (the purges themselves included), journaled as digests only.
    purged: int = 0
    #: rows stored without a file's content yet (digest -> (table, id)), for the bundle to fill
    blob_rows: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "changed": self.changed,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
            "pending": self.pending,
            "kept_aside": [list(k) for k in self.kept_aside],
            "ref_clashes": self.ref_clashes,
            "missing_blobs": self.missing_blobs,
        }


def local_blob(conn: Connection, digest: str) -> bytes | None:
    """A file's content found in this vault by its SHA-256 (attachments, letter PDFs)."""
    for sql in (
        "SELECT data FROM attachment WHERE sha256 = ? AND data IS NOT NULL LIMIT 1",
        "SELECT pdf FROM letter WHERE sha256 = ? AND pdf IS NOT NULL LIMIT 1",
    ):
        row = conn.execute(sql, (digest,)).fetchone()
        if row is not None:
            return bytes(row[0])
    return None


_KINDS: dict[str, dict[str, str]] = {}


def field_kinds(cls: type[Entity]) -> dict[str, str]:
    """Each stored column of a record type and its kind (``deleted`` included), cached."""
    kinds = _KINDS.get(cls.ENTITY)
    if kinds is None:
        kinds = {name: cls.field_kind(name) for name in cls.field_names()}
        kinds["deleted"] = "flag"
        _KINDS[cls.ENTITY] = kinds
    return kinds


def row_values(
    conn: Connection,
    cls: type[Entity],
    state: RecordState,
    blobs: BlobSource | None = None,
    missing: list[str] | None = None,
) -> dict[str, Value] | None:
    """The stored row of a record from its resolved journal state; None before its creation."""
    if not state.created:
        return None
    out: dict[str, Value] = {}
    for name, kind in field_kinds(cls).items():
        value = state.values.get(name)
        if kind == "blob" and isinstance(value, dict):
            digest = str(value.get("sha256", ""))
            content = blobs(digest) if blobs is not None else None
            if content is None:
                content = local_blob(conn, digest)
            if content is None and missing is not None:
                missing.append(digest)
            value = content
        elif kind == "bool":
            value = int(bool(value))
        out[name] = value
    out["deleted"] = int(out.get("deleted") or 0)
    return out


def _entry(e: Mapping[str, Any]) -> Entry:
    return Entry(
        str(e["hlc"]),
        str(e["op"]),
        e.get("field"),
        e.get("new"),
        tuple((e.get("base") or "").split()),
    )


def apply_chunk(
    txn: Txn,
    txns: Mapping[str, Mapping[str, Any]],
    entries: Sequence[Mapping[str, Any]],
    *,
    origin: str,
    bundle_id: str,
    blobs: BlobSource | None,
    result: ApplyResult,
    checked: bool = False,
) -> None:
    """Apply one chunk of a bundle's entries (each names its ``txn`` in ``txns``).

    Entries already in the journal are skipped (unless the caller has ``checked`` that)."""
    conn = txn.conn
    seen: set[str] = set()
    hlcs = [] if checked else [str(e["hlc"]) for e in entries]
    for start in range(0, len(hlcs), 500):
        part = hlcs[start : start + 500]
        marks = ", ".join("?" for _ in part)
        seen.update(
            r[0] for r in conn.execute(f"SELECT hlc FROM journal WHERE hlc IN ({marks})", part)
        )
    fresh = [e for e in entries if str(e["hlc"]) not in seen]
    result.skipped += len(entries) - len(fresh)
    # Purges, and entries of purged records: digests only, never a row (caseapp/purge.py).
    fresh, held = take_purges(txn, txns, fresh, origin)
    result.purged += held
    by_record: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for e in fresh:
        by_record[str(e["entity_id"])].append(e)
    accepted: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    known = txn.preload_entries(list(by_record))  # records this vault already has entries for
    taken = _refs_in_use(txn, by_record)
    for entity_id, new in by_record.items():
        entity_type = str(new[0]["entity_type"])
        try:
            cls = entity_class(entity_type)
        except Exception:
            _keep_aside(txn, txns, new, bundle_id, "unknown record type", result)
            continue
        state = resolve(entity_type, [*txn.record_state_entries(entity_id), *map(_entry, new)])
        missing: list[str] = []
        values = row_values(conn, cls, state, blobs, missing)
        if values is not None:
            candidate = cls.from_fields(entity_id, dict(values))
            errors = candidate.validate()
            if errors:
                reason = "; ".join(f"{e.field}: {e.message}" for e in errors)
                _keep_aside(txn, txns, new, bundle_id, reason, result)
                continue
        for e in new:
            accepted[str(e["txn"])].append(e)
        if values is None:
            result.pending += 1
        else:
            result.missing_blobs += len(missing)
            for digest in missing:
                result.blob_rows.setdefault(digest, []).append((entity_type, entity_id))
            # A unique rule other than reference numbers (e.g. one version number per exchange
            # list) that another laptop's record breaks here: that record is kept aside whole.
            # A failed statement undoes itself (with its triggers); a savepoint is needed only
            # when settling a reference number also renames another record first.
            guarded = _ref_clash(cls, entity_id, values, taken) or cls.ENTITY == "round_list"
            if guarded:
                conn.execute("SAVEPOINT sync_row")
            try:
                _settle_ref(txn, cls, entity_id, values, result, taken)
                clashing = settle_list_version(txn, cls, entity_id, values)
                outcome = txn.write_row(cls, entity_id, values, is_new=entity_id not in known)
            except sqlcipher3.IntegrityError:
                if guarded:
                    conn.execute("ROLLBACK TO sync_row")
                    conn.execute("RELEASE sync_row")
                for e in new:
                    accepted[str(e["txn"])].remove(e)
                reason = "clashes with a record of this vault (a rule that must stay unique)"
                _keep_aside(txn, txns, new, bundle_id, reason, result)
                continue
            if guarded:
                conn.execute("RELEASE sync_row")
            if outcome == "new":
                result.new += 1
            elif outcome == "changed":
                result.changed += 1
            if entity_id in known or state.conflicts or clashing:  # a new record has none yet
                before = {
                    r[0]
                    for r in conn.execute(
                        "SELECT field FROM sync_conflict WHERE entity_id = ?", (entity_id,)
                    )
                }
                result.conflicts += len((state.conflicts | clashing) - before)
                txn.set_conflicts(entity_type, entity_id, state.conflicts | clashing)
            if entity_type == "tracing_request":
                result.requests_touched.add(entity_id)
    for txn_id, items in accepted.items():
        txn.apply_remote(txns[txn_id], items, origin)


def _keep_aside(
    txn: Txn,
    txns: Mapping[str, Mapping[str, Any]],
    entries: Iterable[Mapping[str, Any]],
    bundle_id: str,
    reason: str,
    result: ApplyResult,
) -> None:
    first = None
    for e in entries:
        first = first or e
        txn.conn.execute(
            "INSERT OR REPLACE INTO sync_quarantine (hlc, bundle_id, entity_type, entity_id, "
            "reason, txn, entry) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                e["hlc"],
                bundle_id,
                e["entity_type"],
                e["entity_id"],
                reason,
                json.dumps(txns[str(e["txn"])], ensure_ascii=False),
                json.dumps(dict(e), ensure_ascii=False),
            ),
        )
    if first is not None:
        result.kept_aside.append((str(first["entity_type"]), str(first["entity_id"]), reason))


def _refs_in_use(
    txn: Txn, by_record: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, dict[str, set[str]]]:
    """Per table, which ids already carry each reference number the chunk brings (one query
    per 500 numbers, not one per record)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for entity_id, new in by_record.items():
        for e in new:
            table = str(e["entity_type"])
            if table not in REF_TABLES or not e.get("new"):
                continue
            value = json.loads(str(e["new"]))
            ref = (
                value.get("ref")
                if e["op"] == "create"
                else value
                if e.get("field") == "ref"
                else None
            )
            if isinstance(ref, str):
                wanted[table].update((ref, _suffixed(ref, entity_id)))
    taken: dict[str, dict[str, set[str]]] = {}
    for table, refs in wanted.items():
        found: dict[str, set[str]] = defaultdict(set)
        items = sorted(refs)
        for start in range(0, len(items), 500):
            part = items[start : start + 500]
            for ref, other in txn.conn.execute(
                f"SELECT ref, id FROM {table} WHERE ref IN ({', '.join('?' for _ in part)})", part
            ):
                found[ref].add(other)
        taken[table] = found
    return taken


#: A round list that shares its version number with another laptop's list of the same round,
#: side and direction is stored at -(version * CLASH_BASE + k), k = 1, 2, ... in id order:
#: hidden behind the other (a lower version is superseded) and shown as a conflict.
CLASH_BASE = 1000


def journal_version(stored: int) -> int:
    """A round list's version as its journal has it (undoing ``settle_list_version``)."""
    return -stored // CLASH_BASE if stored < 0 else stored


def settle_list_version(
    txn: Txn, cls: type[Entity], entity_id: str, values: dict[str, Value]
) -> set[str]:
    """Two laptops each recorded version N of one round list: both are kept, the same way on
    every laptop. The smaller id keeps N; the other is stored hidden behind it (see
    ``CLASH_BASE``) with an open conflict on ``version`` that a person resolves by giving it
    another number (Conflicts screen); the resolution travels. Adjusts ``values`` and the
    other lists of the group; returns {"version"} if this list is the hidden one."""
    if cls.ENTITY != "round_list":
        return set()
    conn = txn.conn
    groups: set[tuple[Any, Any, Any, int]] = set()
    row = conn.execute(
        "SELECT round_id, side, direction, version FROM round_list WHERE id = ? AND deleted = 0",
        (entity_id,),
    ).fetchone()
    if row is not None and isinstance(row[3], int):
        groups.add((row[0], row[1], row[2], journal_version(row[3])))
    version = values.get("version")
    live = not values.get("deleted") and isinstance(version, int) and version > 0
    own = (values.get("round_id"), values.get("side"), values.get("direction"), version)
    if live:
        groups.add(own)  # type: ignore[arg-type]
    clashing: set[str] = set()
    for round_id, side, direction, number in groups:
        low, high = -(number * CLASH_BASE + CLASH_BASE - 1), -(number * CLASH_BASE + 1)
        members = {
            r[0]
            for r in conn.execute(
                "SELECT id FROM round_list WHERE deleted = 0 AND round_id IS ? AND side IS ? "
                "AND direction IS ? AND (version = ? OR version BETWEEN ? AND ?) AND id != ?",
                (round_id, side, direction, number, low, high, entity_id),
            )
        }
        if live and own == (round_id, side, direction, number):
            members.add(entity_id)
        ordered = sorted(members)
        others = [i for i in ordered if i != entity_id]
        for other in others:  # out of the way first, so that renumbering never collides
            conn.execute("UPDATE round_list SET version = NULL WHERE id = ?", (other,))
        for k, member in enumerate(ordered):
            target = number if k == 0 else -(number * CLASH_BASE + k)
            if member == entity_id:
                values["version"] = target
                if k:
                    clashing.add("version")
                continue
            conn.execute("UPDATE round_list SET version = ? WHERE id = ?", (target, member))
            if k:
                conn.execute(
                    "INSERT OR IGNORE INTO sync_conflict (entity_type, entity_id, field) "
                    "VALUES ('round_list', ?, 'version')",
                    (member,),
                )
            else:
                conn.execute(
                    "DELETE FROM sync_conflict WHERE entity_id = ? AND field = 'version'",
                    (member,),
                )
    return clashing


def _ref_clash(
    cls: type[Entity],
    entity_id: str,
    values: Mapping[str, Value],
    taken: Mapping[str, Mapping[str, set[str]]],
) -> bool:
    ref = values.get("ref")
    if cls.ENTITY not in REF_TABLES or not isinstance(ref, str) or not ref:
        return False
    in_use = taken.get(cls.ENTITY, {})
    return bool(
        (in_use.get(ref, set()) | in_use.get(_suffixed(ref, entity_id), set())) - {entity_id}
    )


def _settle_ref(
    txn: Txn,
    cls: type[Entity],
    entity_id: str,
    values: dict[str, Value],
    result: ApplyResult,
    taken: dict[str, dict[str, set[str]]],
) -> None:
    """Two records with one reference number (a vault copied before device ids were fixed):
    keep both; the smaller id keeps the number, the other shows it with its own suffix — the
    same on every laptop, so the vaults still agree."""
    ref = values.get("ref")
    if cls.ENTITY not in REF_TABLES or not isinstance(ref, str) or not ref:
        return
    in_use = taken.setdefault(cls.ENTITY, defaultdict(set))
    others = (in_use[ref] | in_use[_suffixed(ref, entity_id)]) - {entity_id}
    for other_id in sorted(others):
        result.ref_clashes.append(ref)
        if entity_id > other_id:
            values["ref"] = _suffixed(ref, entity_id)
        else:
            txn.conn.execute(
                f"UPDATE {cls.ENTITY} SET ref = ? WHERE id = ?",
                (_suffixed(ref, other_id), other_id),
            )
            in_use[ref].discard(other_id)
            in_use[_suffixed(ref, other_id)].add(other_id)
    in_use[str(values["ref"])].add(entity_id)


def _suffixed(ref: str, entity_id: str) -> str:
    return f"{ref}-{entity_id.replace('-', '')[:4].upper()}"


def follow_merges(txn: Txn) -> int:
    """Children that arrived for a merged record move to the record it was merged into.

    Looks only at what this import touched (merge marks, children), so an import that brings
    nothing new costs nothing here. Also settles two laptops merging A into B and B into A:
    the record with the smaller id survives (the same choice everywhere). Returns how many
    children moved.
    """
    from caseapp.matching.service import CHILDREN  # local import: matching builds on store

    conn = txn.conn
    touched_marks = txn.changes.ids("merge_mark")
    touched_children = {cls.ENTITY: txn.changes.ids(cls.ENTITY) for cls, _column in CHILDREN}
    if not touched_marks and not any(touched_children.values()):
        return 0
    marks = dict(
        conn.execute("SELECT merged_id, kept_id FROM merge_mark WHERE deleted = 0").fetchall()
    )
    if not marks:
        return 0
    for start in list(marks):
        if start not in marks:
            continue
        chain, node = [start], marks[start]
        while node in marks and node not in chain:
            chain.append(node)
            node = marks[node]
        if node in chain:  # a cycle: keep its smallest record
            survivor = min(chain[chain.index(node) :])
            mark_id = conn.execute(
                "SELECT id FROM merge_mark WHERE merged_id = ? AND deleted = 0", (survivor,)
            ).fetchone()
            if mark_id is not None:
                txn.delete(MergeMark, mark_id[0])
            if conn.execute(
                "SELECT deleted FROM prisoner WHERE id = ?", (survivor,)
            ).fetchone() == (1,):
                txn.restore(PrisonerRecord, survivor)
            marks.pop(survivor, None)

    def target_of(merged_id: str) -> str:
        target, hops = marks[merged_id], 0
        while target in marks and hops < len(marks):
            target, hops = marks[target], hops + 1
        return str(target)

    newly_merged = {
        row[0]
        for mark_id in touched_marks
        for row in conn.execute("SELECT merged_id FROM merge_mark WHERE id = ?", (mark_id,))
    }
    moved = 0
    for cls, column in CHILDREN:
        found: set[tuple[str, str]] = set()
        for merged_id in newly_merged & set(marks):
            found.update(
                (child_id, merged_id)
                for (child_id,) in conn.execute(
                    f"SELECT id FROM {cls.ENTITY} WHERE {column} = ? AND deleted = 0", (merged_id,)
                )
            )
        ids = sorted(touched_children[cls.ENTITY])
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            found.update(
                (child_id, owner)
                for child_id, owner in conn.execute(
                    f"SELECT id, {column} FROM {cls.ENTITY} WHERE deleted = 0 AND id IN "
                    f"({', '.join('?' for _ in part)})",
                    part,
                )
                if owner in marks
            )
        for child_id, owner in sorted(found):
            txn.update(cls, child_id, **{column: target_of(owner)})
            moved += 1
    return moved
