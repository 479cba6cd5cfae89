"""Every user-visible string is marked for translation, translated in uk and ru, and keeps its
placeholders. These read whatever the ``.ts`` files and core catalogs hold, so strings added by
any branch are checked once ``ui.i18n_update`` has merged them.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from caseapp import errors
from caseapp.errors import FIELD_MESSAGES
from caseapp.i18n import core_catalog
from caseapp.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("uk", "ru")

# --- GUI: string literals handed to widgets without tr() -----------------------------------------

#: Methods whose first argument(s) a user reads.
TEXT_METHODS = {
    "setText": 1, "setToolTip": 1, "setWindowTitle": 1, "setPlaceholderText": 1, "setTitle": 1,
    "setSubTitle": 1, "setStatusTip": 1, "setWhatsThis": 1, "addItem": 1, "insertItem": 2,
    "addTab": 2, "insertTab": 3, "setTabText": 2, "setItemText": 2, "setLabelText": 1,
    "setButtonText": 2, "addAction": 1, "addMenu": 1, "setHeaderLabels": 1,
    "setHorizontalHeaderLabels": 1, "showMessage": 1, "setInformativeText": 1,
    "setDetailedText": 1, "setCancelButtonText": 1, "setSpecialValueText": 1, "setPrefix": 1,
    "setSuffix": 1, "addRow": 1, "insertRow": 2, "setHtml": 1, "setMarkdown": 1,
}  # fmt: skip
#: Widgets whose first constructor argument is their visible text.
TEXT_WIDGETS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QListWidgetItem", "QTableWidgetItem", "QCommandLinkButton",
}  # fmt: skip
#: ``QMessageBox.information(parent, title, text)`` and friends.
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
#: Literals that are the same in every language, each for a reason.
ALLOWED = {
    "CaseApp",  # the product's name
    "XXXXX-XXXXX-…",  # the recovery key's shape, as a placeholder
}
TAG = re.compile(r"<[^>]*>|&\w+;")
SUFFIX = re.compile(r"^\.\w+$")  # a file suffix such as ".caseapp"


def _visible_literal(node: ast.AST) -> str | None:
    """The literal text a user would read, if ``node`` holds any outside markup."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = TAG.sub("", node.value).strip()
        if text in ALLOWED or SUFFIX.match(text) or not any(c.isalpha() for c in text):
            return None
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v for v in node.values if isinstance(v, ast.Constant)]
        return next((t for t in map(_visible_literal, parts) if t), None)
    if isinstance(node, ast.BinOp):
        return _visible_literal(node.left) or _visible_literal(node.right)
    if isinstance(node, ast.IfExp):
        return _visible_literal(node.body) or _visible_literal(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_visible_literal, node.elts) if t), None)
    return None


def _shown_arguments(call: ast.Call) -> list[ast.AST]:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in TEXT_METHODS:
        return list(call.args[: TEXT_METHODS[func.attr]])
    if isinstance(func, ast.Name) and func.id in TEXT_WIDGETS:
        return list(call.args[:1])
    if (
        isinstance(func, ast.Attribute)
        and func.attr in MESSAGE_BOXES
        and isinstance(func.value, ast.Name)
        and func.value.id == "QMessageBox"
    ):
        return list(call.args[1:3])
    return []


def _gui_modules() -> list[Path]:
    return sorted(p for p in (ROOT / "ui").rglob("*.py") if not p.name.startswith("i18n_"))


def untranslated_gui_strings(source: str, name: str = "<source>") -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        for argument in _shown_arguments(node):
            text = _visible_literal(argument)
            if text:
                problems.append(f"{name}:{argument.lineno}: {text!r} is shown without tr()")
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        # lupdate extracts literals only: tr(variable) or tr(f"...") is never translated.
        marked = node.args[:1] if called == "tr" else node.args[:2] if called == "translate" else []
        for argument in marked:
            if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                problems.append(f"{name}:{node.lineno}: {called}() needs a literal string")
    return problems


def test_every_shown_string_is_marked_for_translation() -> None:
    problems = [
        problem
        for path in _gui_modules()
        for problem in untranslated_gui_strings(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    ]
    assert problems == []


def test_the_scan_catches_what_it_should() -> None:
    """The scan above is only worth something if it fails on the mistakes it is meant for."""
    bad = (
        "label = QLabel('Unlock the vault')\n"
        "button.setToolTip(f'Save {name}')\n"
        "QMessageBox.warning(self, self.tr('Title'), 'Something failed')\n"
        "combo.addItem('Any status' if x else self.tr('All'), None)\n"
        "self.setWindowTitle(self.tr(title))\n"
    )
    assert len(untranslated_gui_strings(bad)) == 5
    good = (
        "label = QLabel(self.tr('Unlock the vault'))\n"
        "title.setText('<b>' + self.tr('Status') + '</b>')\n"
        "edit.setPlaceholderText('XXXXX-XXXXX-…')\n"
        "button.setText('…')\n"
        "path + '.caseapp'\n"
    )
    assert untranslated_gui_strings(good) == []


# --- GUI: the .ts files --------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%L?\d|%L?n|\{[a-z_]+\}")


def _placeholders(text: str) -> list[str]:
    return sorted(set(p.replace("%L", "%") for p in PLACEHOLDER.findall(text)))


def _ts_messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(resource_path("translations", f"caseapp_{lang}.ts")).getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append(
                (context.findtext("name") or "", message.findtext("source") or "", message)
            )
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_ts_translations_are_complete_and_keep_placeholders(lang: str) -> None:
    messages = _ts_messages(lang)
    assert len(messages) > 100  # the files were found and parsed
    problems = []
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None
        where = f"{lang} {context}: {source!r}"
        if translation.get("type") == "unfinished":
            problems.append(f"{where} is unfinished")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != 3 or not all(f.strip() for f in forms):
                problems.append(f"{where} needs 3 plural forms, has {forms}")
            for form in forms:
                if _placeholders(form) != _placeholders(source):
                    problems.append(f"{where}: form {form!r} changes the placeholders")
        else:
            text = translation.text or ""
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif _placeholders(text) != _placeholders(source):
                problems.append(f"{where}: {text!r} changes the placeholders")
    assert problems == []


def test_ts_files_hold_the_same_messages() -> None:
    keys = {lang: {(c, s) for c, s, _m in _ts_messages(lang)} for lang in LANGS}
    assert keys["uk"] == keys["ru"]


def test_the_placeholder_check_catches_a_dropped_placeholder() -> None:
    assert _placeholders("Vault: %1 (%n)") != _placeholders("Сховище:")
    assert _placeholders("{count} rows") != _placeholders("рядків")
    assert _placeholders("%L1 of %2") == _placeholders("%2 з %1")


# --- Core (CLI, errors, letters): the JSON catalogs ----------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_core_catalog_keeps_placeholders(lang: str) -> None:
    catalog = core_catalog(lang)
    assert catalog
    problems = [
        f"{lang}: {source!r} -> {text!r}"
        for source, text in catalog.items()
        if _placeholders(source) != _placeholders(text) or not text.strip()
    ]
    assert problems == []


def test_core_catalogs_cover_the_same_messages() -> None:
    assert set(core_catalog("uk")) == set(core_catalog("ru"))


_ERRORS = {
    name
    for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, Exception)
}


def core_messages() -> list[tuple[str, int, ast.AST]]:
    """Messages the core shows a user: error templates, ``translate(...)``, and the CLI's
    ``say(...)``/``text(...)``; returns (module, line, the message argument)."""
    found = []
    for path in sorted((ROOT / "caseapp").rglob("*.py")):
        cli = "cli" in path.parts
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _ERRORS or name == "translate" or (cli and name in ("say", "text")):
                found.append((str(path.relative_to(ROOT)), node.lineno, node.args[0]))
    return found


#: Messages built with an f-string cannot be looked up in a catalog. These predate the
#: completeness test; each is English-only until rewritten as a template with ``{name}``
#: fields. The count may only go down.
F_STRING_MESSAGES_LEFT = 22


def test_core_messages_are_translated() -> None:
    missing, f_strings = [], []
    for module, line, argument in core_messages():
        if isinstance(argument, ast.JoinedStr):
            f_strings.append(f"{module}:{line}")
        elif isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            # A field-error code (``InvalidValue("not_a_date")``) stands for its English text.
            message = FIELD_MESSAGES.get(argument.value, argument.value)
            for lang in LANGS:
                if message not in core_catalog(lang):
                    missing.append(f"{module}:{line} [{lang}] {message!r}")
    assert missing == []
    assert len(f_strings) <= F_STRING_MESSAGES_LEFT, f_strings


def test_every_field_error_message_is_translated() -> None:
    """Screens and the CLI translate field errors by code, through these texts."""
    for lang in LANGS:
        catalog = core_catalog(lang)
        assert [m for m in FIELD_MESSAGES.values() if m not in catalog] == [], lang
