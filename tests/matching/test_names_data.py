"""The equivalence data in resources/names: verified columns and the equivalences it gives."""

from __future__ import annotations

import csv
import io

import pytest

from caseapp.matching.names import NameTable, default_table, name_part
from caseapp.matching.phonetic import skeleton
from caseapp.matching.places import compare_places, default_places, place_key
from caseapp.matching.translit import russian_icao, ukrainian
from caseapp.resources import resource_path


def _rows(name: str) -> list[dict[str, str]]:
    text = resource_path("names", name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def test_transliteration_columns_equal_the_official_systems() -> None:
    wrong = [
        (row["uk"], row["uk_latin"], row["ru"], row["ru_latin"])
        for row in _rows("given_names.csv")
        if ukrainian(row["uk"].split("|")[0]) != row["uk_latin"]
        or russian_icao(row["ru"].split("|")[0]) != row["ru_latin"]
    ]
    assert wrong == []


def test_every_male_name_has_its_four_patronymics_and_females_none() -> None:
    columns = ("uk_patronymic_m", "uk_patronymic_f", "ru_patronymic_m", "ru_patronymic_f")
    for row in _rows("given_names.csv"):
        filled = [bool(row[c]) for c in columns]
        assert filled == ([True] * 4 if row["sex"] == "m" else [False] * 4), row["uk"]


def test_no_spelling_belongs_to_two_given_names() -> None:
    assert default_table().conflicts == set()


def test_only_the_known_patronymic_clash() -> None:
    # Арсенівна (of Арсен) and Арсеніївна (of Арсеній) share a skeleton: left ambiguous.
    assert default_table().patronymic_conflicts == {"arsenivna"}


def _group(name: str, kind: str = "given") -> int | None:
    table = default_table()
    part = name_part(name, kind, table)
    assert part is not None
    return part.group


@pytest.mark.parametrize(
    "forms",
    [
        ["Олександр", "Александр", "Oleksandr", "Aleksandr", "Alexander", "Olexandr", "OLEKSANDR"],
        ["Микола", "Николай", "Mykola", "Nikolai", "Nikolay"],
        ["Ганна", "Анна", "Hanna", "Anna", "Ganna"],
        ["Сергій", "Сергей", "Serhii", "Serhiy", "Sergiy", "Sergey", "Sergei"],
        ["Юрій", "Юрий", "Yurii", "Iurii", "Yuriy", "Yury"],
        ["Наталія", "Наталя", "Наталья", "Наталия", "Nataliia", "Natalya"],
        ["Євген", "Евгений", "Yevhen", "Evgenii", "Yevgeniy", "Eugene"],
        ["Петро", "Пётр", "Петр", "Petro", "Petr", "Pyotr"],
    ],
)
def test_forms_of_one_name_share_a_group(forms: list[str]) -> None:
    groups = {_group(form) for form in forms}
    assert len(groups) == 1 and None not in groups


def test_different_names_have_different_groups() -> None:
    assert _group("Олександр") != _group("Олександра")
    assert _group("Олег") != _group("Олексій")
    assert _group("Дарина") != _group("Дарія")


@pytest.mark.parametrize(
    ("patronymic", "father"),
    [
        ("Миколайович", "Микола"),
        ("Николаевич", "Микола"),
        ("Миколаївна", "Микола"),
        ("Nikolaevna", "Микола"),
        ("Ильич", "Ілля"),
        ("Яковлевич", "Яків"),
        ("Олександрівна", "Олександр"),
    ],
)
def test_patronymics_point_to_the_fathers_name(patronymic: str, father: str) -> None:
    assert _group(patronymic, "patronymic") == _group(father)


def test_a_typo_still_finds_the_name_but_only_as_a_typo() -> None:
    table = default_table()
    part = name_part("Нколай", "given", table)
    assert part is not None and part.fuzzy and part.group == _group("Микола")
    assert name_part("Ян", "given", table) is not None  # short names are never guessed
    assert table.near_group_of("ian") is None


def test_a_table_can_be_built_from_other_rows() -> None:
    table = NameTable([{"sex": "m", "uk": "Тест", "ru": "Тэст"}])
    assert table.group_of(skeleton("Test")) is not None


def test_place_file_latin_column_starts_with_the_ukrainian_2010_form() -> None:
    wrong = [
        row["uk"]
        for row in _rows("places.csv")
        if ukrainian(row["uk"].split("|")[0]) != row["latin"].split("|")[0]
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "names",
    [
        ["Київ", "Киев", "Kyiv", "Kiev", "м. Київ", "г. Киев", "Kyiv city"],
        ["Харків", "Харьков", "Kharkiv", "Kharkov"],
        ["Запоріжжя", "Запорожье", "Zaporizhzhia", "Zaporozhye"],
        ["Дніпро", "Днепропетровск", "Dnipropetrovsk", "Dnepr"],
    ],
)
def test_place_names_of_one_place_are_equivalent(names: list[str]) -> None:
    table = default_places()
    keys = [place_key(name, table) for name in names]
    assert {key.place for key in keys if key} == {keys[0].place if keys[0] else None}
    assert all(compare_places(keys[0], key) in ("place.same", "place.equivalent") for key in keys)


def test_unknown_places_compare_by_spelling() -> None:
    table = default_places()
    assert (
        compare_places(place_key("Вишнівка", table), place_key("Vyshnivka", table))
        == "place.equivalent"
    )
    assert compare_places(place_key("Київ", table), place_key("Одеса", table)) == "place.mismatch"
