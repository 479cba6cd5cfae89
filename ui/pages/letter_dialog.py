"""Write one letter: choose the request and kind, preview (gates shown inline), generate."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QLocale,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import LetterRecord
from caseapp.errors import CaseAppError
from caseapp.letters import (
    AWAITING_APPROVAL,
    LetterSpec,
    generate_letter,
    letter_state,
    letter_warnings,
    preview_letter,
)
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.errors import show_error
from ui.operations import Operations
from ui.pages.letter_common import (
    add_rounds,
    channel_labels,
    choice_combo,
    exchange_rounds,
    find_request_id,
    find_requests,
    kind_labels,
    language_labels,
    refusal_text,
)
from ui.pages.letter_viewer import LetterViewer
from ui.pdf_view import PdfView
from ui.worker import Task, run_in_background


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
        self.kind_combo = choice_combo([(k, v) for k, v in kind_labels().items()])
        self.language_combo = choice_combo(
            [(None, self.tr("As on the request")), *language_labels().items()]
        )
        self.channel_combo = choice_combo(
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
        self.round_combo = choice_combo([(None, self.tr("None"))])
        self.details_edit = QPlainTextEdit()
        self.details_edit.setPlaceholderText(self.tr("What the family is asked for"))
        self.details_edit.setMaximumHeight(90)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Why not in person?"))
        self.reason_edit.setToolTip(
            self.tr("Why not in person (needed to send news of death by post or e-mail)")
        )
        form = QFormLayout()
        form.addRow(self.tr("Tracing request"), request_row)
        form.addRow("", self.matches_combo)
        form.addRow(self.tr("Kind of letter"), self.kind_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(self.tr("Delivery"), self.channel_combo)
        form.addRow(self.tr("Exchange round"), self.round_combo)
        form.addRow(self.tr("Details asked for"), self.details_edit)
        form.addRow(self.tr("Reason for post"), self.reason_edit)
        self.refusal_label = QLabel()
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet("color: #a40000;")
        self.refusal_label.hide()
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("color: #8a5a00;")
        self.warning_label.hide()
        self.warnings_seen = False
        self.view = PdfView()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.refusal_label)
        left.addWidget(self.warning_label)
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
        self.request_edit.textChanged.connect(self._forget_warnings)
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
        self.round_combo.setEnabled(kind in ("exchange_inclusion", "exchange_not_included"))
        self.reason_edit.setEnabled(kind == "death_notification")
        self._forget_warnings()

    def _forget_warnings(self) -> None:
        self.warnings_seen = False
        self.generate_button.setText(self.tr("Generate"))

    def spec_for(self, request_id: str) -> LetterSpec:
        kind = self.kind_combo.currentData()
        details = self.details_edit.toPlainText().strip()
        return LetterSpec(
            kind=kind,
            request_id=request_id,
            language=self.language_combo.currentData(),
            channel=self.channel_combo.currentData(),
            round_id=self.round_combo.currentData()
            if kind in ("exchange_inclusion", "exchange_not_included")
            else None,
            details=details if kind == "more_information" and details else None,
            corrects_id=self.corrects.id if self.corrects else None,
            delivery_reason=self.reason_edit.text().strip() or None
            if kind == "death_notification"
            else None,
        )

    def _run(self, work: Callable[[Session, LetterSpec], Any], done: Callable[[Any], None]) -> None:
        ref = self.request_edit.text()
        session = self.session

        def job(_progress: Progress) -> Any:
            return work(session, self.spec_for(find_request_id(session, ref)))

        self.refusal_label.hide()
        self.warning_label.hide()
        self.preview_button.setEnabled(False)
        self.generate_button.setEnabled(False)
        self.task = self.operations.write(
            self,
            job,
            title=self.tr("Preparing the letter…"),
            on_success=done,
            on_failure=self._failed,
            cancellable=True,
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
        lang = QLocale().name()[:2]
        self._run(
            lambda session, spec: (
                preview_letter(session, spec),
                letter_warnings(session, spec, lang),
            ),
            self._previewed,
        )

    def _previewed(self, result: tuple[bytes, list[str]]) -> None:
        pdf, warnings = result
        self.view.set_pdf(pdf)
        self._show_warnings(warnings)

    def _show_warnings(self, warnings: list[str]) -> None:
        if warnings:
            self.warning_label.setText("\n".join(f"⚠ {w}" for w in warnings))
            self.warning_label.show()

    def generate(self) -> None:
        """Generate; a second letter of a kind is made only after the user saw the warning."""
        lang = QLocale().name()[:2]
        confirmed = self.warnings_seen

        def work(session: Session, spec: LetterSpec) -> LetterRecord | list[str]:
            warnings = [] if confirmed else letter_warnings(session, spec, lang)
            return warnings or generate_letter(session, spec)

        self._run(work, self._generated_or_warned)

    def _generated_or_warned(self, result: LetterRecord | list[str]) -> None:
        if isinstance(result, list):
            self._show_warnings(result)
            self.warnings_seen = True
            self.generate_button.setText(self.tr("Generate anyway"))
            return
        self.warnings_seen = False
        self.generate_button.setText(self.tr("Generate"))
        self._generated(result)

    def _generated(self, record: LetterRecord) -> None:
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
