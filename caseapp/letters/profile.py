"""The organisation profile printed on every letter: name, address, logo, signature, prefix.

Stored once per vault as the ``Setting`` "org_profile" (JSON), through the write path, so a change
is journaled and reaches the other laptops like any edit. Name, address and signature may be
written per letter language (an English letter from "Товариство Червоного Хреста України" should
say "Ukrainian Red Cross Society"); a language left empty falls back to another one.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass, field, replace

from caseapp.domain.models import LANGUAGES, Setting
from caseapp.errors import BadInput
from caseapp.records import load_entity
from caseapp.store import Session
from caseapp.vault.connection import Connection

PROFILE_KEY = "org_profile"
#: The logo is embedded in every letter: keep it small (a few KB is plenty at letterhead size).
LOGO_MAX_BYTES = 256 * 1024
_FALLBACK = ("en", "uk", "ru")


@dataclass(frozen=True)
class OrgProfile:
    #: Per language ("uk", "ru", "en"); multi-line texts use "\n".
    name: dict[str, str] = field(default_factory=dict)
    address: dict[str, str] = field(default_factory=dict)
    signature: dict[str, str] = field(default_factory=dict)
    #: Printed before the letter's register number: "URCS/LT-2026-AB12-00001".
    reference_prefix: str = ""
    #: PNG or JPEG bytes, or None for a text-only letterhead.
    logo: bytes | None = None
    #: The named contact printed in every letter when the request has no assigned caseworker
    #: with a name: "Ірина Ґудзь, тел. +380 44 000 00 01 (пн–пт 9:00–17:00)".
    contact: dict[str, str] = field(default_factory=dict)
    #: The direct phone printed after an assigned caseworker's name.
    contact_phone: str = ""
    #: "Periodic" letters (no news, cannot share) are owed when the family has had no letter for
    #: this many weeks.
    periodic_weeks: int = 8

    def text(self, attribute: str, lang: str) -> str:
        """The value for ``lang``, else the first language that has one, else ""."""
        values: dict[str, str] = getattr(self, attribute)
        for candidate in (lang, *_FALLBACK):
            value = values.get(candidate, "").strip()
            if value:
                return value
        return ""

    def to_json(self) -> str:
        data = {
            "name": self.name,
            "address": self.address,
            "signature": self.signature,
            "reference_prefix": self.reference_prefix,
            "logo": base64.b64encode(self.logo).decode("ascii") if self.logo else None,
            "contact": self.contact,
            "contact_phone": self.contact_phone,
            "periodic_weeks": self.periodic_weeks,
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> OrgProfile:
        data = json.loads(text)
        logo = data.get("logo")
        return cls(
            name=_texts(data.get("name")),
            address=_texts(data.get("address")),
            signature=_texts(data.get("signature")),
            reference_prefix=str(data.get("reference_prefix") or ""),
            logo=base64.b64decode(logo) if logo else None,
            contact=_texts(data.get("contact")),
            contact_phone=str(data.get("contact_phone") or ""),
            periodic_weeks=_weeks(data.get("periodic_weeks")),
        )

    def own_text(self, attribute: str, lang: str) -> str:
        """The value written for ``lang`` itself, "" if none (no fallback to another language:
        a Russian letter must not carry the Ukrainian name)."""
        values: dict[str, str] = getattr(self, attribute)
        return values.get(lang, "").strip()


def _weeks(value: object) -> int:
    try:
        weeks = int(str(value))
    except ValueError:
        return 8
    return weeks if 1 <= weeks <= 104 else 8


def _texts(value: object) -> dict[str, str]:
    if isinstance(value, str):  # one text for every language
        return dict.fromkeys(LANGUAGES, value)
    if isinstance(value, dict):
        return {str(k): str(v) for k, v in value.items() if k in LANGUAGES and v}
    return {}


def load_profile(conn: Connection) -> OrgProfile:
    """The vault's profile; an empty one if none was set yet (letters then refuse, naming it)."""
    setting = load_entity(conn, Setting, PROFILE_KEY)
    if setting is None or not setting.value:
        return OrgProfile()
    return OrgProfile.from_json(setting.value)


def check_logo(logo: bytes) -> None:
    """Refuse what would break or bloat every letter: not PNG/JPEG, too large, unreadable."""
    if not (logo.startswith(b"\x89PNG\r\n\x1a\n") or logo.startswith(b"\xff\xd8\xff")):
        raise BadInput("The logo must be a PNG or JPEG image.")
    if len(logo) > LOGO_MAX_BYTES:
        raise BadInput(
            "The logo is {size} KB; at most {limit} KB, because it is embedded in every "
            "letter. Save it smaller (about 600 pixels wide).",
            size=len(logo) // 1024,
            limit=LOGO_MAX_BYTES // 1024,
        )
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(io.BytesIO(logo)).getSize()
    except Exception:  # Pillow raises many types for a damaged file
        raise BadInput("The logo image cannot be read.") from None
    if width <= 0 or height <= 0:
        raise BadInput("The logo image cannot be read.")


def save_profile(session: Session, profile: OrgProfile) -> OrgProfile:
    """Store the profile (an administrator's task: the write path checks the role)."""
    cleaned = replace(
        profile,
        name=_clean(profile.name),
        address=_clean(profile.address),
        signature=_clean(profile.signature),
        contact=_clean(profile.contact),
        contact_phone=profile.contact_phone.strip(),
        reference_prefix=profile.reference_prefix.strip(),
    )
    if cleaned.logo:
        check_logo(cleaned.logo)
    if len(cleaned.reference_prefix) > 20:
        raise BadInput("The reference prefix is at most 20 characters.")
    value = cleaned.to_json()
    with session.transaction("set organisation profile") as txn:
        if load_entity(txn.conn, Setting, PROFILE_KEY) is None:
            txn.create(Setting(id=PROFILE_KEY, value=value))
        else:
            txn.update(Setting, PROFILE_KEY, value=value)
    return cleaned


def _clean(values: dict[str, str]) -> dict[str, str]:
    out = {}
    for lang, text in values.items():
        if lang not in LANGUAGES:
            raise BadInput(f"Unknown letter language '{lang}'.")
        lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
        joined = "\n".join(lines).strip()
        if joined:
            out[lang] = joined
    return out


SAMPLE_PROFILE = OrgProfile(
    name={
        "uk": "Зразкова гуманітарна організація",
        "ru": "Образцовая гуманитарная организация",
        "en": "Sample Humanitarian Organisation",
    },
    address={
        "uk": "вул. Зразкова, 1, м. Київ, 01001, Україна\nтел. +380 44 000 00 00 · tracing@example.org",
        "ru": "ул. Образцовая, 1, г. Киев, 01001, Украина\nтел. +380 44 000 00 00 · tracing@example.org",
        "en": "1 Sample Street, Kyiv 01001, Ukraine\nTel. +380 44 000 00 00 · tracing@example.org",
    },
    signature={
        "uk": "Олена Зразкова\nкерівниця служби розшуку",
        "ru": "Елена Образцова\nруководитель службы розыска",
        "en": "Olena Zrazkova\nHead of Tracing",
    },
    contact={
        "uk": "Ірина Ґудзь, тел. +380 44 000 00 01 (пн–пт 9:00–17:00)",
        "ru": "Ирина Гудзь, тел. +380 44 000 00 01 (пн–пт 9:00–17:00)",
        "en": "Iryna Gudz, tel. +380 44 000 00 01 (Mon–Fri 9:00–17:00)",
    },
    contact_phone="+380 44 000 00 01",
    reference_prefix="SHO",
)
