"""Print the recovery key on paper through the system's print dialog (no file is written)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def recovery_sheet_html(key: str, vault_name: str) -> str:
    """The printed sheet: what the key is, the key itself large, and where to keep it."""
    translate = QCoreApplication.translate
    title = translate("RecoverySheet", "CaseApp recovery key")
    vault = translate("RecoverySheet", "Vault file: %1").replace("%1", vault_name)
    what = translate(
        "RecoverySheet", "This key opens the vault when every passphrase is forgotten."
    )
    keep = translate(
        "RecoverySheet",
        "Keep this sheet locked away, apart from the laptop. Anyone who holds it and a copy "
        "of the vault can read every record.",
    )
    date = QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
    e = html.escape
    groups = key.split("-")  # two lines of groups: never wrapped inside a group, easy to read out
    half = (len(groups) + 1) // 2
    lines = e("-".join(groups[:half])) + "-<br>" + e("-".join(groups[half:]))
    return (
        f"<h1>{e(title)}</h1><p>{e(vault)}<br>{e(date)}</p>"
        f"<p style='font-family: monospace; font-size: 18pt; white-space: pre'><b>{lines}</b></p>"
        f"<p>{e(what)}</p><p>{e(keep)}</p>"
    )


def print_recovery_key(parent: QWidget | None, key: str, vault_name: str) -> bool:
    """Ask for a printer and print; False if the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoverySheet", "Print the recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_recovery_sheet(printer, key, vault_name)
    return True


def render_recovery_sheet(printer: QPrinter, key: str, vault_name: str) -> None:
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(key, vault_name))
    document.print_(printer)
