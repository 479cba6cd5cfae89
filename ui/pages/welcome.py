"""What an empty list shows instead of an empty table: how to begin, in a few words.

A new user lands on the tracing requests of an empty vault; this says what the list is for and
offers the first steps (register a request, import a list, try demo data, read the guide).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from caseapp.demo import fill_vault
from caseapp.domain.models import PrisonerRecord, TracingRequest
from caseapp.errors import Cancelled
from caseapp.store import ChangeSet, Session, list_entities
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection
from ui.errors import show_error
from ui.operations import Operations
from ui.worker import Task, run_in_background

#: How many invented records "Load demo data" adds: enough to try searching and matching,
#: quick to create on a field laptop.
DEMO_PRISONERS = 400
DEMO_REQUESTS = 250
#: Share of demo requests that seek one of the demo prisoners, so matching has work to show.
DEMO_RELATED = 0.3


class EmptyListWelcome(QWidget):
    """Signals the page acts on; demo data is loaded here (it needs only the session)."""

    new_requested = Signal()
    import_requested = Signal()
    guide_requested = Signal()

    def __init__(
        self, session: Session, operations: Operations, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("emptyListWelcome")
        self.session = session
        self.operations = operations
        self.task: Task | None = None
        requests = kind == "requests"
        title = QLabel(
            self.tr("No tracing requests yet") if requests else self.tr("No prisoner records yet")
        )
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        title.setFont(font)
        title.setWordWrap(True)
        body = QLabel(
            self.tr(
                "A tracing request is what a family asks: whom they are looking for, and how to "
                "reach them with news. Register one when a family contacts you, or import the "
                "requests you already keep in a spreadsheet."
            )
            if requests
            else self.tr(
                "Prisoner records come from lists of detained persons (from the other party, "
                "released persons, or other sources). Import a list, or add a record by hand. "
                "CaseApp then suggests which records may match a family's request."
            )
        )
        body.setWordWrap(True)
        self.new_button = QPushButton(
            self.tr("Register the first tracing request")
            if requests
            else self.tr("Add the first prisoner record")
        )
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.import_button = QPushButton(self.tr("Import a list (CSV or Excel)…"))
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Load demo data…"))
        self.demo_button.setToolTip(self.tr("Invented people, to try the app in a practice vault"))
        self.demo_button.clicked.connect(self.load_demo_data)
        self.guide_button = QPushButton(self.tr("Open the user guide (F1)"))
        self.guide_button.clicked.connect(self.guide_requested)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.import_button, self.demo_button, self.guide_button):
            buttons.addWidget(button)
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(body)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def load_demo_data(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Load demo data"),
            self.tr(
                "Add %1 invented tracing requests and %2 invented prisoner records, so you "
                "can try searching, matching and letters?\n\n"
                "Use this only in a practice vault, never in one with real cases. Each demo "
                "record says in its notes that it is invented."
            )
            .replace("%1", QLocale().toString(DEMO_REQUESTS))
            .replace("%2", QLocale().toString(DEMO_PRISONERS)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, note = self.session, self.tr("Invented demo record, not a real person.")

        def work(progress: Progress) -> ChangeSet:
            return fill_vault(
                session, DEMO_PRISONERS, DEMO_REQUESTS, progress, note=note, related=DEMO_RELATED
            )

        self.demo_button.setEnabled(False)
        self.task = run_in_background(
            self,
            work,
            title=self.tr("Creating demo records…"),
            on_success=self._demo_loaded,
            on_failure=self._demo_failed,
        )

    def _demo_failed(self, error: BaseException) -> None:
        self.demo_button.setEnabled(True)
        if not isinstance(error, Cancelled):
            show_error(self, error)

    def _demo_loaded(self, changes: ChangeSet) -> None:
        self.demo_button.setEnabled(True)
        self.operations.did_change(changes)


def vault_has_records(conn: Connection) -> bool:
    """Demo data is offered only in a vault without a single request or prisoner record."""
    return any(list_entities(conn, cls, limit=1) for cls in (PrisonerRecord, TracingRequest))
