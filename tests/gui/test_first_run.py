"""A new user's first hour: language, recovery key on paper, empty lists that say how to begin,
demo data, the user guide, and changing the language without a restart."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.accounts import unlock_session
from caseapp.domain.models import PrisonerRecord, TracingRequest
from caseapp.resources import resource_path
from caseapp.settings import MachineSettings
from caseapp.store import list_entities
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import unlock
from ui.first_run import LanguageDialog
from ui.guide import PAGES, open_guide
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.pages.records import RecordsPage
from ui.print_key import render_recovery_sheet

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english() -> Iterator[None]:
    """Back to English after a test that switches the language."""
    yield None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "en")


def _requests_page(window: MainWindow) -> RecordsPage:
    assert window.workspace is not None
    window.workspace.show_page("requests")
    page = window.workspace.current_page()
    assert isinstance(page, RecordsPage)
    return page


def test_language_dialog_offers_each_language_in_its_own_name(qtbot: QtBot) -> None:
    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    assert {b.text() for b in dialog.buttons.values()} == {"English", "Українська", "Русский"}
    dialog.buttons["uk"].click()
    assert dialog.language == "uk" and dialog.result() == LanguageDialog.DialogCode.Accepted


def test_language_changes_at_once_while_locked(
    qtbot: QtBot, window: MainWindow, english: object
) -> None:
    window.unlock_page.user_edit.setText("someone")
    window.change_language("uk")
    assert window.unlock_page.unlock_button.text() == "Розблокувати"
    assert window.unlock_page.user_edit.text() == "someone"  # what was typed survives
    assert "&Налаштування" in [a.text() for a in window.menuBar().actions()]
    assert MachineSettings.load().language == "uk"  # remembered for the next start
    window.change_language("ru")
    assert window.unlock_page.unlock_button.text() == "Разблокировать"


def test_language_changes_at_once_while_unlocked(
    qtbot: QtBot, window: MainWindow, english: object
) -> None:
    unlock(qtbot, window)
    assert window.workspace is not None
    window.workspace.show_page("prisoners")
    window.change_language("uk")
    workspace = window.workspace
    assert workspace is not None and window.session is not None
    assert workspace.nav.currentItem().text() == "Записи про полонених"  # same section, new words
    assert window.lock_action.text() == "&Заблокувати"


def test_empty_list_welcomes_and_demo_data_fills_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = unlock(qtbot, window)
    page = _requests_page(window)
    welcome = page.list_page.welcome
    qtbot.waitUntil(lambda: page.list_page.body.currentWidget() is welcome)
    assert welcome.demo_button.isVisible()
    assert "Ctrl+N" in page.list_page.new_button.toolTip()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    welcome.demo_button.click()
    assert list_entities(session.conn, TracingRequest, limit=1) == []  # declined: nothing added

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    welcome.demo_button.click()
    qtbot.waitUntil(
        lambda: page.list_page.body.currentWidget() is page.list_page.view, timeout=20_000
    )
    records = list_entities(session.conn, PrisonerRecord, limit=5)
    assert records and all("Invented" in (r.notes or "") for r in records)
    assert page.list_page.model.rowCount() > 0


def test_welcome_opens_a_new_request_and_hides_demo_in_a_used_vault(
    qtbot: QtBot, window: MainWindow, vault_path: Path
) -> None:
    opened = unlock_session(vault_path, ADMIN, PASSPHRASE)
    with opened.transaction("test") as txn:
        txn.create(PrisonerRecord(family_name="Коваленко", given_name="Іван"))
    opened.vault.close()
    unlock(qtbot, window)
    page = _requests_page(window)
    welcome = page.list_page.welcome
    qtbot.waitUntil(lambda: page.list_page.body.currentWidget() is welcome)
    assert not welcome.demo_button.isVisible()  # a vault with real records gets no demo offer
    welcome.new_button.click()
    assert page.editor is not None and page.stack.currentWidget() is page.editor


def test_user_guide_opens_offline_in_the_interface_language(qtbot: QtBot, english: object) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, "uk")
    guide = open_guide("first-steps.html")
    qtbot.addWidget(guide)
    assert "Перші кроки" in guide.browser.toPlainText()
    guide.show_page("index.html")
    assert "Посібник користувача CaseApp" in guide.browser.toPlainText()
    guide.close()


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_guide_pages_exist_and_every_link_resolves(lang: str) -> None:
    folder = resource_path("guide", lang)
    for page in PAGES:
        text = (folder / page).read_text(encoding="utf-8")
        for target in re.findall(r'href="([^"]+)"', text):
            assert target in PAGES, f"{lang}/{page} links to {target}"
        assert "http" not in text  # offline: nothing points outside


def test_recovery_sheet_prints_the_key(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    out = tmp_path / "sheet.pdf"
    printer.setOutputFileName(str(out))
    key = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH-IJKLM-NOPQR-STUVW"
    render_recovery_sheet(printer, key, "field.caseapp")
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"[\s-]", "", text)
    assert key.replace("-", "") in flat and "field.caseapp" in unicodedata.normalize("NFKC", text)


def test_app_self_check_reaches_the_unlock_screen(tmp_path: Path) -> None:
    """The flag the packaged-app check and the start-up benchmark rely on, from source."""
    env = {
        **os.environ,
        "CASEAPP_SELF_CHECK": "1",
        "CASEAPP_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "caseapp", "gui", "--lang", "uk", "--vault", str(tmp_path / "v")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["unlock_shown"] and report["title"] == "Розблокувати"
    assert {"caseapp_uk.qm", "qtbase_uk.qm"} <= set(report["translations"])


def test_create_vault_wizard_starts_in_the_name_field(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.create_vault import CreateVaultWizard

    wizard = CreateVaultWizard(tmp_path / "new.caseapp")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.account_page.name_edit)
    assert wizard.recovery_page.print_button.text() == "Print it…"


@pytest.mark.parametrize(
    ("lang", "look_in", "cancel"),
    [("uk", "Перегляд в:", "Скасувати"), ("ru", "Перейти к:", "Отмена")],
)
def test_qt_own_dialogs_follow_the_language(
    lang: str, look_in: str, cancel: str, english: object
) -> None:
    """File pickers and standard buttons come from Qt's own catalog (qtbase_*.qm)."""
    from PySide6.QtCore import QCoreApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_language(app, lang)
    assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_app_icon_has_every_drawn_size(qtbot: QtBot) -> None:  # qtbot: a QApplication
    from ui.app import app_icon

    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert resource_path("icons", "caseapp.svg").read_text(encoding="utf-8").startswith("<?xml")


def test_language_waits_for_a_running_task(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, english: object
) -> None:
    import threading

    from PySide6.QtCore import QRunnable

    from ui.worker import database_pool

    unlock(qtbot, window)
    release = threading.Event()

    class Busy(QRunnable):
        def run(self) -> None:
            release.wait(10)

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    database_pool().start(Busy())
    try:
        qtbot.waitUntil(lambda: database_pool().activeThreadCount() > 0)
        workspace = window.workspace
        window.change_language("uk")
        assert told and window.settings.language == "en" and window.workspace is workspace
    finally:
        release.set()
        database_pool().waitForDone(10_000)
    window.change_language("uk")
    assert window.settings.language == "uk" and window.workspace is not workspace


def test_first_start_asks_the_language_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, english: object
) -> None:
    import ui.app

    asked: list[str] = []

    def choose() -> str:
        asked.append("asked")
        return "ru"

    monkeypatch.setattr(ui.app, "choose_language", choose)
    monkeypatch.delenv("CASEAPP_SELF_CHECK", raising=False)
    _app, first = ui.app.create_window(tmp_path / "v.caseapp")
    qtbot.addWidget(first)
    assert asked == ["asked"] and MachineSettings.load().language == "ru"
    assert first.unlock_page.unlock_button.text() == "Разблокировать"
    _app, second = ui.app.create_window(tmp_path / "v.caseapp")
    qtbot.addWidget(second)
    assert asked == ["asked"]  # remembered: not asked again
