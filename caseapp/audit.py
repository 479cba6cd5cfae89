"""The tamper-evident audit trail: who did or saw what, on which laptop, when.

Each entry holds ids, action codes and counts, never names or values, so a retention purge
(which rewrites records and journal entries) never has to touch it. A change is audited once
per transaction: its id and the SHA-256 of that transaction's journal entries as written
(``Txn``), so the entry still verifies after those entries are purged.

Entries are hash-chained **per device**: entry ``n`` of a device commits to entry ``n - 1`` of
the same device (``prev_hash``; the hash is SHA-256 of the entry's canonical JSON). Each
laptop only ever appends to its own chain; chains of other laptops arrive in USB bundles
(``audit.jsonl.gz``) and are stored as they came, so every chain verifies as the chain of the
device that wrote it. The newest entry of this laptop's chain is also kept in ``meta``
(``audit_head``), so removing the newest entries is detected as well.

Wrong passphrases happen before the vault is open: they are appended to a small side file
next to the vault (the time only: never the typed name, which may be a passphrase typed in
the wrong field) and moved into the chain at the next successful sign-in (``fold_failed_signins``).

Limits: someone holding the database key can rewrite a whole chain consistently from the
entry they edit onwards; copies of the chain on the other laptops of the team (sent in every
bundle) are then what shows it. The side file of failed attempts can be deleted by anyone with
access to the folder before the next sign-in.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import logging
import os
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from caseapp.errors import BadInput, PermissionDenied
from caseapp.safefile import writing
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection

if TYPE_CHECKING:  # the store builds on this module, not the other way round
    from caseapp.store import Session
    from caseapp.vault.vault import Vault

log = logging.getLogger(__name__)

GENESIS = "0" * 64

#: Action codes (filter values of ``caseapp audit list --action`` and the Audit screen).
ACTIONS = (
    "change",
    "signin",
    "signin.failed",
    "signin.recovery",
    "lock",
    "read",
    "export",
    "letter",
    "letter.batch",
    "bundle.export",
    "bundle.import",
    "backup",
    "restore",
    "purge",
    "wipe",
    "audit.export",
    "audit.conflict",
)

#: Parts of a record whose opening is audited (``record_read``): what could endanger someone.
SENSITIVE_PARTS = {
    # the enquirer's address, phones, e-mail and the safety notes about contacting them
    "enquirer_contact": "tracing_request",
    # where and how a person is held: capture, detention places, health, next of kin
    "detention": "prisoner",
    # a stored file (a scan of an ID, a photo, a letter from the family)
    "attachment": "attachment",
    # a letter's text and PDF (addresses and news of a relative)
    "letter": "letter",
}

#: Which sensitive part opening a record of each type shows (the record screens, ``show``).
PART_OF_TYPE = {entity_type: part for part, entity_type in SENSITIVE_PARTS.items()}

#: Roles that may read the audit trail (accountability is the supervisors' task).
AUDIT_ROLES = frozenset({"admin", "coordinator"})

#: Strings allowed in ``detail``: codes, counts, reference numbers; never free text.
_CODE = re.compile(r"^[A-Za-z0-9 _.:/-]{0,80}$")

PENDING_SUFFIX = ".audit-pending"


def code(text: str) -> str | None:
    """``text`` if it is a plain code (a transaction's action name), else None."""
    return text if _CODE.match(text) else None


def may_read_audit(role: str) -> bool:
    return role in AUDIT_ROLES


def check_read_audit(role: str) -> None:
    if not may_read_audit(role):
        raise PermissionDenied("Your role ({role}) may not read the audit trail.", role=role)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def canonical(data: Mapping[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _clean_detail(detail: Mapping[str, Any] | None) -> dict[str, Any]:
    """Refuse anything that could be personal data: the audit chain is never purged."""
    out: dict[str, Any] = {}
    for key, value in (detail or {}).items():
        if not _CODE.match(key):
            raise ValueError("audit detail key is not a code")
        if isinstance(value, str) and not _CODE.match(value):
            raise ValueError("audit detail holds text that is not a code")
        if not isinstance(value, str | int | bool | type(None)):
            raise ValueError("audit detail values are codes and counts")
        out[key] = value
    return out


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    device_id: str
    n: int
    at: str
    account_id: str | None
    action: str
    entity_type: str | None
    entity_id: str | None
    txn_id: str | None
    digest: str | None
    detail: dict[str, Any]
    prev_hash: str
    hash: str
    origin: str = "local"

    def body(self) -> dict[str, Any]:
        """What the hash covers (everything but the storage row number and the carrier)."""
        return {
            "device": self.device_id,
            "n": self.n,
            "at": self.at,
            "account": self.account_id,
            "action": self.action,
            "entity_type": self.entity_type,
            "entity_id": self.entity_id,
            "txn": self.txn_id,
            "digest": self.digest,
            "detail": self.detail,
            "prev": self.prev_hash,
        }

    def computed_hash(self) -> str:
        return hashlib.sha256(canonical(self.body())).hexdigest()

    def wire(self) -> dict[str, Any]:
        return {**self.body(), "hash": self.hash}


_COLUMNS = (
    "seq, device_id, n, at, account_id, action, entity_type, entity_id, txn_id, digest, detail, "
    "prev_hash, hash, origin"
)


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    detail = json.loads(row[10]) if row[10] else {}
    return AuditEntry(
        int(row[0]), str(row[1]), int(row[2]), str(row[3]), row[4], str(row[5]), row[6],
        row[7], row[8], row[9], detail, str(row[11]), str(row[12]), str(row[13]),
    )  # fmt: skip


# --- writing -----------------------------------------------------------------------------------


def append(
    conn: Connection,
    device_id: str,
    action: str,
    *,
    account_id: str | None,
    entity_type: str | None = None,
    entity_id: str | None = None,
    txn_id: str | None = None,
    digest: str | None = None,
    detail: Mapping[str, Any] | None = None,
    at: str | None = None,
) -> AuditEntry:
    """Append to this device's chain. The caller holds a write transaction on ``conn``."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    last = conn.execute(
        "SELECT n, hash FROM audit WHERE device_id = ? ORDER BY n DESC LIMIT 1", (device_id,)
    ).fetchone()
    n, prev = (int(last[0]) + 1, str(last[1])) if last else (1, GENESIS)
    draft = AuditEntry(
        0,
        device_id,
        n,
        at or _now(),
        account_id,
        action,
        entity_type,
        entity_id,
        txn_id,
        digest,
        _clean_detail(detail),
        prev,
        "",
    )
    digest_hex = draft.computed_hash()
    cursor = conn.execute(
        "INSERT INTO audit (device_id, n, at, account_id, action, entity_type, entity_id, "
        "txn_id, digest, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            device_id,
            n,
            draft.at,
            account_id,
            action,
            entity_type,
            entity_id,
            txn_id,
            digest,
            canonical(draft.detail).decode() if draft.detail else None,
            prev,
            digest_hex,
        ),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{device_id} {n} {digest_hex}",),
    )
    return AuditEntry(**{**draft.__dict__, "seq": int(cursor.lastrowid or 0), "hash": digest_hex})


def record_on(
    vault: Vault,
    account_id: str | None,
    action: str,
    **fields: Any,
) -> AuditEntry | None:
    """Append one event: inside this thread's open transaction if there is one (it then
    commits or rolls back with it), else in a short transaction of its own.

    A vault opened read-only (a write-protected stick) cannot record anything; the event is
    logged as not recorded instead of refusing the read.
    """
    if vault.read_only:
        log.info("audit event %s not recorded: the vault is read-only", action)
        return None
    if vault.in_transaction_here():
        return append(vault.connection(), vault.device_id, action, account_id=account_id, **fields)
    with vault.write_transaction() as conn:
        return append(conn, vault.device_id, action, account_id=account_id, **fields)


def record(session: Session, action: str, **fields: Any) -> AuditEntry | None:
    """Record an event of the signed-in account (an export, a backup, a purge...)."""
    return record_on(session.vault, session.account.id, action, **fields)


def record_signin(session: Session) -> None:
    """The failed attempts noted since the last sign-in, then this sign-in."""
    fold_failed_signins(session.vault)
    record(session, "signin")


def record_read(session: Session, part: str, entity_id: str) -> AuditEntry | None:
    """Record that the signed-in account opened a sensitive part of a record."""
    entity_type = SENSITIVE_PARTS.get(part)
    if entity_type is None:
        raise ValueError(f"unknown sensitive part {part!r}")
    return record(
        session, "read", entity_type=entity_type, entity_id=entity_id, detail={"part": part}
    )


def entry_digest(
    hlc: str,
    entity_type: str,
    entity_id: str,
    op: str,
    field: str | None,
    old: str | None,
    new: str | None,
    base: str | None,
) -> str:
    """SHA-256 of one journal entry as written (the columns' text): the same on every laptop,
    and what a retention purge keeps in place of the entry's content (``journal.purged``)."""
    canon = json.dumps(
        [hlc, entity_type, entity_id, op, field, old, new, base],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


class ChangeDigest:
    """SHA-256 over the digests of a transaction's journal entries in clock order: a purge keeps
    each entry's digest, so the audit entry that commits to this still verifies afterwards
    (``caseapp.sync.tombstones.txn_digest`` recomputes it from the journal)."""

    def __init__(self) -> None:
        self._entries: list[tuple[str, str]] = []
        self.first: tuple[str, str] | None = None
        self.rows = 0

    def add(self, row: Iterable[Any]) -> None:
        """``row`` as the store writes it: entity_type, entity_id, op, field, old, new, hlc, base."""
        etype, eid, op, name, old, new, hlc, base = list(row)
        if self.first is None:
            self.first = (str(etype), str(eid))
        self._entries.append((str(hlc), entry_digest(hlc, etype, eid, op, name, old, new, base)))
        self.rows += 1

    def hexdigest(self) -> str:
        digest = hashlib.sha256()
        for _, entry in sorted(self._entries):
            digest.update(entry.encode("ascii") + b"\n")
        return digest.hexdigest()


def journal_digest(conn: Connection, txn_id: str) -> str | None:
    """Recompute a transaction's digest from the journal (None if it has no entries)."""
    from caseapp.sync.tombstones import txn_digest  # the sync layer builds on this module

    if (
        conn.execute(
            "SELECT 1 FROM journal j JOIN txn t ON t.id = j.txn WHERE t.txn_id = ? LIMIT 1",
            (txn_id,),
        ).fetchone()
        is None
    ):
        return None
    return txn_digest(conn, txn_id)


# --- failed sign-ins (before the vault is open) -----------------------------------------------


def pending_path(vault_path: Path) -> Path:
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + PENDING_SUFFIX)


def note_failed_signin(vault_path: Path) -> None:
    """Remember a wrong passphrase until the vault is next opened: the time only.

    Not the typed name (people type passphrases into the name field), and no account: the
    key file's name tags are short on purpose, so a tag names no account for certain.
    """
    line = json.dumps(
        {"at": _now(), "attempt": str(uuid.uuid4())},
        separators=(",", ":"),
    )
    try:
        fd = os.open(pending_path(vault_path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (line + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        log.warning("a failed sign-in could not be noted next to the vault")


def fold_failed_signins(vault: Vault) -> int:
    """Move the failed attempts noted next to the vault into this laptop's chain."""
    path = pending_path(vault.path)
    try:
        raw = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return 0
    if vault.read_only:
        return 0
    count = 0
    with vault.write_transaction() as conn:
        for line in raw.splitlines():
            try:
                item = json.loads(line)
                at = str(item["at"])
                dt.datetime.fromisoformat(at)
                account = item.get("account")
                attempt = str(uuid.UUID(str(item.get("attempt"))))
            except (ValueError, KeyError, TypeError):
                continue  # a torn last line: nothing to keep of it
            if account is not None:
                account = str(uuid.UUID(str(account)))
            if conn.execute(
                "SELECT 1 FROM audit WHERE action = 'signin.failed' AND detail = ?",
                (canonical({"attempt": attempt}).decode(),),
            ).fetchone():
                continue  # folded before a crash that kept the file
            append(
                conn,
                vault.device_id,
                "signin.failed",
                account_id=account,
                entity_type="account" if account else None,
                entity_id=account,
                detail={"attempt": attempt},
                at=at,
            )
            count += 1
    try:
        path.unlink()
    except OSError:
        log.warning("the side file of failed sign-ins could not be removed")
    return count


# --- reading -----------------------------------------------------------------------------------


@dataclass
class AuditFilter:
    account_id: str | None = None
    action: str | None = None
    record: str | None = None
    since: str | None = None  # ISO date or timestamp, inclusive
    until: str | None = None  # ISO date (the whole day) or timestamp, inclusive

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.account_id:
            clauses.append("account_id = ?")
            params.append(self.account_id)
        if self.action:
            # "letter" also finds "letter.batch"; "signin" its failures
            wanted = [a for a in ACTIONS if a == self.action or a.startswith(self.action + ".")]
            wanted = wanted or [self.action]  # an action code from a newer laptop
            clauses.append(f"action IN ({', '.join('?' for _ in wanted)})")  # uses the index
            params += wanted
        if self.record:
            clauses.append("entity_id = ?")
            params.append(self.record)
        if self.since:
            clauses.append("at >= ?")
            params.append(_bound(self.since, end=False))
        if self.until:
            clauses.append("at < ?")
            params.append(_bound(self.until, end=True))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _bound(value: str, *, end: bool) -> str:
    """A date or timestamp as the UTC text stored in ``at`` (a date's end: the next day)."""
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return (day + dt.timedelta(days=1 if end else 0)).isoformat()
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise BadInput("Not a date: use YYYY-MM-DD.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC)
    if end:
        moment += dt.timedelta(microseconds=1)
    return moment.isoformat(timespec="microseconds")


def count_entries(conn: Connection, flt: AuditFilter | None = None) -> int:
    where, params = (flt or AuditFilter()).where()
    return int(conn.execute(f"SELECT count(*) FROM audit{where}", params).fetchone()[0])


def list_entries(
    conn: Connection, flt: AuditFilter | None = None, *, offset: int = 0, limit: int = -1
) -> list[AuditEntry]:
    """Newest first, a page at a time (the Audit screen reads blocks as it scrolls)."""
    where, params = (flt or AuditFilter()).where()
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit{where} ORDER BY at DESC, seq DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [_entry(r) for r in rows]


def query_keys(conn: Connection, flt: AuditFilter | None = None) -> list[int]:
    """Row numbers of the matching entries, newest first (the Audit screen's lazy list)."""
    where, params = (flt or AuditFilter()).where()
    sql = f"SELECT seq FROM audit{where} ORDER BY at DESC, seq DESC"
    return [int(r[0]) for r in conn.execute(sql, params)]


def entries_by_seq(conn: Connection, seqs: list[int]) -> dict[int, AuditEntry]:
    """One block of rows of the lazy list."""
    out: dict[int, AuditEntry] = {}
    for start in range(0, len(seqs), 500):
        part = seqs[start : start + 500]
        marks = ", ".join("?" for _ in part)
        for row in conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE seq IN ({marks})", part):
            entry = _entry(row)
            out[entry.seq] = entry
    return out


#: Tables whose records carry a reference number people know them by.
REF_TABLES = ("tracing_request", "prisoner", "letter", "exchange_round")


def refs_of(conn: Connection, entries: Iterable[AuditEntry]) -> dict[str, str]:
    """Reference numbers (TR-…, PR-…) of the records entries name, to show instead of ids."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        if entry.entity_type in REF_TABLES and entry.entity_id:
            wanted.setdefault(entry.entity_type, set()).add(entry.entity_id)
    out: dict[str, str] = {}
    for table, ids in wanted.items():
        listed = sorted(ids)
        marks = ", ".join("?" for _ in listed)
        for rid, ref in conn.execute(f"SELECT id, ref FROM {table} WHERE id IN ({marks})", listed):
            if ref:
                out[str(rid)] = str(ref)
    return out


def find_record(conn: Connection, text: str) -> str:
    """The id of the record a typed reference number names (else the text, taken as an id)."""
    text = text.strip()
    for table in REF_TABLES:
        row = conn.execute(f"SELECT id FROM {table} WHERE ref = ?", (text,)).fetchone()
        if row:
            return str(row[0])
    return text


def iter_entries(conn: Connection, flt: AuditFilter | None = None) -> Iterator[AuditEntry]:
    where, params = (flt or AuditFilter()).where()
    for row in conn.execute(f"SELECT {_COLUMNS} FROM audit{where} ORDER BY at, seq", params):
        yield _entry(row)


CSV_HEADER = (
    "time_utc",
    "device",
    "n",
    "account",
    "action",
    "entity_type",
    "entity_id",
    "transaction",
    "detail",
    "hash",
)


def write_csv(
    session: Session,
    path: Path,
    flt: AuditFilter | None = None,
    progress: Progress | None = None,
    account_names: Mapping[str, str] | None = None,
) -> int:
    """The filtered entries as CSV where the user chose (0600, through ``NAME.part``).

    ``account_names`` (id -> user name) makes the file readable; it is a copy outside the
    vault, so it is itself audited.
    """
    check_read_audit(session.role)
    conn = session.conn
    names = account_names or {}
    total = count_entries(conn, flt)
    if progress is not None:
        progress.start(total)
    count = 0
    with writing(Path(path)) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        out = csv.writer(handle)
        out.writerow(CSV_HEADER)
        for entry in iter_entries(conn, flt):
            out.writerow(
                (
                    entry.at,
                    entry.device_id,
                    entry.n,
                    names.get(entry.account_id or "", entry.account_id or ""),
                    entry.action,
                    entry.entity_type or "",
                    entry.entity_id or "",
                    entry.txn_id or "",
                    canonical(entry.detail).decode() if entry.detail else "",
                    entry.hash,
                )
            )
            count += 1
            if progress is not None and count % 1000 == 0:
                progress.step(1000)  # Cancel raises here: the .part file is removed
        handle.flush()
        handle.detach()
    record(session, "audit.export", detail={"entries": count})
    return count


# --- verifying ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """The first entry that does not verify, and why (a code; see ``PROBLEM_TEXT``)."""

    device_id: str
    n: int
    seq: int | None
    at: str | None
    reason: str


PROBLEM_TEXT = {
    "edited": "entry {n} of device {device} was changed after it was written",
    "removed": "an entry of device {device} before entry {n} is missing",
    "reordered": "entry {n} of device {device} is out of order",
    "broken_link": "entry {n} of device {device} does not follow the entry before it",
    "head_removed": "the newest entries of device {device} after entry {n} are missing",
}


@dataclass
class VerifyResult:
    checked: int
    devices: int
    problem: Problem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


def verify(conn: Connection, progress: Progress | None = None) -> VerifyResult:
    """Check every device's chain; stop at the first bad entry (chains in device order)."""
    total = int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    if progress is not None:
        progress.start(total)
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    parts = str(head[0]).split() if head else []
    head_device, head_n, head_hash = parts if len(parts) == 3 else ("", "0", "")
    checked = 0
    devices: set[str] = set()
    device, expected_n, prev, last_seq = None, 1, GENESIS, -1
    rows = conn.execute(f"SELECT {_COLUMNS} FROM audit ORDER BY device_id, n")

    def end_of_chain() -> Problem | None:
        if device is not None and device == head_device and expected_n - 1 != int(head_n):
            return Problem(device, expected_n - 1, None, None, "head_removed")
        if device is not None and device == head_device and prev != head_hash:
            return Problem(device, expected_n - 1, None, None, "head_removed")
        return None

    for row in rows:
        entry = _entry(row)
        if entry.device_id != device:
            problem = end_of_chain()
            if problem:
                return VerifyResult(checked, len(devices), problem)
            device, expected_n, prev, last_seq = entry.device_id, 1, GENESIS, -1
            devices.add(device)
        reason = None
        if entry.n != expected_n:
            reason = "removed" if entry.n > expected_n else "reordered"
        elif entry.hash != entry.computed_hash():
            reason = "edited"
        elif entry.prev_hash != prev:
            reason = "broken_link"
        elif entry.seq < last_seq:
            reason = "reordered"
        if reason:
            problem = Problem(entry.device_id, entry.n, entry.seq, entry.at, reason)
            return VerifyResult(checked, len(devices), problem)
        checked += 1
        expected_n, prev, last_seq = entry.n + 1, entry.hash, entry.seq
        if progress is not None and checked % 5000 == 0:
            progress.step(5000)
    problem = end_of_chain()
    if problem is None and head_device and head_device not in devices:
        problem = Problem(head_device, 1, None, None, "head_removed")
    return VerifyResult(checked, len(devices), problem)


# --- travelling in bundles ---------------------------------------------------------------------


def entries_for_peer(conn: Connection, peer_id: str | None) -> tuple[list[dict[str, Any]], int]:
    """Entries to send (all, or those not yet sent to ``peer_id`` and not written by it) and
    the highest row number sent, for ``mark_sent`` once the bundle is complete."""
    since = 0
    if peer_id is not None:
        row = conn.execute(
            "SELECT exported_seq FROM audit_peer WHERE device_id = ?", (peer_id,)
        ).fetchone()
        since = int(row[0]) if row else 0
    sql = f"SELECT {_COLUMNS} FROM audit WHERE seq > ?"
    params: list[Any] = [since]
    if peer_id is not None:
        sql += " AND device_id != ?"
        params.append(peer_id)
    out, last = [], since
    for row in conn.execute(sql + " ORDER BY device_id, n", params):
        entry = _entry(row)
        out.append(entry.wire())
        last = max(last, entry.seq)
    return out, last


def mark_sent(conn: Connection, peer_id: str, last_seq: int) -> None:
    conn.execute(
        "INSERT INTO audit_peer (device_id, exported_seq) VALUES (?, ?) "
        "ON CONFLICT(device_id) DO UPDATE SET exported_seq = max(exported_seq, excluded.exported_seq)",
        (peer_id, last_seq),
    )


BUNDLE_MEMBER = "audit.jsonl.gz"


def bundle_member(conn: Connection, peer_id: str | None) -> tuple[bytes | None, int, int]:
    """The bundle member with the entries to send (None if there are none), the highest row
    sent and how many."""
    items, last = entries_for_peer(conn, peer_id)
    if not items:
        return None, last, 0
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=3, mtime=0) as out:
        for item in items:
            out.write(canonical(item) + b"\n")
    return buffer.getvalue(), last, len(items)


def after_bundle_export(
    session: Session, peer_id: str | None, last_seq: int, entries: int, sent: int
) -> None:
    """Once the bundle file is complete: move the peer's mark and record the export."""
    vault = session.vault
    with vault.write_transaction() as conn:
        if peer_id is not None:
            mark_sent(conn, peer_id, last_seq)
        append(
            conn,
            vault.device_id,
            "bundle.export",
            account_id=session.account.id,
            entity_type="device" if peer_id else None,
            entity_id=peer_id,
            detail={"entries": entries, "audit_entries": sent},
        )


def import_member(session: Session, data: bytes | None, origin: str, bundle_id: str) -> None:
    """Inside the bundle's import transaction: store the chains it carried, record the import."""
    result = AuditImport()
    if data is not None:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as lines:
            items = (json.loads(line) for line in lines if line.strip())
            result = import_entries(session.conn, items, origin, session.vault.device_id)
    detail = {"bundle": bundle_id, "audit_added": result.added}
    record(session, "bundle.import", entity_type="device", entity_id=origin, detail=detail)
    if result.conflicts:
        record(
            session,
            "audit.conflict",
            entity_type="device",
            entity_id=origin,
            detail={"bundle": bundle_id, "entries": result.conflicts},
        )


@dataclass
class AuditImport:
    added: int = 0
    known: int = 0
    conflicts: int = 0


def import_entries(
    conn: Connection, items: Iterable[Mapping[str, Any]], origin: str, this_device: str
) -> AuditImport:
    """Store other devices' entries as they came (inside the bundle's import transaction).

    An entry whose device and number are already stored with another hash (a chain that
    forked: say a laptop restored from an old copy) is not stored; it is counted, and the
    caller records an ``audit.conflict`` event, so the fork stays visible.
    """
    result = AuditImport()
    for item in items:
        device, n, digest = str(item["device"]), int(item["n"]), str(item["hash"])
        if device == this_device:
            result.known += 1  # our own chain is only ever written here
            continue
        row = conn.execute(
            "SELECT hash FROM audit WHERE device_id = ? AND n = ?", (device, n)
        ).fetchone()
        if row is not None:
            if row[0] == digest:
                result.known += 1
            else:
                result.conflicts += 1
            continue
        detail = item.get("detail") or {}
        conn.execute(
            "INSERT INTO audit (device_id, n, at, account_id, action, entity_type, entity_id, "
            "txn_id, digest, detail, prev_hash, hash, origin) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                device,
                n,
                str(item["at"]),
                item.get("account"),
                str(item["action"]),
                item.get("entity_type"),
                item.get("entity_id"),
                item.get("txn"),
                item.get("digest"),
                canonical(detail).decode() if detail else None,
                str(item["prev"]),
                digest,
                origin,
            ),
        )
        result.added += 1
    return result
