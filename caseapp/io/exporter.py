"""Export a list of records to CSV or XLSX, with the columns the user chose.

Written only to the path the user gives; nothing is staged in a temp file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from caseapp.errors import BadInput
from caseapp.io.importer import KINDS, importable_fields
from caseapp.vault.connection import Connection


def default_columns(kind: str) -> list[str]:
    return ["ref", *[f for f in importable_fields(kind) if f != "ref"]]


def _rows(
    conn: Connection, kind: str, columns: Sequence[str], where: str, params: Sequence[Any]
) -> Iterator[list[object]]:
    table = KINDS[kind].ENTITY
    sql = f"SELECT {', '.join(columns)} FROM {table} WHERE deleted = 0"
    if where:
        sql += f" AND ({where})"
    yield from (list(row) for row in conn.execute(sql + " ORDER BY rowid", tuple(params)))


def export_records(
    conn: Connection,
    kind: str,
    path: Path,
    columns: Sequence[str] | None = None,
    where: str = "",
    params: Sequence[Any] = (),
) -> int:
    """Write the records to ``path`` (.csv or .xlsx); returns the number of rows written."""
    if kind not in KINDS:
        raise BadInput("Unknown list kind '{kind}': use prisoners or requests.", kind=kind)
    allowed = set(default_columns(kind))
    columns = list(columns or default_columns(kind))
    unknown = [c for c in columns if c not in allowed]
    if unknown:
        raise BadInput("Unknown column(s): {columns}", columns=", ".join(unknown))
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise BadInput("Export to a .csv or .xlsx file.")
    count = 0
    try:
        if suffix == ".csv":
            with open(path, "w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(columns)
                for row in _rows(conn, kind, columns, where, params):
                    writer.writerow(["" if v is None else v for v in row])
                    count += 1
        else:
            import openpyxl

            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet(kind)
            sheet.append(columns)
            for row in _rows(conn, kind, columns, where, params):
                sheet.append(row)
                count += 1
            book.save(path)
    except OSError:
        raise BadInput("Cannot write the file there; choose another place.") from None
    return count
