"""Need-to-know for reading: which records and which fields each role may see (docs/roles.md).

Enforced where the core reads, not in the screens: every connection a ``Session`` opens carries
the signed-in account's ``Access`` (``conn.access``), and ``records.load_entity`` /
``list_entities``, ``listing`` (lists, search, exports, CLI output), the match review queue, the
links of a record and the letters register and batches consult it. Hidden fields are absent
(``None`` in an entity, ``HIDDEN`` in a list row or export); a tracing request outside a scoped
caseworker's assignments is left out of lists and refused when opened by id. The write path
refuses writes that would need what the role cannot see (``check_write_access``).

A connection that no session opened (migrations, checks, the recovery key) reads everything.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from caseapp.errors import PermissionDenied

#: A hidden value in list rows, exports and CLI output.
HIDDEN = "[hidden]"

#: The enquirer's contact details: where and how the family can be reached, and what must be
#: known before contacting them.
CONTACT_FIELDS = frozenset({"enquirer_address", "enquirer_phone", "enquirer_email", "safety_notes"})

#: Fields each role may not read: role -> entity type -> fields. Roles not listed read all.
HIDDEN_FIELDS: dict[str, dict[str, frozenset[str]]] = {
    "viewer": {
        "tracing_request": CONTACT_FIELDS,
        # GC III art. 122: the name and address of the person to be informed.
        "prisoner": frozenset({"next_of_kin"}),
        # What was said with the family: contact details and circumstances.
        "contact_log": frozenset({"summary"}),
        # A letter holds the family's address (and so does its PDF).
        "letter": frozenset({"recipient_address", "pdf"}),
    },
}

#: Roles whose reading of tracing requests follows their assignment when the vault is set so.
SCOPED_ROLES = frozenset({"caseworker"})

#: The vault ``Setting`` that turns the scope on: "assigned" (own and team's) or "all".
SCOPE_SETTING = "request_scope"
SCOPE_ASSIGNED = "assigned"
SCOPE_ALL = "all"

#: Entities that belong to a tracing request through this field (their writes follow it).
REQUEST_CHILDREN = {"contact_log": "request_id", "letter": "request_id"}
#: Entities that belong to a request when ``owner_type`` says so.
OWNED_CHILDREN = frozenset({"name_form", "fact_source", "attachment"})


@dataclass(frozen=True)
class Access:
    """What the signed-in account may read. ``FULL`` for everyone not limited."""

    role: str = "admin"
    account_id: str | None = None
    #: Requests are limited to those assigned to these accounts (self and team); None: all.
    request_assignees: frozenset[str] | None = None
    hidden: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @property
    def scoped(self) -> bool:
        return self.request_assignees is not None

    @property
    def limited(self) -> bool:
        return self.scoped or bool(self.hidden)

    def hides(self, entity_type: str) -> frozenset[str]:
        return self.hidden.get(entity_type, frozenset())

    def may_see_request(self, assigned_to: str | None) -> bool:
        return self.request_assignees is None or (
            assigned_to is not None and assigned_to in self.request_assignees
        )

    def request_clause(self, column: str) -> tuple[str, list[Any]]:
        """SQL keeping the requests this account may see (``column`` holds an assignee id, or a
        request id when ``column`` names a request: use ``request_id_clause``); ``("", [])``
        when unscoped. Uses the ``request_assigned`` index: a short list, never a scan."""
        if self.request_assignees is None:
            return "", []
        ids = sorted(self.request_assignees)
        return f"{column} IN ({', '.join('?' for _ in ids)})", list(ids)

    def request_rowid_clause(self, alias: str) -> tuple[str, list[Any]]:
        """Like ``request_clause`` for a list over ``tracing_request`` as ``alias``, written so
        SQLite reads only indexes (``request_assigned``, ``request_live``): a scoped 100k-row
        list costs what its few thousand rows cost (docs/benchmarks.md, access)."""
        inner, params = self.request_clause("s.assigned_to")
        if not inner:
            return "", []
        return f"{alias}.rowid IN (SELECT s.rowid FROM tracing_request s WHERE {inner})", params

    def request_id_clause(self, column: str) -> tuple[str, list[Any]]:
        """SQL keeping rows whose ``column`` is the id of a request this account may see."""
        inner, params = self.request_clause("s.assigned_to")
        if not inner:
            return "", []
        return f"{column} IN (SELECT s.id FROM tracing_request s WHERE {inner})", params


FULL = Access()


def access_of(conn: Any) -> Access:
    """The access a connection reads with (``FULL`` if no session set one)."""
    return getattr(conn, "access", None) or FULL


def request_scope(conn: Any) -> str:
    row = conn.execute(
        "SELECT value FROM setting WHERE id = ? AND deleted = 0", (SCOPE_SETTING,)
    ).fetchone()
    return SCOPE_ASSIGNED if row is not None and row[0] == SCOPE_ASSIGNED else SCOPE_ALL


def access_for(conn: Any, account_id: str, role: str | None, team: str | None) -> Access:
    """The access of an account, from its role, its team and the vault's scope setting."""
    role = role or "viewer"
    hidden = HIDDEN_FIELDS.get(role, {})
    assignees: frozenset[str] | None = None
    if role in SCOPED_ROLES and request_scope(conn) == SCOPE_ASSIGNED:
        members = {account_id}
        if team and team.strip():
            members.update(
                row[0]
                for row in conn.execute(
                    "SELECT id FROM account WHERE team = ? AND deleted = 0", (team.strip(),)
                )
            )
        assignees = frozenset(members)
    if not hidden and assignees is None:
        return Access(role=role, account_id=account_id)
    return Access(role=role, account_id=account_id, request_assignees=assignees, hidden=hidden)


def column_sql(access: Access, entity_type: str, column: str, alias: str = "t") -> str:
    """``alias.column``, or the ``HIDDEN`` marker when the role may not read it."""
    if column in access.hides(entity_type):
        return f"'{HIDDEN}'"
    return f"{alias}.{column}"


def redact(access: Access, entity_type: str, values: dict[str, Any]) -> dict[str, Any]:
    """Field values with the hidden ones removed (set to None)."""
    hidden = access.hides(entity_type)
    if not hidden:
        return values
    return {k: (None if k in hidden else v) for k, v in values.items()}


def refuse_request() -> PermissionDenied:
    return PermissionDenied(
        "This tracing request is not assigned to you or your team. Ask a coordinator."
    )


def check_write_access(
    conn: Any,
    access: Access,
    entity_type: str,
    values: Mapping[str, Any],
    changed: Iterable[str],
) -> None:
    """Refuse a write that needs what ``access`` may not read: a hidden field, or a request
    (or a part of one) outside the account's assignments. ``values``: the record as stored
    (or as created); ``changed``: the fields written."""
    hidden = access.hides(entity_type) & set(changed)
    if hidden:
        raise PermissionDenied(
            "Your role ({role}) may not see or change these fields: {fields}.",
            role=access.role,
            fields=", ".join(sorted(name.replace("_", " ") for name in hidden)),
        )
    if not access.scoped:
        return
    request_id: Any = None
    if entity_type == "tracing_request":
        if not access.may_see_request(values.get("assigned_to")):
            raise refuse_request()
        return
    if entity_type in REQUEST_CHILDREN:
        request_id = values.get(REQUEST_CHILDREN[entity_type])
    elif entity_type in OWNED_CHILDREN and values.get("owner_type") == "tracing_request":
        request_id = values.get("owner_id")
    if request_id:
        row = conn.execute(
            "SELECT assigned_to FROM tracing_request WHERE id = ?", (request_id,)
        ).fetchone()
        if row is not None and not access.may_see_request(row[0]):
            raise refuse_request()
