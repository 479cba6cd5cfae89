"""Helpers shared by the commands: vault path, passphrase, opening a session."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from pathlib import Path
from typing import TextIO

from caseapp.accounts import unlock_session
from caseapp.errors import BadInput
from caseapp.i18n import core_catalog
from caseapp.paths import default_vault_path
from caseapp.store import Session
from caseapp.tasks import Progress

PASSPHRASE_ENV = "CASEAPP_PASSPHRASE"
USER_ENV = "CASEAPP_USER"
LANG_ENV = "CASEAPP_LANG"

_language = "en"


def set_language(lang: str) -> None:
    """The language of this run's messages (``main`` sets it once, from ``--lang`` etc.)."""
    global _language
    _language = lang


def language() -> str:
    return _language


def text(message: str, **values: object) -> str:
    """``message`` (an English template with ``{name}`` fields) in this run's language."""
    template = core_catalog(_language).get(message, message)
    return template.format(**values) if values else template


def say(message: str, **values: object) -> None:
    """Print one translated line on stdout."""
    print(text(message, **values))


def terminal_safe(value: object) -> str:
    """A value fit for one tab-separated line on a terminal.

    Names come from lists other people wrote: an escape sequence could clear the screen, retitle
    the window or hide text, and a tab or newline would forge columns or lines. Characters that
    are not printable (C0 and C1 controls, DEL, bidi overrides) are shown as visible escapes.
    """
    if value is None:
        return ""
    text = str(value)
    if text.isprintable():
        return text
    return "".join(
        ch
        if ch.isprintable()
        else (f"\\x{ord(ch):02x}" if ord(ch) <= 0xFF else f"\\u{ord(ch):04x}")
        for ch in text
    )


def add_vault_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--vault", type=Path, help="vault file (default: CASEAPP_VAULT or data folder)"
    )
    parser.add_argument("--user", help="account name (default: CASEAPP_USER or 'admin')")
    parser.add_argument("--passphrase-file", type=Path, help="read the passphrase from this file")


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.vault) if getattr(args, "vault", None) else default_vault_path()


def username(args: argparse.Namespace) -> str:
    return getattr(args, "user", None) or os.environ.get(USER_ENV) or "admin"


_env_cache: dict[str, str] = {}


def forget_secrets() -> None:
    """Drop the secrets read from the environment (the test suite, between tests)."""
    _env_cache.clear()


def take_env(name: str) -> str | None:
    """Read a secret from the environment once and remove it from ``os.environ``.

    The value would otherwise stay readable in /proc/PID/environ (and be inherited by any child
    process) for the whole run.
    """
    if name in os.environ:
        _env_cache[name] = os.environ.pop(name)
    return _env_cache.get(name)


def read_passphrase_file(file: Path) -> str:
    """A passphrase file as Notepad or any editor saves it: UTF-8, with or without a BOM."""
    try:
        raw = Path(file).read_bytes()
    except OSError:
        raise BadInput("Cannot read the passphrase file.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput("The passphrase file is not UTF-8 text. Save it as UTF-8.") from None
    return text.rstrip("\r\n")


def read_passphrase(args: argparse.Namespace, prompt: str = "") -> str:
    """From --passphrase-file, else CASEAPP_PASSPHRASE, else an interactive prompt."""
    file = getattr(args, "passphrase_file", None)
    if file:
        return read_passphrase_file(file)
    env = take_env(PASSPHRASE_ENV)
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise BadInput(
            "No passphrase: use a prompt, {env} or --passphrase-file.", env=PASSPHRASE_ENV
        )
    return getpass.getpass(prompt or text("Passphrase: "))


def open_session(args: argparse.Namespace, *, record_sign_in: bool = True) -> Session:
    session = unlock_session(
        vault_path(args), username(args), read_passphrase(args), record_sign_in=record_sign_in
    )
    if session.vault.copied_from:
        sys.stderr.write(f"caseapp: {text(COPIED_VAULT)}\n")
    return session


#: Shown when a vault turns out to be a copy from another laptop (see Vault._claim_device).
COPIED_VAULT = (
    "This vault was copied from another laptop. It now has a device id of its own, so its "
    "reference numbers cannot clash with the original's, and it can still import bundles; to "
    "send bundles, create this laptop's vault from a coordinator's provisioning file "
    "(caseapp init --provision FILE)."
)


class TerminalProgress(Progress):
    """Progress drawn on one stderr line ("Creating demo records: 42% (4,200/10,000)") while
    a long command runs on a terminal; ``terminal_progress`` gives a silent one when stderr is
    piped or redirected, so scripts and logs get no control characters."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        self._shown_at = 0.0
        self._drawn = False

    def start(self, total: int, message: str = "") -> None:
        super().start(total, message)
        self._draw(force=True)

    def advance(self, steps: int = 1) -> None:
        super().advance(steps)
        self._draw(force=self.total > 0 and self.done >= self.total)

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._shown_at < 0.2:
            return
        self._shown_at = now
        label = text(self.message) if self.message else ""
        if self.total:
            line = f"{label}: {self.fraction:.0%} ({self.done:,}/{self.total:,})"
        else:
            line = f"{label}: {self.done:,}"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        """End the progress line (before the command prints its result)."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def terminal_progress() -> Progress:
    """A ``TerminalProgress`` on a terminal's stderr, else a silent ``Progress``."""
    stream = sys.stderr
    return TerminalProgress(stream) if stream.isatty() else Progress()


def finish_progress(progress: Progress) -> None:
    if isinstance(progress, TerminalProgress):
        progress.finish()
