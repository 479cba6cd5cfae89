"""The application window: unlock screen while locked, the workspace while unlocked."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from caseapp import __version__
from caseapp.accounts import change_passphrase
from caseapp.settings import MachineSettings
from caseapp.store import Session
from caseapp.vault.keyslots import default_kdf
from ui.create_vault import CreateVaultWizard
from ui.guide import open_guide
from ui.i18n import LANGUAGES, install_language
from ui.lifecycle import CanClose, CanLeave, LockAware, ShowsRequest
from ui.operations import Operations
from ui.pages.duplicates import DuplicatesPage
from ui.pages.letters import LettersPage
from ui.pages.matches import MatchesPage
from ui.pages.records import RecordsPage
from ui.pages.rounds import RoundsPage
from ui.pages.sync import SyncPage
from ui.task_panel import TaskPanel
from ui.unlock import UnlockPage
from ui.vault_check import VaultCheck
from ui.worker import OPEN_VAULTS, close_when_idle, database_pool, stop_work

log = logging.getLogger(__name__)

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Locks the vault after a period without keyboard or mouse input."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.idle)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class Workspace(QSplitter):
    """Navigation on the left, one page at a time on the right."""

    def __init__(self, session: Session, operations: Operations, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session = session
        self.operations = operations
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        for key, title, factory in self.page_factories():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(factory())
        self.nav.setCurrentRow(0)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.setMinimumWidth(160)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 10px; }")
        self.addWidget(self.nav)
        self.addWidget(self.stack)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([200, 1000])

        operations.navigate.connect(self.navigate)

    def navigate(self, key: str, record_id: str, label: str) -> None:
        """Another screen asked to show a record here (e.g. a request's suggested matches)."""
        self.show_page(key)
        page = self.current_page()
        item = self.nav.item(self.stack.currentIndex())
        arrived = item is not None and item.data(Qt.ItemDataRole.UserRole) == key
        if arrived and isinstance(page, ShowsRequest):  # not if the user chose to stay
            page.show_request(record_id or None, label)

    def _nav_changed(self, row: int) -> None:
        """Switch sections only once the current one agrees (unsaved edits are not dropped)."""
        current = self.stack.currentWidget()
        leaving = row != self.stack.currentIndex()
        if leaving and isinstance(current, CanLeave) and not current.can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    def page_factories(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """Screens in navigation order."""
        session, operations = self.session, self.operations
        return [
            (
                "requests",
                self.tr("Tracing requests"),
                lambda: RecordsPage(session, operations, "requests"),
            ),
            (
                "prisoners",
                self.tr("Prisoner records"),
                lambda: RecordsPage(session, operations, "prisoners"),
            ),
            ("matches", self.tr("Matches"), lambda: MatchesPage(session, operations)),
            ("duplicates", self.tr("Duplicates"), lambda: DuplicatesPage(session, operations)),
            (
                "rounds",
                self.tr("Exchange rounds"),
                lambda: RoundsPage(session, operations),
            ),
            ("letters", self.tr("Letters"), lambda: LettersPage(session, operations)),
            ("sync", self.tr("Sync"), lambda: SyncPage(session, operations)),
        ]

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def pages(self) -> list[QWidget]:
        return [w for i in range(self.stack.count()) if (w := self.stack.widget(i)) is not None]


class MainWindow(QMainWindow):
    locked = Signal()

    def __init__(self, vault_path: Path, settings: MachineSettings):
        super().__init__()
        self.settings = settings
        self._last_user = ""
        self.vault_path = vault_path
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.operations = Operations(self)
        self.setWindowTitle(self.tr("CaseApp"))
        self.setMinimumSize(900, 600)

        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        self.accounts_action = QAction(self)
        self.accounts_action.triggered.connect(self.show_accounts)
        self.accounts_action.setEnabled(False)
        self.check_action = QAction(self)
        self.check_action.triggered.connect(self.check_vault_file)
        self.check_action.setEnabled(False)
        self.passphrase_action = QAction(self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.passphrase_action.setEnabled(False)
        self.vault_check = VaultCheck(self)
        self._build_menus()

        self.vault_label = QLabel()
        self.user_label = QLabel()
        self.lock_button = QToolButton()
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.task_panel = TaskPanel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addPermanentWidget(self.task_panel)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_button)

        self.idle = IdleWatcher(settings.auto_lock_minutes, self)
        self.idle.idle.connect(self._auto_lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        geometry = QSettings("CaseApp", "CaseApp").value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show_unlock()

    def _build_menus(self) -> None:
        """Menus and their texts; built again when the interface language changes."""
        self.menuBar().clear()
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setToolTip(self.tr("Close the vault now; your passphrase opens it again"))
        self.accounts_action.setText(self.tr("&Accounts…"))
        self.check_action.setText(self.tr("&Check the vault file…"))
        self.passphrase_action.setText(self.tr("Change my &passphrase…"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.accounts_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(language_menu)
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)  # each language in its own name
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.change_language(action.data()))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide_action = help_menu.addAction(self.tr("&User guide"))
        guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide_action.triggered.connect(lambda: open_guide())
        help_menu.addAction(self.tr("&About CaseApp"), self._about)

    def change_language(self, language: str) -> None:
        """Switch the interface language at once, without a restart: texts are rebuilt, the
        open section is rebuilt in place (after unsaved edits are dealt with)."""
        if language == self.settings.language:
            return
        if self.workspace is not None and database_pool().activeThreadCount() > 0:
            # The screens are rebuilt: not under a running import, re-match or letter batch.
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("A task is still running. Change the language once it has finished."),
            )
            self._build_menus()  # keeps the old language ticked
            return
        if self.workspace is not None and not all(
            getattr(page, "can_leave", lambda: True)() for page in self.workspace.pages()
        ):
            self._build_menus()
            return
        self.settings.language = language
        self.settings.save()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_language(app, language)
        self.setWindowTitle(self.tr("CaseApp"))
        self._build_menus()
        if self.session is None:
            path, user = self.unlock_page.path_edit.text(), self.unlock_page.user_edit.text()
            self.show_unlock()
            self.unlock_page.path_edit.setText(path)
            self.unlock_page.user_edit.setText(user)
        else:
            self._show_workspace(self.session)

    # --- locked state --------------------------------------------------------------------------

    def show_unlock(self) -> None:
        # The last user name is kept in memory only: on disk it would undo the hashed names.
        page = UnlockPage(self.vault_path, self._last_user, self)
        page.unlocked.connect(self.open_session)
        page.create_requested.connect(self.create_vault)
        self.setCentralWidget(page)
        self.unlock_page = page
        self.vault_label.setText(self.tr("Locked"))
        self.user_label.setText("")
        if not self.vault_path.exists():
            QTimer.singleShot(0, self.create_vault)

    def create_vault(self) -> None:
        wizard = CreateVaultWizard(self.unlock_page.vault_path(), self)
        wizard.created.connect(self.open_session)
        self.wizard = wizard
        wizard.open()

    # --- unlocked state ------------------------------------------------------------------------

    def open_session(self, session: Session) -> None:
        self.session = session
        OPEN_VAULTS.add(session.vault)
        self.vault_path = session.vault.path
        self.settings.last_vault = str(session.vault.path)
        self._last_user = session.account.username or ""
        self.settings.last_user = ""  # forget what older versions stored in plaintext
        self.settings.save()
        self._show_workspace(session)
        self.idle.timer.start()

    def _show_workspace(self, session: Session) -> None:
        current = self.workspace.nav.currentRow() if self.workspace is not None else 0
        self.workspace = Workspace(session, self.operations, self)
        self.workspace.nav.setCurrentRow(current)
        self.setCentralWidget(self.workspace)
        self.lock_action.setEnabled(True)
        self.accounts_action.setEnabled(session.role == "admin")
        self.passphrase_action.setEnabled(True)
        self.check_action.setEnabled(True)
        account = session.account
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", session.vault.path.name))
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", account.display_name or account.username or "")
            .replace("%2", role_label(account.role or ""))
        )

    def lock(self) -> None:
        """Lock at once, whatever runs: hide every decrypted screen now, cancel running work,
        and close the vault (forgetting its key) as soon as that work has stopped.

        The GUI never waits here. Drafts the pages keep as they go are written before the
        vault closes; the memory of decrypted records is released once it has closed.
        """
        self._lock()

    def _lock(self, on_closed: Callable[[], None] | None = None) -> None:
        if self.session is None:
            return
        vault = self.session.vault
        workspace = self.workspace
        stop_work(vault)  # first: the drafts queued next are not interrupted
        vault.refuse_this_thread()  # a screen's code still running (a dialog returning) gets
        # "locked", never a connection that is about to be closed on another thread
        self._close_dialogs()
        for page in workspace.pages() if workspace else []:
            if isinstance(page, LockAware):
                page.about_to_lock()
        self.idle.timer.stop()
        self.session = None
        self.workspace = None
        self.lock_action.setEnabled(False)
        self.accounts_action.setEnabled(False)
        self.passphrase_action.setEnabled(False)
        self.check_action.setEnabled(False)
        self.show_unlock()  # replaces (and deletes) the workspace with every decrypted screen
        if workspace is not None:
            workspace.hide()
            workspace.deleteLater()
        close_when_idle(vault, on_closed=on_closed)
        self.locked.emit()

    def _close_dialogs(self) -> None:
        """Every other window (a letter, an attachment, a prompt) shows decrypted data too."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()  # a dialog's exec() returns "cancelled"
            else:
                widget.hide()

    def _close_after_lock(self) -> None:
        if shiboken6.isValid(self):
            self.close()

    def check_vault_file(self) -> None:
        """The full check of every page (unlock checks only what it reads)."""
        if self.session is not None:
            self.vault_check.start(self.session)

    def show_accounts(self) -> None:
        if self.session is None:
            return
        from ui.pages.accounts import AccountsDialog, RecoveryKeyDialog

        dialog = AccountsDialog(self.session, self.operations, self)

        def rekeyed(key: str) -> None:
            self.lock()  # every open connection used the old key
            self.recovery_dialog = RecoveryKeyDialog(key, self)
            self.recovery_dialog.open()

        dialog.rekeyed.connect(rekeyed)
        self.accounts_dialog = dialog
        dialog.open()

    def change_passphrase(self) -> None:
        """The signed-in account's own passphrase: a new slot, the old one destroyed."""
        if self.session is None:
            return
        from ui.pages.accounts import PassphraseDialog

        session = self.session
        dialog = PassphraseDialog(
            self.tr("Change my passphrase"),
            self,
            ask_old=True,
            user_name=session.account.username or "",
        )
        self.passphrase_dialog = dialog

        def accepted() -> None:
            old, new = dialog.old_edit.text(), dialog.pass_edit.text()

            def done(_result: object) -> None:
                self.statusBar().showMessage(
                    self.tr(
                        "Your passphrase has been changed. The old one no longer opens the vault."
                    ),
                    15_000,
                )

            self.passphrase_task = self.operations.write(
                self,
                lambda _p: change_passphrase(session, old, new, kdf=default_kdf()),
                title=self.tr("Changing the passphrase…"),
                on_success=done,
            )

        dialog.accepted.connect(accepted)
        dialog.open()

    def _auto_lock(self) -> None:
        log.info("auto-lock after inactivity")
        self.lock()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CaseApp"),
            self.tr("CaseApp %1 — offline casework for tracing detained persons.").replace(
                "%1", __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            for page in self.workspace.pages() if self.workspace else []:
                if isinstance(page, CanClose) and not page.can_close():
                    event.ignore()
                    return
            # Quit as a lock does: the locked screen at once, and the window closes when the
            # vault has (after the drafts just queued and the cancelled jobs), never mid-write.
            self._lock(on_closed=self._close_after_lock)
            event.ignore()
            return
        QSettings("CaseApp", "CaseApp").setValue("main/geometry", self.saveGeometry())
        event.accept()


def role_label(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "admin": QCoreApplication.translate("roles", "administrator"),
        "coordinator": QCoreApplication.translate("roles", "coordinator"),
        "caseworker": QCoreApplication.translate("roles", "caseworker"),
        "liaison": QCoreApplication.translate("roles", "family liaison"),
        "viewer": QCoreApplication.translate("roles", "viewer"),
    }
    return labels.get(role, role)
