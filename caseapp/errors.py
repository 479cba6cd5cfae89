"""Typed errors that carry a message a user can act on.

The CLI prints ``str(error)`` on one line and exits with ``exit_code``; the GUI shows the same text
in a dialog (``ui/errors.py``). Messages never contain personal data from records.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field


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


#: The English text of each field-error code; ``{name}`` fields come from the error's
#: ``params``. A message never quotes the value itself: it may reach the CLI's stderr, an import
#: report or a log, and the value may be a person's name or birth date.
FIELD_MESSAGES: dict[str, str] = {
    "required": "is required",
    "name_required": "a family name or a given name is required",
    "closed_needs_reason": "a closed request needs a reason",
    "rejection_needs_reason": "a rejection needs a reason",
    "not_a_number": "must be a number",
    "not_yes_no": "must be yes or no",
    "not_a_date": "is not a date: use YYYY, YYYY-MM or YYYY-MM-DD",
    "not_a_choice": "is not one of: {allowed}",
    "year_out_of_range": "year {year} is outside {low}–{high}",
    "month_missing": "month {month} does not exist",
    "day_missing": "day {day} does not exist in that month",
    "in_future": "is in the future",
    "ends_before_start": "ends before it starts",
    "span_needs_start": "a span that ends needs its start date too",
    "invalid_value": "is not a valid value",
    "too_long": "is longer than {max} characters",
    "nul_character": "contains a NUL character",
    "ref_twice_in_file": "appears twice in this file",
    "ref_unknown": "no record with this reference number in the vault (leave the column empty "
    "to create new records)",
}


@dataclass(frozen=True)
class FieldError:
    """One invalid field: a ``code`` (key of ``FIELD_MESSAGES``) and its parameters.

    Screens translate by code, never by matching English text. A code that is not in the table
    is shown as it is (free text from a caller that has no code yet).
    """

    field: str
    code: str
    params: Mapping[str, object] = dataclass_field(default_factory=dict, hash=False)

    @property
    def template(self) -> str:
        return FIELD_MESSAGES.get(self.code, self.code)

    @property
    def message(self) -> str:
        """The English message."""
        return self.template.format(**self.params) if self.params else self.template

    def localized(self, lang: str) -> str:
        from caseapp.i18n import translate

        return translate(self.template, lang, **self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class InvalidValue(ValueError):
    """A value that cannot be used, as a field-error code (the value is never quoted)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(FieldError("", code, params).message)

    def field_error(self, name: str) -> FieldError:
        return FieldError(name, self.code, self.params)


class ValidationError(BadInput):
    """One or more fields are invalid; ``errors`` lists each for inline display."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def localized(self, lang: str) -> str:
        return "; ".join(f"{e.field}: {e.localized(lang)}" for e in self.errors)
