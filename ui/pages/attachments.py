"""Attachments tab: scanned capture cards, photos and list pages, kept encrypted in the vault.

Images are shown from memory (``QImage.fromData``); nothing is written to a temporary file.
A PDF cannot be shown here; "Save a copy…" writes it only where the user chooses, after saying
that the copy will not be encrypted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp import audit
from caseapp.attachments import (
    AttachmentInfo,
    attach_file,
    attachment_data,
    is_image,
    list_attachments,
    read_file_for_attachment,
    remove_attachment,
)
from caseapp.errors import BadInput
from caseapp.safefile import write_private
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress
from ui.empty_hint import set_empty_hint
from ui.errors import show_error
from ui.operations import Operations
from ui.plain_files import save_path
from ui.worker import Task, run_in_background

log = logging.getLogger(__name__)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, size // 1024)} KB"


class AttachmentViewer(QDialog):
    """Shows one image from memory, scaled to the window."""

    def __init__(self, info: AttachmentInfo, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(info.filename)
        self.image = QImage.fromData(data)
        self.label = QLabel()
        self.label.setObjectName("attachmentImage")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self.image.isNull():
            self.label.setText(self.tr("This image cannot be shown (unknown or damaged format)."))
        else:
            self.label.setPixmap(QPixmap.fromImage(self.image))
        scroll = QScrollArea()
        scroll.setWidget(self.label)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(900, 650)


class AttachmentsPanel(QWidget):
    def __init__(
        self,
        session: Session,
        operations: Operations,
        owner_type: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.owner_type = owner_type
        self.owner_id: str | None = None
        self.saved = False
        self.task: Task | None = None
        self.infos: list[AttachmentInfo] = []
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda _i: self.view_selected())
        self.empty_hint = set_empty_hint(
            self.list,
            self.tr(
                "No files attached. “Add a file…” keeps a scanned letter, capture card or "
                "photo with this record."
            ),
        )
        self.add_button = QPushButton(self.tr("Add a file…"))
        self.view_button = QPushButton(self.tr("View"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.choose_file)
        self.view_button.clicked.connect(self.view_selected)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

    def load(self, owner_id: str, *, saved: bool) -> None:
        self.owner_id = owner_id
        self.saved = saved
        self.add_button.setEnabled(saved)
        hint = self.tr("Scans and photos are stored encrypted inside the vault.")
        if not saved:
            hint += " " + self.tr("Save the record first to attach files.")
        self.hint.setText(hint)
        self.refresh()

    def refresh(self) -> None:
        self.infos = (
            list_attachments(self.session.conn, self.owner_id)
            if self.saved and self.owner_id
            else []
        )
        self.list.clear()
        self.empty_hint.setText(
            self.tr(
                "No files attached. “Add a file…” keeps a scanned letter, capture card or "
                "photo with this record."
            )
            if self.saved
            else self.tr("Files can be attached once the record is saved.")
        )
        for info in self.infos:
            kind = self.tr("image") if is_image(info.mime) else info.mime
            text = f"{info.filename}  ({kind}, {size_text(info.size)})"
            if info.note:
                text += f" — {info.note}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)

    def selected(self) -> AttachmentInfo | None:
        row = self.list.currentRow()
        return self.infos[row] if 0 <= row < len(self.infos) else None

    # --- actions -------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attach a scan or photo"),
            "",
            self.tr(
                "Scans and photos (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;All files (*)"
            ),
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Read and store the file off the GUI thread (scans can be large)."""
        owner_id, owner_type, session = self.owner_id, self.owner_type, self.session
        if owner_id is None:
            return

        def work(_progress: Progress) -> ChangeSet:
            data = read_file_for_attachment(path)
            return attach_file(session, owner_type, owner_id, data, path.name)

        self.task = self.operations.write(
            self,
            work,
            title=self.tr("Attaching the file…"),
            on_success=lambda _changes: self.refresh(),
        )

    def view_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            data = attachment_data(self.session.conn, info.id)
        except Exception as exc:
            show_error(self, exc)
            return
        if not is_image(info.mime):
            QMessageBox.information(
                self,
                info.filename,
                self.tr(
                    "This file (%1) cannot be shown inside CaseApp. Use “Save a copy…” to open "
                    "it with another program; the copy will not be encrypted."
                ).replace("%1", info.mime),
            )
            return
        self.viewer = AttachmentViewer(info, data, self)
        self.viewer.open()
        self._audit(lambda s: audit.record_read(s, "attachment", info.id))

    def _audit(self, fn: Callable[[Session], object]) -> None:
        """An opening or a copy goes into the audit trail, on the writer (``caseapp.audit``)."""
        session = self.session
        run_in_background(
            self,
            lambda _progress: fn(session),
            title=self.tr("Recording in the audit trail…"),
            on_failure=lambda exc: log.warning("not audited: %s", type(exc).__name__),
            cancellable=False,
            short_write=True,
        )

    def save_copy(self) -> None:
        info = self.selected()
        if info is None:
            return
        path = save_path(self, self.tr("Save an unencrypted copy"), info.filename or "", "")
        if path is None:
            return
        try:
            write_private(path, attachment_data(self.session.conn, info.id))
            self._audit(
                lambda s: audit.record(
                    s, "export", entity_type="attachment", entity_id=info.id,
                    detail={"kind": "attachment"},
                )
            )  # fmt: skip
        except (OSError, BadInput):
            QMessageBox.warning(
                self, self.tr("Save a copy"), self.tr("The file cannot be written there.")
            )
        except Exception as exc:
            show_error(self, exc)

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr("Remove “%1” from this record?").replace("%1", info.filename),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session = self.session
        self.task = self.operations.write(
            self,
            lambda _progress: remove_attachment(session, info.id),
            title=self.tr("Removing the attachment…"),
            on_success=lambda _changes: self.refresh(),
        )
