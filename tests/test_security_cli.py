"""The probe's command-line cases: refs (D9), terminal escapes (D12), roles (D14), data (D18)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.accounts import add_account, unlock_session
from caseapp.cli import main
from caseapp.domain.models import PrisonerRecord, TracingRequest
from caseapp.store import Session
from caseapp.vault.keyslots import TEST_KDF
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)


def _requests(session: Session, *names: str) -> list[TracingRequest]:
    with session.transaction("add") as txn:
        return [txn.create(TracingRequest(family_name=n, enquirer_name="Мати")) for n in names]


def _count(path: Path) -> int:
    session = unlock_session(path, "admin", PASSPHRASE)
    try:
        return int(session.conn.execute("SELECT count(*) FROM tracing_request").fetchone()[0])
    finally:
        session.vault.close()


def test_reimporting_an_export_duplicates_nothing(
    session: Session, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """D9: the probe re-imported an export and got duplicate reference numbers."""
    _requests(session, "Бойко", "Мороз")
    path = session.vault.path
    session.vault.close()
    vault = ["--vault", str(path)]
    export = tmp_path / "all.csv"
    assert main(["export", "requests", "--out", str(export), *vault]) == 0
    assert main(["import", "requests", str(export), *vault]) == 0
    assert _count(path) == 2
    assert "0 to create" in capsys.readouterr().out
    # An edited export updates the record its reference number names.
    text = export.read_text(encoding="utf-8-sig").replace("Мороз", "Морозенко")
    edited = tmp_path / "edited.csv"
    edited.write_text(text, encoding="utf-8-sig")
    assert main(["import", "requests", str(edited), *vault]) == 0
    session = unlock_session(path, "admin", PASSPHRASE)
    names = [r[0] for r in session.conn.execute("SELECT family_name FROM tracing_request")]
    refs = [r[0] for r in session.conn.execute("SELECT ref FROM tracing_request")]
    session.vault.close()
    assert sorted(names) == ["Бойко", "Морозенко"] and len(set(refs)) == 2


def test_a_ref_the_vault_does_not_know_is_refused(
    vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "foreign.csv"
    source.write_text(
        "ref,family_name,enquirer_name\nTR-2026-VPV6-00001,Шевчук,Мати\n", encoding="utf-8"
    )
    assert main(["import", "requests", str(source), "--vault", str(vault_path)]) == 2
    assert "ref" in capsys.readouterr().err
    assert _count(vault_path) == 0


def test_the_same_file_twice_is_refused_unless_confirmed(
    vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """D9: "only a note" and every row doubled; now refused, or --again."""
    source = tmp_path / "list.csv"
    source.write_text("family_name,enquirer_name\nШевчук,Мати\nКоваль,Батько\n", encoding="utf-8")
    vault = ["--vault", str(vault_path)]
    assert main(["import", "requests", str(source), *vault]) == 0
    assert main(["import", "requests", str(source), *vault]) == 2
    assert "imported before" in capsys.readouterr().err
    assert _count(vault_path) == 2
    assert main(["import", "requests", str(source), "--again", *vault]) == 0
    assert _count(vault_path) == 4


def test_unique_refs_are_enforced_by_the_schema(session: Session) -> None:
    first = _requests(session, "A")[0]
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError):
        session.conn.execute("INSERT INTO tracing_request (id, ref) VALUES ('x', ?)", (first.ref,))


def test_control_characters_are_escaped_in_list_search_and_show(
    session: Session, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """D12: ESC sequences, tabs and newlines from record data never reach the terminal raw."""
    hostile = "Коваль\x1b[2J\x1b]0;title\x07\tTR-FAKE\nfake line\u202e"
    with session.transaction("add") as txn:
        person = txn.create(PrisonerRecord(family_name=hostile, given_name="Іван"))
    path = session.vault.path
    session.vault.close()
    vault = ["--vault", str(path)]
    for args in (["list", "prisoners"], ["search", "Коваль"], ["show", person.ref or ""]):
        assert main([*args, *vault]) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
        assert "\\x1b[2J" in out
        line = next(line for line in out.splitlines() if "Коваль" in line)
        assert "fake line" in line  # the newline did not start a line of its own
        if args[0] == "list":
            assert line.count("\t") == 5  # the tab did not forge a column


def test_a_viewer_cannot_export_and_demo_refuses_real_records(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """D14: a viewer exported the whole vault; demo went into a production vault."""
    add_account(session, "vera", "viewer passphrase words", "viewer", kdf=TEST_KDF)
    add_account(session, "cara", "caseworker passphrase words", "caseworker", kdf=TEST_KDF)
    _requests(session, "Бойко")
    path = session.vault.path
    session.vault.close()
    vault = ["--vault", str(path)]
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "viewer passphrase words")
    out = tmp_path / "v.csv"
    assert main(["export", "requests", "--out", str(out), "--user", "vera", *vault]) == 2
    assert "may not export" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("CASEAPP_PASSPHRASE", "caseworker passphrase words")
    assert main(["demo", "--prisoners", "2", "--requests", "0", "--user", "cara", *vault]) == 2
    assert "administrator" in capsys.readouterr().err
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    assert main(["demo", "--prisoners", "2", "--requests", "0", *vault]) == 2
    assert "real records" in capsys.readouterr().err


def test_demo_still_fills_a_demonstration_vault(
    vault_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    vault = ["--vault", str(vault_path)]
    assert main(["demo", "--prisoners", "3", "--requests", "2", *vault]) == 0
    assert main(["demo", "--prisoners", "3", "--requests", "2", *vault]) == 0


@pytest.mark.parametrize(
    ("row", "field"),
    [("Nul\x00Name,1990,Мати", "family_name"), ("Шевчук,2099-01-01,Мати", "birth_date")],
    ids=["nul", "future-birth"],
)
def test_nul_bytes_and_future_birth_dates_are_refused(
    vault_path: Path, tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str],
    row: str, field: str,
) -> None:  # fmt: skip
    """D18."""
    source = tmp_path / "bad.csv"
    source.write_text("family_name,birth_date,enquirer_name\n" + row + "\n", encoding="utf-8")
    assert main(["import", "requests", str(source), "--vault", str(vault_path)]) == 2
    assert field in capsys.readouterr().err
    assert _count(vault_path) == 0


def test_piping_into_head_ends_quietly(vault_path: Path, tmp_path: Path) -> None:
    """BrokenPipeError: the reader of the pipe goes away after one line."""
    session = unlock_session(vault_path, "admin", PASSPHRASE)
    with session.transaction("add") as txn:
        for i in range(3000):
            txn.create(PrisonerRecord(family_name=f"Name{i:05d}"))
    session.vault.close()
    env = {**os.environ, "CASEAPP_TEST_WEAK_KDF": "1", "CASEAPP_PASSPHRASE": PASSPHRASE}
    command = (
        f"'{sys.executable}' -m caseapp list prisoners --limit 3000 --vault '{vault_path}' "
        "| head -1"
    )
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.stdout.count("\n") == 1
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
