"""Each kind of variation the issue lists: the true record is still found, first, and the
explanation names the variation."""

from __future__ import annotations

import pytest

from caseapp.matching import MatchIndex, PersonInput
from caseapp.matching.dates import compare_dates, parse_birth_date
from caseapp.matching.names import compare, default_table, name_part
from caseapp.matching.phonetic import skeleton

TRUE = PersonInput(
    "true",
    "Білецький",
    "Олександр",
    "Миколайович",
    "M",
    "1985-03-12",
    "Київ",
    service_number="АА123456",
    unit="в/ч А0224",
)
DECOYS = [
    # A brother: same surname, father and birthplace; another given name and birth date.
    PersonInput("brother", "Білецький", "Сергій", "Миколайович", "M", "1988-07-01", "Київ"),
    # A namesake: same surname and given name, another father and birth date.
    PersonInput("namesake", "Білецький", "Олександр", "Петрович", "M", "1979-11-30", "Харків"),
    PersonInput("other1", "Білик", "Олександр", "Миколайович", "M", "1985-04-02", "Одеса"),
    PersonInput("other2", "Білецька", "Ганна", "Іванівна", "F", "1990", "Львів"),
    PersonInput("other3", "Коваленко", "Олександр", "Миколайович", "M", "1985-03-12", "Київ"),
]


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return MatchIndex([TRUE, *DECOYS])


def _codes(index: MatchIndex, query: PersonInput) -> dict[str, str]:
    results = index.match(query, 3)
    assert results, "no candidate at all"
    assert results[0].record_id == "true", [(r.record_id, r.score) for r in results]
    return {reason.field: reason.code for reason in results[0].reasons}


def q(**values: str | None) -> PersonInput:
    base = {"id": "q", "family_name": "Білецький", "given_name": "Олександр"}
    base.update(values)
    return PersonInput(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "field", "code"),
    [
        # Scripts and transliteration systems
        # (The record's form is named: the record has the Ukrainian form of the query's name.)
        (q(given_name="Александр", birth_date="1985-03-12"), "given_name", "name.ukrainian_form"),
        (q(family_name="Белецкий", birth_date="1985-03-12"), "family_name", "name.ukrainian_form"),
        (
            q(family_name="Biletskyi", birth_date="1985-03-12"),
            "family_name",
            "name.transliteration",
        ),
        (q(given_name="Aleksandr", birth_date="1985-03-12"), "given_name", "name.ukrainian_form"),
        (q(given_name="Alexander", birth_date="1985-03-12"), "given_name", "name.transliteration"),
        # Informal -iy / -y / -i endings
        (q(family_name="Biletskiy", birth_date="1985"), "family_name", "name.transliteration"),
        (q(family_name="Biletsky", birth_date="1985"), "family_name", "name.transliteration"),
        (q(family_name="Biletski", birth_date="1985"), "family_name", "name.transliteration"),
        # Patronymic in the other language
        (q(patronymic="Николаевич", birth_date="1985"), "patronymic", "name.ukrainian_form"),
        # Typos
        (q(family_name="Білцький", birth_date="1985-03-12"), "family_name", "name.typo"),
        (q(given_name="Олексадр", birth_date="1985-03-12"), "given_name", "name.typo"),
        # Initials
        (
            q(given_name="О.", patronymic="М.", birth_date="1985-03-12"),
            "given_name",
            "name.initial",
        ),
        (q(given_name="O", birth_date="1985-03-12"), "given_name", "name.initial"),
        # Family and given names swapped
        (
            q(family_name="Олександр", given_name="Білецький", birth_date="1985-03-12"),
            "names",
            "names.swapped",
        ),
        # Dates: partial, swapped, slipped
        (q(birth_date="1985"), "birth_date", "date.same_year"),
        (q(birth_date="1985-03"), "birth_date", "date.same_month"),
        (q(birth_date="1985-12-03"), "birth_date", "date.swapped"),
        (q(birth_date="1986-03-12"), "birth_date", "date.year_slip"),
        (q(birth_date="1958-03-12"), "birth_date", "date.year_slip"),
        # Place in another language, sex, unit, service number
        (q(birth_place="г. Киев"), "birth_place", "place.equivalent"),
        (q(birth_place="Kyiv"), "birth_place", "place.equivalent"),
        (q(sex="M", birth_date="1985"), "sex", "sex.same"),
        (q(unit="military unit A0224"), "unit", "unit.same"),
        (q(service_number="AA 123456"), "service_number", "service.same"),
    ],
)
def test_variation_is_found_and_explained(
    index: MatchIndex, query: PersonInput, field: str, code: str
) -> None:
    assert _codes(index, query)[field] == code


def test_feminine_surname_form() -> None:
    index = MatchIndex(
        [
            PersonInput("her", "Белецкая", "Анна", "Ивановна", "F", "1990-05-01"),
            PersonInput("brother", "Білецький", "Іван", "Іванович", "M", "1987-02-02"),
        ]
    )
    results = index.match(PersonInput("q", "Білецька", "Ганна", None, "F", "1990"))
    assert results[0].record_id == "her"
    family = next(r for r in results[0].reasons if r.field == "family_name")
    assert family.code == "name.russian_form"  # Белецкая is the Russian of Білецька
    assert family.verdict == "match"
    father = index.match(PersonInput("q", "Білецька", "Ганна", None, "F", "1990"), 2)[1]
    assert father.record_id == "brother"
    codes = {r.field: r.code for r in father.reasons}
    assert codes["family_name"] == "name.masculine_form" and father.band == "weak"


@pytest.mark.parametrize(
    ("a", "b", "code"),
    [
        ("Білецька", "Білецький", "name.feminine_form"),
        ("Білецький", "Білецька", "name.masculine_form"),
        ("Іванова", "Иванов", "name.feminine_form"),
        ("Коломиец", "Коломієць", "name.russian_form"),
        ("Коломієць", "Коломиец", "name.ukrainian_form"),
        ("Олейник", "Олійник", "name.russian_form"),
        ("Oleinyk", "Oliinyk", "name.variant"),
        ("Kovalenko", "Коваленко", "name.transliteration"),
        ("Ковальчук", "Коваленко", "name.mismatch"),
        ("Давидак", "Давидко", "name.mismatch"),  # other suffix: another surname, not a variant
    ],
)
def test_family_name_comparison(a: str, b: str, code: str) -> None:
    table = default_table()
    assert (
        compare(name_part(a, "family", table), name_part(b, "family", table), "family", table)
        == code
    )


def test_two_known_different_given_names_never_count_as_a_typo() -> None:
    table = default_table()
    # Іван / Ян are one edit apart in Latin but are two different names: brothers.
    assert (
        compare(name_part("Іван", "given", table), name_part("Ян", "given", table), "given", table)
        == "name.mismatch"
    )


@pytest.mark.parametrize(
    ("a", "b", "code"),
    [
        ("1985-03-12", "1985-03-12", "date.same"),
        ("1985-03-12", "1985-03", "date.same_month"),
        ("1985-03-12", "1985", "date.same_year"),
        ("1985-03-12", "1985-12-03", "date.swapped"),
        ("1985-05", "1985-03-05", "date.swapped"),
        ("1985-03-12", "1995-03-12", "date.year_slip"),
        ("1985-03-12", "1985-03-13", "date.digit_slip"),
        ("1985", "1986", "date.near_year"),
        (
            "1985",
            "1988",
            "date.mismatch",
        ),  # a year apart by one digit is not a slip without the rest
        ("1985-03-12", "1988-03-12", "date.year_slip"),
        ("1985-03-12", "1979-11-30", "date.mismatch"),
        ("1985-03-12", None, "date.missing"),
    ],
)
def test_date_comparison(a: str, b: str | None, code: str) -> None:
    assert compare_dates(parse_birth_date(a), parse_birth_date(b)) == code


def test_skeleton_equates_systematic_spellings() -> None:
    assert (
        len(
            {
                skeleton(x)
                for x in ("Коломієць", "Коломиец", "Kolomiiets", "Kolomiyets", "Kolomiets")
            }
        )
        == 1
    )
    assert len({skeleton(x) for x in ("Щербак", "Shcherbak", "Scherbak", "SHCHERBAK")}) == 1
    assert len({skeleton(x) for x in ("Zghurskyi", "Zgurskiy", "Zgursky", "Згурський")}) == 1
    assert skeleton("Hrytschuk") != skeleton("Hryshchuk")  # t-s-ch is ц+ч, not щ


def test_service_number_is_strong_evidence_and_birth_date_conflict_strong_against() -> None:
    records = [
        PersonInput("a", "Shevchenko", "Taras", None, "M", None, service_number="АА123456"),
        PersonInput("b", "Шевченко", "Тарас", "Григорович", "M", "1992-05-06"),
    ]
    index = MatchIndex(records)
    by_service = index.match(PersonInput("q", "Шевченко", "Т.", service_number="AA-123456"))
    assert by_service[0].record_id == "a" and by_service[0].band == "strong"
    conflicting = index.match(
        PersonInput("q", "Шевченко", "Тарас", "Григорович", "M", "1980-01-01")
    )
    # The record with another birth date is weak; the one without a date is not strong.
    assert {r.record_id: r.band for r in conflicting}["b"] == "weak"
    assert all(r.band != "strong" for r in conflicting)
