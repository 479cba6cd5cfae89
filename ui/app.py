"""Start the desktop app: language, window, and the vault to open."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from caseapp.paths import default_vault_path
from caseapp.settings import MachineSettings
from ui.i18n import install_language
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def create_window(
    vault: Path | None = None, language: str | None = None
) -> tuple[QApplication, MainWindow]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CaseApp")
    app.setOrganizationName("CaseApp")
    settings = MachineSettings.load()
    if language:
        settings.language = language
    install_language(app, settings.language)
    vault_path = (
        Path(vault)
        if vault
        else (Path(settings.last_vault) if settings.last_vault else default_vault_path())
    )
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    window = MainWindow(vault_path, settings)
    return app, window


def run(vault: Path | None = None, language: str | None = None) -> int:
    app, window = create_window(vault, language)
    window.resize(1280, 720)
    window.show()
    return app.exec()
