"""The letter kinds and the rules each one carries (person link, prisoner status, approval)."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.domain.models import LETTER_KINDS
from caseapp.errors import BadInput


@dataclass(frozen=True)
class Kind:
    name: str
    #: English description, for ``caseapp letter kinds`` and as a GUI fallback.
    label: str
    #: The letter says something about the sought person: needs a confirmed link, and neither
    #: the request nor the prisoner record may be marked "do not disclose".
    about_person: bool = False
    #: The prisoner record must have one of these statuses (the letter must not contradict it).
    statuses: tuple[str, ...] = ()
    #: Needs a second account's approval before it may be printed, saved or handed over.
    needs_approval: bool = False
    #: Kind-specific template fields (beyond the common ones).
    fields: tuple[str, ...] = ()


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("acknowledgement", "Acknowledgement of a tracing request"),
        Kind("more_information", "Request for more information", fields=("details",)),
        Kind(
            "confirmation_held",
            "Confirmation that the person is held",
            about_person=True,
            statuses=("held",),
        ),
        Kind(
            "exchange_inclusion",
            "Inclusion in an exchange round",
            about_person=True,
            statuses=("held",),
            fields=("round_name",),
        ),
        Kind(
            "return_release",
            "Return or release",
            about_person=True,
            statuses=("released", "repatriated"),
            fields=("release_date",),
        ),
        Kind("no_news", 'Periodic "no news yet"'),
        Kind(
            "death_notification",
            "News of death",
            about_person=True,
            statuses=("deceased", "remains_returned"),
            needs_approval=True,
            fields=("death_date",),
        ),
    )
}

assert tuple(KINDS) == LETTER_KINDS, "letters.kinds and domain.models.LETTER_KINDS disagree"

#: Fields every template may use; the values always exist (the write path guarantees them).
COMMON_FIELDS = ("enquirer_name", "person", "request_ref", "org_name")


def get_kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise BadInput(
            f"Unknown letter kind '{name}'. Known kinds: {', '.join(LETTER_KINDS)}."
        ) from None
