"""Emergency wipe: destroy every key slot so that nothing but the recovery key opens the vault.

For a laptop about to be seized. The database key itself is random and never derived from a
passphrase, so destroying the slots that wrap it (``NAME.keys``, ``NAME.keys.bak``, temp copies,
any other copy of this vault's slots in its folder or registered by a backup, and the copy
inside the database) makes the vault file, its WAL and every backup of it unreadable at once
(a backup carries no slot and opens with a passphrase only through the current vault's slots,
``caseapp.backup``): re-encrypting gigabytes would take minutes, destroying a few kilobytes of
slots takes milliseconds. The printed recovery key (kept off the laptop) still opens the vault
and sets new passphrases (``caseapp recover``).

Order: (1) the copy of the slots inside the database is emptied and committed (so no later
unlock can rewrite the files from it); (2) the WAL is checkpointed; (3) each slot file is
overwritten with random bytes, fsynced and unlinked, and the folder fsynced; (4) an empty key
file (no slot) is left behind so that the next unlock says plainly what happened. Overwriting
in place does not reach old copies a journaling file system or an SSD's wear levelling may
keep: the slots are useless without a passphrase anyway, and full-disk encryption is what
covers that (docs/security.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from caseapp.errors import BadInput, PermissionDenied
from caseapp.permissions import may_manage_accounts
from caseapp.safefile import fsync_dir
from caseapp.store import ChangeSet, Session
from caseapp.vault.connection import Connection
from caseapp.vault.keyslots import KeyFile, keyfile_paths, write_keyfile

#: The meta key where other parts (backups) register files holding copies of this vault's slots.
SLOT_COPIES_META = "slot_copies"

#: What the user must type to confirm a wipe in the GUI (the CLI needs ``--yes-destroy``).
CONFIRM_WORD = "DESTROY"


@dataclass
class WipeResult:
    #: Slot files overwritten and removed.
    files: int
    #: Seconds from the start to the last fsync.
    seconds: float
    changes: ChangeSet


def register_slot_copy(conn: Connection, path: Path) -> None:
    """Remember a file holding a copy of this vault's slots (a backup's), in the caller's
    transaction, so that an emergency wipe destroys it too."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SLOT_COPIES_META,)).fetchone()
    known: list[str] = json.loads(row[0]) if row else []
    text = str(Path(path).resolve())
    if text not in known:
        known.append(text)
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (SLOT_COPIES_META, json.dumps(known)),
        )


def _belongs(path: Path, vault_id: str) -> bool:
    try:
        return KeyFile.from_bytes(path.read_bytes()).vault_id == vault_id
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return False


def slot_files(vault_path: Path, vault_id: str, registered: Sequence[str] = ()) -> list[Path]:
    """Every file on disk known to hold this vault's key slots."""
    primary, backup = keyfile_paths(vault_path)
    found: list[Path] = [p for p in (primary, backup) if p.exists()]
    folder = vault_path.parent
    # Temp copies a crash left, and any other key file of this vault in its folder (a copy
    # made by hand, a backup's slots written next to it).
    for candidate in sorted(folder.glob("*.keys*")):
        if candidate in found or not candidate.is_file():
            continue
        stale = ".tmp-" in candidate.name and candidate.name.startswith(vault_path.name)
        if stale or _belongs(candidate, vault_id):
            found.append(candidate)
    for text in registered:
        candidate = Path(text)
        if candidate not in found and candidate.is_file() and _belongs(candidate, vault_id):
            found.append(candidate)
    return found


def _shred(path: Path) -> None:
    """Overwrite with random bytes, fsync, unlink. A missing file is fine."""
    try:
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        os.write(fd, secrets.token_bytes(max(size, 1)))
        os.fsync(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def emergency_wipe(session: Session) -> WipeResult:
    """Destroy every key slot of the vault (administrators). The caller locks right after.

    Afterwards no passphrase opens the vault, its WAL or backups made under these slots; the
    recovery key does, and ``caseapp recover`` gives accounts new passphrases.
    """
    if not may_manage_accounts(session.role):
        raise PermissionDenied("Only an administrator can wipe the key slots.")
    vault = session.vault
    if vault.read_only:
        raise BadInput("The vault is on a read-only disk or stick; it cannot be changed.")
    start = time.perf_counter()
    empty = vault.keyfile.copy()
    empty.slots = []
    registered_row = vault.get_meta(SLOT_COPIES_META)
    registered: list[str] = json.loads(registered_row) if registered_row else []
    with session.transaction("emergency wipe") as txn:
        txn.audit_action = "wipe"
        vault.keyfile = empty
        vault.write_mirror(txn.conn)
        # The journal says that the slots were destroyed, nothing more.
        txn._record("vault", vault.vault_id, "update", "key_slots", None, "destroyed")
    changes = txn.changes
    with contextlib.suppress(Exception):  # readers may hold the WAL; it is encrypted anyway
        vault.connection().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    targets = slot_files(vault.path, vault.vault_id, registered)
    for path in targets:
        _shred(path)
    fsync_dir(vault.path.parent)
    for folder in {p.parent for p in targets} - {vault.path.parent}:
        fsync_dir(folder)
    # An empty key file: the next unlock says "wiped" instead of "no key file".
    write_keyfile(vault.path, empty)
    return WipeResult(len(targets), time.perf_counter() - start, changes)
