"""Sign-in throttling: repeated wrong passphrases slow further attempts, per account.

The count lives in a small side file next to the vault (``NAME.caseapp.attempts``), so the
delay survives a restart of the app or of the laptop and applies to the GUI and the CLI alike
(both unlock through ``caseapp.accounts.unlock_session``). It cannot be encrypted or signed
with a key the attacker lacks: the vault is locked when it is read. It is written atomically
(``safefile``, 0600) and carries a checksum bound to the vault's key file, so a damaged or
hand-edited file is noticed; a file that fails the check counts as ``SUSPECT_FAILURES``
failures for every account (an edit never buys more than deleting the file would).

What it protects against: someone at the laptop (or running the CLI on it) guessing
passphrases through the app. What it does not: anyone who can write the folder can delete the
file and reset the delay, and a copy of the vault and its ``.keys`` file is attacked offline,
where only the KDF's cost (Argon2id, ``vault/keyslots.py``) slows guessing. See
docs/security.md.

Accounts are named in the file only by a salted hash of the user name (the vault's key-file
salt), so it does not list who works on this laptop. For the audit trail: ``FAILED_ATTEMPT_HOOKS``
are called after each recorded failure, and ``clear`` returns the times of the failures it
forgets (``Session.failed_attempts`` after an unlock) so they can be logged once the vault is open.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from caseapp.errors import BadInput, CaseAppError
from caseapp.safefile import write_private

log = logging.getLogger(__name__)

SUFFIX = ".attempts"
#: Wrong passphrases allowed without delay (typos happen).
FREE_FAILURES = 3
#: Delay after the first failure beyond the free ones; doubles with each further failure.
BASE_DELAY = 5.0
MAX_DELAY = 15 * 60.0
#: A file that fails its check counts as this many failures for every account.
SUSPECT_FAILURES = FREE_FAILURES + 1
#: Failure times kept per account (for the audit trail and the delay).
KEEP_TIMES = 50

#: Called as ``hook(vault_path, username)`` after each recorded failed attempt (audit trail).
FAILED_ATTEMPT_HOOKS: list[Callable[[Path, str], None]] = []


class Throttled(BadInput):
    """Too many wrong passphrases for this account: wait ``seconds`` before the next try."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(1, int(seconds + 0.999))
        super().__init__(
            "Too many wrong passphrases for this account. Wait {seconds} s before trying again.",
            seconds=self.seconds,
        )


@dataclass
class AccountAttempts:
    """Failed attempts of one account since its last successful sign-in."""

    failures: int = 0
    #: Epoch seconds of the most recent failures (at most ``KEEP_TIMES``).
    times: list[float] = field(default_factory=list)

    def wait(self, now: float) -> float:
        """Seconds until the next attempt is allowed (0: now)."""
        delay = delay_after(self.failures)
        if delay <= 0 or not self.times:
            return 0.0
        elapsed = now - self.times[-1]
        if elapsed < 0:  # the clock was set back: never longer than the longest delay
            return min(delay, MAX_DELAY)
        return max(0.0, delay - elapsed)


def delay_after(failures: int) -> float:
    """Seconds to wait after ``failures`` consecutive wrong passphrases."""
    beyond = failures - FREE_FAILURES
    if beyond <= 0:
        return 0.0
    return float(min(MAX_DELAY, BASE_DELAY * 2 ** min(beyond - 1, 20)))


def attempts_path(vault_path: Path) -> Path:
    vault_path = Path(vault_path)
    return vault_path.with_name(vault_path.name + SUFFIX)


def _salt(vault_path: Path) -> bytes:
    """The vault file's salt (first 16 bytes; not secret), so hashes differ per vault."""
    try:
        with open(vault_path, "rb") as handle:
            return handle.read(16)
    except OSError:
        return b""


def _account_key(salt: bytes, username: str) -> str:
    name = username.strip().casefold().encode("utf-8")
    return hashlib.sha256(b"caseapp-attempts:" + salt + b":" + name).hexdigest()[:24]


def _checksum(salt: bytes, body: bytes) -> str:
    return hmac.new(b"caseapp-attempts:" + salt, body, hashlib.sha256).hexdigest()


@dataclass
class _State:
    accounts: dict[str, AccountAttempts]
    #: The file existed but failed its check (or could not be parsed).
    suspect: bool = False


def _load(vault_path: Path, salt: bytes) -> _State:
    path = attempts_path(vault_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _State({})
    except OSError:
        log.warning("sign-in attempts file unreadable")
        return _State({}, suspect=True)
    try:
        outer = json.loads(raw)
        body = outer["body"].encode("utf-8")
        if not hmac.compare_digest(outer["check"], _checksum(salt, body)):
            raise ValueError("checksum")
        data = json.loads(body)
        accounts = {
            str(key): AccountAttempts(
                int(value["failures"]), [float(t) for t in value["times"]][-KEEP_TIMES:]
            )
            for key, value in data["accounts"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("sign-in attempts file failed its check")
        return _State({}, suspect=True)
    return _State(accounts)


def _save(vault_path: Path, salt: bytes, accounts: dict[str, AccountAttempts]) -> None:
    path = attempts_path(vault_path)
    live = {k: v for k, v in accounts.items() if v.failures > 0}
    try:
        if not live:
            path.unlink(missing_ok=True)
            return
        body = json.dumps(
            {"accounts": {k: {"failures": v.failures, "times": v.times} for k, v in live.items()}},
            sort_keys=True,
        )
        outer = {"version": 1, "body": body, "check": _checksum(salt, body.encode("utf-8"))}
        write_private(path, json.dumps(outer).encode("utf-8"))
    except (OSError, CaseAppError):  # read-only medium: the delay then lasts this run only
        log.warning("sign-in attempts file cannot be written")


def attempts(vault_path: Path, username: str) -> AccountAttempts:
    """The account's failed attempts as the file records them."""
    salt = _salt(vault_path)
    state = _load(vault_path, salt)
    found = state.accounts.get(_account_key(salt, username), AccountAttempts())
    if state.suspect:
        found = AccountAttempts(max(found.failures, SUSPECT_FAILURES), [time.time()])
    return found


def remaining_wait(vault_path: Path, username: str, now: float | None = None) -> float:
    """Seconds before ``username`` may try a passphrase again on this vault (0: now)."""
    if not Path(vault_path).is_file():
        return 0.0
    return attempts(vault_path, username).wait(time.time() if now is None else now)


def check_allowed(vault_path: Path, username: str) -> None:
    """Raise ``Throttled`` while the account must wait."""
    wait = remaining_wait(vault_path, username)
    if wait > 0:
        raise Throttled(wait)


def record_failure(vault_path: Path, username: str) -> AccountAttempts:
    """Count one wrong passphrase for ``username``; returns the account's new state."""
    salt = _salt(vault_path)
    state = _load(vault_path, salt)
    key = _account_key(salt, username)
    entry = state.accounts.setdefault(key, AccountAttempts())
    if state.suspect:
        entry.failures = max(entry.failures, SUSPECT_FAILURES - 1)
    entry.failures += 1
    entry.times = [*entry.times, time.time()][-KEEP_TIMES:]
    _save(vault_path, salt, state.accounts)
    for hook in FAILED_ATTEMPT_HOOKS:
        with contextlib.suppress(Exception):  # an observer never breaks signing in
            hook(Path(vault_path), username)
    return entry


def clear(vault_path: Path, username: str) -> list[float]:
    """Forget the account's failures after a successful sign-in; returns their times."""
    salt = _salt(vault_path)
    state = _load(vault_path, salt)
    key = _account_key(salt, username)
    entry = state.accounts.pop(key, None)
    if entry is None and not state.suspect:
        return []
    _save(vault_path, salt, state.accounts)
    return entry.times if entry else []
