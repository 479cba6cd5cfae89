"""``caseapp round …``: the exact forms automation uses, and bad input (exit 2, no change)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.accounts import unlock_session
from caseapp.cli import main
from caseapp.vault.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.letters.helpers import pdf_text
from tests.rounds.helpers import OURS_V2, RETURNED, THEIRS, seed, write_list


@pytest.fixture
def vault(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    session = unlock_session(vault_path, ADMIN, PASSPHRASE)
    seed(session)
    session.vault.close()
    return vault_path


def _journal(vault: Path) -> int:
    opened = Vault.unlock(vault, ADMIN, PASSPHRASE)
    try:
        return int(opened.connection().execute("SELECT count(*) FROM journal").fetchone()[0])
    finally:
        opened.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _create(capsys: pytest.CaptureFixture[str], vault: Path) -> str:
    code, out, _ = _run(
        capsys,
        "round",
        "create",
        "--vault",
        str(vault),
        "--name",
        "Обмін 3 на 3",
        "--framework",
        "1000 на 1000",
        "--agreed",
        "3",
    )
    assert code == 0
    return out.strip()


def test_the_whole_round_from_the_command_line(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _create(capsys, vault)
    assert ref.startswith("XR-") and "\n" not in ref  # the reference alone
    ours = write_list(tmp_path, "ours.csv", OURS_V2)
    code, out, _ = _run(
        capsys,
        "round",
        "import",
        ref,
        str(ours),
        "--list",
        "requested",
        "--side",
        "ours",
        "--vault",
        str(vault),
    )
    assert code == 0 and "v1: 3 entries" in out and "3 with candidates" in out
    theirs = write_list(tmp_path, "theirs.csv", THEIRS)
    assert (
        _run(
            capsys,
            "round",
            "import",
            ref,
            str(theirs),
            "--list",
            "offered",
            "--side",
            "theirs",
            "--vault",
            str(vault),
        )[0]
        == 0
    )
    code, out, _ = _run(capsys, "round", "confirm", ref, "--strong", "--vault", str(vault))
    assert code == 0 and "Confirmed 3" in out
    returned = write_list(tmp_path, "returned.csv", RETURNED)
    assert (
        _run(
            capsys,
            "round",
            "import",
            ref,
            str(returned),
            "--list",
            "returned",
            "--side",
            "ours",
            "--vault",
            str(vault),
        )[0]
        == 0
    )
    code, out, _ = _run(capsys, "round", "execute", ref, "--vault", str(vault))
    assert code == 0 and "Exchanged 2" in out
    code, out, _ = _run(capsys, "round", "show", ref, "--vault", str(vault), "--json")
    data = json.loads(out)
    ours_total = next(r for r in data["balance"] if r["side"] == "ours" and r["category"] == "all")
    assert ours_total == {
        "side": "ours",
        "category": "all",
        "agreed": 3,
        "listed": 3,
        "confirmed": 3,
        "exchanged": 2,
    }
    kinds = {(d["kind"], d["name"]) for d in data["discrepancies"]}
    assert ("not_returned", "Бойко Александр Петрович") in kinds
    assert ("unlisted_returnee", "Ткаченко Павло Олегович") in kinds
    assert {d["kind"] for d in data["discrepancies"]} <= {
        "not_returned",
        "unlisted_returnee",
        "name_mismatch",
        "duplicate_entry",
    }
    xlsx, pdf = tmp_path / "out.xlsx", tmp_path / "out.pdf"
    assert _run(capsys, "round", "export", ref, "--vault", str(vault), "--out", str(xlsx))[0] == 0
    assert xlsx.read_bytes()[:2] == b"PK"
    code, _out, _ = _run(
        capsys,
        "round",
        "export",
        ref,
        "--vault",
        str(vault),
        "--out",
        str(pdf),
        "--list",
        "returned",
    )
    assert code == 0 and "Ткаченко" in pdf_text(pdf.read_bytes())


@pytest.mark.parametrize(
    "argv",
    [
        ["round", "show", "XR-2026-NONE-00001", "--json"],
        ["round", "execute", "XR-2026-NONE-00001"],
        ["round", "confirm", "XR-2026-NONE-00001", "--strong"],
        ["round", "export", "XR-2026-NONE-00001", "--out", "x.xlsx"],
    ],
)
def test_unknown_round_is_exit_2_with_one_line(
    vault: Path, argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = _journal(vault)
    code, out, err = _run(capsys, *argv, "--vault", str(vault))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "No exchange round with this reference" in err
    assert _journal(vault) == before


def test_a_list_whose_rows_are_all_invalid_changes_nothing(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _create(capsys, vault)
    bad = write_list(tmp_path, "bad.csv", ",31.31.1990,,pow,\nX,not a date,,pow,\n")
    before = _journal(vault)
    code, _out, err = _run(
        capsys,
        "round",
        "import",
        ref,
        str(bad),
        "--list",
        "requested",
        "--side",
        "ours",
        "--vault",
        str(vault),
    )
    assert code == 2 and "None of the 2 rows" in err and err.count("\n") == 1
    assert _journal(vault) == before


def test_a_returned_list_for_a_round_with_no_confirmed_entries(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _create(capsys, vault)
    ours = write_list(tmp_path, "ours.csv", OURS_V2)
    _run(
        capsys,
        "round",
        "import",
        ref,
        str(ours),
        "--list",
        "requested",
        "--side",
        "ours",
        "--vault",
        str(vault),
    )
    returned = write_list(tmp_path, "returned.csv", RETURNED)
    before = _journal(vault)
    code, _out, err = _run(
        capsys,
        "round",
        "import",
        ref,
        str(returned),
        "--list",
        "returned",
        "--side",
        "ours",
        "--vault",
        str(vault),
    )
    assert code == 2 and "confirm the matches first" in err
    code, _out, err = _run(capsys, "round", "execute", ref, "--vault", str(vault))
    assert code == 2 and "no returned list" in err
    assert _journal(vault) == before


def test_bad_arguments_are_exit_2(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _create(capsys, vault)
    before = _journal(vault)
    for argv in (
        ["round", "create", "--name", "X", "--agreed", "-5"],
        ["round", "confirm", ref],
        ["round", "export", ref, "--out", str(tmp_path / "x.docx")],
        [
            "round",
            "import",
            ref,
            str(tmp_path / "missing.csv"),
            "--list",
            "requested",
            "--side",
            "ours",
        ],
    ):
        code, _out, err = _run(capsys, *argv, "--vault", str(vault))
        assert code == 2 and err.strip(), argv
    with pytest.raises(SystemExit) as caught:
        main(["round", "import", ref, "x.csv", "--list", "sideways", "--side", "ours"])
    assert caught.value.code == 2
    assert _journal(vault) == before


def test_import_with_chosen_columns_and_bad_choices_refused(
    vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ref = _create(capsys, vault)
    odd = tmp_path / "odd.csv"
    odd.write_text(
        "Хто саме,Коли народився,Жетон\nКоломієць Сергій Юрійович,12.03.1990,AB123456\n",
        encoding="utf-8",
    )
    base = ["round", "import", ref, str(odd), "--list", "requested", "--side", "ours"]
    base += ["--vault", str(vault)]
    before = _journal(vault)
    code, _out, err = _run(capsys, *base)
    assert code == 2 and "No column of the list matches" in err
    for bad, said in (
        ("Хто саме", "COLUMN=field"),
        ("Хто саме=nickname", "Unknown field 'nickname'"),
        ("Колонка=birth_date", "no column 'Колонка'"),
    ):
        code, _out, err = _run(capsys, *base, "--column", bad)
        assert code == 2 and said in err and len(err.strip().splitlines()) == 1
    assert _journal(vault) == before
    code, out, err = _run(
        capsys,
        *base,
        "--column",
        "хто саме=name_as_written",
        "--column",
        "2=birth_date",
        "--column",
        "Жетон=service_number",
    )
    assert code == 0 and "v1: 1 entries" in out, err
    session = unlock_session(vault, ADMIN, PASSPHRASE)
    try:
        (row,) = session.conn.execute(
            "SELECT family_name, birth_date, service_number FROM round_entry"
        ).fetchall()
        assert tuple(row) == ("Коломієць", "1990-03-12", "AB123456")
    finally:
        session.vault.close()
