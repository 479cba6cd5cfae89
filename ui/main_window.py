"""The application window: unlock screen while locked, the workspace while unlocked."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
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
from caseapp.settings import MachineSettings
from caseapp.store import Session
from ui.create_vault import CreateVaultWizard
from ui.operations import Operations
from ui.pages.duplicates import DuplicatesPage
from ui.pages.letters import LettersPage
from ui.pages.matches import MatchesPage
from ui.pages.placeholder import PlaceholderPage
from ui.pages.records import RecordsPage
from ui.pages.sync import SyncPage
from ui.unlock import UnlockPage
from ui.worker import close_vault

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

    def _nav_changed(self, row: int) -> None:
        """Switch sections only once the current one agrees (unsaved edits are not dropped)."""
        current = self.stack.currentWidget()
        can_leave = getattr(current, "can_leave", None)
        if row != self.stack.currentIndex() and callable(can_leave) and not can_leave():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentIndex(row)

    def page_factories(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """Screens in navigation order. Later issues replace the placeholders."""
        soon = self.tr("This screen is being built. Its data is already kept in the vault.")
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
                lambda: PlaceholderPage(self.tr("Exchange rounds"), soon),
            ),
            ("letters", self.tr("Letters"), lambda: LettersPage(session, operations)),
            ("sync", self.tr("Sync"), lambda: SyncPage(session, operations)),
        ]

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def pages(self) -> list[QWidget]:
        return [self.stack.widget(i) for i in range(self.stack.count())]


class MainWindow(QMainWindow):
    locked = Signal()

    def __init__(self, vault_path: Path, settings: MachineSettings):
        super().__init__()
        self.settings = settings
        self.vault_path = vault_path
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.operations = Operations(self)
        self.setWindowTitle(self.tr("CaseApp"))
        self.setMinimumSize(900, 600)

        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        about_action = QAction(self.tr("&About CaseApp"), self)
        about_action.triggered.connect(self._about)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.menuBar().addMenu(self.tr("&Help")).addAction(about_action)

        self.vault_label = QLabel()
        self.user_label = QLabel()
        self.lock_button = QToolButton()
        self.lock_button.setDefaultAction(self.lock_action)
        self.lock_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.statusBar().addWidget(self.vault_label, 1)
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

    # --- locked state --------------------------------------------------------------------------

    def show_unlock(self) -> None:
        page = UnlockPage(self.vault_path, self.settings.last_user, self)
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
        self.vault_path = session.vault.path
        self.settings.last_vault = str(session.vault.path)
        self.settings.last_user = session.account.username or ""
        self.settings.save()
        self.workspace = Workspace(session, self.operations, self)
        self.setCentralWidget(self.workspace)
        self.lock_action.setEnabled(True)
        account = session.account
        self.vault_label.setText(self.tr("Vault: %1").replace("%1", session.vault.path.name))
        self.user_label.setText(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", account.display_name or account.username or "")
            .replace("%2", role_label(account.role or ""))
        )
        self.idle.timer.start()

    def lock(self) -> None:
        """Close the vault and forget the key; unsaved drafts are kept by the pages themselves."""
        if self.session is None:
            return
        for page in self.workspace.pages() if self.workspace else []:
            about_to_lock = getattr(page, "about_to_lock", None)
            if callable(about_to_lock):
                about_to_lock()
        self.idle.timer.stop()
        close_vault(self.session.vault)
        self.session = None
        self.workspace = None
        self.lock_action.setEnabled(False)
        self.show_unlock()
        self.locked.emit()

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
                can_close = getattr(page, "can_close", None)
                if callable(can_close) and not can_close():
                    event.ignore()
                    return
            close_vault(self.session.vault)
            self.session = None
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
