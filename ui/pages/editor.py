"""What both record editors share: load, inline validation, save in one transaction, drafts,
and the unsaved-changes prompt.

Work is never lost silently: every edit marks the editor dirty; leaving it (back to the list,
another section, closing the window) asks Save / Discard / Cancel; a lock (manual or idle)
and a 20-second timer keep a draft in the vault, restored the next time the record is opened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any, NamedTuple

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp import audit
from caseapp.access import access_of
from caseapp.domain.models import Entity
from caseapp.drafts import delete_draft, load_draft, save_draft
from caseapp.errors import ValidationError
from caseapp.permissions import may_write
from caseapp.records import load_entity
from caseapp.store import ChangeSet, Session
from caseapp.tasks import Progress
from ui.errors import message_for, show_error
from ui.forms import ERROR_STYLE, FieldForm, error_text
from ui.labels import field_label
from ui.operations import Operations
from ui.pages.attachments import AttachmentsPanel
from ui.pages.history import HistoryPanel
from ui.pages.parts import PartsTable
from ui.worker import Task, run_in_background

log = logging.getLogger(__name__)

AUTOSAVE_MS = 20_000


def scrolling(widget: QWidget) -> QScrollArea:
    """A tab's contents in a scroll area, so nothing is cut off on a 1366×768 screen."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it gets (the full text
    in its tooltip) instead of cutting it, and never makes its row wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(self.width(), 0)
        )
        super().setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")


class RecordEditor(QWidget):
    """Base of the request and prisoner editors. Subclasses build tabs in ``build_tabs``."""

    #: The user wants to go back to the list (already confirmed if there were changes).
    closed = Signal()
    #: A save went through: the record's id.
    saved = Signal(str)

    entity_class: type[Entity] = Entity
    owner_type = ""

    def __init__(
        self,
        session: Session,
        operations: Operations,
        record_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.forms: list[FieldForm] = []
        self.parts: list[PartsTable] = []
        self.touched: set[str] = set()
        self.show_all_errors = False
        self.dirty = False
        self.exists = record_id is not None
        self.read_only = not may_write(session.role, self.entity_class.ENTITY)
        self.prompt: QMessageBox | None = None
        self.save_task: Task | None = None

        self.title = ElidedLabel()
        self.title.setObjectName("editorTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        #: The reference number, beside the name and never shortened (a cut number reads as
        #: another number); the name gives way instead.
        self.ref_label = QLabel()
        self.ref_label.setObjectName("editorRef")
        self.ref_label.setFont(font)
        self.ref_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("editorState")
        self.banner = QLabel()
        self.banner.setObjectName("editorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("editorErrors")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.back_button = QPushButton(self.tr("◀ Back to the list"))
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.back_button.clicked.connect(self.request_close)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("Discard changes"))
        self.discard_button.clicked.connect(self.discard_with_confirmation)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.request_close)

        top = QHBoxLayout()
        self.top_bar = top  # subclasses add their own actions (e.g. "Write a letter…")
        top.addWidget(self.back_button)
        top.addWidget(self.ref_label)
        top.addWidget(self.title, 1)
        top.addWidget(self.state_label)
        top.addWidget(self.discard_button)
        top.addWidget(self.save_button)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.history = HistoryPanel(session)
        self.attachments = AttachmentsPanel(session, operations, self.owner_type)
        self.build_tabs()
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

        for form in self.forms:
            form.changed.connect(self._field_changed)
        for parts in self.parts:
            parts.changed.connect(self._parts_changed)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()
        operations.changed.connect(self._on_changes)

        loaded = load_entity(session.conn, self.entity_class, record_id) if record_id else None
        if record_id and loaded is None:
            self.exists = False
        self.record: Entity = loaded if loaded is not None else self.new_record()
        self.load_record(self.record)
        self._restore_draft()
        self._apply_read_only()
        if self.exists and record_id:
            self._audit_opening(record_id)

    def _audit_opening(self, record_id: str) -> None:
        """Opening a record shows its sensitive part (enquirer contact, detention details):
        recorded in the audit trail, on the writer like a draft (``caseapp.audit``)."""
        part = audit.PART_OF_TYPE.get(self.entity_class.ENTITY)
        if part is None:
            return
        session = self.session

        def work(_progress: Progress) -> None:
            audit.record_read(session, part, record_id)

        run_in_background(
            self.operations,
            work,
            title=self.tr("Recording in the audit trail…"),
            on_failure=_log_draft_failure,
            cancellable=False,
            short_write=True,
        )

    # --- to be filled by subclasses ------------------------------------------------------------

    def build_tabs(self) -> None:
        raise NotImplementedError

    def new_record(self) -> Entity:
        return self.entity_class()

    def heading(self, record: Entity) -> str:
        return ""

    def after_load(self) -> None:
        """Refresh derived displays (e.g. status history) after loading or saving."""

    # --- helpers for subclasses ----------------------------------------------------------------

    def add_form(self, names: list[str], **kwargs: Any) -> FieldForm:
        form = FieldForm(self.entity_class, names, **kwargs)
        self.forms.append(form)
        return form

    def add_parts(self, parts: PartsTable) -> PartsTable:
        self.parts.append(parts)
        return parts

    # --- state ---------------------------------------------------------------------------------

    @property
    def record_id(self) -> str:
        return self.record.id

    def load_record(self, record: Entity) -> None:
        self.record = record
        values = record.to_fields()
        hidden = access_of(self.session.conn).hides(self.entity_class.ENTITY)
        for form in self.forms:
            form.set_values(values)
            form.show_errors([])
            form.mark_hidden(hidden)
        for parts in self.parts:
            parts.load(self.session.conn, record.id, exists=self.exists)
        self.attachments.load(record.id, saved=self.exists)
        self.history.load(record.id if self.exists else None)
        self.touched.clear()
        self.show_all_errors = False
        self.error_label.hide()
        self._set_dirty(False)
        self._update_title()
        self.after_load()

    def current(self) -> Entity:
        """The record as the forms show it now (normalised, not yet validated)."""
        values = self.record.to_fields()
        for form in self.forms:
            values.update(form.values())
        entity = replace(self.record)
        for name, value in values.items():
            setattr(entity, name, value)
        entity.normalise()
        return entity

    def _update_title(self) -> None:
        heading = self.heading(self.current()) or self.tr("New record")
        ref = getattr(self.record, "ref", None)
        self.ref_label.setText(f"{ref}  ·" if ref and self.exists else "")
        self.ref_label.setVisible(bool(ref and self.exists))
        self.title.setText(heading)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.state_label.setText(self.tr("Unsaved changes") if dirty else "")
        self.save_button.setEnabled((dirty or not self.exists) and not self.read_only)
        self.discard_button.setEnabled(dirty)

    def _compute_dirty(self) -> bool:
        if any(p.is_dirty() for p in self.parts):
            return True
        baseline = replace(self.record)
        baseline.normalise()
        return self.current().to_fields() != baseline.to_fields()

    def _field_changed(self, name: str) -> None:
        self.touched.add(name)
        self._set_dirty(self._compute_dirty())
        self.validate()
        self._update_title()

    def _parts_changed(self) -> None:
        self._set_dirty(self._compute_dirty())

    def validate(self) -> list[Any]:
        """Show the core's validation errors under the fields (only touched ones until a save
        was attempted); returns every error."""
        errors = self.current().validate()
        shown = errors if self.show_all_errors else [e for e in errors if e.field in self.touched]
        for form in self.forms:
            form.show_errors(shown)
        if self.show_all_errors and errors:
            lines = [f"{field_label(e.field)}: {error_text(e)}" for e in errors]
            self.error_label.setText(self.tr("Not saved. Please correct:") + " " + "; ".join(lines))
            self.error_label.show()
        elif not errors:
            self.error_label.hide()
        return errors

    def _apply_read_only(self) -> None:
        if not self.read_only:
            return
        for form in self.forms:
            form.set_read_only(True)
        for parts in self.parts:
            parts.set_read_only(True)
        self.attachments.add_button.setEnabled(False)
        self.attachments.remove_button.setEnabled(False)
        self.banner.setText(self.tr("Your role can view this record but not change it."))
        self.banner.show()

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate, then write the record and its parts in one transaction on the writer.

        True if the save was sent (it completes shortly after, without the GUI waiting for
        the vault); False if the form has errors. If the write then fails, the record's draft
        is kept and the reason is shown.
        """
        if self.read_only:
            return False
        self.show_all_errors = True
        if self.validate():
            self._reveal_first_error()
            return False
        entity = self.current()
        cls = self.entity_class
        kind = cls.ENTITY.replace("_", " ")
        exists = self.exists
        session = self.session
        parts_writers = [parts.writer(entity.id) for parts in self.parts]
        alive = shiboken_alive(self)

        def work(_progress: Progress) -> _Saved:
            with session.transaction(f"{'edit' if exists else 'create'} {kind}") as txn:
                if exists:
                    txn.save(entity)
                else:
                    txn.create(entity)
                for write_parts in parts_writers:
                    write_parts(txn)
                # Drafts are not journaled, but go in the same commit (one disk sync).
                delete_draft(txn.conn, session.account.id, cls.ENTITY, entity.id)
                delete_draft(txn.conn, session.account.id, cls.ENTITY, None)
            return _Saved(load_entity(session.conn, cls, entity.id), txn.changes)

        def done(result: _Saved) -> None:
            if not alive():
                return
            stored = result.stored
            self.exists = True
            self.banner.hide()
            self.load_record(stored if stored is not None else entity)
            self.saved.emit(entity.id)

        def failed(exc: BaseException) -> None:
            if not alive():
                show_error(None, exc)
                return
            if isinstance(exc, ValidationError):
                for form in self.forms:
                    form.show_errors(exc.errors)
                self.error_label.setText(message_for(exc))
                self.error_label.show()
                return
            show_error(self, exc)

        self.save_task = self.operations.write(
            self.operations,
            work,
            title=self.tr("Saving…"),
            on_success=done,
            on_failure=failed,
        )
        return True

    def _reveal_first_error(self) -> None:
        errors = self.current().validate()
        if not errors:
            return
        for form in self.forms:
            if errors[0].field in form.fields:
                for i in range(self.tabs.count()):
                    tab = self.tabs.widget(i)
                    if tab is not None and tab.isAncestorOf(form):
                        self.tabs.setCurrentIndex(i)
                form.widget(errors[0].field).setFocus()
                return

    def discard(self) -> None:
        self._forget_draft(self.record.id if self.exists else None)
        if self.exists:
            stored = load_entity(self.session.conn, self.entity_class, self.record.id)
            self.load_record(stored if stored is not None else self.record)
        else:
            self.load_record(self.new_record())
        self.banner.hide()

    def _forget_draft(self, record_id: str | None) -> None:
        session, entity_type = self.session, self.entity_class.ENTITY

        def work(_progress: Progress) -> None:
            delete_draft(session.conn, session.account.id, entity_type, record_id)

        run_in_background(
            self.operations,
            work,
            title=self.tr("Discarding changes…"),
            on_failure=_log_draft_failure,
            cancellable=False,
            short_write=True,
        )

    def discard_with_confirmation(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard changes"),
            self.tr("Throw away the changes made since the last save?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.discard()

    # --- leaving -------------------------------------------------------------------------------

    def maybe_leave(self) -> bool:
        """True if the editor may go away: nothing unsaved, or the user saved or discarded."""
        if not self.dirty:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("This record has unsaved changes."))
        box.setInformativeText(self.tr("Save them before leaving?"))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.prompt = box
        answer = box.exec()
        self.prompt = None
        if answer == QMessageBox.StandardButton.Save:
            # Keep the edits as a draft first: if the save then fails, nothing is lost.
            self.save_draft()
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def request_close(self) -> None:
        if self.maybe_leave():
            self.closed.emit()

    # --- drafts --------------------------------------------------------------------------------

    def draft_payload(self) -> dict[str, Any]:
        return {
            "fields": {
                k: v for k, v in self.current().to_fields().items() if not isinstance(v, bytes)
            },
            "parts": {p.cls.ENTITY: p.payload() for p in self.parts},
            "id": self.record.id,
        }

    def save_draft(self) -> None:
        """Keep unsaved edits in the vault (encrypted), on the writer; called by a timer and
        before a lock (the lock closes the vault only after this write)."""
        if not self.dirty or not self.session.vault.is_open:
            return
        session, entity_type = self.session, self.entity_class.ENTITY
        record_id = self.record.id if self.exists else None
        payload = self.draft_payload()

        def work(_progress: Progress) -> None:
            save_draft(session.conn, session.account.id, entity_type, record_id, payload)

        run_in_background(
            self.operations,
            work,
            title=self.tr("Keeping a draft…"),
            on_failure=_log_draft_failure,
            cancellable=False,
            short_write=True,
        )

    def _restore_draft(self) -> None:
        draft = load_draft(
            self.session.conn,
            self.session.account.id,
            self.entity_class.ENTITY,
            self.record.id if self.exists else None,
        )
        if draft is None:
            return
        payload = draft.payload
        fields = payload.get("fields", {})
        if not self.exists and isinstance(payload.get("id"), str):
            self.record = replace(self.record, id=payload["id"])
            for parts in self.parts:
                parts.owner_id = self.record.id
        values = self.record.to_fields()
        values.update({k: v for k, v in fields.items() if k in values})
        for form in self.forms:
            form.set_values(values)
        for parts in self.parts:
            stored = payload.get("parts", {}).get(parts.cls.ENTITY)
            if stored:
                parts.restore(stored)
        self.touched.update(fields)
        self._set_dirty(self._compute_dirty())
        self.validate()
        self._update_title()
        try:
            when = dt.datetime.fromisoformat(draft.saved_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            when = draft.saved_at
        self.banner.setText(
            self.tr(
                "Unsaved changes from %1 were restored. Save them, or use “Discard changes”."
            ).replace("%1", when)
        )
        self.banner.show()

    # --- reacting to other screens ------------------------------------------------------------

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.history:
            self.history.refresh()

    def _on_changes(self, changes: Any) -> None:
        if self.exists and self.record.id in changes.ids(self.entity_class.ENTITY):
            if self.tabs.currentWidget() is self.history:
                self.history.refresh()
            if not self.dirty:  # someone else saved it (import, another screen): show theirs
                stored = load_entity(self.session.conn, self.entity_class, self.record.id)
                if stored is not None:
                    self.load_record(stored)
        elif self.exists and changes.touches("attachment"):
            self.history.refresh()


def _log_draft_failure(exc: BaseException) -> None:
    log.error("could not keep or drop a draft: %s", type(exc).__name__)  # type only: no data


class _Saved(NamedTuple):
    """The stored record (for the editor) and the ChangeSet the writer broadcasts."""

    stored: Entity | None
    changes: ChangeSet


def shiboken_alive(widget: QWidget) -> Callable[[], bool]:
    """A check that the widget still exists (a reply may arrive after it was closed)."""
    return lambda: shiboken6.isValid(widget)
