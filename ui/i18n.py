"""Interface language: loads our compiled Qt translations and Qt's own (dialog buttons etc.)."""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from caseapp.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "uk": "Українська", "ru": "Русский"}

_installed: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> None:
    """Replace the active translators with those for ``language`` ('en' needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return
    ours = QTranslator(app)
    qm = resource_path("translations", f"caseapp_{language}.qm")
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no compiled translation for %s (run make translations)", language)
    qt_own = QTranslator(app)
    if any(qt_own.load(f"qtbase_{language}", folder) for folder in qt_translation_dirs()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    else:
        log.warning("no Qt translation for %s: Qt's own dialogs stay in English", language)


def qt_translation_dirs() -> list[str]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's configured folder, then the one inside the
    PySide6 package (a frozen app has only the latter, and its Qt may report a build path)."""
    package = Path(PySide6.__file__).resolve().parent
    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(package / "Qt" / "translations"),  # Linux and macOS wheels
        str(package / "translations"),  # Windows wheels
    ]


def installed_translations() -> list[str]:
    """Files of the active translators (the self-check reports them)."""
    return [Path(t.filePath()).name for t in _installed]
