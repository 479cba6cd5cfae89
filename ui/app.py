"""Start the desktop app: language, window, and the vault to open."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from caseapp import __version__
from caseapp.paths import default_vault_path
from caseapp.resources import resource_path
from caseapp.settings import MachineSettings
from ui.i18n import install_language, installed_translations
from ui.main_window import MainWindow
from ui.wheel_guard import install_wheel_guard

log = logging.getLogger(__name__)

#: Set (to anything) to start, report once the unlock screen is shown, and quit: the packaged
#: app's check and the start-up benchmark use it. It prints one JSON line on stdout.
SELF_CHECK_ENV = "CASEAPP_SELF_CHECK"


def app_icon() -> QIcon:
    """The app's icon in every size drawn (resources/icons, rendered from caseapp.svg)."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("caseapp-*.png")):
        icon.addFile(str(path))
    return icon


def create_window(
    vault: Path | None = None, language: str | None = None
) -> tuple[QApplication, MainWindow]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CaseApp")
    install_wheel_guard()
    app.setOrganizationName("CaseApp")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    first_run = not MachineSettings.path().exists()
    settings = MachineSettings.load()
    if language:
        settings.language = language
    elif first_run and not os.environ.get(SELF_CHECK_ENV):
        settings.language = choose_language()
        settings.save()
    install_language(app, settings.language)
    vault_path = (
        Path(vault)
        if vault
        else (Path(settings.last_vault) if settings.last_vault else default_vault_path())
    )
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    window = MainWindow(vault_path, settings)
    return app, window


def choose_language() -> str:
    from ui.first_run import LanguageDialog

    dialog = LanguageDialog()
    dialog.exec()
    return dialog.language


def run(vault: Path | None = None, language: str | None = None) -> int:
    started = time.perf_counter()
    app, window = create_window(vault, language)
    if QSettings("CaseApp", "CaseApp").value("main/geometry") is None:  # else as the user left it
        screen = app.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        # 1280×720 where it fits; on a 1366×768 laptop, the room left by the taskbar.
        width = min(1280, room.width()) if room else 1280
        height = min(720, room.height() - 40) if room else 720
        window.resize(width, height)
    window.show()
    if os.environ.get(SELF_CHECK_ENV):
        _self_check(app, window, started)
    return app.exec()


def _self_check(app: QApplication, window: MainWindow, started: float) -> None:
    """Poll until the unlock screen is on screen, print what was loaded, and quit."""
    deadline = started + 30

    def poll() -> None:
        page = getattr(window, "unlock_page", None)
        shown = page is not None and page.isVisible() and window.isVisible()
        if not shown and time.perf_counter() < deadline:
            QTimer.singleShot(5, poll)
            return
        report = {
            "unlock_shown": shown,
            "seconds": round(time.perf_counter() - started, 3),
            "frozen": bool(getattr(sys, "frozen", False)),
            "title": page.unlock_button.text() if page is not None else "",
            "translations": installed_translations(),
        }
        print(json.dumps(report, ensure_ascii=False), flush=True)
        app.exit(0 if shown else 1)

    QTimer.singleShot(0, poll)
