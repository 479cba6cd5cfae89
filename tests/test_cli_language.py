"""CLI messages follow ``--lang``, else ``CASEAPP_LANG``, else the language chosen in the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.settings import MachineSettings
from tests.conftest import PASSPHRASE

CSV = "family_name,given_name,birth_date\nКоваленко,Олександр,1990\n"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("CASEAPP_LANG", raising=False)


def test_lang_option_translates_errors(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "none.caseapp"
    assert main(["--lang", "uk", "list", "prisoners", "--vault", str(missing)]) == 2
    assert capsys.readouterr().err == "caseapp: За цим шляхом немає сховища.\n"
    assert not missing.exists()
    assert main(["--lang=ru", "list", "prisoners", "--vault", str(missing)]) == 2
    assert capsys.readouterr().err == "caseapp: По этому пути нет хранилища.\n"


def test_language_setting_and_environment(
    vault_path: Path,
    tmp_path: Path,
    env: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = MachineSettings.load()
    settings.language = "uk"
    settings.save()
    source = tmp_path / "list.csv"
    source.write_text(CSV, encoding="utf-8")
    assert main(["import", "prisoners", str(source), "--vault", str(vault_path)]) == 0
    assert "Імпортовано записів про полонених: 1." in capsys.readouterr().out
    monkeypatch.setenv("CASEAPP_LANG", "ru")  # the environment wins over the setting
    assert (
        main(["export", "prisoners", "--vault", str(vault_path), "--out", str(tmp_path / "o.csv")])
        == 0
    )
    assert "Записи о пленных экспортированы" in capsys.readouterr().out
    assert main(["--lang", "en", "list", "prisoners", "--vault", str(tmp_path / "x")]) == 2
    assert "There is no vault at this path." in capsys.readouterr().err  # the option wins over both


def test_parse_errors_stay_one_line_in_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "uk", "no-such-command"])
    assert caught.value.code == 2
    assert "caseapp: помилка: " in capsys.readouterr().err


def test_lang_before_gui_reaches_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.app

    seen: dict[str, object] = {}

    def fake_run(vault: Path | None = None, language: str | None = None) -> int:
        seen["language"] = language
        return 0

    monkeypatch.setattr(ui.app, "run", fake_run)
    assert main(["--lang", "ru", "gui"]) == 0
    assert seen["language"] == "ru"


def test_letter_sample_reports_in_the_language(
    tmp_path: Path, env: None, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "specimen.pdf"
    args = ["--lang", "uk", "letter", "sample", "--kind", "no_news", "--lang", "ru"]
    assert main([*args, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "Зразок листа (no_news, ru) записано до" in capsys.readouterr().out
