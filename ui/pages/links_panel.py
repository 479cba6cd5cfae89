"""The "Links" tab of a record: what it is linked to, each one click away.

A request shows the prisoner record it is confirmed to and its open suggestions; a prisoner
record shows the requests linked to it (``caseapp.links.record_links``). Opening one asks the
main window to show that record in its section (``Operations.navigate``), so the usual
unsaved-changes prompt guards the way out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.links import LinkedRecord, record_links
from caseapp.store import Session
from ui.labels import value_label
from ui.operations import Operations

_RECORD_TYPE = {"prisoners": "prisoner", "requests": "tracing_request"}


class LinksPanel(QWidget):
    #: The links were read again (the owner updates its tab title).
    refreshed = Signal()

    def __init__(
        self, session: Session, operations: Operations, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.kind = kind  # the list of the record this panel belongs to
        self.record_id: str | None = None
        self.links: list[LinkedRecord] = []
        self.hint = QLabel()
        self.hint.setObjectName("linksHint")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("linksTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Link"), self.tr("Reference"), self.tr("Name"), self.tr("Status")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Activation only (Enter, or a double-click where the style activates on it): a
        # double-click must open the record once, not once per signal.
        self.table.cellActivated.connect(lambda row, _col: self.open_row(row))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openLinked")
        self.open_button.clicked.connect(lambda: self.open_row(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        operations.changed.connect(self._on_changes)

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        """Reads a handful of rows by index: cheap enough for the GUI thread."""
        self.links = (
            record_links(self.session.conn, self.record_id, self.kind)
            if self.record_id and self.session.vault.is_open
            else []
        )
        self.table.setRowCount(len(self.links))
        for row, link in enumerate(self.links):
            state = (
                self.tr("Confirmed")
                if link.link_status == "confirmed"
                else self.tr("Suggested (%1)").replace("%1", f"{link.score or 0:.0f}")
            )
            values = [
                state,
                link.ref,
                link.name,
                value_label(_RECORD_TYPE[link.kind], "status", link.record_status),
            ]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if link.link_status == "confirmed":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        if self.links:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self.links))
        self.table.setVisible(bool(self.links))
        if not self.record_id:
            text = self.tr("Links appear here once the record is saved.")
        elif self.links:
            text = (
                self.tr("Prisoner records this request is linked to. Double-click one to open it.")
                if self.kind == "requests"
                else self.tr("Tracing requests linked to this person. Double-click one to open it.")
            )
        elif self.kind == "requests":
            text = self.tr(
                "No prisoner record is linked yet. Suggestions appear after the next matching "
                "run (Suggested matches…)."
            )
        else:
            text = self.tr("No tracing request is linked to this person yet.")
        self.hint.setText(text)
        self.refreshed.emit()

    def confirmed(self) -> list[LinkedRecord]:
        return [link for link in self.links if link.link_status == "confirmed"]

    def suggested(self) -> list[LinkedRecord]:
        return [link for link in self.links if link.link_status == "potential"]

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.links):
            return
        link = self.links[row]
        self.operations.navigate.emit(link.kind, link.record_id, link.ref)

    def _on_changes(self, changes: Any) -> None:
        """Re-read only when a link changed or a record at the other end of one shown here did
        (its name, number or status): a save of an unrelated record, or of this record's own
        fields, redraws nothing (every open editor listens, and a save should stay quick)."""
        if not self.record_id:
            return
        shown = {link.record_id for link in self.links}
        if changes.touches("link") or any(
            shown & changes.ids(entity) for entity in ("prisoner", "tracing_request")
        ):
            self.refresh()

    def tab_title(self) -> str:
        return self.tr("Links (%n)", "", len(self.links)) if self.links else self.tr("Links")
