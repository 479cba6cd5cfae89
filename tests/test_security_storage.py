"""Full disks, read-only media, damaged files: one clear line, and nothing left behind (D7, D8, D19).

A full disk is simulated portably with RLIMIT_FSIZE (the write call fails); where the machine
allows mount namespaces (CI runs as root), a real tiny tmpfs and a read-only bind mount are
used as well.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp.accounts import unlock_session
from caseapp.domain.models import TracingRequest
from caseapp.vault.keyslots import keyfile_paths
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]

LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from caseapp.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "CASEAPP_TEST_WEAK_KDF": "1", "CASEAPP_PASSPHRASE": PASSPHRASE}
    env.update(extra)
    return env


def _cli(*args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    command = (
        [sys.executable, "-c", LIMITED, str(limit), *args]
        if limit
        else [sys.executable, "-m", "caseapp", *args]
    )
    return subprocess.run(
        command, capture_output=True, text=True, env=_env(), cwd=ROOT, check=False
    )


def _one_clear_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_init_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "full"
    folder.mkdir()
    result = _cli("init", "--vault", str(folder / "v.caseapp"), limit=20_000)
    err = _one_clear_line(result)
    assert "full" in err and "cannot rollback" not in err
    assert "RECOVERY KEY" not in result.stdout
    assert list(folder.iterdir()) == []
    assert _cli("init", "--vault", str(folder / "v.caseapp")).returncode == 0  # not "exists"


def test_import_on_a_full_disk_names_the_cause_and_changes_nothing(
    vault_path: Path, tmp_path: Path
) -> None:
    rows = "".join(f"Name{i},Given{i},Mother {i}\n" for i in range(3000))
    source = tmp_path / "big.csv"
    source.write_text("family_name,given_name,enquirer_name\n" + rows, encoding="utf-8")
    limit = vault_path.stat().st_size + 64 * 1024
    result = _cli("import", "requests", str(source), "--vault", str(vault_path), limit=limit)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert "full" in result.stderr and "cannot rollback" not in result.stderr
    session = unlock_session(vault_path, "admin", PASSPHRASE)
    assert session.conn.execute("SELECT count(*) FROM tracing_request").fetchone()[0] == 0
    session.vault.close()


def test_a_failed_open_of_a_damaged_vault_leaves_no_wal_or_shm(vault_path: Path) -> None:
    raw = vault_path.read_bytes()
    vault_path.write_bytes(raw[: len(raw) // 2])
    before = sorted(p.name for p in vault_path.parent.iterdir())
    assert _cli("list", "prisoners", "--vault", str(vault_path)).returncode == 1
    assert sorted(p.name for p in vault_path.parent.iterdir()) == before


def test_files_are_created_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    """D13: vault, key files and their -wal/-shm are 0600 under umask 022."""
    path = tmp_path / "m.caseapp"
    old = os.umask(0o022)
    try:
        assert _cli("init", "--vault", str(path)).returncode == 0
    finally:
        os.umask(old)
    for item in (path, *keyfile_paths(path)):
        assert oct(item.stat().st_mode & 0o777) == "0o600", item.name


# --- real mounts (root with mount namespaces, as CI) -------------------------------------------


def _can_mount() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


needs_mount = pytest.mark.skipif(not _can_mount(), reason="needs mount namespaces (root)")


def _in_namespace(setup: str, *args: str, after: str = "") -> subprocess.CompletedProcess[str]:
    command = " ".join(f"'{a}'" for a in (sys.executable, "-m", "caseapp", *args))
    tail = f"; rc=$?; {after}; exit $rc" if after else ""
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", f"{setup} && {command}{tail}"],
        capture_output=True,
        text=True,
        env=_env(CASEAPP_NEW_PASSPHRASE="new words for the administrator"),
        cwd=ROOT,
        check=False,
    )


@needs_mount
def test_init_on_a_real_full_tmpfs_leaves_nothing(tmp_path: Path) -> None:
    mount = tmp_path / "m"
    mount.mkdir()
    result = _in_namespace(
        f"mount -t tmpfs -o size=64k tmpfs '{mount}' && "
        f"(dd if=/dev/zero of='{mount}/fill' bs=1k count=40 2>/dev/null; true)",
        "init",
        "--vault",
        str(mount / "v.caseapp"),
        after=f"ls -A '{mount}'",
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert "disk is full" in result.stderr
    assert result.stdout.split() == ["fill"]  # nothing but the filler: no vault, no key file


@needs_mount
def test_a_vault_on_read_only_media_reads_and_refuses_writes_clearly(
    session_with_records: Path, tmp_path: Path, recovery_key: str
) -> None:
    source = session_with_records.parent
    mount = tmp_path / "ro"
    mount.mkdir()
    setup = f"mount --bind '{source}' '{mount}' && mount -o remount,ro,bind '{mount}'"
    vault = str(mount / session_with_records.name)
    listed = _in_namespace(setup, "list", "requests", "--vault", vault)
    assert listed.returncode == 0 and "Коваленко" in listed.stdout, listed.stderr
    found = _in_namespace(setup, "search", "Kovalenko", "--vault", vault)
    assert found.returncode == 0 and "Коваленко" in found.stdout
    exported = _in_namespace(setup, "export", "requests", "--out", str(tmp_path / "e.csv"),
                             "--vault", vault)  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    csv_in = tmp_path / "in.csv"
    csv_in.write_text("family_name,enquirer_name\nA,B\n", encoding="utf-8")
    for args in (("import", "requests", str(csv_in)), ("passwd",), ("rekey",)):
        result = _in_namespace(setup, *args, "--vault", vault)
        err = _one_clear_line(result)
        assert "read-only" in err and "damaged" not in err, args
    recover = subprocess.run(
        ["unshare", "-m", "sh", "-c",
         f"{setup} && '{sys.executable}' -m caseapp recover --vault '{vault}'"],
        capture_output=True, text=True, cwd=ROOT, check=False,
        env=_env(CASEAPP_RECOVERY_KEY=recovery_key, CASEAPP_PASSPHRASE="recovered words here"),
    )  # fmt: skip
    err = _one_clear_line(recover)
    assert "read-only" in err and "does not open" not in err
    init = _in_namespace(setup, "init", "--vault", str(mount / "new.caseapp"))
    assert "read-only" in _one_clear_line(init)


@pytest.fixture
def session_with_records(vault_path: Path) -> Path:
    session = unlock_session(vault_path, "admin", PASSPHRASE)
    with session.transaction("add") as txn:
        txn.create(TracingRequest(family_name="Коваленко", enquirer_name="Мати"))
    session.vault.close()
    return vault_path


@needs_mount
def test_a_healthy_vault_on_a_full_disk_is_not_called_damaged(
    vault_path: Path, tmp_path: Path
) -> None:
    """D7: the probe's `passwd` on a full disk said "damaged"; now every command names the disk."""
    mount = tmp_path / "m"
    mount.mkdir()
    setup = (
        f"mount -t tmpfs -o size=1m tmpfs '{mount}' && cp '{vault_path}' '{vault_path}.keys' "
        f"'{vault_path}.keys.bak' '{mount}/' && (dd if=/dev/zero of='{mount}/fill' bs=4k "
        "2>/dev/null; true)"
    )
    vault = str(mount / vault_path.name)
    for args in (("list", "prisoners"), ("passwd",)):
        err = _one_clear_line(_in_namespace(setup, *args, "--vault", vault))
        assert "disk is full" in err and "damaged" not in err, args


def test_a_read_only_vault_file_reads_and_refuses_writes_in_one_line(
    session_with_records: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """D8: the probe's 0444 vault (non-root): `import` and `passwd` gave tracebacks. Root
    ignores file modes, so the check that sees the mode is made to answer as for a user."""
    from caseapp.cli import main
    from caseapp.vault import vault as vault_module

    monkeypatch.setattr(vault_module, "is_read_only", lambda _path: True)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("CASEAPP_NEW_PASSPHRASE", "new words for the administrator")
    vault = ["--vault", str(session_with_records)]
    assert main(["list", "requests", *vault]) == 0
    assert "Коваленко" in capsys.readouterr().out
    source = tmp_path / "in.csv"
    source.write_text("family_name,enquirer_name\nA,B\n", encoding="utf-8")
    for args in (["import", "requests", str(source)], ["passwd"], ["account", "add", "bob"]):
        assert main([*args, *vault]) == 2, args
        err = capsys.readouterr().err
        assert "read-only" in err and err.count("\n") == 1, err
