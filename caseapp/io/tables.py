"""Read a spreadsheet (CSV or XLSX) into header + text rows, with its SHA-256 for provenance."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from caseapp.errors import BadInput

MAX_ROWS = 1_000_000
#: The longest cell accepted, as the CSV reader's field limit: no real name or note is longer.
MAX_CELL = 131_072
#: All the text of one workbook together (shared strings + inline cells), in characters.
MAX_TEXT = 200_000_000
#: Any other part of a workbook (styles, relationships...), uncompressed, in bytes.
MAX_PART = 32 * 1024 * 1024

#: First characters that make a spreadsheet read a CSV cell as a formula (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """A CSV cell no spreadsheet evaluates; ``unescape_cell`` gives the value back."""
    if value is None:
        return ""
    if isinstance(value, str) and value and (value[0] in FORMULA_STARTS or value[0] == "'"):
        return "'" + value
    return value


def unescape_cell(text: str) -> str:
    """Undo ``csv_safe`` on import: a leading apostrophe before a formula start is dropped."""
    if len(text) > 1 and text[0] == "'" and (text[1] in FORMULA_STARTS or text[1] == "'"):
        return text[1:]
    return text


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


#: Legacy encodings a list may come in (Windows Excel's "CSV" in Ukraine and Russia is cp1251).
LEGACY_ENCODINGS = ("cp1251", "koi8_u", "koi8_r", "cp866", "mac_cyrillic", "cp1252")


def decode_text(raw: bytes) -> str | None:
    """The text of a CSV file: UTF-8 (with or without BOM), else the legacy encoding
    charset-normalizer finds most plausible among ``LEGACY_ENCODINGS``; None if none fits."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)).best()
    return None if best is None else str(best)


def _read_csv(raw: bytes) -> list[list[str]]:
    text = decode_text(raw)
    if text is None:
        raise BadInput(
            "The CSV file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."
        ) from None
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return [
            [unescape_cell(cell.strip()) for cell in row]
            for row in csv.reader(io.StringIO(text), dialect)
        ]
    except csv.Error as exc:
        raise BadInput("The CSV file cannot be read: {reason}", reason=exc) from None


def _damaged() -> BadInput:
    return BadInput("The XLSX file is damaged or is not an Excel workbook.")


class _Refused(Exception):
    """Raised inside the expat callbacks to stop a scan at once."""


def _scan_part(stream: Any, data_part: bool, budget: list[int]) -> None:
    """Stream one XML part through expat, counting rows and cell sizes as they arrive.

    Memory stays bounded whatever the part holds: expat hands text over in pieces, and the scan
    stops at the first row beyond ``MAX_ROWS``, the first cell beyond ``MAX_CELL`` characters or
    a document type declaration (entities: XXE, "billion laughs"), which no workbook needs.
    """
    parser = expat.ParserCreate()
    parser.buffer_text = True  # text in pieces of at most buffer_size: bounded, few calls
    parser.buffer_size = 1 << 16
    state = {"rows": 0, "cell": 0}

    def start(name: str, _attrs: Any) -> None:
        if ":" in name:  # a namespace prefix (x:row): rare
            name = name.rpartition(":")[2]
        if name == "c" or name == "si":
            state["cell"] = 0
        elif name == "row":
            state["rows"] += 1
            if state["rows"] > MAX_ROWS + 1:
                raise _Refused(f"The file has more than {MAX_ROWS} rows; split it.")

    def text(data: str) -> None:
        state["cell"] += len(data)
        budget[0] -= len(data)
        if data_part and state["cell"] > MAX_CELL:
            raise _Refused(f"A cell holds more than {MAX_CELL} characters; nothing was imported.")
        if budget[0] < 0:
            raise _Refused("The workbook holds too much text to import; split it.")

    def doctype(*_args: Any) -> None:
        raise _Refused("The XLSX file contains a document type declaration; it was not read.")

    parser.StartElementHandler = start
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    size = 0
    while chunk := stream.read(1 << 16):
        size += len(chunk)
        if not data_part and size > MAX_PART:
            raise _Refused("The workbook has a part too large to be a list; it was not read.")
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def check_xlsx(raw: bytes) -> None:
    """Refuse, early and in bounded memory, workbooks built to exhaust memory or read files."""
    budget = [MAX_TEXT]
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as book:
            names = book.namelist()
            if "xl/workbook.xml" not in names:
                raise _damaged()
            for info in book.infolist():
                if info.is_dir():
                    continue
                name = info.filename
                data_part = name.startswith("xl/worksheets/") or name == "xl/sharedStrings.xml"
                with book.open(info) as stream:
                    if name.endswith((".xml", ".rels")):
                        _scan_part(stream, data_part, budget)
                    else:
                        size = 0
                        while chunk := stream.read(1 << 16):
                            size += len(chunk)
                            if size > MAX_PART:
                                raise _Refused(
                                    "The workbook has a part too large to be a list; "
                                    "it was not read."
                                )
    except _Refused as exc:
        raise BadInput(str(exc)) from None
    except (zipfile.BadZipFile, expat.ExpatError, OSError, ValueError, EOFError, KeyError):
        raise _damaged() from None


def _read_xlsx(raw: bytes) -> list[list[str]]:
    import openpyxl  # imported here: only XLSX import needs it

    check_xlsx(raw)
    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # whatever a malformed workbook makes openpyxl raise: one clear line
        raise _damaged() from None
    try:
        if not book.worksheets:
            raise _damaged()
        sheet = book.worksheets[0]
        # XLSX cells are exported as text, unescaped: read them as they are.
        return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    except BadInput:
        raise
    except Exception:
        raise _damaged() from None
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
