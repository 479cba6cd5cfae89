from __future__ import annotations

import pytest

from caseapp.clock import HLC, HybridClock
from caseapp.domain.dates import PartialDate, normalise_partial_date
from caseapp.domain.models import PrisonerRecord, TracingRequest


@pytest.mark.parametrize(
    ("text", "canonical", "precision"),
    [
        ("1990", "1990", "year"),
        ("1990-3", "1990-03", "month"),
        ("1990-03-07", "1990-03-07", "day"),
        (" 2000-02-29 ", "2000-02-29", "day"),
    ],
)
def test_partial_dates_parse(text: str, canonical: str, precision: str) -> None:
    date = PartialDate.parse(text)
    assert str(date) == canonical and date.precision == precision


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("1990-13-45", "month 13"),
        ("1990-02-30", "day 30"),
        ("1899", "outside"),
        ("12.03.1990", "not a date"),
        ("199", "not a date"),
        ("2001-02-29", "day 29"),
    ],
)
def test_nonsense_dates_are_rejected_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        PartialDate.parse(text)


def test_unknown_dates_are_allowed() -> None:
    assert normalise_partial_date("") is None and normalise_partial_date(None) is None


def test_records_need_a_name_and_requests_an_enquirer() -> None:
    assert {e.field for e in PrisonerRecord().validate()} == {"family_name"}
    errors = {e.field for e in TracingRequest(status="closed").validate()}
    assert errors == {"enquirer_name", "family_name", "closed_reason"}


def test_normalise_trims_and_canonicalises() -> None:
    record = PrisonerRecord(family_name="  Бойко ", birth_date="1990-1", notes="   ")
    record.normalise()
    assert (record.family_name, record.birth_date, record.notes) == ("Бойко", "1990-01", None)


def test_hlc_is_monotonic_even_when_the_wall_clock_goes_back() -> None:
    times = iter([1000, 900, 900, 1500])
    clock = HybridClock("device-a", now_ms=lambda: next(times))
    stamps = [clock.tick() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert HLC.decode(stamps[1].encode()) == HLC(1000, 1, "devicea")


def test_hlc_observes_remote_clocks() -> None:
    clock = HybridClock("aaaa", now_ms=lambda: 1000)
    clock.observe(HLC(5000, 7, "bbbb"))
    assert clock.tick() > HLC(5000, 7, "bbbb")


def test_core_errors_are_translated_for_the_user() -> None:
    from caseapp.errors import WrongPassphrase
    from caseapp.vault.keyslots import check_passphrase_strength

    assert WrongPassphrase().localized("uk").startswith("Неправильне ім'я")
    assert WrongPassphrase().localized("en") == str(WrongPassphrase())
    with pytest.raises(Exception) as caught:
        check_passphrase_strength("short")
    assert "щонайменше 10 символів" in caught.value.localized("uk")  # type: ignore[attr-defined]


def test_every_core_catalog_entry_keeps_its_placeholders() -> None:
    import re

    from caseapp.i18n import core_catalog

    for lang in ("uk", "ru"):
        catalog = core_catalog(lang)
        for source, target in catalog.items():
            assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", target)), source


def test_field_errors_carry_a_code_and_never_the_value() -> None:
    """Codes and parameters let every screen translate; the value itself is never quoted."""
    record = PrisonerRecord(family_name="Шевчук", sex="Щербатюк", birth_date="0671234567")
    errors = {e.field: e for e in record.validate()}
    assert errors["sex"].code == "not_a_choice" and errors["birth_date"].code == "not_a_date"
    assert all("Щербатюк" not in str(e) and "0671234567" not in str(e) for e in errors.values())
    late = PrisonerRecord(family_name="Шевчук", birth_date="1990-02-30").validate()
    assert [(e.code, dict(e.params)) for e in late] == [("day_missing", {"day": 30})]
    assert late[0].localized("uk") == "дня 30 немає в цьому місяці"
    assert str(late[0]) == "birth_date: day 30 does not exist in that month"
