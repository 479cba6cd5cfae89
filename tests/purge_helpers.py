"""Closed cases made in the past, and every place a purged name could hide in a vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from caseapp import store
from caseapp.domain.models import (
    Attachment,
    ContactLog,
    LetterRecord,
    Link,
    NameForm,
    PrisonerRecord,
    TracingRequest,
)
from caseapp.store import Session
from caseapp.vault.connection import Connection

#: A name no other test data holds, in both scripts, and the enquirer's phone number.
SECRETS = ("Зюзюкало", "Zyuzyukalo", "+380501234567")
LONG_AGO = "2020-01-02T03:04:05+00:00"


def make_case(
    session: Session,
    *,
    family_name: str = "Зюзюкало",
    status: str = "closed",
    at: str | None = LONG_AGO,
) -> TracingRequest:
    """A tracing request with every kind of part, written at ``at`` (None: now)."""
    with pytest.MonkeyPatch.context() as patch:
        if at is not None:
            patch.setattr(store, "_now_iso", lambda: at)
        return _write_case(session, family_name, status)


def _write_case(session: Session, family_name: str, status: str) -> TracingRequest:
    with session.transaction("add case") as txn:
        prisoner = txn.create(PrisonerRecord(family_name="Петренко", given_name="Іван"))
        request = txn.create(
            TracingRequest(
                enquirer_name=f"Ганна {family_name}",
                enquirer_phone="+380501234567" if family_name == "Зюзюкало" else None,
                family_name=family_name,
                given_name="Остап",
                status=status,
                closed_reason="reunited" if status == "closed" else None,
                known_info=f"{family_name} seen near Olenivka",
            )
        )
        txn.create(
            NameForm(
                owner_type="tracing_request",
                owner_id=request.id,
                family_name="Zyuzyukalo" if family_name == "Зюзюкало" else family_name,
                given_name="Ostap",
            )
        )
        txn.create(ContactLog(request_id=request.id, summary=f"{family_name} called"))
        txn.create(
            Attachment(
                owner_type="tracing_request",
                owner_id=request.id,
                filename=f"{family_name}.jpg",
                data=f"JPEG {family_name} capture card".encode(),
            )
        )
        txn.create(
            LetterRecord(
                kind="acknowledgement",
                language="uk",
                request_id=request.id,
                recipient_name=f"Ганна {family_name}",
                pdf=f"%PDF-1.4 Шановна пані {family_name}".encode(),
            )
        )
        txn.create(
            Link(
                request_id=request.id,
                prisoner_id=prisoner.id,
                status="potential",
                reasons=f"{family_name} = Петренко?",
            )
        )
    return request


def all_text(conn: Connection) -> str:
    """Every row of every table (search-index shadow tables included), as text."""
    out = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if isinstance(value, bytes):
                    out.append(value.decode("utf-8", "replace"))
                else:
                    out.append(str(value))
    return "\n".join(out)


def decrypted_pages(path: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 file decrypted as it lies on disk, free pages included
    (raw 256-bit key: AES-256-CBC, 4096-byte pages, IV in the 80 reserved bytes at the end)."""
    data = path.read_bytes()
    out = []
    for offset in range(0, len(data) - len(data) % 4096, 4096):
        page = data[offset : offset + 4096]
        start = 16 if offset == 0 else 0  # page 1 starts with the plaintext salt
        decryptor = Cipher(algorithms.AES(key), modes.CBC(page[4016:4032])).decryptor()
        out.append(decryptor.update(page[start:4016]) + decryptor.finalize())
    return b"".join(out)


def wal_pages(path: Path, key: bytes) -> bytes:
    """The decrypted pages in the vault's WAL (24-byte frame headers after a 32-byte header)."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return b""
    data = wal.read_bytes()
    out = []
    offset = 32
    while offset + 24 + 4096 <= len(data):
        page = data[offset + 24 : offset + 24 + 4096]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(page[4016:4032])).decryptor()
        out.append(decryptor.update(page[0:4016]) + decryptor.finalize())
        offset += 24 + 4096
    return b"".join(out)


def plaintext_export(conn: Connection, target: Path) -> bytes:
    """A plaintext copy of the whole database (``sqlcipher_export``), read back as bytes."""
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    try:
        conn.execute("SELECT sqlcipher_export('plain')")
    finally:
        conn.execute("DETACH DATABASE plain")
    return target.read_bytes()
