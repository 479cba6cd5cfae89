"""Sign-in throttling: per account, across restarts, in the CLI; last sign-in times."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from caseapp import throttle
from caseapp.accounts import list_accounts, unlock_session
from caseapp.errors import BadInput, WrongPassphrase
from caseapp.throttle import FREE_FAILURES, Throttled, attempts_path, delay_after
from caseapp.vault.keyslots import (
    STRENGTH_VERDICTS,
    check_passphrase_strength,
    passphrase_strength,
)
from tests.conftest import ADMIN, PASSPHRASE, make_account


def _fail(vault_path: Path, user: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            unlock_session(vault_path, user, "not the passphrase at all")


def _advance(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    real = throttle.time.time
    monkeypatch.setattr(throttle.time, "time", lambda: real() + seconds)


def test_delays_grow_and_are_capped() -> None:
    assert [delay_after(n) for n in range(FREE_FAILURES + 1)] == [0.0] * (FREE_FAILURES + 1)
    assert delay_after(FREE_FAILURES + 1) == throttle.BASE_DELAY
    assert delay_after(FREE_FAILURES + 2) == 2 * throttle.BASE_DELAY
    assert delay_after(1000) == throttle.MAX_DELAY


def test_typos_are_free_then_the_right_passphrase_waits(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fail(vault_path, ADMIN, FREE_FAILURES)
    unlock_session(vault_path, ADMIN, PASSPHRASE).vault.close()  # no wait yet; resets
    _fail(vault_path, ADMIN, FREE_FAILURES + 1)
    before = vault_path.read_bytes()
    with pytest.raises(Throttled) as caught:
        unlock_session(vault_path, ADMIN, PASSPHRASE)  # even the right one, before the wait
    assert 1 <= caught.value.seconds <= throttle.BASE_DELAY
    assert "Wait" in str(caught.value)
    assert vault_path.read_bytes() == before
    _advance(monkeypatch, throttle.BASE_DELAY + 1)
    session = unlock_session(vault_path, ADMIN, PASSPHRASE)
    assert len(session.failed_attempts) == FREE_FAILURES + 1  # for the audit trail
    session.vault.close()
    assert not attempts_path(vault_path).exists()  # cleared by the success
    assert throttle.remaining_wait(vault_path, ADMIN) == 0


def test_throttling_is_per_account(session, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_account(session, "olena", "caseworker")
    session.vault.close()
    _fail(vault_path, ADMIN, FREE_FAILURES + 1)
    assert throttle.remaining_wait(vault_path, ADMIN) > 0
    assert throttle.remaining_wait(vault_path, "olena") == 0
    unlock_session(vault_path, "olena", PASSPHRASE).vault.close()
    assert throttle.remaining_wait(vault_path, "Admin ") > 0  # the same name as typed


def test_the_file_is_private_and_names_nobody(vault_path: Path) -> None:
    _fail(vault_path, "someone-secret", 1)
    path = attempts_path(vault_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert b"someone-secret" not in path.read_bytes()
    assert not list(vault_path.parent.glob("*.part"))


def test_an_edited_file_still_delays_and_a_deleted_one_resets(vault_path: Path) -> None:
    _fail(vault_path, ADMIN, FREE_FAILURES + 1)
    path = attempts_path(vault_path)
    outer = json.loads(path.read_text())
    outer["body"] = outer["body"].replace(f'"failures": {FREE_FAILURES + 1}', '"failures": 0')
    path.write_text(json.dumps(outer))
    assert throttle.remaining_wait(vault_path, ADMIN) > 0  # the checksum fails: suspect
    assert throttle.remaining_wait(vault_path, "anyone") > 0
    path.write_text("garbage")
    assert throttle.remaining_wait(vault_path, ADMIN) > 0
    path.unlink()  # documented: deleting the file resets the delay (docs/security.md)
    assert throttle.remaining_wait(vault_path, ADMIN) == 0


def test_the_delay_survives_a_restart_and_binds_the_cli(vault_path: Path) -> None:
    """A new process (the CLI) finds the delay the previous attempts left."""
    _fail(vault_path, ADMIN, FREE_FAILURES + 1)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin"),
        "CASEAPP_HOME": os.environ["CASEAPP_HOME"],
        "CASEAPP_PASSPHRASE": PASSPHRASE,
        "CASEAPP_TEST_WEAK_KDF": "1",
    }
    result = subprocess.run(
        [sys.executable, "-m", "caseapp", "list", "prisoners", "--vault", str(vault_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "Too many wrong passphrases" in result.stderr


def test_failed_attempt_hook_is_called(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Path, str]] = []
    monkeypatch.setattr(throttle, "FAILED_ATTEMPT_HOOKS", [lambda p, u: seen.append((p, u))])
    _fail(vault_path, "olena", 2)
    assert seen == [(vault_path, "olena")] * 2


def test_last_sign_in_is_recorded_at_unlock(session, vault_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_account(session, "olena", "caseworker")
    rows = {row.account.username: row for row in list_accounts(session)}
    assert rows[ADMIN].last_sign_in is not None
    assert rows["olena"].last_sign_in is None
    unlock_session(vault_path, "olena", PASSPHRASE).vault.close()
    rows = {row.account.username: row for row in list_accounts(session)}
    assert rows["olena"].last_sign_in is not None
    assert rows["olena"].last_sign_in.endswith("+00:00")


@pytest.mark.parametrize(
    ("passphrase", "reason", "acceptable"),
    [
        ("short", "short", False),
        ("xcvbnm,.;lkjhg", "keyboard", False),
        ("abcdefghijklmn", "sequence", False),
        ("aaaaaaaaaaaaaa", "repeat", False),
        ("password123456", "common_word", False),
        ("violet tractor ferry lantern", None, True),
    ],
)
def test_strength_names_the_reason(passphrase: str, reason: str | None, acceptable: bool) -> None:
    strength = passphrase_strength(passphrase, ["olena"])
    assert strength.reason == reason
    assert strength.acceptable is acceptable
    assert strength.verdict == STRENGTH_VERDICTS[strength.score]
    if not acceptable:
        with pytest.raises(BadInput):
            check_passphrase_strength(passphrase, ["olena"])
