"""Form widgets built from the domain's field metadata, with validation as the user types.

A ``FieldForm`` shows some fields of one entity class (text, partial date, choice, yes/no) and
reports its values as the core expects them; ``show_errors`` puts each core ``FieldError`` under
its field. Validation itself is the core's (``Entity.validate``): the form only displays it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.models import Entity
from caseapp.errors import FieldError
from ui.labels import choice_key, choice_labels, field_label
from ui.wheel_guard import install_wheel_guard

#: Fields that hold a paragraph rather than a line.
LONG_TEXT = frozenset(
    {
        "notes",
        "circumstances",
        "known_info",
        "capture_circumstances",
        "safety_notes",
        "next_of_kin",
        "enquirer_address",
        "summary",
        "details",
    }
)

ERROR_STYLE = "color: #b00020;"
#: Labels longer than this (characters) may wrap onto a second line.
LABEL_WRAP_AT = 32
INVALID_STYLE = "border: 1px solid #b00020;"


def error_text(error: FieldError) -> str:
    """The core's validation message in the interface language, chosen by its code."""
    params = error.params
    texts: dict[str, Callable[[], str]] = {
        "required": lambda: QCoreApplication.translate("forms", "Required."),
        "name_required": lambda: QCoreApplication.translate(
            "forms", "A family name or a given name is required."
        ),
        "closed_needs_reason": lambda: QCoreApplication.translate(
            "forms", "A closed request needs a reason."
        ),
        "rejection_needs_reason": lambda: QCoreApplication.translate(
            "forms", "A rejection needs a reason."
        ),
        "not_a_number": lambda: QCoreApplication.translate("forms", "Must be a number."),
        "ends_before_start": lambda: QCoreApplication.translate(
            "forms", "Ends before it starts: check both dates."
        ),
        "span_needs_start": lambda: QCoreApplication.translate(
            "forms", "Give the start date too (the earliest it can be)."
        ),
        "not_yes_no": lambda: QCoreApplication.translate("forms", "Must be yes or no."),
        "not_a_date": lambda: QCoreApplication.translate(
            "forms", "Not a date: use YYYY, YYYY-MM or YYYY-MM-DD."
        ),
        "not_a_choice": lambda: QCoreApplication.translate(
            "forms", "Choose one of the listed values."
        ),
        "month_missing": lambda: QCoreApplication.translate(
            "forms", "Month %1 does not exist."
        ).replace("%1", str(params.get("month", ""))),
        "day_missing": lambda: QCoreApplication.translate(
            "forms", "Day %1 does not exist in that month."
        ).replace("%1", str(params.get("day", ""))),
        "year_out_of_range": lambda: (
            QCoreApplication.translate("forms", "Year %1 is outside %2.")
            .replace("%1", str(params.get("year", "")))
            .replace("%2", f"{params.get('low', '')}–{params.get('high', '')}")
        ),
    }
    text = texts.get(error.code)
    return text() if text is not None else error.message


class _Field:
    def __init__(self, name: str, kind: str, widget: QWidget, error: QLabel) -> None:
        self.name, self.kind, self.widget, self.error = name, kind, widget, error


class FieldForm(QWidget):
    """Some fields of ``cls`` in a form layout; ``changed(name)`` when the user edits one."""

    changed = Signal(str)

    def __init__(
        self,
        cls: type[Entity],
        names: list[str],
        parent: QWidget | None = None,
        *,
        read_only: tuple[str, ...] = (),
        options: dict[str, list[tuple[str, str]]] | None = None,
    ) -> None:
        install_wheel_guard()  # every form: the wheel never changes a closed combo
        super().__init__(parent)
        self.cls = cls
        #: Text fields shown as a list to choose from: field -> [(stored value, label)].
        self.options = options or {}
        self.fields: dict[str, _Field] = {}
        self._loading = False
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name in names:
            kind = cls.field_kind(name)
            widget = self._make_widget(name, kind)
            widget.setObjectName(f"field_{name}")
            if name in read_only:
                widget.setEnabled(False)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            self.fields[name] = _Field(name, kind, widget, error)
            if kind == "bool":
                layout.addRow("", cell)
            else:
                label = QLabel(field_label(name))
                label.setBuddy(widget)
                # Only a long label wraps: QFormLayout sizes a row by the label's one-line
                # height, so a short label wrapped into two lines was cut at the top.
                label.setWordWrap(len(label.text()) > LABEL_WRAP_AT)
                layout.addRow(label, cell)

    # --- widgets -------------------------------------------------------------------------------

    def _make_widget(self, name: str, kind: str) -> QWidget:
        if kind == "bool":
            box = QCheckBox(field_label(name))
            box.toggled.connect(lambda _on, n=name: self._emit(n))
            return box
        if kind == "choice" or name in self.options:
            combo = QComboBox()
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.addItem("—", None)
            if name in self.options:
                for code, label in self.options[name]:
                    combo.addItem(label, code)
            else:
                labels = choice_labels().get(choice_key(self.cls.ENTITY, name), {})
                for code in _choices(self.cls, name):
                    combo.addItem(labels.get(code, code), code)
            combo.currentIndexChanged.connect(lambda _i, n=name: self._emit(n))
            return combo
        if name in LONG_TEXT:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 10)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5 + 12)
            edit.textChanged.connect(lambda n=name: self._emit(n))
            return edit
        line = QLineEdit()
        if kind == "date":
            line.setPlaceholderText(
                QCoreApplication.translate("forms", "YYYY, YYYY-MM or YYYY-MM-DD")
            )
        line.textChanged.connect(lambda _t, n=name: self._emit(n))
        return line

    def _emit(self, name: str) -> None:
        if not self._loading:
            self.changed.emit(name)

    # --- values --------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, f in self.fields.items():
            w = f.widget
            if isinstance(w, QCheckBox):
                out[name] = w.isChecked()
            elif isinstance(w, QComboBox):
                out[name] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[name] = w.toPlainText() or None
            elif isinstance(w, QLineEdit):
                text = w.text()
                if f.kind == "number" and text.strip():
                    try:
                        out[name] = (
                            float(text.replace(",", "."))
                            if "." in text or "," in text
                            else int(text)
                        )
                    except ValueError:
                        out[name] = text  # validate() reports "must be a number"
                else:
                    out[name] = text or None
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for name, f in self.fields.items():
                value = values.get(name)
                w = f.widget
                if isinstance(w, QCheckBox):
                    w.setChecked(bool(value))
                elif isinstance(w, QComboBox):
                    index = w.findData(value)
                    if index < 0 and value is not None:  # a value from elsewhere: keep it visible
                        w.addItem(str(value), value)
                        index = w.count() - 1
                    w.setCurrentIndex(max(0, index))
                elif isinstance(w, QPlainTextEdit):
                    w.setPlainText("" if value is None else str(value))
                elif isinstance(w, QLineEdit):
                    w.setText("" if value is None else str(value))
        finally:
            self._loading = False

    def widget(self, name: str) -> QWidget:
        return self.fields[name].widget

    def set_read_only(self, read_only: bool) -> None:
        for f in self.fields.values():
            f.widget.setEnabled(not read_only)

    def mark_hidden(self, names: Iterable[str]) -> None:
        """Fields the core withheld from this role (``caseapp.access``): say so, never edit."""
        for name in names:
            f = self.fields.get(name)
            if f is None:
                continue
            f.widget.setEnabled(False)
            hint = self.tr("hidden for your role")
            if isinstance(f.widget, QLineEdit | QPlainTextEdit):
                f.widget.setPlaceholderText(hint)
            f.widget.setToolTip(hint)

    # --- errors --------------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        by_field: dict[str, list[str]] = {}
        for error in errors:
            if error.field in self.fields:
                by_field.setdefault(error.field, []).append(error_text(error))
        for name, f in self.fields.items():
            messages = by_field.get(name)
            f.error.setText(" ".join(messages or []))
            f.error.setVisible(bool(messages))
            if isinstance(f.widget, QLineEdit | QPlainTextEdit):
                f.widget.setStyleSheet(INVALID_STYLE if messages else "")

    def error_text(self, name: str) -> str:
        f = self.fields[name]
        return f.error.text() if not f.error.isHidden() else ""


def _choices(cls: type[Entity], name: str) -> tuple[str, ...]:
    from dataclasses import fields

    for f in fields(cls):
        if f.name == name:
            return tuple(f.metadata.get("choices", ()))
    return ()
