"""The Exchange rounds screen: rounds on the left; the chosen round on the right with its
N-for-N balance always visible above its tabs (facts, lists, execution, next candidates).

Reads run off the GUI thread (``QueryRunner``); every write runs on the worker thread and
broadcasts the ChangeSet its core call returned.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import ENTRY_CATEGORIES, ROUND_SIDES, ROUND_STATUSES, ExchangeRound
from caseapp.errors import ValidationError
from caseapp.rounds.core import Created, create_round, update_round
from caseapp.rounds.view import RoundRow, RoundView, all_rounds, round_view
from caseapp.store import ChangeSet, Session
from ui.errors import show_error
from ui.forms import FieldForm
from ui.operations import Operations
from ui.pages.round_common import (
    BalancePanel,
    category_label,
    fill_table,
    read_only_table,
    round_status_label,
    run_write,
    side_label,
)
from ui.pages.round_execution import CandidatesTab, ExecutionTab
from ui.pages.round_lists import ListsTab, relabel
from ui.query_runner import QueryRunner
from ui.worker import Task

ROUND_TABLES = (
    "exchange_framework",
    "exchange_round",
    "round_quota",
    "round_list",
    "round_entry",
    "prisoner",
    "tracing_request",
)
FACT_FIELDS = [
    "name",
    "framework",
    "parties",
    "mediators",
    "announced_date",
    "agreed_date",
    "executed_date",
    "handover_place",
    "status",
    "agreed_count_ours",
    "agreed_count_theirs",
    "notes",
]


class NewRoundDialog(QDialog):
    def __init__(self, frameworks: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New exchange round"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("roundName")
        self.name_edit.setPlaceholderText(self.tr("For example: 185 for 185"))
        self.framework_combo = QComboBox()
        self.framework_combo.setEditable(True)
        self.framework_combo.addItem("")
        self.framework_combo.addItems(frameworks)
        self.agreed_spin = QSpinBox()
        self.agreed_spin.setRange(0, 100_000)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Framework agreement"), self.framework_combo)
        form.addRow(self.tr("Agreed, each side (N for N)"), self.agreed_spin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))


class FactsTab(QWidget):
    """The round's facts and its agreed counts per side and category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        statuses = [(s, round_status_label(s)) for s in ROUND_STATUSES]
        self.form = FieldForm(ExchangeRound, FACT_FIELDS, options={"status": statuses})
        relabel(
            self.form,
            {
                "name": self.tr("Name"),
                "framework": self.tr("Framework agreement"),
                "parties": self.tr("Parties"),
                "mediators": self.tr("Mediators"),
                "announced_date": self.tr("Announced"),
                "agreed_date": self.tr("Agreed"),
                "executed_date": self.tr("Executed"),
                "handover_place": self.tr("Handover place"),
                "status": self.tr("Status"),
                "agreed_count_ours": self.tr("Agreed, our side"),
                "agreed_count_theirs": self.tr("Agreed, their side"),
                "notes": self.tr("Notes"),
            },
        )
        self.quota_spins: dict[tuple[str, str], QSpinBox] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Agreed per category")), 0, 0)
        for column, side in enumerate(ROUND_SIDES, 1):
            grid.addWidget(QLabel(side_label(side)), 0, column)
        for row, category in enumerate(ENTRY_CATEGORIES, 1):
            grid.addWidget(QLabel(category_label(category)), row, 0)
            for column, side in enumerate(ROUND_SIDES, 1):
                spin = QSpinBox()
                spin.setRange(0, 100_000)
                spin.setObjectName(f"quota_{side}_{category}")
                self.quota_spins[(side, category)] = spin
                grid.addWidget(spin, row, column)
        self.save_button = QPushButton(self.tr("Save the round"))
        self.save_button.setObjectName("saveRound")
        inner = QWidget()
        columns = QHBoxLayout(inner)
        columns.addWidget(self.form, 3)
        right = QVBoxLayout()
        right.addLayout(grid)
        right.addStretch(1)
        right.addWidget(self.save_button)
        columns.addLayout(right, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def show_round(self, view: RoundView) -> None:
        self.form.set_values(view.exchange.to_fields())
        for key, spin in self.quota_spins.items():
            spin.setValue(view.quotas.get(key, 0))
        self.form.set_read_only(view.exchange.closed)
        self.save_button.setEnabled(not view.exchange.closed)

    def quotas(self) -> dict[tuple[str, str], int | None]:
        return {key: spin.value() or None for key, spin in self.quota_spins.items()}


class RoundsPage(QWidget):
    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.round_id: str | None = None
        self.view: RoundView | None = None
        self.rounds: list[RoundRow] = []
        self.task: Task | None = None
        self.new_dialog: NewRoundDialog | None = None
        self.list_runner = QueryRunner(self)
        self.list_runner.finished.connect(self._rounds_arrived)
        self.list_runner.failed.connect(self._failed)
        self.round_runner = QueryRunner(self)
        self.round_runner.finished.connect(self._round_arrived)
        self.round_runner.failed.connect(self._failed)

        self.table = read_only_table([self.tr("Round"), self.tr("Status")])
        self.table.setObjectName("rounds")
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._round_selected)
        self.new_button = QPushButton(self.tr("New round…"))
        self.new_button.setObjectName("newRound")
        self.new_button.clicked.connect(self.ask_new_round)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.new_button)

        self.heading = QLabel()
        self.heading.setObjectName("roundHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.balance = BalancePanel()
        self.facts = FactsTab()
        self.facts.save_button.clicked.connect(self.save_facts)
        self.lists = ListsTab(session, operations)
        self.execution = ExecutionTab(session, operations)
        self.execution.show_entry.connect(self.open_entry)
        self.candidates = CandidatesTab(session, operations)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("roundTabs")
        self.tabs.addTab(self.lists, self.tr("Lists and entries"))
        self.tabs.addTab(self.execution, self.tr("Reconciliation and execution"))
        self.tabs.addTab(self.facts, self.tr("Round and agreed counts"))
        self.tabs.addTab(self.candidates, self.tr("Candidates for the next round"))
        self.detail = QWidget()
        detail_box = QVBoxLayout(self.detail)
        detail_box.setContentsMargins(0, 0, 0, 0)
        detail_box.addWidget(self.heading)
        detail_box.addWidget(self.balance)
        detail_box.addWidget(self.tabs, 1)
        self.empty = QLabel(
            self.tr("No exchange round yet. Create one with “New round…”, then import the lists.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.empty)
        right_box.addWidget(self.detail, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 5)
        split.setSizes([270, 1090])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.operations.changed.connect(self._changed)
        self.show_round(None)
        self.reload_rounds()

    # --- reading -------------------------------------------------------------------------------

    def reload_rounds(self) -> None:
        conn_of = self.session.vault.connection
        self.list_runner.submit(lambda: all_rounds(conn_of()))

    def _failed(self, error: BaseException) -> None:
        if self.session.vault.is_open:
            show_error(self, error)

    def _rounds_arrived(self, rows: list[RoundRow]) -> None:
        if not self.session.vault.is_open:
            return
        self.rounds = rows
        self.table.blockSignals(True)
        fill_table(
            self.table,
            [
                [f"{r.ref}\n{r.name}", round_status_label(r.status) + (" 🔒" if r.closed else "")]
                for r in rows
            ],
            [r.id for r in rows],
        )
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        ids = [r.id for r in rows]
        if self.round_id in ids:
            self.table.selectRow(ids.index(self.round_id))
            self.load_round()
        elif rows:
            self.table.selectRow(0)
        else:
            self.show_round(None)

    def _round_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        round_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if round_id != self.round_id or self.view is None:
            self.show_round(round_id)

    def show_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self.empty.setVisible(round_id is None)
        self.detail.setVisible(round_id is not None)
        if round_id is not None:
            self.load_round()

    def load_round(self) -> None:
        if self.round_id is None:
            return
        conn_of, round_id = self.session.vault.connection, self.round_id
        self.round_runner.submit(lambda: round_view(conn_of(), round_id))

    def _round_arrived(self, view: RoundView) -> None:
        if not self.session.vault.is_open or view.exchange.id != self.round_id:
            return
        self.view = view
        exchange = view.exchange
        closed = self.tr(" — closed") if exchange.closed else ""
        self.heading.setText(
            f"<b>{html.escape(exchange.ref or '')}</b> {html.escape(exchange.name or '')} · "
            f"{html.escape(round_status_label(exchange.status or ''))}{html.escape(closed)}"
        )
        self.balance.set_balance(view.balance, QLocale().name()[:2])
        self.facts.show_round(view)
        self.lists.set_lists(exchange.id, view.lists)
        self.execution.set_round(exchange.id, exchange.closed, bool(exchange.executed_txn))
        self.candidates.set_round(exchange.id, exchange.closed)
        self.lists.import_button.setEnabled(not exchange.closed)

    def _changed(self, changes: ChangeSet) -> None:
        if changes.touches(*ROUND_TABLES):
            self.reload_rounds()

    def open_entry(self, entry_id: str) -> None:
        self.tabs.setCurrentWidget(self.lists)
        conn = self.session.conn
        row = conn.execute("SELECT list_id FROM round_entry WHERE id = ?", (entry_id,)).fetchone()
        if row:
            self.lists.show_list(row[0])
            self.lists.panel.show_entry(entry_id)

    # --- writes --------------------------------------------------------------------------------

    def ask_new_round(self) -> None:
        frameworks = sorted({r.framework for r in self.rounds if r.framework})
        self.new_dialog = NewRoundDialog(frameworks, self)
        self.new_dialog.accepted.connect(self._new_accepted)
        self.new_dialog.open()

    def _new_accepted(self) -> None:
        dialog = self.new_dialog
        if dialog is not None:
            self.new_round(
                dialog.name_edit.text(),
                dialog.framework_combo.currentText() or None,
                dialog.agreed_spin.value() or None,
            )

    def new_round(self, name: str, framework: str | None, agreed: int | None) -> Task:
        session = self.session

        def done(created: Created) -> None:
            self.round_id = created.id

        self.task = run_write(
            self,
            session,
            self.operations,
            lambda _p: create_round(session, name, framework=framework, agreed=agreed),
            self.tr("Creating the round…"),
            done,
        )
        return self.task

    def save_facts(self) -> Task | None:
        if self.round_id is None:
            return None
        session, round_id = self.session, self.round_id
        values = self.facts.form.values()
        quotas = self.facts.quotas()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.facts.form.show_errors(error.errors)
            else:
                show_error(self, error)

        self.facts.form.show_errors([])
        self.task = run_write(
            self,
            session,
            self.operations,
            lambda _p: update_round(session, round_id, quotas=quotas, **values),
            self.tr("Saving…"),
            on_failure=failed,
        )
        return self.task
