"""``caseapp sync ...``, ``caseapp init --provision`` and ``caseapp edit`` as a user runs them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.cli import main
from tests.sync.helpers import PASSPHRASE


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEAPP_PROVISION_PASSPHRASE", "one time passphrase")


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_team_made_and_used_from_the_command_line(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, stick = tmp_path / "a.caseapp", tmp_path / "b.caseapp", tmp_path / "stick"
    stick.mkdir()
    assert _run(capsys, "init", "--vault", str(a))[0] == 0
    assert _run(capsys, "import", "prisoners", str(_csv(tmp_path)), "--vault", str(a))[0] == 0
    code, out, _ = _run(
        capsys,
        "sync",
        "provision",
        "--vault",
        str(a),
        "--out",
        str(tmp_path / "b.prov"),
        "--name",
        "laptop-b",
    )
    assert code == 0 and out.strip() == str(tmp_path / "b.prov")
    code, out, err = _run(
        capsys, "init", "--vault", str(b), "--provision", str(tmp_path / "b.prov")
    )
    assert code == 0, err
    assert "new 2" in out or "new " in out
    code, out, _ = _run(capsys, "list", "prisoners", "--vault", str(b))
    assert "Бойко" in out
    ref = out.split("\t")[0]
    # Both edit the same field: one conflict, listed on both sides after the handoff.
    assert _run(capsys, "edit", ref, "unit=A-unit", "--vault", str(a))[0] == 0
    assert _run(capsys, "edit", ref, "unit=B-unit", "rank=sgt", "--vault", str(b))[0] == 0
    code, out, _ = _run(capsys, "sync", "export", "--vault", str(b), "--to", str(stick), "--all")
    bundle = Path(out.strip())
    assert code == 0 and bundle.parent == stick and bundle.suffix == ".age"
    assert [p.name for p in stick.iterdir()] == [bundle.name]  # no temp file left behind
    code, out, _ = _run(capsys, "sync", "import", str(bundle), "--vault", str(a), "--rematch")
    assert code == 0 and "conflicts 1" in out and "skipped" in out and "re-matched" in out
    code, out, _ = _run(capsys, "sync", "import", str(bundle), "--vault", str(a))
    assert out.startswith("new 0, changed 0, conflicts 0")
    code, out, _ = _run(capsys, "sync", "conflicts", "--vault", str(a), "--json")
    listed = json.loads(out)
    assert [c["field"] for c in listed] == ["unit"]
    assert sorted(v["value"] for v in listed[0]["versions"]) == ["A-unit", "B-unit"]


def _csv(folder: Path) -> Path:
    path = folder / "list.csv"
    path.write_text("family_name,given_name\nБойко,Іван\nКоваленко,Петро\n", encoding="utf-8")
    return path


def test_edit_refuses_unknown_fields_and_bad_values(
    vault_path: Path, env: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert (
        _run(capsys, "import", "prisoners", str(_csv(tmp_path)), "--vault", str(vault_path))[0] == 0
    )
    ref = _run(capsys, "list", "prisoners", "--vault", str(vault_path))[1].split("\t")[0]
    code, _, err = _run(capsys, "edit", ref, "colour=red", "--vault", str(vault_path))
    assert code == 2 and "Unknown field" in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(capsys, "edit", ref, "sex=Z", "--vault", str(vault_path))
    assert code == 2 and "sex" in err
    code, _, err = _run(capsys, "edit", ref, "unit", "--vault", str(vault_path))
    assert code == 2 and "FIELD=VALUE" in err
    code, _, err = _run(capsys, "edit", "PR-0000", "unit=x", "--vault", str(vault_path))
    assert code == 2 and "No record" in err
    shown = _run(capsys, "show", ref, "--vault", str(vault_path))[1]
    assert "unit" not in shown  # nothing was changed by the refused edits
    assert _run(capsys, "edit", ref, "unit=3rd brigade", "--vault", str(vault_path))[0] == 0
    assert "3rd brigade" in _run(capsys, "show", ref, "--vault", str(vault_path))[1]


def test_a_bad_bundle_is_one_line_and_exit_2(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.caseapp"
    assert _run(capsys, "init", "--vault", str(a))[0] == 0
    _run(capsys, "sync", "export", "--vault", str(a), "--to", str(tmp_path), "--all")
    junk = tmp_path / "junk.age"
    junk.write_bytes(b"not a bundle")
    code, _, err = _run(capsys, "sync", "import", str(junk), "--vault", str(a))
    assert code == 2 and "not a CaseApp bundle" in err and len(err.strip().splitlines()) == 1
    code, _, err = _run(
        capsys, "sync", "export", "--vault", str(a), "--to", str(tmp_path), "--peer", "nobody"
    )
    assert code == 2 and "No laptop of the team" in err


KILLER = """
import os, sys
from pathlib import Path
from caseapp.accounts import unlock_session
import caseapp.sync.bundle
from caseapp.sync.bundle import import_bundle
from caseapp.tasks import Progress

caseapp.sync.bundle.APPLY_CHUNK = 50  # several steps, so the kill lands mid-bundle

class Signal(Progress):
    def step(self, steps=1):
        super().step(steps)
        print("applying", flush=True)
        sys.stdin.readline()  # wait to be killed inside the transaction

session = unlock_session(Path(sys.argv[1]), "admin", os.environ["CASEAPP_PASSPHRASE"])
import_bundle(session, Path(sys.argv[2]), Signal())
"""


def test_kill_9_during_an_import_leaves_the_vault_as_before(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from caseapp.accounts import unlock_session
    from tests.sync.helpers import Laptop, local_snapshot

    a, b = tmp_path / "a.caseapp", tmp_path / "b.caseapp"
    assert _run(capsys, "init", "--vault", str(a))[0] == 0
    rows = "".join(f"Бойко{i},Іван\n" for i in range(300))
    (tmp_path / "big.csv").write_text("family_name,given_name\n" + rows, encoding="utf-8")
    assert _run(capsys, "import", "prisoners", str(tmp_path / "big.csv"), "--vault", str(a))[0] == 0
    _run(
        capsys,
        "sync",
        "provision",
        "--vault",
        str(a),
        "--out",
        str(tmp_path / "b.prov"),
        "--name",
        "b",
    )
    # b joins, then a bundle of new work comes.
    assert _run(capsys, "init", "--vault", str(b), "--provision", str(tmp_path / "b.prov"))[0] == 0
    code, _, err = _run(
        capsys, "import", "prisoners", str(tmp_path / "big.csv"), "--again", "--vault", str(a)
    )
    assert code == 0, err
    bundle = Path(
        _run(capsys, "sync", "export", "--vault", str(a), "--to", str(tmp_path), "--peer", "b")[
            1
        ].strip()
    )

    def state() -> dict[str, object]:
        session = unlock_session(b, "admin", PASSPHRASE, record=False)
        try:
            snapshot = local_snapshot(Laptop("b", session))
            # The killed import signed in first (committed): when, is not the vault's data.
            snapshot["meta"] = [
                row for row in snapshot["meta"] if not str(row[0]).startswith("last_sign_in:")
            ]
            return snapshot
        finally:
            session.vault.close()

    before = state()
    child = subprocess.Popen(
        [sys.executable, "-c", KILLER, str(b), str(bundle)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env={**os.environ, "CASEAPP_PASSPHRASE": PASSPHRASE},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"applying"  # inside the transaction, mid-bundle
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert state() == before
    code, out, _ = _run(capsys, "sync", "import", str(bundle), "--vault", str(b))
    assert code == 0 and out.startswith("new 301,")  # 300 records and their import batch
