"""A live passphrase strength meter: a bar, a word ("too weak" … "strong") and the reason.

The judgement is the core's (``keyslots.passphrase_strength``, the same rule that refuses a
weak passphrase when it is saved); this widget only shows it while the user types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

from caseapp.vault.keyslots import MIN_PASSPHRASE_LENGTH, Strength, passphrase_strength

_COLOURS = ("#b00020", "#b00020", "#b26a00", "#2e7d32", "#1b5e20")


class StrengthMeter(QWidget):
    """Watches a passphrase field; ``user_inputs`` gives words it must not lean on (the name)."""

    def __init__(
        self,
        edit: QLineEdit,
        user_inputs: Callable[[], list[str]] = list,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit = edit
        self.user_inputs = user_inputs
        self.strength: Strength | None = None
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("strengthVerdict")
        self.reason_label = QLabel()
        self.reason_label.setObjectName("strengthReason")
        self.reason_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.verdict_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.reason_label)
        # Scored a moment after the last key press: typing never waits for the scorer.
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.update_now)
        edit.textChanged.connect(lambda _text: self.timer.start())
        self.update_now()

    def verdict_text(self, verdict: str) -> str:
        return {
            "very weak": self.tr("very weak"),
            "too weak": self.tr("too weak"),
            "weak": self.tr("weak"),
            "good": self.tr("good"),
            "strong": self.tr("strong"),
        }.get(verdict, verdict)

    def reason_text(self, reason: str | None) -> str:
        texts = {
            "short": self.tr("Use at least %1 characters: three or four unrelated words.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH)
            ),
            "user_name": self.tr("It contains the user name."),
            "common_word": self.tr("It leans on a common word, name or password."),
            "keyboard": self.tr("It contains a keyboard pattern (like qwerty)."),
            "repeat": self.tr("It repeats characters or words."),
            "sequence": self.tr("It contains a sequence (like abc or 123)."),
            "date": self.tr("It contains a date or a year."),
            "add_word": self.tr("Add another unrelated word."),
        }
        return texts.get(reason or "", "")

    def update_now(self) -> None:
        text = self.edit.text()
        if not text:
            self.strength = None
            self.bar.setValue(0)
            self.verdict_label.setText("")
            self.reason_label.setText(
                self.tr("Three or four unrelated words make a strong passphrase.")
            )
            return
        inputs = [value for value in self.user_inputs() if value]
        strength = passphrase_strength(text, inputs)
        self.strength = strength
        self.bar.setValue(max(1, strength.score))
        colour = _COLOURS[strength.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.verdict_label.setText(self.verdict_text(strength.verdict))
        self.verdict_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        reason = self.reason_text(strength.reason)
        if not strength.acceptable and reason:
            reason = self.tr("Not accepted yet. %1").replace("%1", reason)
        self.reason_label.setText(reason)
