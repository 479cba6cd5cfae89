"""Row mapping between stored rows and entity dataclasses, and who owns which records.

Depends only on ``domain.models`` and a connection, so the vault layer (which loads the
signed-in account) and the write path (``store``) can both use it without importing each
other.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from typing import Any, TypeVar

from caseapp.domain.models import ENTITY_TYPES, Entity
from caseapp.errors import CaseAppError
from caseapp.vault.connection import Connection

E = TypeVar("E", bound=Entity)


def decode_journal_value(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def entity_class(entity_type: str) -> type[Entity]:
    try:
        return ENTITY_TYPES[entity_type]
    except KeyError:
        raise CaseAppError(f"Unknown record type: {entity_type}") from None


def load_entity(
    conn: Connection, cls: type[E], entity_id: str, *, include_deleted: bool = False
) -> E | None:
    names = cls.field_names()
    sql = f"SELECT {', '.join(names)}, deleted FROM {cls.ENTITY} WHERE id = ?"
    row = conn.execute(sql, (entity_id,)).fetchone()
    if row is None or (row[-1] and not include_deleted):
        return None
    return cls.from_fields(entity_id, dict(zip(names, row, strict=False)))


def list_entities(
    conn: Connection,
    cls: type[E],
    where: str = "",
    params: Sequence[Any] = (),
    *,
    order_by: str = "rowid",
    limit: int | None = None,
) -> list[E]:
    """Entities of one type, not deleted. ``where`` is trusted SQL from the core, never user text."""
    names = cls.field_names()
    sql = f"SELECT id, {', '.join(names)} FROM {cls.ENTITY} WHERE deleted = 0"
    if where:
        sql += f" AND ({where})"
    sql += f" ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [
        cls.from_fields(row[0], dict(zip(names, row[1:], strict=True)))
        for row in conn.execute(sql, tuple(params))
    ]


@cache
def children_of(entity_type: str) -> tuple[tuple[type[Entity], str], ...]:
    """The parts of a record of ``entity_type``: (class, field holding the owner's id).

    Derived from each entity's ``OWNERS`` declaration, so history, merge and every later
    feature agree on what "the record" includes.
    """
    return tuple(
        (cls, name)
        for cls in ENTITY_TYPES.values()
        for name, owner_types in cls.OWNERS.items()
        if entity_type in owner_types
    )


def all_children() -> tuple[tuple[type[Entity], str], ...]:
    """Every (class, owner field) pair, for callers that know an id but not its type."""
    seen: dict[tuple[str, str], tuple[type[Entity], str]] = {}
    for owner_type in ("prisoner", "tracing_request"):
        for cls, name in children_of(owner_type):
            seen.setdefault((cls.ENTITY, name), (cls, name))
    return tuple(seen.values())
