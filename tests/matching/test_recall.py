"""Issue 15's top-10 recall: the shapes of noise that used to hide the true record from the
candidates, or rank it below namesakes. Each test fails on the matcher before these changes."""

from __future__ import annotations

import pytest

from caseapp.domain.dates import PartialDate
from caseapp.matching import MatchIndex, PersonInput
from caseapp.matching.blocking import query_keys, record_keys
from caseapp.matching.dates import compare_dates
from caseapp.matching.names import compare, default_table, name_part, split_full_name


def _codes(index: MatchIndex, query: PersonInput, record_id: str) -> dict[str, str]:
    result = next(r for r in index.match(query, 10) if r.record_id == record_id)
    return {reason.field: reason.code for reason in result.reasons}


def _crowd(family: str, given: str, n: int = 60) -> list[PersonInput]:
    """Namesakes who share the query's common name, born on other days."""
    return [
        PersonInput(
            f"n{i}", family, given, birth_date=f"{1960 + i % 40}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        )
        for i in range(n)
    ]


# ---- a letter lost beside a copy of its neighbour ---------------------------------------------


@pytest.mark.parametrize(
    ("slip", "name"),
    [("Паасенко", "Panasenko"), ("Таасов", "Тарасов"), ("Сокоов", "Соколов"), ("Vooov", "Волов")],
)
def test_a_letter_lost_beside_its_double_is_a_typo(slip: str, name: str) -> None:
    table = default_table()
    a, b = name_part(slip, "family", table), name_part(name, "family", table)
    assert compare(a, b, "family", table) == "name.typo"
    # ...and it shares a blocking key with the name, though its skeleton lost two letters.
    record = MatchIndex().prepare(PersonInput("r", name, "Іван"))
    family_keys, _ = query_keys(MatchIndex().prepare(PersonInput("q", slip, "Іван")))
    assert set(family_keys) & record_keys(record)


def test_two_letters_lost_elsewhere_are_still_another_name() -> None:
    table = default_table()
    a, b = name_part("Петров", "family", table), name_part("Пров", "family", table)
    assert compare(a, b, "family", table) == "name.mismatch"


# ---- fields exchanged on the record's side ----------------------------------------------------


@pytest.mark.parametrize(
    ("record", "query"),
    [
        (("М.", "Соловйець", None), ("Соловйець", "М.", None)),  # the initial in the family field
        (("Volodimir", "Makhko", None), ("Махко", "В.", "Д.")),  # a given name in it
    ],
)
def test_a_record_with_its_name_fields_exchanged_is_a_candidate(
    record: tuple[str, str, str | None], query: tuple[str, str, str | None]
) -> None:
    index = MatchIndex([PersonInput("r", *record), *_crowd("Коваленко", "Петро", 20)])
    assert "r" in index.candidates(PersonInput("q", *query))


# ---- dates ------------------------------------------------------------------------------------


def test_a_year_miscounted_by_one_on_the_same_day_is_a_slip() -> None:
    assert compare_dates(PartialDate(1969, 1, 23), PartialDate(1970, 1, 23)) == "date.year_slip"
    # ...not when the day differs too (brothers born a year apart).
    assert compare_dates(PartialDate(1969, 1, 23), PartialDate(1970, 5, 2)) == "date.mismatch"


def test_a_full_date_within_an_ages_window_agrees() -> None:
    # 56 on 15 September 2025: born between 16 September 1968 and 15 September 1969; the year
    # kept for the age is 1969, the likelier, but 1 October 1968 fits the age as well.
    index = MatchIndex([PersonInput("r", "Kucher", "Dmytro", birth_date="1968-10-01")])
    aged = PersonInput("q", "Kucher", "Dmytro", birth_date="56 years", list_date="2025-09-15")
    assert _codes(index, aged, "r")["birth_date"] == "date.age_fits"
    older = PersonInput("q", "Kucher", "Dmytro", birth_date="57 years", list_date="2025-09-15")
    assert _codes(index, older, "r")["birth_date"] != "date.age_fits"


def test_same_day_and_given_name_find_a_garbled_surname_a_year_off() -> None:
    index = MatchIndex(
        [
            PersonInput("r", "Жков", "Артур", "Миколайович", birth_date="1979-01-14"),
            *_crowd("Шевчук", "Артур"),
        ]
    )
    query = PersonInput("q", "Shukow", "Artur", "N.", birth_date="1978-01-14")
    assert index.match(query, 10)[0].record_id == "r"


# ---- the cheap fields rank a crowd of namesakes -----------------------------------------------


def test_the_one_born_on_the_querys_day_is_scored_among_many_namesakes() -> None:
    crowd = [
        PersonInput(f"n{i}", "Мороз", "Юрій", birth_date=f"{1950 + i % 50}-{1 + i % 12:02d}-03")
        for i in range(120)
    ]
    true = PersonInput("r", "Морз", "Юлія", "Миколаївна", birth_date="1992-07-12")
    index = MatchIndex([true, *crowd], max_candidates=20)
    results = index.match(PersonInput("q", "Мороз", "Ю.", "Миколаївна", birth_date="1991-07-12"))
    assert results[0].record_id == "r"


# ---- one-cell names and initials --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "parts"),
    [
        ("Ivan A. Zabolenko", ("Zabolenko", "Ivan", "A.")),
        ("Ігор Ю. Нестеренко", ("Нестеренко", "Ігор", "Ю.")),
    ],
)
def test_given_name_initial_surname_is_split(cell: str, parts: tuple[str, str, str]) -> None:
    split = split_full_name(cell, default_table())
    assert split is not None
    assert (split.family, split.given, split.patronymic) == parts


def test_an_initial_ya_shares_the_initials_key_with_yan() -> None:
    index = MatchIndex()
    record = index.prepare(PersonInput("r", "Honchenko", "Yan"))
    _, other_keys = query_keys(index.prepare(PersonInput("q", "Гонченко", "Я.")))
    assert any(key.startswith("fi:") for key in set(other_keys) & record_keys(record))
    index.add(PersonInput("r", "Honchenko", "Yan"))
    assert _codes(index, PersonInput("q", "Гонченко", "Я."), "r")["given_name"] == "name.initial"


def test_a_given_name_read_through_a_typo_yields_to_the_patronymic_for_sex() -> None:
    index = MatchIndex()
    garbled = index.prepare(PersonInput("r", "Андреев", "Мшіа", "Володимирович"))
    assert garbled.sex == "M"
