"""The core's one translation function, for text the core produces (CLI, letters, explanations).

The GUI translates its own strings with Qt's ``tr()``; this covers what is made without Qt.
Catalogs are JSON files ``resources/translations/core.<lang>.json`` mapping English text to the
translation, plus one file per feature in ``resources/translations/core/<feature>.<lang>.json``
(so work on separate features never edits the same file); a missing entry falls back to
English, so English always works.
"""

from __future__ import annotations

import json
from functools import cache

from caseapp.resources import resource_path

LANGUAGES = ("en", "uk", "ru")


@cache
def core_catalog(lang: str) -> dict[str, str]:
    """English text -> translation in ``lang``, from every catalog file of that language."""
    if lang == "en":
        return {}
    folder = resource_path("translations")
    paths = [folder / f"core.{lang}.json", *sorted((folder / "core").glob(f"*.{lang}.json"))]
    catalog: dict[str, str] = {}
    for path in paths:
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            catalog.update({str(k): str(v) for k, v in data.items()})
    return catalog


def translate(message: str, lang: str = "en", **values: object) -> str:
    """``message`` in ``lang``, with ``{name}`` placeholders filled from ``values``."""
    text = core_catalog(lang).get(message, message)
    return text.format(**values) if values else text
