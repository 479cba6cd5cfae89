"""Template specimens: any kind in any language, with invented data."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.letters import (
    load_profile,
    render_sample,
)
from caseapp.store import Session
from caseapp.tasks import Progress
from ui.errors import message_for
from ui.pages.letter_common import (
    choice_combo,
    kind_labels,
    language_labels,
)
from ui.pdf_view import PdfView
from ui.worker import Task, run_in_background


class SpecimenDialog(QDialog):
    """A letter of each kind and language with invented data, to check the templates."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Template specimens"))
        self.kind_combo = choice_combo([(k, v) for k, v in kind_labels().items()])
        self.language_combo = choice_combo(list(language_labels().items()))
        self.show_button = QPushButton(self.tr("Show"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.view = PdfView()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kind of letter")))
        row.addWidget(self.kind_combo, 1)
        row.addWidget(QLabel(self.tr("Language")))
        row.addWidget(self.language_combo)
        row.addWidget(self.show_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.show_button.clicked.connect(self.show_specimen)
        self.kind_combo.currentIndexChanged.connect(self.show_specimen)
        self.language_combo.currentIndexChanged.connect(self.show_specimen)
        self.resize(800, 720)

    def show_specimen(self) -> None:
        kind, lang, session = (
            self.kind_combo.currentData(),
            self.language_combo.currentData(),
            self.session,
        )

        def job(_progress: Progress) -> bytes:
            profile = load_profile(session.conn)
            return render_sample(kind, lang, profile if profile.name else None)

        self.error_label.hide()
        self.task = run_in_background(
            self,
            job,
            title=self.tr("Preparing the letter…"),
            on_success=self.view.set_pdf,
            on_failure=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.view.set_pdf(None)
        self.error_label.setText(message_for(error))
        self.error_label.show()


# --- organisation profile ------------------------------------------------------------------------
