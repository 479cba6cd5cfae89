"""``caseapp match`` / ``caseapp duplicates`` on CSV files: output contract and bad input."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from caseapp.cli import main

PRISONERS = """record_id,family_name,given_name,patronymic,sex,birth_date,birth_place,service_number,unit,notes
R1,Коваленко,Александр,Николаевич,M,1985-03-12,Киев,,,first list
R2,Коваленко,Сергей,Николаевич,M,1988-07-01,Киев,,,
R3,Shevchenko,Taras,,M,1992-05,Kyiv,AA123456,,
R4,Kovalenko,Oleksandr,Mykolaiovych,M,1985-03-12,Kyiv,,,second list
"""
REQUESTS = """request_id,family_name,given_name,patronymic,sex,birth_date,birth_place
Q1,Коваленко,Олександр,Миколайович,M,1985-12-03,Київ
Q2,Шевченко,Тарас,,,,
Q3,Нікому,Невідомий,,,1950,
"""


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_match_writes_the_contract_columns_best_first(tmp_path: Path) -> None:
    p, r, out = (
        _write(tmp_path / "p.csv", PRISONERS),
        _write(tmp_path / "r.csv", REQUESTS),
        tmp_path / "m.csv",
    )
    assert (
        main(
            ["match", "--prisoners", str(p), "--requests", str(r), "--top", "2", "--out", str(out)]
        )
        == 0
    )
    rows = _read(out)
    assert list(rows[0]) == ["request_id", "rank", "record_id", "score", "band", "reasons"]
    q1 = [row for row in rows if row["request_id"] == "Q1"]
    assert [row["rank"] for row in q1] == ["1", "2"]
    assert {row["record_id"] for row in q1} == {"R1", "R4"}
    assert float(q1[0]["score"]) >= float(q1[1]["score"])
    assert "given name: Александр ≈ Олександр (Russian form)" in next(
        row["reasons"] for row in q1 if row["record_id"] == "R1"
    )
    q2 = [row for row in rows if row["request_id"] == "Q2"]
    assert q2[0]["record_id"] == "R3" and q2[0]["band"] in ("strong", "possible", "weak")
    assert all(len([x for x in rows if x["request_id"] == q]) <= 2 for q in ("Q1", "Q2", "Q3"))


def test_reasons_in_ukrainian(tmp_path: Path) -> None:
    p, r, out = (
        _write(tmp_path / "p.csv", PRISONERS),
        _write(tmp_path / "r.csv", REQUESTS),
        tmp_path / "m.csv",
    )
    assert (
        main(
            [
                "match",
                "--prisoners",
                str(p),
                "--requests",
                str(r),
                "--out",
                str(out),
                "--lang",
                "uk",
            ]
        )
        == 0
    )
    assert "(російська форма)" in _read(out)[0]["reasons"] + _read(out)[1]["reasons"]


def _run_bad(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], prisoners: str | None, requests: str
) -> str:
    p = _write(tmp_path / "p.csv", prisoners) if prisoners is not None else tmp_path / "missing.csv"
    r = _write(tmp_path / "r.csv", requests)
    code = main(
        ["match", "--prisoners", str(p), "--requests", str(r), "--out", str(tmp_path / "m.csv")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    return err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "prisoners file does not exist" in _run_bad(tmp_path, capsys, None, REQUESTS)


def test_missing_id_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _run_bad(tmp_path, capsys, PRISONERS, "id,family_name\nQ1,Коваленко\n")
    assert "no 'request_id' column" in err


def test_bad_date_names_the_line_not_the_person(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    requests = "request_id,family_name,birth_date\nQ1,Коваленко,1985\nQ2,Секретенко,весна 1985\n"
    err = _run_bad(tmp_path, capsys, PRISONERS, requests)
    assert "Requests file, line 3: birth_date is not a date" in err
    assert "Секретенко" not in err and "весна" not in err


def test_bad_date_skipped_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = _write(tmp_path / "p.csv", PRISONERS)
    r = _write(
        tmp_path / "r.csv",
        "request_id,family_name,given_name,birth_date\nQ1,Коваленко,Сергій,1988-13-01\n",
    )
    out = tmp_path / "m.csv"
    args = [
        "match",
        "--prisoners",
        str(p),
        "--requests",
        str(r),
        "--out",
        str(out),
        "--skip-bad-values",
    ]
    assert main(args) == 0
    assert "line(s): 2" in capsys.readouterr().err
    assert _read(out)[0]["record_id"] == "R2"


def test_not_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file in no text encoding (here: binary) is refused with one line; a cp1251 list is
    read (``test_match_reads_the_apps_own_exports_and_cp1251_lists``)."""
    p = tmp_path / "p.csv"
    p.write_bytes(b"\x00\x01\x02\xff\xfe\x89PNG" * 200)
    r = _write(tmp_path / "r.csv", REQUESTS)
    assert (
        main(
            ["match", "--prisoners", str(p), "--requests", str(r), "--out", str(tmp_path / "m.csv")]
        )
        == 2
    )
    assert "not UTF-8" in capsys.readouterr().err


def test_duplicates_command(tmp_path: Path) -> None:
    p, out = _write(tmp_path / "p.csv", PRISONERS), tmp_path / "d.csv"
    assert main(["duplicates", "--prisoners", str(p), "--out", str(out)]) == 0
    rows = _read(out)
    assert list(rows[0]) == ["record_id_a", "record_id_b", "score", "band", "reasons"]
    assert [(row["record_id_a"], row["record_id_b"]) for row in rows] == [("R1", "R4")]


def test_help_documents_bad_values(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["match", "--help"])
    assert "--skip-bad-values" in capsys.readouterr().out


def test_match_reads_the_apps_own_exports_and_cp1251_lists(tmp_path: Path) -> None:
    """Exports say ``ref`` and start with a UTF-8 BOM; Excel's CSV in Ukraine is cp1251."""
    exported = PRISONERS.replace("record_id,", "ref,").replace("R1,", "PR-2026-AB12-00001,")
    p = tmp_path / "p.csv"
    p.write_bytes("\ufeff".encode() + exported.encode("utf-8"))
    r = tmp_path / "r.csv"
    r.write_bytes(REQUESTS.encode("cp1251"))
    out = tmp_path / "m.csv"
    assert main(["match", "--prisoners", str(p), "--requests", str(r), "--out", str(out)]) == 0
    q1 = [row for row in _read(out) if row["request_id"] == "Q1"]
    assert "PR-2026-AB12-00001" in {row["record_id"] for row in q1}
    assert {row["request_id"] for row in _read(out)} >= {"Q1", "Q2"}
