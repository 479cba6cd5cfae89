"""Backups from the GUI: File → Back up the vault…, the reminder, and the restore dialog.

The work is ``caseapp.backup``'s; a backup runs on the writer (it ends with recording its time)
as a cancellable task in the task panel, a restore on the side pool while the vault is locked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.backup import (
    BACKUP_SUFFIX,
    BackupResult,
    RestoreResult,
    backup_overdue,
    create_backup,
    default_backup_name,
    read_backup_info,
    restore_backup,
)
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.errors import message_for
from ui.locale_format import display_timestamp
from ui.operations import Operations
from ui.plain_files import documents_dir
from ui.worker import Task, run_in_background, side_pool


def _filters() -> str:
    return QCoreApplication.translate("backup", "CaseApp backups (*%1);;All files (*)").replace(
        "%1", BACKUP_SUFFIX
    )


class Backups(QObject):
    """Makes backups of the open vault; says when one is due."""

    #: A backup was written: (path, size).
    finished = Signal(object)

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.task: Task | None = None
        self.last_result: BackupResult | None = None

    def ask_and_start(self, parent: QWidget, session: Session) -> None:
        folder = documents_dir()
        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Back up the vault"),
            str(folder / default_backup_name(session.vault.path)),
            _filters(),
        )
        if path:
            if not path.endswith(BACKUP_SUFFIX) and "." not in Path(path).name:
                path += BACKUP_SUFFIX
            self.start(parent, session, Path(path))

    def start(self, parent: QWidget, session: Session, out: Path) -> Task | None:
        if self.task is not None and self.task.running:
            return None

        def work(progress: Progress) -> BackupResult:
            return create_backup(session, out, progress)

        def done(result: BackupResult) -> None:
            self.last_result = result
            self.finished.emit(result)

        self.task = self.operations.write(
            parent,
            work,
            title=self.tr("Backing up the vault"),
            on_success=done,
            cancellable=True,
        )
        return self.task

    def reminder_text(self, session: Session) -> str:
        """The status line's reminder, or "" when no backup is due."""
        overdue = backup_overdue(session.conn)
        if overdue is None:
            return ""
        if overdue < 0:
            return self.tr("No backup of this vault yet: back up now")
        return self.tr("Last backup %n day(s) ago: back up now", "", overdue)


class RestoreDialog(QDialog):
    """Replace a vault by a backup (from the locked screen): checked whole before anything is
    replaced; the replaced vault is kept next to it, renamed with the date."""

    restored = Signal(object)

    def __init__(self, vault_path: Path, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.task: Task | None = None
        self.result_: RestoreResult | None = None
        self.backup_edit = QLineEdit()
        self.backup_edit.textChanged.connect(self._describe)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(choose)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.vault_edit = QLineEdit(str(vault_path))
        self.user_edit = QLineEdit(username or "admin")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.use_recovery = QCheckBox(self.tr("Open it with the recovery key instead"))
        self.use_recovery.toggled.connect(self._recovery_toggled)
        form = QFormLayout()
        form.addRow(self.tr("Backup file"), backup_row)
        form.addRow("", self.info_label)
        form.addRow(self.tr("Vault to replace"), self.vault_edit)
        form.addRow(self.tr("User name"), self.user_edit)
        self.secret_label = QLabel(self.tr("Passphrase"))
        form.addRow(self.secret_label, self.secret_edit)
        form.addRow("", self.use_recovery)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self._cancel)
        explain = QLabel(
            self.tr(
                "The backup is opened with your passphrase of the vault it replaces, as it is "
                "now, or with the recovery key (the only way after an emergency wipe, a key "
                "rotation or on another laptop), and checked page by page before anything is "
                "replaced. The vault it replaces is kept next to it, renamed with today's date."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), str(documents_dir()), _filters()
        )
        if path:
            self.backup_edit.setText(path)

    def _describe(self) -> None:
        text = self.backup_edit.text().strip()
        self.info_label.setText("")
        if not text or not Path(text).is_file():
            return
        try:
            info = read_backup_info(Path(text))
        except Exception as exc:  # shown inline; the restore itself refuses it again
            self.info_label.setText(message_for(exc))
            return
        self.info_label.setText(
            self.tr("Backup made %1.").replace("%1", display_timestamp(info.created_at))
        )

    def _recovery_toggled(self, on: bool) -> None:
        self.secret_label.setText(self.tr("Recovery key") if on else self.tr("Passphrase"))
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        )
        self.secret_edit.setPlaceholderText("XXXXX-XXXXX-…" if on else "")
        self.user_edit.setEnabled(not on)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def confirm(self) -> None:
        """Ask once, plainly, then restore (the one irreversible-looking step)."""
        if not self.backup_edit.text().strip() or not self.secret_edit.text():
            self.show_error(self.tr("Choose the backup file and type the passphrase or key."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace the vault %1 by this backup? Changes made since the backup are "
                "no longer in the restored vault; the current vault is kept next to it."
            ).replace("%1", Path(self.vault_edit.text()).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore()

    def restore(self) -> Task | None:
        if self.task is not None and self.task.running:
            return None
        backup = Path(self.backup_edit.text().strip()).expanduser()
        vault = Path(self.vault_edit.text().strip()).expanduser()
        user, secret = self.user_edit.text().strip(), self.secret_edit.text()
        recovery = self.use_recovery.isChecked()
        self.show_error("")
        self.restore_button.setEnabled(False)

        def work(progress: Progress) -> RestoreResult:
            return restore_backup(
                backup,
                vault,
                username=None if recovery else user,
                passphrase=None if recovery else secret,
                recovery_key=secret if recovery else None,
                progress=progress,
            )

        def failed(error: BaseException) -> None:
            self.restore_button.setEnabled(True)
            self.show_error(message_for(error))

        def done(result: RestoreResult) -> None:
            self.restore_button.setEnabled(True)
            self.secret_edit.clear()
            self.result_ = result
            self.restored.emit(result)
            self.accept()

        self.task = run_in_background(
            self,
            work,
            title=self.tr("Restoring from a backup"),
            on_success=done,
            on_failure=failed,
            cancellable=True,
            pool=side_pool(),
        )
        return self.task

    def _cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
        self.reject()
