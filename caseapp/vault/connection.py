"""The only function that opens a SQLCipher connection, so every connection has the same settings.

Never open the vault through stdlib ``sqlite3`` or Qt's QSQLITE in the same process: two SQLite
copies in one process can corrupt a database, and neither can decrypt it.
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import Any

import sqlcipher3

from caseapp.errors import BadInput, CaseAppError, VaultCorrupt
from caseapp.search_keys import name_sort_key, ref_sort_key, search_keys

Connection = Any  # sqlcipher3 ships no type information


class VaultConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """A connection that carries what its reader may see (``caseapp.access.Access``)."""

    access: Any = None


#: Settings applied to every connection, checked by tests/test_vault.py.
#: temp_store=MEMORY: with FILE, SQLite writes plaintext temporary files for sorts and indexes.
#: synchronous=FULL: a user action that returned is on disk, even if the laptop loses power.
CONNECTION_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("cipher_log_level", "NONE"),
    # Memory wiping on every allocation halves write speed; the key itself is held by Python
    # anyway, so it buys little against a memory dump. Disk protection is what matters here.
    ("cipher_memory_security", "OFF"),
    ("temp_store", "MEMORY"),
    ("secure_delete", "ON"),
    ("foreign_keys", "ON"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("busy_timeout", "10000"),
    ("cache_size", "-32768"),  # 32 MiB: fewer page decrypts on large lists
)


def is_storage_error(exc: BaseException) -> bool:
    """The disk is full, read-only or failing (not a bug, not a damaged vault)."""
    text = str(exc).lower()
    return any(word in text for word in ("full", "readonly", "read-only", "i/o"))


def nearly_full(path: Path | None) -> bool:
    """Less than 1 MiB free where ``path`` lives (SQLite reports some full disks as I/O)."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path if path.is_dir() else path.parent).free < 1024 * 1024
    except OSError:
        return False


def storage_failure(
    exc: BaseException, *, creating: bool = False, path: Path | None = None
) -> CaseAppError:
    """The user's sentence for a failed database or file operation, by its real cause.

    A full disk or a write-protected medium must never be called "damaged": that advice could
    make someone restore an old backup over a good vault.
    """
    if isinstance(exc, CaseAppError):
        return exc
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if (
        "full" in text
        or code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
        or ("i/o" in text and nearly_full(path))
    ):
        return BadInput("The disk is full. Nothing was changed; free some space and try again.")
    if (
        "readonly" in text
        or "read-only" in text
        or code in (errno.EROFS, errno.EACCES, errno.EPERM)
    ):
        return BadInput(
            "The vault is on a read-only disk or stick, or you may not write there. "
            "Nothing was changed."
        )
    if "i/o" in text:
        return BadInput(
            "The disk could not write the vault: it may be full or failing. Nothing more was "
            "changed; free some space, or copy the vault to another disk."
        )
    if creating or "unable to open" in text or code is not None:
        return BadInput(
            "The vault cannot be written here (the folder is read-only or missing). "
            "Nothing was changed; choose another folder."
        )
    return VaultCorrupt(
        "The vault file is damaged, truncated, or not a CaseApp vault. "
        "It has not been changed. Restore it from a backup or a USB bundle."
    )


def open_connection(
    path: Path, db_key: bytes, *, read_only: bool = False, immutable: bool = False
) -> Connection:
    """Open ``path`` with the raw 256-bit key (no passphrase KDF, no SQL quoting of the key).

    ``read_only`` opens without creating or modifying anything (used to check a file before
    trusting it); it skips settings that would write to the file. ``immutable`` (read-only
    media) also tells SQLite that nobody can change the file, so it needs no ``-shm``.
    """
    if len(db_key) != 32:
        raise ValueError("database key must be 32 bytes")
    if read_only:
        uri = path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")
        conn = sqlcipher3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, factory=VaultConnection
        )
    else:
        conn = sqlcipher3.connect(
            str(path), isolation_level=None, check_same_thread=False, factory=VaultConnection
        )
    conn.set_key("x'" + db_key.hex() + "'")
    for name, value in CONNECTION_PRAGMAS:
        if read_only and name in ("journal_mode", "secure_delete"):
            continue
        conn.execute(f"PRAGMA {name} = {value}")
    # The search index triggers (schema v3) compute their keys with this function.
    conn.create_function("caseapp_keys", -1, search_keys, deterministic=True)
    conn.create_function("caseapp_name_key", 1, name_sort_key, deterministic=True)
    conn.create_function("caseapp_ref_key", 1, ref_sort_key, deterministic=True)
    return conn
