"""Read a spreadsheet (CSV or XLSX) into header + text rows, with its SHA-256 for provenance."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from caseapp.errors import BadInput

MAX_ROWS = 1_000_000


@dataclass
class Table:
    source_name: str
    sha256: str
    headers: list[str]
    rows: list[list[str]]
    #: The file's modification date (ISO), kept as provenance with the records it creates.
    source_date: str | None = None

    def __len__(self) -> int:
        return len(self.rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_csv(raw: bytes) -> list[list[str]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(
            "The CSV file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."
        ) from None
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise BadInput("The CSV file cannot be read: {reason}", reason=exc) from None


def _read_xlsx(raw: bytes) -> list[list[str]]:
    import openpyxl  # imported here: only XLSX import needs it

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise BadInput("The XLSX file is damaged or is not an Excel workbook.") from None
    try:
        sheet = book.worksheets[0]
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_table(path: Path) -> Table:
    """Read CSV (UTF-8, comma/semicolon/tab) or XLSX (first sheet); the first row is the header."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadInput("The file does not exist.") from None
    except OSError:
        raise BadInput("The file cannot be read.") from None
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(raw)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _read_csv(raw)
    else:
        raise BadInput("Only .csv and .xlsx files can be imported.")
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        raise BadInput("The file is empty: it needs a header row and at least one data row.")
    if len(rows) > MAX_ROWS:
        raise BadInput("The file has more than {limit} rows; split it.", limit=MAX_ROWS)
    headers = [h.strip() for h in rows[0]]
    width = len(headers)
    body = [(row + [""] * width)[:width] for row in rows[1:]]
    try:
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        source_date: str | None = modified.isoformat(timespec="seconds")
    except OSError:
        source_date = None
    return Table(path.name, hashlib.sha256(raw).hexdigest(), headers, body, source_date)
