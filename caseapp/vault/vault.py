"""Create, unlock and administer a vault. Holds the database key in memory while unlocked."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from caseapp.clock import HLC, HybridClock
from caseapp.domain.models import Account
from caseapp.errors import (
    BadInput,
    Cancelled,
    CaseAppError,
    NotAVault,
    VaultCorrupt,
    VaultExists,
    WrongPassphrase,
)
from caseapp.records import load_entity
from caseapp.search import ensure_search_index
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection, nearly_full, open_connection, storage_failure
from caseapp.vault.keyslots import (
    KEY_BYTES,
    PRODUCTION_KDF,
    KdfParams,
    KeyFile,
    KeySlot,
    check_passphrase_strength,
    format_recovery_key,
    key_id,
    keyfile_paths,
    open_slots,
    parse_recovery_key,
    read_keyfiles,
    remove_stale_temp_files,
    write_keyfile,
)
from caseapp.vault.schema import LATEST_VERSION, migrate, schema_version

log = logging.getLogger(__name__)


#: Test hook: called with a step name at each step of a multi-file write (key files, rekey), so
#: tests can stop the process exactly there. Does nothing in normal use.
def fault_point(step: str) -> None:
    """Does nothing; tests replace it to stop at ``step``."""


#: Characters of the device code in reference numbers: 6 × 5 bits, so that among a few
#: hundred laptops two share a code with a chance of about 1 in 50,000 (4 characters: 2 %).
DEVICE_CODE_LENGTH = 6


def installation_id() -> str:
    """This installation's id, kept in the user's data folder (outside any vault).

    A vault remembers the installation that writes to it; opened by another installation it is
    a copy (a file copied by hand to a second laptop) and must not go on using the original's
    device id: see ``Vault._claim_device``.
    """
    from caseapp.paths import app_home

    path = app_home() / "installation-id"
    with contextlib.suppress(OSError, ValueError):
        return str(uuid.UUID(path.read_text(encoding="ascii").strip()))
    new = str(uuid.uuid4())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(new, encoding="ascii")
    tmp.replace(path)
    return new


DB_SALT_BYTES = 16


def file_salt(path: Path) -> str | None:
    """The database file's first 16 bytes: SQLCipher's plaintext salt, unique per vault file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(DB_SALT_BYTES)
    except OSError:
        return None
    return head.hex() if len(head) == DB_SALT_BYTES else None


def _first_page_opens(path: Path, db_key: bytes) -> bool:
    """Whether ``db_key`` decrypts the first page: if not, the key is not this file's key."""
    try:
        conn = open_connection(path, db_key, read_only=True, immutable=is_read_only(path))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlcipher3.Error as exc:
        return "not a database" not in str(exc)
    return True


def first_page_opens(path: Path, db_key: bytes) -> bool:
    """Whether ``db_key`` decrypts the vault file at ``path`` (a backup restored with a
    passphrase of the vault it replaces: the same key unless it was rotated since)."""
    return _first_page_opens(path, db_key)


@contextlib.contextmanager
def _no_new_sidecars(path: Path) -> Iterator[None]:
    """If opening fails, remove the empty ``-wal``/``-shm`` the attempt itself created.

    A failed open says "nothing was changed": leave the folder as it was found.
    """
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    try:
        yield
    except BaseException:
        wal, shm = sidecars
        if not existed[0] and wal.exists() and wal.stat().st_size == 0:
            with contextlib.suppress(OSError):
                wal.unlink()
        if not existed[1] and not wal.exists():
            with contextlib.suppress(OSError):
                shm.unlink()
        raise


def is_read_only(path: Path) -> bool:
    """True when the vault cannot be written (write-protected medium, read-only file/folder)."""
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def remove_vault_files(path: Path) -> None:
    """A vault's files and its sidecars (pending failed sign-ins, the throttle's count): used
    for staging copies and half-made vaults, never for a vault in use."""
    from caseapp.audit import pending_path  # both build on this package
    from caseapp.throttle import attempts_path

    for leftover in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        *keyfile_paths(path),
        pending_path(path),
        attempts_path(path),
    ):
        with contextlib.suppress(OSError):
            leftover.unlink()


#: After an emergency wipe (caseapp/wipe.py): no key slot is left.
WIPED_MESSAGE = (
    "The key slots of this vault have been destroyed (emergency wipe): no passphrase opens it. "
    "Open it with the recovery key, which also sets new passphrases."
)


def _corrupt_message() -> str:
    return (
        "The vault file is damaged, truncated, or not a CaseApp vault. "
        "It has not been changed. Restore it from a backup or a USB bundle."
    )


def _damaged_message() -> str:
    return (
        "The full check found damaged pages in the vault file. Nothing was changed. "
        "Restore it from a backup or a USB bundle."
    )


class Vault:
    """An unlocked vault. One connection per thread (SQLite connections belong to one thread)."""

    def __init__(
        self, path: Path, db_key: bytes, keyfile: KeyFile, *, read_only: bool = False
    ) -> None:
        self.path = path
        self._db_key = db_key
        self.keyfile = keyfile
        #: Opened from a write-protected medium: reads work, every write says so.
        self.read_only = read_only
        #: The account whose slot unlocked the vault (None after a recovery-key unlock).
        self.account_id: str | None = None
        self._local = threading.local()
        self._closing = False
        #: Set while the vault is being locked: which work may still use it (the GUI admits
        #: only the jobs submitted before the lock; the vault closes when they have ended).
        self.admit: Callable[[], bool] | None = None
        self._connections: list[Connection] = []
        self._lock = threading.Lock()
        #: What the signed-in account may read (``caseapp.access``); set by ``Session``.
        self.access: Any = None
        conn = self.connection()
        self.vault_id = self.get_meta("vault_id") or keyfile.vault_id
        self.device_id = self.get_meta("device_id") or ""
        #: The device id this vault had before it was found to be a copy (see _claim_device).
        self.copied_from: str | None = None
        self._claim_device()
        if self.copied_from is None and self.get_meta("device_key") is None:
            self.copied_from = self.get_meta("copied_from")  # still without a key of its own
        last = self.get_meta("hlc_last")
        self.clock = HybridClock(self.device_id, HLC.decode(last) if last else None)
        self.clock_lock = threading.Lock()
        del conn

    # --- connections ---------------------------------------------------------------------------

    def connection(self) -> Connection:
        if self._closing or getattr(self._local, "refused", False):
            raise BadInput("The vault is locked.")
        if self.admit is not None and not self.admit():
            raise BadInput("The vault is locked.")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._db_key is None:
                raise BadInput("The vault is locked.")
            conn = open_connection(
                self.path, self._db_key, read_only=self.read_only, immutable=self._immutable()
            )
            conn.access = self.access
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def set_access(self, access: Any) -> None:
        """Every connection (open now or later) reads with ``access``."""
        with self._lock:
            self.access = access
            for conn in self._connections:
                conn.access = access

    def refuse_this_thread(self) -> None:
        """From now on this thread (the GUI's, at a lock) gets no connection, while the writer
        finishes the drafts queued for it; the connection itself is closed with the vault."""
        self._local.refused = True

    def interrupt(self) -> None:
        """Interrupt the statements running on every thread (the first step of locking).

        New work is still accepted, so the drafts the screens save as the vault locks are kept;
        the GUI closes the vault once its jobs have ended (a connection must not be closed while
        another thread is inside one of its statements: that crashes the process).
        """
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlcipher3.ProgrammingError):
                    conn.interrupt()

    def begin_close(self) -> None:
        """Refuse new work and interrupt statements running elsewhere."""
        self._closing = True
        self.interrupt()

    def close(self) -> None:
        """Lock: close every connection and forget the key (no other thread may be using it)."""
        self._closing = True
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlcipher3.ProgrammingError):  # thread has ended
                    conn.close()
            self._connections.clear()
        self._local = threading.local()
        self._db_key = None  # type: ignore[assignment]

    def _immutable(self) -> bool:
        return self.read_only and not os.access(self.path.parent, os.W_OK)

    def in_transaction_here(self) -> bool:
        """True while this thread's connection is inside a transaction (another write on this
        thread must wait until it ends)."""
        conn = getattr(self._local, "conn", None)
        return conn is not None and bool(conn.in_transaction)

    @property
    def is_open(self) -> bool:
        return self._db_key is not None

    def get_meta(self, key: str) -> str | None:
        row = self.connection().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def device_code(self) -> str:
        """Characters from the device id: keep reference numbers unique across laptops."""
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        number = uuid.UUID(self.device_id).int
        return "".join(
            alphabet[(number >> (5 * i)) % len(alphabet)] for i in range(DEVICE_CODE_LENGTH)
        )

    def _claim_device(self) -> None:
        """Give a vault copied by hand from another installation a device id of its own.

        Two copies sharing a device id would issue the same reference numbers and clock stamps.
        The copy gets a new id at once (its journal keeps the old entries under the old id);
        it keeps the team's keys, so it can still import bundles, but its signing key belonged
        to the original laptop and is dropped: it cannot send bundles until a coordinator
        provisions it (``caseapp sync provision``; see docs/sync.md). The GUI and CLI show
        ``copied_from`` with that advice.
        """
        if self.read_only:  # a write-protected copy writes nothing, so it issues nothing
            return
        here = installation_id()
        owner = self.get_meta("installation_id")
        if owner == here or not self.device_id:
            return
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            rows = [("installation_id", here)]
            if owner is not None:
                self.copied_from = self.device_id
                self.device_id = str(uuid.uuid4())
                rows += [("device_id", self.device_id), ("copied_from", self.copied_from)]
                conn.execute("DELETE FROM meta WHERE key IN ('device_key', 'device_cert')")
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                rows,
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def recovery_key(self) -> str:
        return format_recovery_key(self._db_key)

    # --- creation ------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        account_id: str,
        username: str,
        passphrase: str,
        *,
        kdf: KdfParams = PRODUCTION_KDF,
        device_id: str | None = None,
    ) -> tuple[Vault, str]:
        """Create the database and the key files with one slot; returns the recovery key.

        The account row itself is written by ``caseapp.accounts.create_vault``. On any failure
        (full disk, read-only folder...) every file this created is removed again.
        ``device_id``: the id a coordinator issued for this laptop (provisioning), else new.
        """
        path = Path(path)
        if path.exists() or any(p.exists() for p in keyfile_paths(path)):
            raise VaultExists("A file already exists at this path; choose another name.")
        if not path.parent.is_dir():
            raise BadInput("The folder for the vault does not exist.")
        check_passphrase_strength(passphrase, [username])
        db_key = secrets.token_bytes(KEY_BYTES)
        keyfile = KeyFile.new()
        keyfile.add_slot(account_id, username, passphrase, db_key, kdf)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            conn = open_connection(path, db_key)
            try:
                migrate(conn)
                ensure_search_index(conn)
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("vault_id", keyfile.vault_id),
                        ("device_id", device_id or str(uuid.uuid4())),
                        ("installation_id", installation_id()),
                    ],
                )
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                conn.close()
            keyfile.db_salt = file_salt(path)
            vault = cls(path, db_key, keyfile)
            with vault.write_transaction() as conn:
                vault.write_mirror(conn)
            write_keyfile(path, keyfile)
        except BaseException as exc:
            remove_vault_files(path)
            if isinstance(exc, OSError | sqlcipher3.Error):
                raise storage_failure(exc, creating=True, path=path) from None
            raise
        return vault, format_recovery_key(db_key)

    @contextlib.contextmanager
    def write_transaction(self) -> Iterator[Connection]:
        """A bare transaction for vault housekeeping (key mirror); data goes through Session."""
        conn = self.connection()
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.Error):
                raise storage_failure(exc, path=self.path) from None
            raise

    # --- unlocking -----------------------------------------------------------------------------

    @classmethod
    def _check_file(cls, path: Path, db_key: bytes, expected_vault_id: str | None) -> None:
        """Open read-only and check the file before anything may write to it, in milliseconds.

        SQLCipher authenticates every page it reads (HMAC), so reading the header, the schema
        and the vault id proves the key, that the file is a vault, that it is this key file's
        vault and not from a newer CaseApp (SQLite also refuses a file shorter than its header
        says). Damage elsewhere is found when that page is read, or by ``check_integrity``
        (every page: seconds at 100k records), run on demand (``caseapp check``, File > Check
        the vault file).
        """
        if not path.is_file():
            raise NotAVault("There is no vault at this path.")
        try:
            conn = open_connection(
                path, db_key, read_only=True, immutable=not os.access(path.parent, os.W_OK)
            )
        except sqlcipher3.Error:
            raise VaultCorrupt(_corrupt_message()) from None
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if schema_version(conn) > LATEST_VERSION:
                raise BadInput("This vault was written by a newer CaseApp; please update.")
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if expected_vault_id is not None and (row is None or row[0] != expected_vault_id):
                raise NotAVault("The key file next to this vault belongs to another vault.")
        except sqlcipher3.Error:
            raise VaultCorrupt(_corrupt_message()) from None
        finally:
            conn.close()

    def check_integrity(self, progress: Progress | None = None) -> int:
        """The full check unlock leaves out: read and authenticate every page, then check the
        structure (``quick_check``). Returns the number of pages; raises ``VaultCorrupt`` on
        damage. Read-only, on its own connection; Cancel (or locking) stops it at once."""
        conn = open_connection(self.path, self._db_key, read_only=True)
        with self._lock:
            self._connections.append(conn)
        if progress is not None:
            progress.start(2)
            conn.set_progress_handler(lambda: 1 if progress.cancelled else 0, 10_000)
        try:
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            if conn.execute("PRAGMA cipher_integrity_check").fetchall():
                raise VaultCorrupt(_damaged_message())
            if progress is not None:
                progress.step()
            result = conn.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise VaultCorrupt(_damaged_message())
            if progress is not None:
                progress.step()
            return pages
        except sqlcipher3.Error:
            if progress is not None and progress.cancelled:
                raise Cancelled() from None
            if self._closing:
                raise BadInput("The vault is locked.") from None
            raise VaultCorrupt(_damaged_message()) from None
        finally:
            with self._lock:
                if conn in self._connections:
                    self._connections.remove(conn)
            conn.close()

    @classmethod
    def _open(
        cls, path: Path, db_key: bytes, keyfile: KeyFile, progress: Progress | None = None
    ) -> Vault:
        read_only = is_read_only(path)
        if read_only:
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0 and not os.access(path.parent, os.W_OK):
                raise BadInput(
                    "The vault was not closed properly and is on a read-only disk or stick. "
                    "Copy it (with its .keys files) to a writable disk to open it."
                )
            vault = cls(path, db_key, keyfile, read_only=True)
            if schema_version(vault.connection()) < LATEST_VERSION:
                vault.close()
                raise BadInput(
                    "This vault must be updated, but it is read-only. "
                    "Copy it to a writable disk to open it."
                )
            return vault
        try:
            conn = open_connection(path, db_key)
            migrate(conn)
            ensure_search_index(conn, progress)
            conn.close()
            return cls(path, db_key, keyfile)
        except sqlcipher3.Error as exc:
            raise storage_failure(exc, path=path) from None

    @classmethod
    def unlock(
        cls, path: Path, username: str, passphrase: str, progress: Progress | None = None
    ) -> Vault:
        """Open with an account's passphrase; ``vault.account_id`` says whose slot opened it.
        ``progress`` follows a search-index rebuild, if the key rules changed since the last open.

        Whether that account is still active is ``caseapp.accounts.unlock_session``'s check.
        """
        path = Path(path)
        if not path.is_file():
            raise NotAVault("There is no vault at this path.")
        keyfiles = read_keyfiles(path)
        if not keyfiles:
            raise NotAVault(
                "No readable key file next to this vault (it should end in .keys). "
                "Copy the .keys file with the vault, or open it with the recovery key."
            )
        if not any(k.slots for k in keyfiles):  # caseapp/wipe.py leaves an empty key file
            raise BadInput(WIPED_MESSAGE)
        salt = file_salt(path)
        if all(k.db_salt and salt and k.db_salt != salt for k in keyfiles):
            raise NotAVault(
                "The key file next to this vault belongs to another vault, or the vault file "
                "is damaged at its start. Nothing was changed: put this vault's own .keys file "
                "next to it, or restore the vault from a backup."
            )
        with _no_new_sidecars(path):
            return cls._unlock_slots(path, keyfiles, username, passphrase, progress)

    @classmethod
    def _unlock_slots(
        cls,
        path: Path,
        keyfiles: list[KeyFile],
        username: str,
        passphrase: str,
        progress: Progress | None = None,
    ) -> Vault:
        opened: list[tuple[KeySlot, bytes]] = []
        for slot, db_key in open_slots(keyfiles, username, passphrase):
            opened.append((slot, db_key))
            source = next(k for k in keyfiles if any(s is slot for s in k.slots))
            try:
                cls._check_file(path, db_key, source.vault_id)
            except VaultCorrupt:
                continue  # a slot of a rotated key, or a damaged file: try the next slot
            vault = cls._open(path, db_key, source, progress)
            try:
                vault._adopt_slot(slot)
            except BaseException:
                vault.close()
                raise
            return vault
        if not opened:
            raise WrongPassphrase()
        if any(slot.key_id for slot, _ in opened) and not any(
            _first_page_opens(path, db_key) for _, db_key in opened
        ):
            raise BadInput(
                "This passphrase belongs to a key of this vault that has been replaced. "
                "Ask an administrator for a new passphrase."
            )
        if nearly_full(path):  # opening needs a little room (-shm): not a damaged vault
            raise BadInput(
                "The disk is full: the vault cannot be opened until some space is freed. "
                "It has not been changed."
            )
        raise VaultCorrupt(_corrupt_message())

    def _adopt_slot(self, slot: KeySlot) -> None:
        """Check the opening slot against the copy inside the vault and repair the key files.

        The copy of the slots inside the encrypted database is the truth: every change of
        accounts or passphrases commits it first and only then rewrites the files. So a slot
        missing from it was removed (account disabled or removed, passphrase changed, key
        rotated) or never committed (a crash while adding an account): it opens nothing, and
        files that disagree with the copy are rewritten from it.
        """
        mirror = self.read_mirror()
        if mirror is None:  # a vault from before the mirror: adopt the file as it is
            self.keyfile = self.keyfile.copy()
        else:
            if all(s.slot_id != slot.slot_id for s in mirror.slots):
                self.sync_keyfiles(mirror)
                raise BadInput(
                    "This passphrase no longer opens the vault (it was changed, or the account "
                    "was disabled or removed). Nothing was changed."
                )
            self.keyfile = mirror
        self.account_id = slot.account_id
        self.sync_keyfiles(self.keyfile)

    def sync_keyfiles(self, truth: KeyFile) -> None:
        """Make the mirror and both files equal ``truth`` (minus slots of other keys)."""
        current = key_id(self._db_key)
        truth = truth.copy()
        for slot in truth.slots:
            if slot.key_id is None:
                slot.key_id = current  # older slots: the key that opened the file is theirs
        truth.slots = [s for s in truth.slots if s.key_id == current]
        truth.db_salt = file_salt(self.path) or truth.db_salt
        self.keyfile = truth
        if self.read_only:
            return
        raw = truth.to_bytes()
        try:
            if self.read_mirror_raw() != raw.decode():
                with self.write_transaction() as conn:
                    self.write_mirror(conn)
            on_disk = [p.read_bytes() if p.exists() else b"" for p in keyfile_paths(self.path)]
            if any(data != raw for data in on_disk):
                write_keyfile(self.path, truth)
            remove_stale_temp_files(self.path)
        except (OSError, CaseAppError):
            log.warning("could not repair the key files")

    @classmethod
    def unlock_with_recovery_key(cls, path: Path, recovery_key: str) -> Vault:
        """Open with the printed recovery key; rebuilds lost or damaged key files from inside."""
        path = Path(path)
        if not path.is_file():
            raise NotAVault("There is no vault at this path.")
        db_key = parse_recovery_key(recovery_key)
        with _no_new_sidecars(path):
            return cls._unlock_recovery(path, db_key)

    @classmethod
    def unlock_with_db_key(cls, path: Path, db_key: bytes) -> Vault:
        """Open with the raw database key, as the recovery key does (caseapp.backup: a slot of
        the vault a backup replaces unwrapped it)."""
        path = Path(path)
        if not path.is_file():
            raise NotAVault("There is no vault at this path.")
        with _no_new_sidecars(path):
            return cls._unlock_recovery(path, db_key)

    @classmethod
    def _unlock_recovery(cls, path: Path, db_key: bytes) -> Vault:
        keyfiles = read_keyfiles(path)
        try:
            cls._check_file(path, db_key, None)
        except VaultCorrupt:
            raise BadInput(
                "This recovery key does not open this vault (or the file is damaged). "
                "Nothing was changed."
            ) from None
        conn = open_connection(path, db_key, read_only=True, immutable=is_read_only(path))
        try:
            raw = conn.execute("SELECT value FROM meta WHERE key = 'keyfile'").fetchone()
            vault_id = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        finally:
            conn.close()
        if raw is not None:
            keyfile = KeyFile.from_bytes(str(raw[0]).encode())
        elif keyfiles and vault_id is not None and keyfiles[0].vault_id == vault_id[0]:
            keyfile = keyfiles[0]
        else:
            raise BadInput("The key file next to this vault belongs to another vault.")
        vault = cls._open(path, db_key, keyfile)
        vault.sync_keyfiles(keyfile)  # the copy inside is authentic: never the damaged file
        return vault

    def load_account(self, account_id: str) -> Account | None:
        return load_entity(self.connection(), Account, account_id)

    # --- key slots -----------------------------------------------------------------------------

    def read_mirror_raw(self) -> str | None:
        return self.get_meta("keyfile")

    def read_mirror(self) -> KeyFile | None:
        raw = self.read_mirror_raw()
        return None if raw is None else KeyFile.from_bytes(raw.encode())

    def write_mirror(self, conn: Connection) -> None:
        """Store ``self.keyfile`` inside the database, in the caller's transaction."""
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('keyfile', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (self.keyfile.to_bytes().decode(),),
        )

    def write_keyfiles(self) -> None:
        """Write both files from ``self.keyfile`` (after the mirror has been committed)."""
        fault_point("before key files")
        try:
            write_keyfile(self.path, self.keyfile)
        except OSError as exc:
            raise storage_failure(exc, path=self.path) from None
        fault_point("after key files")

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (SQLCipher rekey, one transaction).

        The caller has committed slots for the new key to the mirror and the files first, so a
        crash before, during or after this leaves a vault that some slot opens. Afterwards this
        thread's connections use the new key; other threads' connections still hold the old
        one, so the GUI locks (closes them all) right after.
        """
        if self.read_only:
            raise BadInput("The vault is on a read-only disk or stick; it cannot be changed.")
        here = getattr(self._local, "conn", None)
        if here is not None:  # other threads' connections keep the old key: lock after this
            with self._lock:
                self._connections.remove(here)
            here.close()
            self._local.conn = None
        conn = open_connection(self.path, self._db_key)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            fault_point("before rekey")
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            fault_point("after rekey")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.Error as exc:
            raise storage_failure(exc, path=self.path) from None
        finally:
            conn.close()
        self._db_key = new_key
