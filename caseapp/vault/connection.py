"""The only function that opens a SQLCipher connection, so every connection has the same settings.

Never open the vault through stdlib ``sqlite3`` or Qt's QSQLITE in the same process: two SQLite
copies in one process can corrupt a database, and neither can decrypt it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from caseapp.search_keys import search_keys

Connection = Any  # sqlcipher3 ships no type information

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


def open_connection(path: Path, db_key: bytes, *, read_only: bool = False) -> Connection:
    """Open ``path`` with the raw 256-bit key (no passphrase KDF, no SQL quoting of the key).

    ``read_only`` opens without creating or modifying anything (used to check a file before
    trusting it); it skips settings that would write to the file.
    """
    if len(db_key) != 32:
        raise ValueError("database key must be 32 bytes")
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.set_key("x'" + db_key.hex() + "'")
    for name, value in CONNECTION_PRAGMAS:
        if read_only and name in ("journal_mode", "secure_delete"):
            continue
        conn.execute(f"PRAGMA {name} = {value}")
    # The search index triggers (schema v3) compute their keys with this function.
    conn.create_function("caseapp_keys", -1, search_keys, deterministic=True)
    return conn
