"""The explanation a reviewer reads: exact sentences, in English, Ukrainian and Russian."""

from __future__ import annotations

import json

import pytest

from caseapp.i18n import core_catalog
from caseapp.matching import FieldReason, MatchIndex, PersonInput, reasons_text
from caseapp.matching.explain import FIELD_LABELS, MISSING_SUMMARY, SEX_WORDS, TEMPLATES

RUSSIAN_FORM = FieldReason(
    "given_name", "match", "name.russian_form", {"a": "Александр", "b": "Олександр"}
)


def test_issue_example_sentence() -> None:
    assert RUSSIAN_FORM.text() == "given name: Александр ≈ Олександр (Russian form)"


def test_translated_sentences() -> None:
    assert RUSSIAN_FORM.text("uk") == "ім'я: Александр ≈ Олександр (російська форма)"
    assert RUSSIAN_FORM.text("ru") == "имя: Александр ≈ Олександр (русская форма)"


def test_sex_is_written_as_a_word_in_each_language() -> None:
    reason = FieldReason("sex", "mismatch", "sex.mismatch", {"a": "M", "b": "F"})
    assert reason.text() == "sex: male ≠ female"
    assert reason.text("uk") == "стать: чоловіча ≠ жіноча"


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_every_explanation_string_is_translated(lang: str) -> None:
    catalog = core_catalog(lang)
    sources = (
        set(TEMPLATES.values())
        | set(FIELD_LABELS.values())
        | set(SEX_WORDS.values())
        | {MISSING_SUMMARY}
    )
    assert sources - set(catalog) == set()
    for source in sources:  # the same placeholders, so formatting cannot fail
        assert sorted(_placeholders(catalog[source])) == sorted(_placeholders(source)), source


def _placeholders(text: str) -> list[str]:
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def test_a_match_explains_every_field_with_verdicts() -> None:
    index = MatchIndex(
        [PersonInput("r", "Коваленко", "Александр", "Николаевич", "M", "1985-03-12", "Киев")]
    )
    result = index.match(
        PersonInput("q", "Коваленко", "Олександр", None, None, "1979-11-30", "Kyiv")
    )[0]
    by_field = {r.field: r for r in result.reasons}
    assert list(by_field) == [
        "family_name",
        "given_name",
        "patronymic",
        "sex",
        "birth_date",
        "birth_place",
        "service_number",
        "unit",
    ]
    assert {f: r.verdict for f, r in by_field.items()} == {
        "family_name": "match",
        "given_name": "match",
        "patronymic": "missing",
        "sex": "match",
        "birth_date": "mismatch",
        "birth_place": "match",
        "service_number": "missing",
        "unit": "missing",
    }
    assert by_field["birth_date"].text() == (
        "birth date: 1985-03-12 ≠ 1979-11-30 (different dates: strong evidence against)"
    )
    assert by_field["birth_place"].text() == "birth place: Киев = Kyiv (same place)"
    assert reasons_text(result.reasons) == (
        "family name: Коваленко (same); "
        "given name: Александр ≈ Олександр (Russian form); "
        "sex: same (male; judged from the names on one or both sides); "
        "birth date: 1985-03-12 ≠ 1979-11-30 (different dates: strong evidence against); "
        "birth place: Киев = Kyiv (same place); "
        "missing on one or both sides: patronymic, service number, unit"
    )
    assert result.band == "weak"


def test_reasons_round_trip_through_json() -> None:
    stored = json.loads(json.dumps([RUSSIAN_FORM.to_dict()], ensure_ascii=False))
    assert [FieldReason.from_dict(item) for item in stored] == [RUSSIAN_FORM]
