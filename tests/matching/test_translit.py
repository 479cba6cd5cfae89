"""The transliteration tables, pinned to the official Ukrainian examples and published samples.

data/ukrainian_2010_official_examples.csv: the 76 examples of the KMU No. 55 table (copied from
shared/reference); data/translit_samples.json: the reference sample vectors per system.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from caseapp.matching.translit import SYSTEMS, script_of, transliterate, ukrainian

DATA = Path(__file__).parent / "data"


def _official() -> list[tuple[str, str]]:
    with (DATA / "ukrainian_2010_official_examples.csv").open(encoding="utf-8") as handle:
        return [(row["cyrillic"], row["latin"]) for row in csv.DictReader(handle)]


def _samples() -> list[tuple[str, str, str]]:
    data = json.loads((DATA / "translit_samples.json").read_text(encoding="utf-8"))
    return [(system, src, out) for system in SYSTEMS for src, out in data.get(system, [])]


def test_all_76_official_examples_are_present() -> None:
    assert len(_official()) == 76


@pytest.mark.parametrize(("cyrillic", "latin"), _official())
def test_ukrainian_2010_official_example(cyrillic: str, latin: str) -> None:
    assert ukrainian(cyrillic) == latin


@pytest.mark.parametrize(("system", "source", "expected"), _samples())
def test_published_sample_vectors(system: str, source: str, expected: str) -> None:
    assert transliterate(source, system) == expected


def test_every_system_has_sample_vectors() -> None:
    assert {system for system, _, _ in _samples()} == set(SYSTEMS)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Юрій", "Yurii"),  # word-initial ю, й after a vowel
        ("Короп’є", "Koropie"),  # є after a typographic apostrophe is not word-initial
        ("Мар'їне", "Marine"),
        ("Згурський", "Zghurskyi"),  # зг -> zgh
        ("ЗГУРСЬКИЙ", "ZGHURSKYI"),  # capitals stay capitals
        ("Щербак", "Shcherbak"),  # a capital digraph is title case
        ("Анна-Ярина", "Anna-Yaryna"),  # each part of a hyphenated name starts a word
    ],
)
def test_ukrainian_context_rules(cyrillic: str, latin: str) -> None:
    assert ukrainian(cyrillic) == latin


def test_icao_covers_ukrainian_letters() -> None:
    assert transliterate("Олексій Гнатюк", "ru_icao_9303") == "Oleksii Gnatiuk"
    assert transliterate("Євген", "ru_icao_9303") == "Ievgen"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Олексій", "cyrillic_uk"),
        ("Алексей", "cyrillic"),  # no letter unique to either alphabet
        ("Семён", "cyrillic_ru"),
        ("Oleksii", "latin"),
        ("123", ""),
    ],
)
def test_script_detection(text: str, script: str) -> None:
    assert script_of(text) == script
