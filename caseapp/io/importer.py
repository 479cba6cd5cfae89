"""Import lists of prisoners or tracing requests: map columns, dry run, then one transaction.

The dry run (``plan_import``) reads nothing into the vault: it reports what would be created,
which rows look like records already in the vault (or earlier in the same file), and which rows
are invalid and why. ``apply_import`` writes the plan through the write path in one transaction:
by default a plan with invalid rows is refused whole, so a list is never half-imported silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from caseapp.domain.models import Entity, ImportBatch, PrisonerRecord, TracingRequest
from caseapp.errors import BadInput, FieldError, InvalidValue, ValidationError
from caseapp.io.tables import Table
from caseapp.matching.dates import iso_date
from caseapp.records import entity_class, load_entity
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress, step
from caseapp.vault.connection import Connection

KINDS: dict[str, type[Entity]] = {"prisoners": PrisonerRecord, "requests": TracingRequest}

#: Fields never taken from a file (set by the app itself).
_INTERNAL = {"import_batch_id", "assigned_to"}

#: Other spellings of column names seen in lists, mapped to our field names.
ALIASES = {
    "surname": "family_name",
    "last_name": "family_name",
    "lastname": "family_name",
    "прізвище": "family_name",
    "фамилия": "family_name",
    "first_name": "given_name",
    "firstname": "given_name",
    "name": "given_name",
    "ім'я": "given_name",
    "імя": "given_name",
    "имя": "given_name",
    "по батькові": "patronymic",
    "отчество": "patronymic",
    "middle_name": "patronymic",
    "dob": "birth_date",
    "date_of_birth": "birth_date",
    "дата народження": "birth_date",
    "дата рождения": "birth_date",
    "place_of_birth": "birth_place",
    "місце народження": "birth_place",
    "место рождения": "birth_place",
    "gender": "sex",
    "стать": "sex",
    "пол": "sex",
    "military_unit": "unit",
    "в/ч": "unit",
    "військова частина": "unit",
    "воинская часть": "unit",
    "personal_number": "service_number",
    "особистий номер": "service_number",
    "личный номер": "service_number",
}

_TRUE = {"1", "yes", "y", "true", "так", "да", "x"}
_FALSE = {"0", "no", "n", "false", "ні", "нет", ""}
_SEX = {"m": "M", "м": "M", "ч": "M", "male": "M", "f": "F", "ж": "F", "female": "F"}


def importable_fields(kind: str) -> tuple[str, ...]:
    cls = _entity_class(kind)
    return tuple(name for name in cls.field_names() if name not in _INTERNAL)


def _entity_class(kind: str) -> type[Entity]:
    try:
        return KINDS[kind]
    except KeyError:
        raise BadInput(f"Unknown list kind '{kind}': use prisoners or requests.") from None


def _header_key(header: str) -> str:
    return header.strip().casefold().replace("-", "_").replace(" ", "_")


def default_mapping(kind: str, headers: list[str]) -> dict[int, str]:
    """Column index -> field, guessed from the header names (exact field names or aliases)."""
    fields = set(importable_fields(kind))
    aliases = {_header_key(k): v for k, v in ALIASES.items()}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = _header_key(header)
        target = (
            key if key in fields else aliases.get(key) or aliases.get(header.strip().casefold())
        )
        if target in fields and target not in mapping.values():
            mapping[index] = target
    return mapping


def headers_key(headers: list[str]) -> str:
    """Identifies a list's layout (its column names), so a mapping is remembered per source."""
    joined = "\x1f".join(_header_key(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def remembered_mapping(conn: Connection, kind: str, headers: list[str]) -> dict[int, str] | None:
    """The mapping used the last time a list with these very columns was imported, if any."""
    row = conn.execute(
        "SELECT mapping FROM import_batch WHERE kind = ? AND headers_key = ? AND deleted = 0 "
        "AND mapping IS NOT NULL ORDER BY imported_at DESC, rowid DESC LIMIT 1",
        (kind, headers_key(headers)),
    ).fetchone()
    if row is None:
        return None
    try:
        stored = json.loads(row[0])
    except ValueError:
        return None
    fields = set(importable_fields(kind))
    mapping = {
        int(index): name
        for index, name in stored.items()
        if name in fields and 0 <= int(index) < len(headers)
    }
    return mapping or None


def suggested_mapping(conn: Connection, kind: str, headers: list[str]) -> dict[int, str]:
    """What the mapping step starts from: the remembered mapping, else one guessed from names."""
    return remembered_mapping(conn, kind, headers) or default_mapping(kind, headers)


def duplicate_key(family: str | None, given: str | None, birth: str | None) -> tuple[str, ...]:
    """Exact-looking duplicates only (same names, same birth year); fuzzy ones are matching's job."""

    def fold(text: str | None) -> str:
        decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
        return "".join(ch for ch in decomposed if ch.isalnum())

    return (fold(family), fold(given), (birth or "")[:4])


@dataclass
class RowIssue:
    row_number: int  # 1-based, counting the header as row 1, as a spreadsheet shows it
    errors: list[FieldError]

    def __str__(self) -> str:
        return f"row {self.row_number}: " + "; ".join(str(e) for e in self.errors)


@dataclass
class ImportPlan:
    kind: str
    source_name: str
    sha256: str
    mapping: dict[int, str]
    headers: list[str] = field(default_factory=list)
    source_date: str | None = None
    to_create: list[tuple[int, Entity]] = field(default_factory=list)
    invalid: list[RowIssue] = field(default_factory=list)
    #: (row number, reference of the existing record, or "row N" of an earlier row in the file)
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    already_imported: bool = False
    #: Rows whose ``ref`` names a record in the vault: (row number, record id, changed fields).
    to_update: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)
    #: Rows whose ``ref`` names a record that already holds the same values.
    unchanged: int = 0

    def summary(self) -> str:
        text = (
            f"{len(self.to_create)} to create, {len(self.duplicates)} possible duplicates, "
            f"{len(self.invalid)} invalid rows"
        )
        if self.to_update or self.unchanged:
            text += f", {len(self.to_update)} to update, {self.unchanged} unchanged"
        return text


def _convert(cls: type[Entity], name: str, raw: str) -> object:
    kind = cls.field_kind(name)
    value = raw.strip()
    if kind == "bool":
        folded = value.casefold()
        if folded in _TRUE:
            return True
        if folded in _FALSE:
            return False
        raise InvalidValue("not_yes_no")
    if not value:
        return None
    if kind == "number":
        try:
            return int(value) if value.lstrip("-").isdigit() else float(value.replace(",", "."))
        except ValueError:
            raise InvalidValue("not_a_number") from None
    if name in ("sex", "enquirer_sex"):
        return _SEX.get(value.casefold(), value)
    return value


def plan_import(
    conn: Connection,
    kind: str,
    table: Table,
    mapping: dict[int, str] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Dry run: validate every row and look for duplicates. Writes nothing."""
    cls = _entity_class(kind)
    mapping = default_mapping(kind, table.headers) if mapping is None else mapping
    if not mapping:
        raise BadInput(
            "No column of the file matches a known field. The first row must hold column "
            "names such as family_name, given_name, birth_date."
        )
    unknown = set(mapping.values()) - set(importable_fields(kind))
    if unknown:
        raise BadInput(
            "Unknown field(s) in the column mapping: {fields}", fields=", ".join(sorted(unknown))
        )
    plan = ImportPlan(
        kind,
        table.source_name,
        table.sha256,
        dict(mapping),
        headers=list(table.headers),
        source_date=table.source_date,
    )
    plan.already_imported = (
        conn.execute(
            "SELECT 1 FROM import_batch WHERE source_sha256 = ? AND deleted = 0 AND kind = ?",
            (table.sha256, kind),
        ).fetchone()
        is not None
    )
    ref_ids = {
        ref: record_id
        for record_id, ref in conn.execute(
            f"SELECT id, ref FROM {cls.ENTITY} WHERE deleted = 0 AND ref IS NOT NULL"
        )
    }
    refs_in_file: set[str] = set()
    existing: dict[tuple[str, ...], str] = {}
    for ref, family, given, birth in conn.execute(
        f"SELECT ref, family_name, given_name, birth_date FROM {cls.ENTITY} WHERE deleted = 0"
    ):
        existing.setdefault(duplicate_key(family, given, birth), ref or "")
    if progress:
        progress.start(len(table.rows), "Checking rows")
    for offset, row in enumerate(table.rows):
        row_number = offset + 2
        values: dict[str, object] = {}
        errors: list[FieldError] = []
        for index, name in mapping.items():
            try:
                cell = row[index] if index < len(row) else ""
                if cls.field_kind(name) == "date":  # 14.03.1998, 1998 р., 28 років...
                    cell = iso_date(cell, table.source_date)
                values[name] = _convert(cls, name, cell)
            except InvalidValue as exc:  # the cell's value is never quoted (personal data)
                errors.append(exc.field_error(name))
            except ValueError:
                errors.append(FieldError(name, "invalid_value"))
        ref = values.pop("ref", None)
        if ref is not None and not errors:
            # A reference number names one record: the row updates it, or is refused.
            if ref in refs_in_file:
                errors.append(FieldError("ref", "ref_twice_in_file"))
            elif ref not in ref_ids:
                errors.append(FieldError("ref", "ref_unknown"))
            else:
                refs_in_file.add(str(ref))
                _plan_update(conn, cls, plan, row_number, ref_ids[str(ref)], values, errors)
                step(progress)
                continue
        entity = cls(**values)  # type: ignore[arg-type]
        entity.normalise()
        errors.extend(entity.validate())
        if errors:
            plan.invalid.append(RowIssue(row_number, errors))
        else:
            key = duplicate_key(
                getattr(entity, "family_name", None),
                getattr(entity, "given_name", None),
                getattr(entity, "birth_date", None),
            )
            if key in existing:
                plan.duplicates.append((row_number, existing[key]))
            else:
                existing[key] = f"row {row_number}"
            plan.to_create.append((row_number, entity))
        step(progress)  # a dry run holds no transaction: a waiting save goes through here
    return plan


def _plan_update(
    conn: Connection,
    cls: type[Entity],
    plan: ImportPlan,
    row_number: int,
    record_id: str,
    values: dict[str, object],
    errors: list[FieldError],
) -> None:
    from caseapp.store import load_entity

    current = load_entity(conn, cls, record_id)
    if current is None:
        return
    updated = cls.from_fields(record_id, {**current.to_fields(), **values})
    updated.normalise()
    errors.extend(updated.validate())
    if errors:
        plan.invalid.append(RowIssue(row_number, errors))
        return
    old, new = current.to_fields(), updated.to_fields()
    changed = {name: new[name] for name in values if name in new and new[name] != old[name]}
    if changed:
        plan.to_update.append((row_number, record_id, changed))
    else:
        plan.unchanged += 1


@dataclass
class ImportResult:
    batch_id: str
    created: int
    changes: ChangeSet


def apply_import(
    session: Session,
    plan: ImportPlan,
    progress: Progress | None = None,
    *,
    skip_invalid: bool = False,
    again: bool = False,
) -> ImportResult:
    """Write the plan in one transaction; Cancel or any error rolls the whole list back.

    In the GUI (``progress.writer`` set) the import commits every ``SEGMENT_ROWS`` rows and
    whenever a short write (a record saved meanwhile) waits, lets that write through, and goes
    on in a new transaction: a save waits for one row and one small commit, never for a whole
    list. Should the import then be cancelled or fail, the rows of its earlier transactions
    are deleted again (journaled), so the list is still all or nothing; only a crash between
    two segments leaves the part already committed (the import batch names its rows). Rows
    that name an existing record by ``ref`` update it in the last transaction.

    A file imported before is refused unless ``again``: importing it twice would double every
    record it creates.
    """
    if plan.already_imported and not again and plan.to_create:
        raise BadInput(
            "This exact file was imported before; importing it again would create every row "
            "twice. Nothing was imported. Confirm to import it again anyway."
        )
    if plan.invalid and not skip_invalid:
        raise ValidationError(
            [
                FieldError(f"row {i.row_number}", "; ".join(str(e) for e in i.errors))  # no values
                for i in plan.invalid[:20]
            ]
        )
    if not plan.to_create and not plan.to_update:
        raise BadInput("There is nothing to import.")
    if progress:
        progress.start(len(plan.to_create) + len(plan.to_update), "Importing")
    batch = ImportBatch(
        kind=plan.kind,
        source_name=plan.source_name,
        source_sha256=plan.sha256,
        source_date=plan.source_date,
        imported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        row_count=len(plan.to_create),
        headers_key=headers_key(plan.headers) if plan.headers else None,
        mapping=json.dumps({str(i): n for i, n in sorted(plan.mapping.items())}),
    )
    cls = _entity_class(plan.kind)
    committed: list[ChangeSet] = []
    position = 0
    try:
        while not committed or position < len(plan.to_create):
            with session.transaction(f"import {plan.kind}") as txn:
                if not committed:
                    txn.create(batch)
                segment = 0
                while position < len(plan.to_create):
                    entity = plan.to_create[position][1]
                    entity.import_batch_id = batch.id  # type: ignore[attr-defined]
                    txn.create(entity)
                    position += 1
                    segment += 1
                    step(progress)
                    if (
                        progress is not None
                        and progress.writer is not None
                        and (segment >= SEGMENT_ROWS or progress.writer_wanted())
                    ):
                        break
                if position >= len(plan.to_create):
                    for _row_number, record_id, changed in plan.to_update:
                        txn.update(cls, record_id, **changed)
                        step(progress)
            committed.append(txn.changes)
            if progress is not None and position < len(plan.to_create):
                progress.let_writer_run()
    except BaseException:
        if committed:
            _undo_import(session, plan.kind, committed)
        raise
    return ImportResult(batch.id, len(plan.to_create), ChangeSet.union(committed))


#: Rows per transaction of an import in the GUI: the commit a waiting save may have to wait
#: for stays small. (A waiting save is looked for after every row: a lock and a queue length.)
SEGMENT_ROWS = 200


def _undo_import(session: Session, kind: str, committed: list[ChangeSet]) -> None:
    """Delete again what the committed part of a cancelled or failed import created."""
    with session.transaction(f"undo import {kind}") as txn:
        for changes in reversed(committed):
            for entity_type, ids in changes.created.items():
                cls = entity_class(entity_type)
                for entity_id in ids:
                    if load_entity(txn.conn, cls, entity_id) is not None:
                        txn.delete(cls, entity_id)
