"""Letter tests: a vault whose organisation profile is set."""

from __future__ import annotations

import pytest

from caseapp.letters import save_profile
from caseapp.store import Session
from tests.letters.helpers import PROFILE


@pytest.fixture
def org(session: Session) -> Session:
    """The admin session of a vault whose organisation profile is set."""
    save_profile(session, PROFILE)
    return session
