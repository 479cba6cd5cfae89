"""Release check by eye: the first run and every main screen, as a new user meets them.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/walkthrough.py OUT_DIR [uk|ru|en]

Starts from nothing (a temporary data folder), chooses the language, creates a vault, confirms
the recovery key, loads demo data, opens a new request, visits each section, the user guide,
each tab of Exchange rounds and of Sync,
the Accounts dialog, the Matches "Weights" menu, the lock screen and the language menu, saving a 1366×768 screenshot of each step in OUT_DIR.
Look at them for clipped, overlapping or untranslated text.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="caseapp-walk-"))
os.environ["CASEAPP_HOME"] = str(HOME)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

import ui.app  # noqa: E402
from ui.first_run import LanguageDialog  # noqa: E402
from ui.guide import open_guide  # noqa: E402
from ui.pages.matches import MatchesPage  # noqa: E402
from ui.pages.records import RecordsPage  # noqa: E402
from ui.pages.rounds import RoundsPage  # noqa: E402
from ui.pages.sync import SyncPage  # noqa: E402


def main(out: Path, lang: str) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(["caseapp"])

    def shot(widget: QWidget, name: str) -> None:
        QTest.qWait(200)
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    def wait(condition: Callable[[], bool], ms: int = 60_000) -> None:
        waited = 0
        while not condition() and waited < ms:
            QTest.qWait(50)
            waited += 50
        if not condition():
            raise SystemExit("timed out")

    dialog = LanguageDialog()
    dialog.show()
    shot(dialog, "01-language")
    dialog.buttons[lang].click()
    ui.app.choose_language = lambda: lang  # the dialog above stands for the real first start
    _app, win = ui.app.create_window(HOME / "field.caseapp", None)
    win.resize(1366, 768)
    win.show()
    wait(lambda: hasattr(win, "wizard") and win.wizard.isVisible())
    wizard = win.wizard
    shot(wizard, "02-create-vault")
    page = wizard.account_page
    page.name_edit.setText("Оксана Петренко")
    for edit in (page.passphrase_edit, page.repeat_edit):
        edit.setText("липа ріка зима вітер")
    wizard.next()
    wait(lambda: wizard.currentPage() is wizard.recovery_page)
    shot(wizard, "03-recovery-key")
    wizard.recovery_page.confirm.setChecked(True)
    wizard.accept()
    wait(lambda: win.workspace is not None)
    QTest.qWait(800)
    shot(win, "04-requests-welcome")
    assert win.workspace is not None
    records = win.workspace.current_page()
    assert isinstance(records, RecordsPage)

    def answer_demo_question() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shot(box, "05-demo-question")
            box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(500, answer_demo_question)
    records.list_page.welcome.demo_button.click()
    wait(lambda: records.list_page.model.rowCount() > 0)
    QTest.qWait(1500)
    shot(win, "06-requests")
    records.list_page.new_button.click()
    QTest.qWait(800)
    shot(win, "07-new-request")
    records.show_list()
    for number, key in enumerate(("prisoners", "matches", "duplicates", "letters"), start=8):
        win.workspace.show_page(key)
        QTest.qWait(2500)
        shot(win, f"{number:02d}-{key}")
    win.workspace.show_page("matches")
    QTest.qWait(500)
    matches = win.workspace.current_page()
    assert isinstance(matches, MatchesPage)
    weights_menu = matches.weights_button.menu()
    assert weights_menu is not None
    weights_menu.popup(
        matches.weights_button.mapToGlobal(matches.weights_button.rect().bottomLeft())
    )
    QTest.qWait(300)
    shot(win, "15-matches-weights")
    shot(weights_menu, "15-weights-menu")
    weights_menu.close()
    win.workspace.show_page("rounds")
    QTest.qWait(1000)
    rounds = win.workspace.current_page()
    assert isinstance(rounds, RoundsPage)
    shot(win, "16-rounds-empty")
    rounds.new_round("Обмін 2026-05", None, 100)
    wait(lambda: rounds.view is not None)
    QTest.qWait(1000)
    for number in range(rounds.tabs.count()):
        rounds.tabs.setCurrentIndex(number)
        QTest.qWait(1500)
        shot(win, f"17-rounds-tab{number + 1}")
    win.workspace.show_page("sync")
    QTest.qWait(1000)
    sync = win.workspace.current_page()
    assert isinstance(sync, SyncPage)
    for number in range(sync.count()):
        sync.setCurrentIndex(number)
        QTest.qWait(1500)
        shot(win, f"18-sync-tab{number + 1}")
    win.show_accounts()
    QTest.qWait(1500)
    accounts = win.accounts_dialog
    shot(accounts, "19-accounts")
    accounts.resize(1366, 768)
    shot(accounts, "19-accounts-large")
    accounts.close()
    guide = open_guide("first-steps.html")
    shot(guide, "12-guide")
    guide.close()
    win.lock()
    QTest.qWait(500)
    shot(win, "13-unlock")
    settings_menu = win.menuBar().actions()[1].menu()
    assert settings_menu is not None
    language_menu = settings_menu.actions()[0].menu()
    assert language_menu is not None
    language_menu.popup(win.mapToGlobal(win.rect().center()))
    shot(language_menu, "14-language-menu")
    language_menu.close()
    win.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    raise SystemExit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "uk"))
