"""Long CLI commands draw one progress line on a terminal's stderr and nothing when piped."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from caseapp.cli import main
from tests.conftest import PASSPHRASE
from tests.matching.test_cli import PRISONERS, REQUESTS


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _terminal(monkeypatch: pytest.MonkeyPatch) -> _Terminal:
    """A terminal as stderr, set inside the test (pytest's capture replaces it between phases)."""
    stream = _Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    return stream


def test_match_and_duplicates_show_progress_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    p, r = tmp_path / "p.csv", tmp_path / "r.csv"
    p.write_text(PRISONERS, encoding="utf-8")
    r.write_text(REQUESTS, encoding="utf-8")
    out = tmp_path / "m.csv"
    assert main(["match", "--prisoners", str(p), "--requests", str(r), "--out", str(out)]) == 0
    assert "\rMatching requests: 100% (3/3)" in terminal.getvalue()
    assert terminal.getvalue().endswith("\n") and out.exists()
    terminal.seek(0)
    terminal.truncate()
    assert main(["duplicates", "--prisoners", str(p), "--out", str(tmp_path / "d.csv")]) == 0
    assert "\rLooking for duplicates: 100% (4/4)" in terminal.getvalue()


def test_rematch_shows_progress_in_the_chosen_language_and_is_quiet_when_piped(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _terminal(monkeypatch)
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    vault = ["--vault", str(vault_path)]
    assert main(["demo", *vault, "--prisoners", "20", "--requests", "10"]) == 0
    terminal.seek(0)
    terminal.truncate()
    assert main(["rematch", *vault]) == 0
    drawn = terminal.getvalue()
    assert "\rRe-matching: 100% (" in drawn and drawn.endswith("\n")
    terminal.seek(0)
    terminal.truncate()
    assert main(["--lang", "uk", "rematch", *vault]) == 0
    assert "\rПовторне зіставлення: 100% (" in terminal.getvalue()
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    assert main(["rematch", *vault]) == 0
    assert piped.getvalue() == ""
