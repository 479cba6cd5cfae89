"""The organisation profile: stored through the write path, validated, per language."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from caseapp.domain.models import Setting
from caseapp.errors import BadInput, PermissionDenied
from caseapp.letters import OrgProfile, load_profile, save_profile
from caseapp.letters.profile import PROFILE_KEY
from caseapp.records import load_entity
from caseapp.store import Session
from tests.conftest import make_account
from tests.letters.helpers import PROFILE


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), (10, 20, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


def test_empty_until_set_then_round_trips(session: Session) -> None:
    assert load_profile(session.conn) == OrgProfile()
    saved = save_profile(session, OrgProfile(**{**PROFILE.__dict__, "logo": _png()}))
    assert load_profile(session.conn) == saved
    assert saved.logo == _png()
    setting = load_entity(session.conn, Setting, PROFILE_KEY)
    assert setting is not None and setting.value is not None
    assert "Товариство Червоного Хреста" in setting.value  # readable JSON, not escaped
    changed = save_profile(session, OrgProfile(name={"en": "Other"}, signature={"en": "X"}))
    assert load_profile(session.conn) == changed
    journal = session.conn.execute(
        "SELECT count(*) FROM journal WHERE entity_type = 'setting' AND entity_id = ?",
        (PROFILE_KEY,),
    ).fetchone()[0]
    assert journal == 2


def test_language_falls_back_when_left_empty() -> None:
    profile = OrgProfile(name={"uk": "Товариство"}, signature={"en": "Desk"})
    assert profile.text("name", "en") == "Товариство"
    assert profile.text("signature", "uk") == "Desk"
    assert profile.text("address", "ru") == ""


@pytest.mark.parametrize(
    ("logo", "message"),
    [(b"GIF89a....", "PNG or JPEG"), (b"\x89PNG\r\n\x1a\n" + b"x" * 300_000, "at most")],
)
def test_bad_logos_are_refused(session: Session, logo: bytes, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        save_profile(session, OrgProfile(name={"en": "X"}, logo=logo))
    assert load_profile(session.conn) == OrgProfile()


def test_a_damaged_png_is_refused(session: Session) -> None:
    with pytest.raises(BadInput, match="cannot be read"):
        save_profile(session, OrgProfile(name={"en": "X"}, logo=_png()[:30]))


def test_only_an_administrator_sets_the_profile(session: Session) -> None:
    liaison = Session(session.vault, make_account(session, "lina", "liaison"))
    with pytest.raises(PermissionDenied):
        save_profile(liaison, PROFILE)
