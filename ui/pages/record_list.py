"""A list of tracing requests or prisoner records: one search box, filters, saved filters.

The ids are queried off the GUI thread (``QueryRunner``) after a short pause in typing, so the
search box never waits; rows are fetched lazily by ``RecordTableModel``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.dates import PartialDate
from caseapp.domain.models import (
    PRISONER_CATEGORIES,
    PRISONER_STATUSES,
    REQUEST_STATUSES,
    Account,
    ExchangeRound,
)
from caseapp.listing import (
    DATE_FIELDS,
    DEFAULT_COLUMNS,
    UNASSIGNED,
    ListFilter,
    delete_filter,
    query_keys,
    save_filter,
    saved_filters,
)
from caseapp.permissions import may_export
from caseapp.records import list_entities
from caseapp.search import is_searchable, widens_names
from caseapp.store import Session
from ui.errors import show_error
from ui.forms import INVALID_STYLE
from ui.guide import open_guide
from ui.labels import field_label, value_label
from ui.models.record_table import ID_ROLE, RecordTableModel
from ui.operations import Operations
from ui.pages.welcome import EmptyListWelcome, vault_has_records
from ui.query_runner import QueryRunner

SEARCH_DELAY_MS = 150

#: Entity types whose changes can change what a list shows.
_WATCHED = {
    "prisoners": ("prisoner", "name_form", "round_entry", "round_list"),
    "requests": ("tracing_request", "name_form", "link", "round_entry", "round_list"),
}


class RecordListPage(QWidget):
    """Emits ``open_requested(id)`` (or None for a new record) when the user opens a row."""

    open_requested = Signal(object)

    def __init__(
        self,
        session: Session,
        operations: Operations,
        kind: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.kind = kind
        self.entity_type = "prisoner" if kind == "prisoners" else "tracing_request"
        self.filter = ListFilter()
        self._shown_filter: ListFilter | None = None  # the filter of the rows on screen
        self.runner = QueryRunner(self)
        self.runner.finished.connect(self._ids_arrived)
        self.runner.failed.connect(self._query_failed)
        self.loaded_once = False
        self.columns_sized = False
        self._reason_shown = False

        self.model = RecordTableModel(session, kind, DEFAULT_COLUMNS[kind], self)
        self.model.sort_requested.connect(lambda *_: self.reload())

        # --- first row: search and actions
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchBox")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search: a name in any script or spelling, or a number  (Ctrl+F)")
        )
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._filter_changed)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(self._filter_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)

        self.new_button = QPushButton(
            self.tr("New tracing request") if kind == "requests" else self.tr("New prisoner record")
        )
        self.new_button.setToolTip(
            self.tr("Register a new tracing request from a family (Ctrl+N)")
            if kind == "requests"
            else self.tr("Add a prisoner record by hand (Ctrl+N)")
        )
        self.new_button.clicked.connect(lambda: self.open_requested.emit(None))
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_requested.emit(None))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_list)
        self.import_button.setToolTip(self.tr("Add many records at once from a CSV or Excel file"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_list)
        self.export_button.setToolTip(
            self.tr("Save the records listed here to a CSV or Excel file")
        )
        if not may_export(session.role):
            self.export_button.hide()  # a viewer reads on screen only
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        # --- second row: filters
        self.status_combo = self._combo(
            self.tr("Any status"),
            [
                (s, value_label(self.entity_type, "status", s))
                for s in (REQUEST_STATUSES if kind == "requests" else PRISONER_STATUSES)
            ],
        )
        self.status_combo.setObjectName("statusFilter")
        self.category_combo = self._combo(
            self.tr("Any category"),
            [(c, value_label(self.entity_type, "category", c)) for c in PRISONER_CATEGORIES],
        )
        self.category_combo.setObjectName("categoryFilter")
        self.caseworker_combo = self._combo(self.tr("Any caseworker"), [])
        self.caseworker_combo.setObjectName("caseworkerFilter")
        self.round_combo = self._combo(self.tr("Any exchange round"), [])
        self.round_combo.setObjectName("roundFilter")
        self.date_combo = self._combo(
            self.tr("Any date"), [(f, field_label(f)) for f in DATE_FIELDS[kind]]
        )
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("to"))
        for edit in (self.date_from, self.date_to):
            # Room for a whole date (and the placeholder) in any language: never squeezed.
            wide = edit.fontMetrics().horizontalAdvance("0000-00-00") + 24
            edit.setMinimumWidth(wide)
            edit.setMaximumWidth(wide + wide // 2)
            edit.textChanged.connect(self._date_typed)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QHBoxLayout()
        for widget in (
            self.status_combo,
            self.category_combo,
            self.caseworker_combo,
            self.round_combo,
            self.date_combo,
            self.date_from,
            self.date_to,
            self.clear_button,
        ):
            # Combos share the row and may shorten their shown text (the list shows it
            # whole), so long Ukrainian labels cannot squeeze the date boxes.
            filters.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)

        # --- third row: saved filters and count
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedFilters")
        self.saved_combo.setMinimumContentsLength(16)
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_filter_button = QPushButton(self.tr("Save filter…"))
        self.save_filter_button.clicked.connect(self.save_current_filter)
        self.delete_filter_button = QPushButton(self.tr("Delete saved filter"))
        self.delete_filter_button.clicked.connect(self.delete_saved_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        saved = QHBoxLayout()
        saved.addWidget(QLabel(self.tr("Saved filters:")))
        saved.addWidget(self.saved_combo)
        saved.addWidget(self.save_filter_button)
        saved.addWidget(self.delete_filter_button)
        # The count and what to try next take the rest of the row and wrap there, so a long
        # hint (Ukrainian) is read whole and never squeezes the saved-filter controls.
        self.count_label.setWordWrap(True)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        saved.addWidget(self.count_label, 1)

        # --- the table
        self.view = QTableView()
        self.view.setObjectName("recordTable")
        self.view.setModel(self.model)
        # No sort indicator before sorting is enabled: enabling sorts by the indicated column at
        # once (the header's default is the first one), which made every list open sorted by
        # reference number, computed per row, and queried twice: 1.9 s at 100,000 records.
        # Unsorted, a list opens newest first, read from an index.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(110)
        header.setResizeContentsPrecision(40)  # size columns from the first rows only
        # Activation covers Enter and the double-click (as the style decides): connecting
        # doubleClicked as well opened the record twice.
        self.view.activated.connect(self._activated)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(saved)
        # An empty list (no filter) shows how to begin instead of an empty table.
        self.welcome = EmptyListWelcome(session, operations, kind)
        self.welcome.new_requested.connect(lambda: self.open_requested.emit(None))
        self.welcome.import_requested.connect(self.import_list)
        self.welcome.guide_requested.connect(lambda: open_guide("first-steps.html"))
        self.body = QStackedWidget()
        self.body.addWidget(self.view)
        self.body.addWidget(self.welcome)
        layout.addWidget(self.body, 1)

        for combo in (
            self.status_combo,
            self.category_combo,
            self.caseworker_combo,
            self.round_combo,
            self.date_combo,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.caseworker_combo.setVisible(kind == "requests")  # only once it has a parent
        operations.changed.connect(self._on_changes)
        self.refresh_choices()
        self.reload()

    # --- building ------------------------------------------------------------------------------

    def _combo(self, any_label: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        combo.addItem(any_label, None)
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def refresh_choices(self) -> None:
        """Caseworkers, rounds and saved filters come from the vault and can change."""
        conn = self.session.conn
        accounts = list_entities(conn, Account, "active = 1", order_by="username")
        names = {a.id: a.display_name or a.username or "" for a in accounts}
        self.model.set_account_names(names)
        self._refill(
            self.caseworker_combo,
            [
                (self.session.account.id, self.tr("Assigned to me")),
                (UNASSIGNED, self.tr("Unassigned")),
            ]
            + [(a, n) for a, n in names.items() if a != self.session.account.id],
        )
        rounds = list_entities(conn, ExchangeRound, order_by="rowid DESC")
        self._refill(self.round_combo, [(r.id, r.name or r.ref or "") for r in rounds])
        self.round_combo.setVisible(bool(rounds))
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(choose a saved filter)"), None)
        for saved in saved_filters(conn, self.session.account.id, self.kind):
            self.saved_combo.addItem(saved.name or "", saved.spec)
        self.delete_filter_button.setEnabled(self.saved_combo.count() > 1)

    def _refill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    # --- filter state --------------------------------------------------------------------------

    def _date_value(self, edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return str(PartialDate.parse(text))
        except ValueError:
            return None

    def _date_typed(self) -> None:
        for edit in (self.date_from, self.date_to):
            bad = bool(edit.text().strip()) and self._date_value(edit) is None
            edit.setStyleSheet(INVALID_STYLE if bad else "")
            edit.setToolTip(self.tr("Use YYYY, YYYY-MM or YYYY-MM-DD") if bad else "")
        self.search_timer.start()

    def current_filter(self) -> ListFilter:
        status = self.status_combo.currentData()
        category = self.category_combo.currentData()
        return ListFilter(
            text=self.search_edit.text().strip(),
            statuses=[status] if status else [],
            categories=[category] if category else [],
            assigned_to=self.caseworker_combo.currentData() if self.kind == "requests" else None,
            round_id=self.round_combo.currentData(),
            date_field=self.date_combo.currentData(),
            date_from=self._date_value(self.date_from),
            date_to=self._date_value(self.date_to),
        )

    def apply_filter(self, flt: ListFilter) -> None:
        widgets = (
            self.status_combo,
            self.category_combo,
            self.caseworker_combo,
            self.round_combo,
            self.date_combo,
            self.search_edit,
            self.date_from,
            self.date_to,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search_edit.setText(flt.text)
            self.status_combo.setCurrentIndex(
                max(0, self.status_combo.findData(flt.statuses[0] if flt.statuses else None))
            )
            self.category_combo.setCurrentIndex(
                max(0, self.category_combo.findData(flt.categories[0] if flt.categories else None))
            )
            self.caseworker_combo.setCurrentIndex(
                max(0, self.caseworker_combo.findData(flt.assigned_to))
            )
            self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(flt.round_id)))
            self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(flt.date_field)))
            self.date_from.setText(flt.date_from or "")
            self.date_to.setText(flt.date_to or "")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._filter_changed()

    def clear_filters(self) -> None:
        self.apply_filter(ListFilter())

    def _filter_changed(self) -> None:
        self.search_timer.stop()
        flt = self.current_filter()
        changed = flt.effective() != self.filter.effective()
        self.filter = flt
        if changed or not self.loaded_once:
            self.reload()
        else:  # e.g. the first letters of a search: the list already shows what they select
            self._show_count(self.model.rowCount())

    # --- querying ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-query the ids in the background; the table keeps showing the old rows meanwhile."""
        flt, kind, vault = self.filter, self.kind, self.session.vault
        sort_field, descending = self.model.sort_field, self.model.descending
        if flt.text and not is_searchable(flt.text):
            self.count_label.setText(self.tr("Type at least three letters to search."))
        else:
            self.count_label.setText(self.tr("Searching…") if flt.text else self.tr("Loading…"))

        def query() -> list[int]:
            return query_keys(
                vault.connection(), kind, flt, sort_field=sort_field, descending=descending
            )

        self.runner.submit(query)

    def _ids_arrived(self, ids: Any) -> None:
        selected = self.selected_id()
        new_results = self.filter.effective() != self._shown_filter
        self._shown_filter = self.filter.effective()
        self.model.set_keys(ids, self._shown_filter.text)
        if ids and not self.columns_sized:  # the first rows shown, even after an empty start
            self.view.resizeColumnsToContents()
            self.columns_sized = True
        reason_shown = self.model.reason_column is not None  # read without pointing at a row
        if ids and reason_shown != self._reason_shown:
            # Sections keep their widths by position: once the "Why found" column comes or
            # goes, size them again or each column gets its neighbour's width.
            self.view.resizeColumnsToContents()
            self._reason_shown = reason_shown
        self.loaded_once = True
        self._show_count(len(ids))
        if new_results:  # another search or filter: its results start at the top
            self.view.scrollToTop()
        elif selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self.view.selectRow(row)

    def _show_count(self, total: int) -> None:
        welcome = total == 0 and self.filter.effective().is_empty()
        if welcome and self.session.vault.is_open:  # results may arrive just after a lock
            self.welcome.demo_button.setVisible(not vault_has_records(self.session.conn))
        self.body.setCurrentWidget(self.welcome if welcome else self.view)
        text = self.tr("%Ln record(s)", "", total)  # %Ln: 12 345 in Ukrainian, 12,345 in English
        if self.filter.text and not is_searchable(self.filter.text):
            text = self.tr("Type at least three letters to search.") + "  " + text
        elif total == 0 and not welcome:  # an empty result says what to try next
            text += "  " + self.tr(
                "Nothing matches: try fewer letters or another spelling, or clear the filters."
            )
        elif total and self.filter.text and widens_names(self.filter.text):
            text += "  " + self.tr(
                "Other forms of the names typed are found too: “Why found” says which."
            )
        self.count_label.setText(text)

    def _query_failed(self, error: Any) -> None:
        self.count_label.setText("")
        if self.session.vault.is_open:
            show_error(self, error)

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.id_at(rows[0].row()) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self.open_requested.emit(record_id)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_changes(self, changes: Any) -> None:
        if changes.touches("saved_filter", "account", "exchange_round"):
            self.refresh_choices()
        if changes.touches(*_WATCHED[self.kind]):
            self.model.invalidate(changes.ids(self.entity_type))
            self.reload()

    # --- saved filters -------------------------------------------------------------------------

    def _saved_chosen(self, index: int) -> None:
        spec = self.saved_combo.itemData(index)
        if spec is not None:
            self.apply_filter(ListFilter.from_json(spec))

    def save_current_filter(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Save filter"), self.tr("Name of this filter:")
        )
        if not ok or not name.strip():
            return
        session, kind, flt = self.session, self.kind, self.current_filter()

        def chosen(_changes: object) -> None:
            self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findText(name.strip())))

        self.filter_task = self.operations.write(
            self,
            lambda _progress: save_filter(session, kind, name, flt),
            title=self.tr("Saving the filter…"),
            on_success=chosen,
        )

    def delete_saved_filter(self) -> None:
        index = self.saved_combo.currentIndex()
        if index <= 0:
            return
        name = self.saved_combo.currentText()
        filters = [
            f
            for f in saved_filters(self.session.conn, self.session.account.id, self.kind)
            if f.name == name
        ]
        if not filters:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete saved filter"),
            self.tr("Delete the filter “%1”?").replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, filter_id = self.session, filters[0].id
        self.filter_task = self.operations.write(
            self,
            lambda _progress: delete_filter(session, filter_id),
            title=self.tr("Deleting the filter…"),
        )

    # --- import and export ---------------------------------------------------------------------

    def import_list(self) -> None:
        from ui.pages.import_wizard import ImportWizard

        self.import_wizard = ImportWizard(self.session, self.operations, self.kind, self)
        self.import_wizard.open()

    def export_list(self) -> None:
        from ui.pages.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(
            self.session,
            self.kind,
            self.filter,
            self.model.sort_field,
            self.model.descending,
            self.model.rowCount(),
            self,
        )
        self.export_dialog.open()
