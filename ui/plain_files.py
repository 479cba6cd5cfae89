"""Files the app writes unencrypted (exports, saved letter PDFs, copies of attachments).

They default to the user's Documents folder, never the working directory (which may be the
program's folder or a USB stick), and the first such save of a session says plainly that the
file is not encrypted. Where the user finally saves stays their choice.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_warned = False
#: The warning shown last (non-modal; tests read it).
last_warning: QMessageBox | None = None


def documents_dir() -> Path:
    """The user's Documents folder (their home folder if the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def warn_plaintext_once(parent: QWidget | None) -> None:
    """Say once per session that a saved file is not encrypted (non-modal: never blocks)."""
    global _warned, last_warning
    if _warned:
        return
    _warned = True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("plain_files", "This file is not encrypted"))
    box.setText(QCoreApplication.translate("plain_files", "This file is not encrypted"))
    box.setInformativeText(
        QCoreApplication.translate(
            "plain_files",
            "Unlike the vault, a saved file can be read by anyone who gets it or this "
            "computer. Keep it only as long as it is needed, and delete it afterwards.",
        )
    )
    last_warning = box
    box.open()


def save_path(parent: QWidget | None, title: str, file_name: str, filters: str) -> Path | None:
    """Ask where to save an unencrypted file, starting in Documents; warns once."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(documents_dir() / file_name), filters)
    if not path:
        return None
    warn_plaintext_once(parent)
    return Path(path)


def folder_path(parent: QWidget | None, title: str) -> Path | None:
    """Ask for a folder for unencrypted files, starting in Documents; warns once."""
    folder = QFileDialog.getExistingDirectory(parent, title, str(documents_dir()))
    if not folder:
        return None
    warn_plaintext_once(parent)
    return Path(folder)
