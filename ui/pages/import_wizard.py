"""Import a list (CSV or XLSX): choose the file, map its columns, dry run, then import.

Reading, the dry run and the import run off the GUI thread; the import is one transaction with
progress and Cancel, refused whole while the list has invalid rows (unless the user chooses to
leave them out), so a list is never half-imported. The column mapping is remembered for the
next list with the same columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.io.importer import (
    ImportPlan,
    ImportResult,
    apply_import,
    importable_fields,
    plan_import,
    remembered_mapping,
    suggested_mapping,
)
from caseapp.io.tables import Table, read_table
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.empty_hint import set_empty_hint
from ui.forms import error_text
from ui.labels import field_label
from ui.operations import Operations
from ui.wheel_guard import install_wheel_guard
from ui.worker import Task, run_in_background

PREVIEW_ROWS = 10


class ImportWizard(QDialog):
    def __init__(
        self, session: Session, operations: Operations, kind: str, parent: QWidget | None = None
    ) -> None:
        install_wheel_guard()  # a mapping combo must not change under the wheel
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.kind = kind
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.task: Task | None = None
        self.setWindowTitle(
            self.tr("Import tracing requests")
            if kind == "requests"
            else self.tr("Import prisoner records")
        )
        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_step())
        self.steps.addWidget(self._mapping_step())
        self.steps.addWidget(self._report_step())
        self.steps.addWidget(self._done_step())
        self.back_button = QPushButton(self.tr("◀ Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.resize(1000, 640)
        self._show_step(0)

    # --- steps ---------------------------------------------------------------------------------

    def _file_step(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose a list in CSV (UTF-8) or Excel (.xlsx) format. The first row must hold "
                "the column names. Nothing is imported before you have seen what would happen."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.returnPressed.connect(self.next)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.file_error = QLabel()
        self.file_error.setStyleSheet("color: #b00020;")
        self.file_error.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.file_error)
        layout.addStretch(1)
        return page

    def _mapping_step(self) -> QWidget:
        page = QWidget()
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mappingTable")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Goes to field")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.preview = QTableWidget()
        self.preview.setObjectName("previewTable")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel("<b>" + self.tr("Preview of the first rows") + "</b>"))
        preview_layout.addWidget(self.preview, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.mapping_table)
        split.addWidget(preview_box)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addWidget(split, 1)
        return page

    def _report_step(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.invalid_list = QListWidget()
        self.invalid_list.setObjectName("invalidRows")
        self.duplicate_list = QListWidget()
        self.duplicate_list.setObjectName("duplicateRows")
        set_empty_hint(self.invalid_list, self.tr("Every row is valid."))
        set_empty_hint(
            self.duplicate_list,
            self.tr("No row looks like a record already in the vault (same name and birth date)."),
        )
        self.report_tabs = QTabWidget()
        self.report_tabs.addTab(self.invalid_list, self.tr("Invalid rows"))
        self.report_tabs.addTab(self.duplicate_list, self.tr("Possible duplicates"))
        self.skip_invalid = QCheckBox(self.tr("Leave out the invalid rows and import the rest"))
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.toggled.connect(lambda _on: self._update_buttons())
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.report_tabs, 1)
        layout.addWidget(self.skip_invalid)
        return page

    def _done_step(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("importDone")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    # --- navigation ----------------------------------------------------------------------------

    def _show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.back_button.setVisible(step in (1, 2))
        self.next_button.setVisible(step < 3)
        self.next_button.setText(
            [self.tr("Read the file"), self.tr("Check the list (dry run)"), self.tr("Import")][
                min(step, 2)
            ]
        )
        self.close_button.setText(self.tr("Close") if step == 3 else self.tr("Cancel"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        busy = self.task is not None and self.task.running
        enabled = not busy
        if step == 2:
            plan = self.plan
            enabled = (
                enabled
                and plan is not None
                and bool(plan.to_create)
                and (not plan.invalid or self.skip_invalid.isChecked())
            )
        self.next_button.setEnabled(enabled)
        self.back_button.setEnabled(not busy)

    def back(self) -> None:
        self._show_step(max(0, self.steps.currentIndex() - 1))

    def next(self) -> None:
        step = self.steps.currentIndex()
        if step == 0:
            self.read_file()
        elif step == 1:
            self.dry_run()
        elif step == 2:
            self.run_import()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a list"), "", self.tr("Lists (*.csv *.xlsx *.tsv *.txt)")
        )
        if path:
            self.path_edit.setText(path)
            self.read_file()

    def _start(self, fn: Any, title: str, on_success: Any) -> None:
        def failed(error: BaseException) -> None:
            self._update_buttons()
            from caseapp.errors import Cancelled
            from ui.errors import show_error

            if not isinstance(error, Cancelled):
                show_error(self, error)

        self.task = run_in_background(
            self, fn, title=title, on_success=on_success, on_failure=failed
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()

    # --- 1: read -------------------------------------------------------------------------------

    def read_file(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.file_error.setText(self.tr("Choose a file first."))
            return
        path = Path(text)
        self.file_error.setText("")
        conn_kind = self.kind
        vault = self.session.vault

        def work(_progress: Progress) -> tuple[Table, dict[int, str], bool]:
            table = read_table(path)
            conn = vault.connection()
            remembered = remembered_mapping(conn, conn_kind, table.headers)
            return table, suggested_mapping(conn, conn_kind, table.headers), remembered is not None

        self._start(work, self.tr("Reading the list…"), self._file_read)

    def _file_read(self, result: tuple[Table, dict[int, str], bool]) -> None:
        table, mapping, remembered = result
        self.table = table
        self.mapping_note.setText(
            self.tr(
                "%1: %n row(s). Choose the field each column goes to; columns left on "
                "“(ignore)” are not imported.",
                "",
                len(table),
            ).replace("%1", table.source_name)
            + (
                " "
                + self.tr(
                    "The mapping used last time for a list with these columns is preselected."
                )
                if remembered
                else ""
            )
        )
        fields = importable_fields(self.kind)
        self.mapping_table.setRowCount(len(table.headers))
        self.combos: list[QComboBox] = []
        for index, header in enumerate(table.headers):
            self.mapping_table.setItem(index, 0, QTableWidgetItem(header))
            samples = [r[index] for r in table.rows[:3] if index < len(r) and r[index]]
            self.mapping_table.setItem(index, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for name in fields:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            self.mapping_table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        rows = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(table.headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self._show_step(1)

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for index, combo in enumerate(self.combos):
            name = combo.currentData()
            if name:
                out[index] = name
        return out

    # --- 2: dry run ----------------------------------------------------------------------------

    def dry_run(self) -> None:
        mapping = self.mapping()
        chosen = list(mapping.values())
        doubled = {n for n in chosen if chosen.count(n) > 1}
        if doubled:
            self.mapping_note.setText(
                self.tr("Two columns go to the same field: %1. Choose one.").replace(
                    "%1", ", ".join(field_label(n) for n in sorted(doubled))
                )
            )
            return
        table, kind, vault = self.table, self.kind, self.session.vault
        assert table is not None

        def work(progress: Progress) -> ImportPlan:
            return plan_import(vault.connection(), kind, table, mapping, progress)

        self._start(work, self.tr("Checking the list…"), self._planned)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        summary = self.tr(
            "%1 record(s) would be created, %2 look like records already known, "
            "%3 row(s) are invalid."
        )
        text = (
            summary.replace("%1", str(len(plan.to_create)))
            .replace("%2", str(len(plan.duplicates)))
            .replace("%3", str(len(plan.invalid)))
        )
        if plan.to_update or plan.unchanged:
            text += " " + self.tr(
                "%1 row(s) name a record by its reference number and would update it; "
                "%2 already match."
            ).replace("%1", str(len(plan.to_update))).replace("%2", str(plan.unchanged))
        if plan.already_imported:
            text += " " + self.tr("This very file has been imported before.")
        if plan.invalid:
            text += " " + self.tr(
                "The list is not imported while it has invalid rows: correct the file, or leave "
                "those rows out."
            )
        self.summary_label.setText(text)
        self.invalid_list.clear()
        for issue in plan.invalid:
            reasons = "; ".join(f"{field_label(e.field)}: {error_text(e)}" for e in issue.errors)
            self.invalid_list.addItem(
                self.tr("Row %1: %2").replace("%1", str(issue.row_number)).replace("%2", reasons)
            )
        self.duplicate_list.clear()
        for row_number, existing in plan.duplicates:
            self.duplicate_list.addItem(
                self.tr("Row %1 looks like %2")
                .replace("%1", str(row_number))
                .replace("%2", existing)
            )
        self.report_tabs.setTabText(
            0, self.tr("Invalid rows (%1)").replace("%1", str(len(plan.invalid)))
        )
        self.report_tabs.setTabText(
            1, self.tr("Possible duplicates (%1)").replace("%1", str(len(plan.duplicates)))
        )
        self.report_tabs.setCurrentIndex(0 if plan.invalid else 1)
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setVisible(bool(plan.invalid))
        self._show_step(2)

    # --- 3: import -----------------------------------------------------------------------------

    def run_import(self) -> None:
        plan, session = self.plan, self.session
        assert plan is not None
        skip = self.skip_invalid.isChecked()
        again = False
        if plan.already_imported and plan.to_create:
            answer = QMessageBox.question(
                self,
                self.tr("Import the same file again?"),
                self.tr(
                    "This very file has been imported before. Importing it again creates "
                    "%1 record(s) a second time. Import it again anyway?"
                ).replace("%1", str(len(plan.to_create))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            again = True

        def work(progress: Progress) -> ImportResult:
            return apply_import(session, plan, progress, skip_invalid=skip, again=again)

        self._start(work, self.tr("Importing…"), self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        plan = self.plan
        assert plan is not None
        self.done_label.setText(
            self.tr(
                "Imported %1 record(s) from %2.\nThe file's SHA-256 (%3) is kept with every "
                "record it created."
            )
            .replace("%1", str(result.created))
            .replace("%2", plan.source_name)
            .replace("%3", plan.sha256)
        )
        self.operations.did_change(result.changes)
        self._show_step(3)
