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

from caseapp.access import FULL, access_of, redact, refuse_request
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
    conn: Connection,
    cls: type[E],
    entity_id: str,
    *,
    include_deleted: bool = False,
    unrestricted: bool = False,
) -> E | None:
    """One entity as the reader may see it (``caseapp.access``): hidden fields are None, and a
    tracing request outside a scoped caseworker's assignments is refused (``PermissionDenied``).
    ``unrestricted``: the write path's own read of the stored row (it checks writes itself)."""
    names = cls.field_names()
    sql = f"SELECT {', '.join(names)}, deleted FROM {cls.ENTITY} WHERE id = ?"
    row = conn.execute(sql, (entity_id,)).fetchone()
    if row is None or (row[-1] and not include_deleted):
        return None
    values = dict(zip(names, row, strict=False))
    access = FULL if unrestricted else access_of(conn)
    if access.limited:
        if cls.ENTITY == "tracing_request" and not access.may_see_request(values["assigned_to"]):
            raise refuse_request()
        values = redact(access, cls.ENTITY, values)
    return cls.from_fields(entity_id, values)


def list_entities(
    conn: Connection,
    cls: type[E],
    where: str = "",
    params: Sequence[Any] = (),
    *,
    order_by: str = "rowid",
    limit: int | None = None,
) -> list[E]:
    """Entities of one type, not deleted, as the reader may see them (``caseapp.access``).
    ``where`` is trusted SQL from the core, never user text."""
    names = cls.field_names()
    sql = f"SELECT id, {', '.join(names)} FROM {cls.ENTITY} WHERE deleted = 0"
    if where:
        sql += f" AND ({where})"
    access = access_of(conn)
    if access.scoped and cls.ENTITY == "tracing_request":
        scope, scope_params = access.request_clause("assigned_to")
        sql += f" AND {scope}"
        params = (*params, *scope_params)
    hidden = access.hides(cls.ENTITY)
    sql += f" ORDER BY {order_by}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = conn.execute(sql, tuple(params))
    if hidden:
        return [
            cls.from_fields(
                row[0], redact(access, cls.ENTITY, dict(zip(names, row[1:], strict=True)))
            )
            for row in rows
        ]
    return [cls.from_fields(row[0], dict(zip(names, row[1:], strict=True))) for row in rows]


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
