"""Round lists in versions: read a list with the casework import's column mapping and readers,
keep each name exactly as written, and chain versions so that a new one shows what was added,
removed and changed since the previous one (entries keep their identity across versions).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from caseapp.domain.dates import PartialDate
from caseapp.domain.models import ENTRY_CATEGORIES, LIST_DIRECTIONS, RoundEntry, RoundList, new_id
from caseapp.errors import BadInput, FieldError
from caseapp.io.importer import RowIssue, default_mapping, headers_key
from caseapp.io.tables import Table
from caseapp.matching.phonetic import skeleton
from caseapp.rounds.core import (
    check_side,
    current_entries,
    latest_list,
    list_entries,
    require_open,
    require_round,
)
from caseapp.store import ChangeSet, Session, load_entity
from caseapp.tasks import Progress, step
from caseapp.vault.connection import Connection

#: What a round list's columns may hold (identity fields as the casework import reads them).
ENTRY_FIELDS = (
    "name_as_written",
    "family_name",
    "given_name",
    "patronymic",
    "birth_date",
    "unit",
    "service_number",
    "rank",
    "category",
    "note",
)
#: Column names for the fields the casework import does not know.
LIST_ALIASES = {
    "full_name": "name_as_written",
    "fullname": "name_as_written",
    "name_as_written": "name_as_written",
    "піб": "name_as_written",
    "п.і.б.": "name_as_written",
    "фио": "name_as_written",
    "ф.и.о.": "name_as_written",
    "category": "category",
    "категорія": "category",
    "категория": "category",
    "rank": "rank",
    "звання": "rank",
    "звание": "rank",
    "note": "note",
    "примітка": "note",
    "примечание": "note",
}
CATEGORY_WORDS = {
    "pow": "pow",
    "military": "pow",
    "військовополонений": "pow",
    "військовий": "pow",
    "военнопленный": "pow",
    "военный": "pow",
    "civilian": "civilian",
    "цивільний": "civilian",
    "гражданский": "civilian",
    "wounded_sick": "wounded_sick",
    "wounded": "wounded_sick",
    "sick": "wounded_sick",
    "поранений": "wounded_sick",
    "раненый": "wounded_sick",
    "minor": "minor",
    "неповнолітній": "minor",
    "несовершеннолетний": "minor",
    "remains": "remains",
    "тіло": "remains",
    "тела": "remains",
}
#: Fields compared between versions ("changed" when any differs).
COMPARED = ("name_as_written", "birth_date", "unit", "service_number", "rank", "category")
#: Decisions and states carried from an entry to the same person's entry in the next version.
CARRIED = (
    "prisoner_id",
    "match_status",
    "candidates",
    "decided_by",
    "decided_at",
    "priority_reasons",
    "interview_done",
    "interview_date",
    "wishes_return",
    "medically_fit",
)


def _key(header: str) -> str:
    return header.strip().casefold().replace("-", "_").replace(" ", "_")


def suggest_list_mapping(conn: Connection, headers: list[str]) -> dict[int, str]:
    """The mapping used last time for a list with these columns, else one guessed from the
    names (the casework import's aliases, plus full-name and category columns)."""
    return remembered_list_mapping(conn, headers) or guess_list_mapping(headers)


def remembered_list_mapping(conn: Connection, headers: list[str]) -> dict[int, str] | None:
    """The mapping chosen for the last round list with these very columns (kept on the list,
    keyed by the casework import's ``headers_key``), if any."""
    wanted = headers_key(headers)
    for (stored,) in conn.execute(
        "SELECT mapping FROM round_list WHERE deleted = 0 AND mapping IS NOT NULL "
        "ORDER BY rowid DESC"
    ):
        try:
            data = json.loads(stored)
        except ValueError:
            continue
        if data.get("headers_key") == wanted:
            remembered = {
                int(i): name
                for i, name in data.get("mapping", {}).items()
                if name in ENTRY_FIELDS and 0 <= int(i) < len(headers)
            }
            if remembered:
                return remembered
    return None


def guess_list_mapping(headers: list[str]) -> dict[int, str]:
    """A mapping guessed from the column names alone."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        target = LIST_ALIASES.get(_key(header)) or LIST_ALIASES.get(header.strip().casefold())
        if target and target not in mapping.values():
            mapping[index] = target
    for index, name in default_mapping("prisoners", headers).items():
        if name in ENTRY_FIELDS and index not in mapping and name not in mapping.values():
            mapping[index] = name
    return mapping


def chosen_mapping(
    conn: Connection, headers: list[str], columns: list[str] | None = None
) -> dict[int, str]:
    """The suggested mapping with the user's choices on top: each choice is
    ``COLUMN=field`` (a column's name or its number from 1; field ``ignore`` leaves it out),
    the CLI's form of the GUI's mapping step."""
    mapping = suggest_list_mapping(conn, headers)
    keys = [_key(h) for h in headers]
    for choice in columns or []:
        column, sep, name = choice.rpartition("=")
        column, name = column.strip(), name.strip()
        if not sep or not column:
            raise BadInput(
                "Write a column choice as COLUMN=field, for example 'ПІБ=name_as_written'."
            )
        if name != "ignore" and name not in ENTRY_FIELDS:
            raise BadInput(
                "Unknown field '{name}': use one of {fields}, or ignore.",
                name=name,
                fields=", ".join(ENTRY_FIELDS),
            )
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif _key(column) in keys:
            index = keys.index(_key(column))
        else:
            raise BadInput("The list has no column '{column}'.", column=column)
        mapping = {i: n for i, n in mapping.items() if i != index and n != name}
        if name != "ignore":
            mapping[index] = name
    return mapping


_DOTTED = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


def _iso_date(text: str) -> str:
    """Lists write dates as DD.MM.YYYY (or DD/MM/YYYY); the vault keeps YYYY-MM-DD."""
    found = _DOTTED.match(text.strip())
    if found:
        day, month, year = found.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    return text


def split_name(text: str) -> tuple[str | None, str | None, str | None]:
    """Family, given, patronymic from a full name in list order (family name first)."""
    words = text.replace(",", " ").split()
    if not words:
        return None, None, None
    family = words[0]
    given = words[1] if len(words) > 1 else None
    patronymic = " ".join(words[2:]) or None
    return family, given, patronymic


@dataclass
class ListPlan:
    """A list read and checked, not yet stored."""

    source_name: str
    sha256: str
    headers: list[str]
    mapping: dict[int, str]
    entries: list[RoundEntry] = field(default_factory=list)
    invalid: list[RowIssue] = field(default_factory=list)


def plan_list(table: Table, mapping: dict[int, str] | None = None) -> ListPlan:
    """Read each row into an entry; rows without a name or with a bad date or category are
    invalid (reported with their row number). Writes nothing."""
    mapping = dict(mapping) if mapping else {}
    if not mapping:
        raise BadInput(
            "No column of the list matches a known field. The first row must name the columns "
            "(for example full_name or family_name, given_name, birth_date)."
        )
    unknown = set(mapping.values()) - set(ENTRY_FIELDS)
    if unknown:
        raise BadInput("Unknown field(s) in the column mapping: {names}", names=sorted(unknown))
    plan = ListPlan(table.source_name, table.sha256, list(table.headers), mapping)
    for offset, row in enumerate(table.rows):
        row_number = offset + 2
        values = {name: (row[i] if i < len(row) else "").strip() for i, name in mapping.items()}
        extra = {
            table.headers[i] or f"column {i + 1}": cell
            for i, cell in enumerate(row)
            if i not in mapping and cell.strip()
        }
        errors: list[FieldError] = []
        written = values.get("name_as_written") or " ".join(
            values.get(n, "") for n in ("family_name", "given_name", "patronymic") if values.get(n)
        )
        if not written.strip():
            errors.append(FieldError("name_as_written", "the row has no name"))
        family, given, patronymic = (
            (values.get("family_name"), values.get("given_name"), values.get("patronymic"))
            if any(values.get(n) for n in ("family_name", "given_name"))
            else split_name(written)
        )
        birth = values.get("birth_date") or None
        if birth:
            try:
                birth = str(PartialDate.parse(_iso_date(birth)))
            except ValueError as exc:
                errors.append(FieldError("birth_date", str(exc)))
        category = "pow"
        if values.get("category"):
            category = CATEGORY_WORDS.get(_key(values["category"]), _key(values["category"]))
            if category not in ENTRY_CATEGORIES:
                errors.append(FieldError("category", f"'{values['category']}' is not a category"))
        if errors:
            plan.invalid.append(RowIssue(row_number, errors))
            continue
        plan.entries.append(
            RoundEntry(
                row_number=row_number,
                name_as_written=written,
                family_name=family or None,
                given_name=given or None,
                patronymic=patronymic or None,
                birth_date=birth,
                unit=values.get("unit") or None,
                service_number=values.get("service_number") or None,
                rank=values.get("rank") or None,
                category=category,
                note=values.get("note") or None,
                extra=json.dumps(extra, ensure_ascii=False) if extra else None,
            )
        )
    if not plan.entries:
        raise BadInput(
            "None of the {count} rows of the list can be used: {first}. Nothing was imported.",
            count=len(plan.invalid),
            first=str(plan.invalid[0]) if plan.invalid else "the list is empty",
        )
    return plan


def _identity_keys(entry: RoundEntry) -> list[str]:
    keys = []
    number = "".join(ch for ch in (entry.service_number or "") if ch.isalnum()).upper()
    if number:
        keys.append("s:" + number)
    name = skeleton(entry.name_as_written or "")
    if name:
        keys.append(f"n:{name}|{entry.birth_date or ''}")
        keys.append("n:" + name)
    return keys


def _carry_identity(previous: list[RoundEntry], entries: list[RoundEntry]) -> None:
    """Give each new entry the key of the same person's entry in the previous version (same
    service number, else same name and birth date, else same name when that is unique)."""
    index: dict[str, list[RoundEntry]] = {}
    for old in previous:
        for key in _identity_keys(old):
            index.setdefault(key, []).append(old)
    used: set[str] = set()
    for entry in entries:
        match = None
        for key in _identity_keys(entry):
            found = [o for o in index.get(key, ()) if o.id not in used]
            if len(found) == 1:
                match = found[0]
                break
        if match is None:
            entry.entry_key = new_id()
            continue
        used.add(match.id)
        entry.entry_key = match.entry_key or match.id
        for name in CARRIED:
            setattr(entry, name, getattr(match, name))
        if entry.category == "pow" and match.category != "pow":
            entry.category = match.category


@dataclass
class ListImportResult:
    list_id: str
    version: int
    created: int
    invalid: int
    changes: ChangeSet


def import_list(
    session: Session,
    round_id: str,
    plan: ListPlan,
    *,
    side: str,
    direction: str,
    list_date: str | None = None,
    counterpart: str | None = None,
    received: bool = True,
    skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ListImportResult:
    """Store the plan as the next version of the round's (side, direction) list: one
    transaction. A plan with invalid rows is refused whole unless ``skip_invalid``."""
    check_side(side)
    if direction not in LIST_DIRECTIONS:
        raise BadInput(
            "Unknown list '{direction}': use requested, offered or returned.", direction=direction
        )
    if plan.invalid and not skip_invalid:
        raise BadInput(
            "{count} invalid row(s), for example {first}: nothing was imported.",
            count=len(plan.invalid),
            first=str(plan.invalid[0]),
        )
    if progress:
        progress.start(len(plan.entries), "Importing the list")
    with session.transaction("import round list") as txn:
        exchange = require_round(txn.conn, round_id)
        require_open(exchange)
        if direction == "returned" and not any(
            e.match_status == "confirmed" for e in current_entries(txn.conn, exchange.id, side)
        ):
            raise BadInput(
                "A returned list is reconciled with the confirmed entries of the agreed list, "
                "and this side has none yet: confirm the matches first. Nothing was imported."
            )
        previous = latest_list(txn.conn, exchange.id, side, direction)
        version = (previous.version or 0) + 1 if previous else 1
        mapping = {"headers_key": headers_key(plan.headers), "mapping": plan.mapping}
        round_list = txn.create(
            RoundList(
                round_id=exchange.id,
                side=side,
                direction=direction,
                version=version,
                list_date=list_date,
                source_name=plan.source_name,
                source_sha256=plan.sha256,
                supersedes_id=previous.id if previous else None,
                counterpart=counterpart,
                received=received,
                mapping=json.dumps(mapping, ensure_ascii=False),
            )
        )
        old = list_entries(txn.conn, previous.id) if previous else []
        entries = [RoundEntry(**_fields(e)) for e in plan.entries]
        _carry_identity(old, entries)
        for entry in entries:
            entry.list_id = round_list.id
            txn.create(entry)
            step(progress)
    return ListImportResult(round_list.id, version, len(entries), len(plan.invalid), txn.changes)


def _fields(entry: RoundEntry) -> dict[str, Any]:
    values: dict[str, Any] = {f: v for f, v in entry.to_fields().items() if v is not None}
    for name in ("interview_done", "released"):
        values[name] = bool(values.get(name))
    return values


@dataclass
class ListDiff:
    """What a version changed since the one it supersedes (entries of the new version, except
    ``removed``, which are entries of the previous one)."""

    added: list[RoundEntry] = field(default_factory=list)
    removed: list[RoundEntry] = field(default_factory=list)
    changed: list[tuple[RoundEntry, RoundEntry, list[str]]] = field(default_factory=list)
    unchanged: int = 0


def list_diff(conn: Connection, list_id: str) -> ListDiff:
    round_list = load_entity(conn, RoundList, list_id)
    if round_list is None:
        raise BadInput("This list no longer exists.")
    new = list_entries(conn, list_id)
    diff = ListDiff()
    if not round_list.supersedes_id:
        diff.added = new
        return diff
    old = {e.entry_key or e.id: e for e in list_entries(conn, round_list.supersedes_id)}
    seen: set[str] = set()
    for entry in new:
        key = entry.entry_key or entry.id
        before = old.get(key)
        if before is None:
            diff.added.append(entry)
            continue
        seen.add(key)
        fields_changed = [f for f in COMPARED if getattr(before, f) != getattr(entry, f)]
        if fields_changed:
            diff.changed.append((before, entry, fields_changed))
        else:
            diff.unchanged += 1
    diff.removed = [e for k, e in old.items() if k not in seen]
    return diff
