"""A generated letter on screen: print or save it (never written unless asked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.errors import BadInput
from caseapp.safefile import write_private
from ui.errors import message_for
from ui.pdf_view import PdfView, print_with_dialog
from ui.plain_files import save_path


class LetterViewer(QDialog):
    """A PDF on screen with Print… and Save as… (and Approve… for news awaiting approval)."""

    approve_requested = Signal()

    def __init__(
        self,
        pdf: bytes,
        file_name: str,
        *,
        title: str,
        can_output: bool = True,
        can_approve: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf = pdf
        self.file_name = file_name
        self.view = PdfView()
        self.view.set_pdf(pdf)
        layout = QVBoxLayout(self)
        if note:
            self.note = QLabel(note)
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button = buttons.addButton(
            self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.approve_button = buttons.addButton(
            self.tr("Approve"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.print_button.setVisible(can_output)
        self.save_button.setVisible(can_output)
        self.approve_button.setVisible(can_approve)
        self.print_button.clicked.connect(lambda: print_with_dialog(self, self.pdf))
        self.save_button.clicked.connect(self.save_as)
        self.approve_button.clicked.connect(self.approve_requested)
        layout.addWidget(buttons)
        self.resize(760, 700)

    def save_as(self) -> Path | None:
        target = save_path(
            self, self.tr("Save the letter"), self.file_name, self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return None
        try:
            write_private(target, self.pdf)
        except BadInput as exc:
            QMessageBox.warning(self, self.tr("Letters"), message_for(exc))
            return None
        return target


# --- new letter ----------------------------------------------------------------------------------
