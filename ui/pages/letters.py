"""The letters section: the register, new letters, batches, specimens, the organisation profile.

All rules (gates, numbering, four eyes for news of death) live in ``caseapp.letters``; this
screen only asks and shows. Every call that reads the vault or renders a letter runs on the one
database worker thread (``ui.worker``); PDF bytes stay in memory until the user saves them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import LANGUAGES, ExchangeRound, LetterRecord
from caseapp.errors import BadInput, CaseAppError
from caseapp.letters import (
    AWAITING_APPROVAL,
    KINDS,
    MARKABLE,
    STATES,
    BatchResult,
    LetterBlocked,
    LetterQuery,
    LetterSpec,
    OrgProfile,
    approve_letter,
    generate_batch,
    generate_letter,
    letter_state,
    load_profile,
    mark_delivery,
    owed_letters,
    preview_letter,
    render_sample,
    reprint_letter,
    review_pdf,
    save_profile,
    search_letters,
    write_batch,
)
from caseapp.permissions import may_write
from caseapp.search import search_clause
from caseapp.store import Session, list_entities
from caseapp.tasks import Progress
from ui.errors import message_for, show_error
from ui.operations import Operations
from ui.pdf_view import PdfView, print_with_dialog
from ui.worker import Task, run_in_background

Index = QModelIndex | QPersistentModelIndex


# --- labels --------------------------------------------------------------------------------------


def kind_labels() -> dict[str, str]:
    return {
        "acknowledgement": QCoreApplication.translate("letters", "Acknowledgement of a request"),
        "more_information": QCoreApplication.translate("letters", "Request for more information"),
        "confirmation_held": QCoreApplication.translate(
            "letters", "Confirmation that the person is held"
        ),
        "exchange_inclusion": QCoreApplication.translate(
            "letters", "Inclusion in an exchange round"
        ),
        "return_release": QCoreApplication.translate("letters", "Return or release"),
        "no_news": QCoreApplication.translate("letters", "No news yet"),
        "death_notification": QCoreApplication.translate("letters", "News of death"),
    }


def state_labels() -> dict[str, str]:
    return {
        "generated": QCoreApplication.translate("letters", "Generated"),
        "handed_over": QCoreApplication.translate("letters", "Handed over"),
        "posted": QCoreApplication.translate("letters", "Posted"),
        "returned": QCoreApplication.translate("letters", "Returned undelivered"),
        "cancelled": QCoreApplication.translate("letters", "Cancelled"),
        AWAITING_APPROVAL: QCoreApplication.translate("letters", "Awaiting approval"),
    }


def language_labels() -> dict[str, str]:
    return {
        "uk": QCoreApplication.translate("letters", "Ukrainian"),
        "ru": QCoreApplication.translate("letters", "Russian"),
        "en": QCoreApplication.translate("letters", "English"),
    }


def channel_labels() -> dict[str, str]:
    return {
        "post": QCoreApplication.translate("letters", "By post"),
        "in_person": QCoreApplication.translate("letters", "In person"),
        "email": QCoreApplication.translate("letters", "By e-mail"),
    }


def _combo(items: Sequence[tuple[str | None, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


# --- the register model --------------------------------------------------------------------------


class LetterTableModel(QAbstractTableModel):
    """Register rows (without PDFs). Columns: number, kind, language, recipient, date, state."""

    COLUMNS = ("ref", "kind", "language", "recipient_name", "generated_at", "state")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LetterRecord] = []

    def set_rows(self, rows: list[LetterRecord]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            QCoreApplication.translate("letters", "Number"),
            QCoreApplication.translate("letters", "Kind"),
            QCoreApplication.translate("letters", "Language"),
            QCoreApplication.translate("letters", "Recipient"),
            QCoreApplication.translate("letters", "Generated"),
            QCoreApplication.translate("letters", "State"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = self.COLUMNS[index.column()]
        if column == "kind":
            return kind_labels().get(record.kind or "", record.kind or "")
        if column == "language":
            return language_labels().get(record.language or "", "")
        if column == "generated_at":
            return (record.generated_at or "")[:10]
        if column == "state":
            return state_labels().get(letter_state(record), "")
        return getattr(record, column) or ""


# --- the letter viewer ---------------------------------------------------------------------------


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
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), self.file_name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        target = Path(path)
        try:
            target.write_bytes(self.pdf)
        except OSError:
            QMessageBox.warning(self, self.tr("Letters"), self.tr("The file could not be written."))
            return None
        return target


# --- new letter ----------------------------------------------------------------------------------


def exchange_rounds(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the exchange rounds, newest first (for exchange letters)."""
    rounds = list_entities(session.conn, ExchangeRound, order_by="rowid DESC")
    return [(r.id, r.name or r.ref or "") for r in rounds]


def add_rounds(combo: QComboBox, rounds: list[tuple[str, str]]) -> None:
    for round_id, name in rounds:
        combo.addItem(name, round_id)


def refusal_text(error: CaseAppError) -> str:
    """Every reason on its own line, in the interface language."""
    if not isinstance(error, LetterBlocked):
        return message_for(error)
    lang = QLocale().name()[:2]
    lines = [f"• {refusal.message_in(lang)}" for refusal in error.refusals]
    return "\n".join([QCoreApplication.translate("letters", "This letter cannot be made:"), *lines])


def find_requests(session: Session, text: str, limit: int = 50) -> list[tuple[str, str]]:
    """(reference, description) of the requests a name or number finds, newest first."""
    clause = search_clause("requests", text)
    if clause is None:
        return []
    sql = (
        "SELECT t.ref, t.family_name, t.given_name, t.patronymic, t.enquirer_name "
        f"FROM tracing_request t WHERE t.deleted = 0 AND {clause.sql} "
        "ORDER BY t.rowid DESC LIMIT ?"
    )
    out = []
    for ref, family, given, patronymic, enquirer in session.conn.execute(
        sql, (*clause.params, limit)
    ):
        person = " ".join(p for p in (family, given, patronymic) if p)
        out.append((ref or "", f"{ref} · {person} · {enquirer or ''}".strip(" ·")))
    return out


def find_request_id(session: Session, ref: str) -> str:
    row = session.conn.execute(
        "SELECT id FROM tracing_request WHERE deleted = 0 AND upper(ref) = upper(?)",
        (ref.strip(),),
    ).fetchone()
    if row is None:
        raise BadInput("No tracing request with this number.")
    return str(row[0])


class NewLetterDialog(QDialog):
    """Choose a request and a kind; Preview shows the letter or every reason it is refused."""

    generated = Signal(object)  # LetterRecord

    def __init__(
        self,
        session: Session,
        operations: Operations,
        request_ref: str = "",
        parent: QWidget | None = None,
        *,
        corrects: LetterRecord | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.task: Task | None = None
        self.viewer: LetterViewer | None = None
        #: The earlier letter this one corrects (recorded with the new letter).
        self.corrects = corrects
        self.setWindowTitle(
            self.tr("Correction of letter %1").replace("%1", corrects.ref or "")
            if corrects
            else self.tr("New letter")
        )
        self.request_edit = QLineEdit(request_ref)
        self.request_edit.setPlaceholderText(self.tr("Request number, e.g. TR-2026-…"))
        self.kind_combo = _combo([(k, v) for k, v in kind_labels().items()])
        self.language_combo = _combo(
            [(None, self.tr("As on the request")), *language_labels().items()]
        )
        self.channel_combo = _combo(
            [(None, self.tr("As on the request")), *channel_labels().items()]
        )
        self.find_button = QPushButton(self.tr("Find"))
        self.find_button.setToolTip(self.tr("Find requests by a name or number"))
        self.matches_combo = QComboBox()
        self.matches_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.matches_combo.setMinimumContentsLength(30)
        self.matches_combo.hide()
        request_row = QHBoxLayout()
        request_row.addWidget(self.request_edit, 1)
        request_row.addWidget(self.find_button)
        self.round_combo = _combo([(None, self.tr("None"))])
        self.details_edit = QPlainTextEdit()
        self.details_edit.setPlaceholderText(self.tr("What the family is asked for"))
        self.details_edit.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Tracing request"), request_row)
        form.addRow("", self.matches_combo)
        form.addRow(self.tr("Kind of letter"), self.kind_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Delivery"), self.channel_combo)
        form.addRow(self.tr("Exchange round"), self.round_combo)
        form.addRow(self.tr("Details asked for"), self.details_edit)
        self.refusal_label = QLabel()
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet("color: #a40000;")
        self.refusal_label.hide()
        self.view = PdfView()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.refusal_label)
        left.addStretch(1)
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.generate_button = buttons.addButton(
            self.tr("Generate"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.generate_button.clicked.connect(self.generate)
        self.find_button.clicked.connect(self.find_request)
        self.request_edit.returnPressed.connect(self.find_request)
        self.matches_combo.currentIndexChanged.connect(self._match_chosen)
        left.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.view, 3)
        self.resize(1200, 700)
        if corrects is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(corrects.kind))
            self.language_combo.setCurrentIndex(self.language_combo.findData(corrects.language))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.task = run_in_background(
            self,
            lambda _p: exchange_rounds(session),
            title=self.tr("Loading…"),
            on_success=self._rounds_loaded,
        )

    def find_request(self) -> None:
        text, session = self.request_edit.text(), self.session
        self.task = run_in_background(
            self,
            lambda _p: find_requests(session, text),
            title=self.tr("Searching…"),
            on_success=self._found,
        )

    def _found(self, matches: list[tuple[str, str]]) -> None:
        self.matches_combo.blockSignals(True)
        self.matches_combo.clear()
        if not matches:
            self.matches_combo.addItem(self.tr("No request found"), None)
        for ref, description in matches:
            self.matches_combo.addItem(description, ref)
        self.matches_combo.blockSignals(False)
        self.matches_combo.show()
        self._match_chosen(0)  # the first match is shown as chosen, so it is

    def _match_chosen(self, index: int) -> None:
        ref = self.matches_combo.itemData(index)
        if ref:
            self.request_edit.setText(ref)

    def _rounds_loaded(self, rounds: list[tuple[str, str]]) -> None:
        add_rounds(self.round_combo, rounds)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.details_edit.setEnabled(kind == "more_information")
        self.round_combo.setEnabled(kind == "exchange_inclusion")

    def spec_for(self, request_id: str) -> LetterSpec:
        kind = self.kind_combo.currentData()
        details = self.details_edit.toPlainText().strip()
        return LetterSpec(
            kind=kind,
            request_id=request_id,
            language=self.language_combo.currentData(),
            channel=self.channel_combo.currentData(),
            round_id=self.round_combo.currentData() if kind == "exchange_inclusion" else None,
            details=details if kind == "more_information" and details else None,
            corrects_id=self.corrects.id if self.corrects else None,
        )

    def _run(self, work: Callable[[Session, LetterSpec], Any], done: Callable[[Any], None]) -> None:
        ref = self.request_edit.text()
        session = self.session

        def job(_progress: Progress) -> Any:
            return work(session, self.spec_for(find_request_id(session, ref)))

        self.refusal_label.hide()
        self.preview_button.setEnabled(False)
        self.generate_button.setEnabled(False)
        self.task = run_in_background(
            self,
            job,
            title=self.tr("Preparing the letter…"),
            on_success=done,
            on_failure=self._failed,
        )
        self.task.finished.connect(self._enable)

    def _enable(self) -> None:
        self.preview_button.setEnabled(True)
        self.generate_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, CaseAppError):
            self.view.set_pdf(None)
            self.refusal_label.setText(refusal_text(error))
            self.refusal_label.show()
        else:
            show_error(self, error)

    def preview(self) -> None:
        self._run(preview_letter, self.view.set_pdf)

    def generate(self) -> None:
        self._run(generate_letter, self._generated)

    def _generated(self, record: LetterRecord) -> None:
        self.operations.did_change(self.session.last_changes)
        self.generated.emit(record)
        self.view.set_pdf(record.pdf)
        awaiting = letter_state(record) == AWAITING_APPROVAL
        note = (
            self.tr("This letter is awaiting approval by a second person before it may be printed.")
            if awaiting
            else ""
        )
        self.viewer = LetterViewer(
            record.pdf or b"",
            f"{record.ref}.pdf",
            title=self.tr("Letter %1").replace("%1", record.ref or ""),
            can_output=not awaiting,
            note=note,
            parent=self,
        )
        self.viewer.open()


# --- batches -------------------------------------------------------------------------------------


class BatchDialog(QDialog):
    """Letters for every request owed one: one merged PDF, and files per letter if wanted."""

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.task: Task | None = None
        self.request_ids: list[str] = []
        self.batch_result: BatchResult | None = None
        self.setWindowTitle(self.tr("Batch of letters"))
        kinds = [(k, v) for k, v in kind_labels().items() if not KINDS[k].needs_approval]
        self.kind_combo = _combo(kinds)
        self.round_combo = _combo([(None, self.tr("None"))])
        self.duplex_check = QCheckBox(self.tr("Printed on both sides (blank back pages)"))
        self.find_button = QPushButton(self.tr("Find requests owed this letter"))
        self.found_label = QLabel()
        self.generate_button = QPushButton(self.tr("Generate the letters"))
        self.generate_button.setEnabled(False)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.skipped_table = QTableWidget(0, 2)
        self.skipped_table.setHorizontalHeaderLabels(
            [self.tr("Request"), self.tr("Why no letter was made")]
        )
        self.skipped_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.skipped_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.skipped_table.verticalHeader().hide()
        self.skipped_table.setWordWrap(True)
        self.skipped_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.save_merged_button = QPushButton(self.tr("Save merged PDF…"))
        self.save_folder_button = QPushButton(self.tr("Save individual files to a folder…"))
        self.print_button = QPushButton(self.tr("Print…"))
        for button in (self.save_merged_button, self.save_folder_button, self.print_button):
            button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Kind of letter"), self.kind_combo)
        form.addRow(self.tr("Exchange round"), self.round_combo)
        form.addRow("", self.duplex_check)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_button)
        find_row.addWidget(self.found_label, 1)
        find_row.addWidget(self.generate_button)
        out_row = QHBoxLayout()
        out_row.addWidget(self.print_button)
        out_row.addWidget(self.save_merged_button)
        out_row.addWidget(self.save_folder_button)
        out_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(find_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.skipped_table, 1)
        layout.addLayout(out_row)
        layout.addWidget(close)
        self.find_button.clicked.connect(self.find_requests)
        self.generate_button.clicked.connect(self.generate)
        self.save_merged_button.clicked.connect(self.save_merged)
        self.save_folder_button.clicked.connect(self.save_folder)
        self.print_button.clicked.connect(self._print)
        self.kind_combo.currentIndexChanged.connect(self._reset)
        self.round_combo.currentIndexChanged.connect(self._reset)
        self._reset()
        self.resize(900, 600)
        self.task = run_in_background(
            self,
            lambda _p: exchange_rounds(session),
            title=self.tr("Loading…"),
            on_success=lambda rounds: add_rounds(self.round_combo, rounds),
        )

    def _reset(self) -> None:
        self.round_combo.setEnabled(self.kind_combo.currentData() == "exchange_inclusion")
        self.request_ids = []
        self.found_label.setText("")
        self.generate_button.setEnabled(False)

    def find_requests(self) -> None:
        kind, round_id = self.kind_combo.currentData(), self.round_combo.currentData()
        session = self.session
        self.task = run_in_background(
            self,
            lambda _p: owed_letters(session.conn, kind, round_id=round_id),
            title=self.tr("Finding requests…"),
            on_success=self._found,
        )

    def _found(self, ids: list[str]) -> None:
        self.request_ids = ids
        self.found_label.setText(self.tr("%n request(s) owed this letter.", "", len(ids)))
        self.generate_button.setEnabled(bool(ids))

    def generate(self) -> None:
        kind, round_id = self.kind_combo.currentData(), self.round_combo.currentData()
        ids, duplex, session = list(self.request_ids), self.duplex_check.isChecked(), self.session

        def job(progress: Progress) -> BatchResult:
            return generate_batch(
                session, kind, ids, progress=progress, round_id=round_id, duplex=duplex
            )

        self.generate_button.setEnabled(False)
        self.task = run_in_background(
            self, job, title=self.tr("Generating letters…"), on_success=self._done
        )

    def _done(self, result: BatchResult) -> None:
        self.batch_result = result
        self.request_ids = []
        self.found_label.setText("")
        self.operations.did_change(self.session.last_changes)
        self.summary_label.setText(
            self.tr("%n letter(s) generated", "", len(result.letters))
            + " · "
            + self.tr("%n page(s)", "", result.pages)
            + " · "
            + self.tr("%n request(s) skipped", "", len(result.skipped))
        )
        self.skipped_table.setRowCount(len(result.skipped))
        for row, skipped in enumerate(result.skipped):
            self.skipped_table.setItem(row, 0, QTableWidgetItem(skipped.request_ref))
            lang = QLocale().name()[:2]
            reasons = [r.message_in(lang) for r in skipped.refusals] or list(skipped.reasons)
            self.skipped_table.setItem(row, 1, QTableWidgetItem(" ".join(reasons)))
        has_pdf = result.merged_pdf is not None
        for button in (self.save_merged_button, self.save_folder_button, self.print_button):
            button.setEnabled(has_pdf)

    def _print(self) -> None:
        if self.batch_result and self.batch_result.merged_pdf:
            print_with_dialog(self, self.batch_result.merged_pdf)

    def save_merged(self) -> None:
        if self.batch_result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save merged PDF"), "letters.pdf", self.tr("PDF files (*.pdf)")
        )
        result = self.batch_result
        if path:
            self._write(lambda: write_batch(result, merged_path=Path(path)))

    def save_folder(self) -> None:
        if self.batch_result is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
        result = self.batch_result
        if folder:
            self._write(lambda: write_batch(result, folder=Path(folder)))

    def _write(self, write: Callable[[], list[Path]]) -> None:
        try:
            written = write()
        except OSError:
            QMessageBox.warning(
                self, self.tr("Letters"), self.tr("The files could not be written.")
            )
            return
        self.summary_label.setText(self.tr("%n file(s) saved.", "", len(written)))


# --- specimens -----------------------------------------------------------------------------------


class SpecimenDialog(QDialog):
    """A letter of each kind and language with invented data, to check the templates."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Template specimens"))
        self.kind_combo = _combo([(k, v) for k, v in kind_labels().items()])
        self.language_combo = _combo(list(language_labels().items()))
        self.show_button = QPushButton(self.tr("Show"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.view = PdfView()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kind of letter")))
        row.addWidget(self.kind_combo, 1)
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language_combo)
        row.addWidget(self.show_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.show_button.clicked.connect(self.show_specimen)
        self.kind_combo.currentIndexChanged.connect(self.show_specimen)
        self.language_combo.currentIndexChanged.connect(self.show_specimen)
        self.resize(800, 720)

    def show_specimen(self) -> None:
        kind, lang, session = (
            self.kind_combo.currentData(),
            self.language_combo.currentData(),
            self.session,
        )

        def job(_progress: Progress) -> bytes:
            profile = load_profile(session.conn)
            return render_sample(kind, lang, profile if profile.name else None)

        self.error_label.hide()
        self.task = run_in_background(
            self,
            job,
            title=self.tr("Preparing the letter…"),
            on_success=self.view.set_pdf,
            on_failure=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.view.set_pdf(None)
        self.error_label.setText(message_for(error))
        self.error_label.show()


# --- organisation profile ------------------------------------------------------------------------


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
        for lang, label in language_labels().items():
            page = QWidget()
            form = QFormLayout(page)
            self.names[lang] = QLineEdit()
            self.addresses[lang] = QPlainTextEdit()
            self.signatures[lang] = QPlainTextEdit()
            form.addRow(self.tr("Name"), self.names[lang])
            form.addRow(self.tr("Address"), self.addresses[lang])
            form.addRow(self.tr("Signature block"), self.signatures[lang])
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
        form = QFormLayout()
        form.addRow(self.tr("Reference prefix"), self.prefix_edit)
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
        self.prefix_edit.setText(profile.reference_prefix)
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
        )

    def save(self) -> None:
        profile, session = self.profile(), self.session

        def saved(_result: object) -> None:
            self.operations.did_change(session.last_changes)
            self.accept()

        self.task = run_in_background(
            self,
            lambda _p: save_profile(session, profile),
            title=self.tr("Saving…"),
            on_success=saved,
        )


# --- the page ------------------------------------------------------------------------------------


class LettersPage(QWidget):
    """The register with its filters, and every letter action."""

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.task: Task | None = None
        self.dialog: QDialog | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Search: letter number, request number or recipient")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.kind_filter = _combo([(None, self.tr("Any kind")), *kind_labels().items()])
        self.language_filter = _combo([(None, self.tr("Any language")), *language_labels().items()])
        states = state_labels()
        self.state_filter = _combo(
            [(None, self.tr("Any state"))] + [(s, states[s]) for s in STATES]
        )
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.language_filter)
        filters.addWidget(self.state_filter)

        self.new_action = QAction(self.tr("New letter…"), self)
        self.open_action = QAction(self.tr("Open / reprint…"), self)
        self.approve_action = QAction(self.tr("Review and approve…"), self)
        self.correct_action = QAction(self.tr("Correct…"), self)
        self.correct_action.setToolTip(self.tr("A new letter that corrects the selected one"))
        self.batch_action = QAction(self.tr("Batch…"), self)
        self.specimen_action = QAction(self.tr("Template specimens…"), self)
        self.profile_action = QAction(self.tr("Organisation profile…"), self)
        mark_text = {
            "handed_over": self.tr("Handed over"),
            "posted": self.tr("Posted"),
            "returned": self.tr("Returned undelivered"),
            "cancelled": self.tr("Cancelled"),
        }
        self.mark_actions: dict[str, QAction] = {}
        mark_menu = QMenu(self)
        for status in MARKABLE:
            action = QAction(mark_text[status], self)
            action.triggered.connect(lambda _c=False, s=status: self.mark(s))
            mark_menu.addAction(action)
            self.mark_actions[status] = action
        self.mark_button = QPushButton(self.tr("Mark as"))
        self.mark_button.setMenu(mark_menu)
        bar = QHBoxLayout()
        for action in (
            self.new_action,
            self.open_action,
            self.approve_action,
            self.correct_action,
        ):
            bar.addWidget(self._button(action))
        bar.addWidget(self.mark_button)
        bar.addStretch(1)
        for action in (self.batch_action, self.specimen_action, self.profile_action):
            bar.addWidget(self._button(action))

        self.model = LetterTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self.new_action.triggered.connect(lambda: self.new_letter())
        self.open_action.triggered.connect(self.open_letter)
        self.approve_action.triggered.connect(self.review_for_approval)
        self.correct_action.triggered.connect(self.correct)
        self.batch_action.triggered.connect(self.batch)
        self.specimen_action.triggered.connect(self.specimens)
        self.profile_action.triggered.connect(self.edit_profile)
        self.view.doubleClicked.connect(lambda _i: self.open_letter())
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.search_edit.returnPressed.connect(self.refresh)
        # Typing waits for a pause before searching, so keystrokes do not queue searches.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(self.search_timer.start)
        for combo in (self.kind_filter, self.language_filter, self.state_filter):
            combo.currentIndexChanged.connect(self.refresh)
        operations.changed.connect(self._changed)
        self.profile_action.setEnabled(session.role == "admin")
        self._update_actions()
        self.refresh()

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        return button

    # --- register ------------------------------------------------------------------------------

    def query(self) -> LetterQuery:
        return LetterQuery(
            text=self.search_edit.text(),
            kind=self.kind_filter.currentData(),
            language=self.language_filter.currentData(),
            state=self.state_filter.currentData(),
        )

    def refresh(self) -> None:
        query, session = self.query(), self.session
        self.task = run_in_background(
            self,
            lambda _p: search_letters(session.conn, query),
            title=self.tr("Searching…"),
            on_success=self._show_rows,
        )

    def _show_rows(self, rows: list[LetterRecord]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n letter(s)", "", len(rows)))
        if selected is not None:
            for row, record in enumerate(rows):
                if record.id == selected.id:
                    self.view.selectRow(row)
        self._update_actions()

    def _changed(self, changes: Any) -> None:
        if changes.touches("letter"):
            self.refresh()

    def selected(self) -> LetterRecord | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def select_ref(self, ref: str) -> None:
        for row, record in enumerate(self.model.rows):
            if record.ref == ref:
                self.view.selectRow(row)

    def _update_actions(self) -> None:
        record = self.selected()
        state = letter_state(record) if record else None
        self.open_action.setEnabled(record is not None and state != AWAITING_APPROVAL)
        self.approve_action.setEnabled(state == AWAITING_APPROVAL)
        self.correct_action.setEnabled(
            record is not None and may_write(self.session.role, "letter")
        )
        self.mark_button.setEnabled(
            record is not None and state != "cancelled" and may_write(self.session.role, "letter")
        )
        for status, action in self.mark_actions.items():
            action.setEnabled(
                record is not None
                and state != "cancelled"
                and (state != AWAITING_APPROVAL or status == "cancelled")
            )
        self.new_action.setEnabled(may_write(self.session.role, "letter"))
        self.batch_action.setEnabled(may_write(self.session.role, "letter"))

    # --- actions -------------------------------------------------------------------------------

    def new_letter(self, request_ref: str = "") -> NewLetterDialog:
        dialog = NewLetterDialog(self.session, self.operations, request_ref, self)
        dialog.generated.connect(lambda record: self.search_edit.clear())
        self.dialog = dialog
        dialog.open()
        return dialog

    def correct(self) -> None:
        """The new-letter dialog for the selected letter's request, recording what it corrects."""
        record, session = self.selected(), self.session
        if record is None:
            return

        def request_ref(_progress: Progress) -> str:
            row = session.conn.execute(
                "SELECT ref FROM tracing_request WHERE id = ?", (record.request_id,)
            ).fetchone()
            return str(row[0] or "") if row else ""

        def opened(ref: str) -> None:
            dialog = NewLetterDialog(self.session, self.operations, ref, self, corrects=record)
            self.dialog = dialog
            dialog.open()

        self.task = run_in_background(
            self, request_ref, title=self.tr("Opening the letter…"), on_success=opened
        )

    def open_letter(self) -> None:
        record, session = self.selected(), self.session
        if record is None:
            return

        def shown(pdf: bytes) -> None:
            self.dialog = LetterViewer(
                pdf,
                f"{record.ref}.pdf",
                title=self.tr("Letter %1").replace("%1", record.ref or ""),
                parent=self,
            )
            self.dialog.open()

        self.task = run_in_background(
            self,
            lambda _p: reprint_letter(session, record.id),
            title=self.tr("Opening the letter…"),
            on_success=shown,
        )

    def review_for_approval(self) -> None:
        record, session = self.selected(), self.session
        if record is None:
            return

        def shown(pdf: bytes) -> None:
            viewer = LetterViewer(
                pdf,
                f"{record.ref}.pdf",
                title=self.tr("Letter %1").replace("%1", record.ref or ""),
                can_output=False,
                can_approve=True,
                note=self.tr(
                    "News of death: read the letter. Approving it lets it be printed and sent; "
                    "it must be approved by someone other than the person who generated it."
                ),
                parent=self,
            )
            viewer.approve_requested.connect(lambda: self.approve(record.id, viewer))
            self.dialog = viewer
            viewer.open()

        self.task = run_in_background(
            self,
            lambda _p: review_pdf(session, record.id),
            title=self.tr("Opening the letter…"),
            on_success=shown,
        )

    def approve(self, letter_id: str, viewer: QDialog | None = None) -> None:
        session = self.session

        def done(_record: object) -> None:
            self.operations.did_change(session.last_changes)
            if viewer is not None:
                viewer.accept()

        self.task = run_in_background(
            self,
            lambda _p: approve_letter(session, letter_id),
            title=self.tr("Approving…"),
            on_success=done,
        )

    def mark(self, status: str) -> None:
        record, session = self.selected(), self.session
        if record is None:
            return
        if status == "cancelled" and (
            QMessageBox.question(
                self,
                self.tr("Letters"),
                self.tr("Cancel letter %1? A cancelled letter cannot be sent any more.").replace(
                    "%1", record.ref or ""
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.task = run_in_background(
            self,
            lambda _p: mark_delivery(session, record.id, status),
            title=self.tr("Saving…"),
            on_success=lambda _r: self.operations.did_change(session.last_changes),
        )

    def batch(self) -> BatchDialog:
        dialog = BatchDialog(self.session, self.operations, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def specimens(self) -> SpecimenDialog:
        dialog = SpecimenDialog(self.session, self)
        self.dialog = dialog
        dialog.open()
        dialog.show_specimen()
        return dialog

    def edit_profile(self) -> ProfileDialog:
        dialog = ProfileDialog(self.session, self.operations, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def about_to_lock(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
