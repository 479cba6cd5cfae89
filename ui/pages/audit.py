"""Audit: who changed, exported or opened what, on which laptop and when (supervisors only).

Filters by account, action, record and dates. The matching row numbers are read on the reader
thread (``QueryRunner``); rows are fetched a block at a time as they scroll into view, so a
trail of 100k entries opens at once. "Verify" checks every laptop's hash chain off the GUI
thread; "Export CSV" writes where the user chooses (``caseapp.safefile``) and is itself audited.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp import audit
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress
from ui.errors import show_error
from ui.locale_format import display_timestamp
from ui.operations import Operations
from ui.plain_files import save_path
from ui.query_runner import QueryRunner
from ui.worker import Task, read_pool, run_in_background

Index = QModelIndex | QPersistentModelIndex
BLOCK = 200
CACHE_ROWS = 5000
FILTER_DELAY_MS = 250
_NO_DATE = QDate(2000, 1, 1)


def action_label(action: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "change": QCoreApplication.translate("Audit", "Change"),
        "signin": QCoreApplication.translate("Audit", "Sign-in"),
        "signin.failed": QCoreApplication.translate("Audit", "Failed sign-in"),
        "signin.recovery": QCoreApplication.translate("Audit", "Recovery key used"),
        "lock": QCoreApplication.translate("Audit", "Lock"),
        "read": QCoreApplication.translate("Audit", "Sensitive details opened"),
        "export": QCoreApplication.translate("Audit", "Export"),
        "letter": QCoreApplication.translate("Audit", "Letter"),
        "letter.batch": QCoreApplication.translate("Audit", "Letter batch"),
        "bundle.export": QCoreApplication.translate("Audit", "Bundle written"),
        "bundle.import": QCoreApplication.translate("Audit", "Bundle imported"),
        "backup": QCoreApplication.translate("Audit", "Backup"),
        "restore": QCoreApplication.translate("Audit", "Restore"),
        "purge": QCoreApplication.translate("Audit", "Retention purge"),
        "wipe": QCoreApplication.translate("Audit", "Emergency wipe"),
        "audit.export": QCoreApplication.translate("Audit", "Audit trail exported"),
        "audit.conflict": QCoreApplication.translate("Audit", "Conflicting audit entries"),
    }
    return labels.get(action, action)


def part_label(part: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "enquirer_contact": QCoreApplication.translate("Audit", "Enquirer's contact details"),
        "detention": QCoreApplication.translate("Audit", "Detention details"),
        "attachment": QCoreApplication.translate("Audit", "Attachment"),
        "letter": QCoreApplication.translate("Audit", "Letter"),
    }
    return labels.get(part, part)


class AuditModel(QAbstractTableModel):
    """Row numbers of the matching entries; rows fetched a block at a time in ``data()``."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keys: list[int] = []
        self.accounts: dict[str, str] = {}
        self.devices: dict[str, str] = {}
        self._cache: OrderedDict[int, audit.AuditEntry] = OrderedDict()
        self._refs: dict[str, str] = {}

    def set_keys(self, keys: list[int]) -> None:
        self.beginResetModel()
        self.keys = keys
        self._cache.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 6

    def entry(self, number: int) -> audit.AuditEntry | None:
        if not 0 <= number < len(self.keys) or not self.session.vault.is_open:
            return None
        key = self.keys[number]
        found = self._cache.get(key)
        if found is not None:
            return found
        start = number - number % BLOCK
        block = self.keys[start : start + BLOCK]
        conn = self.session.conn
        fetched = audit.entries_by_seq(conn, block)
        self._refs.update(audit.refs_of(conn, fetched.values()))
        self._cache.update(fetched)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache.get(key)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Time"),
            self.tr("Laptop"),
            self.tr("Account"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Details"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if column == 0:
            return display_timestamp(entry.at)
        if column == 1:
            return self.devices.get(entry.device_id, entry.device_id[:8])
        if column == 2:
            if entry.account_id is None:
                return self.tr("(unknown)")
            return self.accounts.get(entry.account_id, entry.account_id[:8])
        if column == 3:
            return action_label(entry.action)
        if column == 4:
            if not entry.entity_id:
                return ""
            return self._refs.get(entry.entity_id) or (
                f"{(entry.entity_type or '').replace('_', ' ')} {entry.entity_id[:8]}"
            )
        return self.details(entry)

    def details(self, entry: audit.AuditEntry) -> str:
        """Codes and counts in words where they have words; the rest as stored."""
        detail = dict(entry.detail)
        parts: list[str] = []
        if entry.action == "read":
            parts.append(part_label(str(detail.pop("part", ""))))
        if entry.action in ("change", "letter", "letter.batch"):
            counts = (detail.pop("created", 0), detail.pop("updated", 0), detail.pop("deleted", 0))
            parts.append(
                self.tr("created %1, changed %2, deleted %3")
                .replace("%1", str(counts[0]))
                .replace("%2", str(counts[1]))
                .replace("%3", str(counts[2]))
            )
            detail.pop("entries", None)
            parts.append(str(detail.pop("what", "") or ""))  # the action's code name
        parts += [f"{k}: {v}" for k, v in sorted(detail.items())]
        return " · ".join(p for p in parts if p)


class AuditPage(QWidget):
    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.task: Task | None = None
        self.loaded_once = False

        self.account_combo = QComboBox()
        self.action_combo = QComboBox()
        for combo in (self.account_combo, self.action_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action_combo.addItem(self.tr("Any action"), None)
        for action in audit.ACTIONS:
            self.action_combo.addItem(action_label(action), action)
        self.record_edit = QLineEdit()
        self.record_edit.setPlaceholderText(self.tr("Reference number"))
        self.record_edit.setClearButtonEnabled(True)
        self.since_edit = self._date_edit()
        self.until_edit = self._date_edit()

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Account:"), self.account_combo),
            (self.tr("Action:"), self.action_combo),
            (self.tr("Record:"), self.record_edit),
            (self.tr("From:"), self.since_edit),
            (self.tr("To:"), self.until_edit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1 if widget is self.record_edit else 0)

        self.count_label = QLabel()
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("Verify the chains"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        actions = QHBoxLayout()
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)

        self.model = AuditModel(session, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.columns_sized = False

        intro = QLabel(
            self.tr(
                "Who changed, exported or opened what, on which laptop and when. Entries hold "
                "ids and action codes, never names or values; each laptop's entries form a "
                "chain that shows any later edit, removal or reordering."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.verify_label)
        layout.addWidget(self.view, 1)

        self.runner = QueryRunner(self)
        self.runner.finished.connect(self._keys_arrived)
        self.runner.failed.connect(self._query_failed)
        self.delay = QTimer(self)
        self.delay.setSingleShot(True)
        self.delay.setInterval(FILTER_DELAY_MS)
        self.delay.timeout.connect(self.reload)
        self.refresh_choices()
        for combo in (self.account_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.reload)
        self.record_edit.textChanged.connect(lambda _t: self.delay.start())
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _d: self.delay.start())
        operations.changed.connect(self._on_changes)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(_NO_DATE)
        return edit

    def refresh_choices(self) -> None:
        """Accounts and laptops by name (a few small rows, read here)."""
        conn = self.session.conn
        accounts = {
            str(i): str(name or "")
            for i, name in conn.execute("SELECT id, username FROM account ORDER BY username")
        }
        self.model.accounts = accounts
        self.model.devices = {
            str(i): f"{name} ({str(i)[:8]})" if name else str(i)[:8]
            for i, name in conn.execute("SELECT id, name FROM device")
        }
        current = self.account_combo.currentData()
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("Any account"), None)
        for account_id, name in accounts.items():
            self.account_combo.addItem(name, account_id)
        longest = max(
            len(self.account_combo.itemText(i)) for i in range(self.account_combo.count())
        )
        self.account_combo.setMinimumContentsLength(longest + 2)  # never cut (Ukrainian is long)
        found = self.account_combo.findData(current)
        self.account_combo.setCurrentIndex(max(found, 0))
        self.account_combo.blockSignals(False)

    def current_filter(self) -> audit.AuditFilter:
        def local_bound(edit: QDateEdit, end: bool) -> str | None:
            if edit.date() == _NO_DATE:
                return None
            day = dt.date.fromisoformat(edit.date().toString("yyyy-MM-dd"))
            if end:
                day += dt.timedelta(days=1)
            midnight = dt.datetime.combine(day, dt.time()).astimezone()
            if end:
                midnight -= dt.timedelta(microseconds=1)
            return midnight.isoformat()

        record = self.record_edit.text().strip()
        return audit.AuditFilter(
            account_id=self.account_combo.currentData(),
            action=self.action_combo.currentData(),
            record=record or None,
            since=local_bound(self.since_edit, end=False),
            until=local_bound(self.until_edit, end=True),
        )

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self.loaded_once:
            self.reload()

    def reload(self) -> None:
        flt, vault = self.current_filter(), self.session.vault
        self.count_label.setText(self.tr("Loading…"))

        def query() -> list[int]:
            conn = vault.connection()
            if flt.record:
                flt.record = audit.find_record(conn, flt.record)
            return audit.query_keys(conn, flt)

        self.runner.submit(query)

    def _keys_arrived(self, keys: Any) -> None:
        self.loaded_once = True
        self.model.set_keys(list(keys))
        if keys and not self.columns_sized:
            self.view.resizeColumnsToContents()
            self.columns_sized = True
        self.count_label.setText(self.tr("%Ln entries", "", len(keys)))

    def _query_failed(self, error: Any) -> None:
        self.count_label.setText("")
        if self.session.vault.is_open:
            show_error(self, error)

    def _on_changes(self, changes: ChangeSet) -> None:
        if changes.touches("account", "device"):
            self.refresh_choices()
        if self.isVisible():
            self.delay.start()  # every write adds an entry
        else:
            self.loaded_once = False

    # --- verify and export ---------------------------------------------------------------------

    def verify(self) -> Task:
        vault = self.session.vault
        self.verify_button.setEnabled(False)
        self.verify_label.setText(self.tr("Verifying…"))

        def work(progress: Progress) -> audit.VerifyResult:
            return audit.verify(vault.connection(), progress)

        def done(result: audit.VerifyResult) -> None:
            self.verify_button.setEnabled(True)
            problem = result.problem
            if problem is None:
                self.verify_label.setStyleSheet("")
                self.verify_label.setText(
                    self.tr("%n entries checked: every chain is intact.", "", result.checked)
                )
                return
            laptop = self.model.devices.get(problem.device_id, problem.device_id[:8])
            reasons = {
                "edited": self.tr("entry %1 of laptop %2 was changed after it was written"),
                "removed": self.tr("an entry of laptop %2 before entry %1 is missing"),
                "reordered": self.tr("entry %1 of laptop %2 is out of order"),
                "broken_link": self.tr("entry %1 of laptop %2 does not follow the one before"),
                "head_removed": self.tr("the newest entries of laptop %2 after %1 are missing"),
            }
            self.verify_label.setStyleSheet("color: #a00000;")
            self.verify_label.setText(
                self.tr("The audit trail does not verify: %1.").replace(
                    "%1",
                    reasons[problem.reason].replace("%1", str(problem.n)).replace("%2", laptop),
                )
            )

        def failed(exc: BaseException) -> None:
            self.verify_button.setEnabled(True)
            self.verify_label.setText("")
            show_error(self, exc)

        self.task = run_in_background(
            self,
            work,
            title=self.tr("Verifying the audit trail…"),
            on_success=done,
            on_failure=failed,
            pool=read_pool(),
        )
        return self.task

    def ask_export(self) -> None:
        path = save_path(self, self.tr("Export the audit trail"), "audit.csv", "*.csv")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Any) -> Task:
        session, flt, names = self.session, self.current_filter(), dict(self.model.accounts)

        def work(progress: Progress) -> ChangeSet:
            if flt.record:
                flt.record = audit.find_record(session.conn, flt.record)
            count = audit.write_csv(session, path, flt, progress, account_names=names)
            return ChangeSet(txn_id="", action=f"audit export {count}")

        def done(result: ChangeSet) -> None:
            self.count_label.setText(self.tr("Exported to %1.").replace("%1", str(path.name)))

        self.task = self.operations.write(
            self, work, title=self.tr("Exporting the audit trail…"), on_success=done,
            cancellable=True,
        )  # fmt: skip
        return self.task
