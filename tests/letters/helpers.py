"""Helpers for the letter tests: build a case in the vault, read a PDF back as text."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass

from caseapp.domain.models import (
    ExchangeRound,
    Link,
    PrisonerRecord,
    RoundEntry,
    RoundList,
    TimelineEvent,
    TracingRequest,
)
from caseapp.letters import OrgProfile
from caseapp.store import Session

TODAY = dt.date(2026, 11, 24)

PROFILE = OrgProfile(
    name={"uk": "Товариство Червоного Хреста", "ru": "Общество Красного Креста", "en": "Red Cross"},
    address={"uk": "вул. Пушкінська, 30, Київ", "en": "30 Pushkinska St, Kyiv"},
    signature={
        "uk": "Ірина Ґудзь\nслужба розшуку",
        "ru": "Ирина Гудзь\nслужба розыска",
        "en": "Iryna Gudz\nTracing service",
    },
    contact={
        "uk": "Ірина Ґудзь, тел. +380 44 000 00 01",
        "ru": "Ирина Гудзь, тел. +380 44 000 00 01",
        "en": "Iryna Gudz, tel. +380 44 000 00 01",
    },
    reference_prefix="TCH",
)


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF as pdftotext reads it, with whitespace (and line breaks) collapsed."""
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def pdf_pages(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    pages = out.stdout.decode("utf-8").split("\f")
    return [" ".join(p.split()) for p in pages if p.strip()]


@dataclass
class Case:
    request: TracingRequest
    prisoner: PrisonerRecord | None
    link: Link | None


def add_case(
    session: Session,
    *,
    lang: str = "uk",
    channel: str = "post",
    address: str | None = "вул. Соборна, 5\nм. Запоріжжя\n69000",
    email: str | None = None,
    enquirer: str = "Коломієць Ганна Григорівна",
    family_name: str = "Коломієць",
    given_name: str = "Сергій",
    patronymic: str | None = "Юрійович",
    birth_date: str | None = "1994-03-12",
    prisoner_status: str | None = "held",
    status_date: str | None = "2026-11-01",
    link_status: str | None = "confirmed",
    request_dnd: bool = False,
    prisoner_dnd: bool = False,
) -> Case:
    with session.transaction("test case") as txn:
        request = txn.create(
            TracingRequest(
                enquirer_name=enquirer,
                enquirer_address=address,
                enquirer_email=email,
                enquirer_language=lang,
                delivery_channel=channel,
                family_name=family_name,
                given_name=given_name,
                patronymic=patronymic,
                birth_date=birth_date,
                do_not_disclose=request_dnd,
            )
        )
        prisoner = link = None
        if prisoner_status is not None:
            prisoner = txn.create(
                PrisonerRecord(
                    family_name="Коломиец",
                    given_name="Сергей",
                    status=prisoner_status,
                    status_date=status_date,
                    do_not_disclose=prisoner_dnd,
                )
            )
            if link_status is not None:
                link = txn.create(
                    Link(
                        request_id=request.id,
                        prisoner_id=prisoner.id,
                        status=link_status,
                        decision_reason="test" if link_status == "rejected" else None,
                    )
                )
    return Case(request, prisoner, link)


def add_round(session: Session, prisoner: PrisonerRecord, name: str = "Обмін 185 на 185") -> str:
    with session.transaction("test round") as txn:
        exchange = txn.create(ExchangeRound(name=name, status="agreed"))
        round_list = txn.create(RoundList(round_id=exchange.id, direction="requested"))
        txn.create(
            RoundEntry(
                list_id=round_list.id, name_as_written="Коломиец С.", prisoner_id=prisoner.id
            )
        )
    return exchange.id


def add_event(session: Session, prisoner: PrisonerRecord, kind: str, on: str) -> None:
    with session.transaction("test event") as txn:
        txn.create(TimelineEvent(prisoner_id=prisoner.id, kind=kind, event_date=on))


def org_close(session: Session, request_id: str, reason: str = "reunited") -> None:
    with session.transaction("close") as txn:
        txn.update(TracingRequest, request_id, status="closed", closed_reason=reason)
