"""Who may change what. Checked by the write path, so no screen or command can bypass it."""

from __future__ import annotations

from caseapp.errors import PermissionDenied

_CASEWORK = frozenset(
    {
        "prisoner",
        "tracing_request",
        "name_form",
        "fact_source",
        "detention",
        "event",
        "contact_log",
        "link",
        "attachment",
        "import_batch",
        "saved_filter",
        "merge_mark",
    }
)

#: Entity types each role may create, change or delete. ``*`` = everything.
WRITE_PERMISSIONS: dict[str, frozenset[str]] = {
    "admin": frozenset({"*"}),
    "coordinator": _CASEWORK
    | {
        "exchange_framework",
        "exchange_round",
        "round_quota",
        "round_list",
        "round_entry",
        "letter",
    },
    "caseworker": _CASEWORK,
    "liaison": frozenset(
        {"tracing_request", "contact_log", "link", "letter", "saved_filter", "attachment"}
    ),
    "viewer": frozenset({"saved_filter"}),
}


def may_write(role: str, entity_type: str) -> bool:
    allowed = WRITE_PERMISSIONS.get(role, frozenset())
    return "*" in allowed or entity_type in allowed


def check_write(role: str, entity_type: str) -> None:
    if not may_write(role, entity_type):
        raise PermissionDenied(
            "Your role ({role}) may not change {kind} data.",
            role=role,
            kind=entity_type.replace("_", " "),
        )


def may_manage_accounts(role: str) -> bool:
    return role == "admin"


#: Roles that may write a whole list to a plaintext file (CSV/XLSX). A viewer reads on screen
#: only: an export is a copy of addresses, phones and safety notes outside the vault.
EXPORT_ROLES = frozenset({"admin", "coordinator", "caseworker", "liaison"})


def may_export(role: str) -> bool:
    return role in EXPORT_ROLES


def check_export(role: str) -> None:
    if not may_export(role):
        raise PermissionDenied("Your role ({role}) may not export lists to files.", role=role)
