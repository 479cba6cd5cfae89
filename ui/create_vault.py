"""First run: create a vault, its administrator, and show the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from caseapp.accounts import create_vault
from caseapp.store import Session
from caseapp.tasks import Progress
from caseapp.vault.keyslots import MIN_PASSPHRASE_LENGTH, default_kdf
from ui.clipboard import copy_text
from ui.errors import message_for
from ui.print_key import print_recovery_key
from ui.strength_meter import StrengthMeter
from ui.worker import Task, run_in_background, side_pool


class _AccountPage(QWizardPage):
    def __init__(self, vault_path: Path, wizard: CreateVaultWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Create a vault"))
        self.setSubTitle(
            self.tr(
                "The vault is one encrypted file. Only the accounts you create, or the recovery "
                "key, can open it."
            )
        )
        self.path_edit = QLineEdit(str(vault_path))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.user_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Vault file"), path_row)
        form.addRow(self.tr("Administrator user name"), self.user_edit)
        form.addRow(self.tr("Full name"), self.name_edit)
        form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self.meter = StrengthMeter(
            self.passphrase_edit, lambda: [self.user_edit.text(), self.name_edit.text()]
        )
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat the passphrase"), self.repeat_edit)
        hint = QLabel(
            self.tr(
                "At least %n characters. A few unrelated words work well.",
                "",
                MIN_PASSPHRASE_LENGTH,
            )
        )
        hint.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._created = False

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New vault"), self.path_edit.text(), self.tr("CaseApp vaults (*.caseapp)")
        )
        if path:
            self.path_edit.setText(path if path.endswith(".caseapp") else path + ".caseapp")

    def initializePage(self) -> None:
        # Not the path: a new user's first keystrokes are their name (after the wizard's own focus).
        QTimer.singleShot(0, self.name_edit.setFocus)

    def vault_name(self) -> str:
        return Path(self.path_edit.text().strip()).name

    def validatePage(self) -> bool:
        if self._created:
            return True
        if self.passphrase_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("The two passphrases differ."))
            return False
        path = Path(self.path_edit.text().strip()).expanduser()
        user, name, passphrase = (
            self.user_edit.text(),
            self.name_edit.text(),
            self.passphrase_edit.text(),
        )
        self.error_label.setText("")
        self.setEnabled(False)

        def work(_progress: Progress) -> tuple[Session, str]:
            path.parent.mkdir(parents=True, exist_ok=True)
            return create_vault(
                path, user, passphrase, display_name=name or None, kdf=default_kdf()
            )

        def done(result: tuple[Session, str]) -> None:
            self.setEnabled(True)
            self.wizard_.session, self.wizard_.recovery_key = result
            self._created = True
            self.wizard_.next()

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            self.error_label.setText(message_for(error))

        self.wizard_.task = run_in_background(
            self,
            work,
            title=self.tr("Creating the vault…"),
            on_success=done,
            on_failure=failed,
            cancellable=False,
            pool=side_pool(),
        )
        return False


class _RecoveryPage(QWizardPage):
    def __init__(self, wizard: CreateVaultWizard):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If every passphrase is forgotten, this key is the only way to open the vault. "
                "Write it down or print it, and keep it locked away from the laptop. "
                "It will not be shown again."
            )
        )
        self.key_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setWordWrap(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: copy_text(self.wizard_.recovery_key or ""))
        self.print_button = QPushButton(self.tr("Print it…"))
        self.print_button.clicked.connect(
            lambda: print_recovery_key(
                self, self.wizard_.recovery_key or "", self.wizard_.account_page.vault_name()
            )
        )
        self.confirm = QCheckBox(self.tr("I have written down or printed the recovery key"))
        self.confirm.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(copy)
        key_buttons.addWidget(self.print_button)
        key_buttons.addStretch(1)
        layout.addLayout(key_buttons)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:
        self.key_label.setText(self.wizard_.recovery_key or "")

    def isComplete(self) -> bool:
        return self.confirm.isChecked()


class CreateVaultWizard(QWizard):
    """Emits ``created`` with the administrator's Session once the key has been noted."""

    created = Signal(object)

    def __init__(self, vault_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New vault"))
        self.session: Session | None = None
        self.recovery_key: str | None = None
        self.task: Task | None = None
        self.account_page = _AccountPage(vault_path, self)
        self.recovery_page = _RecoveryPage(self)
        self.addPage(self.account_page)
        self.addPage(self.recovery_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(720, 480)

    def accept(self) -> None:
        super().accept()
        if self.session is not None:
            self.recovery_key = None
            self.created.emit(self.session)
