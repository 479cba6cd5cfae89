"""The letters section: the register, new letters, batches, specimens, the organisation profile.

All rules (gates, numbering, four eyes for news of death) live in ``caseapp.letters``; this
screen only asks and shows. Every call that reads the vault or renders a letter runs on the one
database worker thread (``ui.worker``); PDF bytes stay in memory until the user saves them.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from caseapp import audit
from caseapp.domain.models import LetterRecord
from caseapp.letters import (
    AWAITING_APPROVAL,
    MARKABLE,
    STATES,
    LetterQuery,
    approve_letter,
    letter_state,
    mark_delivery,
    reprint_letter,
    review_pdf,
    search_letters,
)
from caseapp.permissions import may_write
from caseapp.rounds.execute import RoundOwed, owed_by_round
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.empty_hint import set_empty_hint
from ui.locale_format import display_local_date
from ui.models.row_list import RowListModel
from ui.operations import Operations
from ui.pages.letter_batch import BatchDialog
from ui.pages.letter_common import (
    Index,
    choice_combo,
    kind_labels,
    language_labels,
    state_labels,
)
from ui.pages.letter_dialog import NewLetterDialog
from ui.pages.letter_profile import ProfileDialog
from ui.pages.letter_specimen import SpecimenDialog
from ui.pages.letter_viewer import LetterViewer
from ui.query_runner import QueryRunner
from ui.worker import Task, run_in_background

__all__ = ["LetterTableModel", "LettersPage", "NewLetterDialog"]

#: What can change the letters owed after exchange rounds.
OWED_TYPES = (
    "letter",
    "exchange_round",
    "round_list",
    "round_entry",
    "link",
    "prisoner",
    "tracing_request",
)


class LetterTableModel(RowListModel):
    """Register rows (without PDFs). Columns: number, kind, language, recipient, date, state."""

    rows: list[LetterRecord]

    COLUMNS = ("ref", "kind", "language", "recipient_name", "generated_at", "state")
    COLUMN_COUNT = len(COLUMNS)

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
            return display_local_date(record.generated_at)
        if column == "state":
            return state_labels().get(letter_state(record), "")
        return getattr(record, column) or ""


# --- the letter viewer ---------------------------------------------------------------------------


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
        self.kind_filter = choice_combo([(None, self.tr("Any kind")), *kind_labels().items()])
        self.language_filter = choice_combo(
            [(None, self.tr("Any language")), *language_labels().items()]
        )
        states = state_labels()
        self.state_filter = choice_combo(
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
        set_empty_hint(
            self.view,
            self.tr(
                "No letter matches. “New letter” writes one for a tracing request; “Batch” writes the letters a round or a status change owes."
            ),
        )
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel()
        # Letters owed after exchange rounds, where a liaison officer looks: one link per round
        # and kind, opening the batch for them.
        self.owed: list[RoundOwed] = []
        #: On the reader thread, latest answer only: a change never queues it behind the writer.
        self.owed_runner = QueryRunner(self)
        self.owed_runner.finished.connect(self._show_owed)
        self.owed_label = QLabel()
        self.owed_label.setObjectName("owedAfterRounds")
        self.owed_label.setWordWrap(True)
        self.owed_label.setTextFormat(Qt.TextFormat.RichText)
        self.owed_label.linkActivated.connect(self._owed_link)
        self.owed_frame = QFrame()
        self.owed_frame.setFrameShape(QFrame.Shape.StyledPanel)
        owed_box = QHBoxLayout(self.owed_frame)
        owed_box.addWidget(self.owed_label, 1)
        self.owed_frame.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.owed_frame)
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
        self.refresh_owed()

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
        if changes.touches(*OWED_TYPES):
            self.refresh_owed()

    # --- letters owed after exchange rounds ---------------------------------------------------

    def refresh_owed(self) -> None:
        conn_of = self.session.vault.connection
        self.owed_runner.submit(lambda: owed_by_round(conn_of()))

    def _show_owed(self, owed: list[RoundOwed]) -> None:
        self.owed = owed
        kinds = kind_labels()
        links = [
            f'<a href="owed:{n}">'
            + html.escape(
                self.tr("%1 — %2: %n request(s)", "", item.count)
                .replace("%1", item.round_name)
                .replace("%2", kinds.get(item.kind, item.kind))
            )
            + "</a>"
            for n, item in enumerate(owed)
        ]
        self.owed_label.setText(
            "<b>"
            + html.escape(self.tr("Owed after exchange rounds:"))
            + "</b> "
            + " · ".join(links)
        )
        self.owed_label.setToolTip(self.tr("Open the batch of letters for that round and kind"))
        self.owed_frame.setVisible(bool(owed))

    def _owed_link(self, link: str) -> None:
        if link.startswith("owed:"):
            number = int(link.removeprefix("owed:"))
            if 0 <= number < len(self.owed):
                self.batch_owed(self.owed[number])

    def batch_owed(self, owed: RoundOwed) -> BatchDialog:
        """The batch dialog for one round and kind, its requests already found."""
        dialog = self.batch()
        dialog.preset(owed.kind, owed.round_id)
        return dialog

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
            lambda _p: _audited(session, record.id, reprint_letter(session, record.id)),
            title=self.tr("Opening the letter…"),
            on_success=shown,
        )

    def review_for_approval(self) -> None:
        record, session = self.selected(), self.session
        if record is None:
            return

        def shown(pdf: bytes) -> None:
            note = self.tr(
                "News of death: read the letter. Approving it lets it be printed and sent; "
                "it must be approved by someone other than the person who generated it."
            )
            if record.delivery_method != "in_person":
                note += "\n" + self.tr("Not delivered in person, because: %1").replace(
                    "%1", record.delivery_reason or ""
                )
            viewer = LetterViewer(
                pdf,
                f"{record.ref}.pdf",
                title=self.tr("Letter %1").replace("%1", record.ref or ""),
                can_output=False,
                can_approve=True,
                note=note,
                parent=self,
            )
            viewer.approve_requested.connect(lambda: self.approve(record.id, viewer))
            self.dialog = viewer
            viewer.open()

        self.task = run_in_background(
            self,
            lambda _p: _audited(session, record.id, review_pdf(session, record.id)),
            title=self.tr("Opening the letter…"),
            on_success=shown,
        )

    def approve(self, letter_id: str, viewer: QDialog | None = None) -> None:
        session = self.session

        def done(_record: object) -> None:
            if viewer is not None:
                viewer.accept()

        self.task = self.operations.write(
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
        self.task = self.operations.write(
            self,
            lambda _p: mark_delivery(session, record.id, status),
            title=self.tr("Saving…"),
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


def _audited(session: Session, letter_id: str, pdf: bytes) -> bytes:
    """A letter opened on screen is a sensitive read (``caseapp.audit``); on the writer."""
    audit.record_read(session, "letter", letter_id)
    return pdf
