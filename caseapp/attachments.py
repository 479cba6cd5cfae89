"""Attachments (scanned capture cards, photos, list pages), stored encrypted inside the vault.

The bytes live in the ``attachment`` table of the SQLCipher database, so they are encrypted at
rest with everything else, and they are only ever handed out as bytes in memory: nothing here
writes a file, and the GUI shows them from memory. Lists of attachments never load the bytes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.models import Attachment
from caseapp.errors import BadInput
from caseapp.store import ChangeSet, Session, Txn
from caseapp.vault.connection import Connection

#: A scan or photo is a few MB; a larger file is almost certainly a mistake (e.g. a video).
MAX_BYTES = 40 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BM", "image/bmp"),
)


def sniff_mime(data: bytes) -> str:
    """The type from the content itself, not the file name (names lie; contents rarely do)."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def is_image(mime: str | None) -> bool:
    return bool(mime and mime.startswith("image/"))


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment without its bytes, for lists."""

    id: str
    filename: str
    mime: str
    size: int
    sha256: str
    note: str | None


def add_attachment(
    txn: Txn,
    owner_type: str,
    owner_id: str,
    data: bytes,
    filename: str,
    note: str | None = None,
) -> Attachment:
    if not data:
        raise BadInput("The file is empty.")
    if len(data) > MAX_BYTES:
        raise BadInput(
            "The file is larger than {size} MB; scan it at a lower resolution.",
            size=MAX_BYTES // (1024 * 1024),
        )
    return txn.create(
        Attachment(
            owner_type=owner_type,
            owner_id=owner_id,
            filename=Path(filename).name or "attachment",
            mime=sniff_mime(data),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            note=note,
        )
    )


def attach_file(
    session: Session, owner_type: str, owner_id: str, data: bytes, filename: str
) -> ChangeSet:
    """Store one attachment as its own user action; returns what it changed."""
    with session.transaction("attach file") as txn:
        add_attachment(txn, owner_type, owner_id, data, filename)
    return txn.changes


def remove_attachment(session: Session, attachment_id: str) -> ChangeSet:
    """Soft-delete an attachment (the deletion travels like any edit); returns what changed."""
    with session.transaction("remove attachment") as txn:
        txn.delete(Attachment, attachment_id)
    return txn.changes


def read_file_for_attachment(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(
                "The file is larger than {size} MB; scan it at a lower resolution.",
                size=MAX_BYTES // (1024 * 1024),
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput("The file does not exist.") from None
    except OSError:
        raise BadInput("The file cannot be read.") from None


def list_attachments(conn: Connection, owner_id: str) -> list[AttachmentInfo]:
    return [
        AttachmentInfo(r[0], r[1] or "", r[2] or "", int(r[3] or 0), r[4] or "", r[5])
        for r in conn.execute(
            "SELECT id, filename, mime, size, sha256, note FROM attachment "
            "WHERE owner_id = ? AND deleted = 0 ORDER BY rowid",
            (owner_id,),
        )
    ]


def attachment_data(conn: Connection, attachment_id: str) -> bytes:
    """The bytes, checked against their SHA-256 (a damaged attachment is reported, not shown)."""
    row = conn.execute(
        "SELECT data, sha256 FROM attachment WHERE id = ? AND deleted = 0", (attachment_id,)
    ).fetchone()
    if row is None or row[0] is None:
        raise BadInput("This attachment no longer exists.")
    data = bytes(row[0])
    if row[1] and hashlib.sha256(data).hexdigest() != row[1]:
        raise BadInput("This attachment is damaged (its checksum does not match).")
    return data
