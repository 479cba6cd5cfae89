"""Pieces the Exchange rounds screens share: labels, the balance (table and bar chart), and
running a round write on the worker thread and broadcasting its ChangeSet."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.rounds.balance import Balance
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.operations import Operations
from ui.worker import Task

BAR_COLOURS = ("#9e9e9e", "#64b5f6", "#1976d2", "#2e7d32")


def side_label(side: str) -> str:
    return {
        "ours": QCoreApplication.translate("rounds", "Our side"),
        "theirs": QCoreApplication.translate("rounds", "Their side"),
    }.get(side, side)


def direction_label(direction: str) -> str:
    return {
        "requested": QCoreApplication.translate("rounds", "requested"),
        "offered": QCoreApplication.translate("rounds", "offered"),
        "returned": QCoreApplication.translate("rounds", "returned"),
    }.get(direction, direction)


def category_label(category: str) -> str:
    return {
        "pow": QCoreApplication.translate("rounds", "POW"),
        "civilian": QCoreApplication.translate("rounds", "Civilian"),
        "wounded_sick": QCoreApplication.translate("rounds", "Wounded or sick"),
        "minor": QCoreApplication.translate("rounds", "Minor"),
        "remains": QCoreApplication.translate("rounds", "Remains"),
        "all": QCoreApplication.translate("rounds", "All"),
    }.get(category, category)


def round_status_label(status: str) -> str:
    return {
        "proposed": QCoreApplication.translate("rounds", "proposed"),
        "negotiating": QCoreApplication.translate("rounds", "negotiating"),
        "agreed": QCoreApplication.translate("rounds", "agreed"),
        "in_execution": QCoreApplication.translate("rounds", "in execution"),
        "executed": QCoreApplication.translate("rounds", "executed"),
        "partially_executed": QCoreApplication.translate("rounds", "partially executed"),
        "cancelled": QCoreApplication.translate("rounds", "cancelled"),
    }.get(status, status)


def state_label(state: str) -> str:
    return {
        "unmatched": QCoreApplication.translate("rounds", "no record found"),
        "ambiguous": QCoreApplication.translate("rounds", "ambiguous"),
        "to_review": QCoreApplication.translate("rounds", "to review"),
        "confirmed": QCoreApplication.translate("rounds", "confirmed"),
        "rejected": QCoreApplication.translate("rounds", "rejected"),
    }.get(state, state)


def outcome_label(outcome: str) -> str:
    return {
        "exchanged": QCoreApplication.translate("rounds", "exchanged"),
        "not_presented": QCoreApplication.translate("rounds", "not presented"),
        "refused_return": QCoreApplication.translate("rounds", "refused to return"),
        "substituted": QCoreApplication.translate("rounds", "substituted"),
        "deceased": QCoreApplication.translate("rounds", "deceased"),
        "postponed": QCoreApplication.translate("rounds", "postponed"),
    }.get(outcome, outcome)


def kind_label(kind: str) -> str:
    return {
        "not_returned": QCoreApplication.translate("rounds", "Listed, did not come"),
        "unlisted_returnee": QCoreApplication.translate("rounds", "Came, not listed"),
        "name_mismatch": QCoreApplication.translate("rounds", "Name written differently"),
        "duplicate_entry": QCoreApplication.translate("rounds", "On two entries or rounds"),
    }.get(kind, kind)


def metric_labels() -> list[str]:
    return [
        QCoreApplication.translate("rounds", "Agreed"),
        QCoreApplication.translate("rounds", "Listed"),
        QCoreApplication.translate("rounds", "Confirmed"),
        QCoreApplication.translate("rounds", "Exchanged"),
    ]


def read_only_table(columns: list[str], parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], ids: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            if ids is not None and column == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[number])
            table.setItem(number, column, item)


class BalanceChart(QWidget):
    """Agreed, listed, confirmed, exchanged per side as grouped bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceChart")
        self.groups: list[tuple[str, list[int]]] = []
        self.setMinimumSize(220, 110)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_groups(self, groups: list[tuple[str, list[int]]]) -> None:
        self.groups = groups
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        rect = self.rect().adjusted(4, 4, -4, -4)
        legend_width = max(metrics.horizontalAdvance(t) for t in metric_labels()) + 18
        plot = QRectF(
            rect.left(), rect.top(), rect.width() - legend_width - 8, rect.height() - line - 4
        )
        top = max([1, *[v for _label, values in self.groups for v in values]])
        group_width = plot.width() / max(1, len(self.groups))
        bar = max(4.0, (group_width - 16) / 4)
        for number, (label, values) in enumerate(self.groups):
            left = plot.left() + number * group_width + 8
            for i, value in enumerate(values):
                height = (plot.height() - line) * value / top
                box = QRectF(left + i * bar, plot.bottom() - height, bar - 2, height)
                painter.fillRect(box, QColor(BAR_COLOURS[i]))
                painter.drawText(
                    QRectF(left + i * bar - 4, box.top() - line, bar + 6, line),
                    Qt.AlignmentFlag.AlignCenter,
                    str(value),
                )
            painter.drawText(
                QRectF(left, plot.bottom() + 2, group_width - 16, line),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
        x = rect.right() - legend_width
        for i, text in enumerate(metric_labels()):
            y = rect.top() + i * (line + 2)
            painter.fillRect(QRectF(x, y + 3, 10, line - 6), QColor(BAR_COLOURS[i]))
            painter.drawText(
                QRectF(x + 14, y, legend_width, line), Qt.AlignmentFlag.AlignLeft, text
            )
        painter.end()


class BalancePanel(QWidget):
    """The N-for-N balance, always visible above the round's tabs: table, chart, warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        columns = [
            QCoreApplication.translate("rounds", "Side"),
            QCoreApplication.translate("rounds", "Category"),
            *metric_labels(),
        ]
        self.table = read_only_table(columns)
        self.table.setObjectName("balanceTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.chart = BalanceChart()
        self.warning = QLabel()
        self.warning.setObjectName("balanceWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.table, 3)
        row.addWidget(self.chart, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.warning)

    def set_balance(self, balance: Balance | None, lang: str) -> None:
        if balance is None:
            fill_table(self.table, [])
            self.chart.set_groups([])
            self.warning.setText("")
            return
        rows = [
            [
                side_label(r.side),
                category_label(r.category),
                str(r.agreed),
                str(r.listed),
                str(r.confirmed),
                str(r.exchanged),
            ]
            for r in balance.rows
        ]
        fill_table(self.table, rows)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(i) for i in range(min(len(rows), 6))
        )
        self.table.setFixedHeight(height + 4)
        self.chart.set_groups(
            [
                (
                    side_label(side),
                    [
                        balance.total(side).agreed,
                        balance.total(side).listed,
                        balance.total(side).confirmed,
                        balance.total(side).exchanged,
                    ],
                )
                for side in ("ours", "theirs")
            ]
        )
        texts = balance.warning_texts(lang)
        self.warning.setText("⚠ " + " ".join(texts) if texts else "")
        self.warning.setVisible(bool(texts))


def run_write(
    parent: QWidget,
    session: Session,
    operations: Operations,
    fn: Callable[[Progress], Any],
    title: str,
    on_done: Callable[[Any], None] | None = None,
    *,
    cancellable: bool = False,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task:
    """A round write: ``Operations.write`` (the one writer; it broadcasts the ChangeSet)."""
    return operations.write(
        parent,
        fn,
        title=title,
        on_success=on_done,
        on_failure=on_failure,
        cancellable=cancellable,
    )
