"""Backups of a vault into one file, and restoring one, never decrypted on disk.

A backup file (``NAME.caseapp-backup``) is a ZIP archive, stored without compression (the
pages are encrypted, so they would not compress), holding:

- ``vault.caseapp``: a copy of the database made with SQLite's online backup API between two
  SQLCipher connections that use the same key, so every page is written encrypted; the copy is
  one consistent snapshot (one read transaction) however long it takes and whatever is saved
  meanwhile;
- ``vault.caseapp.keys``: the vault's key file *without any slot* (vault id, lookup salt,
  database salt: nothing that unwraps a key);
- ``manifest.json``: the format and its version, the vault id, when it was made, the
  fingerprint (``key_id``) of the database key, and the SHA-256 of the database copy (a
  truncated or damaged file is refused before anything is replaced).

Why no slot (format 2): a backup that carried its own passphrase slots would keep opening with
the passphrases of the day it was made, after an emergency wipe, a disabled account or a changed
passphrase. So a backup opens only with the recovery key (it *is* the database key), or with a
passphrase that opens a slot in the key file of the vault being replaced *now*, on this laptop:
the database key is the same unless it was rotated since (``caseapp rekey``; then only the
recovery key of that time opens it). A wipe destroys those slots, so it makes every backup of
the vault unreadable without the recovery key; disabling an account or changing a passphrase
takes effect on old backups too. Format-1 backups (made before) still hold slots in their keys
member: the restore ignores them, but whoever holds such a file and an old passphrase can unwrap
the key with other tools, so they should be replaced by new backups and destroyed.

The restored vault gets the current slots (or, restored with the recovery key where this laptop
has no key file of the vault, the backup's own copy from inside the database), in its files and
in the copy inside the database, so an account disabled since does not come back with it.

``restore_backup`` unpacks into ``VAULT.restoring`` next to the vault, opens that copy, checks
every page and compares the vault id, and only then moves the current vault aside
(``NAME.replaced-DATE.caseapp``, with its key files) and the copy into place.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from caseapp import __version__, audit
from caseapp.domain.models import Account, Setting
from caseapp.errors import BadInput, Cancelled, CaseAppError, NotAVault, WrongPassphrase
from caseapp.safefile import fsync_dir, open_private, storage_error, writing
from caseapp.store import ChangeSet, Session, load_entity
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection, open_connection, storage_failure
from caseapp.vault.keyslots import (
    KeyFile,
    KeySlot,
    key_id,
    keyfile_paths,
    open_slots,
    read_keyfiles,
)
from caseapp.vault.vault import (
    Vault,
    file_salt,
    first_page_opens,
    remove_vault_files,
)

BACKUP_SUFFIX = ".caseapp-backup"
BACKUP_FORMAT = "caseapp-backup"
#: 1: the keys member held the passphrase slots; 2: it holds none (see the module docstring).
BACKUP_VERSION = 2
MEMBER_DB = "vault.caseapp"
MEMBER_KEYS = "vault.caseapp.keys"
MEMBER_MANIFEST = "manifest.json"
RESTORING_SUFFIX = ".restoring"

#: ``meta`` key of the time of the last backup of this vault file (UTC, ISO 8601). In ``meta``,
#: not a synced ``Setting``: a backup made on another laptop does not protect this one.
LAST_BACKUP_META = "last_backup_at"
#: Vault setting (travels: a team policy): days after which the app reminds of a backup.
REMINDER_SETTING = "backup_reminder_days"
DEFAULT_REMINDER_DAYS = 7

#: Pages copied per step of the online backup (4 KiB pages: 16 MiB), between Cancel checks.
PAGES_PER_STEP = 4096
CHUNK = 1 << 20


@dataclass
class BackupResult:
    path: Path
    size: int
    created_at: str
    #: Empty: recording the backup's time changes no record (it is vault housekeeping).
    changes: ChangeSet


@dataclass
class BackupInfo:
    """What a backup file says about itself (read before anything is unpacked)."""

    vault_id: str
    created_at: str
    db_size: int
    db_sha256: str
    app_version: str
    version: int = BACKUP_VERSION
    #: ``key_id`` of the database key the copy is encrypted with (None: not recorded).
    key_id: str | None = None


@dataclass
class RestoreResult:
    vault_path: Path
    #: Where the vault that was replaced now is (None: there was none).
    replaced: Path | None
    created_at: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def default_backup_name(vault_path: Path, today: dt.date | None = None) -> str:
    """``NAME-YYYY-MM-DD.caseapp-backup``: the vault's own name and the date, nothing else."""
    day = (today or dt.date.today()).isoformat()
    return f"{Path(vault_path).stem}-{day}{BACKUP_SUFFIX}"


# --- making a backup ---------------------------------------------------------------------------


def _refuse_vault_files(out: Path, vault_path: Path) -> None:
    target = out.resolve()
    own = [vault_path, *keyfile_paths(vault_path)]
    own += [vault_path.with_name(vault_path.name + s) for s in ("-wal", "-shm")]
    if any(target == p.resolve() for p in own):
        raise BadInput("A backup cannot be written over the vault itself. Choose another file.")


def create_backup(session: Session, out: Path, progress: Progress | None = None) -> BackupResult:
    """Write an encrypted copy of the vault with its key slots to ``out`` (one file, 0600).

    Reads a snapshot on a connection of its own (saves go on meanwhile); Cancel, or a lock,
    stops it and leaves no file behind. Records the time of the backup in the vault.
    """
    progress = progress or Progress()
    vault = session.vault
    out = Path(out)
    _refuse_vault_files(out, vault.path)
    if not out.parent.is_dir():
        raise BadInput("The folder does not exist. Choose another folder.")
    staging = out.with_name(out.name + ".db.part")
    remove_vault_files(staging)
    created_at = _now()
    try:
        keyfile, vault_id = _copy_database(vault, staging, progress)
        keyfile.db_salt = file_salt(staging) or keyfile.db_salt
        keyfile.slots = []  # no slot leaves the vault: see the module docstring
        manifest = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "vault_id": vault_id,
            "created_at": created_at,
            "app_version": __version__,
            "key_id": key_id(_key_of(vault)),
        }
        _pack(out, staging, keyfile, manifest, progress)
    finally:
        remove_vault_files(staging)
    with session.transaction("backup") as txn:
        txn.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (LAST_BACKUP_META, created_at),
        )
        audit.record(session, "backup")
    return BackupResult(out, out.stat().st_size, created_at, txn.changes)


def _key_of(vault: Vault) -> bytes:
    key = vault._db_key
    if key is None:
        raise BadInput("The vault is locked.")
    return key


def _copy_database(vault: Vault, staging: Path, progress: Progress) -> tuple[KeyFile, str]:
    """The online backup of one snapshot into ``staging`` (encrypted with the same key)."""
    key = vault._db_key
    if key is None:
        raise BadInput("The vault is locked.")
    source = open_connection(vault.path, key, read_only=True)
    with vault._lock:
        vault._connections.append(source)  # a lock interrupts the copy
    target: Connection | None = None
    try:
        source.execute("BEGIN")  # one snapshot for the whole copy: no restart on saves
        keys_raw = source.execute("SELECT value FROM meta WHERE key = 'keyfile'").fetchone()
        id_row = source.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        pages = int(source.execute("PRAGMA page_count").fetchone()[0])
        keyfile = KeyFile.from_bytes(str(keys_raw[0]).encode()) if keys_raw else vault.keyfile
        keyfile = keyfile.copy()
        open_private(staging).close()  # 0600 from the start: SQLite's sidecars inherit it
        target = open_connection(staging, key)
        # Twice the pages: the copy, then packing it into the archive.
        progress.start(2 * pages, "Copying the vault")

        def step(_status: int, remaining: int, total: int) -> None:
            # step(): Cancel, and on the GUI's writer a waiting save runs now (this job holds
            # no write transaction: only a read snapshot on its own connection).
            progress.step(max(0, pages - remaining) - progress.done)

        source.backup(target, pages=PAGES_PER_STEP, progress=step)
        target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        progress.check()
        return keyfile, str(id_row[0]) if id_row else keyfile.vault_id
    except sqlcipher3.Error as exc:
        if progress.cancelled:
            raise Cancelled() from None
        if vault._closing:
            raise BadInput("The vault is locked.") from None
        raise storage_failure(exc, path=staging) from None
    finally:
        if target is not None:
            target.close()
        with vault._lock:
            if source in vault._connections:
                vault._connections.remove(source)
        with contextlib.suppress(sqlcipher3.Error):
            source.close()


def _pack(
    out: Path, staging: Path, keyfile: KeyFile, manifest: dict[str, object], progress: Progress
) -> None:
    size = staging.stat().st_size
    digest = hashlib.sha256()
    base = progress.done
    with writing(out) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr(MEMBER_KEYS, keyfile.to_bytes())
        with staging.open("rb") as source, archive.open(MEMBER_DB, "w", force_zip64=True) as dst:
            copied = 0
            while chunk := source.read(CHUNK):
                dst.write(chunk)
                digest.update(chunk)
                copied += len(chunk)
                progress.step((base + (base * copied) // size if size else 0) - progress.done)
        manifest = {**manifest, "db_size": size, "db_sha256": digest.hexdigest()}
        archive.writestr(MEMBER_MANIFEST, json.dumps(manifest, indent=1))


# --- reading a backup --------------------------------------------------------------------------

_NOT_A_BACKUP = (
    "This file is not a CaseApp backup, or it is truncated or damaged. Nothing was changed."
)


@contextlib.contextmanager
def _open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, BackupInfo]]:
    try:
        archive = zipfile.ZipFile(path, "r")
    except FileNotFoundError:
        raise BadInput("The backup file does not exist.") from None
    except (OSError, zipfile.BadZipFile, ValueError):
        raise BadInput(_NOT_A_BACKUP) from None
    with archive:
        try:
            manifest = json.loads(archive.read(MEMBER_MANIFEST).decode("utf-8"))
            if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
                raise ValueError("not a backup")
            version = int(manifest.get("version", 0))
            if version > BACKUP_VERSION:
                raise BadInput("This backup was made by a newer CaseApp; please update.")
            if version < 1:
                raise ValueError("version")
            info = BackupInfo(
                vault_id=str(manifest["vault_id"]),
                created_at=str(manifest["created_at"]),
                db_size=int(manifest["db_size"]),
                db_sha256=str(manifest["db_sha256"]),
                app_version=str(manifest.get("app_version", "")),
                version=version,
                key_id=str(manifest["key_id"]) if manifest.get("key_id") else None,
            )
            if archive.getinfo(MEMBER_DB).file_size != info.db_size:
                raise ValueError("size")
            archive.getinfo(MEMBER_KEYS)
        except CaseAppError:
            raise
        except (KeyError, ValueError, TypeError, OSError, zipfile.BadZipFile):
            raise BadInput(_NOT_A_BACKUP) from None
        yield archive, info


def read_backup_info(path: Path) -> BackupInfo:
    """The manifest of a backup file (no passphrase needed; it holds no personal data)."""
    with _open_archive(Path(path)) as (_archive, info):
        return info


# --- restoring ---------------------------------------------------------------------------------


def _current_vault_id(vault_path: Path) -> str | None:
    """The id of the vault at ``vault_path``, from its key files (readable without a key)."""
    ids = {k.vault_id for k in read_keyfiles(vault_path)}
    return next(iter(ids)) if len(ids) == 1 else None


def _unpack(archive: zipfile.ZipFile, info: BackupInfo, staging: Path, progress: Progress) -> None:
    digest = hashlib.sha256()
    try:
        with archive.open(MEMBER_DB) as source, open_private(staging) as target:
            while chunk := source.read(CHUNK):
                target.write(chunk)
                digest.update(chunk)
                progress.advance(len(chunk))
                progress.check()
            target.flush()
            os.fsync(target.fileno())
        keys = archive.read(MEMBER_KEYS)
    except OSError as exc:
        raise storage_error(exc) from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise BadInput(_NOT_A_BACKUP) from None
    if digest.hexdigest() != info.db_sha256:
        raise BadInput(_NOT_A_BACKUP)
    try:
        keyfile = KeyFile.from_bytes(keys)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BadInput(_NOT_A_BACKUP) from None
    keyfile.slots = []  # a format-1 backup's own slots are never used (module docstring)
    for path in keyfile_paths(staging):
        with writing(path) as handle:
            handle.write(keyfile.to_bytes())


_WIPED_FOR_BACKUP = (
    "The key slots of this vault have been destroyed (emergency wipe), and a backup opens only "
    "with a passphrase of the vault as it is now: restore it with the recovery key. "
    "Nothing was changed."
)
_NO_KEYS_HERE = (
    "This laptop holds no key file of this vault, and a backup opens only with a passphrase of "
    "the vault it replaces: restore it with the recovery key. Nothing was changed."
)
_OLDER_KEY = (
    "This backup was made before the vault's key was replaced (rekey): today's passphrases do "
    "not open it. Restore it with the recovery key that was valid when it was made. "
    "Nothing was changed."
)
_NO_LONGER_OPENS = (
    "This passphrase no longer opens the vault (it was changed, or the account was disabled or "
    "removed). Nothing was changed."
)
_ACCOUNT_NOT_IN_BACKUP = (
    "This account was not active in the vault when the backup was made, so it cannot restore "
    "it. Use an administrator's passphrase or the recovery key. Nothing was changed."
)


def _check_passphrase_possible(current: list[KeyFile]) -> None:
    """Refuse before unpacking anything when no passphrase can open the backup here."""
    if not current:
        raise BadInput(_NO_KEYS_HERE)
    if not any(k.slots for k in current):
        raise BadInput(_WIPED_FOR_BACKUP)


def _open_with_current_slots(
    staging: Path, vault_path: Path, current: list[KeyFile], username: str, passphrase: str
) -> Vault:
    """Open the unpacked copy with the database key a slot of the *current* vault unwraps,
    and give the copy those slots (files and the copy inside), so it opens as the vault did."""
    opened: list[tuple[KeySlot, bytes]] = list(open_slots(current, username, passphrase))
    if not opened:
        raise WrongPassphrase()
    found = next(((s, k) for s, k in opened if first_page_opens(staging, k)), None)
    if found is None:
        raise BadInput(_OLDER_KEY)
    slot, db_key = found
    source = next(k for k in current if any(s is slot for s in k.slots))
    truth = _current_slots(vault_path, db_key, source)
    if all(s.slot_id != slot.slot_id for s in truth.slots):
        raise BadInput(_NO_LONGER_OPENS)
    vault = Vault.unlock_with_db_key(staging, db_key)
    try:
        _adopt_current_slots(vault, truth)
        account = load_entity(vault.connection(), Account, slot.account_id)
        if account is None or not account.active:
            raise BadInput(_ACCOUNT_NOT_IN_BACKUP)
        vault.account_id = slot.account_id
    except BaseException:
        vault.close()
        raise
    return vault


def _current_slots(vault_path: Path, db_key: bytes, files: KeyFile) -> KeyFile:
    """The slots the current vault holds inside (the truth: a key file put back after a wipe or
    after an account was disabled lists slots that no longer count), else its key file (the
    vault being replaced may be too damaged to read: that is why one restores)."""
    if not vault_path.is_file():
        return files
    try:
        conn = open_connection(vault_path, db_key, read_only=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'keyfile'").fetchone()
        finally:
            conn.close()
        inside = KeyFile.from_bytes(str(row[0]).encode()) if row else None
    except (sqlcipher3.Error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return files
    return inside if inside is not None and inside.vault_id == files.vault_id else files


def _adopt_current_slots(vault: Vault, current: KeyFile) -> None:
    """The copy's files and its copy inside = the current vault's slots for this key."""
    vault.sync_keyfiles(current)
    expected = vault.keyfile.to_bytes()
    on_disk = [p.read_bytes() if p.exists() else b"" for p in keyfile_paths(vault.path)]
    if vault.read_mirror_raw() != expected.decode() or any(d != expected for d in on_disk):
        raise BadInput(
            "The key files of the restored copy could not be written. Nothing was changed."
        )


def _open_copy(
    staging: Path,
    vault_path: Path,
    current: list[KeyFile],
    username: str | None,
    passphrase: str | None,
    recovery_key: str | None,
) -> Vault:
    if recovery_key:
        vault = Vault.unlock_with_recovery_key(staging, recovery_key)
        if current and current[0].vault_id == vault.vault_id:
            try:  # after a wipe: no slot; an account disabled since: not its slot
                truth = _current_slots(vault_path, _key_of(vault), current[0])
                _adopt_current_slots(vault, truth)
            except BaseException:
                vault.close()
                raise
        return vault
    if not username or passphrase is None:
        raise BadInput("A passphrase or the recovery key is needed to check the backup.")
    return _open_with_current_slots(staging, vault_path, current, username, passphrase)


def _aside_path(vault_path: Path, when: dt.datetime) -> Path:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        extra = f"-{n}" if n else ""
        candidate = vault_path.with_name(
            f"{vault_path.stem}.replaced-{stamp}{extra}{vault_path.suffix}"
        )
        related = [candidate, *keyfile_paths(candidate)]
        if not any(p.exists() for p in related):
            return candidate
    raise BadInput("Too many replaced copies of this vault; move some away first.")


def restore_backup(
    backup: Path,
    vault_path: Path,
    *,
    username: str | None = None,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the vault at ``vault_path`` by the backup, after checking the backup whole.

    The backup is unpacked next to the vault, opened with the passphrase (or the recovery key),
    every page is checked and its vault id compared with the vault it replaces; anything wrong
    and nothing is replaced. The replaced vault is kept beside, renamed with the date. The vault
    must not be open (the GUI restores from the locked screen).
    """
    progress = progress or Progress()
    backup, vault_path = Path(backup), Path(vault_path)
    if backup.resolve() == vault_path.resolve():
        raise BadInput("A backup cannot be written over the vault itself. Choose another file.")
    if not vault_path.parent.is_dir():
        raise BadInput("The folder does not exist. Choose another folder.")
    current = read_keyfiles(vault_path)
    current_id = _current_vault_id(vault_path)
    # No key file to say whose vault this is: only the recovery key proves the backup is of
    # the same vault (it opens both), so ask for it rather than guess.
    if vault_path.exists() and current_id is None and not recovery_key:
        raise BadInput(
            "The vault's key files are missing, so it cannot be told whether this backup "
            "belongs to it. Restore with the recovery key, or to a new file name. "
            "Nothing was changed."
        )
    if not recovery_key and (current or not vault_path.exists()):
        _check_passphrase_possible(current)
    staging = vault_path.with_name(vault_path.name + RESTORING_SUFFIX)
    remove_vault_files(staging)
    try:
        with _open_archive(backup) as (archive, info):
            if current_id is not None and info.vault_id != current_id:
                raise NotAVault(_OTHER_VAULT)
            progress.start(info.db_size, "Checking the backup")
            _unpack(archive, info, staging, progress)
        vault = _open_copy(staging, vault_path, current, username, passphrase, recovery_key)
        try:
            if vault.vault_id != info.vault_id or (
                current_id is not None and vault.vault_id != current_id
            ):
                raise NotAVault(_OTHER_VAULT)
            if vault_path.exists() and current_id is None:
                _check_recovery_key_opens(vault_path, recovery_key or "")
            vault.check_integrity(progress)
            # The restored vault's own trail says it was put back (and by whom).
            audit.record_on(vault, vault.account_id, "restore")
        finally:
            vault.close()
        progress.check()
        replaced = _swap(staging, vault_path)
    except BaseException:
        remove_vault_files(staging)
        raise
    return RestoreResult(vault_path, replaced, info.created_at)


_OTHER_VAULT = (
    "This backup is of another vault, not of the one it would replace. Nothing was changed; "
    "restore it to a new file name instead."
)


def _check_recovery_key_opens(vault_path: Path, recovery_key: str) -> None:
    """Without key files, the same recovery key opening both proves they are the same vault."""
    from caseapp.vault.keyslots import parse_recovery_key

    conn = open_connection(vault_path, parse_recovery_key(recovery_key), read_only=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.Error:
        raise NotAVault(_OTHER_VAULT) from None
    finally:
        conn.close()


def _swap(staging: Path, vault_path: Path) -> Path | None:
    """Move the current vault aside (with its sidecars and key files), then the copy in: key
    files first, the database last, as ``create_vault`` does."""
    replaced: Path | None = None
    try:
        if vault_path.exists() or any(p.exists() for p in keyfile_paths(vault_path)):
            replaced = _aside_path(vault_path, dt.datetime.now())
            moves = list(zip(_vault_files(vault_path), _vault_files(replaced), strict=True))
            # The database first: a vault path without its file is never opened half-moved.
            for source, target in moves:
                if source.exists():
                    os.replace(source, target)
        for source, target in zip(keyfile_paths(staging), keyfile_paths(vault_path), strict=True):
            os.replace(source, target)
        os.replace(staging, vault_path)
        fsync_dir(vault_path.parent)
    except OSError as exc:
        raise storage_error(exc) from None
    return replaced


def _vault_files(path: Path) -> list[Path]:
    return [
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        *keyfile_paths(path),
    ]


# --- reminder ----------------------------------------------------------------------------------


def last_backup_at(conn: Connection) -> dt.datetime | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (LAST_BACKUP_META,)).fetchone()
    if row is None:
        return None
    try:
        return dt.datetime.fromisoformat(str(row[0]))
    except ValueError:
        return None


def reminder_days(conn: Connection) -> int:
    setting = load_entity(conn, Setting, REMINDER_SETTING)
    try:
        return max(0, int(setting.value)) if setting and setting.value else DEFAULT_REMINDER_DAYS
    except ValueError:
        return DEFAULT_REMINDER_DAYS


def set_reminder_days(session: Session, days: int) -> ChangeSet:
    """0 turns the reminder off. Administrators only (a vault setting)."""
    if not 0 <= days <= 365:
        raise BadInput("The number of days must be between 0 and 365.")
    with session.transaction("backup reminder") as txn:
        if load_entity(txn.conn, Setting, REMINDER_SETTING) is None:
            txn.create(Setting(id=REMINDER_SETTING, value=str(days)))
        else:
            txn.update(Setting, REMINDER_SETTING, value=str(days))
    return txn.changes


def backup_overdue(conn: Connection, now: dt.datetime | None = None) -> int | None:
    """Days since the last backup when the reminder is due (-1: never backed up), else None."""
    days = reminder_days(conn)
    if days == 0:
        return None
    last = last_backup_at(conn)
    if last is None:
        return -1
    now = now or dt.datetime.now(dt.UTC)
    age = (now - last).days
    return age if age >= days else None
