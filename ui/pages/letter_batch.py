"""Letters for every request owed one, on the worker thread with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.errors import BadInput
from caseapp.letters import (
    KINDS,
    BatchResult,
    generate_batch,
    owed_letters,
    write_batch,
)
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.operations import Operations
from ui.pages.letter_common import (
    add_rounds,
    choice_combo,
    exchange_rounds,
    kind_labels,
)
from ui.pdf_view import print_with_dialog
from ui.plain_files import folder_path, save_path
from ui.worker import Task, run_in_background


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
        self._preset_round: str | None = None
        self.setWindowTitle(self.tr("Batch of letters"))
        kinds = [(k, v) for k, v in kind_labels().items() if not KINDS[k].needs_approval]
        self.kind_combo = choice_combo(kinds)
        self.round_combo = choice_combo([(None, self.tr("None"))])
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
            on_success=self._rounds_loaded,
        )

    def _rounds_loaded(self, rounds: list[tuple[str, str]]) -> None:
        add_rounds(self.round_combo, rounds)
        self._apply_preset()

    def preset(self, kind: str, round_id: str) -> None:
        """Opened for one round and kind (the Letters screen's owed line): choose them and
        find the requests owed, once the rounds are loaded."""
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self._preset_round = round_id
        self._apply_preset()

    def _apply_preset(self) -> None:
        round_id = self._preset_round
        index = self.round_combo.findData(round_id) if round_id else -1
        if index < 0:
            return
        self._preset_round = None
        self.round_combo.setCurrentIndex(index)
        self.find_requests()

    def _reset(self) -> None:
        self.round_combo.setEnabled(
            self.kind_combo.currentData()
            in ("exchange_inclusion", "exchange_not_included", "return_release")
        )
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
        self.task = self.operations.write(
            self, job, title=self.tr("Generating letters…"), on_success=self._done, cancellable=True
        )

    def _done(self, result: BatchResult) -> None:
        self.batch_result = result
        self.request_ids = []
        self.found_label.setText("")
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
        path = save_path(
            self, self.tr("Save merged PDF"), "letters.pdf", self.tr("PDF files (*.pdf)")
        )
        result = self.batch_result
        if path is not None:
            self._write(lambda: write_batch(result, merged_path=path))

    def save_folder(self) -> None:
        if self.batch_result is None:
            return
        folder = folder_path(self, self.tr("Folder for the letters"))
        result = self.batch_result
        if folder is not None:
            self._write(lambda: write_batch(result, folder=folder))

    def _write(self, write: Callable[[], list[Path]]) -> None:
        try:
            written = write()
        except (OSError, BadInput):
            QMessageBox.warning(
                self, self.tr("Letters"), self.tr("The files could not be written.")
            )
            return
        self.summary_label.setText(self.tr("%n file(s) saved.", "", len(written)))


# --- specimens -----------------------------------------------------------------------------------
