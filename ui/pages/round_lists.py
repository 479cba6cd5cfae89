"""A round's lists: versions with what changed, entries matched to people, and one entry's
review — the same side-by-side comparison the Matches screen uses (``ComparisonTable``)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import (
    ENTRY_CATEGORIES,
    ENTRY_OUTCOMES,
    LIST_DIRECTIONS,
    ROUND_SIDES,
    WISH,
    PrisonerRecord,
    RoundEntry,
    RoundList,
)
from caseapp.io.tables import Table, read_table
from caseapp.matching.service import IndexCache
from caseapp.rounds.core import ENTRY_EDITABLE, update_entry
from caseapp.rounds.execute import undo_entry
from caseapp.rounds.lists import (
    ENTRY_FIELDS,
    ListDiff,
    guess_list_mapping,
    import_list,
    list_diff,
    plan_list,
    remembered_list_mapping,
    suggest_list_mapping,
)
from caseapp.rounds.matching import (
    candidate_list,
    confirm_entry,
    create_record_from_entry,
    entry_comparison,
    match_list,
    reject_entry,
    reopen_entry,
)
from caseapp.rounds.view import EntryRow, entry_rows
from caseapp.store import Session, load_entity
from caseapp.tasks import Progress
from ui.errors import message_for
from ui.forms import FieldForm
from ui.labels import field_label
from ui.locale_format import display_date
from ui.operations import Operations
from ui.pages.match_review import ComparisonTable, RejectDialog, band_label, ui_language
from ui.pages.round_common import (
    category_label,
    direction_label,
    fill_table,
    outcome_label,
    read_only_table,
    run_write,
    side_label,
    state_label,
)
from ui.query_runner import QueryRunner
from ui.wheel_guard import install_wheel_guard
from ui.worker import Task, run_in_background

#: The priority reasons an entry can carry (stored comma-separated in ``priority_reasons``).
PRIORITY_REASONS = ("seriously_wounded", "seriously_ill", "long_captivity", "age")


def list_title(round_list: RoundList) -> str:
    return (
        f"{side_label(round_list.side or '')} · {direction_label(round_list.direction or '')} · "
        f"v{round_list.version}"
    )


class ImportListDialog(QDialog):
    """Which side and list a file is, received from whom and when, and which field each of its
    columns goes to: prefilled with the mapping used last time for a list with these columns,
    else one guessed from the names, as the casework import does. The file is read off the GUI
    thread; the chosen mapping is kept on the new list version, so it is offered again."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()  # a mapping combo must not change under the wheel
        self.setWindowTitle(self.tr("Import a round list"))
        self.session = session
        self.path: Path | None = None
        self.table: Table | None = None
        self.remembered = False
        self.task: Task | None = None
        self.combos: list[QComboBox] = []
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        self.side_combo = QComboBox()
        for side in ROUND_SIDES:
            self.side_combo.addItem(side_label(side), side)
        self.direction_combo = QComboBox()
        for direction in LIST_DIRECTIONS:
            self.direction_combo.addItem(direction_label(direction), direction)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.counterpart_edit = QLineEdit()
        self.counterpart_edit.setPlaceholderText(self.tr("For example: ICRC"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("File (CSV or XLSX)"), file_row)
        form.addRow(self.tr("Whose people"), self.side_combo)
        form.addRow(self.tr("List"), self.direction_combo)
        form.addRow(self.tr("Received or sent on"), self.date_edit)
        form.addRow(self.tr("Received from / sent to"), self.counterpart_edit)
        self.mapping_note = QLabel()
        self.mapping_note.setObjectName("listMappingNote")
        self.mapping_note.setWordWrap(True)
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("listMapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Goes to field")]
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 600)  # room for the columns of the file
        self._update()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Round list"), "", self.tr("Lists (*.csv *.xlsx)")
        )
        if path:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> Task:
        """Read the file and its suggested mapping on the worker thread."""
        self.path, self.table, self.combos = path, None, []
        self.file_label.setText(path.name)
        self.mapping_note.setText(self.tr("Reading the list…"))
        self.mapping_table.hide()
        vault = self.session.vault

        def work(_progress: Progress) -> tuple[Table, dict[int, str], bool]:
            table = read_table(path)
            conn = vault.connection()
            remembered = remembered_list_mapping(conn, table.headers)
            return table, remembered or guess_list_mapping(table.headers), remembered is not None

        def failed(error: BaseException) -> None:
            self.path = None
            self.mapping_note.setText(message_for(error))
            self._update()

        self.task = run_in_background(
            self, work, title=self.tr("Reading the list…"), on_success=self._read, on_failure=failed
        )
        self.task.finished.connect(self._update)
        self._update()
        return self.task

    def _read(self, result: tuple[Table, dict[int, str], bool]) -> None:
        table, mapping, self.remembered = result
        self.table = table
        labels = entry_field_labels()
        self.mapping_table.setRowCount(len(table.headers))
        self.combos = []
        for index, header in enumerate(table.headers):
            self.mapping_table.setItem(index, 0, QTableWidgetItem(header))
            samples = [r[index] for r in table.rows[:3] if index < len(r) and r[index]]
            self.mapping_table.setItem(index, 1, QTableWidgetItem(" · ".join(samples)))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), None)
            for name in ENTRY_FIELDS:
                combo.addItem(labels.get(name, field_label(name)), name)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            combo.currentIndexChanged.connect(lambda _i: self._update())
            self.mapping_table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.mapping_table.show()
        self._update()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        busy = self.task is not None and self.task.running
        if self.table is None:
            ok.setEnabled(False)
            if self.path is None and not self.mapping_note.text():
                self.mapping_note.setText(self.tr("Choose the file of the list."))
            return
        chosen = list(self.mapping().values())
        doubled = sorted({n for n in chosen if chosen.count(n) > 1})
        labels = entry_field_labels()
        if doubled:
            note = self.tr("Two columns go to the same field: %1. Choose one.").replace(
                "%1", ", ".join(labels.get(n, field_label(n)) for n in doubled)
            )
        elif not chosen:
            note = self.tr(
                "Choose the field each column goes to: at least the name (as written, or "
                "family and given name)."
            )
        else:
            note = self.tr(
                "%1: %n row(s). Choose the field each column goes to; columns left on "
                "“(ignore)” are kept with the entry as written but not read.",
                "",
                len(self.table),
            ).replace("%1", self.table.source_name)
            if self.remembered:
                note += " " + self.tr(
                    "The mapping used last time for a list with these columns is preselected."
                )
        self.mapping_note.setText(note)
        ok.setEnabled(not busy and bool(chosen) and not doubled)


def entry_field_labels() -> dict[str, str]:
    """Labels for the list fields the record forms do not have."""
    return {
        "name_as_written": QCoreApplication.translate("ImportListDialog", "Name as written"),
        "category": QCoreApplication.translate("ImportListDialog", "Category"),
        "note": QCoreApplication.translate("ImportListDialog", "Note"),
    }


class EntryPanel(QWidget):
    """One entry: its candidates side by side with the entry as written, the decision
    buttons, and the per-entry states (interview, wish, fitness, outcome…)."""

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.entry: RoundEntry | None = None
        self.task: Task | None = None
        self.reject_dialog: RejectDialog | None = None
        self.heading = QLabel()
        self.heading.setObjectName("entryHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.candidates = read_only_table(
            [self.tr("Record"), self.tr("Name in the record"), self.tr("Score"), self.tr("Band")]
        )
        self.candidates.setObjectName("entryCandidates")
        self.candidates.itemSelectionChanged.connect(self._candidate_changed)
        self.table = ComparisonTable(self.tr("As written on the list"), self.tr("Prisoner record"))
        self.confirm_button = QPushButton(self.tr("Confirm match"))
        self.confirm_button.setObjectName("confirmEntry")
        self.reject_button = QPushButton(self.tr("None of these…"))
        self.reject_button.setObjectName("rejectEntry")
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("reopenEntry")
        self.create_button = QPushButton(self.tr("Create a record from the entry"))
        self.create_button.setObjectName("createRecord")
        self.undo_button = QPushButton(self.tr("Undo this person's exchange"))
        self.undo_button.setObjectName("undoEntry")
        self.confirm_button.clicked.connect(self.confirm)
        self.reject_button.clicked.connect(self.ask_reject)
        self.reopen_button.clicked.connect(self.reopen)
        self.create_button.clicked.connect(self.create_record)
        self.undo_button.clicked.connect(self.undo)
        # two rows, so the panel leaves the entries list room in Ukrainian and Russian too
        buttons = QGridLayout()
        for number, button in enumerate(
            (self.confirm_button, self.reject_button, self.reopen_button, self.create_button)
        ):
            buttons.addWidget(button, number // 2, number % 2)
        buttons.setColumnStretch(2, 1)
        options = {
            "category": [(c, category_label(c)) for c in ENTRY_CATEGORIES],
            "outcome": [(o, outcome_label(o)) for o in ENTRY_OUTCOMES],
            "wishes_return": [(w, w) for w in WISH],
            "medically_fit": [(w, w) for w in WISH],
        }
        wish = {"unknown": self.tr("unknown"), "yes": self.tr("yes"), "no": self.tr("no")}
        options["wishes_return"] = options["medically_fit"] = [(w, wish[w]) for w in WISH]
        self.states = FieldForm(RoundEntry, list(ENTRY_EDITABLE), options=options)
        labels = {
            "category": self.tr("Category"),
            "priority_reasons": self.tr("Priority reasons"),
            "interview_done": self.tr("ICRC private interview done"),
            "interview_date": self.tr("Interview date"),
            "wishes_return": self.tr("Wishes to return"),
            "medically_fit": self.tr("Medically fit to travel"),
            "outcome": self.tr("Outcome"),
            "substituted_by": self.tr("Substituted by"),
            "handover_time": self.tr("Handover time"),
            "note": self.tr("Discrepancy note"),
        }
        relabel(self.states, labels)
        reasons = self.states.widget("priority_reasons")
        self.reason_checks: dict[str, QCheckBox] = {}
        if isinstance(reasons, QLineEdit):
            self._reasons_as_checks(reasons)
        self.save_button = QPushButton(self.tr("Save entry"))
        self.save_button.setObjectName("saveEntry")
        self.save_button.clicked.connect(self.save_states)
        self.hint = QLabel(
            self.tr("Matching only suggests. Confirm only when you are sure it is the same person.")
        )
        self.hint.setWordWrap(True)
        review = QWidget()
        review_box = QVBoxLayout(review)
        review_box.addWidget(self.candidates, 1)
        review_box.addWidget(self.table, 2)
        review_box.addWidget(self.hint)
        review_box.addLayout(buttons)
        states = QWidget()
        states_box = QVBoxLayout(states)
        states_box.addWidget(self.states)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.undo_button)
        save_row.addStretch(1)
        states_box.addLayout(save_row)
        states_box.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(review, self.tr("Match"))
        self.tabs.addTab(states, self.tr("Execution"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.show_entry(None)

    def _reasons_as_checks(self, line: QLineEdit) -> None:
        """Priority reasons as checkboxes; the form's hidden line keeps the stored codes
        (comma-separated, as before), including any code these boxes do not know."""
        texts = {
            "seriously_wounded": self.tr("Seriously wounded"),
            "seriously_ill": self.tr("Seriously ill"),
            "long_captivity": self.tr("Long captivity"),
            "age": self.tr("Age"),
        }
        row = QWidget()
        row_box = QHBoxLayout(row)
        row_box.setContentsMargins(0, 0, 0, 0)
        for code in PRIORITY_REASONS:
            box = QCheckBox(texts[code])
            box.setObjectName(f"reason_{code}")
            box.toggled.connect(lambda _on, edit=line: self._reasons_ticked(edit))
            row_box.addWidget(box)
            self.reason_checks[code] = box
        row_box.addStretch(1)
        cell = line.parentWidget()
        box_layout = cell.layout() if cell is not None else None
        if box_layout is not None:
            box_layout.addWidget(row)
        line.hide()
        line.textChanged.connect(self._reasons_loaded)

    def _reasons_loaded(self, text: str) -> None:
        codes = {c.strip() for c in text.split(",")}
        for code, box in self.reason_checks.items():
            box.blockSignals(True)
            box.setChecked(code in codes)
            box.blockSignals(False)

    def _reasons_ticked(self, line: QLineEdit) -> None:
        kept = [c.strip() for c in line.text().split(",") if c.strip()]
        others = [c for c in kept if c not in self.reason_checks]
        ticked = [c for c, box in self.reason_checks.items() if box.isChecked()]
        line.setText(",".join(ticked + others))

    # --- showing -------------------------------------------------------------------------------

    def show_entry(self, entry_id: str | None) -> None:
        if not self.session.vault.is_open:
            return
        conn = self.session.conn
        self.entry = load_entity(conn, RoundEntry, entry_id) if entry_id else None
        entry = self.entry
        if entry is None:
            self.heading.setText(self.tr("Select an entry to review it."))
            fill_table(self.candidates, [])
            self.table.set_rows([])
            self.states.set_values({})
            self._update_buttons()
            return
        self.heading.setText(f"<b>{html.escape(entry.name_as_written or '')}</b>")
        found = candidate_list(entry)
        if entry.match_status == "confirmed" and entry.prisoner_id not in {
            c.prisoner_id for c in found
        }:
            found = []
        ids, rows = [], []
        shown = [entry.prisoner_id] if entry.match_status == "confirmed" and not found else []
        for prisoner_id in shown:
            record = load_entity(conn, PrisonerRecord, prisoner_id or "", include_deleted=True)
            ids.append(prisoner_id or "")
            rows.append([record.ref or "" if record else "", _name(record), "", ""])
        for candidate in found:
            record = load_entity(conn, PrisonerRecord, candidate.prisoner_id, include_deleted=True)
            ids.append(candidate.prisoner_id)
            rows.append(
                [
                    record.ref or "" if record else "",
                    _name(record),
                    f"{candidate.score:.0f}",
                    band_label(candidate.band),
                ]
            )
        fill_table(self.candidates, rows, ids)
        if rows:
            chosen = ids.index(entry.prisoner_id) if entry.prisoner_id in ids else 0
            self.candidates.selectRow(chosen)
        self._candidate_changed()
        self.states.set_values(entry.to_fields())
        self._update_buttons()

    def selected_prisoner(self) -> str | None:
        rows = self.candidates.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.candidates.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _candidate_changed(self) -> None:
        prisoner_id = self.selected_prisoner()
        if self.entry is None or prisoner_id is None:
            self.table.set_rows([])
        else:
            self.table.set_rows(
                entry_comparison(self.session.conn, self.entry.id, prisoner_id, ui_language())
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        entry = self.entry
        busy = self.task is not None and self.task.running
        status = entry.match_status if entry else None
        open_ = entry is not None and not busy
        self.confirm_button.setEnabled(
            open_ and status != "confirmed" and self.selected_prisoner() is not None
        )
        self.reject_button.setEnabled(open_ and status not in ("confirmed", "rejected"))
        self.reopen_button.setEnabled(open_ and status in ("confirmed", "rejected"))
        self.create_button.setEnabled(open_ and status != "confirmed")
        self.save_button.setEnabled(open_)
        self.undo_button.setEnabled(open_ and bool(entry and entry.executed_txn))

    # --- writes --------------------------------------------------------------------------------

    def _write(self, fn: Any, title: str) -> Task:
        entry_id = self.entry.id if self.entry else None
        self.task = run_write(
            self,
            self.session,
            self.operations,
            fn,
            title,
            lambda _r: self.show_entry(entry_id),
        )
        self.task.finished.connect(self._update_buttons)
        self._update_buttons()
        return self.task

    def confirm(self) -> Task | None:
        prisoner_id = self.selected_prisoner()
        if self.entry is None or prisoner_id is None:
            return None
        entry_id, session = self.entry.id, self.session
        return self._write(
            lambda _p: confirm_entry(session, entry_id, prisoner_id), self.tr("Confirming…")
        )

    def ask_reject(self) -> None:
        if self.entry is None:
            return
        self.reject_dialog = RejectDialog(self)
        self.reject_dialog.accepted.connect(self._rejected)
        self.reject_dialog.open()

    def _rejected(self) -> None:
        if self.entry is None or self.reject_dialog is None:
            return
        entry_id, reason, session = self.entry.id, self.reject_dialog.reason(), self.session
        self._write(lambda _p: reject_entry(session, entry_id, reason), self.tr("Rejecting…"))

    def reopen(self) -> None:
        if self.entry is not None:
            entry_id, session = self.entry.id, self.session
            self._write(lambda _p: reopen_entry(session, entry_id), self.tr("Reopening…"))

    def create_record(self) -> Task | None:
        if self.entry is None:
            return None
        entry_id, session = self.entry.id, self.session
        return self._write(
            lambda _p: create_record_from_entry(session, entry_id), self.tr("Creating the record…")
        )

    def save_states(self) -> Task | None:
        if self.entry is None:
            return None
        entry_id, session = self.entry.id, self.session
        values = self.states.values()
        return self._write(lambda _p: update_entry(session, entry_id, **values), self.tr("Saving…"))

    def undo(self) -> Task | None:
        if self.entry is None:
            return None
        entry_id, session = self.entry.id, self.session
        return self._write(lambda _p: undo_entry(session, entry_id), self.tr("Undoing…"))


def _name(record: PrisonerRecord | None) -> str:
    if record is None:
        return ""
    return " ".join(p for p in (record.family_name, record.given_name, record.patronymic) if p)


def relabel(form: FieldForm, labels: dict[str, str]) -> None:
    """FieldForm labels fields by the shared labels; round fields get their own words."""
    layout = form.layout()
    for name, text in labels.items():
        widget = form.widget(name)
        if hasattr(widget, "setText") and name in ("interview_done",):
            widget.setText(text)
            continue
        cell = widget.parentWidget()
        label = (
            layout.labelForField(cell)
            if cell is not None and isinstance(layout, QFormLayout)
            else None
        )
        if isinstance(label, QLabel):
            label.setText(text)


class ListsTab(QWidget):
    """Choose a list version; see its entries and what changed since the previous version."""

    changed = Signal()

    def __init__(
        self, session: Session, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.operations = session, operations
        self.round_id: str | None = None
        self.lists: list[RoundList] = []
        self.rows: list[EntryRow] = []
        self.task: Task | None = None
        self.import_dialog: ImportListDialog | None = None
        self.match_task: Task | None = None
        #: A list just imported: shown once the round's lists are read again.
        self._pending_list: str | None = None
        self.runner = QueryRunner(self)
        self.runner.finished.connect(self._arrived)
        #: The prisoner index, kept between list matchings and refreshed from broadcast changes.
        self.index_cache = IndexCache()
        operations.changed.connect(self.index_cache.note)
        self.list_combo = QComboBox()
        self.list_combo.setObjectName("listVersion")
        self.list_combo.currentIndexChanged.connect(lambda _i: self.load_list())
        self.import_button = QPushButton(self.tr("Import a list…"))
        self.import_button.setObjectName("importList")
        self.import_button.clicked.connect(self.ask_import)
        self.match_button = QPushButton(self.tr("Match again"))
        self.match_button.setObjectName("matchList")
        self.match_button.clicked.connect(self.match_again)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("List")))
        top.addWidget(self.list_combo, 1)
        top.addWidget(self.match_button)
        top.addWidget(self.import_button)
        self.diff_label = QLabel()
        self.diff_label.setObjectName("listDiff")
        self.diff_label.setWordWrap(True)
        self.entries = read_only_table(
            [
                self.tr("Name as written"),
                self.tr("Date of birth"),
                self.tr("Match"),
                self.tr("Outcome"),
            ]
        )
        self.entries.setObjectName("entries")
        self.entries.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.entries.horizontalHeader().setStretchLastSection(False)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setWordWrap(False)
        self.entries.itemSelectionChanged.connect(self._entry_selected)
        self.panel = EntryPanel(session, operations)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.diff_label)
        left_box.addWidget(self.entries, 1)
        split.addWidget(left)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 5)
        split.setSizes([520, 660])  # the side-by-side comparison needs the wider half
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_lists(self, round_id: str, lists: list[RoundList]) -> None:
        current = self._pending_list or self.list_combo.currentData()
        self._pending_list = None
        self.round_id, self.lists = round_id, lists
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        for round_list in lists:
            self.list_combo.addItem(list_title(round_list), round_list.id)
        index = self.list_combo.findData(current)
        self.list_combo.setCurrentIndex(index if index >= 0 else self.list_combo.count() - 1)
        self.list_combo.blockSignals(False)
        self.load_list()

    def show_list(self, list_id: str) -> None:
        index = self.list_combo.findData(list_id)
        if index >= 0:
            self.list_combo.setCurrentIndex(index)

    def load_list(self) -> None:
        list_id = self.list_combo.currentData()
        if not list_id:
            self._arrived(([], None))
            return
        conn_of = self.session.vault.connection
        self.runner.submit(lambda: (entry_rows(conn_of(), list_id), list_diff(conn_of(), list_id)))

    def _arrived(self, result: tuple[list[EntryRow], ListDiff | None]) -> None:
        if not self.session.vault.is_open:
            return
        rows, diff = result
        current = self.panel.entry.id if self.panel.entry else None
        self.rows = rows
        fill_table(
            self.entries,
            [
                [
                    r.entry.name_as_written or "",
                    display_date(r.entry.birth_date),
                    state_label(r.state),
                    outcome_label(r.entry.outcome or ""),
                ]
                for r in rows
            ],
            [r.entry.id for r in rows],
        )
        self.diff_label.setText(self._diff_text(diff))
        self.entries.clearSelection()  # so that selecting a row below always shows its entry
        ids = [r.entry.id for r in rows]
        if current in ids:
            self.entries.selectRow(ids.index(current))
        elif rows:
            self.entries.selectRow(0)
        else:
            self.panel.show_entry(None)
        self.changed.emit()

    def _diff_text(self, diff: ListDiff | None) -> str:
        if diff is None:
            return self.tr("No list yet: import the first version.")
        list_id = self.list_combo.currentData()
        current = next((rl for rl in self.lists if rl.id == list_id), None)
        if current is None or not current.supersedes_id:
            return self.tr("First version: %1 entries.").replace("%1", str(len(diff.added)))
        text = (
            self.tr("Since the previous version: %1 added, %2 removed, %3 changed.")
            .replace("%1", str(len(diff.added)))
            .replace("%2", str(len(diff.removed)))
            .replace("%3", str(len(diff.changed)))
        )
        details = [f"+ {e.name_as_written}" for e in diff.added[:5]]
        details += [f"− {e.name_as_written}" for e in diff.removed[:5]]
        details += [f"~ {new.name_as_written}" for _old, new, _f in diff.changed[:5]]
        return text + ("\n" + "   ".join(details) if details else "")

    def _entry_selected(self) -> None:
        rows = self.entries.selectionModel().selectedRows()
        item = self.entries.item(rows[0].row(), 0) if rows else None
        entry_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if entry_id != (self.panel.entry.id if self.panel.entry else None):
            self.panel.show_entry(entry_id)

    def select_entry(self, entry_id: str) -> None:
        ids = [r.entry.id for r in self.rows]
        if entry_id in ids:
            self.entries.selectRow(ids.index(entry_id))

    # --- import and matching -------------------------------------------------------------------

    def ask_import(self) -> None:
        self.import_dialog = ImportListDialog(self.session, self)
        self.import_dialog.accepted.connect(self._import_accepted)
        self.import_dialog.open()

    def _import_accepted(self) -> None:
        dialog = self.import_dialog
        if dialog is None or dialog.path is None:
            return
        self.import_file(
            dialog.path,
            dialog.side_combo.currentData(),
            dialog.direction_combo.currentData(),
            dialog.date_edit.text() or None,
            dialog.counterpart_edit.text() or None,
            mapping=dialog.mapping(),
            table=dialog.table,
        )

    def import_file(
        self,
        path: Path,
        side: str,
        direction: str,
        list_date: str | None = None,
        counterpart: str | None = None,
        *,
        mapping: dict[int, str] | None = None,
        table: Table | None = None,
    ) -> Task | None:
        """Read (unless the dialog already did), store as the next version with the chosen
        mapping (else the suggested one), then match it (worker thread, one transaction each)."""
        if self.round_id is None:
            return None
        session, round_id = self.session, self.round_id

        def work(progress: Progress) -> Any:
            read = table if table is not None else read_table(path)
            chosen = mapping or suggest_list_mapping(session.conn, read.headers)
            plan = plan_list(read, chosen)
            result = import_list(
                session,
                round_id,
                plan,
                side=side,
                direction=direction,
                list_date=list_date,
                counterpart=counterpart,
                progress=progress,
            )
            return result

        def imported(result: Any) -> None:
            self.show_list_after(result.list_id)
            self.match(result.list_id)

        self.task = run_write(
            self,
            session,
            self.operations,
            work,
            self.tr("Importing the list…"),
            imported,
            cancellable=True,
        )
        return self.task

    def show_list_after(self, list_id: str) -> None:
        self._pending_list = list_id

    def match_again(self) -> Task | None:
        """The user asked: rebuild the index from the vault, then match the shown list."""
        self.index_cache.invalidate()
        list_id = self.list_combo.currentData()
        return self.match(list_id) if list_id else None

    def match(self, list_id: str) -> Task:
        session, cache = self.session, self.index_cache

        def work(progress: Progress) -> Any:
            return match_list(session, list_id, progress, index=cache.get(session.conn, progress))

        self.match_task = run_write(
            self,
            session,
            self.operations,
            work,
            self.tr("Matching the list…"),
            lambda _r: self.show_list(list_id),
            cancellable=True,
        )
        return self.match_task
