"""Where a case stands, from the request and the prisoner record(s) it is confirmed to match.

One place decides it, so that confirming a link (matching), executing a round (rounds) and the
letters a family may receive (``caseapp.letters.rules``) never disagree: a request whose person
was released is "returned", and a family whose son is recorded dead is never told "no news".
"""

from __future__ import annotations

from collections.abc import Iterable

#: The case states letters are decided on (the columns of the table in docs/letters.md).
CASE_STATES = (
    "searching",  # no confirmed link: the search goes on
    "held",  # confirmed link, the person is held (or the status is not known yet)
    "released",  # released or repatriated
    "deceased",  # recorded dead
    "remains_returned",  # remains identified and returned
    "withheld",  # the prisoner record is "do not disclose": nothing may be said about the person
    "closed",  # the request is closed
)

#: Request status that follows from a confirmed prisoner's status (None: leave it as it is).
_REQUEST_STATUS_FOR_PRISONER = {
    "held": "confirmed_held",
    "unknown": "confirmed_held",
    "released": "returned",
    "repatriated": "returned",
    "deceased": "confirmed_deceased",
    "remains_returned": "confirmed_deceased",
    "escaped": None,
}

_STATE_FOR_PRISONER = {
    "held": "held",
    "unknown": "held",
    "escaped": "held",
    "released": "released",
    "repatriated": "released",
    "deceased": "deceased",
    "remains_returned": "remains_returned",
}
_STATE_FOR_REQUEST = {
    "confirmed_held": "held",
    "confirmed_deceased": "deceased",
    "returned": "released",
    "closed": "closed",
}
#: With several confirmed records, the gravest news decides (a death is never hidden behind
#: "held").
_PRECEDENCE = ("deceased", "remains_returned", "released", "withheld", "held")


def request_status_for(current: str | None, prisoner_status: str | None) -> str | None:
    """The request status once a link to a prisoner with ``prisoner_status`` is confirmed, or
    None to leave it unchanged. A closed request stays closed; otherwise the request follows the
    person: held → "confirmed held", released/repatriated → "returned", dead → "confirmed
    deceased". A recorded death is not undone by confirming another record. Used by
    ``matching.service.confirm_link`` and by round execution alike (a person released in a
    round: ``request_status_for(request.status, "released")``)."""
    if current in ("closed", "confirmed_deceased"):
        return None
    new = _REQUEST_STATUS_FOR_PRISONER.get(prisoner_status or "unknown")
    return new if new != current else None


def case_state(
    request_status: str | None, prisoners: Iterable[tuple[str | None, bool]] = ()
) -> str:
    """The case state for letters. ``prisoners``: (status, do_not_disclose) of each prisoner
    record confirmed as the sought person (the one a letter is about, when it names one)."""
    if request_status == "closed":
        return "closed"
    states = {
        "withheld" if hidden else _STATE_FOR_PRISONER.get(status or "unknown", "held")
        for status, hidden in prisoners
    }
    for state in _PRECEDENCE:
        if state in states:
            return state
    return _STATE_FOR_REQUEST.get(request_status or "open", "searching")


#: The name ``matching.service.confirm_link`` calls it by.
request_status_after_confirm = request_status_for
