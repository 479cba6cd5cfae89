"""CSV in and out for matching without a vault (``caseapp match``, ``caseapp duplicates``).

Input: UTF-8 CSV with a header; columns ``record_id`` or ``request_id``, ``family_name``,
``given_name``, ``patronymic``, ``sex`` (M/F), ``birth_date`` (as lists write it: 14.03.1998,
1998-03-14, 03.1998, 1998 р., a spreadsheet date number, or an age with ``list_date``),
``birth_place``, ``service_number``, ``unit``, ``list_date`` (the date of the list, ISO), and
``full_name`` (the whole name in one cell, used when ``family_name`` is empty: its parts are read
by their shape and the name tables); extra columns are ignored, any value may be empty.
Errors name the file and line, never a value from it (values are personal data).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from caseapp.errors import BadInput
from caseapp.io.tables import decode_text
from caseapp.matching.dates import parse_birth_date
from caseapp.matching.explain import reasons_text
from caseapp.matching.index import MatchResult
from caseapp.matching.person import PersonInput

FIELDS = (
    "family_name",
    "given_name",
    "patronymic",
    "sex",
    "birth_date",
    "birth_place",
    "service_number",
    "unit",
)
MATCH_COLUMNS = ("request_id", "rank", "record_id", "score", "band", "reasons")
DUPLICATE_COLUMNS = ("record_id_a", "record_id_b", "score", "band", "reasons")
_SEXES = {"M", "F", "М", "Ж", "Ч"}


@dataclass
class ReadResult:
    people: list[PersonInput]
    #: Line numbers whose bad values were dropped (with ``skip_bad_values``).
    skipped_lines: list[int] = field(default_factory=list)


def read_people(
    path: Path, id_column: str, label: str, *, skip_bad_values: bool = False
) -> ReadResult:
    """Read one input file; raise ``BadInput`` with a one-line reason if it cannot be used.

    A bad ``birth_date`` or ``sex`` stops the run with its line number, or, with
    ``skip_bad_values``, is treated as unknown and its line reported in ``skipped_lines``.
    """
    try:
        text = decode_text(path.read_bytes())  # UTF-8 with or without BOM, or cp1251 etc.
        if text is None:
            raise UnicodeDecodeError("utf-8", b"", 0, 1, "not text")
        return _read(
            csv.DictReader(io.StringIO(text, newline="")), id_column, label, skip_bad_values
        )
    except FileNotFoundError:
        raise BadInput(f"The {label} file does not exist: {path}") from None
    except IsADirectoryError:
        raise BadInput(f"The {label} file is a folder: {path}") from None
    except UnicodeDecodeError:
        raise BadInput(f"The {label} file is not UTF-8 text: {path}") from None
    except OSError as exc:
        raise BadInput(f"Cannot read the {label} file {path}: {exc.strerror}") from None
    except csv.Error as exc:
        raise BadInput(f"The {label} file is not valid CSV: {exc}") from None


def _read(reader: csv.DictReader[str], id_column: str, label: str, skip: bool) -> ReadResult:
    header = [name.strip() for name in reader.fieldnames or ()]
    if id_column not in header and "ref" in header:
        id_column = "ref"  # the app's own export: records are known by their reference
    if id_column not in header:
        raise BadInput(f"The {label} file has no '{id_column}' column in its header line.")
    reader.fieldnames = header
    result = ReadResult([])
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        values = {key: (value or "").strip() for key, value in row.items() if key}
        record_id = values.get(id_column, "")
        if not record_id:
            raise BadInput(f"{label.capitalize()} file, line {line}: '{id_column}' is empty.")
        if record_id in seen:
            raise BadInput(
                f"{label.capitalize()} file, line {line}: '{id_column}' repeats an earlier row's."
            )
        seen.add(record_id)
        person = {name: values.get(name) or None for name in FIELDS}
        list_date = values.get("list_date") or None
        if not person["family_name"] and values.get("full_name"):
            person["family_name"] = values["full_name"]
        bad = _bad_values(person, list_date)
        if bad and not skip:
            raise BadInput(
                f"{label.capitalize()} file, line {line}: {bad[0]} "
                "(use --skip-bad-values to match such rows without the bad value)."
            )
        if bad:
            result.skipped_lines.append(line)
            if person["birth_date"] and any(b.startswith("birth_date") for b in bad):
                person["birth_date"] = None
            if person["sex"] and any(b.startswith("sex") for b in bad):
                person["sex"] = None
        result.people.append(
            PersonInput(
                id=record_id,
                family_name=person["family_name"],
                given_name=person["given_name"],
                patronymic=person["patronymic"],
                sex=person["sex"],
                birth_date=person["birth_date"],
                birth_place=person["birth_place"],
                service_number=person["service_number"],
                unit=person["unit"],
                list_date=list_date,
            )
        )
    return result


def _bad_values(person: dict[str, str | None], list_date: str | None = None) -> list[str]:
    bad = []
    try:
        parse_birth_date(person["birth_date"], list_date)
    except ValueError as exc:  # the reason quotes no value
        bad.append(f"birth_date is not a date ({exc})")
    sex = person["sex"]
    if sex and sex.upper() not in _SEXES:
        bad.append("sex must be M or F")
    return bad


def match_rows(
    request_id: str, results: Sequence[MatchResult], lang: str = "en"
) -> list[tuple[str, ...]]:
    """The output rows for one request, best first (a ``match_many`` transform)."""
    return [
        (
            request_id,
            str(rank),
            result.record_id,
            f"{result.score:.1f}",
            result.band,
            reasons_text(result.reasons, lang),
        )
        for rank, result in enumerate(results, start=1)
    ]


def write_matches(path: Path, rows: Iterable[list[tuple[str, ...]]]) -> int:
    """Write the header and each request's rows; returns the number of rows written."""
    from caseapp.io.tables import csv_safe
    from caseapp.safefile import writing

    count = 0
    with writing(path) as raw:  # 0600, through NAME.part; names cannot become formulas
        handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.writer(handle)
        writer.writerow(MATCH_COLUMNS)
        for request_rows in rows:
            writer.writerows([csv_safe(v) for v in row] for row in request_rows)
            count += len(request_rows)
        handle.flush()
        handle.detach()
    return count
