"""Refresh the Qt Linguist ``.ts`` files from the code and fill them from the translation tables.

Run ``python -m ui.i18n_update`` after adding or changing a ``tr()`` string. It runs
``pyside6-lupdate`` over ``ui/`` (without source locations, so the files change only when the
strings do), then fills every unfinished message from the tables in
``resources/translations/sources/*.json`` (English source -> ``[uk, ru]``; a plural message
gives a list of forms per language). New strings are translated in those tables, never by hand
in the ``.ts`` files, so branches that each add strings merge by re-running this tool.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from caseapp.resources import resource_path

LANGUAGE_INDEX = {"uk": 0, "ru": 1}


def _tool(name: str) -> list[str]:
    exe = shutil.which(name, path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "PySide6.scripts.pyside_tool", name[8:]]


#: A key ``"Context::source"`` translates ``source`` in that ``tr()`` context only.
CONTEXT_SEPARATOR = "::"


def translation_tables() -> dict[str, Any]:
    """Every table in ``sources/`` merged. A source translated differently in two tables is
    ambiguous (``None``): such a string needs a ``"Context::source"`` key."""
    merged: dict[str, Any] = {}
    for path in sorted(resource_path("translations", "sources").glob("*.json")):
        for source, forms in json.loads(path.read_text(encoding="utf-8")).items():
            if source in merged and merged[source] != forms:
                merged[source] = None
            else:
                merged[source] = forms
    return merged


def run_lupdate(ts_files: list[Path]) -> None:
    root = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in root.rglob("*.py"))
    subprocess.run(
        [*_tool("pyside6-lupdate"), "-locations", "none", "-silent", *sources, "-ts"]
        + [str(p) for p in ts_files],
        check=True,
    )


def fill(ts_file: Path, tables: dict[str, Any]) -> list[str]:
    """Fill unfinished messages of one ``.ts`` file; returns the sources still missing."""
    language = ts_file.stem.rsplit("_", 1)[-1]
    index = LANGUAGE_INDEX[language]
    tree = ET.parse(ts_file)
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if not _fill_message(message, name, tables, index):
                missing.append(f"{name}: {message.findtext('source')}")
    with ts_file.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return missing


def _fill_message(message: ET.Element, context: str, tables: dict[str, Any], index: int) -> bool:
    """False when an unfinished message has no (unambiguous) translation in the tables."""
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None or translation.get("type") != "unfinished":
        return True  # finished, or obsolete/vanished
    forms = tables.get(f"{context}{CONTEXT_SEPARATOR}{source}") or tables.get(source)
    if forms is None:
        return False
    text = forms[index]
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for form in text if isinstance(text, list) else [text]:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text if isinstance(text, str) else text[0]
    del translation.attrib["type"]
    return True


def main() -> int:
    folder = resource_path("translations")
    ts_files = sorted(folder.glob("caseapp_*.ts"))
    run_lupdate(ts_files)
    tables = translation_tables()
    status = 0
    for ts in ts_files:
        missing = fill(ts, tables)
        for source in missing:
            print(f"{ts.name}: no translation for {source}", file=sys.stderr)
            status = 1
    # lupdate again so the files keep its own layout (stable diffs).
    run_lupdate(ts_files)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
