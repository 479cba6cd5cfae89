"""Where the app keeps its files on this machine (user data folder, settings)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CaseApp"


def app_home() -> Path:
    """The user's data folder for CaseApp; ``CASEAPP_HOME`` overrides it (tests, portable use)."""
    override = os.environ.get("CASEAPP_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def default_vault_path() -> Path:
    """``CASEAPP_VAULT`` if set, else ``vault.caseapp`` in the user's data folder."""
    override = os.environ.get("CASEAPP_VAULT")
    return Path(override) if override else app_home() / "vault.caseapp"
