"""Interface language: loads our compiled Qt translations and Qt's own (dialog buttons etc.)."""

from __future__ import annotations

import logging

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
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
