"""Help → User guide: a few HTML pages per language, shipped in resources/guide, read offline.

One window for the whole app (opening it again raises it), following the interface language
at the time it is opened; links between pages stay inside the browser. It is a top-level window
of its own (it outlives the screen that opened it, e.g. across a lock) that never keeps the app
running once the main window is closed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from caseapp.resources import resource_path

#: Pages of the guide, by file name, in reading order (the contents page links them all).
PAGES = ("index.html", "first-steps.html", "requests.html", "matching.html", "safety.html")

_window: GuideWindow | None = None


def guide_language() -> str:
    """The guide's language: the interface's, where a guide in it exists, else English."""
    code = QLocale().name().split("_")[0]
    return code if resource_path("guide", code, "index.html").exists() else "en"


class GuideWindow(QDialog):
    def __init__(self, page: str = "index.html") -> None:
        super().__init__(None)
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(self.tr("CaseApp user guide"))
        self.language = guide_language()
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the app
        self.browser.setSearchPaths([str(resource_path("guide", self.language))])
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(
            self.tr("Back"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.contents_button = buttons.addButton(
            self.tr("Contents"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.contents_button.clicked.connect(lambda: self.show_page("index.html"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.show_page(page)

    def show_page(self, page: str) -> None:
        self.browser.setSource(QUrl(page if page in PAGES else "index.html"))


def open_guide(page: str = "index.html") -> GuideWindow:
    """Show the guide at ``page`` (one window; re-created when the language has changed)."""
    global _window
    if _window is None or _window.language != guide_language():
        if _window is not None:
            _window.deleteLater()
        _window = GuideWindow(page)
    else:
        _window.show_page(page)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window
