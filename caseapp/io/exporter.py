"""Export a filtered list to CSV or XLSX: the columns a person chose, the rows they see.

Headers are field names and values are stored values (codes, ISO dates), so an exported list
imports again unchanged. CSV is written as UTF-8 with a byte-order mark, which Excel needs to
show Cyrillic. Nothing is written outside the chosen file: the data goes to ``NAME.part`` next
to it (0600) and is renamed at the end (``caseapp.safefile``), so a cancelled or failed export
never leaves half a list under the chosen name, nor a copy in the system temp folder.

Names come from lists other people wrote, so a value may be a spreadsheet formula
(``=HYPERLINK(...)``). CSV cells that a spreadsheet would evaluate get a leading apostrophe
(OWASP's advice), which the importer removes again; XLSX cells are inline text, never formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from caseapp.errors import BadInput
from caseapp.io.tables import csv_safe
from caseapp.io.xlsx_write import write_xlsx
from caseapp.listing import ListFilter, columns_of, iter_rows
from caseapp.safefile import writing
from caseapp.tasks import Progress, step
from caseapp.vault.connection import Connection

FORMATS = ("csv", "xlsx")


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
    written = 0
    with writing(path) as handle:
        if fmt == "csv":
            text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
            writer = csv.writer(text)
            writer.writerow(chosen)
            for row in rows:
                writer.writerow([csv_safe(v) for v in row])
                written += 1
                if written % 500 == 0:
                    step(progress, 500)
            text.flush()
            text.detach()
        else:
            for written in write_xlsx(handle, kind, chosen, rows):
                if written % 500 == 0:
                    step(progress, 500)
    return written
