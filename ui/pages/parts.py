"""Parts of a record edited with it: name forms, sources, places of detention, contacts.

A ``PartsTable`` keeps its edits staged in memory until the record is saved, so the record and
its parts are written in one transaction (and drafted together). Each part is edited in a small
dialog with the same inline validation as the record's own fields.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import Entity
from caseapp.records import list_entities
from caseapp.store import Txn
from caseapp.vault.connection import Connection
from ui.empty_hint import set_empty_hint
from ui.forms import FieldForm
from ui.labels import field_label, value_label

Index = QModelIndex | QPersistentModelIndex
CONFLICT_COLOR = QColor("#fde2c4")


class PartsModel(QAbstractTableModel):
    """Entities held in memory, one per row, some fields as columns."""

    def __init__(self, columns: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.items: list[Entity] = []
        self.highlight: Callable[[Entity], bool] = lambda _e: False

    def set_items(self, items: list[Entity]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def append(self, item: Entity) -> None:
        row = len(self.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.items.append(item)
        self.endInsertRows()

    def replace_at(self, row: int, item: Entity) -> None:
        self.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def remove_at(self, row: int) -> Entity:
        self.beginRemoveRows(QModelIndex(), row, row)
        item = self.items.pop(row)
        self.endRemoveRows()
        return item

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return field_label(self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = self.columns[index.column()]
            value = getattr(item, name)
            if isinstance(value, bool):
                return "✓" if value else ""
            if name == "field_name" and isinstance(value, str):
                return field_label(value)
            fact = getattr(item, "field_name", None)
            if name == "value" and isinstance(fact, str):  # a source's value of a record field
                return value_label("prisoner", fact, value)
            return value_label(item.ENTITY, name, value)
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight(item):
            return QBrush(CONFLICT_COLOR)
        return None


class PartDialog(QDialog):
    """Add or edit one part; OK only once the core's validation passes."""

    def __init__(
        self,
        item: Entity,
        names: list[str],
        title: str,
        parent: QWidget | None = None,
        options: dict[str, list[tuple[str, str]]] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.item = item
        self.form = FieldForm(type(item), names, self, options=options)
        self.form.set_values(item.to_fields())
        self.form.changed.connect(lambda _n: self._check(show_all=False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._touched: set[str] = set()
        self.form.changed.connect(self._touched.add)

    def result_item(self) -> Entity:
        item = replace(self.item)
        for name, value in self.form.values().items():
            setattr(item, name, value)
        item.normalise()
        return item

    def _check(self, show_all: bool) -> bool:
        errors = self.result_item().validate()
        shown = errors if show_all else [e for e in errors if e.field in self._touched]
        self.form.show_errors(shown)
        return not errors

    def _accept(self) -> None:
        if self._check(show_all=True):
            self.accept()


class PartsTable(QWidget):
    """A titled table of one kind of part, with Add / Edit / Remove; ``changed`` on any edit."""

    changed = Signal()

    def __init__(
        self,
        cls: type[Entity],
        owner_field: str,
        columns: list[str],
        form_fields: list[str],
        title: str,
        parent: QWidget | None = None,
        *,
        owner_type: str | None = None,
        hint: str = "",
        options: dict[str, list[tuple[str, str]]] | None = None,
        defaults: dict[str, Any] | None = None,
        empty: str = "",
    ) -> None:
        super().__init__(parent)
        self.cls = cls
        self.options = options
        self.defaults = defaults or {}
        self.owner_field = owner_field
        self.owner_type = owner_type
        self.form_fields = form_fields
        self.title = title
        self.owner_id: str | None = None
        self._loaded: dict[str, dict[str, Any]] = {}
        self._removed: list[str] = []
        self.model = PartsModel(columns, self)
        self.view = QTableView()
        self.view.setObjectName(f"parts_{cls.ENTITY}")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            signal.connect(self.fit_columns)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty_hint = set_empty_hint(
            self.view, empty or self.tr("Nothing recorded yet: “Add…” records the first one.")
        )
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self.edit_selected)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.remove_selected)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        heading = QLabel(f"<b>{title}</b>")
        buttons = QHBoxLayout()
        buttons.addWidget(heading)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.view, 1)

    def fit_columns(self, *_args: object) -> None:
        """Each column as wide as its header and values (no header cut, in any language),
        but no wider than a third of the table: a long note does not push the others away."""
        widest = max(self.fontMetrics().horizontalAdvance("M") * 12, self.view.width() // 3)
        for column in range(self.model.columnCount() - 1):  # the last one takes the rest
            self.view.resizeColumnToContents(column)
            if self.view.columnWidth(column) > widest:
                self.view.setColumnWidth(column, widest)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_columns()

    # --- loading and staging -------------------------------------------------------------------

    def load(self, conn: Connection, owner_id: str, *, exists: bool) -> None:
        self.owner_id = owner_id
        items: list[Entity] = (
            list(list_entities(conn, self.cls, f"{self.owner_field} = ?", (owner_id,)))
            if exists
            else []
        )
        self._loaded = {item.id: item.to_fields() for item in items}
        self._removed = []
        self.model.set_items(items)

    def is_dirty(self) -> bool:
        if self._removed:
            return True
        current = {item.id: item.to_fields() for item in self.model.items}
        return current != self._loaded

    def payload(self) -> dict[str, Any]:
        """The staged state, JSON-ready, for drafts."""
        return {
            "items": [{"id": i.id, **i.to_fields()} for i in self.model.items],
            "removed": list(self._removed),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        items = [
            self.cls.from_fields(str(d["id"]), {k: v for k, v in d.items() if k != "id"})
            for d in payload.get("items", [])
        ]
        self._removed = [str(r) for r in payload.get("removed", [])]
        self.model.set_items(items)

    def writer(self, owner_id: str) -> Callable[[Txn], None]:
        """The staged edits, copied now (on the GUI thread), as a function that writes them
        inside the record's transaction on the writer thread."""
        removed = [r for r in self._removed if r in self._loaded]
        items = [copy.deepcopy(item) for item in self.model.items]
        loaded = dict(self._loaded)
        cls, owner_field = self.cls, self.owner_field

        def write(txn: Txn) -> None:
            for item_id in removed:
                txn.delete(cls, item_id)
            for item in items:
                setattr(item, owner_field, owner_id)
                if item.id not in loaded:
                    txn.create(item)
                elif item.to_fields() != loaded[item.id]:
                    txn.save(item)

        return write

    # --- actions -------------------------------------------------------------------------------

    def new_item(self) -> Entity:
        values: dict[str, Any] = {**self.defaults, self.owner_field: self.owner_id}
        if self.owner_type is not None:
            values["owner_type"] = self.owner_type
        return self.cls(**values)

    def add(self) -> None:
        dialog = PartDialog(self.new_item(), self.form_fields, self.title, self, self.options)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.append(dialog.result_item())
            self.changed.emit()

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = PartDialog(self.model.items[row], self.form_fields, self.title, self, self.options)
        self.dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.replace_at(row, dialog.result_item())
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        item = self.model.remove_at(row)
        if item.id in self._loaded:
            self._removed.append(item.id)
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setEnabled(not read_only)
