"""History tab: every change to a record and its parts, from the change journal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.history import HistoryEntry, entity_history
from caseapp.provenance import ImportSource, import_sources
from caseapp.store import Session
from ui.labels import field_label, value_label
from ui.locale_format import display_timestamp, display_value

Index = QModelIndex | QPersistentModelIndex


def part_label(entity_type: str) -> str:
    return {
        "prisoner": QCoreApplication.translate("history", "Record"),
        "tracing_request": QCoreApplication.translate("history", "Record"),
        "name_form": QCoreApplication.translate("history", "Name form"),
        "fact_source": QCoreApplication.translate("history", "Source"),
        "detention": QCoreApplication.translate("history", "Place of detention"),
        "event": QCoreApplication.translate("history", "Event"),
        "contact_log": QCoreApplication.translate("history", "Contact"),
        "attachment": QCoreApplication.translate("history", "Attachment"),
    }.get(entity_type, entity_type)


def local_time(iso: str) -> str:
    """A journal timestamp in the user's local time and date order."""
    return display_timestamp(iso)


def show_value(
    entity_type: str, field: str | None, value: Any, sources: dict[str, ImportSource] | None = None
) -> str:
    if value is None:
        return ""
    if field == "import_batch_id" and isinstance(value, str):
        source = (sources or {}).get(value)  # the file's name, date and SHA-256, not an id
        return source.text() if source else value
    if isinstance(value, dict) and "sha256" in value and "size" in value:
        return QCoreApplication.translate("history", "file, %1 bytes").replace(
            "%1", str(value["size"])
        )
    if field == "field_name" and isinstance(value, str):
        return field_label(value)
    if isinstance(value, bool) or (field in ("do_not_disclose", "do_not_phone", "consent_share")):
        return (
            QCoreApplication.translate("history", "yes")
            if value
            else QCoreApplication.translate("history", "no")
        )
    if isinstance(value, str):
        shown = value_label(entity_type, field or "", value)
        return display_value(field, shown) if shown == value else shown
    return value_label(entity_type, field or "", value)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[HistoryEntry] = []
        #: Import batch id -> its source file, for "Imported from".
        self.sources: dict[str, ImportSource] = {}
        self.headers = [
            QCoreApplication.translate("history", "When"),
            QCoreApplication.translate("history", "Who"),
            QCoreApplication.translate("history", "What"),
            QCoreApplication.translate("history", "Field"),
            QCoreApplication.translate("history", "Old value"),
            QCoreApplication.translate("history", "New value"),
        ]

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        if not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return local_time(e.at)
        if column == 1:
            return e.who
        if column == 2:
            op = {
                "create": QCoreApplication.translate("history", "created"),
                "update": QCoreApplication.translate("history", "changed"),
                "delete": QCoreApplication.translate("history", "deleted"),
                "restore": QCoreApplication.translate("history", "restored"),
            }.get(e.op, e.op)
            return f"{part_label(e.entity_type)}: {op}"
        if column == 3:
            return "" if e.op != "update" or not e.field else field_label(e.field)
        if column == 4:
            return (
                show_value(e.entity_type, e.field, e.old, self.sources) if e.op == "update" else ""
            )
        if e.op == "create" and isinstance(e.new, dict):
            return "; ".join(
                f"{field_label(k)}: {show_value(e.entity_type, k, v, self.sources)}"
                for k, v in e.new.items()
                if v not in (None, "", 0)
                and k not in ("owner_id", "owner_type", "prisoner_id", "request_id")
            )
        return show_value(e.entity_type, e.field, e.new, self.sources) if e.op == "update" else ""


class HistoryPanel(QWidget):
    """Who changed what, when, old -> new; refreshed whenever the tab is shown or data changes."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.record_id: str | None = None
        self.model = HistoryModel(self)
        self.view = QTableView()
        self.view.setObjectName("history")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("No changes yet: the record has not been saved."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def load(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.refresh()

    def refresh(self) -> None:
        entries = entity_history(self.session.conn, self.record_id) if self.record_id else []
        batches = [e.old for e in entries if e.field == "import_batch_id"]
        batches += [e.new for e in entries if e.field == "import_batch_id"]
        batches += [
            e.new.get("import_batch_id")
            for e in entries
            if e.op == "create" and isinstance(e.new, dict)
        ]
        self.model.sources = import_sources(
            self.session.conn, [b for b in batches if isinstance(b, str)]
        )
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
