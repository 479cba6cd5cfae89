"""The command line through ``caseapp.cli.main``: exit codes, messages, round trips."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp import __version__
from caseapp.cli import main
from caseapp.vault.keyslots import keyfile_paths
from tests.conftest import PASSPHRASE

HEADER = "family_name,given_name,patronymic,sex,birth_date,birth_place,service_number,unit\n"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)


def _csv(path: Path, rows: str) -> Path:
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_init_prints_the_recovery_key_once(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "field.caseapp"
    assert main(["init", "--vault", str(path)]) == 0
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out and len(out.strip().splitlines()[-1].split("-")) == 11
    assert path.exists() and all(p.exists() for p in keyfile_paths(path))
    assert main(["init", "--vault", str(path)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_wrong_passphrase_is_exit_2_with_one_line(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "definitely wrong")
    assert main(["list", "prisoners", "--vault", str(vault_path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Wrong user name or passphrase" in err
    assert "Traceback" not in err


def test_passphrase_file(vault_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert (
        main(["list", "requests", "--vault", str(vault_path), "--passphrase-file", str(secret)])
        == 0
    )


def test_import_export_round_trip(
    vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _csv(
        tmp_path / "list.csv",
        "Коваленко,Олександр,Петрович,M,1990-03,Київ,А123456,в/ч А0501\n"
        "Білецька,Ганна,,F,1985,,,\n",
    )
    assert main(["import", "prisoners", str(source), "--vault", str(vault_path)]) == 0
    assert "Prisoner records imported: 2." in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main(["export", "prisoners", "--vault", str(vault_path), "--out", str(out)]) == 0
    with open(out, encoding="utf-8-sig") as fh:
        rows = sorted(csv.DictReader(fh), key=lambda r: r["birth_date"], reverse=True)
    assert [(r["family_name"], r["birth_date"], r["unit"]) for r in rows] == [
        ("Коваленко", "1990-03", "в/ч А0501"),
        ("Білецька", "1985", ""),
    ]
    assert all(r["ref"].startswith("PR-") for r in rows)
    capsys.readouterr()
    assert main(["list", "prisoners", "--vault", str(vault_path)]) == 0
    listed = capsys.readouterr().out
    assert "Білецька" in listed and "Коваленко" in listed
    ref = rows[0]["ref"]
    assert main(["show", ref, "--vault", str(vault_path)]) == 0
    assert "service_number\tА123456" in capsys.readouterr().out


def test_a_bad_row_refuses_the_whole_list(
    vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _csv(
        tmp_path / "bad.csv", "Коваленко,Олександр,,M,1990-13-45,,,\nБойко,Іван,,M,1970,,,\n"
    )
    assert main(["import", "prisoners", str(source), "--vault", str(vault_path)]) == 2
    err = capsys.readouterr().err
    assert "row 2: birth_date: month 13 does not exist" in err
    assert "nothing was imported" in err
    assert "Коваленко" not in err  # no personal data in error lines
    main(["list", "prisoners", "--vault", str(vault_path)])
    assert capsys.readouterr().out == ""
    assert (
        main(["import", "prisoners", str(source), "--vault", str(vault_path), "--skip-invalid"])
        == 0
    )
    assert "Prisoner records imported: 1." in capsys.readouterr().out


def test_bad_files_are_exit_2(
    vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.csv"
    assert main(["import", "requests", str(missing), "--vault", str(vault_path)]) == 2
    assert "does not exist" in capsys.readouterr().err
    # A legacy encoding is detected and read (issue 10); a file in no text encoding is not.
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x00\x01\x02\xff\xfe\x89PNG" * 200)
    assert main(["import", "prisoners", str(binary), "--vault", str(vault_path)]) == 2
    assert "UTF-8" in capsys.readouterr().err
    fake_xlsx = tmp_path / "list.xlsx"
    fake_xlsx.write_bytes(b"not a zip")
    assert main(["import", "prisoners", str(fake_xlsx), "--vault", str(vault_path)]) == 2
    assert "not an Excel workbook" in capsys.readouterr().err
    assert (
        main(["export", "prisoners", "--vault", str(vault_path), "--out", str(tmp_path / "x.pdf")])
        == 2
    )


def test_xlsx_import(
    vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Прізвище", "Ім'я", "Дата народження"])
    sheet.append(["Шевчук", "Тарас", dt.date(1991, 5, 17)])
    path = tmp_path / "list.xlsx"
    book.save(path)
    assert main(["import", "requests", str(path), "--vault", str(vault_path), "--dry-run"]) == 2
    assert "enquirer_name: is required" in capsys.readouterr().err
    assert main(["import", "prisoners", str(path), "--vault", str(vault_path)]) == 0
    main(["list", "prisoners", "--vault", str(vault_path)])
    assert "Шевчук\tТарас\t\t1991-05-17" in capsys.readouterr().out


def test_demo_fills_the_vault(
    vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--vault", str(vault_path), "--prisoners", "30", "--requests", "20"]) == 0
    capsys.readouterr()
    main(["list", "requests", "--vault", str(vault_path)])
    assert len(capsys.readouterr().out.splitlines()) == 20


def test_console_script_runs_without_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "caseapp",
            "list",
            "prisoners",
            "--vault",
            str(tmp_path / "none.caseapp"),
        ],
        capture_output=True,
        text=True,
        env={"CASEAPP_PASSPHRASE": "x" * 12, "PATH": "/usr/bin"},
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "caseapp: There is no vault at this path."


def test_accounts_passphrase_change_and_recovery(
    vault_path: Path,
    recovery_key: str,
    monkeypatch: pytest.MonkeyPatch,
    env: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    vault = ["--vault", str(vault_path)]
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "caseworker passphrase")
    assert main(["account", "add", "taras", "--role", "caseworker", *vault]) == 0
    assert main(["account", "list", *vault]) == 0
    assert "taras\tcaseworker\tactive" in capsys.readouterr().out
    monkeypatch.setenv("CASEAPP_USER", "taras")
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "caseworker passphrase")
    assert main(["account", "add", "x", *vault]) == 2
    assert "Only an administrator" in capsys.readouterr().err
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "changed passphrase")
    assert main(["passwd", *vault]) == 0
    assert main(["list", "prisoners", *vault]) == 2  # old passphrase no longer works
    monkeypatch.setenv("CASEAPP_RECOVERY_KEY", recovery_key)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "recovered passphrase")
    assert main(["recover", *vault]) == 0
    assert main(["list", "prisoners", *vault]) == 0
    monkeypatch.setenv("CASEAPP_RECOVERY_KEY", "AAAAA-BBBBB")
    assert main(["recover", *vault]) == 2


def test_no_subcommand_starts_the_gui(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import ui.app

    seen: dict[str, object] = {}

    def fake_run(vault: Path | None = None, language: str | None = None) -> int:
        seen.update(vault=vault, language=language)
        return 0

    monkeypatch.setattr(ui.app, "run", fake_run)
    assert main([]) == 0 and seen == {"vault": None, "language": None}
    assert main(["gui", "--vault", str(tmp_path / "v.caseapp"), "--lang", "uk"]) == 0
    assert seen == {"vault": tmp_path / "v.caseapp", "language": "uk"}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_demo_shows_progress_on_a_terminal_and_stays_quiet_when_piped(
    vault_path: Path, env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["demo", "--vault", str(vault_path), "--prisoners", "30", "--requests", "20"]) == 0
    drawn = terminal.getvalue()
    assert "\rCreating demo records: 100% (50/50)" in drawn and drawn.endswith("\n")
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["demo", "--vault", str(vault_path), "--prisoners", "3", "--requests", "2"]) == 0
    assert piped.getvalue() == ""
