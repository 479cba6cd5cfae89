"""Administrator dialogs: the retention purge (preview, confirm) and the emergency wipe.

Both call the core (``caseapp.purge``, ``caseapp.wipe``); the preview reads on the reader
thread, the purge and the wipe write through ``Operations.write`` (progress and Cancel in the
task panel). The wipe asks for a typed word; afterwards the window locks (``wiped``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.purge import (
    MAX_DAYS,
    MIN_DAYS,
    PurgePreview,
    PurgeResult,
    preview_purge,
    purge_closed_cases,
    retention_days,
    set_retention_days,
)
from caseapp.store import Session
from caseapp.tasks import Progress
from caseapp.wipe import WipeResult, emergency_wipe
from ui.errors import message_for
from ui.labels import value_label
from ui.locale_format import display_date, display_number
from ui.operations import Operations
from ui.query_runner import QueryRunner

#: The period offered when the vault has none set: two years.
DEFAULT_DAYS = 730


class PurgeDialog(QDialog):
    """Retention: choose the period, see which closed cases would go, confirm, purge."""

    def __init__(self, session: Session, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.preview: PurgePreview | None = None
        self.running = False
        self.setWindowTitle(self.tr("Purge closed cases"))
        intro = QLabel(
            self.tr(
                "Closed cases that nobody has changed for longer than the retention period lose "
                "their personal data for good: names, the enquirer's details, contacts, links, "
                "letters and their PDFs, attachments, and the content of their history. "
                "Reference numbers, statuses and dates stay for statistics. The purge reaches "
                "the other laptops with the next USB bundle."
            )
        )
        intro.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setRange(MIN_DAYS, MAX_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.days.setValue(retention_days(session.conn) or DEFAULT_DAYS)
        self.save_button = QPushButton(self.tr("Keep as the vault's period"))
        self.preview_button = QPushButton(self.tr("Show what would be purged"))
        self.save_button.clicked.connect(self._save_period)
        self.preview_button.clicked.connect(self.refresh)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Retention period for closed cases:")))
        period.addWidget(self.days)
        period.addWidget(self.save_button)
        period.addStretch(1)
        period.addWidget(self.preview_button)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Reference"),
                self.tr("Closed because"),
                self.tr("Last change"),
                self.tr("Parts"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("Purge…"))
        self.purge_button.setEnabled(False)
        self.purge_button.clicked.connect(self._confirm_purge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(period)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self.reader = QueryRunner(self)
        self.reader.finished.connect(self._show)
        self.reader.failed.connect(self._failed)
        self.refresh()

    def refresh(self) -> None:
        session, days = self.session, self.days.value()
        self.purge_button.setEnabled(False)
        self.summary.setText(self.tr("Looking for closed cases…"))
        self.reader.submit(lambda: preview_purge(session, days))

    def _show(self, preview: PurgePreview) -> None:
        self.preview = preview
        rows = preview.candidates
        self.table.setRowCount(len(rows))
        for index, c in enumerate(rows):
            for column, text in enumerate(
                (
                    c.ref,
                    value_label("tracing_request", "closed_reason", c.closed_reason),
                    display_date(c.last_change),
                    display_number(sum(c.parts.values())),
                )
            ):
                self.table.setItem(index, column, QTableWidgetItem(text))
        parts = sum(sum(c.parts.values()) for c in rows)
        if rows:
            self.summary.setText(
                self.tr(
                    "%n closed case(s) would be purged, with %1 part(s).", "", len(rows)
                ).replace("%1", display_number(parts))
            )
        else:
            self.summary.setText(self.tr("No closed case is older than this period."))
        self.purge_button.setEnabled(bool(rows) and not self.running)

    def _failed(self, error: object) -> None:
        self.summary.setText(
            message_for(error if isinstance(error, BaseException) else Exception())
        )

    def _save_period(self) -> None:
        session, days = self.session, self.days.value()
        self.operations.write(
            self,
            lambda _p: set_retention_days(session, days),
            title=self.tr("Saving the retention period"),
            on_success=lambda _r: self.summary.setText(self.tr("The period was kept.")),
            on_failure=self._failed,
        )

    def _confirm_purge(self) -> None:
        if self.preview is None or not self.preview.candidates:
            return
        count = len(self.preview.candidates)
        answer = QMessageBox.question(
            self,
            self.tr("Purge closed cases"),
            self.tr(
                "Purge %n closed case(s) for good? Their personal data cannot be brought back, "
                "here or on any other laptop.",
                "",
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.start_purge()

    def start_purge(self) -> None:
        """Purge exactly the cases shown (a case reopened meanwhile is left alone)."""
        if self.preview is None:
            return
        session, days = self.session, self.preview.days
        ids = [c.request_id for c in self.preview.candidates]
        self.running = True
        self.purge_button.setEnabled(False)

        def work(progress: Progress) -> PurgeResult:
            return purge_closed_cases(session, days, only=ids, progress=progress)

        def done(result: Any) -> None:
            self.running = False
            self.refresh()
            self.summary.setText(
                self.tr("%n closed case(s) purged.", "", result.requests)
                + " "
                + self.tr("Their reference numbers remain.")
            )

        def failed(error: BaseException) -> None:
            self.running = False
            self.refresh()
            QMessageBox.warning(self, self.tr("Purge closed cases"), message_for(error))

        self.operations.write(
            self,
            work,
            title=self.tr("Purging closed cases"),
            on_success=done,
            on_failure=failed,
            cancellable=True,
        )


class WipeDialog(QDialog):
    """Emergency wipe: a typed word, then every key slot is destroyed and the window locks."""

    #: The wipe is done (its duration in ms): the window must lock.
    wiped = Signal(int)

    def __init__(self, session: Session, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.word = self.tr("DESTROY")
        text = QLabel(
            self.tr(
                "Use this when the laptop is about to be lost or seized. Every key slot of this "
                "vault is destroyed: afterwards no passphrase opens the vault or the backups "
                "made with these passphrases. Only the printed recovery key, kept away from "
                "this laptop, opens it again.\n\nType %1 to confirm."
            ).replace("%1", self.word)
        )
        text.setWordWrap(True)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setPlaceholderText(self.word)
        self.confirm_edit.textChanged.connect(self._update)
        self.wipe_button = QPushButton(self.tr("Destroy every key slot"))
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self.start_wipe)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.confirm_edit)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def _update(self) -> None:
        typed = self.confirm_edit.text().strip().casefold()
        self.wipe_button.setEnabled(typed == self.word.casefold())

    def start_wipe(self) -> None:
        if not self.wipe_button.isEnabled():
            return
        session = self.session
        self.wipe_button.setEnabled(False)
        self.confirm_edit.setEnabled(False)

        def done(result: Any) -> None:
            assert isinstance(result, WipeResult)
            self.accept()
            self.wiped.emit(round(result.seconds * 1000))

        def failed(error: BaseException) -> None:
            self.confirm_edit.setEnabled(True)
            self._update()
            QMessageBox.warning(self, self.tr("Emergency wipe"), message_for(error))

        self.operations.write(
            self,
            lambda _p: emergency_wipe(session),
            title=self.tr("Emergency wipe"),
            on_success=done,
            on_failure=failed,
        )
