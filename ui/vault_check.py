"""File > Check the vault file: the full integrity check that unlock leaves out.

Unlock reads only the pages it needs (SQLCipher authenticates each), so it takes milliseconds at
any size; this reads and verifies every page (seconds at 100k records) on the worker thread,
with progress and Cancel, and says what it found.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.store import Session
from caseapp.tasks import Progress
from ui.worker import Task, run_in_background


class VaultCheck(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.task: Task | None = None
        self.result_box: QMessageBox | None = None

    def start(self, session: Session) -> Task:
        vault = session.vault

        def work(progress: Progress) -> int:
            return vault.check_integrity(progress)

        self.task = run_in_background(
            self.parent_widget,
            work,
            title=self.tr("Checking every page of the vault file…"),
            on_success=self._done,
        )
        return self.task

    def _done(self, pages: int) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Vault check"),
            self.tr("The vault file is intact: %n page(s) read and verified.", "", pages),
            QMessageBox.StandardButton.Ok,
            self.parent_widget,
        )
        self.result_box = box
        box.open()
