"""Service numbers and units: written with Cyrillic or Latin look-alike letters, spaces, dashes.

A matching service number is the strongest single evidence there is; a different one counts
against, but less than a different birth date, because numbers are misread and re-issued.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from caseapp.matching.phonetic import skeleton

SERVICE_SAME = "service.same"
SERVICE_TYPO = "service.typo"
SERVICE_MISMATCH = "service.mismatch"
SERVICE_MISSING = "service.missing"
UNIT_SAME = "unit.same"
UNIT_SIMILAR = "unit.similar"
UNIT_MISMATCH = "unit.mismatch"
UNIT_MISSING = "unit.missing"

# Cyrillic capitals that look like Latin ones, as typed on the other side's keyboard.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХІ", "ABEKMHOPCTYXI")
_NOT_CODE = re.compile(r"[^A-Z0-9А-ЯЇЄҐ]")
_CODE_TOKEN = re.compile(r"[A-Z]*\d+[A-Z0-9]*")


def service_key(raw: str | None) -> str | None:
    """Upper case, look-alike letters unified, separators dropped: 'АА 12-34' -> 'AA1234'."""
    if not raw:
        return None
    key = _NOT_CODE.sub("", raw.upper().translate(_LOOKALIKES))
    return key or None


def compare_service(a: str | None, b: str | None) -> str:
    if a is None or b is None:
        return SERVICE_MISSING
    if a == b:
        return SERVICE_SAME
    if min(len(a), len(b)) >= 6 and OSA.distance(a, b, score_cutoff=1) <= 1:
        return SERVICE_TYPO
    return SERVICE_MISMATCH


@dataclass(frozen=True, slots=True)
class UnitKey:
    raw: str
    codes: frozenset[str]
    skel: str


def unit_key(raw: str | None) -> UnitKey | None:
    """Unit codes in it ('в/ч А0224' -> {'A0224'}) and its spelling skeleton."""
    text = " ".join((raw or "").split())
    if not text:
        return None
    upper = text.upper().translate(_LOOKALIKES)
    codes = frozenset(_CODE_TOKEN.findall(_NOT_CODE.sub(" ", upper)))
    return UnitKey(text, codes, skeleton(text))


def compare_units(a: UnitKey | None, b: UnitKey | None) -> str:
    if a is None or b is None:
        return UNIT_MISSING
    if a.codes and b.codes:
        return UNIT_SAME if a.codes & b.codes else UNIT_MISMATCH
    if a.skel == b.skel:
        return UNIT_SAME
    if fuzz.token_set_ratio(a.skel, b.skel) >= 85:
        return UNIT_SIMILAR
    return UNIT_MISMATCH
