from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.helpers import make_team


@pytest.fixture(scope="session")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three laptops of one team (a coordinator, two provisioned), built once per run."""
    folder = tmp_path_factory.mktemp("team")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEAPP_HOME", str(folder / "home"))
        for laptop in make_team(folder):
            laptop.session.vault.close()
    return folder
