"""Safety gates: whether a letter may be made at all, checked in the core for every caller.

- A letter about the person (held, exchange, release, death) needs a **confirmed** link between
  the tracing request and the prisoner record, and a prisoner status that fits the letter.
- "Do not disclose" on the request blocks every letter; on the prisoner record, every letter
  about the person (GC IV art. 137: information may be withheld to protect the person or family).
- Missing data (no postal address for a letter by post, no date of death, no organisation name)
  is listed in full, so the user can fix everything in one go.
- News of death also needs a second person's approval: see ``register.approve_letter``.

Every reason is collected, not just the first. Messages say what is wrong and name no person.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.models import (
    LANGUAGES,
    ExchangeRound,
    Link,
    PrisonerRecord,
    RoundEntry,
    RoundList,
    TimelineEvent,
    TracingRequest,
)
from caseapp.errors import BadInput
from caseapp.i18n import translate
from caseapp.letters.compose import (
    LetterPlan,
    LetterSpec,
    describe_person,
    format_date,
    one_line,
    recipient_lines,
)
from caseapp.letters.kinds import get_kind
from caseapp.letters.profile import OrgProfile
from caseapp.letters.templates import load_common, load_template
from caseapp.records import list_entities, load_entity
from caseapp.vault.connection import Connection

#: What each missing item is called in the refusal (English; translated through core catalogs).
MISSING_LABELS = {
    "enquirer_address": "the enquirer's postal address (the letter goes by post)",
    "enquirer_email": "the enquirer's e-mail address (the letter goes by e-mail)",
    "details": "the information the family is asked for",
    "round_name": "the exchange round",
    "release_date": "the date of release (status date or release event on the prisoner record)",
    "death_date": "the date of death (status date or death event on the prisoner record)",
    "org_name": "the organisation's name (organisation profile)",
    "org_signature": "the signature block (organisation profile)",
}

MESSAGES = {
    "request_do_not_disclose": (
        'The tracing request is marked "do not disclose": no letter may be sent for it.'
    ),
    "prisoner_do_not_disclose": (
        'The prisoner record is marked "do not disclose": no letter may say anything about '
        "this person."
    ),
    "no_confirmed_link": (
        "There is no confirmed link between this request and a prisoner record: "
        "confirm the match first."
    ),
    "link_not_confirmed": (
        "The chosen prisoner record is not confirmed as the person sought in this request."
    ),
    "several_links": (
        "This request has more than one confirmed link: choose the prisoner record the letter "
        "is about."
    ),
    "status_mismatch": (
        "The prisoner record's status does not fit this letter (it needs: {needed})."
    ),
    "not_on_round": "The person is not on any list of the chosen exchange round.",
    "several_rounds": ("The person is on the lists of several exchange rounds: choose the round."),
    "missing": "Missing: {items}.",
}
_HEAD = "This letter cannot be made."


def _needed(statuses: tuple[str, ...]) -> str:
    """The statuses a kind needs, as words ("released or repatriated"); also catalog keys."""
    return " or ".join(s.replace("_", " ") for s in statuses)


@dataclass(frozen=True)
class Refusal:
    code: str
    message: str
    #: Keys of MISSING_LABELS for code "missing"; status names for "status_mismatch".
    items: tuple[str, ...] = ()

    def message_in(self, lang: str) -> str:
        if self.code == "missing":
            items = "; ".join(translate(MISSING_LABELS[i], lang) for i in self.items)
            return translate(MESSAGES["missing"], lang, items=items)
        if self.code == "status_mismatch":
            needed = translate(_needed(self.items), lang)
            return translate(MESSAGES[self.code], lang, needed=needed)
        return translate(MESSAGES[self.code], lang)


def _refusal(code: str, items: tuple[str, ...] = ()) -> Refusal:
    if code == "missing":
        message = MESSAGES["missing"].format(items="; ".join(MISSING_LABELS[i] for i in items))
    elif code == "status_mismatch":
        message = MESSAGES[code].format(needed=_needed(items))
    else:
        message = MESSAGES[code]
    return Refusal(code, message, items)


class LetterBlocked(BadInput):
    """A gate refused the letter; ``refusals`` says every reason (no PDF, nothing recorded)."""

    def __init__(self, refusals: list[Refusal]) -> None:
        self.refusals = refusals
        super().__init__(" ".join([_HEAD, *(r.message for r in refusals)]))

    @property
    def reasons(self) -> list[str]:
        return [r.message for r in self.refusals]

    @property
    def codes(self) -> list[str]:
        return [r.code for r in self.refusals]

    def message_in(self, lang: str) -> str:
        """The whole message in the user's interface language (the GUI shows this)."""
        return " ".join([translate(_HEAD, lang), *(r.message_in(lang) for r in self.refusals)])

    def localized(self, lang: str) -> str:
        return self.message_in(lang)


def check_letter(
    conn: Connection,
    spec: LetterSpec,
    profile: OrgProfile,
    *,
    template_folder: Path | None = None,
) -> LetterPlan:
    """The plan for this letter, or ``LetterBlocked`` listing every reason it may not be made."""
    kind = get_kind(spec.kind)
    request = load_entity(conn, TracingRequest, spec.request_id)
    if request is None:
        raise BadInput("This tracing request no longer exists.")
    language = spec.language or request.enquirer_language or "uk"
    if language not in LANGUAGES:
        raise BadInput(f"Unknown letter language '{language}': use one of {', '.join(LANGUAGES)}.")
    channel = spec.channel or request.delivery_channel or "post"
    if channel not in ("post", "in_person", "email"):
        raise BadInput(f"Unknown delivery channel '{channel}': use post, in_person or email.")
    template = load_template(kind.name, language, template_folder)
    common = load_common(language, template_folder)

    refusals: list[Refusal] = []
    missing: list[str] = []
    if request.do_not_disclose:
        refusals.append(_refusal("request_do_not_disclose"))

    prisoner: PrisonerRecord | None = None
    exchange: ExchangeRound | None = None
    if kind.about_person:
        prisoner, link_refusal = _linked_prisoner(conn, request.id, spec.prisoner_id)
        if link_refusal:
            refusals.append(link_refusal)
        if prisoner is not None:
            if prisoner.do_not_disclose:
                refusals.append(_refusal("prisoner_do_not_disclose"))
            if prisoner.status not in kind.statuses:
                refusals.append(_refusal("status_mismatch", kind.statuses))
            if "round_name" in kind.fields:
                exchange, round_refusal = _round_for(conn, prisoner.id, spec.round_id)
                if round_refusal:
                    refusals.append(round_refusal)

    values = {
        "enquirer_name": one_line(request.enquirer_name),
        "person": describe_person(request, common, language),
        "request_ref": request.ref or "",
        "org_name": profile.text("name", language),
        "details": (spec.details or "").strip(),
        "round_name": one_line(exchange.name) if exchange else "",
    }
    if "release_date" in template.fields:
        values["release_date"] = _event_date(conn, prisoner, ("release", "repatriation"), language)
    if "death_date" in template.fields:
        values["death_date"] = _event_date(conn, prisoner, ("death",), language)
    # Data that comes from the person is not "missing" when the person itself is in question:
    # the link or round refusal already says what to do.
    person_unknown = kind.about_person and prisoner is None
    round_unknown = any(r.code in ("several_rounds", "not_on_round") for r in refusals)
    if channel == "post" and not (request.enquirer_address or "").strip():
        missing.append("enquirer_address")
    if channel == "email" and not (request.enquirer_email or "").strip():
        missing.append("enquirer_email")
    for name in ("details", "round_name", "release_date", "death_date"):
        if name not in template.fields or values.get(name):
            continue
        if (person_unknown and name != "details") or (round_unknown and name == "round_name"):
            continue
        missing.append(name)
    if not values["org_name"]:
        missing.append("org_name")
    if not profile.text("signature", language):
        missing.append("org_signature")
    if missing:
        refusals.append(_refusal("missing", tuple(missing)))
    if refusals:
        raise LetterBlocked(refusals)

    return LetterPlan(
        spec=spec,
        kind=kind,
        language=language,
        channel=channel,
        request=request,
        prisoner=prisoner,
        round=exchange,
        template=template,
        common=common,
        profile=profile,
        values={k: v for k, v in values.items() if k in template.fields},
        recipient=recipient_lines(request, channel),
    )


def _linked_prisoner(
    conn: Connection, request_id: str, prisoner_id: str | None
) -> tuple[PrisonerRecord | None, Refusal | None]:
    links = list_entities(conn, Link, "request_id = ? AND status = 'confirmed'", (request_id,))
    prisoners = [
        p
        for p in (load_entity(conn, PrisonerRecord, link.prisoner_id or "") for link in links)
        if p
    ]
    if prisoner_id is not None:
        chosen = [p for p in prisoners if p.id == prisoner_id]
        return (chosen[0], None) if chosen else (None, _refusal("link_not_confirmed"))
    if not prisoners:
        return None, _refusal("no_confirmed_link")
    unique = {p.id: p for p in prisoners}
    if len(unique) > 1:
        return None, _refusal("several_links")
    return prisoners[0], None


def _round_for(
    conn: Connection, prisoner_id: str, round_id: str | None
) -> tuple[ExchangeRound | None, Refusal | None]:
    """The round whose lists name this person (not a rejected match, not a cancelled round)."""
    entries = list_entities(
        conn,
        RoundEntry,
        "prisoner_id = ? AND (match_status IS NULL OR match_status != 'rejected')",
        (prisoner_id,),
    )
    round_ids: set[str] = set()
    for entry in entries:
        round_list = load_entity(conn, RoundList, entry.list_id or "")
        if round_list and round_list.round_id:
            round_ids.add(round_list.round_id)
    rounds = [r for r in (load_entity(conn, ExchangeRound, i) for i in sorted(round_ids)) if r]
    if round_id is not None:
        chosen = [r for r in rounds if r.id == round_id]
        return (chosen[0], None) if chosen else (None, _refusal("not_on_round"))
    live = [r for r in rounds if r.status != "cancelled"]
    if len(live) > 1:
        return None, _refusal("several_rounds")
    return (live[0] if live else None), None


def _event_date(
    conn: Connection, prisoner: PrisonerRecord | None, kinds: tuple[str, ...], lang: str
) -> str:
    """The latest dated event of these kinds, else the record's status date; "" if neither."""
    if prisoner is None:
        return ""
    marks = ", ".join("?" for _ in kinds)
    events = list_entities(
        conn,
        TimelineEvent,
        f"prisoner_id = ? AND kind IN ({marks}) AND event_date IS NOT NULL",
        (prisoner.id, *kinds),
        order_by="event_date DESC",
        limit=1,
    )
    if events:
        return format_date(events[0].event_date, lang)
    return format_date(prisoner.status_date, lang)
