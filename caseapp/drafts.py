"""Unsaved edits kept in the vault so that a lock, a crash or a closed laptop loses nothing.

A draft is the state of one open editor (field values and pending parts, as JSON), per account.
Drafts are local working copies, not records: they are not journaled, never travel in a USB
bundle, and are deleted as soon as the edit is saved or discarded. They are encrypted at rest
like everything in the vault.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from caseapp.vault.connection import Connection


@dataclass(frozen=True)
class Draft:
    key: str
    entity_type: str
    entity_id: str | None
    payload: dict[str, Any]
    saved_at: str


def draft_key(account_id: str, entity_type: str, entity_id: str | None) -> str:
    return f"{account_id}:{entity_type}:{entity_id or 'new'}"


def save_draft(
    conn: Connection,
    account_id: str,
    entity_type: str,
    entity_id: str | None,
    payload: dict[str, Any],
) -> None:
    conn.execute(
        "INSERT INTO draft (key, account_id, entity_type, entity_id, payload, saved_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET payload = excluded.payload, "
        "saved_at = excluded.saved_at",
        (
            draft_key(account_id, entity_type, entity_id),
            account_id,
            entity_type,
            entity_id,
            json.dumps(payload, ensure_ascii=False),
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        ),
    )


def load_draft(
    conn: Connection, account_id: str, entity_type: str, entity_id: str | None
) -> Draft | None:
    key = draft_key(account_id, entity_type, entity_id)
    row = conn.execute(
        "SELECT entity_type, entity_id, payload, saved_at FROM draft WHERE key = ?", (key,)
    ).fetchone()
    if row is None:
        return None
    try:
        payload = json.loads(row[2])
    except ValueError:
        return None
    return Draft(key, row[0], row[1], payload, row[3]) if isinstance(payload, dict) else None


def drafts_of(conn: Connection, account_id: str) -> list[Draft]:
    out = []
    for key, etype, eid, payload, saved_at in conn.execute(
        "SELECT key, entity_type, entity_id, payload, saved_at FROM draft WHERE account_id = ? "
        "ORDER BY saved_at DESC",
        (account_id,),
    ):
        try:
            out.append(Draft(key, etype, eid, json.loads(payload), saved_at))
        except ValueError:
            continue
    return out


def delete_draft(
    conn: Connection, account_id: str, entity_type: str, entity_id: str | None
) -> None:
    conn.execute(
        "DELETE FROM draft WHERE key = ?", (draft_key(account_id, entity_type, entity_id),)
    )
