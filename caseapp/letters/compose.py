"""From records to words: the template fields of one letter, and the content to draw.

A ``LetterPlan`` is what the gates return once a letter may be made; it holds the records it
was checked against, so rendering uses exactly what was checked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from caseapp.domain.models import ExchangeRound, PrisonerRecord, TracingRequest
from caseapp.letters.dates import long_date, numeric_date
from caseapp.letters.kinds import Kind
from caseapp.letters.profile import OrgProfile
from caseapp.letters.render import LetterContent
from caseapp.letters.templates import CommonText, Template


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

    def reference(self, letter_ref: str) -> str:
        prefix = self.profile.reference_prefix
        return f"{prefix}/{letter_ref}" if prefix else letter_ref

    def content(self, letter_ref: str, today: dt.date) -> LetterContent:
        subject, body = self.template.fill(self.values)
        return build_content(
            self.profile,
            self.common,
            lang=self.language,
            recipient=self.recipient,
            reference=self.reference(letter_ref),
            request_ref=self.values["request_ref"],
            today=today,
            subject=subject,
            body=body,
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
) -> LetterContent:
    return LetterContent(
        lang=lang,
        org_name=profile.text("name", lang),
        org_address=tuple(profile.text("address", lang).split("\n")),
        recipient=recipient,
        reference=reference,
        request_ref=request_ref,
        date=long_date(today, lang),
        subject=subject,
        body=body,
        closing=common.get("closing"),
        signature=tuple(line for line in profile.text("signature", lang).split("\n") if line),
        labels={k: common.texts[k] for k in ("our_ref", "your_ref", "date", "page")},
        logo=profile.logo,
    )


def one_line(value: str | None) -> str:
    """Names and the like on one line, whatever was pasted into the field."""
    return " ".join((value or "").split())


def person_name(request: TracingRequest) -> str:
    """The sought person as the family wrote the name: family name, given name, patronymic."""
    parts = (request.family_name, request.given_name, request.patronymic)
    return " ".join(one_line(p) for p in parts if p and p.strip())


def describe_person(request: TracingRequest, common: CommonText, lang: str) -> str:
    name = person_name(request)
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
