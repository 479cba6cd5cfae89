"""Reconciling who came home, executing the round (undoable until it is closed), exports for
the mediator, and candidates for the next round."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp import audit
from caseapp.domain.models import ROUND_SIDES
from caseapp.rounds.balance import Reconciliation, reconcile
from caseapp.rounds.candidates import NextCandidate, add_to_draft, next_candidates
from caseapp.rounds.execute import ExecuteResult, close_round, execute_round, undo_execution
from caseapp.rounds.export import SCRIPTS, export_file, summary_pdf
from caseapp.safefile import write_private
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.labels import value_label
from ui.locale_format import display_date
from ui.operations import Operations
from ui.pages.round_common import (
    direction_label,
    fill_table,
    kind_label,
    read_only_table,
    run_write,
    side_label,
)
from ui.plain_files import save_path
from ui.query_runner import QueryRunner
from ui.worker import Task, run_in_background


def _lang() -> str:
    return QLocale().name()[:2]


class ExecutionTab(QWidget):
    """Discrepancies to settle, then Execute; Undo and Close; exports."""

    show_entry = Signal(str)  # entry id

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.round_id: str | None = None
        self.closed = False
        self.executed = False
        self.stale = False
        self.task: Task | None = None
        self.result: Reconciliation | None = None
        self.last_execution: ExecuteResult | None = None
        self.runner = QueryRunner(self)
        self.runner.finished.connect(self._reconciled)
        self.summary = QLabel()
        self.summary.setObjectName("reconcileSummary")
        self.summary.setWordWrap(True)
        self.table = read_only_table(
            [
                self.tr("Discrepancy"),
                self.tr("Side"),
                self.tr("Name"),
                self.tr("Other entry"),
                self.tr("Note"),
            ]
        )
        self.table.setObjectName("discrepancies")
        self.table.itemDoubleClicked.connect(self._open_entry)
        self.execute_button = QPushButton(self.tr("Execute the round…"))
        self.execute_button.setObjectName("executeRound")
        self.execute_button.clicked.connect(self.ask_execute)
        self.undo_button = QPushButton(self.tr("Undo the execution"))
        self.undo_button.setObjectName("undoExecution")
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QPushButton(self.tr("Close the round"))
        self.close_button.setObjectName("closeRound")
        self.close_button.clicked.connect(self.ask_close)
        self.outcome = QLabel()
        self.outcome.setObjectName("executionOutcome")
        self.outcome.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.execute_button)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.close_button)
        actions.addStretch(1)
        self.script_combo = QComboBox()
        self.script_combo.setObjectName("exportScript")
        self.script_combo.addItem(self.tr("Cyrillic, as recorded"), SCRIPTS[0])
        for name in SCRIPTS[1:]:
            self.script_combo.addItem(self.tr("Latin: %1").replace("%1", name), name)
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("exportList")
        self.list_combo.addItem(self.tr("Agreed people"), None)
        for direction in ("requested", "offered", "returned"):
            self.list_combo.addItem(direction_label(direction), direction)
        self.xlsx_button = QPushButton(self.tr("List as XLSX…"))
        self.pdf_button = QPushButton(self.tr("List as PDF…"))
        self.summary_button = QPushButton(self.tr("Summary report (PDF)…"))
        self.xlsx_button.clicked.connect(lambda: self.ask_export(".xlsx"))
        self.pdf_button.clicked.connect(lambda: self.ask_export(".pdf"))
        self.summary_button.clicked.connect(self.ask_summary)
        exports = QHBoxLayout()
        exports.addWidget(QLabel(self.tr("For the mediator:")))
        exports.addWidget(self.list_combo)
        exports.addWidget(self.script_combo)
        exports.addWidget(self.xlsx_button)
        exports.addWidget(self.pdf_button)
        exports.addWidget(self.summary_button)
        exports.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addLayout(exports)

    def set_round(self, round_id: str, closed: bool, executed: bool) -> None:
        """Reconciled when shown (it pairs whole lists): other tabs open without waiting."""
        if round_id != self.round_id:
            self.result = None
        self.round_id, self.closed, self.executed = round_id, closed, executed
        self.stale = True
        if self.isVisible():
            self.refresh()
        self._update_buttons()

    def refresh(self) -> None:
        if self.round_id is None:
            return
        self.stale = False
        conn_of, round_id = self.session.vault.connection, self.round_id
        self.runner.submit(lambda: reconcile(conn_of(), round_id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _reconciled(self, result: Reconciliation) -> None:
        if not self.session.vault.is_open:
            return
        self.result = result
        rows, ids = [], []
        for d in result.discrepancies:
            rows.append(
                [kind_label(d.kind), side_label(d.side), d.name, d.other_name or "", d.detail]
            )
            ids.append(d.entry_id)
        fill_table(self.table, rows, ids)
        if result.returned_lists:
            text = self.tr(
                "%1 of %2 confirmed people are on the returned list; %3 discrepancies to settle."
            )
            text = (
                text.replace("%1", str(len(result.pairs)))
                .replace("%2", str(result.expected))
                .replace("%3", str(len(result.discrepancies)))
            )
        else:
            text = self.tr(
                "No returned list yet. After the exchange, import the returnees' list (Lists → "
                "Import a list…, list: returned) to reconcile it with the agreed list."
            )
        self.summary.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        ready = self.result is not None and bool(self.result.returned_lists)
        self.execute_button.setEnabled(not busy and not self.closed and ready)
        self.undo_button.setEnabled(not busy and not self.closed and self.executed)
        self.close_button.setEnabled(not busy and not self.closed and self.executed)

    def _open_entry(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        if item is not None:
            self.show_entry.emit(item.data(Qt.ItemDataRole.UserRole))

    def ask_execute(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Execute the round"),
            self.tr(
                "Mark the people who came as exchanged, change their status and the status of "
                "their families' tracing requests, and queue the letters owed? You can undo it "
                "until the round is closed."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.execute()

    def execute(self) -> Task | None:
        if self.round_id is None:
            return None
        session, round_id = self.session, self.round_id
        self.task = run_write(
            self,
            session,
            self.operations,
            lambda progress: execute_round(session, round_id, progress=progress),
            self.tr("Executing the round…"),
            self._executed,
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.task

    def _executed(self, result: ExecuteResult) -> None:
        self.last_execution = result
        owed = result.letters_owed
        self.outcome.setText(
            self.tr(
                "%1 exchanged, %2 listed but did not come, %3 came unlisted. %4 tracing "
                "requests updated. Letters owed, waiting in Letters → Batch: %5 return or "
                "release, %6 inclusion in the round."
            )
            .replace("%1", str(result.exchanged))
            .replace("%2", str(result.not_returned))
            .replace("%3", str(result.unlisted))
            .replace("%4", str(result.requests_updated))
            .replace("%5", str(len(owed.get("return_release", []))))
            .replace("%6", str(len(owed.get("exchange_inclusion", []))))
        )

    def undo(self) -> Task | None:
        if self.round_id is None:
            return None
        session, round_id = self.session, self.round_id
        self.task = run_write(
            self,
            session,
            self.operations,
            lambda _p: undo_execution(session, round_id),
            self.tr("Undoing…"),
        )
        self.task.finished.connect(self._update_buttons)
        return self.task

    def ask_close(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close the round"),
            self.tr("After closing, the round's execution can no longer be undone. Close it?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close_round()

    def close_round(self) -> Task | None:
        if self.round_id is None:
            return None
        session, round_id = self.session, self.round_id
        self.task = run_write(
            self,
            session,
            self.operations,
            lambda _p: close_round(session, round_id),
            self.tr("Closing…"),
        )
        return self.task

    # --- exports -------------------------------------------------------------------------------

    def ask_export(self, suffix: str) -> None:
        path = save_path(self, self.tr("Export the list"), f"round-list{suffix}", f"*{suffix}")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> Task | None:
        if self.round_id is None:
            return None
        session, round_id = self.session, self.round_id
        direction, script, lang = (
            self.list_combo.currentData(),
            self.script_combo.currentData(),
            _lang(),
        )

        def work(_progress: Progress) -> int:
            count = export_file(
                session.conn, round_id, path, direction=direction, script=script, lang=lang
            )
            audit.record(
                session, "export", entity_type="exchange_round", entity_id=round_id,
                detail={"kind": "round_list", "rows": count},
            )  # fmt: skip
            return count

        self.task = run_in_background(
            self,
            work,
            title=self.tr("Exporting…"),
            on_success=lambda count: self.outcome.setText(
                self.tr("Exported %1 entries.").replace("%1", str(count))
            ),
        )
        return self.task

    def ask_summary(self) -> None:
        path = save_path(self, self.tr("Round summary"), "round-summary.pdf", "*.pdf")
        if path is not None:
            self.summary_to(path)

    def summary_to(self, path: Path) -> Task | None:
        if self.round_id is None:
            return None
        session, round_id, lang = self.session, self.round_id, _lang()

        def work(_progress: Progress) -> int:
            data = summary_pdf(session.conn, round_id, lang)
            write_private(path, data)  # 0600, through NAME.part
            return len(data)

        self.task = run_in_background(self, work, title=self.tr("Writing the summary…"))
        return self.task


class CandidatesTab(QWidget):
    """Held people not yet exchanged, priority first; pick some into a draft list."""

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.round_id: str | None = None
        self.closed = False
        self.stale = False
        self.rows: list[NextCandidate] = []
        self.task: Task | None = None
        self.runner = QueryRunner(self)
        self.runner.finished.connect(self._arrived)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Name or reference"))
        self.text_edit.returnPressed.connect(self.reload)
        self.priority_box = QCheckBox(self.tr("Priority only (wounded, sick, 60+)"))
        self.priority_box.toggled.connect(lambda _on: self.reload())
        self.category_combo = QComboBox()
        self.category_combo.addItem(self.tr("Any category"), None)
        self.category_combo.addItem(self.tr("Prisoners of war"), "pow")
        self.category_combo.addItem(self.tr("Civilians"), "detained_civilian")
        self.category_combo.currentIndexChanged.connect(lambda _i: self.reload())
        find = QPushButton(self.tr("Find"))
        find.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.text_edit, 1)
        top.addWidget(self.category_combo)
        top.addWidget(self.priority_box)
        top.addWidget(find)
        self.table = read_only_table(
            [
                self.tr("Record"),
                self.tr("Name"),
                self.tr("Date of birth"),
                self.tr("Health"),
                self.tr("Captured"),
                self.tr("Priority reasons"),
            ]
        )
        self.table.setObjectName("nextCandidates")
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.side_combo = QComboBox()
        for side in ROUND_SIDES:
            self.side_combo.addItem(side_label(side), side)
        self.add_button = QPushButton(self.tr("Add the selected people to a draft list"))
        self.add_button.setObjectName("addToDraft")
        self.add_button.clicked.connect(self.add_selected)
        self.count = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.side_combo)
        bottom.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def set_round(self, round_id: str, closed: bool) -> None:
        """Searched when shown: 100k held people are not read for every round opened."""
        self.round_id, self.closed = round_id, closed
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        conn_of = self.session.vault.connection
        text, priority = self.text_edit.text(), self.priority_box.isChecked()
        category = self.category_combo.currentData()
        self.runner.submit(
            lambda: next_candidates(conn_of(), category=category, priority_only=priority, text=text)
        )

    def _arrived(self, rows: list[NextCandidate]) -> None:
        if not self.session.vault.is_open:
            return
        self.rows = rows
        reasons = {
            "seriously_wounded": self.tr("seriously wounded"),
            "seriously_ill": self.tr("seriously ill"),
            "long_captivity": self.tr("long captivity"),
            "age": self.tr("age"),
        }
        fill_table(
            self.table,
            [
                [
                    r.ref,
                    r.name,
                    display_date(r.birth_date),
                    value_label("prisoner", "health", r.health),
                    display_date(r.capture_date),
                    ", ".join(reasons.get(x, x) for x in r.reasons),
                ]
                for r in rows
            ],
            [r.prisoner_id for r in rows],
        )
        self.count.setText(self.tr("%n candidate(s)", "", len(rows)))
        self.add_button.setEnabled(not self.closed and bool(rows))

    def add_selected(self) -> Task | None:
        ids = []
        for index in self.table.selectionModel().selectedRows():
            item = self.table.item(index.row(), 0)
            if item is not None:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        if self.round_id is None or not ids:
            return None
        session, round_id, side = self.session, self.round_id, self.side_combo.currentData()

        def work(_p: Progress) -> Any:
            return add_to_draft(session, round_id, side, ids)

        self.task = run_write(self, session, self.operations, work, self.tr("Adding…"))
        return self.task
