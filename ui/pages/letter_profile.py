"""The organisation profile (letterhead) that every letter carries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import LANGUAGES
from caseapp.letters import (
    OrgProfile,
    load_profile,
    save_profile,
)
from caseapp.store import Session
from ui.operations import Operations
from ui.pages.letter_common import (
    language_labels,
)
from ui.worker import Task, run_in_background


class ProfileDialog(QDialog):
    """The letterhead: name, address and signature per language, reference prefix, logo."""

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.task: Task | None = None
        self.logo: bytes | None = None
        self.setWindowTitle(self.tr("Organisation profile"))
        self.tabs = QTabWidget()
        self.names: dict[str, QLineEdit] = {}
        self.addresses: dict[str, QPlainTextEdit] = {}
        self.signatures: dict[str, QPlainTextEdit] = {}
        self.contacts: dict[str, QLineEdit] = {}
        for lang, label in language_labels().items():
            page = QWidget()
            form = QFormLayout(page)
            self.names[lang] = QLineEdit()
            self.addresses[lang] = QPlainTextEdit()
            self.signatures[lang] = QPlainTextEdit()
            self.contacts[lang] = QLineEdit()
            self.contacts[lang].setPlaceholderText(
                self.tr("Name, direct phone, office hours (when no caseworker is assigned)")
            )
            form.addRow(self.tr("Name"), self.names[lang])
            form.addRow(self.tr("Address"), self.addresses[lang])
            form.addRow(self.tr("Signature block"), self.signatures[lang])
            form.addRow(self.tr("Contact person"), self.contacts[lang])
            self.tabs.addTab(page, label)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setPlaceholderText(self.tr("e.g. URCS"))
        self.logo_label = QLabel()
        self.logo_label.setMinimumHeight(60)
        self.logo_button = QPushButton(self.tr("Choose a logo…"))
        self.remove_logo_button = QPushButton(self.tr("Remove the logo"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.remove_logo_button)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText(self.tr("Printed after the assigned caseworker's name"))
        self.weeks_spin = QSpinBox()
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        form = QFormLayout()
        form.addRow(self.tr("Reference prefix"), self.prefix_edit)
        form.addRow(self.tr("Caseworkers' direct phone"), self.phone_edit)
        form.addRow(self.tr("Periodic letters after"), self.weeks_spin)
        form.addRow(self.tr("Logo (PNG or JPEG)"), logo_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.resize(700, 560)
        self.task = run_in_background(
            self,
            lambda _p: load_profile(session.conn),
            title=self.tr("Loading…"),
            on_success=self.show_profile,
        )

    def show_profile(self, profile: OrgProfile) -> None:
        for lang in LANGUAGES:
            self.names[lang].setText(profile.name.get(lang, ""))
            self.addresses[lang].setPlainText(profile.address.get(lang, ""))
            self.signatures[lang].setPlainText(profile.signature.get(lang, ""))
            self.contacts[lang].setText(profile.contact.get(lang, ""))
        self.prefix_edit.setText(profile.reference_prefix)
        self.phone_edit.setText(profile.contact_phone)
        self.weeks_spin.setValue(profile.periodic_weeks)
        self.set_logo(profile.logo)

    def set_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo_label.setPixmap(pixmap.scaledToHeight(56))
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            try:
                self.set_logo(Path(path).read_bytes())
            except OSError:
                QMessageBox.warning(
                    self, self.tr("Letters"), self.tr("The file could not be read.")
                )

    def profile(self) -> OrgProfile:
        def texts(edits: dict[str, Any]) -> dict[str, str]:
            out = {}
            for lang, edit in edits.items():
                value = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
                if value.strip():
                    out[lang] = value.strip()
            return out

        return OrgProfile(
            name=texts(self.names),
            address=texts(self.addresses),
            signature=texts(self.signatures),
            reference_prefix=self.prefix_edit.text().strip(),
            logo=self.logo,
            contact=texts(self.contacts),
            contact_phone=self.phone_edit.text().strip(),
            periodic_weeks=self.weeks_spin.value(),
        )

    def save(self) -> None:
        profile, session = self.profile(), self.session

        def saved(_result: object) -> None:
            self.accept()

        self.task = self.operations.write(
            self,
            lambda _p: save_profile(session, profile),
            title=self.tr("Saving…"),
            on_success=saved,
        )


# --- the page ------------------------------------------------------------------------------------
