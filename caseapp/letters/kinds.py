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
    #: The case states (``domain.case_state.CASE_STATES``) in which a family may receive it:
    #: the kind x state table of docs/letters.md, applied by ``letters.rules`` everywhere.
    states: tuple[str, ...] = ()


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("acknowledgement", "Acknowledgement of a tracing request", states=("searching",)),
        Kind(
            "more_information",
            "Request for more information",
            fields=("details",),
            states=("searching", "held", "withheld", "deceased", "remains_returned"),
        ),
        Kind(
            "confirmation_held",
            "Confirmation that the person is held",
            about_person=True,
            statuses=("held",),
            states=("held",),
        ),
        Kind(
            "exchange_inclusion",
            "Inclusion in an exchange round",
            about_person=True,
            statuses=("held",),
            fields=("round_name",),
            states=("held",),
        ),
        Kind(
            "return_release",
            "Return or release",
            about_person=True,
            statuses=("released", "repatriated"),
            fields=("release_date",),
            states=("released",),
        ),
        Kind("no_news", 'Periodic "no news yet"', states=("searching",)),
        Kind(
            "death_notification",
            "News of death",
            about_person=True,
            statuses=("deceased", "remains_returned"),
            needs_approval=True,
            fields=("death_date",),
            states=("deceased", "remains_returned"),
        ),
        Kind(
            "exchange_not_included",
            "Not released in an exchange / exchange postponed",
            about_person=True,
            statuses=("held",),
            fields=("round_name",),
            states=("held",),
        ),
        Kind(
            "remains_identified",
            "Remains identified or returned",
            about_person=True,
            statuses=("deceased", "remains_returned"),
            states=("deceased", "remains_returned"),
        ),
        Kind("case_closed", "The case is closed", states=("closed",)),
        Kind(
            "cannot_share",
            "We cannot share information at this time",
            states=("withheld",),
        ),
    )
}

assert tuple(KINDS) == LETTER_KINDS, "letters.kinds and domain.models.LETTER_KINDS disagree"

#: Fields every template may use; the values always exist (the write path guarantees them).
COMMON_FIELDS = (
    "enquirer_name",
    "salutation",
    "person",
    "person_name",
    "request_ref",
    "org_name",
    "relative",
    "relative_noun",
    "relative_gen",
    "relative_acc",
    "relative_dat",
    "relative_ins",
    "own_relative_acc",
    "own_relative_gen",
    "own_relative_ins",
)
#: Facts every template may use where known (empty otherwise: use them on ``? `` lines).
OPTIONAL_FIELDS = (
    "source",
    "held_as",
    "detaining_power",
    "registered_name",
    "since",
    "death_place",
    "remains_date",
    "release_clause",
    "closed_reason",
    "round_date",
    "next_letter",
)


def get_kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise BadInput(
            f"Unknown letter kind '{name}'. Known kinds: {', '.join(LETTER_KINDS)}."
        ) from None
