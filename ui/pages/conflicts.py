"""Conflicts: the same field changed on two laptops before they met. A person decides.

Every version is shown with who changed it, on which laptop and when; the provisional winner
(the same on every laptop) is marked. Keeping one version, or typing a merged value, is one
journaled edit that travels and closes the conflict on every laptop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.store import ChangeSet, Session
from caseapp.sync.conflicts import Conflict, kept_aside, list_conflicts, resolve_conflict
from caseapp.tasks import Progress
from ui.labels import field_label
from ui.operations import Operations
from ui.pages.history import local_time, show_value
from ui.worker import Task


class ConflictsPage(QWidget):
    def __init__(self, session: Session, operations: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.conflicts: list[Conflict] = []
        self.task: Task | None = None

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QTableWidget(0, 3)
        self.list.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Versions")]
        )
        self.versions = QTableWidget(0, 4)
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Value"), self.tr("Changed by"), self.tr("Laptop"), self.tr("When")]
        )
        for table in (self.list, self.versions):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        for column in (1, 2, 3):
            self.versions.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.versions.setWordWrap(True)
        self.list.itemSelectionChanged.connect(self._show_versions)
        self.versions.itemSelectionChanged.connect(self._update_buttons)

        self.keep_button = QPushButton(self.tr("Keep the selected value"))
        self.keep_button.clicked.connect(self._keep)
        self.merged = QLineEdit()
        self.merged.setPlaceholderText(self.tr("Or type the right value…"))
        self.merged.textChanged.connect(self._update_buttons)
        self.merged_button = QPushButton(self.tr("Use the typed value"))
        self.merged_button.clicked.connect(self._use_typed)
        self.note = QLabel(
            self.tr(
                "Marked ★: the value shown until someone decides (the same on every laptop). "
                "Your decision travels with the next bundle and closes the conflict everywhere."
            )
        )
        self.note.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.versions, 1)
        right_layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        typed = QHBoxLayout()
        typed.addWidget(self.merged, 1)
        typed.addWidget(self.merged_button)
        right_layout.addLayout(typed)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        operations.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: ChangeSet) -> None:
        if changes.count:
            self.reload()

    def reload(self) -> None:
        """Conflicts are few (each is a decision waiting for a person): read them here."""
        if not self.session.vault.is_open:
            return
        self.conflicts = list_conflicts(self.session.conn, QLocale().name()[:2])
        self.list.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            values = (conflict.label, field_label(conflict.field), str(len(conflict.versions)))
            for column, text in enumerate(values):
                self.list.setItem(row, column, QTableWidgetItem(text))
        text = (
            self.tr("%n open conflict(s).", "", len(self.conflicts))
            if self.conflicts
            else self.tr("No open conflicts: every laptop agrees on every value it has seen.")
        )
        aside = kept_aside(self.session.conn)
        if aside:
            text += " " + self.tr(
                "%n record(s) from bundles were kept aside because this version of CaseApp "
                "refuses them (caseapp sync conflicts lists them); update CaseApp.",
                "",
                len(aside),
            )
        self.summary.setText(text)
        self.versions.setRowCount(0)
        if self.conflicts:
            self.list.selectRow(0)
        self._update_buttons()

    def current(self) -> Conflict | None:
        rows = self.list.selectionModel().selectedRows()
        return (
            self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None
        )

    def _show_versions(self) -> None:
        conflict = self.current()
        versions = conflict.versions if conflict else ()
        self.versions.setRowCount(len(versions))
        for row, version in enumerate(versions):
            shown = show_value(conflict.entity_type, conflict.field, version.value)  # type: ignore[union-attr]
            value = ("★ " if version.winner else "") + shown
            texts = (value, version.author, version.device_name, local_time(version.at))
            for column, text in enumerate(texts):
                self.versions.setItem(row, column, QTableWidgetItem(text))
        self.versions.resizeRowsToContents()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        chosen = bool(self.versions.selectionModel().selectedRows())
        self.keep_button.setEnabled(not busy and self.current() is not None and chosen)
        self.merged_button.setEnabled(
            not busy and self.current() is not None and bool(self.merged.text().strip())
        )

    def _keep(self) -> None:
        conflict = self.current()
        rows = self.versions.selectionModel().selectedRows()
        if conflict is None or not rows:
            return
        self._resolve(conflict, conflict.versions[rows[0].row()].value)

    def _use_typed(self) -> None:
        conflict = self.current()
        if conflict is not None and self.merged.text().strip():
            self._resolve(conflict, self.merged.text().strip())

    def _resolve(self, conflict: Conflict, value: Any) -> None:
        session = self.session

        def work(progress: Progress) -> ChangeSet:
            return resolve_conflict(
                session, conflict.entity_type, conflict.entity_id, conflict.field, value
            )

        def done(changes: ChangeSet) -> None:
            self.merged.clear()
            self.reload()

        self.task = self.operations.write(
            self, work, title=self.tr("Saving the decision…"), on_success=done
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
