"""From records to words: the template fields of one letter, and the content to draw.

A ``LetterPlan`` is what the gates return once a letter may be made; it holds the records it
was checked against, so rendering uses exactly what was checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from caseapp.domain.models import ExchangeRound, PrisonerRecord, TracingRequest
from caseapp.letters.dates import long_date, numeric_date
from caseapp.letters.grammar import latin
from caseapp.letters.kinds import Kind
from caseapp.letters.profile import OrgProfile
from caseapp.letters.render import LetterContent
from caseapp.letters.templates import SLIP, CommonText, Template
from caseapp.matching.translit import has_cyrillic


@dataclass(frozen=True)
class LetterSpec:
    """What the user asks for. ``None`` means "as recorded on the request" (or "the only one")."""

    kind: str
    request_id: str
    language: str | None = None
    prisoner_id: str | None = None
    round_id: str | None = None
    channel: str | None = None
    #: For "request for more information": what the family is asked for (printed as written).
    details: str | None = None
    #: The earlier letter (id) this one corrects.
    corrects_id: str | None = None
    #: Why news of death goes by post rather than in person (required for that; recorded).
    delivery_reason: str | None = None


@dataclass(frozen=True)
class LetterPlan:
    """A letter that passed the gates: the records, the template, the field values."""

    spec: LetterSpec
    kind: Kind
    language: str
    channel: str
    request: TracingRequest
    prisoner: PrisonerRecord | None
    round: ExchangeRound | None
    template: Template
    common: CommonText
    profile: OrgProfile
    values: dict[str, str]
    recipient: tuple[str, ...]
    #: The sought person's sex, for ``[[m|f]]`` agreement in the template.
    sex: str | None = None
    #: Paragraphs added after the body: contact, privacy notice, "free of charge" line.
    closing_notes: tuple[str, ...] = ()
    #: Printed small after the signature: privacy notice, "free of charge" line.
    small_print: tuple[str, ...] = ()
    #: "This letter replaces our letter No. … of …" (a correction), else "".
    replaces: str = ""
    #: Not refusals (``rules.Warning``): the user is told (a second letter of the kind, say).
    warnings: tuple[Any, ...] = ()

    def reference(self, letter_ref: str) -> str:
        prefix = self.profile.reference_prefix
        return f"{prefix}/{letter_ref}" if prefix else letter_ref

    def content(self, letter_ref: str, today: dt.date) -> LetterContent:
        subject, body = self.template.fill(self.values, self.sex)
        subject = subject[:1].upper() + subject[1:]
        body, _, slip = body.partition(f"\n{SLIP}\n")
        if self.replaces:
            body = f"{self.replaces}\n\n{body}"
        if self.closing_notes:
            body = "\n\n".join((body, *self.closing_notes))
        return build_content(
            self.profile,
            self.common,
            lang=self.language,
            recipient=self.recipient,
            reference=self.reference(letter_ref),
            request_ref=self.request.ref or "",
            today=today,
            subject=subject,
            body=body,
            closing=self.template.closing,
            notes=self.small_print,
            slip=slip,
        )


def build_content(
    profile: OrgProfile,
    common: CommonText,
    *,
    lang: str,
    recipient: tuple[str, ...],
    reference: str,
    request_ref: str,
    today: dt.date,
    subject: str,
    body: str,
    closing: str = "",
    notes: tuple[str, ...] = (),
    slip: str = "",
) -> LetterContent:
    return LetterContent(
        lang=lang,
        org_name=profile.own_text("name", lang),
        org_address=tuple(profile.text("address", lang).split("\n")),
        recipient=recipient,
        reference=reference,
        request_ref=request_ref,
        date=long_date(today, lang),
        subject=subject,
        body=body,
        closing=closing or common.get("closing"),
        signature=tuple(line for line in profile.own_text("signature", lang).split("\n") if line),
        labels={k: common.texts[k] for k in ("our_ref", "your_ref", "date", "page")},
        logo=profile.logo,
        date_iso=today.isoformat(),
        notes=notes,
        slip=slip,
    )


def one_line(value: str | None) -> str:
    """Names and the like on one line, whatever was pasted into the field."""
    return " ".join((value or "").split())


def person_name(request: TracingRequest, lang: str = "uk") -> str:
    """The sought person in the order of a sentence: given name, patronymic, family name
    ("Сергій Юрійович Коломієць"). English: in Latin letters, the family name in capitals as
    on official lists ("Serhii Yuriiovych KOLOMIIETS")."""
    parts = [one_line(p) for p in (request.given_name, request.patronymic) if p and p.strip()]
    family = one_line(request.family_name)
    if lang == "en":
        parts = [latin(p) for p in parts]
        family = latin(family).upper()
    return " ".join([*parts, family] if family else parts)


def family_spelling(request: TracingRequest) -> str:
    """The name exactly as the family wrote it (family name first)."""
    parts = (request.family_name, request.given_name, request.patronymic)
    return " ".join(one_line(p) for p in parts if p and p.strip())


def describe_person(request: TracingRequest, common: CommonText, lang: str) -> str:
    name = person_name(request, lang)
    if lang == "en" and has_cyrillic(family_spelling(request)):
        name = f"{name} / {family_spelling(request)}"  # the family's own spelling too
    if not request.birth_date:
        return name
    return common.get(
        "person_born",
        name=name,
        birth_date=numeric_date(request.birth_date),
        birth_date_long=long_date(request.birth_date, lang),
    )


def recipient_lines(request: TracingRequest, channel: str) -> tuple[str, ...]:
    """Name, then the postal address (post) or e-mail address (e-mail); in person: name only."""
    lines = [one_line(request.enquirer_name)]
    if channel == "post" and request.enquirer_address:
        lines += [one_line(line) for line in request.enquirer_address.splitlines() if line.strip()]
    elif channel == "email" and request.enquirer_email:
        lines.append(one_line(request.enquirer_email))
    return tuple(lines)


def format_date(value: str | None, lang: str) -> str:
    return long_date(value, lang) if value else ""
