"""Duplicate prisoner records: likely pairs side by side, Merge (after a confirmation) and Unmerge.

Finding pairs compares every record with the others, so it runs on the worker thread, on the
CLI's worker processes, with progress over the whole search and Cancel at any point; it reuses
the session's match index (shared with the matches screen) instead of building its own. A
merge is one journaled transaction (``merge_prisoners``); the recent merges list offers Unmerge,
which reverts that transaction unless something it moved has changed since.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import PrisonerRecord
from caseapp.matching.batch import default_workers
from caseapp.matching.duplicates import DuplicatePair
from caseapp.matching.service import compare_fields, merge_prisoners, merges, unmerge
from caseapp.matching.upkeep import IndexCache, duplicate_pairs, forget_names, index_cache
from caseapp.permissions import may_write
from caseapp.records import load_entity
from caseapp.store import ChangeSet, Session, collecting_changes
from caseapp.tasks import Progress
from caseapp.vault.connection import Connection
from ui.empty_hint import set_empty_hint
from ui.models.row_list import RowListModel
from ui.operations import Operations
from ui.pages.history import local_time
from ui.pages.match_review import ComparisonTable, band_label, ui_language
from ui.worker import Task, run_in_background

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PairRow:
    pair: DuplicatePair
    a: PrisonerRecord
    b: PrisonerRecord


def _name(record: PrisonerRecord) -> str:
    parts = (record.family_name, record.given_name, record.patronymic)
    return " ".join(p for p in parts if p)


def load_pairs(
    conn: Connection, progress: Progress, cache: IndexCache | None = None, workers: int = 1
) -> list[PairRow]:
    rows = []
    for pair in duplicate_pairs(conn, progress=progress, cache=cache, workers=workers):
        progress.check()
        a = load_entity(conn, PrisonerRecord, pair.a_id)
        b = load_entity(conn, PrisonerRecord, pair.b_id)
        if a is not None and b is not None:
            rows.append(PairRow(pair, a, b))
    return rows


class PairModel(RowListModel):
    COLUMN_COUNT = 6
    rows: list[PairRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        values = (
            f"{row.pair.score:.0f}",
            band_label(row.pair.band),
            row.a.ref or "",
            _name(row.a),
            row.b.ref or "",
            _name(row.b),
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 6
        ):
            return [
                self.tr("Score"),
                self.tr("Band"),
                self.tr("Record"),
                self.tr("Name"),
                self.tr("Other record"),
                self.tr("Name"),
            ][section]
        return None


class DuplicatesPage(QWidget):
    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.task: Task | None = None
        self.confirm_box: QMessageBox | None = None
        self.model = PairModel(self)
        # The session's match index, shared with the matches screen.
        self.index_cache = index_cache(session)

        self.find_button = QPushButton(self.tr("Find duplicates"))
        self.find_button.setObjectName("findDuplicates")
        self.find_button.clicked.connect(self.find_duplicates)
        intro = QLabel(
            self.tr(
                "Prisoner records that probably describe the same person (one person on several "
                "lists). Merging keeps every name form, source and link of both records."
            )
        )
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.find_button)

        self.view = QTableView()
        self.view.setObjectName("pairs")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_hint = set_empty_hint(
            self.view,
            self.tr(
                "“Find duplicates” compares every prisoner record with the others, in any "
                "script, and lists the pairs that probably describe one person."
            ),
        )

        self.table = ComparisonTable(self.tr("Record"), self.tr("Other record"))
        set_empty_hint(self.table, self.tr("Choose a pair above to compare the two records."))
        self.keep_combo = QComboBox()
        self.keep_combo.setObjectName("keep")
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("merge")
        self.merge_button.clicked.connect(self.ask_merge)
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel(self.tr("Keep:")))
        merge_row.addWidget(self.keep_combo, 1)
        merge_row.addWidget(self.merge_button)

        self.merge_list = QListWidget()
        self.merge_list.setObjectName("merges")
        set_empty_hint(self.merge_list, self.tr("No records merged yet."))
        self.unmerge_button = QPushButton(self.tr("Unmerge"))
        self.unmerge_button.setObjectName("unmerge")
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        self.merge_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        history = QWidget()
        history_box = QVBoxLayout(history)
        history_box.setContentsMargins(0, 0, 0, 0)
        history_box.addWidget(QLabel("<b>" + self.tr("Merges") + "</b>"))
        history_box.addWidget(self.merge_list, 1)
        history_box.addWidget(self.unmerge_button)

        review = QWidget()
        review_box = QVBoxLayout(review)
        review_box.setContentsMargins(0, 0, 0, 0)
        review_box.addWidget(self.table, 1)
        review_box.addLayout(merge_row)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(review)
        bottom.addWidget(history)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(bottom)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.status_line = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_line)
        self.operations.changed.connect(self._changed)
        self.load_merges()
        self._update_buttons()

    # --- pairs ---------------------------------------------------------------------------------

    def find_duplicates(self) -> Task:
        conn_of, cache, workers = self.session.vault.connection, self.index_cache, default_workers()
        self.task = run_in_background(
            self,
            lambda progress: load_pairs(conn_of(), progress, cache, workers),
            title=self.tr("Looking for duplicates…"),
            on_success=self._pairs_arrived,
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.task

    def _pairs_arrived(self, rows: list[PairRow]) -> None:
        self.empty_hint.setText(
            self.tr(
                "No likely duplicates among the prisoner records. Search again after "
                "importing a list."
            )
        )
        self.model.set_rows(rows)
        self.status_line.setText(self.tr("%n likely duplicate pair(s)", "", len(rows)))
        if rows:
            self.view.selectRow(0)
        else:
            self._show_pair(None)

    def current_pair(self) -> PairRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self, _s: QItemSelection, _d: QItemSelection) -> None:
        self._show_pair(self.current_pair())

    def _show_pair(self, row: PairRow | None) -> None:
        self.keep_combo.clear()
        if row is None:
            self.table.set_rows([])
        else:
            self.table.set_rows(compare_fields(row.a, row.b, row.pair.reasons, ui_language()))
            for record in (row.a, row.b):
                self.keep_combo.addItem(f"{record.ref or ''}  {_name(record)}", record.id)
        self._update_buttons()

    # --- merge and unmerge ---------------------------------------------------------------------

    def ask_merge(self) -> None:
        row = self.current_pair()
        if row is None:
            return
        keep_id = self.keep_combo.currentData()
        keep, other = (row.a, row.b) if keep_id == row.a.id else (row.b, row.a)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge records"),
            self.tr(
                "Merge %1 into %2? Its names, sources, detentions, events, attachments and "
                "links move to %2, and %1 is removed. You can unmerge later."
            )
            .replace("%1", other.ref or "")
            .replace("%2", keep.ref or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Merge"))
        box.accepted.connect(lambda: self._merge(keep.id, other.id))
        self.confirm_box = box
        box.open()

    def _merge(self, keep_id: str, merge_id: str) -> None:
        session = self.session
        self._write(lambda _p: merge_prisoners(session, keep_id, merge_id), self.tr("Merging…"))

    def unmerge_selected(self) -> None:
        item = self.merge_list.currentItem()
        if item is None:
            return
        txn_id = item.data(Qt.ItemDataRole.UserRole)
        session = self.session
        self._write(lambda _p: unmerge(session, txn_id), self.tr("Unmerging…"))

    def _write(self, fn: Any, title: str) -> None:
        def done(changes: ChangeSet) -> None:
            self.model.set_rows(
                [
                    r
                    for r in self.model.rows
                    if not changes.deleted.get("prisoner", set()) & {r.a.id, r.b.id}
                ]
            )
            self._show_pair(self.current_pair())
            self.load_merges()

        def work(progress: Progress) -> ChangeSet:
            with collecting_changes() as committed:
                fn(progress)
            return ChangeSet.union(committed)

        self.task = self.operations.write(self, work, title=title, on_success=done)
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()

    def load_merges(self) -> None:
        if not self.session.vault.is_open:
            return
        conn = self.session.conn
        self.merge_list.clear()
        for record in merges(conn):
            if record.undone:
                continue
            kept = load_entity(conn, PrisonerRecord, record.kept_id)
            gone = load_entity(conn, PrisonerRecord, record.merged_id, include_deleted=True)
            text = (
                self.tr("%1: %2 merged into %3")
                .replace("%1", local_time(record.at))
                .replace("%2", gone.ref or "" if gone else "")
                .replace("%3", kept.ref or "" if kept else "")
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, record.txn_id)
            self.merge_list.addItem(item)
        self._update_buttons()

    def about_to_lock(self) -> None:
        """The index holds decrypted names: let it go with the session."""
        self.index_cache.release()
        forget_names()

    def _changed(self, changes: ChangeSet) -> None:
        self.index_cache.note(changes)
        if changes.touches("prisoner") and not (self.task and self.task.running):
            self.load_merges()

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        self.find_button.setEnabled(not busy)
        if not may_write(self.session.role, "prisoner"):
            busy = True  # this role may look but not merge
        self.merge_button.setEnabled(not busy and self.current_pair() is not None)
        self.unmerge_button.setEnabled(not busy and self.merge_list.currentItem() is not None)
