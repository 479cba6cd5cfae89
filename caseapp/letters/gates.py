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

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from caseapp.domain.models import (
    LANGUAGES,
    Account,
    ExchangeRound,
    FactSource,
    LetterRecord,
    Link,
    PrisonerRecord,
    RoundEntry,
    RoundList,
    TimelineEvent,
    TracingRequest,
)
from caseapp.errors import BadInput
from caseapp.i18n import translate
from caseapp.letters import grammar, phrases, rules
from caseapp.letters.compose import (
    LetterPlan,
    LetterSpec,
    describe_person,
    one_line,
    person_name,
    recipient_lines,
)
from caseapp.letters.dates import date_phrase, long_date
from caseapp.letters.kinds import OPTIONAL_FIELDS, get_kind
from caseapp.letters.profile import OrgProfile
from caseapp.letters.render import ADDRESS_MAX_LINES, address_lines, undrawable
from caseapp.letters.rules import state_message
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
    "org_name": "the organisation's name in the letter's language (organisation profile)",
    "org_signature": "the signature block in the letter's language (organisation profile)",
    "contact": (
        "a named contact person with a phone number (the caseworker assigned to the request, "
        "or the contact in the organisation profile)"
    ),
    "closed_reason": "the reason the request was closed",
}
#: What each field a letter prints is called when it holds characters no font can draw.
FIELD_LABELS = {
    "enquirer_name": "the enquirer's name",
    "enquirer_address": "the enquirer's postal address",
    "enquirer_email": "the enquirer's e-mail address",
    "enquirer_salutation": "the form of address",
    "person": "the sought person's name",
    "registered_name": "the name on the prisoner record",
    "detaining_power": "the detaining power on the prisoner record",
    "death_place": "the place of death",
    "details": "the information the family is asked for",
    "round_name": "the exchange round's name",
    "org_name": "the organisation profile",
    "contact": "the contact person",
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
    "round_cancelled": (
        "The exchange round was cancelled: send the letter that the exchange is postponed."
    ),
    "round_executed": (
        "The exchange round has already taken place: send the release letter, or the letter "
        "that the person was not released in this exchange."
    ),
    "round_not_over": (
        "The exchange round has not taken place yet: the person may still be released in it."
    ),
    "released_in_round": "The person was released in this exchange round.",
    "death_notice_first": (
        "The family must first receive the news of death (approved and not cancelled)."
    ),
    "post_reason": (
        "News of death is delivered in person: to send it by post or e-mail, record the reason."
    ),
    "address_too_long": (
        "The address takes more than {limit} lines and would not fit the envelope window: "
        "shorten it."
    ),
    "unprintable": (
        "These fields hold characters the letter's fonts cannot print (such as Chinese "
        "characters or emoji): {items}. Write them in a script the letters print (Latin, "
        "Cyrillic, Georgian, Armenian, Arabic, Hebrew)."
    ),
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
        if self.code == "unprintable":
            items = "; ".join(translate(FIELD_LABELS[i], lang) for i in self.items)
            return translate(MESSAGES[self.code], lang, items=items)
        if self.code == "status_mismatch":
            needed = translate(_needed(self.items), lang)
            return translate(MESSAGES[self.code], lang, needed=needed)
        if self.code == "state_mismatch":
            return state_message(self.items[0], lang)
        if self.code == "address_too_long":
            return translate(MESSAGES[self.code], lang, limit=ADDRESS_MAX_LINES)
        return translate(MESSAGES[self.code], lang)


def _refusal(code: str, items: tuple[str, ...] = ()) -> Refusal:
    if code == "missing":
        message = MESSAGES["missing"].format(items="; ".join(MISSING_LABELS[i] for i in items))
    elif code == "unprintable":
        message = MESSAGES[code].format(items="; ".join(FIELD_LABELS[i] for i in items))
    elif code == "status_mismatch":
        message = MESSAGES[code].format(needed=_needed(items))
    elif code == "state_mismatch":
        message = state_message(items[0])
    elif code == "address_too_long":
        message = MESSAGES[code].format(limit=ADDRESS_MAX_LINES)
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
    today: dt.date | None = None,
    warn: bool = False,
) -> LetterPlan:
    """The plan for this letter, or ``LetterBlocked`` listing every reason it may not be made.
    ``warn``: also look for what the user should be told first (``LetterPlan.warnings``)."""
    kind = get_kind(spec.kind)
    request = load_entity(conn, TracingRequest, spec.request_id)
    if request is None:
        raise BadInput("This tracing request no longer exists.")
    language = spec.language or request.enquirer_language or "uk"
    if language not in LANGUAGES:
        raise BadInput(f"Unknown letter language '{language}': use one of {', '.join(LANGUAGES)}.")
    default_channel = "in_person" if kind.needs_approval else request.delivery_channel
    channel = spec.channel or default_channel or "post"
    if channel not in ("post", "in_person", "email"):
        raise BadInput(f"Unknown delivery channel '{channel}': use post, in_person or email.")
    template = load_template(kind.name, language, template_folder)
    common = load_common(language, template_folder)
    today = today or dt.date.today()

    refusals: list[Refusal] = []
    missing: list[str] = []
    if request.do_not_disclose:
        refusals.append(_refusal("request_do_not_disclose"))

    prisoner: PrisonerRecord | None = None
    exchange: ExchangeRound | None = None
    person_refused = False
    if kind.about_person:
        prisoner, link_refusal = _linked_prisoner(conn, request.id, spec.prisoner_id)
        if link_refusal:
            refusals.append(link_refusal)
        if prisoner is not None:
            if prisoner.do_not_disclose:
                refusals.append(_refusal("prisoner_do_not_disclose"))
                person_refused = True
            if prisoner.status not in kind.statuses:
                refusals.append(_refusal("status_mismatch", kind.statuses))
                person_refused = True
            if "round_name" in kind.fields:
                exchange, round_refusal = _round_for(conn, prisoner.id, spec.round_id, kind.name)
                if round_refusal:
                    refusals.append(round_refusal)
            if kind.name == "remains_identified" and not rules.death_notice_approved(
                conn, request.id, prisoner.id
            ):
                refusals.append(_refusal("death_notice_first"))
        else:
            person_refused = True
    # The kind x state table (docs/letters.md): one rule for single letters, batches and the
    # letters owed. About-person kinds already said why when the person does not fit.
    state = ""
    if not request.do_not_disclose and not person_refused:
        state = rules.request_state(conn, request, prisoner)
        if not rules.allowed(kind.name, state):
            refusals.append(_refusal("state_mismatch", (state,)))
    if kind.needs_approval and channel != "in_person" and not (spec.delivery_reason or "").strip():
        refusals.append(_refusal("post_reason"))

    sex = request.sex or (prisoner.sex if prisoner else None)
    parsed_sex = (
        request.enquirer_sex
        or grammar.sex_from_name(grammar.parse_name(request.enquirer_name or ""))
        or grammar.relation_of(request.enquirer_relationship)[1]
    )
    values = {
        "enquirer_name": one_line(request.enquirer_name),
        "salutation": grammar.greeting(
            language,
            one_line(request.enquirer_name),
            parsed_sex,
            one_line(request.enquirer_salutation) or None,
        ),
        "person": describe_person(request, common, language),
        "person_name": person_name(request, language),
        "request_ref": request.ref or "",
        "org_name": profile.own_text("name", language),
        "details": (spec.details or "").strip(),
        "round_name": phrases.round_label(language, exchange) if exchange else "",
        "round_date": _round_date(exchange, language),
        "next_letter": phrases.weeks(language, profile.periodic_weeks),
        **grammar.relative_forms(language, request.enquirer_relationship, sex),
        **_facts(conn, request, prisoner, language, sex, template.fields),
    }
    values.update((name, values.get(name, "")) for name in OPTIONAL_FIELDS)
    if template.fields & {"release_date", "release_clause"}:
        values["release_date"] = _event_date(conn, prisoner, ("release", "repatriation"), language)
        if values["release_date"] and prisoner is not None:
            values["release_clause"] = phrases.release_clause(
                language,
                prisoner.status,
                prisoner.category or request.category,
                values["relative"] + " " + values["person_name"],
                values["release_date"],
                sex,
            )
    if "death_date" in template.fields:
        values["death_date"] = _event_date(conn, prisoner, ("death",), language)
    if request.status == "closed" and request.closed_reason:
        values["closed_reason"] = phrases.CLOSED_REASON[language][request.closed_reason]
    contact = _contact(conn, request, profile, language)
    # Data that comes from the person is not "missing" when the person itself is in question:
    # the link or round refusal already says what to do.
    person_unknown = kind.about_person and prisoner is None
    round_unknown = any(r.code in ("several_rounds", "not_on_round") for r in refusals)
    if channel == "post" and not (request.enquirer_address or "").strip():
        missing.append("enquirer_address")
    if channel == "email" and not (request.enquirer_email or "").strip():
        missing.append("enquirer_email")
    used = template.fields | ({"release_date"} if "release_clause" in template.fields else set())
    for name in ("details", "round_name", "release_date", "death_date", "closed_reason"):
        if name not in used or values.get(name):
            continue
        if (person_unknown and name != "details") or (round_unknown and name == "round_name"):
            continue
        if name == "closed_reason" and request.status != "closed":
            continue
        missing.append(name)
    if not values["org_name"]:
        missing.append("org_name")
    if not profile.own_text("signature", language):
        missing.append("org_signature")
    if not contact:
        missing.append("contact")
    if missing:
        refusals.append(_refusal("missing", tuple(missing)))

    recipient = recipient_lines(request, channel)
    unprintable = _unprintable(
        {
            **{k: values.get(k, "") for k in FIELD_LABELS if k in values},
            "enquirer_address": request.enquirer_address or "" if channel == "post" else "",
            "enquirer_email": request.enquirer_email or "" if channel == "email" else "",
            "enquirer_salutation": request.enquirer_salutation or "",
            "contact": contact,
        }
    )
    if unprintable:
        refusals.append(_refusal("unprintable", unprintable))
    elif address_lines(recipient) > ADDRESS_MAX_LINES:
        refusals.append(_refusal("address_too_long"))
    if refusals:
        raise LetterBlocked(refusals)

    # A correction replaces the earlier letter: that it repeats a kind is the point.
    warnings = tuple(
        rules.repeat_warnings(conn, request.id, kind.name, today, profile.periodic_weeks)
        if warn and not spec.corrects_id
        else ()
    )
    replaces = ""
    if spec.corrects_id:
        earlier = load_entity(conn, LetterRecord, spec.corrects_id)
        if earlier is not None and earlier.generated_at:
            replaces = common.get(
                "replaces",
                ref=_printed_ref(profile, earlier.ref or ""),
                date=long_date(earlier.generated_at[:10], language),
            )
    notes = (common.get("contact", contact=contact),)
    # After a death, no word about exchange lists: the "pay nobody" line says it plainly.
    free = "free_after_death" if state in ("deceased", "remains_returned") else "free"
    small_print = (common.get("privacy", **values), common.get(free, **values))
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
        values={k: v for k, v in values.items() if k in template.fields or k in OPTIONAL_FIELDS},
        recipient=recipient,
        sex=sex,
        closing_notes=notes,
        small_print=small_print,
        replaces=replaces,
        warnings=warnings,
    )


def _printed_ref(profile: OrgProfile, ref: str) -> str:
    return f"{profile.reference_prefix}/{ref}" if profile.reference_prefix else ref


def _unprintable(fields: dict[str, str]) -> tuple[str, ...]:
    return tuple(name for name, value in fields.items() if value and undrawable(value))


def _contact(conn: Connection, request: TracingRequest, profile: OrgProfile, lang: str) -> str:
    """The named person the family can call: the assigned caseworker with the direct phone,
    else the organisation profile's contact."""
    if request.assigned_to and profile.contact_phone:
        account = load_entity(conn, Account, request.assigned_to)
        if account is not None and account.display_name:
            return f"{one_line(account.display_name)}, {profile.contact_phone}"
    return one_line(profile.own_text("contact", lang))


def _round_date(exchange: ExchangeRound | None, lang: str) -> str:
    if exchange is None:
        return ""
    when = exchange.executed_date or exchange.agreed_date
    return date_phrase(when, lang) if when else ""


def _facts(
    conn: Connection,
    request: TracingRequest,
    prisoner: PrisonerRecord | None,
    lang: str,
    sex: str | None,
    used: frozenset[str],
) -> dict[str, str]:
    """What is known about the person, for the letters about them (empty when unknown)."""
    if prisoner is None:
        return {}
    sources = list_entities(
        conn,
        FactSource,
        "owner_id = ? AND field_name = 'status'",
        (prisoner.id,),
        order_by="source_date DESC",
        limit=1,
    )
    facts = {
        "source": phrases.source_sentence(lang, sources[0] if sources else None, prisoner),
        "held_as": phrases.held_as(lang, prisoner.category or request.category, sex),
        "detaining_power": one_line(prisoner.power_depends_on),
        "registered_name": phrases.registered_name(prisoner),
        "since": long_date(prisoner.capture_date, lang) if prisoner.capture_date else "",
    }
    deaths = (
        list_entities(
            conn,
            TimelineEvent,
            "prisoner_id = ? AND kind = 'death'",
            (prisoner.id,),
            order_by="event_date DESC",
            limit=1,
        )
        if "death_place" in used
        else []
    )
    if deaths and deaths[0].place:
        facts["death_place"] = one_line(deaths[0].place)
    if prisoner.status == "remains_returned" and prisoner.status_date:
        facts["remains_date"] = date_phrase(prisoner.status_date, lang)
    return facts


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
    conn: Connection, prisoner_id: str, round_id: str | None, kind: str
) -> tuple[ExchangeRound | None, Refusal | None]:
    """The round whose lists name this person (not a rejected match), and whether its state
    fits the letter: "included" before the round, "not included" after it or on cancellation."""
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
    fitting = rules.ROUND_OPEN if kind == "exchange_inclusion" else rules.ROUND_OVER
    if round_id is not None:
        chosen = [r for r in rounds if r.id == round_id]
        if not chosen:
            return None, _refusal("not_on_round")
        exchange = chosen[0]
    else:
        live = [r for r in rounds if (r.status or "proposed") in fitting]
        if len(live) > 1:
            return None, _refusal("several_rounds")
        if not live:
            return (
                (None, None) if not rounds else (rounds[0], _round_state_refusal(rounds[0], kind))
            )
        exchange = live[0]
    refusal = _round_state_refusal(exchange, kind)
    if (
        refusal is None
        and kind == "exchange_not_included"
        and rules.released_in_round(conn, prisoner_id, exchange.id)
    ):
        refusal = _refusal("released_in_round")
    return exchange, refusal


def _round_state_refusal(exchange: ExchangeRound, kind: str) -> Refusal | None:
    status = exchange.status or "proposed"
    if kind == "exchange_inclusion":
        if status == "cancelled":
            return _refusal("round_cancelled")
        if status in rules.ROUND_OVER:
            return _refusal("round_executed")
        return None
    if status not in rules.ROUND_OVER:
        return _refusal("round_not_over")
    return None


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
    if events and events[0].event_date:
        return date_phrase(events[0].event_date, lang)
    return date_phrase(prisoner.status_date, lang) if prisoner.status_date else ""
