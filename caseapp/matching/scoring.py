"""From field comparisons to one score 0-100 and a band.

Each field's outcome carries a weight: evidence for the same person (positive) or against it
(negative), in the spirit of Fellegi-Sunter record linkage. A different birth date or given name
weighs heavily against, so that namesakes and brothers, who share the rest, stay apart; a
service number weighs most in favour. The sum goes through a logistic curve to 0-100.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

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
        dates.AGE_FITS: (PARTIAL, 2.5),
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

#: Points at which the score is 50, and how many points move it most of the way. Set so that
#: the bands are honest on the benchmark (docs/matching.md publishes the calibration): a top
#: candidate rated strong is the true person at least 99 times in 100.
CENTER = 9.8
SCALE = 2.5
STRONG = 80.0
POSSIBLE = 50.0
SWAP_PENALTY = -0.5
#: Below this many name points a swapped reading of the query is also tried.
_TRY_SWAP_BELOW = 9.0

#: Name codes that say "the same name" (not a typo or an initial): their weight is adjusted by
#: how common the name is (term frequency): Коваленко Олександр says less than Заболотний Гліб.
FULL_AGREEMENT = frozenset(
    {
        names.SAME,
        names.TRANSLITERATION,
        names.SPELLING,
        names.RUSSIAN_FORM,
        names.UKRAINIAN_FORM,
        names.VARIANT,
        names.FEMININE,
        names.MASCULINE,
        names.FAMILIAR,
    }
)
#: Bounds of the frequency adjustment, in bits (log2 of the odds).
TF_MIN_BITS = -3.0
TF_MAX_BITS = 2.0
#: Fields whose agreement can lift a candidate into "strong": names alone never do (namesakes
#: share them), so without an agreeing birth date (or year) or service number the score stays
#: just under the strong band.
CORROBORATING = ("birth_date", "service_number")
#: What "agrees" means for that rule: the codes of those fields that the shipped weights count
#: in favour (a full or partial date, the year alone, a slip of one digit; the number or a typo
#: of it). Fixed by code, not by the weights in force, so that learned weights keep the guard:
#: a year one off from an age (``date.near_year``) never corroborates, whatever a vault learns.
AGREEING = frozenset(
    code
    for name in CORROBORATING
    for code, (verdict, weight) in WEIGHTS[name].items()
    if verdict in (MATCH, PARTIAL) and weight > 0
)
_NAMES_ONLY_CAP = STRONG - 0.1


@dataclass(frozen=True)
class Model:
    """The weights in force: field -> comparison code -> points, and how points become a
    score. ``SHIPPED`` holds the hand-set weights; ``caseapp.matching.learn`` estimates a model
    from a vault's own records (Fellegi-Sunter, in bits). ``per_bit`` converts a frequency
    adjustment (bits) into points."""

    weights: Mapping[str, Mapping[str, float]]
    center: float = CENTER
    scale: float = SCALE
    per_bit: float = 0.5
    source: str = "shipped"

    def score_of(self, points: float) -> float:
        """0-100, rounded to one decimal."""
        z = (points - self.center) / self.scale
        return round(100.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z)))), 1)

    def weight(self, field_name: str, code: str) -> float:
        return self.weights[field_name][code]

    @cached_property
    def names_max(self) -> float:
        """The most points the three name fields can give together (read as written or
        swapped): the bound that lets ``points_above`` skip comparing names that cannot
        lift a candidate high enough."""
        best = sum(self.field_max(name) for name in ("family_name", "given_name", "patronymic"))
        return best + max(0.0, self.weights["names"]["names.swapped"])

    def field_max(self, field_name: str) -> float:
        """The most points one field can give."""
        return self._maxima[field_name]

    @cached_property
    def _maxima(self) -> dict[str, float]:
        return {name: max(codes.values()) for name, codes in self.weights.items()}

    @cached_property
    def tf_span(self) -> tuple[float, float]:
        """The least and the most points the name-frequency adjustment can add (family and
        given name together)."""
        low, high = sorted((2 * self.per_bit * TF_MIN_BITS, 2 * self.per_bit * TF_MAX_BITS))
        return min(0.0, low), max(0.0, high)

    def points_for(self, score: float) -> float:
        """The fewest points that can show as ``score`` (after rounding to one decimal);
        -inf for 0 or less."""
        share = (score - 0.05) / 100.0
        if share <= 0.0:
            return -math.inf
        if share >= 1.0:
            return math.inf
        return self.center + self.scale * math.log(share / (1.0 - share))


SHIPPED = Model(
    {name: {code: w for code, (_, w) in table.items()} for name, table in WEIGHTS.items()}
)


class Frequencies:
    """How often each family name and given name occurs among the indexed records (their main
    name form), for the term-frequency adjustment; kept up to date by ``MatchIndex``."""

    def __init__(self) -> None:
        self.family: dict[str, int] = {}
        self.given: dict[str, int] = {}
        self._sumsq = {"family": 0, "given": 0}
        self._total = {"family": 0, "given": 0}
        self._bits: dict[str, dict[str, float]] = {"family": {}, "given": {}}

    @staticmethod
    def family_key(part: NamePart | None) -> str | None:
        if part is None or part.initial is not None:
            return None
        return part.masc.replace(" ", "")

    @staticmethod
    def given_key(part: NamePart | None) -> str | None:
        if part is None or part.initial is not None:
            return None
        if part.group is not None:
            return f"#{part.group}"
        return part.skel

    def _change(self, kind: str, key: str | None, step: int) -> None:
        if key is None:
            return
        table = self.family if kind == "family" else self.given
        self._bits[kind].clear()
        count = table.get(key, 0)
        new = count + step
        self._sumsq[kind] += new * new - count * count
        self._total[kind] += step
        if new:
            table[key] = new
        else:
            table.pop(key, None)

    def add(self, record: Prepared, step: int = 1) -> None:
        if record.names:
            main = record.names[0]
            self._change("family", self.family_key(main.family), step)
            self._change("given", self.given_key(main.given), step)

    def remove(self, record: Prepared) -> None:
        self.add(record, -1)

    def bits(self, kind: str, key: str | None) -> float:
        """log2(average chance that two records agree / this value's share): positive for a
        rare name, negative for a common one; 0 when unknown."""
        total = self._total[kind]
        if key is None or total < 50:
            return 0.0
        cache = self._bits[kind]
        value = cache.get(key)
        if value is None:
            count = (self.family if kind == "family" else self.given).get(key, 0) or 1
            value = math.log2(self._sumsq[kind] / (total * count))
            value = cache[key] = max(TF_MIN_BITS, min(TF_MAX_BITS, value))
        return value


def score_of(points: float) -> float:
    """0-100 under the shipped model, rounded to one decimal."""
    return SHIPPED.score_of(points)


def final_score(assessment: Assessment, model: Model | None = None) -> float:
    """The score shown: ``model``'s score of the points, kept under "strong" unless a birth
    date or service number agrees (``AGREEING``: the same codes whatever the weights)."""
    score = (model or SHIPPED).score_of(assessment.points)
    if score >= STRONG and not any(code in AGREEING for _, code in assessment.codes):
        return _NAMES_ONLY_CAP
    return score


def band_of(score: float) -> str:
    return "strong" if score >= STRONG else "possible" if score >= POSSIBLE else "weak"


@lru_cache(maxsize=1 << 18)
def _cmp(a: NamePart | None, b: NamePart | None, kind: str, table: NameTable) -> str:
    return names.compare(a, b, kind, table)


def _tf_points(
    a: PreparedName, codes: tuple[str, str, str], model: Model, freq: Frequencies | None
) -> tuple[float, float]:
    """The frequency adjustment (points) of the family and the given name agreement."""
    if freq is None:
        return 0.0, 0.0
    family = given = 0.0
    if codes[0] in FULL_AGREEMENT:
        family = model.per_bit * freq.bits("family", freq.family_key(a.family))
    if codes[1] in FULL_AGREEMENT:
        given = model.per_bit * freq.bits("given", freq.given_key(a.given))
    return family, given


@dataclass(frozen=True, slots=True)
class Assessment:
    """The outcome of comparing a candidate with a query, before it is put into words.
    ``field_points`` holds each field's contribution (frequency adjustment included)."""

    points: float
    codes: tuple[tuple[str, str], ...]
    candidate_name: PreparedName
    query_name: PreparedName
    swapped: bool
    field_points: tuple[float, ...] = ()

    @property
    def score(self) -> float:
        return score_of(self.points)


_NO_NAME = PreparedName(None, None, None)


def _best_names(
    candidate: Prepared, query: Prepared, table: NameTable, w: Mapping[str, Mapping[str, float]]
) -> tuple[float, tuple[str, str, str], PreparedName, PreparedName, bool]:
    fw, gw, pw = w["family_name"], w["given_name"], w["patronymic"]
    cmp = _cmp
    best = -math.inf
    best_codes = (names.MISSING, names.MISSING, names.MISSING)
    best_pair = (_NO_NAME, _NO_NAME)
    swapped = False
    for a in candidate.names:
        for b in query.names:
            f = cmp(a.family, b.family, "family", table)
            g = cmp(a.given, b.given, "given", table)
            p = cmp(a.patronymic, b.patronymic, "patronymic", table)
            value = fw[f] + gw[g] + pw[p]
            if value > best:
                best, best_codes, best_pair = value, (f, g, p), (a, b)
    if best < _TRY_SWAP_BELOW:
        penalty = w["names"]["names.swapped"]
        for a in candidate.names:
            for b in query.swapped:
                f = cmp(a.family, b.family, "family", table)
                g = cmp(a.given, b.given, "given", table)
                p = cmp(a.patronymic, b.patronymic, "patronymic", table)
                value = penalty + fw[f] + gw[g] + pw[p]
                if value > best:
                    best, best_codes, best_pair, swapped = value, (f, g, p), (a, b), True
    if best == -math.inf:
        best = 0.0
    return best, best_codes, best_pair[0], best_pair[1], swapped


def assess(
    candidate: Prepared,
    query: Prepared,
    table: NameTable,
    model: Model | None = None,
    freq: Frequencies | None = None,
) -> Assessment:
    """Compare every name form of both (and the query's swapped reading when the names do not
    agree as written); the best-agreeing pair counts, together with all other fields."""
    model = model or SHIPPED
    w = model.weights
    best, (f, g, p), a_name, b_name, swapped = _best_names(candidate, query, table, w)
    tf_family, tf_given = _tf_points(a_name, (f, g, p), model, freq)
    others = (
        ("sex", _sex_code(candidate, query)),
        ("birth_date", _date_code(candidate, query)),
        ("birth_place", places.compare_places(candidate.place, query.place)),
        ("service_number", identifiers.compare_service(candidate.service, query.service)),
        ("unit", identifiers.compare_units(candidate.unit, query.unit)),
    )
    fields: tuple[tuple[str, str], ...] = (
        ("family_name", f),
        ("given_name", g),
        ("patronymic", p),
        *others,
    )
    contributions = [
        w["family_name"][f] + tf_family,
        w["given_name"][g] + tf_given,
        w["patronymic"][p],
        *(w[name][code] for name, code in others),
    ]
    if swapped:
        fields = (("names", "names.swapped"), *fields)
        contributions.insert(0, w["names"]["names.swapped"])
    total = best + tf_family + tf_given + sum(w[name][code] for name, code in others)
    return Assessment(total, fields, a_name, b_name, swapped, tuple(contributions))


def points(
    candidate: Prepared,
    query: Prepared,
    table: NameTable,
    model: Model | None = None,
    freq: Frequencies | None = None,
) -> float:
    """``assess(...).points`` without recording why: the fast path for ranking candidates."""
    model = model or SHIPPED
    w = model.weights
    if len(candidate.names) == 1 and len(query.names) == 1 and freq is None:
        # The common case, inlined: one name form on each side, read as written.
        a, b = candidate.names[0], query.names[0]
        cmp = _cmp
        total = (
            w["family_name"][cmp(a.family, b.family, "family", table)]
            + w["given_name"][cmp(a.given, b.given, "given", table)]
            + w["patronymic"][cmp(a.patronymic, b.patronymic, "patronymic", table)]
        )
        if total < _TRY_SWAP_BELOW:
            total = _best_names(candidate, query, table, w)[0]
        return total + other_points(candidate, query, w)
    total, codes, a_name, _, _ = _best_names(candidate, query, table, w)
    if freq is not None:
        tf_family, tf_given = _tf_points(a_name, codes, model, freq)
        total += tf_family + tf_given
    return total + other_points(candidate, query, w)


def points_above(
    candidate: Prepared, query: Prepared, table: NameTable, model: Model, floor: float
) -> float | None:
    """``points(candidate, query, table, model)``, or None when they are surely below
    ``floor``: the cheap fields (dates, sex, place, numbers) are compared first, and the
    names, the costly part, only as far as their best agreement could still reach ``floor``
    (branch and bound: a namesake born in another year is not compared further against a
    query whose top ten are already better). The swapped reading of the query is tried, as
    in ``points``, only when the names as written agree little, and only if it could win."""
    w = model.weights
    other = other_points(candidate, query, w)
    need = floor - other  # what the names must give
    if model.names_max < need:
        return None
    if len(candidate.names) != 1 or len(query.names) != 1:
        return _best_names(candidate, query, table, w)[0] + other
    fw, gw, pw = w["family_name"], w["given_name"], w["patronymic"]
    a, b = candidate.names[0], query.names[0]
    cmp = _cmp
    p_points = pw[cmp(a.patronymic, b.patronymic, "patronymic", table)]
    # Summed in the order ``points`` sums them: equal totals stay equal (ties keep their order).
    family = fw[cmp(a.family, b.family, "family", table)]
    written = family + gw[cmp(a.given, b.given, "given", table)] + p_points
    if written >= _TRY_SWAP_BELOW:
        return written + other
    # Family and given name exchanged (the patronymic stays): worth comparing only if it
    # could beat the reading as written and reach ``floor``.
    s = query.swapped[0]
    penalty = w["names"]["names.swapped"]
    f_max, g_max = model.field_max("family_name"), model.field_max("given_name")
    if penalty + f_max + g_max + p_points <= max(written, need):
        return written + other if written >= need else None
    family = penalty + fw[cmp(a.family, s.family, "family", table)]
    if family + g_max + p_points > written:
        swapped = family + gw[cmp(a.given, s.given, "given", table)] + p_points
        written = max(written, swapped)
    return written + other if written >= need else None


def other_points(
    candidate: Prepared, query: Prepared, w: Mapping[str, Mapping[str, float]]
) -> float:
    total = 0.0
    if candidate.sex is not None and query.sex is not None:
        total += w["sex"]["sex.same" if candidate.sex == query.sex else "sex.mismatch"]
    if candidate.birth is not None and query.birth is not None:
        total += w["birth_date"][
            dates.compare_dates(
                candidate.birth, query.birth, candidate.birth_window, query.birth_window
            )
        ]
    if candidate.place is not None and query.place is not None:
        total += w["birth_place"][places.compare_places(candidate.place, query.place)]
    if candidate.service is not None and query.service is not None:
        total += w["service_number"][identifiers.compare_service(candidate.service, query.service)]
    if candidate.unit is not None and query.unit is not None:
        total += w["unit"][identifiers.compare_units(candidate.unit, query.unit)]
    return total


def _date_code(candidate: Prepared, query: Prepared) -> str:
    return dates.compare_dates(
        candidate.birth, query.birth, candidate.birth_window, query.birth_window
    )


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
    contributions = assessment.field_points or (0.0,) * len(assessment.codes)
    for (field_name, code), weight in zip(assessment.codes, contributions, strict=True):
        verdict = WEIGHTS[field_name][code][0]
        a, b = values.get(field_name, ("", ""))
        # "weight": this field's points in the score (frequency adjustment included).
        params = {"a": a, "b": b, "weight": f"{weight:+.1f}"} if verdict != MISSING else {}
        out.append(FieldReason(field_name, verdict, code, params))
    return out
