"""The core's one translation function, for text the core produces (CLI, letters, explanations).

The GUI translates its own strings with Qt's ``tr()``; this covers what is made without Qt.
Catalogs are JSON files ``resources/translations/core.<lang>.json`` mapping English text to the
translation; a missing entry falls back to English, so English always works.
"""

from __future__ import annotations

import json
from functools import cache

from caseapp.resources import resource_path

LANGUAGES = ("en", "uk", "ru")


@cache
def _catalog(lang: str) -> dict[str, str]:
    path = resource_path("translations", f"core.{lang}.json")
    if lang == "en" or not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in data.items()}


def translate(message: str, lang: str = "en", **values: object) -> str:
    """``message`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    text = _catalog(lang).get(message, message)
    return text.format(**values) if values else text
