"""Prisoners' events (capture, transfer, visit…) to and from a CSV or XLSX file.

A record list has one row per person; events are many per person, so they travel in a file of
their own: one row per event, the person named by the reference number of the prisoner record
(``prisoner_ref``), dates as stored (a partial date, or a span: ``event_date`` …
``event_date_to``). An exported file imports again unchanged. An import checks every row first
and writes all of them in one transaction, or none: a bad row is reported with its line number.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from caseapp.domain.models import TimelineEvent
from caseapp.errors import BadInput
from caseapp.io.tables import Table, csv_safe, unescape_cell
from caseapp.io.xlsx_write import write_xlsx
from caseapp.safefile import writing
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress, step
from caseapp.vault.connection import Connection

#: The file's columns, in order; the first names the person, the rest are the event's fields.
EVENT_COLUMNS = (
    "prisoner_ref",
    "kind",
    "event_date",
    "event_date_to",
    "place",
    "details",
    "source_kind",
)
_FIELDS = EVENT_COLUMNS[1:]


def _rows(conn: Connection) -> list[tuple[object, ...]]:
    fields = ", ".join(f"e.{name}" for name in _FIELDS)
    return list(
        conn.execute(
            f"SELECT p.ref, {fields} FROM event e JOIN prisoner p ON p.id = e.prisoner_id "
            "WHERE e.deleted = 0 AND p.deleted = 0 ORDER BY p.ref, e.event_date, e.rowid"
        )
    )


def export_events(conn: Connection, path: Path, progress: Progress | None = None) -> int:
    """Write every event to ``path`` (.csv or .xlsx); returns the number of rows written."""
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in ("csv", "xlsx"):
        raise BadInput("Export to a .csv or .xlsx file.")
    rows = _rows(conn)
    if progress:
        progress.start(len(rows), "Exporting")
    with writing(path) as handle:
        if fmt == "csv":
            text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
            writer = csv.writer(text)
            writer.writerow(EVENT_COLUMNS)
            for row in rows:
                writer.writerow([csv_safe(v) for v in row])
                step(progress)
            text.flush()
            text.detach()
        else:
            for _written in write_xlsx(handle, "events", EVENT_COLUMNS, rows):
                step(progress)
    return len(rows)


def import_events(session: Session, table: Table, progress: Progress | None = None) -> ChangeSet:
    """Add the events of ``table`` (columns as ``EVENT_COLUMNS``; others are refused)."""
    headers = [h.strip().lstrip("\ufeff").lower() for h in table.headers]
    unknown = [h for h in headers if h and h not in EVENT_COLUMNS]
    if "prisoner_ref" not in headers or "kind" not in headers or unknown:
        raise BadInput(
            "An events file needs the columns {columns} (unknown: {unknown}).",
            columns=", ".join(EVENT_COLUMNS),
            unknown=", ".join(unknown) or "none",
        )
    conn = session.conn
    refs = {
        str(ref): str(pid)
        for ref, pid in conn.execute("SELECT ref, id FROM prisoner WHERE deleted = 0")
    }
    events: list[TimelineEvent] = []
    for number, raw in enumerate(table.rows, start=2):  # line 1 is the header
        values = {h: unescape_cell(v).strip() for h, v in zip(headers, raw, strict=False) if h}
        if not any(values.values()):
            continue
        prisoner_id = refs.get(values.get("prisoner_ref", ""))
        if prisoner_id is None:
            raise BadInput(
                "Line {line}: no prisoner record has the reference {ref}.",
                line=number,
                ref=values.get("prisoner_ref", ""),
            )
        event = TimelineEvent(prisoner_id=prisoner_id)
        for name in _FIELDS:
            setattr(event, name, values.get(name) or None)
        event.normalise()
        errors = event.validate()
        if errors:
            raise BadInput(
                "Line {line}: {errors}.",
                line=number,
                errors="; ".join(f"{e.field}: {e.message}" for e in errors),
            )
        events.append(event)
    if progress:
        progress.start(len(events), "Importing events")
    with session.transaction("import events") as txn:
        for event in events:
            txn.create(event)
            step(progress)
    return txn.changes


__all__ = ["EVENT_COLUMNS", "export_events", "import_events"]
