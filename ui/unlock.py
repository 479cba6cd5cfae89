"""The first screen: unlock a vault, or create one (wizard), or use the recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.accounts import recover_account, unlock_session
from caseapp.store import Session
from caseapp.tasks import Progress
from caseapp.throttle import remaining_wait
from caseapp.vault.keyslots import default_kdf
from ui.errors import message_for
from ui.worker import Task, run_in_background, side_pool


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class UnlockPage(QWidget):
    """Asks for the account and passphrase; emits ``unlocked`` with a ready Session."""

    unlocked = Signal(object)
    create_requested = Signal()
    restore_requested = Signal()

    def __init__(self, vault_path: Path, username: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.task: Task | None = None
        title = QLabel(self.tr("Unlock the vault"))
        title.setObjectName("title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)

        self.path_edit = QLineEdit(str(vault_path))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.user_edit = QLineEdit(username or "admin")
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self.unlock)

        form = QFormLayout()
        form.addRow(self.tr("Vault file"), path_row)
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)

        self.error_label = _error_label()
        #: Counts down the wait after repeated wrong passphrases (the GUI stays usable).
        self.wait_label = QLabel()
        self.wait_label.setObjectName("waitLabel")
        self.wait_label.setWordWrap(True)
        self.wait_label.hide()
        self.wait_timer = QTimer(self)
        self.wait_timer.setInterval(250)
        self.wait_timer.timeout.connect(self._tick)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.create_button = QPushButton(self.tr("Create a new vault…"))
        self.create_button.clicked.connect(self.create_requested)
        self.recovery_button = QPushButton(self.tr("Forgot the passphrase? Use the recovery key…"))
        self.recovery_button.setFlat(True)
        self.recovery_button.clicked.connect(self._recover)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setFlat(True)
        self.restore_button.clicked.connect(self.restore_requested)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        box = QWidget()
        box.setMaximumWidth(720)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addWidget(self.notice_label)
        inner.addWidget(self.wait_label)
        inner.addLayout(buttons)
        inner.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.passphrase_edit.setFocus()
        self.user_edit.textChanged.connect(self._tick)
        self.path_edit.textChanged.connect(self._tick)
        self._tick()

    def waiting(self) -> float:
        """Seconds before this account may try again (a small file read; 0 when it may)."""
        try:
            return remaining_wait(self.vault_path(), self.user_edit.text())
        except OSError:
            return 0.0

    def _tick(self) -> None:
        """Show the remaining wait and keep Unlock disabled until it has passed."""
        wait = self.waiting()
        busy = self.task is not None and self.task.running
        if wait > 0:
            seconds = int(wait + 0.999)
            self.wait_label.setText(
                self.tr(
                    "Too many wrong passphrases for this account. You can try again in %1."
                ).replace("%1", self._duration(seconds))
            )
            self.wait_label.show()
            self.unlock_button.setEnabled(False)
            if not self.wait_timer.isActive():
                self.wait_timer.start()
        else:
            self.wait_label.hide()
            self.wait_timer.stop()
            self.unlock_button.setEnabled(not busy)

    def _duration(self, seconds: int) -> str:
        """``1:05`` for a minute or more, else ``%n s``."""
        if seconds >= 60:
            return f"{seconds // 60}:{seconds % 60:02d}"
        return self.tr("%n s", "", seconds)

    def vault_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a vault"),
            str(self.vault_path().parent),
            self.tr("CaseApp vaults (*.caseapp);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        self.passphrase_edit.setFocus()

    def unlock(self) -> None:
        if self.task is not None and self.task.running:
            return
        path, user, passphrase = (
            self.vault_path(),
            self.user_edit.text(),
            self.passphrase_edit.text(),
        )
        if not passphrase:
            self.show_error(self.tr("Type your passphrase."))
            return
        if self.waiting() > 0:
            self._tick()
            return
        self.show_error("")
        self.unlock_button.setEnabled(False)

        def work(progress: Progress) -> Session:
            # A new version may rebuild the search index on first open (seconds at 100,000
            # records): the task panel shows its progress meanwhile.
            return unlock_session(path, user, passphrase, progress)

        def failed(error: BaseException) -> None:
            self.unlock_button.setEnabled(True)
            self.passphrase_edit.selectAll()
            self.show_error(message_for(error))
            self._tick()

        def done(session: Session) -> None:
            self.unlock_button.setEnabled(True)
            self.passphrase_edit.clear()
            self.unlocked.emit(session)

        self.task = run_in_background(
            self,
            work,
            title=self.tr("Unlocking…"),
            on_success=done,
            on_failure=failed,
            cancellable=False,
            pool=side_pool(),
        )

    def _recover(self) -> None:
        dialog = RecoveryDialog(self.vault_path(), self.user_edit.text(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_error("")
            self.passphrase_edit.setFocus()


class RecoveryDialog(QDialog):
    """Set a new passphrase for an account using the printed recovery key."""

    def __init__(self, vault_path: Path, username: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        self.vault_path = vault_path
        self.task: Task | None = None
        self.key_edit = QLineEdit()
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-…")
        self.user_edit = QLineEdit(username or "admin")
        self.new_edit = QLineEdit()
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.key_edit)
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("New passphrase"), self.new_edit)
        form.addRow(self.tr("Repeat it"), self.repeat_edit)
        self.error_label = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The recovery key was printed when the vault was created. It sets a new "
                    "passphrase for one account."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _apply(self) -> None:
        key, user = self.key_edit.text(), self.user_edit.text().strip()
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        if new != repeat:
            self.error_label.setText(self.tr("The two passphrases differ."))
            self.error_label.show()
            return

        def work(_progress: Progress) -> None:
            recover_account(self.vault_path, key, user, new, kdf=default_kdf())

        def failed(error: BaseException) -> None:
            self.error_label.setText(message_for(error))
            self.error_label.show()

        self.task = run_in_background(
            self,
            work,
            title=self.tr("Setting the new passphrase…"),
            on_success=lambda _r: self.accept(),
            on_failure=failed,
            cancellable=False,
            pool=side_pool(),
        )
