"""Screenshots of every screen at 1366×768, to check layouts by eye in each language.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screens.py OUT_DIR [en uk ru]

One child process per language (a fresh QApplication each): a small demo vault in a temporary
folder (invented people only), then the unlock page, the create-vault wizard, both record lists
(empty with their hint, full, searching another form of a name), each tab of a request and of a
prisoner record, matches with the review, duplicates, the import wizard's steps, the export
dialog, the letters screens, exchange rounds and sync tabs, the accounts dialog. Files are named
``LANG-NN-screen.png``. Open them and look for horizontal scrollbars, clipped or elided text and
columns that hide their data. Nothing here writes outside the temporary folder and OUT_DIR.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)


def _child(out: Path, lang: str) -> int:
    home = Path(tempfile.mkdtemp(prefix="caseapp-screens-"))
    os.environ["CASEAPP_HOME"] = str(home)
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")  # window geometry stays in here
    os.environ["CASEAPP_TEST_WEAK_KDF"] = "1"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    import ui.app
    from caseapp.accounts import create_vault
    from caseapp.demo import fill_vault
    from caseapp.domain.models import PrisonerRecord, TimelineEvent
    from caseapp.store import Session
    from caseapp.vault.keyslots import TEST_KDF

    app = QApplication(["caseapp"])
    count = [0]

    def shot(widget: QWidget, name: str, resize: bool = True) -> None:
        if resize:
            widget.resize(*SIZE)
        widget.show()
        QTest.qWait(300)
        count[0] += 1
        path = out / f"{lang}-{count[0]:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    def wait(condition: Callable[[], bool], ms: int = 60_000) -> None:
        waited = 0
        while not condition() and waited < ms:
            QTest.qWait(50)
            waited += 50

    # --- the locked side: create-vault wizard and unlock page
    vault_path = home / "field.caseapp"
    _app, win = ui.app.create_window(home / "new.caseapp", lang)
    win.resize(*SIZE)
    win.show()
    wait(lambda: hasattr(win, "wizard") and win.wizard.isVisible())
    shot(win.wizard, "create-vault", resize=False)
    win.wizard.reject()
    shot(win, "unlock")

    created, _recovery = create_vault(vault_path, "admin", "correct horse battery", kdf=TEST_KDF)
    session = Session(created.vault, created.account)
    win.open_session(session)
    assert win.workspace is not None
    workspace = win.workspace
    records = workspace.current_page()
    shot(win, "requests-empty")
    workspace.show_page("prisoners")
    shot(win, "prisoners-empty")
    for key in ("matches", "duplicates", "letters"):
        workspace.show_page(key)
        QTest.qWait(800)
        shot(win, f"{key}-empty")

    win.operations.changed.emit(fill_vault(session, 300, 150, related=0.4))
    workspace.show_page("requests")
    records = workspace.current_page()
    wait(lambda: records.list_page.model.rowCount() > 0)
    QTest.qWait(800)
    shot(win, "requests")
    records.open_record(records.list_page.model.id_at(0))
    editor = records.editor
    for number in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(number)
        QTest.qWait(400)
        shot(win, f"request-tab{number + 1}")
    records.show_list()
    records.open_record(None)
    shot(win, "request-new")
    records.show_list()

    workspace.show_page("prisoners")
    prisoners = workspace.current_page()
    wait(lambda: prisoners.list_page.model.rowCount() > 0)
    QTest.qWait(500)
    shot(win, "prisoners")
    with session.transaction("screens") as txn:  # a hit through another form of the name
        sought = txn.create(
            PrisonerRecord(family_name="Коваленко", given_name="Александр", patronymic="Петрович")
        )
        txn.create(
            TimelineEvent(
                prisoner_id=sought.id,
                kind="transfer",
                event_date="2023-03",
                event_date_to="2023-05",
                place="СІЗО-2, Таганрог",
                details="переведений разом з іншими з Оленівки",
            )
        )
        txn.create(TimelineEvent(prisoner_id=sought.id, kind="capture", event_date="2022-04-12"))
    win.operations.did_change(txn.changes)
    QTest.qWait(500)
    prisoners.list_page.search_edit.setText("Kovalenko Oleksandr")
    wait(lambda: prisoners.list_page.model.search_text == "Kovalenko Oleksandr")
    QTest.qWait(800)
    shot(win, "prisoners-search")
    prisoners.open_record(sought.id)
    editor = prisoners.editor
    for number in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(number)
        QTest.qWait(400)
        shot(win, f"prisoner-tab{number + 1}")
    prisoners.show_list()

    workspace.show_page("matches")
    matches = workspace.current_page()
    QTest.qWait(500)
    matches.start_rematch()
    wait(lambda: matches.model.rowCount() > 0, 90_000)
    QTest.qWait(800)
    matches.view.selectRow(0)
    QTest.qWait(800)
    shot(win, "matches-review")

    workspace.show_page("duplicates")
    duplicates = workspace.current_page()
    duplicates.find_duplicates()
    QTest.qWait(6000)
    shot(win, "duplicates")

    list_page = records.list_page
    workspace.show_page("requests")
    csv_path = home / "list.csv"
    csv_path.write_text(
        "family_name,given_name,birth_date,unit\nКоваленко,Олександр,1998-03-14,36 ОБрМП\n",
        encoding="utf-8",
    )
    prisoners.list_page.import_list()
    wizard = prisoners.list_page.import_wizard
    shot(wizard, "import-1")
    wizard.path_edit.setText(str(csv_path))
    wizard.next()
    wait(lambda: wizard.steps.currentIndex() == 1)
    shot(wizard, "import-2-mapping")
    wizard.next()
    wait(lambda: wizard.steps.currentIndex() == 2)
    shot(wizard, "import-3-dry-run")
    wizard.close()
    list_page.export_list()
    dialogs = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    for dialog in dialogs:
        shot(dialog, "export", resize=False)
        dialog.close()

    workspace.show_page("letters")
    letters = workspace.current_page()
    QTest.qWait(800)
    shot(win, "letters")
    for name, make in (
        ("letter-new", letters.new_letter),
        ("letter-batch", letters.batch),
        ("letter-specimens", letters.specimens),
        ("letter-profile", letters.edit_profile),
    ):
        dialog = make()
        QTest.qWait(500)
        shot(dialog, name, resize=False)
        dialog.close()

    workspace.show_page("rounds")
    rounds = workspace.current_page()
    QTest.qWait(800)
    shot(win, "rounds-empty")
    rounds.new_round("Обмін 2026-05", None, 100)
    wait(lambda: rounds.view is not None)
    QTest.qWait(800)
    for number in range(rounds.tabs.count()):
        rounds.tabs.setCurrentIndex(number)
        QTest.qWait(800)
        shot(win, f"round-tab{number + 1}")
    workspace.show_page("sync")
    sync = workspace.current_page()
    for number in range(sync.count()):
        sync.setCurrentIndex(number)
        QTest.qWait(800)
        shot(win, f"sync-tab{number + 1}")
    workspace.show_page("audit")
    QTest.qWait(1500)
    shot(win, "audit")
    win.show_accounts()
    QTest.qWait(800)
    shot(win.accounts_dialog, "accounts", resize=False)
    win.accounts_dialog.close()
    win.lock()
    QTest.qWait(500)
    win.close()
    app.processEvents()
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        raise SystemExit(__doc__)
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    if argv[1:2] == ["--child"]:
        return _child(out, argv[2])
    failed = 0
    for lang in argv[1:] or ["en", "uk"]:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        run = subprocess.run([sys.executable, __file__, str(out), "--child", lang], env=env)
        failed |= run.returncode
    return failed


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
