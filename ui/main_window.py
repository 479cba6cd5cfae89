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
    QInputDialog,
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

from caseapp import __version__, audit
from caseapp.accounts import change_passphrase
from caseapp.backup import reminder_days, set_reminder_days
from caseapp.settings import MachineSettings
from caseapp.store import Session
from caseapp.vault.keyslots import default_kdf
from ui import clipboard
from ui.backup import Backups, RestoreDialog
from ui.create_vault import CreateVaultWizard
from ui.guide import open_guide
from ui.i18n import LANGUAGES, install_language
from ui.lifecycle import CanClose, CanLeave, KeepsPlace, LockAware, ShowsRequest
from ui.operations import Operations
from ui.pages.audit import AuditPage
from ui.pages.duplicates import DuplicatesPage
from ui.pages.letters import LettersPage
from ui.pages.matches import MatchesPage
from ui.pages.records import RecordsPage
from ui.pages.rounds import RoundsPage
from ui.pages.sync import SyncPage
from ui.session_events import SystemLockWatcher
from ui.task_panel import TaskPanel
from ui.unlock import UnlockPage
from ui.vault_check import VaultCheck
from ui.worker import (
    OPEN_VAULTS,
    close_when_idle,
    database_pool,
    favour_gui_thread,
    run_in_background,
    stop_work,
)

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
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 6px 10px; }")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as the longest title in this language (padding, frame, a scrollbar's room),
        # so no title is cut and the pane never needs a horizontal scrollbar.
        metrics = self.nav.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for _k, t, _f in self.page_factories())
        nav_width = widest + 20 + 2 * self.nav.frameWidth() + 24
        self.nav.setMinimumWidth(nav_width)
        self.setChildrenCollapsible(False)
        self.addWidget(self.nav)
        self.addWidget(self.stack)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setSizes([nav_width, 1366 - nav_width])

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
        ] + (
            [("audit", self.tr("Audit"), lambda: AuditPage(session, operations))]
            if audit.may_read_audit(session.role)
            else []
        )

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def current_key(self) -> str:
        item = self.nav.item(self.stack.currentIndex())
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def pages(self) -> list[QWidget]:
        return [w for i in range(self.stack.count()) if (w := self.stack.widget(i)) is not None]


class MainWindow(QMainWindow):
    locked = Signal()

    def __init__(self, vault_path: Path, settings: MachineSettings):
        super().__init__()
        favour_gui_thread()
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
        self.purge_action = QAction(self)
        self.purge_action.triggered.connect(self.show_purge)
        self.purge_action.setEnabled(False)
        self.wipe_action = QAction(self)
        self.wipe_action.triggered.connect(self.show_wipe)
        self.wipe_action.setEnabled(False)
        self.passphrase_action = QAction(self)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.passphrase_action.setEnabled(False)
        self.vault_check = VaultCheck(self)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self.back_up)
        self.backup_action.setEnabled(False)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self.restore_from_backup)
        self.reminder_action = QAction(self)
        self.reminder_action.triggered.connect(self.set_backup_reminder)
        self.reminder_action.setEnabled(False)
        self.idle_action = QAction(self)
        self.idle_action.triggered.connect(self.set_idle_minutes)
        self.backups = Backups(self.operations, self)
        self.backups.finished.connect(self._backup_done)
        #: Where the user was at the last lock: (account id, section, the section's place).
        self._place: tuple[str, str, dict[str, object] | None] | None = None
        self._build_menus()

        self.vault_label = QLabel()
        self.user_label = QLabel()
        self.lock_button = QToolButton()
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.task_panel = TaskPanel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.backup_button = QToolButton()
        self.backup_button.clicked.connect(self.back_up)
        self.backup_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.backup_button.setStyleSheet("QToolButton { color: #8a4b00; font-weight: bold; }")
        self.backup_button.hide()
        self.statusBar().addPermanentWidget(self.backup_button)
        self.statusBar().addPermanentWidget(self.task_panel)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.lock_button)

        self.idle = IdleWatcher(settings.auto_lock_minutes, self)
        self.idle.idle.connect(self._auto_lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.system_lock = SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self._system_lock)
        self.system_lock.attach(self)
        clipboard.watch()
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
        self.purge_action.setText(self.tr("&Purge closed cases…"))
        self.wipe_action.setText(self.tr("Emergency &wipe…"))
        self.passphrase_action.setText(self.tr("Change my &passphrase…"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.accounts_action)
        file_menu.addAction(self.passphrase_action)
        file_menu.addAction(self.check_action)
        file_menu.addAction(self.purge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.wipe_action)
        file_menu.addSeparator()
        self.backup_action.setText(self.tr("&Back up the vault…"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
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
        self.idle_action.setText(self.tr("Lock when &idle…"))
        self.reminder_action.setText(self.tr("&Backup reminder…"))
        settings_menu.addAction(self.idle_action)
        settings_menu.addAction(self.reminder_action)
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
        page.restore_requested.connect(self.restore_from_backup)
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
        self._return_to_place(session)
        self.idle.timer.start()
        self.refresh_backup_reminder()

    def _return_to_place(self, session: Session) -> None:
        """The same account unlocking again finds the section and the record it had open (with
        its unsaved edits, kept as a draft at the lock); anyone else starts afresh."""
        place, self._place = self._place, None
        if place is None or self.workspace is None or place[0] != session.account.id:
            return
        _, key, where = place
        self.workspace.show_page(key)
        page = self.workspace.current_page()
        if where is not None and isinstance(page, KeepsPlace):
            page.return_to(where)

    def _show_workspace(self, session: Session) -> None:
        current = self.workspace.nav.currentRow() if self.workspace is not None else 0
        self.workspace = Workspace(session, self.operations, self)
        self.workspace.nav.setCurrentRow(current)
        self.setCentralWidget(self.workspace)
        self.lock_action.setEnabled(True)
        self.accounts_action.setEnabled(session.role == "admin")
        self.passphrase_action.setEnabled(True)
        self.check_action.setEnabled(True)
        self.purge_action.setEnabled(session.role == "admin")
        self.wipe_action.setEnabled(session.role == "admin")

        self.backup_action.setEnabled(True)
        self.reminder_action.setEnabled(session.role == "admin")
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
        self._audit_lock(self.session)
        vault.refuse_this_thread()  # a screen's code still running (a dialog returning) gets
        # "locked", never a connection that is about to be closed on another thread
        self._close_dialogs()
        if workspace is not None:
            current = workspace.current_page()
            where = current.place() if isinstance(current, KeepsPlace) else None
            self._place = (self.session.account.id, workspace.current_key(), where)
        for page in workspace.pages() if workspace else []:
            if isinstance(page, LockAware):
                page.about_to_lock()
        clipboard.clear_if_ours()
        self.idle.timer.stop()
        self.session = None
        self.workspace = None
        self.lock_action.setEnabled(False)
        self.accounts_action.setEnabled(False)
        self.passphrase_action.setEnabled(False)
        self.check_action.setEnabled(False)
        self.purge_action.setEnabled(False)
        self.wipe_action.setEnabled(False)

        self.backup_action.setEnabled(False)
        self.reminder_action.setEnabled(False)
        self.backup_button.hide()
        self.show_unlock()  # replaces (and deletes) the workspace with every decrypted screen
        if workspace is not None:
            workspace.hide()
            workspace.deleteLater()
        close_when_idle(vault, on_closed=on_closed)
        self.locked.emit()

    def _audit_lock(self, session: Session) -> None:
        """The lock goes into the audit trail, written on the writer before the vault closes."""
        run_in_background(
            self,
            lambda _progress: audit.record(session, "lock"),
            title=self.tr("Recording in the audit trail…"),
            on_failure=lambda exc: log.warning("lock not audited: %s", type(exc).__name__),
            cancellable=False,
            short_write=True,
        )

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

    def show_purge(self) -> None:
        if self.session is None:
            return
        from ui.pages.retention import PurgeDialog

        self.purge_dialog = PurgeDialog(self.session, self.operations, self)
        self.purge_dialog.open()

    def show_wipe(self) -> None:
        if self.session is None:
            return
        from ui.pages.retention import WipeDialog

        dialog = WipeDialog(self.session, self.operations, self)

        def wiped(ms: int) -> None:
            self.lock()  # no passphrase opens the vault any more: show only the unlock page
            self.wipe_message = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Emergency wipe"),
                self.tr(
                    "Every key slot was destroyed (%1 ms). No passphrase opens this vault now; "
                    "only the recovery key does."
                ).replace("%1", str(ms)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            self.wipe_message.open()

        dialog.wiped.connect(wiped)
        self.wipe_dialog = dialog
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

    def _system_lock(self, reason: str) -> None:
        if self.session is not None:
            log.info("lock: %s", reason)
            self.lock()

    def set_idle_minutes(self) -> None:
        """Settings → Lock when idle: minutes without keyboard or mouse (this computer)."""
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Lock when idle"),
            self.tr("Lock the vault after this many minutes without keyboard or mouse:"),
            self.settings.auto_lock_minutes,
            1,
            240,
        )
        if not ok:
            return
        self.settings.auto_lock_minutes = minutes
        self.settings.save()
        self.idle.timer.setInterval(minutes * 60_000)
        if self.session is not None:
            self.idle.timer.start()

    # --- backups -------------------------------------------------------------------------------

    def back_up(self) -> None:
        if self.session is not None:
            self.backups.ask_and_start(self, self.session)

    def _backup_done(self, result: object) -> None:
        self.refresh_backup_reminder()
        path = getattr(result, "path", None)
        self.statusBar().showMessage(
            self.tr("Backup written: %1").replace("%1", str(path or "")), 10_000
        )

    def refresh_backup_reminder(self) -> None:
        """The status line's "back up now" when the last backup is older than the setting."""
        if self.session is None:
            self.backup_button.hide()
            return
        text = self.backups.reminder_text(self.session)
        self.backup_button.setText(text)
        self.backup_button.setVisible(bool(text))

    def set_backup_reminder(self) -> None:
        session = self.session
        if session is None:
            return
        days, ok = QInputDialog.getInt(
            self,
            self.tr("Backup reminder"),
            self.tr("Remind to back up after this many days without a backup (0: never):"),
            reminder_days(session.conn),
            0,
            365,
        )
        if ok:
            self.operations.write(
                self,
                lambda _p: set_reminder_days(session, days),
                title=self.tr("Saving the backup reminder"),
                on_success=lambda _r: self.refresh_backup_reminder(),
            )

    def restore_from_backup(self) -> None:
        """The vault must be closed to be replaced: lock first if it is open."""
        if self.session is not None:
            self._lock(on_closed=self._open_restore)
        else:
            self._open_restore()

    def _open_restore(self) -> None:
        if not shiboken6.isValid(self):
            return
        page = self.unlock_page
        dialog = RestoreDialog(page.vault_path(), page.user_edit.text(), self)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()

    def _restored(self, result: object) -> None:
        path = getattr(result, "vault_path", None)
        replaced = getattr(result, "replaced", None)
        self._place = None  # the record open before may not be in the restored vault
        if isinstance(path, Path):
            self.vault_path = path
            self.unlock_page.path_edit.setText(str(path))
        text = self.tr("The vault was restored from the backup. Unlock it to go on.")
        if replaced is not None:
            text += " " + self.tr("The vault it replaced is kept as %1.").replace(
                "%1", Path(str(replaced)).name
            )
        self.unlock_page.show_notice(text)

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
