"""Places of birth: one place under its Ukrainian, Russian, former and Latin names
(Київ/Киев/Kyiv/Kiev), from ``resources/names/places.csv``; others by spelling skeleton."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz.distance import OSA

from caseapp.matching.phonetic import skeleton
from caseapp.resources import resource_path

SAME = "place.same"
EQUIVALENT = "place.equivalent"
TYPO = "place.typo"
MISMATCH = "place.mismatch"
MISSING = "place.missing"

# "м. Київ", "г. Киев", "смт Ясинувата", "Kyiv city", "село Бабин": the settlement kind is noise.
_PREFIX = re.compile(
    r"^(?:м|г|с|смт|пгт|сел|село|селище|місто|город|пос|посёлок|поселок|city of|town of|"
    r"village of|village|city|town|v|s|m|g)\.?\s+",
    re.IGNORECASE,
)
_SUFFIX = re.compile(r"\s+(?:city|town|village|місто|город)$", re.IGNORECASE)
_BRACKETS = re.compile(r"\(.*?\)")


class PlaceTable:
    """Known places by spelling skeleton; the value is the row number (the place's identity)."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.by_skeleton: dict[str, int] = {}
        self.labels: list[str] = []
        for index, row in enumerate(rows):
            names = [
                part.strip()
                for column in ("uk", "ru", "latin")
                for part in (row.get(column) or "").split("|")
                if part.strip()
            ]
            self.labels.append(names[0])
            for name in names:
                self.by_skeleton.setdefault(skeleton(name), index)

    @classmethod
    def load(cls, path: Path | None = None) -> PlaceTable:
        file = path or resource_path("names", "places.csv")
        text = file.read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
        return cls(list(csv.DictReader(io.StringIO("\n".join(lines)))))


@cache
def default_places() -> PlaceTable:
    return PlaceTable.load()


@dataclass(frozen=True, slots=True)
class PlaceKey:
    raw: str
    skel: str
    place: int | None


def place_key(raw: str | None, table: PlaceTable) -> PlaceKey | None:
    """The settlement named first ("Київ, Україна" -> Київ), without its kind ("м.", "city")."""
    text = " ".join(_BRACKETS.sub(" ", raw or "").split())
    if not text:
        return None
    first = text.split(",")[0].strip()
    first = _SUFFIX.sub("", _PREFIX.sub("", first)).strip() or first
    skel = skeleton(first)
    if not skel:
        return None
    return PlaceKey(text, skel, table.by_skeleton.get(skel))


def compare_places(a: PlaceKey | None, b: PlaceKey | None) -> str:
    if a is None or b is None:
        return MISSING
    if a.skel == b.skel or (a.place is not None and a.place == b.place):
        return SAME if a.raw.casefold() == b.raw.casefold() else EQUIVALENT
    if a.place is not None and b.place is not None:
        return MISMATCH
    if OSA.distance(a.skel, b.skel, score_cutoff=2) <= (
        2 if min(len(a.skel), len(b.skel)) >= 7 else 1
    ):
        return TYPO
    return MISMATCH
