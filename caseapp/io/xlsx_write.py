"""A minimal streaming XLSX writer: one sheet, text as inline strings, numbers as numbers.

Why not openpyxl: at save time it writes every sheet in plaintext to ``/tmp/openpyxl.*`` (in
normal and write-only mode alike), which a crash leaves behind. This writer streams rows straight
into the zip inside the handle it is given (the ``.part`` next to the chosen file), in bounded
memory. Every text value is an inline string cell, which no spreadsheet evaluates: a name such as
``=HYPERLINK(...)`` stays text and reads back unchanged.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_BOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_BOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name={name} sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
_SHEET_END = "</sheetData></worksheet>"

# XML 1.0 cannot hold most control characters; spreadsheets write them as _xHHHH_.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(ref: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    text = _INVALID.sub(lambda m: f"_x{ord(m.group()):04X}_", str(value))
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def write_xlsx(
    handle: IO[bytes], sheet_name: str, header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> Iterable[int]:
    """Write the workbook; yields after each row so the caller can count and report progress."""
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _BOOK.format(name=quoteattr(sheet_name[:31])))
        book.writestr("xl/_rels/workbook.xml.rels", _BOOK_RELS)
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_START.encode())
            sheet.write(_row(1, header))
            for number, row in enumerate(rows, start=2):
                sheet.write(_row(number, row))
                yield number - 1
            sheet.write(_SHEET_END.encode())


def _row(number: int, row: Sequence[Any]) -> bytes:
    cells = "".join(_cell(f"{_column(i)}{number}", v) for i, v in enumerate(row))
    return f'<row r="{number}">{cells}</row>'.encode()


_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def write_workbook(
    handle: IO[bytes], sheets: Sequence[tuple[str, Sequence[str], Iterable[Sequence[Any]]]]
) -> None:
    """Several sheets (name, header, rows), with the same guarantees as ``write_xlsx``."""
    names: list[str] = []
    for name, _, _ in sheets:
        clean = _SHEET_NAME_BAD.sub(" ", name)[:31] or "Sheet"
        while clean in names:  # sheet names are unique in a workbook
            clean = f"{clean[:28]} {len(names) + 1}"
        names.append(clean)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    content_types = _CONTENT_TYPES.replace(
        _CONTENT_TYPES[_CONTENT_TYPES.index('<Override PartName="/xl/worksheets') : -8],
        overrides,
    )
    book_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/'
            f'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        + "</Relationships>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        + "".join(
            f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
            for i, name in enumerate(names, start=1)
        )
        + "</sheets></workbook>"
    )
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", content_types)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", workbook)
        book.writestr("xl/_rels/workbook.xml.rels", book_rels)
        for i, (_, header, rows) in enumerate(sheets, start=1):
            with book.open(f"xl/worksheets/sheet{i}.xml", "w", force_zip64=True) as sheet:
                sheet.write(_SHEET_START.encode())
                sheet.write(_row(1, header))
                for number, row in enumerate(rows, start=2):
                    sheet.write(_row(number, row))
                sheet.write(_SHEET_END.encode())
