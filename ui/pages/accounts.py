"""Accounts (administrators): add, disable, enable, remove, reset, and rotate the database key.

Every action runs on the database thread through ``caseapp.accounts`` (the rules live there)
and broadcasts the returned ChangeSet. Rotating the key re-encrypts the vault; the window then
locks (every open connection used the old key) and shows the new recovery key once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.access import SCOPE_ASSIGNED, request_scope
from caseapp.accounts import (
    AccountRow,
    add_account,
    disable_account,
    enable_account,
    list_accounts,
    remove_account,
    reset_passphrase,
    rotate_database_key,
    set_request_scope,
    set_team,
)
from caseapp.domain.models import ROLES
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress
from caseapp.vault.keyslots import default_kdf
from ui.clipboard import copy_text
from ui.errors import message_for
from ui.locale_format import display_timestamp
from ui.operations import Operations
from ui.strength_meter import StrengthMeter
from ui.worker import Task, run_in_background


def role_name(role: str) -> str:
    from ui.main_window import role_label

    return role_label(role)


class PassphraseDialog(QDialog):
    """Asks for a passphrase twice (new accounts, resets) and optionally a name and role."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        new_account: bool = False,
        ask_old: bool = False,
        user_name: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.user_name = user_name
        form = QFormLayout()
        self.user_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_name(role), role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData("caseworker")))
        if new_account:
            form.addRow(self.tr("User name"), self.user_edit)
            form.addRow(self.tr("Display name"), self.name_edit)
            form.addRow(self.tr("Role"), self.role_combo)
        self.old_edit = QLineEdit()
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if ask_old:
            form.addRow(self.tr("Current passphrase"), self.old_edit)
        self.pass_edit = QLineEdit()
        self.pass_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(
            self.pass_edit, lambda: [self.user_name or self.user_edit.text(), self.name_edit.text()]
        )
        form.addRow(self.tr("New passphrase") if ask_old else self.tr("Passphrase"), self.pass_edit)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat it"), self.repeat_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def _check(self) -> None:
        if self.pass_edit.text() != self.repeat_edit.text():
            self.error_label.setText(self.tr("The two passphrases differ."))
            return
        self.meter.update_now()
        if self.meter.strength is None or not self.meter.strength.acceptable:
            self.error_label.setText(
                self.tr("This passphrase is too easy to guess. Use three or four unrelated words.")
            )
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown once; closes only once the user says it is written down."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        text = QLabel(
            self.tr(
                "The vault is now encrypted under a new key. Old key files and the old recovery "
                "key no longer open it. Write this new recovery key down or print it, and keep "
                "it locked away from the laptop. It will not be shown again."
            )
        )
        text.setWordWrap(True)
        self.key_label = QLabel(key)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.key_label.setFont(font)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: copy_text(key))
        self.confirm = QCheckBox(self.tr("I have written down the recovery key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.confirm.toggled.connect(ok.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.key_label)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(max(640, self.sizeHint().width()), self.sizeHint().height())

    def reject(self) -> None:  # Escape must not lose the only copy of the key
        if self.confirm.isChecked():
            super().reject()


class AccountsDialog(QDialog):
    """The list of accounts with the administrator's actions."""

    #: The database key was rotated: the window must lock; carries the new recovery key.
    rekeyed = Signal(str)

    def __init__(self, session: Session, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.task: Task | None = None
        self.rows: list[AccountRow] = []
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Display name"),
                self.tr("Role"),
                self.tr("State"),
                self.tr("Last sign-in here"),
                self.tr("Team"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("Add…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.enable_button = QPushButton(self.tr("Enable…"))
        self.reset_button = QPushButton(self.tr("New passphrase…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.team_button = QPushButton(self.tr("Team…"))
        self.team_button.clicked.connect(self._team)
        #: The vault-wide need-to-know setting (caseapp.access): off = every request.
        self.scope_check = QCheckBox(
            self.tr(
                "Caseworkers see only the tracing requests assigned to them or to their team "
                "(from their next sign-in)"
            )
        )
        self.scope_check.clicked.connect(self._scope)
        self.rekey_button = QPushButton(self.tr("Rotate the database key…"))
        self.add_button.clicked.connect(self._add)
        self.disable_button.clicked.connect(self._disable)
        self.enable_button.clicked.connect(lambda: self._passphrase_action("enable"))
        self.reset_button.clicked.connect(lambda: self._passphrase_action("reset"))
        self.remove_button.clicked.connect(self._remove)
        self.rekey_button.clicked.connect(self._rekey)
        side = QVBoxLayout()
        for button in (
            self.add_button,
            self.disable_button,
            self.enable_button,
            self.reset_button,
            self.remove_button,
            self.team_button,
        ):
            side.addWidget(button)
        side.addStretch(1)
        side.addWidget(self.rekey_button)
        self.note = QLabel(
            self.tr(
                "Disabling or removing an account destroys its key slot. Copies of the key "
                "file made earlier (backups, USB bundles) still hold the old key: rotate the "
                "database key to make them useless."
            )
        )
        self.note.setWordWrap(True)
        self.elsewhere_note = QLabel(
            self.tr(
                "Accounts are per laptop. Those that sign in on another laptop were made there: "
                "they are listed so that History can name who did what, and cannot sign in "
                "here. To let someone work on this laptop, add an account for them here."
            )
        )
        self.elsewhere_note.setWordWrap(True)
        self.elsewhere_note.setVisible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.elsewhere_note)
        layout.addWidget(self.scope_check)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.resize(1040, 460)
        self.refresh()

    # --- list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.rows = list_accounts(self.session)
        states = {
            "active": self.tr("active"),
            "disabled": self.tr("disabled"),
            "no passphrase": self.tr("needs a new passphrase"),
        }
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            account = row.account
            state = states.get(row.state, row.state)
            if row.state == "other laptop":
                state = self.tr("signs in on %1 only").replace("%1", row.laptop or "")
            for column, text in enumerate(
                (
                    account.username or "",
                    account.display_name or "",
                    role_name(account.role or ""),
                    state,
                    display_timestamp(row.last_sign_in) if row.last_sign_in else self.tr("never"),
                    account.team or "",
                )
            ):
                item = QTableWidgetItem(text)
                if row.state == "other laptop":
                    item.setForeground(grey)
                self.table.setItem(index, column, item)
        self.elsewhere_note.setVisible(any(r.state == "other laptop" for r in self.rows))
        self.scope_check.setChecked(request_scope(self.session.conn) == SCOPE_ASSIGNED)
        self._update_buttons()

    def selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        own = row is not None and row.account.id == self.session.account.id
        busy = self.task is not None and self.task.running
        if row is not None and row.state == "other laptop":
            row = None  # managed on its own laptop: nothing to do with it here
        self.add_button.setEnabled(not busy)
        self.rekey_button.setEnabled(not busy)
        self.disable_button.setEnabled(
            not busy and row is not None and not own and row.state != "disabled"
        )
        self.enable_button.setEnabled(not busy and row is not None and row.state == "disabled")
        self.reset_button.setEnabled(not busy and row is not None and row.state != "disabled")
        self.remove_button.setEnabled(not busy and row is not None and not own)
        self.team_button.setEnabled(not busy and row is not None)
        self.scope_check.setEnabled(not busy)

    # --- actions ---------------------------------------------------------------------------

    def _run(
        self, work: Callable[[Progress], Any], title: str, done: Callable[[Any], None]
    ) -> None:
        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Accounts"), message_for(error))
            self.refresh()

        self.task = run_in_background(
            self, work, title=title, on_success=done, on_failure=failed, cancellable=False
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()

    def _changed(self, changes: ChangeSet) -> None:
        self.operations.did_change(changes)
        self.refresh()

    def _add(self) -> None:
        dialog = PassphraseDialog(self.tr("Add an account"), self, new_account=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.start_add(
            dialog.user_edit.text(),
            dialog.name_edit.text() or None,
            dialog.role_combo.currentData(),
            dialog.pass_edit.text(),
        )

    def start_add(self, name: str, display: str | None, role: str, passphrase: str) -> None:
        session = self.session

        def work(_progress: Progress) -> ChangeSet:
            result = add_account(
                session, name, passphrase, role, display_name=display, kdf=default_kdf()
            )
            return result.changes

        self._run(work, self.tr("Adding the account…"), self._changed)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Accounts"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _disable(self) -> None:
        row = self.selected()
        if row is None:
            return
        session, account_id = self.session, row.account.id
        self._run(
            lambda _p: disable_account(session, account_id),
            self.tr("Disabling the account…"),
            self._changed,
        )

    def _remove(self) -> None:
        row = self.selected()
        if row is None or not self._confirm(
            self.tr("Remove the account %1? Its history stays in the journal.").replace(
                "%1", row.account.username or ""
            )
        ):
            return
        session, account_id = self.session, row.account.id
        self._run(
            lambda _p: remove_account(session, account_id),
            self.tr("Removing the account…"),
            self._changed,
        )

    def _passphrase_action(self, action: str) -> None:
        row = self.selected()
        if row is None:
            return
        title = self.tr("Enable the account") if action == "enable" else self.tr("New passphrase")
        dialog = PassphraseDialog(title, self, user_name=row.account.username or "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        session, account_id, new = self.session, row.account.id, dialog.pass_edit.text()
        fn = enable_account if action == "enable" else reset_passphrase
        self._run(
            lambda _p: fn(session, account_id, new, kdf=default_kdf()),
            self.tr("Setting the passphrase…"),
            self._changed,
        )

    def _team(self) -> None:
        row = self.selected()
        if row is None:
            return
        team, ok = QInputDialog.getText(
            self,
            self.tr("Team"),
            self.tr("Team of %1 (empty: none)").replace("%1", row.account.username or ""),
            text=row.account.team or "",
        )
        if ok:
            self.start_team(row.account.id, team)

    def start_team(self, account_id: str, team: str) -> None:
        session = self.session
        self._run(
            lambda _p: set_team(session, account_id, team),
            self.tr("Saving the team…"),
            self._changed,
        )

    def _scope(self, assigned_only: bool) -> None:
        session = self.session
        self._run(
            lambda _p: set_request_scope(session, assigned_only),
            self.tr("Saving who sees which requests…"),
            self._changed,
        )

    def _rekey(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Rotate the database key"))
        text = QLabel(
            self.tr(
                "The whole vault is re-encrypted under a new key. Afterwards old copies of the "
                "key file, old passphrases and the old recovery key open nothing, and a new "
                "recovery key is shown once. Other accounts will need a new passphrase from an "
                "administrator. The vault locks when it is done.\n\nType your passphrase to go on."
            )
        )
        text.setWordWrap(True)
        passphrase = QLineEdit()
        passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(passphrase)
        layout.addWidget(buttons)
        dialog.resize(560, dialog.sizeHint().height())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_rekey(passphrase.text())

    def start_rekey(self, secret: str) -> None:
        """Re-encrypt on the database thread; then the window locks and shows the new key."""
        session = self.session

        def work(_progress: Progress) -> Any:
            return rotate_database_key(session, secret, kdf=default_kdf())

        def done(result: Any) -> None:
            self.operations.did_change(result.changes)
            self.accept()
            self.rekeyed.emit(result.recovery_key)

        self._run(work, self.tr("Re-encrypting the vault…"), done)
