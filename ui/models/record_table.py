"""The lazy table model behind the record lists (after Anki's browser ``DataModel``).

It holds only the keys (SQLite rowids) of the rows, in list order, and a cache of rows fetched
in blocks inside ``data()`` (never in ``flags()``). The keys come from a background query
(``ui.query_runner``) that reads indexes only, so a 100k-row list opens without blocking;
``sort()`` only asks the owner to re-query. A row whose record has vanished shows as a
disabled, empty row instead of raising.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from caseapp.listing import entity_class, fetch_rows_by_key, keys_of
from caseapp.search import match_reason, widens_names
from caseapp.store import Session
from ui.labels import field_label, value_label
from ui.locale_format import display_date

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the stored value, not its label

BLOCK = 200
CACHE_ROWS = 5000


NAME_COLUMNS = ("family_name", "given_name", "patronymic")


class RecordTableModel(QAbstractTableModel):
    #: (field name or None, descending): the user asked for another order.
    sort_requested = Signal(object, bool)

    def __init__(self, session: Session, kind: str, columns: Iterable[str], parent: Any = None):
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.entity_type = entity_class(kind).ENTITY
        self.columns: list[str] = list(columns)
        self.keys: list[int] = []
        self._row_of: dict[int, int] = {}
        #: rowid -> (record id, *column values)
        self._cache: OrderedDict[int, tuple[Any, ...]] = OrderedDict()
        self._missing: set[int] = set()
        self.sort_field: str | None = None
        self.descending = False
        self._names: dict[str, str] = {}
        #: The search the keys answer: rows found through another form of a name say why.
        self.search_text = ""
        #: Where the "Why found" column sits (after the names), or None when the search
        #: takes every typed name literally: the reason is read where the caseworker decides.
        self.reason_column: int | None = None

    # --- contents ------------------------------------------------------------------------------

    def set_keys(self, keys: list[int], search_text: str = "") -> None:
        self.beginResetModel()
        self.search_text = search_text
        self.reason_column = self._reason_position() if widens_names(search_text) else None
        self.keys = keys
        self._row_of = {}
        self._cache.clear()
        self._missing.clear()
        self.endResetModel()

    def _reason_position(self) -> int:
        names = [self.columns.index(n) for n in NAME_COLUMNS if n in self.columns]
        return max(names) + 1 if names else len(self.columns)

    def field_at(self, column: int) -> str | None:
        """The field a view column shows (None: the "Why found" column)."""
        if self.reason_column is not None and column >= self.reason_column:
            return None if column == self.reason_column else self.columns[column - 1]
        return self.columns[column] if 0 <= column < len(self.columns) else None

    def set_columns(self, columns: Iterable[str]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        if self.reason_column is not None:
            self.reason_column = self._reason_position()
        self._cache.clear()
        self.endResetModel()

    def set_account_names(self, names: dict[str, str]) -> None:
        """Account id -> display name, for the caseworker column."""
        self._names = names

    def invalidate(self, ids: Iterable[str]) -> None:
        """Forget cached rows of changed records and redraw them where they are shown."""
        wanted = list(ids)
        if not wanted or not self.keys:
            return
        for key in keys_of(self.session.conn, self.kind, wanted).values():
            self._cache.pop(key, None)
            self._missing.discard(key)
            row = self._row_of_key(key)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _row_of_key(self, key: int) -> int | None:
        if not self._row_of and self.keys:
            self._row_of = {k: i for i, k in enumerate(self.keys)}
        return self._row_of.get(key)

    def row_of(self, record_id: str) -> int | None:
        key = keys_of(self.session.conn, self.kind, [record_id]).get(record_id)
        return None if key is None else self._row_of_key(key)

    def id_at(self, row: int) -> str | None:
        if not 0 <= row < len(self.keys):
            return None
        cached = self._row(row)
        return None if cached is None else str(cached[0])

    def record_ids(self) -> list[str]:
        """Every id in list order (fetches every row: for tests and small lists only)."""
        return [i for i in (self.id_at(r) for r in range(len(self.keys))) if i is not None]

    # --- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.columns) + (self.reason_column is not None)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.columnCount()
        ):
            name = self.field_at(section)
            return self.tr("Why found") if name is None else field_label(name)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.keys[index.row()] in self._missing:  # known from an earlier fetch; never fetch here
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.keys):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            VALUE_ROLE,
            ID_ROLE,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self._row(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.reason_at(index.row()) or None
        if role == ID_ROLE:
            return None if row is None else row[0]
        if row is None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("gray"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        column = self.field_at(index.column())
        if column is None:
            return self.reason_at(index.row()) if role == Qt.ItemDataRole.DisplayRole else None
        value = row[self.columns.index(column) + 1]
        if role == VALUE_ROLE:
            return value
        if column == "assigned_to" and value:
            return self._names.get(value, "")
        if isinstance(value, int) and self.entity_class_kind(column) == "bool":
            return "✓" if value else ""
        if isinstance(value, str) and self.entity_class_kind(column) == "date":
            return display_date(value)
        return value_label(self.entity_type, column, value)

    def reason_at(self, row: int) -> str:
        """Why the search found this row when it holds another form of a typed name."""
        values = self._row(row) if self.search_text and 0 <= row < len(self.keys) else None
        if values is None:
            return ""
        names = [
            values[self.columns.index(name) + 1] for name in NAME_COLUMNS if name in self.columns
        ]
        return match_reason(self.search_text, names, QLocale().name()[:2])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = self.field_at(column)
        if field is None:  # the reasons are not a stored field: keep the order
            return
        self.sort_field = field
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(self.sort_field, self.descending)

    # --- row cache -----------------------------------------------------------------------------

    def entity_class_kind(self, column: str) -> str:
        return entity_class(self.kind).field_kind(column)

    def _row(self, row: int) -> tuple[Any, ...] | None:
        key = self.keys[row]
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if key in self._missing:
            return None
        start = max(0, row - BLOCK // 4)
        block = [k for k in self.keys[start : start + BLOCK] if k not in self._cache]
        try:
            fetched = fetch_rows_by_key(self.session.conn, self.kind, block, self.columns)
        except Exception:  # a locked or closed vault: show an empty row, never raise in data()
            return None
        for k in block:
            if k in fetched:
                self._cache[k] = fetched[k]
            else:
                self._missing.add(k)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(key)
