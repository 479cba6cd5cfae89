"""Export a filtered list to CSV or XLSX: the columns a person chose, the rows they see.

Headers are field names and values are stored values (codes, ISO dates), so an exported list
imports again unchanged. CSV is written as UTF-8 with a byte-order mark, which Excel needs to
show Cyrillic. The file is written next to its target and renamed at the end, so a cancelled or
failed export never leaves half a list under the chosen name.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from caseapp.errors import BadInput
from caseapp.listing import ListFilter, columns_of, iter_rows
from caseapp.tasks import Progress, step
from caseapp.vault.connection import Connection

FORMATS = ("csv", "xlsx")


def _cell(value: Any) -> Any:
    return "" if value is None else value


def export_records(
    conn: Connection,
    kind: str,
    path: Path,
    columns: Sequence[str] | None = None,
    where: ListFilter | None = None,
    *,
    fmt: str | None = None,
    sort_field: str | None = None,
    descending: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write the list ``kind`` ("prisoners" or "requests") filtered by ``where`` to ``path``.

    ``columns`` defaults to every exportable field; ``fmt`` defaults to the file's suffix.
    Returns the number of rows written.
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise BadInput("Export to a .csv or .xlsx file.")
    chosen = list(columns) if columns else list(columns_of(kind))
    rows = iter_rows(conn, kind, where, chosen, sort_field=sort_field, descending=descending)
    if progress:
        from caseapp.listing import count

        progress.start(count(conn, kind, where), "Exporting")
    partial = path.with_name(path.name + ".part")
    written = 0
    try:
        if fmt == "csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(chosen)
                for row in rows:
                    writer.writerow([_cell(v) for v in row])
                    written += 1
                    if written % 500 == 0:
                        step(progress, 500)
        else:
            import openpyxl  # only XLSX needs it

            book = openpyxl.Workbook(write_only=True)
            sheet = book.create_sheet(kind)
            sheet.append(chosen)
            for row in rows:
                sheet.append([_cell(v) for v in row])
                written += 1
                if written % 500 == 0:
                    step(progress, 500)
            book.save(partial)
        os.replace(partial, path)
    except OSError:
        raise BadInput("The file cannot be written there. Choose another folder.") from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return written
