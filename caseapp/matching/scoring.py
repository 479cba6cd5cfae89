"""From field comparisons to one score 0-100 and a band.

Each field's outcome carries a weight: evidence for the same person (positive) or against it
(negative), in the spirit of Fellegi-Sunter record linkage. A different birth date or given name
weighs heavily against, so that namesakes and brothers, who share the rest, stay apart; a
service number weighs most in favour. The sum goes through a logistic curve to 0-100.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from caseapp.matching import dates, identifiers, names, places
from caseapp.matching.explain import FieldReason
from caseapp.matching.names import NamePart, NameTable
from caseapp.matching.person import Prepared, PreparedName

MATCH, PARTIAL, MISMATCH, MISSING = "match", "partial", "mismatch", "missing"

_NAME_FORMS = {
    names.SAME: (MATCH, 1.0),
    names.TRANSLITERATION: (MATCH, 1.0),
    names.SPELLING: (MATCH, 1.0),
    names.RUSSIAN_FORM: (MATCH, 1.0),
    names.UKRAINIAN_FORM: (MATCH, 1.0),
    names.VARIANT: (MATCH, 0.9),
    names.FEMININE: (MATCH, 0.9),
    names.MASCULINE: (MATCH, 0.9),
    names.FAMILIAR: (PARTIAL, 0.7),
    names.PART: (PARTIAL, 0.75),
    names.TYPO: (PARTIAL, 0.6),
    names.INITIAL: (PARTIAL, 0.2),
}


def _name_weights(full: float, against: float) -> dict[str, tuple[str, float]]:
    table = {
        code: (verdict, round(full * share, 2)) for code, (verdict, share) in _NAME_FORMS.items()
    }
    table[names.MISMATCH] = (MISMATCH, -against)
    table[names.MISSING] = (MISSING, 0.0)
    return table


#: field -> code -> (verdict, weight)
WEIGHTS: dict[str, dict[str, tuple[str, float]]] = {
    "family_name": _name_weights(6.0, 5.0),
    "given_name": _name_weights(4.5, 5.0),
    "patronymic": _name_weights(3.0, 3.5),
    "names": {"names.swapped": (PARTIAL, -0.5), "names.split": (PARTIAL, 0.0)},
    "sex": {
        "sex.same": (MATCH, 0.3),
        "sex.same_inferred": (MATCH, 0.3),
        "sex.mismatch": (MISMATCH, -4.0),
        "sex.mismatch_inferred": (MISMATCH, -4.0),
        "sex.missing": (MISSING, 0.0),
    },
    "birth_date": {
        dates.SAME: (MATCH, 7.0),
        dates.SAME_MONTH: (PARTIAL, 4.5),
        dates.SAME_YEAR: (PARTIAL, 2.5),
        dates.SWAPPED: (PARTIAL, 4.0),
        dates.YEAR_SLIP: (PARTIAL, 2.0),
        dates.NEAR_YEAR: (PARTIAL, -2.0),
        dates.DIGIT_SLIP: (PARTIAL, 2.5),
        dates.MISMATCH: (MISMATCH, -7.0),
        dates.MISSING: (MISSING, 0.0),
    },
    "birth_place": {
        places.SAME: (MATCH, 1.5),
        places.EQUIVALENT: (MATCH, 1.5),
        places.TYPO: (PARTIAL, 1.0),
        places.MISMATCH: (MISMATCH, -1.5),
        places.MISSING: (MISSING, 0.0),
    },
    "service_number": {
        identifiers.SERVICE_SAME: (MATCH, 10.0),
        identifiers.SERVICE_TYPO: (PARTIAL, 5.0),
        identifiers.SERVICE_MISMATCH: (MISMATCH, -4.0),
        identifiers.SERVICE_MISSING: (MISSING, 0.0),
    },
    "unit": {
        identifiers.UNIT_SAME: (MATCH, 1.5),
        identifiers.UNIT_SIMILAR: (PARTIAL, 0.7),
        identifiers.UNIT_MISMATCH: (MISMATCH, -0.5),
        identifiers.UNIT_MISSING: (MISSING, 0.0),
    },
}

#: Points at which the score is 50, and how many points move it most of the way.
CENTER = 13.0
SCALE = 2.5
STRONG = 80.0
POSSIBLE = 50.0
SWAP_PENALTY = -0.5
#: Below this many name points a swapped reading of the query is also tried.
_TRY_SWAP_BELOW = 9.0

_FAMILY = WEIGHTS["family_name"]
_GIVEN = WEIGHTS["given_name"]
_PATRONYMIC = WEIGHTS["patronymic"]
# Code -> weight only, for the scoring loop.
_FW = {code: w for code, (_, w) in _FAMILY.items()}
_GW = {code: w for code, (_, w) in _GIVEN.items()}
_PW = {code: w for code, (_, w) in _PATRONYMIC.items()}
_SEX_W = {code: w for code, (_, w) in WEIGHTS["sex"].items()}
_DATE_W = {code: w for code, (_, w) in WEIGHTS["birth_date"].items()}
_PLACE_W = {code: w for code, (_, w) in WEIGHTS["birth_place"].items()}
_SERVICE_W = {code: w for code, (_, w) in WEIGHTS["service_number"].items()}
_UNIT_W = {code: w for code, (_, w) in WEIGHTS["unit"].items()}


def score_of(points: float) -> float:
    """0-100, rounded to one decimal."""
    return round(100.0 / (1.0 + math.exp(-(points - CENTER) / SCALE)), 1)


def band_of(score: float) -> str:
    return "strong" if score >= STRONG else "possible" if score >= POSSIBLE else "weak"


@lru_cache(maxsize=1 << 18)
def _cmp(a: NamePart | None, b: NamePart | None, kind: str, table: NameTable) -> str:
    return names.compare(a, b, kind, table)


def _name_points(
    a: PreparedName, b: PreparedName, table: NameTable
) -> tuple[float, tuple[str, str, str]]:
    f = _cmp(a.family, b.family, "family", table)
    g = _cmp(a.given, b.given, "given", table)
    p = _cmp(a.patronymic, b.patronymic, "patronymic", table)
    return _FAMILY[f][1] + _GIVEN[g][1] + _PATRONYMIC[p][1], (f, g, p)


@dataclass(frozen=True, slots=True)
class Assessment:
    """The outcome of comparing a candidate with a query, before it is put into words."""

    points: float
    codes: tuple[tuple[str, str], ...]
    candidate_name: PreparedName
    query_name: PreparedName
    swapped: bool

    @property
    def score(self) -> float:
        return score_of(self.points)


_NO_NAME = PreparedName(None, None, None)


def assess(candidate: Prepared, query: Prepared, table: NameTable) -> Assessment:
    """Compare every name form of both (and the query's swapped reading when the names do not
    agree as written); the best-agreeing pair counts, together with all other fields."""
    best = -math.inf
    best_codes = (names.MISSING, names.MISSING, names.MISSING)
    best_pair = (_NO_NAME, _NO_NAME)
    swapped = False
    for a in candidate.names:
        for b in query.names:
            value, codes = _name_points(a, b, table)
            if value > best:
                best, best_codes, best_pair = value, codes, (a, b)
    if best < _TRY_SWAP_BELOW:
        for a in candidate.names:
            for b in query.swapped:
                value, codes = _name_points(a, b, table)
                value += SWAP_PENALTY
                if value > best:
                    best, best_codes, best_pair, swapped = value, codes, (a, b), True
    if best == -math.inf:
        best = 0.0
    f, g, p = best_codes
    others = (
        ("sex", _sex_code(candidate, query)),
        ("birth_date", dates.compare_dates(candidate.birth, query.birth)),
        ("birth_place", places.compare_places(candidate.place, query.place)),
        ("service_number", identifiers.compare_service(candidate.service, query.service)),
        ("unit", identifiers.compare_units(candidate.unit, query.unit)),
    )
    total = best + sum(WEIGHTS[name][code][1] for name, code in others)
    fields: tuple[tuple[str, str], ...] = (
        ("family_name", f),
        ("given_name", g),
        ("patronymic", p),
        *others,
    )
    if swapped:
        fields = (("names", "names.swapped"), *fields)
    return Assessment(total, fields, best_pair[0], best_pair[1], swapped)


def points(candidate: Prepared, query: Prepared, table: NameTable) -> float:
    """``assess(...).points`` without recording why: the fast path for ranking candidates."""
    best = -math.inf
    cmp = _cmp
    for a in candidate.names:
        for b in query.names:
            value = (
                _FW[cmp(a.family, b.family, "family", table)]
                + _GW[cmp(a.given, b.given, "given", table)]
                + _PW[cmp(a.patronymic, b.patronymic, "patronymic", table)]
            )
            if value > best:
                best = value
    if best < _TRY_SWAP_BELOW:
        for a in candidate.names:
            for b in query.swapped:
                value = SWAP_PENALTY + (
                    _FW[cmp(a.family, b.family, "family", table)]
                    + _GW[cmp(a.given, b.given, "given", table)]
                    + _PW[cmp(a.patronymic, b.patronymic, "patronymic", table)]
                )
                if value > best:
                    best = value
    if best == -math.inf:
        best = 0.0
    total = best
    if candidate.sex is not None and query.sex is not None:
        total += _SEX_W["sex.same" if candidate.sex == query.sex else "sex.mismatch"]
    if candidate.birth is not None and query.birth is not None:
        total += _DATE_W[dates.compare_dates(candidate.birth, query.birth)]
    if candidate.place is not None and query.place is not None:
        total += _PLACE_W[places.compare_places(candidate.place, query.place)]
    if candidate.service is not None and query.service is not None:
        total += _SERVICE_W[identifiers.compare_service(candidate.service, query.service)]
    if candidate.unit is not None and query.unit is not None:
        total += _UNIT_W[identifiers.compare_units(candidate.unit, query.unit)]
    return total


def _sex_code(candidate: Prepared, query: Prepared) -> str:
    if candidate.sex is None or query.sex is None:
        return "sex.missing"
    code = "sex.same" if candidate.sex == query.sex else "sex.mismatch"
    return code if candidate.sex_stated and query.sex_stated else code + "_inferred"


def _raw(part: NamePart | None) -> str:
    return part.raw if part is not None else ""


def reasons(assessment: Assessment, candidate: Prepared, query: Prepared) -> list[FieldReason]:
    """The assessment in words' data: one ``FieldReason`` per field, in a fixed order."""
    values: dict[str, tuple[str, str]] = {
        "family_name": (_raw(assessment.candidate_name.family), _raw(assessment.query_name.family)),
        "given_name": (_raw(assessment.candidate_name.given), _raw(assessment.query_name.given)),
        "patronymic": (
            _raw(assessment.candidate_name.patronymic),
            _raw(assessment.query_name.patronymic),
        ),
        "sex": (candidate.sex or "", query.sex or ""),
        "birth_date": (str(candidate.birth or ""), str(query.birth or "")),
        "birth_place": (
            candidate.place.raw if candidate.place else "",
            query.place.raw if query.place else "",
        ),
        "service_number": (candidate.service or "", query.service or ""),
        "unit": (
            candidate.unit.raw if candidate.unit else "",
            query.unit.raw if query.unit else "",
        ),
    }
    out: list[FieldReason] = []
    if candidate.split is not None or query.split is not None:
        out.append(
            FieldReason(
                "names",
                PARTIAL,
                "names.split",
                {
                    "a": candidate.split.text() if candidate.split else "",
                    "b": query.split.text() if query.split else "",
                },
            )
        )
    for field_name, code in assessment.codes:
        verdict = WEIGHTS[field_name][code][0]
        a, b = values.get(field_name, ("", ""))
        params = {"a": a, "b": b} if verdict != MISSING else {}
        out.append(FieldReason(field_name, verdict, code, params))
    return out
