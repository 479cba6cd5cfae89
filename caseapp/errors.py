"""Typed errors that carry a message a user can act on.

The CLI prints ``str(error)`` on one line and exits with ``exit_code``; the GUI shows the same text
in a dialog (``ui/errors.py``). Messages never contain personal data from records.
"""

from __future__ import annotations

from dataclasses import dataclass


class CaseAppError(Exception):
    """Base for every error a user may see. ``exit_code`` 2 = the user's input, 1 = anything else.

    The message is an English template with ``{name}`` fields; ``localized(lang)`` translates
    it through the core catalogs, so the GUI and CLI show it in the user's language.
    """

    exit_code = 1

    def __init__(self, message: str = "", **values: object) -> None:
        self.template = message
        self.values = values
        super().__init__(message.format(**values) if values else message)

    def localized(self, lang: str) -> str:
        from caseapp.i18n import translate

        return translate(self.template, lang, **self.values)


class BadInput(CaseAppError):
    """Something the user gave us (a file, a value, an option) cannot be used."""

    exit_code = 2


class WrongPassphrase(BadInput):
    def __init__(self) -> None:
        super().__init__("Wrong user name or passphrase. Nothing was changed.")


class NotAVault(BadInput):
    """The path is not a CaseApp vault (or its key file is missing)."""


class VaultCorrupt(CaseAppError):
    """The vault could be unlocked but its data cannot be read: damaged or truncated file."""


class VaultExists(BadInput):
    pass


class PermissionDenied(CaseAppError):
    exit_code = 2


class Cancelled(CaseAppError):
    """The user pressed Cancel; whatever was under way has been rolled back."""

    def __init__(self) -> None:
        super().__init__("Cancelled. Nothing was changed.")


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(BadInput):
    """One or more fields are invalid; ``errors`` lists each for inline display."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def localized(self, lang: str) -> str:
        return "; ".join(str(e) for e in self.errors)
