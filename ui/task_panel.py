"""The task panel in the status bar: long jobs with their progress and Cancel, never modal.

Shows the oldest job that has lasted a moment (quick saves never flash; jobs on the writer run
in order, so that is the one working), its progress and a Cancel button; when several are
listed, a menu shows every one, queued ones marked as waiting, each with Cancel. The user keeps
reading, searching and locking meanwhile: nothing here blocks the window.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QProgressBar, QToolButton, QWidget

from ui.worker import TASKS, Task


class TaskPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPanel")
        self.label = QLabel()
        self.label.setObjectName("taskTitle")
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        self.bar.setTextVisible(True)
        # As wide as about 14 characters of the interface font, whatever the language.
        self.bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_current)
        self.more_button = QToolButton()
        self.more_button.setObjectName("taskMore")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more_button.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.more_button)
        self.timer = QTimer(self)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.refresh)
        TASKS.added.connect(self._added)
        TASKS.removed.connect(self._removed)
        self.refresh()

    def shown_tasks(self) -> list[Task]:
        """The jobs listed: those that lasted long enough to be worth showing."""
        return [t for t in TASKS.running if t.visible]

    def current(self) -> Task | None:
        tasks = self.shown_tasks()
        return tasks[0] if tasks else None

    def _added(self, task: Task) -> None:
        task.changed.connect(self.refresh)

    def _removed(self, _task: Task) -> None:
        self.refresh()

    def show_title(self, title: str) -> None:
        """The status bar gives a new permanent widget its old width: ask for the title's own
        (up to ~40 characters), or it shows as one letter."""
        self.label.setText(title)
        metrics = self.label.fontMetrics()
        self.label.setMinimumWidth(
            min(metrics.horizontalAdvance(title), metrics.horizontalAdvance("M") * 40)
        )

    def refresh(self) -> None:
        tasks = self.shown_tasks()
        task = tasks[0] if tasks else None
        self.setVisible(task is not None)
        if task is None:
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start()
        progress = task.progress
        title = task.title
        if progress.cancelled:
            title = self.tr("%1 (stopping…)").replace("%1", title)
        self.show_title(title)
        if progress.total <= 0:
            self.bar.setRange(0, 0)  # busy indicator while the size is unknown
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(progress.fraction * 1000))
            self.bar.setFormat(f"{int(progress.fraction * 100)} %")
        self.cancel_button.setEnabled(task.cancellable and not progress.cancelled)
        self.cancel_button.setToolTip(
            self.tr("Stop “%1”; nothing it did is kept.").replace("%1", task.title)
        )
        others = len(tasks) - 1
        self.more_button.setVisible(others > 0)
        self.more_button.setText(self.tr("+%n more", "", others))
        self.more_button.setToolTip(self.tr("Every running job, to follow or cancel"))

    def _cancel_current(self) -> None:
        task = self.current()
        if task is not None and task.cancellable:
            task.cancel()
        self.refresh()

    def _fill_menu(self) -> None:
        self.menu.clear()
        for task in self.shown_tasks():
            if not task.started.is_set():
                state = " — " + self.tr("waiting")
            elif task.progress.total > 0:
                state = f" — {int(task.progress.fraction * 100)} %"
            else:
                state = ""
            action = self.menu.addAction(self.tr("Cancel “%1”").replace("%1", task.title + state))
            action.setEnabled(task.cancellable and not task.progress.cancelled)
            action.triggered.connect(task.cancel)
