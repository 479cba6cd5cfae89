"""Specimen letters with invented data, so an organisation can check its templates and profile.

Nothing here reads the vault's records; the sample people do not exist.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caseapp.domain.models import ExchangeRound, FactSource, PrisonerRecord, TracingRequest
from caseapp.letters import grammar, phrases
from caseapp.letters.compose import build_content, describe_person, person_name, recipient_lines
from caseapp.letters.dates import date_phrase, long_date
from caseapp.letters.kinds import get_kind
from caseapp.letters.profile import SAMPLE_PROFILE, OrgProfile
from caseapp.letters.render import LetterContent, render_letter
from caseapp.letters.templates import SLIP, load_common, load_template

SAMPLE_DATE = dt.date(2026, 11, 24)

_SAMPLE_REQUESTS = {
    "uk": TracingRequest(
        ref="TR-2026-SAMP-00042",
        enquirer_name="Коломієць Ганна Григорівна",
        enquirer_sex="F",
        enquirer_address="вул. Ґалаґанівська, 12, кв. 5\nм. Запоріжжя\n69000\nУкраїна",
        family_name="Коломієць",
        given_name="Сергій",
        patronymic="Юрійович",
        birth_date="1994-03-12",
    ),
    "ru": TracingRequest(
        ref="TR-2026-SAMP-00042",
        enquirer_name="Коломиец Анна Григорьевна",
        enquirer_sex="F",
        enquirer_address="ул. Садовая, 12, кв. 5\nг. Херсон\n73000\nУкраина",
        family_name="Коломиец",
        given_name="Сергей",
        patronymic="Юрьевич",
        birth_date="1994-03-12",
    ),
    "en": TracingRequest(
        ref="TR-2026-SAMP-00042",
        enquirer_name="Hanna Kolomiiets",
        enquirer_sex="F",
        enquirer_address="12 Halahanivska Street, apt. 5\nZaporizhzhia 69000\nUkraine",
        family_name="Kolomiiets",
        given_name="Serhii",
        patronymic="Yuriiovych",
        birth_date="1994-03-12",
    ),
}
_SAMPLE_EXTRA = {
    "uk": {
        "details": "— чи був у вашого сина шрам або татуювання;\n— номер його військової "
        "частини;\n— коли і звідки він востаннє виходив на зв’язок.",
        "detaining_power": "Російська Федерація",
        "death_place": "Донецька область",
        "closed_reason": "ви знову разом зі своїм родичем",
    },
    "ru": {
        "details": "— был ли у вашего сына шрам или татуировка;\n— номер его воинской части;\n"
        "— когда и откуда он в последний раз выходил на связь.",
        "detaining_power": "Российская Федерация",
        "death_place": "Донецкая область",
        "closed_reason": "вы снова вместе со своим родственником",
    },
    "en": {
        "details": "— whether your son had a scar or a tattoo;\n— the number of his military "
        "unit;\n— when and from where he was last in touch.",
        "detaining_power": "Russian Federation",
        "death_place": "Donetsk region",
        "closed_reason": "you are together again with your relative",
    },
}
_SAMPLE_PRISONER = PrisonerRecord(
    family_name="Коломиец",
    given_name="Сергей",
    patronymic="Юрьевич",
    birth_date="1994-03-12",
    category="pow",
    status="held",
    status_date="2026-11-01",
)
_SAMPLE_SOURCE = FactSource(
    field_name="status", source_kind="exchanged_list", source_date="2026-11-01",
    reliability="confirmed",
)  # fmt: skip


def sample_values(lang: str, profile: OrgProfile, request: TracingRequest) -> dict[str, str]:
    """Every field a template may use, with invented values (also for the template tests)."""
    common = load_common(lang)
    relatives = grammar.relative_forms(lang, "мати", "M")
    name = person_name(request, lang)
    return {
        "enquirer_name": request.enquirer_name or "",
        "salutation": grammar.greeting(lang, request.enquirer_name or "", "F"),
        "person": describe_person(request, common, lang),
        "person_name": name,
        "request_ref": request.ref or "",
        "org_name": profile.own_text("name", lang),
        "release_date": date_phrase("2026-11-20", lang),
        "release_clause": phrases.release_clause(
            lang, "released", "pow", f"{relatives['relative']} {name}",
            date_phrase("2026-11-20", lang), "M",
        ),
        "death_date": date_phrase("2026-10", lang),
        "round_name": phrases.round_label(
            lang, ExchangeRound(name="Обмін 185 на 185", agreed_count_ours=185,
                                agreed_count_theirs=185)
        ),
        "round_date": date_phrase("2026-12-05", lang),
        "source": phrases.source_sentence(lang, _SAMPLE_SOURCE, _SAMPLE_PRISONER),
        "held_as": phrases.held_as(lang, "pow", "M"),
        "registered_name": phrases.registered_name(_SAMPLE_PRISONER),
        "since": long_date("2024-03", lang),
        "remains_date": date_phrase("2026-11", lang),
        "next_letter": phrases.weeks(lang, profile.periodic_weeks),
        **relatives,
        **_SAMPLE_EXTRA[lang],
    }  # fmt: skip


def sample_request(lang: str) -> TracingRequest:
    return _SAMPLE_REQUESTS[lang]


def sample_content(
    kind: str,
    lang: str,
    profile: OrgProfile | None = None,
    *,
    template_folder: Path | None = None,
) -> LetterContent:
    get_kind(kind)
    profile = profile if profile is not None and profile.text("name", lang) else SAMPLE_PROFILE
    template = load_template(kind, lang, template_folder)
    common = load_common(lang, template_folder)
    request = _SAMPLE_REQUESTS[lang]
    values = sample_values(lang, profile, request)
    subject, body = template.fill(values, "M")
    subject = subject[:1].upper() + subject[1:]
    body, _, slip = body.partition(f"\n{SLIP}\n")
    contact = profile.own_text("contact", lang) or SAMPLE_PROFILE.own_text("contact", lang)
    body = f"{body}\n\n{common.get('contact', contact=contact)}"
    free = "free_after_death" if kind in ("death_notification", "remains_identified") else "free"
    notes = (common.get("privacy", **values), common.get(free, **values))
    prefix = profile.reference_prefix
    return build_content(
        profile,
        common,
        lang=lang,
        recipient=recipient_lines(request, "post"),
        reference=f"{prefix}/LT-2026-SAMP-00001" if prefix else "LT-2026-SAMP-00001",
        request_ref=request.ref or "",
        today=SAMPLE_DATE,
        subject=subject,
        body=body,
        closing=template.closing,
        notes=notes,
        slip=slip,
    )


def render_sample(
    kind: str,
    lang: str,
    profile: OrgProfile | None = None,
    *,
    template_folder: Path | None = None,
) -> bytes:
    """A specimen PDF of ``kind`` in ``lang`` with invented data and the given profile (or a
    sample profile when the organisation has not set one)."""
    return render_letter(sample_content(kind, lang, profile, template_folder=template_folder))
