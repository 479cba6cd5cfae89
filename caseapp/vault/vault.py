"""Create, unlock and administer a vault. Holds the database key in memory while unlocked."""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
import uuid
from pathlib import Path

import sqlcipher3

from caseapp.clock import HLC, HybridClock
from caseapp.domain.models import Account
from caseapp.errors import BadInput, NotAVault, VaultCorrupt, VaultExists
from caseapp.search import ensure_search_index
from caseapp.vault.connection import Connection, open_connection
from caseapp.vault.keyslots import (
    KEY_BYTES,
    PRODUCTION_KDF,
    KdfParams,
    KeyFile,
    format_recovery_key,
    keyfile_paths,
    parse_recovery_key,
    read_keyfile,
    write_keyfile,
)
from caseapp.vault.schema import LATEST_VERSION, migrate, schema_version

log = logging.getLogger(__name__)

MIN_PASSPHRASE_LENGTH = 10

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


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise BadInput(
            "The passphrase must have at least {count} characters "
            "(a few words are easier to remember than symbols).",
            count=MIN_PASSPHRASE_LENGTH,
        )


def _corrupt_message() -> str:
    return (
        "The vault file is damaged, truncated, or not a CaseApp vault. "
        "It has not been changed. Restore it from a backup or a USB bundle."
    )


class Vault:
    """An unlocked vault. One connection per thread (SQLite connections belong to one thread)."""

    def __init__(self, path: Path, db_key: bytes, keyfile: KeyFile) -> None:
        self.path = path
        self._db_key = db_key
        self.keyfile = keyfile
        self._local = threading.local()
        self._closing = False
        self._connections: list[Connection] = []
        self._lock = threading.Lock()
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
        if self._closing:
            raise BadInput("The vault is locked.")
        conn = getattr(self._local, "conn", None)
        if conn is None:
            if self._db_key is None:
                raise BadInput("The vault is locked.")
            conn = open_connection(self.path, self._db_key)
            self._local.conn = conn
            with self._lock:
                self._connections.append(conn)
        return conn

    def begin_close(self) -> None:
        """First half of locking: refuse new work and interrupt statements running elsewhere.

        A connection must not be closed while another thread is inside one of its statements
        (that crashes the process), so the GUI calls this, waits for its database thread to
        finish, and only then calls ``close``.
        """
        self._closing = True
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlcipher3.ProgrammingError):
                    conn.interrupt()

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
        username: str,
        passphrase: str,
        *,
        display_name: str | None = None,
        kdf: KdfParams = PRODUCTION_KDF,
        device_id: str | None = None,
    ) -> tuple[Vault, Account, str]:
        """Create a vault with its first (administrator) account; returns the recovery key.

        ``device_id``: the id a coordinator issued for this laptop (provisioning), else new.
        """
        path = Path(path)
        if path.exists() or any(p.exists() for p in keyfile_paths(path)):
            raise VaultExists("A file already exists at this path; choose another name.")
        if not path.parent.is_dir():
            raise BadInput("The folder for the vault does not exist.")
        username = username.strip()
        if not username:
            raise BadInput("A user name is required.")
        check_passphrase_strength(passphrase)
        db_key = secrets.token_bytes(KEY_BYTES)
        keyfile = KeyFile.new()
        account = Account(username=username, display_name=display_name or username, role="admin")
        keyfile.add_slot(account.id, username, passphrase, db_key, kdf)
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
                    ("keyfile", keyfile.to_bytes().decode()),
                ],
            )
            conn.execute("COMMIT")
        finally:
            conn.close()
        write_keyfile(path, keyfile)
        vault = cls(path, db_key, keyfile)
        from caseapp.store import Session  # local import: store depends on vault

        Session.bootstrap_admin(vault, account)
        return vault, account, format_recovery_key(db_key)

    # --- unlocking -----------------------------------------------------------------------------

    @classmethod
    def _check_file(cls, path: Path, db_key: bytes, expected_vault_id: str | None) -> None:
        """Open read-only and check the file before anything may write to it."""
        if not path.is_file():
            raise NotAVault("There is no vault at this path.")
        try:
            conn = open_connection(path, db_key, read_only=True)
        except sqlcipher3.Error:
            raise VaultCorrupt(_corrupt_message()) from None
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
            if result is None or result[0] != "ok":
                raise VaultCorrupt(_corrupt_message())
            if schema_version(conn) > LATEST_VERSION:
                raise BadInput("This vault was written by a newer CaseApp; please update.")
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
            if expected_vault_id is not None and (row is None or row[0] != expected_vault_id):
                raise NotAVault("The key file next to this vault belongs to another vault.")
        except sqlcipher3.Error:
            raise VaultCorrupt(_corrupt_message()) from None
        finally:
            conn.close()

    @classmethod
    def _open(cls, path: Path, db_key: bytes, keyfile: KeyFile) -> Vault:
        try:
            conn = open_connection(path, db_key)
            migrate(conn)
            ensure_search_index(conn)
            conn.close()
            return cls(path, db_key, keyfile)
        except sqlcipher3.Error:
            raise VaultCorrupt(_corrupt_message()) from None

    @classmethod
    def unlock(cls, path: Path, username: str, passphrase: str) -> tuple[Vault, Account]:
        path = Path(path)
        if not path.is_file():
            raise NotAVault("There is no vault at this path.")
        keyfile = read_keyfile(path)
        slot, db_key = keyfile.unwrap(username, passphrase)
        cls._check_file(path, db_key, keyfile.vault_id)
        vault = cls._open(path, db_key, keyfile)
        account = vault.load_account(slot.account_id)
        if account is None or not account.active:
            vault.close()
            raise BadInput("This account has been disabled. Ask an administrator.")
        return vault, account

    @classmethod
    def unlock_with_recovery_key(cls, path: Path, recovery_key: str) -> Vault:
        """Open with the printed recovery key; rebuilds a lost key file from the copy inside."""
        path = Path(path)
        db_key = parse_recovery_key(recovery_key)
        try:
            keyfile: KeyFile | None = read_keyfile(path)
        except NotAVault:
            keyfile = None
        try:
            cls._check_file(path, db_key, keyfile.vault_id if keyfile else None)
        except VaultCorrupt:
            raise BadInput(
                "This recovery key does not open this vault (or the file is damaged). "
                "Nothing was changed."
            ) from None
        if keyfile is None:
            conn = open_connection(path, db_key, read_only=True)
            raw = conn.execute("SELECT value FROM meta WHERE key = 'keyfile'").fetchone()[0]
            conn.close()
            keyfile = KeyFile.from_bytes(raw.encode())
            write_keyfile(path, keyfile)
        return cls._open(path, db_key, keyfile)

    def load_account(self, account_id: str) -> Account | None:
        from caseapp.store import load_entity

        return load_entity(self.connection(), Account, account_id)

    def save_keyfile(self) -> None:
        """Persist slots to the side files and to the mirror inside the database."""
        conn = self.connection()
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('keyfile', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (self.keyfile.to_bytes().decode(),),
        )
        write_keyfile(self.path, self.keyfile)
