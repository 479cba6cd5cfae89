"""Per-machine settings (interface language, last vault, auto-lock), typed, with defaults.

Stored as JSON in the user's data folder — no Qt here; the GUI keeps only window geometry in
QSettings. Vault-wide settings that should travel with the data are ``Setting`` entities instead.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from caseapp.paths import app_home

log = logging.getLogger(__name__)


@dataclass
class MachineSettings:
    language: str = "en"
    last_vault: str = ""
    last_user: str = ""
    auto_lock_minutes: int = 10

    @classmethod
    def path(cls) -> Path:
        return app_home() / "settings.json"

    @classmethod
    def load(cls) -> MachineSettings:
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        settings = cls()
        for key, value in values.items():
            if isinstance(value, type(getattr(settings, key))):
                setattr(settings, key, value)
        return settings

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=1), encoding="utf-8")
        os.replace(tmp, path)
