"""Specimen letters with invented data, so an organisation can check its templates and profile.

Nothing here reads the vault's records; the sample people do not exist.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from caseapp.domain.models import TracingRequest
from caseapp.letters.compose import build_content, describe_person, recipient_lines
from caseapp.letters.dates import long_date
from caseapp.letters.kinds import get_kind
from caseapp.letters.profile import SAMPLE_PROFILE, OrgProfile
from caseapp.letters.render import LetterContent, render_letter
from caseapp.letters.templates import load_common, load_template

SAMPLE_DATE = dt.date(2026, 11, 24)

_SAMPLE_REQUESTS = {
    "uk": TracingRequest(
        ref="TR-2026-SAMP-00042",
        enquirer_name="Коломієць Ганна Григорівна",
        enquirer_address="вул. Ґалаґанівська, 12, кв. 5\nм. Запоріжжя\n69000\nУкраїна",
        family_name="Коломієць",
        given_name="Сергій",
        patronymic="Юрійович",
        birth_date="1994-03-12",
    ),
    "ru": TracingRequest(
        ref="TR-2026-SAMP-00042",
        enquirer_name="Коломиец Анна Григорьевна",
        enquirer_address="ул. Садовая, 12, кв. 5\nг. Херсон\n73000\nУкраина",
        family_name="Коломиец",
        given_name="Сергей",
        patronymic="Юрьевич",
        birth_date="1994-03-12",
    ),
    "en": TracingRequest(
        ref="TR-2026-SAMP-00042",
        enquirer_name="Hanna Kolomiiets",
        enquirer_address="12 Halahanivska Street, apt. 5\nZaporizhzhia 69000\nUkraine",
        family_name="Kolomiiets",
        given_name="Serhii",
        patronymic="Yuriiovych",
        birth_date="1994-03-12",
    ),
}
_SAMPLE_EXTRA = {
    "uk": {
        "details": "— чи був у вашого сина шрам або татуювання;\n— номер його військової частини;\n"
        "— коли і звідки він востаннє виходив на зв'язок.",
        "round_name": "Обмін 185 на 185",
    },
    "ru": {
        "details": "— был ли у вашего сына шрам или татуировка;\n— номер его воинской части;\n"
        "— когда и откуда он в последний раз выходил на связь.",
        "round_name": "Обмен 185 на 185",
    },
    "en": {
        "details": "- whether your son had a scar or a tattoo;\n- the number of his military "
        "unit;\n- when and from where he was last in touch.",
        "round_name": "Exchange 185 for 185",
    },
}


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
    values = {
        "enquirer_name": request.enquirer_name or "",
        "person": describe_person(request, common, lang),
        "request_ref": request.ref or "",
        "org_name": profile.text("name", lang),
        "release_date": long_date("2026-11-20", lang),
        "death_date": long_date("2026-10-03", lang),
        **_SAMPLE_EXTRA[lang],
    }
    subject, body = template.fill(values)
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
