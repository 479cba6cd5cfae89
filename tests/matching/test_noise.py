"""The noise of real lists (issue 15), one kind per test group, with examples as lists write them:
regional dates, look-alike letters, whole names in one cell, mediators' transliterations,
familiar given names, double-barrelled surnames."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.domain.dates import PartialDate
from caseapp.domain.models import PrisonerRecord
from caseapp.io.importer import plan_import
from caseapp.io.tables import read_table
from caseapp.listing import ListFilter, query_ids
from caseapp.matching import MatchIndex, PersonInput
from caseapp.matching.dates import (
    NOTE_AGE,
    NOTE_AMBIGUOUS,
    NOTE_SERIAL,
    day_month_order,
    iso_date,
    read_date,
)
from caseapp.matching.names import default_table, split_full_name
from caseapp.matching.phonetic import reading_of, skeleton
from caseapp.matching.translit import fix_mixed_script
from caseapp.search_keys import keys_fingerprint, search_keys
from caseapp.store import Session

# ---- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("14.03.1998", "1998-03-14"),
        ("14/03/1998", "1998-03-14"),
        ("14-03-1998", "1998-03-14"),
        ("1998.03.14", "1998-03-14"),
        ("1998-03-14 00:00:00", "1998-03-14"),  # a spreadsheet date exported with its time
        ("35868", "1998-03-14"),  # a spreadsheet's date number
        ("14.03.98", "1998-03-14"),
        ("14.03.1998 р.", "1998-03-14"),
        ("14 березня 1998", "1998-03-14"),
        ("14 марта 1998 г.", "1998-03-14"),
        ("03.1998", "1998-03"),
        ("1998 р.", "1998"),
        ("1998г.", "1998"),
        ("1998 г.р.", "1998"),
        ("близько 1990", "1990"),
        ("4.3.1998", "1998-03-04"),  # dots are day-first in the region
    ],
)
def test_dates_as_the_region_writes_them(written: str, expected: str) -> None:
    assert str(read_date(written).date) == expected


def test_a_spreadsheet_number_says_so() -> None:
    assert read_date("35868").note == NOTE_SERIAL


def test_an_age_becomes_a_year_with_the_lists_date() -> None:
    # Aged 28 in March 2024: born between March 1995 and March 1996, most likely 1995.
    read = read_date("28 років", "2024-03-01")
    assert (read.date, read.note) == (PartialDate(1995), NOTE_AGE)
    assert read_date("28 лет", "2024-10-01").date == PartialDate(1996)
    with pytest.raises(ValueError, match="list's date") as caught:
        read_date("28 років")
    assert "28" not in str(caught.value)  # personal data stays out of messages


def test_an_ambiguous_day_and_month_keeps_only_the_year() -> None:
    read = read_date("03/04/1998")
    assert (read.date, read.note) == (PartialDate(1998), NOTE_AMBIGUOUS)
    # The list's other dates tell the order: then it is read, not guessed.
    assert day_month_order(["03/04/1998", "25/12/1990"]) == "dmy"
    assert day_month_order(["03/04/1998", "12/25/1990"]) == "mdy"
    assert day_month_order(["03/04/1998"]) is None
    assert read_date("03/04/1998", order="mdy").date == PartialDate(1998, 3, 4)
    assert read_date("03/04/1998", order="dmy").date == PartialDate(1998, 4, 3)
    assert read_date("05/05/1998").date == PartialDate(1998, 5, 5)  # same either way


def test_nonsense_is_refused_without_quoting_it() -> None:
    for bad in ("весна 1985", "31.02.1990", "14.13.1998"):
        with pytest.raises(ValueError) as caught:
            read_date(bad)
        assert "1985" not in str(caught.value) and "весна" not in str(caught.value)
    assert iso_date("весна 1985") == "весна 1985"  # left for the caller's validation


def test_the_matcher_reads_regional_dates_and_ages() -> None:
    index = MatchIndex([PersonInput("r", "Коваленко", "Олександр", "Петрович", birth_date="35868")])
    for written, list_date, code in (
        ("14.03.1998", None, "date.same"),
        ("1998 р.", None, "date.same_year"),
        ("26 років", "2024-09-01", "date.age_fits"),
    ):
        query = PersonInput("q", "Коваленко", "Олександр", birth_date=written, list_date=list_date)
        result = index.match(query)[0]
        date = next(r for r in result.reasons if r.field == "birth_date")
        assert date.code == code, written


def test_import_reads_regional_dates(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "family_name,given_name,birth_date\n"
        "Коваленко,Олександр,14.03.1998\n"
        "Шевченко,Тарас,1985 р.\n"
        "Бойко,Іван,35868\n"
        "Мельник,Олег,весна 1985\n",
        encoding="utf-8",
    )
    plan = plan_import(session.conn, "prisoners", read_table(path))
    dates = [entity.birth_date for _, entity in plan.to_create]
    assert dates == ["1998-03-14", "1985", "1998-03-14"]
    assert [issue.row_number for issue in plan.invalid] == [5]
    assert isinstance(plan.to_create[0][1], PrisonerRecord)


# ---- look-alike letters ------------------------------------------------------------------


def test_look_alike_letters_are_normalised_per_word() -> None:
    latin_o = "Коваленк" + "o"  # the last letter typed on a Latin keyboard
    assert fix_mixed_script(latin_o) == "Коваленко"
    assert fix_mixed_script("Kovalenk" + "о") == "Kovalenko"  # a Cyrillic о in a Latin word
    assert fix_mixed_script("Пeтpo") == "Петро"  # Latin e and p read as Cyrillic е, р
    assert fix_mixed_script("Iван") == "Іван"
    assert skeleton("Пeтpo") == skeleton("Петро")  # not 'petpo'


def test_look_alike_letters_do_not_hide_a_match() -> None:
    index = MatchIndex([PersonInput("r", "Петренко", "Петро", birth_date="1990-01-02")])
    result = index.match(PersonInput("q", "Пeтpенкo", "Пeтpo", birth_date="1990-01-02"))[0]
    assert result.band == "strong"
    assert {r.field: r.code for r in result.reasons}["family_name"] == "name.same"


def test_search_index_reads_look_alike_letters(session: Session) -> None:
    with session.transaction("add") as txn:
        wanted = txn.create(PrisonerRecord(family_name="Петренко", given_name="Петро"))
    assert query_ids(session.conn, "prisoners", ListFilter(text="Пeтpенкo")) == [wanted.id]
    assert search_keys("АВ123456") == search_keys("AB123456")  # service numbers too
    assert len(keys_fingerprint()) == 16


# ---- the whole name in one cell -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "parts", "how"),
    [
        ("КОВАЛЕНКО Олександр Петрович", ("КОВАЛЕНКО", "Олександр", "Петрович"), "capitals"),
        ("Kovalenko O. P.", ("Kovalenko", "O.", "P."), "initials"),
        ("О.П. Коваленко", ("Коваленко", "О.", "П."), "initials"),
        ("Олександр Петрович Коваленко", ("Коваленко", "Олександр", "Петрович"), "patronymic"),
        ("Коваленко Олександр Петрович", ("Коваленко", "Олександр", "Петрович"), "patronymic"),
        ("Oleksandr Kovalenko", ("Kovalenko", "Oleksandr", None), "name_table"),
    ],
)
def test_a_whole_name_in_one_cell_is_split_by_shape(
    cell: str, parts: tuple[str, str, str | None], how: str
) -> None:
    split = split_full_name(cell, default_table())
    assert split is not None
    assert (split.family, split.given, split.patronymic, split.how) == (*parts, how)


def test_two_surnames_are_not_split_on_a_guess() -> None:
    assert split_full_name("Коваленко Шевченко", default_table()) is None


def test_the_split_is_shown_to_the_reviewer() -> None:
    index = MatchIndex(
        [PersonInput("r", "Коваленко", "Олександр", "Петрович", birth_date="1998-03-14")]
    )
    result = index.match(PersonInput("q", "КОВАЛЕНКО Олександр Петрович", birth_date="14.03.1998"))[
        0
    ]
    assert result.band == "strong"
    split = next(r for r in result.reasons if r.code == "names.split")
    assert split.params["b"] == "КОВАЛЕНКО | Олександр | Петрович"
    assert "КОВАЛЕНКО | Олександр | Петрович" in split.text("en")
    assert "прізвище" in split.text("uk")


# ---- mediators' transliterations -------------------------------------------------------------


@pytest.mark.parametrize(
    ("foreign", "native", "reading"),
    [
        ("Schewtschenko", "Шевченко", "de"),
        ("Kusnezow", "Кузнецов", "de"),
        ("Sascha", "Саша", "de"),
        ("Chevtchenko", "Шевченко", "fr"),
        ("Iouri", "Юрій", "fr"),
        ("Kravtchouk", "Кравчук", "fr"),
        ("Szewczenko", "Шевченко", "pl"),
        ("Łukjanenko", "Лук'яненко", "pl"),
        ("Chodorkowski", "Ходорковський", "pl"),
        ("Kowalenko", "Коваленко", None),
    ],
)
def test_german_french_and_polish_spellings(foreign: str, native: str, reading: str | None) -> None:
    assert reading_of(foreign.casefold()) == reading
    assert skeleton(foreign) == skeleton(native) or foreign == "Kusnezow"
    index = MatchIndex([PersonInput("r", native, "Іван", birth_date="1990-01-02")])
    result = index.match(PersonInput("q", foreign, "Iwan", birth_date="02.01.1990"))[0]
    assert result.record_id == "r" and result.band == "strong"


def test_english_style_spellings_keep_their_reading() -> None:
    # "sch" at the start of an English-style spelling is щ, as before (Scherbakov = Щербаков).
    assert skeleton("Scherbakov") == skeleton("Щербаков")
    assert skeleton("Shevchenko") == skeleton("Шевченко")


# ---- familiar given names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("familiar", "full"),
    [
        ("Саша", "Олександр"),
        ("Сашко", "Олександр"),
        ("Sasha", "Oleksandr"),
        ("Вова", "Володимир"),
        ("Женя", "Євген"),
        ("Женя", "Євгенія"),
        ("Льоша", "Олексій"),
        ("Лёша", "Алексей"),
        ("Наташа", "Наталія"),
        ("Слава", "Ярослав"),
    ],
)
def test_familiar_forms_are_equivalents_of_lower_weight(familiar: str, full: str) -> None:
    index = MatchIndex([PersonInput("r", "Коваленко", full, birth_date="1990-01-02")])
    result = index.match(PersonInput("q", "Коваленко", familiar, birth_date="1990-01-02"))[0]
    given = next(r for r in result.reasons if r.field == "given_name")
    assert given.code == "name.familiar"
    same = index.match(PersonInput("q", "Коваленко", full, birth_date="1990-01-02"))[0]
    same_given = next(r for r in same.reasons if r.field == "given_name")
    assert float(given.params["weight"]) < float(same_given.params["weight"])
    assert result.score < same.score


def test_a_familiar_form_is_not_every_name() -> None:
    index = MatchIndex([PersonInput("r", "Коваленко", "Микола", birth_date="1990-01-02")])
    result = index.match(PersonInput("q", "Коваленко", "Саша", birth_date="1990-01-02"))[0]
    assert next(r for r in result.reasons if r.field == "given_name").code == "name.mismatch"


# ---- double-barrelled surnames ---------------------------------------------------------------


@pytest.mark.parametrize("half", ["Коваленко", "Шевченко", "Shevchenko"])
def test_a_double_surname_written_half(half: str) -> None:
    others = [
        PersonInput(f"o{i}", f"Шевчук{i % 7}", "Олена", birth_date=f"{1960 + i % 40}")
        for i in range(300)
    ]
    index = MatchIndex(
        [PersonInput("r", "Коваленко-Шевченко", "Олена", birth_date="1990-01-02"), *others]
    )
    result = index.match(PersonInput("q", half, "Олена", birth_date="02.01.1990"))[0]
    assert result.record_id == "r"
    assert next(r for r in result.reasons if r.field == "family_name").code == "name.part"


def test_caseapp_match_reads_the_noise(tmp_path: Path) -> None:
    from caseapp.cli import main

    prisoners = tmp_path / "p.csv"
    prisoners.write_text(
        "record_id,family_name,given_name,patronymic,birth_date\n"
        "R1,Коваленко,Олександр,Петрович,35868\n"
        "R2,Коваленко,Олександр,Петрович,1971-02-01\n",
        encoding="utf-8",
    )
    requests = tmp_path / "r.csv"
    requests.write_text(
        "request_id,full_name,birth_date,list_date\n"
        "Q1,КОВАЛЕНКО Олександр Петрович,14.03.1998,\n"
        "Q2,Kowalenko Sascha,26 років,2024-09-01\n",
        encoding="utf-8",
    )
    out = tmp_path / "m.csv"
    args = ["match", "--prisoners", str(prisoners), "--requests", str(requests), "--out", str(out)]
    assert main(args) == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    first = {line.split(",")[0]: line for line in rows[1:] if ",1," in line}
    assert ",R1," in first["Q1"] and "strong" in first["Q1"]
    assert ",R1," in first["Q2"] and "familiar form" in first["Q2"]
