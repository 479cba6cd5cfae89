"""The lazy table model behind the record lists (after Anki's browser ``DataModel``).

It holds only the ids of the rows, in list order, and a cache of rows fetched in blocks inside
``data()`` (never in ``flags()``). The ids come from a background query (``ui.query_runner``),
so a 100k-row list opens without blocking; ``sort()`` only asks the owner to re-query. A row
whose record has vanished shows as a disabled, empty row instead of raising.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from caseapp.listing import entity_class, fetch_rows
from caseapp.store import Session
from ui.labels import field_label, value_label

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored value, not its label

BLOCK = 200
CACHE_ROWS = 5000


class RecordTableModel(QAbstractTableModel):
    #: (field name or None, descending): the user asked for another order.
    sort_requested = Signal(object, bool)

    def __init__(self, session: Session, kind: str, columns: Iterable[str], parent: Any = None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.entity_type = entity_class(kind).ENTITY
        self.columns: list[str] = list(columns)
        self.ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._cache: OrderedDict[str, tuple[Any, ...]] = OrderedDict()
        self._missing: set[str] = set()
        self.sort_field: str | None = None
        self.descending = False
        self._names: dict[str, str] = {}

    # --- contents ------------------------------------------------------------------------------

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self.ids = ids
        self._row_of = {}
        self._cache.clear()
        self._missing.clear()
        self.endResetModel()

    def set_columns(self, columns: Iterable[str]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self._cache.clear()
        self.endResetModel()

    def set_account_names(self, names: dict[str, str]) -> None:
        """Account id -> display name, for the caseworker column."""
        self._names = names

    def invalidate(self, ids: Iterable[str]) -> None:
        """Forget cached rows of changed records and redraw them where they are shown."""
        for record_id in ids:
            self._cache.pop(record_id, None)
            self._missing.discard(record_id)
            row = self.row_of(record_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row_of(self, record_id: str) -> int | None:
        if not self._row_of and self.ids:
            self._row_of = {rid: i for i, rid in enumerate(self.ids)}
        return self._row_of.get(record_id)

    def id_at(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        record_id = self.ids[index.row()]
        if record_id in self._missing:  # known from an earlier fetch; flags() never fetches
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        record_id = self.ids[index.row()]
        if role == ID_ROLE:
            return record_id
        if role not in (Qt.ItemDataRole.DisplayRole, VALUE_ROLE, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self._row(index.row())
        if row is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("gray"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        column = self.columns[index.column()]
        value = row[index.column()]
        if role == VALUE_ROLE:
            return value
        if column == "assigned_to" and value:
            return self._names.get(value, "")
        if isinstance(value, int) and self.entity_class_kind(column) == "bool":
            return "✓" if value else ""
        return value_label(self.entity_type, column, value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_field = self.columns[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_field, self.descending)

    # --- row cache -----------------------------------------------------------------------------

    def entity_class_kind(self, column: str) -> str:
        return entity_class(self.kind).field_kind(column)

    def _row(self, row: int) -> tuple[Any, ...] | None:
        record_id = self.ids[row]
        cached = self._cache.get(record_id)
        if cached is not None:
            return cached
        if record_id in self._missing:
            return None
        start = max(0, row - BLOCK // 4)
        block = [i for i in self.ids[start : start + BLOCK] if i not in self._cache]
        try:
            fetched = fetch_rows(self.session.conn, self.kind, block, self.columns)
        except Exception:  # a locked or closed vault: show an empty row, never raise in data()
            return None
        for rid in block:
            if rid in fetched:
                self._cache[rid] = fetched[rid]
            else:
                self._missing.add(rid)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(record_id)
