"""Per-field explanations a reviewer reads beside the two records: what agreed, how, and what not.

A ``FieldReason`` is data (field, verdict, code, the two values); ``text(lang)`` renders it in
English, Ukrainian or Russian through ``caseapp.i18n.translate``. In every sentence the first
value is the candidate record's and the second the query's (the tracing request, or the other
record when looking for duplicates), so "Александр ≈ Олександр (Russian form)" says the record
has the Russian form of the name the family gave.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from caseapp.i18n import translate

VERDICTS = ("match", "partial", "mismatch", "missing")

#: Field labels, translated with the sentences.
FIELD_LABELS: dict[str, str] = {
    "family_name": "family name",
    "given_name": "given name",
    "patronymic": "patronymic",
    "names": "name order",
    "sex": "sex",
    "birth_date": "birth date",
    "birth_place": "birth place",
    "service_number": "service number",
    "unit": "unit",
}

#: English source text of every explanation, by code. ``{field}`` is the translated label,
#: ``{a}`` the candidate's value, ``{b}`` the query's.
TEMPLATES: dict[str, str] = {
    "name.same": "{field}: {a} (same)",
    "name.transliteration": "{field}: {a} ≈ {b} (transliteration)",
    "name.spelling": "{field}: {a} ≈ {b} (spelling variant)",
    "name.russian_form": "{field}: {a} ≈ {b} (Russian form)",
    "name.ukrainian_form": "{field}: {a} ≈ {b} (Ukrainian form)",
    "name.variant": "{field}: {a} ≈ {b} (variant of the same name)",
    "name.feminine_form": "{field}: {a} ≈ {b} (feminine form)",
    "name.masculine_form": "{field}: {a} ≈ {b} (masculine form)",
    "name.familiar": "{field}: {a} ≈ {b} (familiar form of the same name)",
    "name.part": "{field}: {a} ≈ {b} (one part of a double name)",
    "name.typo": "{field}: {a} ~ {b} (similar spelling, possibly a typo)",
    "name.initial": "{field}: {a} ≈ {b} (initial only)",
    "name.mismatch": "{field}: {a} ≠ {b}",
    "name.missing": "{field}: missing on one or both sides",
    "names.swapped": "{field}: family and given names appear swapped",
    "names.split": "{field}: a whole name written in one cell, read as family | given | patronymic: {a} (record) / {b} (query)",
    "sex.same": "{field}: same ({a})",
    "sex.same_inferred": "{field}: same ({a}; judged from the names on one or both sides)",
    "sex.mismatch": "{field}: {a} ≠ {b}",
    "sex.mismatch_inferred": "{field}: {a} ≠ {b} (judged from the names on one or both sides)",
    "sex.missing": "{field}: missing on one or both sides",
    "date.same": "{field}: {a} (same)",
    "date.same_month": "{field}: {a} ≈ {b} (same year and month; the day is known on one side only)",
    "date.same_year": "{field}: {a} ≈ {b} (same year; the rest is known on one side only)",
    "date.swapped": "{field}: {a} ≈ {b} (day and month swapped)",
    "date.year_slip": "{field}: {a} ≈ {b} (one digit of the year differs)",
    "date.near_year": "{field}: {a} ≈ {b} (years one apart; only the year is known on one side)",
    "date.age_fits": "{field}: {a} ≈ {b} (an age on the list's date, and the date fits it)",
    "date.digit_slip": "{field}: {a} ≈ {b} (one digit differs)",
    "date.mismatch": "{field}: {a} ≠ {b} (different dates: strong evidence against)",
    "date.missing": "{field}: missing on one or both sides",
    "place.same": "{field}: {a} (same)",
    "place.equivalent": "{field}: {a} = {b} (same place)",
    "place.typo": "{field}: {a} ~ {b} (similar spelling)",
    "place.mismatch": "{field}: {a} ≠ {b}",
    "place.missing": "{field}: missing on one or both sides",
    "service.same": "{field}: {a} (same: strong evidence)",
    "service.typo": "{field}: {a} ~ {b} (one character differs)",
    "service.mismatch": "{field}: {a} ≠ {b}",
    "service.missing": "{field}: missing on one or both sides",
    "unit.same": "{field}: {a} ≈ {b} (same unit)",
    "unit.similar": "{field}: {a} ~ {b} (similar)",
    "unit.mismatch": "{field}: {a} ≠ {b}",
    "unit.missing": "{field}: missing on one or both sides",
}

#: Sex codes as words.
SEX_WORDS = {"M": "male", "F": "female"}


@dataclass(frozen=True)
class FieldReason:
    """One field's verdict and why. ``params`` holds the values the sentence quotes."""

    field: str
    verdict: str
    code: str
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """Plain data for storing with a link (JSON); ``from_dict`` reads it back."""
        return {
            "field": self.field,
            "verdict": self.verdict,
            "code": self.code,
            "params": dict(self.params),
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> FieldReason:
        params = data.get("params") or {}
        if not isinstance(params, dict):
            raise ValueError("a stored reason's params must be a mapping")
        return cls(
            str(data["field"]),
            str(data["verdict"]),
            str(data["code"]),
            {str(k): str(v) for k, v in params.items()},
        )

    def text(self, lang: str = "en") -> str:
        values = dict(self.params)
        if self.field == "sex":
            values = {k: translate(SEX_WORDS.get(v, v), lang) for k, v in values.items()}
        values.setdefault("a", "")
        values.setdefault("b", "")
        label = translate(FIELD_LABELS.get(self.field, self.field), lang)
        return translate(TEMPLATES[self.code], lang, field=label, **values)


def contrast(
    ours: list[FieldReason], theirs: list[FieldReason]
) -> list[tuple[FieldReason, FieldReason]]:
    """The fields where another candidate compares differently with the query than this one
    (``(ours, theirs)`` per field, in this one's order): why the runner-up differs. Empty when
    both agree with the query in the same way on every field — near-identical candidates,
    perhaps two records of one person."""
    by_field = {reason.field: reason for reason in theirs}
    out = []
    for reason in ours:
        other = by_field.get(reason.field)
        if other is None or other.code == "names.split":
            continue
        # Two ways of agreeing (Russian form / same) are no difference worth a reviewer's time.
        if other.verdict != reason.verdict or (
            other.code != reason.code and reason.verdict != "match"
        ):
            out.append((reason, other))
    return out


RIVAL_SAME = "runner-up {score} ({margin} behind): compares with the request in the same way on every field — near-identical candidates, perhaps two records of one person"
RIVAL_DIFFERS = "runner-up {score} ({margin} behind), differs in: {reasons}"
RIVAL_AHEAD_SAME = "another candidate scores {score} ({margin} ahead) and compares in the same way on every field — near-identical candidates"
RIVAL_AHEAD_DIFFERS = "another candidate scores {score} ({margin} ahead), differs in: {reasons}"
NO_RIVAL = "no other candidate"


def rival_text(
    margin: float | None, rival_score: float, differs: list[FieldReason], lang: str = "en"
) -> str:
    """One line for the reviewer: how far ahead (or behind) this candidate is of the best other
    one, and why that one differs (a namesake born 1971 vs 1998 is not the same case as two
    near-identical candidates). ``differs``: the other's reasons where it compares differently."""
    if margin is None:
        return translate(NO_RIVAL, lang)
    values = {"score": f"{rival_score:.0f}", "margin": f"{abs(margin):.1f}"}
    ahead = margin < 0
    if not differs:
        return translate(RIVAL_AHEAD_SAME if ahead else RIVAL_SAME, lang, **values)
    reasons = "; ".join(reason.text(lang) for reason in differs)
    return translate(
        RIVAL_AHEAD_DIFFERS if ahead else RIVAL_DIFFERS, lang, reasons=reasons, **values
    )


MISSING_SUMMARY = "missing on one or both sides: {fields}"


def reasons_text(reasons: list[FieldReason], lang: str = "en") -> str:
    """All reasons as one line (the CLI's ``reasons`` column): the fields compared, then the
    fields that could not be compared, named together."""
    parts = [reason.text(lang) for reason in reasons if reason.verdict != "missing"]
    missing = [
        translate(FIELD_LABELS.get(r.field, r.field), lang)
        for r in reasons
        if r.verdict == "missing"
    ]
    if missing:
        parts.append(translate(MISSING_SUMMARY, lang, fields=", ".join(missing)))
    return "; ".join(parts)
