"""The very first start on a machine: choose the interface language before anything else.

Shown once, when there is no settings file yet and no ``--lang``; every label is shown in its
own language, so it reads right whatever the system language is. Changeable later in
Settings → Language.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.i18n import LANGUAGES

#: The greeting in each language (the dialog appears before any translation is chosen).
_PROMPTS = {
    "uk": "Оберіть мову програми",
    "ru": "Выберите язык программы",
    "en": "Choose the language of the program",
}


def system_language() -> str:
    """The machine's language if the app speaks it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


class LanguageDialog(QDialog):
    """Three large buttons, the system's language first and focused; ``language`` after exec."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CaseApp")
        first = system_language()
        order = [first] + [code for code in ("uk", "ru", "en") if code != first]
        self.language = first
        layout = QVBoxLayout(self)
        for code in order:
            label = QLabel(_PROMPTS[code])  # each in its own language, before one is chosen
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for code in order:
            button = QPushButton(LANGUAGES[code])
            button.setObjectName(f"language_{code}")
            button.setMinimumHeight(button.sizeHint().height() * 2)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            button.setFont(font)
            button.clicked.connect(lambda _c=False, c=code: self._choose(c))
            layout.addWidget(button)
            self.buttons[code] = button
        self.buttons[first].setDefault(True)
        self.buttons[first].setFocus()
        self.resize(420, self.sizeHint().height())

    def _choose(self, code: str) -> None:
        self.language = code
        self.accept()
