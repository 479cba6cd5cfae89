"""The "Suggested matches" queue: every link to review, best first, overall or for one request.

The queue's row keys are read off the GUI thread (``QueryRunner``) and its rows a page at a
time, so a queue of 250k suggestions opens like a short one. Re-matching runs on the worker
thread with progress and Cancel: on demand over every request (on the CLI's worker processes),
and automatically (debounced) after records change, then only over the requests the change can
affect (``rematch_changes``; a ``notes`` edit re-matches nothing). Decisions are made in the
review panel beside the queue.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.matching.service import QueueRow, queue_keys, queue_rows
from caseapp.matching.upkeep import (
    RematchResult,
    forget_names,
    index_cache,
    rematch_all,
    rematch_changes,
    return_memory,
)
from caseapp.matching.weights import (
    LEARNED,
    LearnResult,
    learn_weights,
    reset_weights,
    use_learned_weights,
    weights_state,
)
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress
from ui.empty_hint import set_empty_hint
from ui.errors import show_error
from ui.operations import Operations
from ui.pages.match_review import MatchReview, band_label, status_label
from ui.query_runner import QueryRunner
from ui.worker import Task, run_in_background

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Wait this long after the last change before re-matching by itself.
AUTO_REMATCH_MS = 2000
# Queue rows fetched at a time, and kept at most.
BLOCK = 200
CACHE_ROWS = 5000
#: Our own writes: they never start an automatic re-match.
_OWN_ACTIONS = ("re-match", "confirm match", "reject match", "reopen match")


class QueueModel(QAbstractTableModel):
    """The queue, paged: only the links' row keys, best first, and a cache of the rows shown,
    fetched a block at a time in ``data()`` (as the record lists do). A link that has gone
    since the keys were read shows as an empty row."""

    COLUMN_COUNT = 7

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keys: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: OrderedDict[int, QueueRow] = OrderedDict()
        self._missing: set[int] = set()

    def set_keys(self, keys: list[int]) -> None:
        self.beginResetModel()
        self.keys = keys
        self._row_of = None
        self._cache.clear()
        self._missing.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def row(self, number: int) -> QueueRow | None:
        """The row at ``number``, fetching its block if needed (None if the link is gone)."""
        if not 0 <= number < len(self.keys):
            return None
        key = self.keys[number]
        row = self._cache.get(key)
        if row is not None:
            self._cache.move_to_end(key)
            return row
        if key in self._missing or not self.session.vault.is_open:
            return None
        start = number - number % BLOCK
        block = self.keys[start : start + BLOCK]
        fetched = queue_rows(self.session.conn, block)
        for wanted in block:
            if wanted in fetched:
                self._cache[wanted] = fetched[wanted]
            else:
                self._missing.add(wanted)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(key)

    def headers(self) -> list[str]:
        return [
            self.tr("Score"),
            self.tr("Band"),
            self.tr("Request"),
            self.tr("Sought person"),
            self.tr("Prisoner record"),
            self.tr("Name in the record"),
            self.tr("Status"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            ID_ROLE,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.DisplayRole,
        ):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.link_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            f"{row.score:.0f}",
            band_label(row.band),
            row.request_ref,
            row.request_name,
            row.prisoner_ref,
            row.prisoner_name,
            status_label(row.status),
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 7
        ):
            return self.headers()[section]
        return None

    def row_of(self, link_id: str) -> int:
        """Where a link is in the queue (-1 if it is not): one indexed lookup."""
        if not self.keys or not self.session.vault.is_open:
            return -1
        found = self.session.conn.execute("SELECT rowid FROM link WHERE id = ?", (link_id,))
        key = found.fetchone()
        if key is None:
            return -1
        if self._row_of is None:
            self._row_of = {k: number for number, k in enumerate(self.keys)}
        return self._row_of.get(key[0], -1)


class MatchesPage(QWidget):
    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.request_id: str | None = None
        self.auto_rematch = True
        self.task: Task | None = None
        self._rematch_again = False
        # The next run re-matches everything (the user asked while a run was going).
        self._full_again = False
        self.last_result: RematchResult | None = None
        #: Said with the next re-match's result (the weights just learned).
        self._weights_note = ""
        # The session's prisoner index (shared with the duplicates screen), kept between runs
        # and refreshed from the broadcast changes, which it also keeps for the next run.
        self.index_cache = index_cache(session)
        self.runner = QueryRunner(self)
        self.runner.finished.connect(self._rows_arrived)
        self.runner.failed.connect(self._query_failed)
        self.model = QueueModel(session, self)

        self.scope_label = QLabel()
        self.scope_label.setObjectName("scope")
        self.all_button = QPushButton(self.tr("Show all requests"))
        self.all_button.clicked.connect(lambda: self.show_request(None))
        self.band_combo = QComboBox()
        self.band_combo.setObjectName("bandFilter")
        self.band_combo.addItem(self.tr("Any band"), None)
        for band in ("strong", "possible", "weak"):
            self.band_combo.addItem(band_label(band), band)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.addItem(self.tr("To review"), "potential")
        self.status_combo.addItem(self.tr("Confirmed"), "confirmed")
        self.status_combo.addItem(self.tr("Rejected"), "rejected")
        self.status_combo.addItem(self.tr("Any status"), None)
        self.band_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.rematch_button = QPushButton(self.tr("Re-match now"))
        self.rematch_button.setObjectName("rematch")
        self.rematch_button.setToolTip(
            self.tr("Look again for prisoner records matching the open tracing requests")
        )
        self.rematch_button.clicked.connect(self.rematch_now)
        top = QHBoxLayout()
        top.addWidget(self.scope_label, 1)
        top.addWidget(self.all_button)
        top.addWidget(self.band_combo)
        top.addWidget(self.status_combo)
        top.addWidget(self.rematch_button)
        top.addWidget(self._weights_button())

        self.view = QTableView()
        self.view.setObjectName("queue")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        # Rows as tall as the text, as in the record lists: more suggestions in view at 768 px.
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # size columns by the rows in view: read no more
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_hint = set_empty_hint(self.view, "")
        self.count_label = QLabel()
        self.status_line = QLabel()
        self.status_line.setObjectName("rematchStatus")

        self.review = MatchReview(session)
        self.review.decided.connect(self._decided)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.view, 1)
        left_box.addWidget(self.count_label)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(left)
        split.addWidget(self.review)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_line)

        self.auto_timer = QTimer(self)
        self.auto_timer.setSingleShot(True)
        self.auto_timer.setInterval(AUTO_REMATCH_MS)
        self.auto_timer.timeout.connect(self._auto_rematch)
        self.operations.changed.connect(self._changed)
        self.show_request(None)

    # --- the queue -----------------------------------------------------------------------------

    def show_request(self, request_id: str | None, label: str = "") -> None:
        """Filter the queue to one tracing request (None: all of them)."""
        self.request_id = request_id
        if request_id is None:
            self.scope_label.setText(self.tr("Suggested matches for all tracing requests"))
        else:
            self.scope_label.setText(self.tr("Suggested matches for %1").replace("%1", label))
        self.all_button.setVisible(request_id is not None)
        self.reload()

    def reload(self) -> None:
        conn_of = self.session.vault.connection
        request_id = self.request_id
        band = self.band_combo.currentData()
        status = self.status_combo.currentData()
        self.runner.submit(lambda: queue_keys(conn_of(), request_id, band, status))

    def _query_failed(self, error: BaseException) -> None:
        if self.session.vault.is_open:  # after a lock the answer no longer matters
            show_error(self, error)

    def _rows_arrived(self, keys: list[int]) -> None:
        if not self.session.vault.is_open:
            return
        current = self.review.link.id if self.review.link else None
        self.empty_hint.setText(self._empty_text())
        self.model.set_keys(keys)
        self.count_label.setText(self.tr("%n suggestion(s)", "", len(keys)))
        row = self.model.row_of(current) if current else -1
        if row < 0 and keys:
            row = 0
        if row >= 0:
            self.view.selectRow(row)
        else:
            self.review.show_link(None)

    def _empty_text(self) -> str:
        """What an empty queue means, and what to do about it, for the filter chosen."""
        if self.status_combo.currentData() != "potential":
            return self.tr("No suggestion with this status.")
        if self.request_id is not None:
            return self.tr(
                "No suggestion to review for this request. Its Links tab shows a confirmed "
                "prisoner record; new lists are matched against it as they arrive."
            )
        return self.tr(
            "No suggestion to review. Requests and imported lists are matched as they are "
            "saved; “Re-match now” compares everything again."
        )

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        link_id = self.model.data(rows[0], ID_ROLE) if rows else None
        current = self.review.link.id if self.review.link else None
        if link_id != current or link_id is None:
            self.review.show_link(link_id)

    def _decided(self, changes: ChangeSet) -> None:
        self.operations.did_change(changes)

    def _changed(self, changes: ChangeSet) -> None:
        relevant = self.index_cache.note(changes)
        if changes.touches("link", "tracing_request", "prisoner"):
            self.reload()
        if self.auto_rematch and relevant and changes.action not in _OWN_ACTIONS:
            self.auto_timer.start()

    # --- re-matching ---------------------------------------------------------------------------

    def rematch_now(self) -> Task | None:
        """The user asked: rebuild the index from the vault, then re-match every request."""
        return self.start_rematch(full=True)

    def _auto_rematch(self) -> None:
        self.start_rematch(full=False)

    def start_rematch(self, full: bool = False) -> Task | None:
        """Re-match on the worker thread: every request (``full``) or only what the noted
        changes can affect; queued if a run is going."""
        if not self.session.vault.is_open:
            return None
        if self.task is not None and self.task.running:
            self._rematch_again = True
            self._full_again = self._full_again or full
            return None
        self.rematch_button.setEnabled(False)
        self.status_line.setText(self.tr("Re-matching…"))
        session, cache = self.session, self.index_cache

        def work(progress: Progress) -> RematchResult:
            if full:
                return rematch_all(session, cache, progress)
            return rematch_changes(session, cache, progress)

        self.task = self.operations.write(
            self,
            work,
            title=self.tr("Looking for matches…"),
            on_success=self._rematched,
            cancellable=True,
        )
        self.task.finished.connect(self._rematch_finished)
        return self.task

    # --- matching weights (issue 15) ---------------------------------------------------------

    def _weights_button(self) -> QPushButton:
        """Learn the weights from this vault, or go back to the shipped ones (a vault setting)."""
        self.weights_button = QPushButton(self.tr("Weights"))
        self.weights_button.setObjectName("matchingWeights")
        self.weights_button.setToolTip(
            self.tr("Which weights the matching uses: shipped, or learned from this vault")
        )
        menu = QMenu(self.weights_button)
        self.learn_action = menu.addAction(self.tr("Learn from this vault’s records and decisions"))
        self.shipped_action = menu.addAction(self.tr("Use the shipped weights"))
        self.learned_action = menu.addAction(self.tr("Use the learned weights"))
        for action in (self.shipped_action, self.learned_action):
            action.setCheckable(True)
        self.learn_action.triggered.connect(self.learn_weights)
        self.shipped_action.triggered.connect(lambda: self._switch_weights(reset_weights))
        self.learned_action.triggered.connect(lambda: self._switch_weights(use_learned_weights))
        menu.aboutToShow.connect(self._weights_menu_state)
        self.weights_button.setMenu(menu)
        return self.weights_button

    def _weights_menu_state(self) -> None:
        if not self.session.vault.is_open:
            return
        state = weights_state(self.session.conn)
        self.shipped_action.setChecked(state.in_use != LEARNED)
        self.learned_action.setChecked(state.in_use == LEARNED)
        self.learned_action.setEnabled(state.learned is not None)

    def learn_weights(self) -> Task | None:
        """Learn on the worker thread (progress, Cancel), then re-match with the new weights."""
        if not self.session.vault.is_open:
            return None
        session = self.session

        def work(progress: Progress) -> LearnResult:
            return learn_weights(session, progress)

        def done(result: LearnResult) -> None:
            self._weights_note = self.tr("Weights learned from %1 records.").replace(
                "%1", str(result.learned.records)
            )
            self._weights_changed(result.changes)

        return run_in_background(
            self, work, title=self.tr("Learning the matching weights…"), on_success=done
        )

    def _switch_weights(self, fn: Any) -> None:
        session = self.session

        def work(_progress: Progress) -> ChangeSet:
            result: ChangeSet = fn(session)
            return result

        run_in_background(
            self,
            work,
            title=self.tr("Changing the matching weights…"),
            on_success=self._weights_changed,
            cancellable=False,
        )

    def _weights_changed(self, changes: ChangeSet) -> None:
        self.operations.did_change(changes)
        self.index_cache.invalidate()
        self.start_rematch(full=True)  # every score may change with the weights

    def about_to_lock(self) -> None:
        """A pending automatic re-match must not start on a locked vault; the index (decrypted
        names) is let go."""
        self.auto_timer.stop()
        self._rematch_again = self._full_again = False
        self.index_cache.release()
        forget_names()
        QTimer.singleShot(0, return_memory)  # once the vault is closed and the work stopped

    def _rematched(self, result: RematchResult) -> None:
        self.last_result = result
        done = (
            self.tr("Re-match done: %1 new, %2 updated, %3 no longer suggested.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.dropped))
        )
        note, self._weights_note = self._weights_note, ""
        self.status_line.setText(f"{note} {done}".strip())

    def _rematch_finished(self) -> None:
        self.rematch_button.setEnabled(True)
        if self.task is not None and self.task.error is not None:
            self.status_line.setText(self.tr("Re-match stopped; nothing was changed."))
        if self._rematch_again:
            full, self._rematch_again, self._full_again = self._full_again, False, False
            self.start_rematch(full=full)
