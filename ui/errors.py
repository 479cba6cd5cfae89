"""The one place where an exception becomes something a user reads.

Core errors (``CaseAppError``) carry a message written for users. Anything else is a defect: the
user gets a generic message, and the log gets the exception type only (no personal data).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.errors import CaseAppError

log = logging.getLogger(__name__)


def message_for(error: BaseException) -> str:
    if isinstance(error, CaseAppError):
        return error.localized(QLocale().name()[:2])
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate(
        "errors",
        "Something went wrong and the action was not completed. Nothing was changed. "
        "If it happens again, tell your coordinator what you were doing.",
    )


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "CaseApp"), message_for(error))
