"""A section of the workspace: the list, and the record opened from it, one at a time.

Leaving an editor with unsaved changes (back to the list, another section, closing the window)
goes through the editor's prompt; a lock keeps a draft instead of asking.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from caseapp.store import Session
from ui.operations import Operations
from ui.pages.editor import RecordEditor
from ui.pages.prisoner_editor import PrisonerEditor
from ui.pages.record_list import RecordListPage
from ui.pages.request_editor import RequestEditor


class RecordsPage(QWidget):
    def __init__(
        self, session: Session, operations: Operations, kind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.operations = operations
        self.kind = kind
        self.list_page = RecordListPage(session, operations, kind)
        self.list_page.open_requested.connect(self.open_record)
        self.editor: RecordEditor | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def open_record(self, record_id: str | None) -> RecordEditor | None:
        """Open a record (None: a new one) in the editor; None if the user stayed put."""
        editor = self.editor
        if editor is not None and editor.exists and record_id == editor.record.id:
            self.stack.setCurrentWidget(editor)  # already open (e.g. back after a lock): keep it
            return editor
        if self.editor is not None and not self.editor.maybe_leave():
            return None
        self._drop_editor()
        cls = RequestEditor if self.kind == "requests" else PrisonerEditor
        editor = cls(self.session, self.operations, record_id)
        editor.closed.connect(self.show_list)
        self.editor = editor
        self.stack.addWidget(editor)
        self.stack.setCurrentWidget(editor)
        first_tab = editor.tabs.widget(0)
        if record_id is None and editor.forms and editor.forms[0].fields:
            form = editor.forms[0]  # a new record: ready to type its first field
            form.widget(next(iter(form.fields))).setFocus()
        elif first_tab is not None:
            first_tab.setFocus()
        return editor

    def show_list(self) -> None:
        self._drop_editor()
        self.stack.setCurrentWidget(self.list_page)
        self.list_page.view.setFocus()

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.editor.autosave.stop()
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    # --- called by the main window -------------------------------------------------------------

    def show_request(self, request_id: str | None, label: str = "") -> None:
        """Another screen asked for a record of this section (e.g. a request's linked prisoner
        record): open it, after the current editor's usual prompt."""
        if request_id:
            self.open_record(request_id)

    def can_leave(self) -> bool:
        """Before switching to another section: unsaved edits are saved or discarded first."""
        return self.editor is None or self.editor.maybe_leave()

    def can_close(self) -> bool:
        return self.can_leave()

    def about_to_lock(self) -> None:
        """Locking must not wait for an answer (it may be the idle timer): keep a draft."""
        if self.editor is not None:
            self.editor.save_draft()
            self.editor.autosave.stop()

    def place(self) -> dict[str, object] | None:
        if self.editor is None:
            return None
        return {
            "record": self.editor.record.id if self.editor.exists else None,
            "tab": self.editor.tabs.currentIndex(),
        }

    def return_to(self, place: dict[str, object]) -> None:
        record = place.get("record")
        editor = self.open_record(record if isinstance(record, str) else None)
        tab = place.get("tab")
        if editor is not None and isinstance(tab, int) and 0 <= tab < editor.tabs.count():
            editor.tabs.setCurrentIndex(tab)
