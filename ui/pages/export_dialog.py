"""Export the list as it is filtered now, with the columns the user chooses, to CSV or XLSX."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from caseapp import audit
from caseapp.io.exporter import export_records
from caseapp.listing import DEFAULT_COLUMNS, ListFilter, columns_of
from caseapp.permissions import check_export
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.labels import field_label
from ui.plain_files import save_path
from ui.worker import Task, run_in_background


class ExportDialog(QDialog):
    def __init__(
        self,
        session: Session,
        kind: str,
        flt: ListFilter,
        sort_field: str | None,
        descending: bool,
        row_count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.filter = flt
        self.sort_field, self.descending = sort_field, descending
        self.task: Task | None = None
        self.written: int | None = None
        self.setWindowTitle(self.tr("Export the list"))
        intro = QLabel(
            self.tr(
                "%n record(s), as the list is filtered now. Choose the columns and the format. "
                "The exported file is not encrypted: keep it only as long as needed.",
                "",
                row_count,
            )
        )
        intro.setWordWrap(True)
        self.columns = QListWidget()
        self.columns.setObjectName("exportColumns")
        default = DEFAULT_COLUMNS[kind]
        # The list's own columns first, in its order; then every other field.
        for name in [*default, *(c for c in columns_of(kind) if c not in default)]:
            item = QListWidgetItem(field_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in default else Qt.CheckState.Unchecked
            )
            self.columns.addItem(item)
        all_button = QPushButton(self.tr("All"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("None"))
        none_button.clicked.connect(lambda: self._check_all(False))
        self.csv_radio = QRadioButton(self.tr("CSV (UTF-8, opens in Excel)"))
        self.xlsx_radio = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.xlsx_radio.setChecked(True)
        side = QVBoxLayout()
        side.addWidget(all_button)
        side.addWidget(none_button)
        side.addSpacing(12)
        side.addWidget(QLabel("<b>" + self.tr("Format") + "</b>"))
        side.addWidget(self.csv_radio)
        side.addWidget(self.xlsx_radio)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.columns, 1)
        middle.addLayout(side)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(560, 560)

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.columns.count()):
            self.columns.item(i).setCheckState(state)

    def chosen_columns(self) -> list[str]:
        return [
            self.columns.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.columns.count())
            if self.columns.item(i).checkState() == Qt.CheckState.Checked
        ]

    def fmt(self) -> str:
        return "csv" if self.csv_radio.isChecked() else "xlsx"

    def choose_and_export(self) -> None:
        if not self.chosen_columns():
            self.error_label.setText(self.tr("Choose at least one column."))
            return
        suffix = self.fmt()
        name = "tracing-requests" if self.kind == "requests" else "prisoner-records"
        chosen = save_path(self, self.tr("Export to"), f"{name}.{suffix}", f"*.{suffix}")
        if chosen is not None:
            path = str(chosen)
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the file off the GUI thread; the dialog closes when it is done."""
        columns, kind, flt, vault = (
            self.chosen_columns(),
            self.kind,
            self.filter,
            self.session.vault,
        )
        fmt, sort_field, descending = self.fmt(), self.sort_field, self.descending

        role, session = self.session.role, self.session

        def work(progress: Progress) -> int:
            check_export(role)
            written = export_records(
                vault.connection(), kind, path, columns, flt, fmt=fmt,
                sort_field=sort_field, descending=descending, progress=progress,
            )  # fmt: skip
            audit.record(session, "export", detail={"kind": kind, "rows": written})
            return written

        def done(written: int) -> None:
            self.written = written
            self.accept()

        self.export_button.setEnabled(False)
        self.task = run_in_background(self, work, title=self.tr("Exporting…"), on_success=done)
        self.task.finished.connect(lambda: self.export_button.setEnabled(True))
