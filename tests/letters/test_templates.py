"""Templates are editable text; the register can tell an edited template from the original."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from caseapp.domain.models import LANGUAGES, LETTER_KINDS
from caseapp.i18n import core_catalog
from caseapp.letters.dates import long_date as written_date
from caseapp.letters.dates import numeric_date
from caseapp.letters.gates import _HEAD, MESSAGES, MISSING_LABELS, _needed
from caseapp.letters.kinds import KINDS
from caseapp.letters.sample import render_sample
from caseapp.letters.templates import TemplateError, load_template, template_dir
from caseapp.resources import resource_path
from tests.letters.helpers import pdf_text


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "letters"
    shutil.copytree(template_dir(), target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_every_kind_has_a_template_in_every_language() -> None:
    for kind in LETTER_KINDS:
        for lang in LANGUAGES:
            template = load_template(kind, lang)
            assert template.subject and template.body
            assert "person" in template.fields


def test_an_edit_changes_the_recorded_version_even_without_a_version_bump(folder: Path) -> None:
    before = load_template("no_news", "en", folder).version
    _edit(folder / "no_news.en.txt", "Unfortunately", "Regrettably")
    after = load_template("no_news", "en", folder)
    assert after.version != before
    assert after.version.split("-")[0] == before.split("-")[0]  # still "1/1"
    assert "Regrettably" in pdf_text(render_sample("no_news", "en", template_folder=folder))
    number, common = before.split("-")[0].split("/")
    _edit(folder / "no_news.en.txt", f"version: {number}", f"version: {int(number) + 1}")
    assert load_template("no_news", "en", folder).version.startswith(f"{int(number) + 1}/{common}-")


def test_the_shared_words_are_part_of_the_version(folder: Path) -> None:
    before = load_template("no_news", "uk", folder).version
    _edit(folder / "common.uk.txt", "З повагою,", "Щиро ваші,")
    assert load_template("no_news", "uk", folder).version != before


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("{request_ref}", "{death_date}", "unknown field"),
        ("{request_ref}", "{request_ref.__class__}", "not a plain field name"),
        ("{request_ref}", "{request_ref", "braces"),
        ("version:", "# version:", "'version:' line is missing"),
    ],
)
def test_broken_templates_are_refused_with_the_file_named(
    folder: Path, old: str, new: str, message: str
) -> None:
    _edit(folder / "no_news.en.txt", old, new)
    with pytest.raises(TemplateError, match=message) as caught:
        load_template("no_news", "en", folder)
    assert "no_news.en.txt" in str(caught.value)


def test_a_missing_template_is_a_clear_error(folder: Path) -> None:
    (folder / "no_news.ru.txt").unlink()
    with pytest.raises(TemplateError, match=r"no_news\.ru\.txt is missing"):
        load_template("no_news", "ru", folder)


def test_dates_are_written_in_the_letter_language() -> None:
    def long_date(value: dt.date | str, lang: str) -> str:  # no-break spaces shown as spaces
        return written_date(value, lang).replace("\u00a0", " ")

    day = dt.date(2026, 11, 24)
    assert long_date(day, "uk") == "24 листопада 2026 р."
    assert long_date(day, "ru") == "24 ноября 2026 г."
    assert long_date(day, "en") == "24 November 2026"
    assert long_date("2026-05", "uk") == "травень 2026 р."
    assert long_date("2026-05", "ru") == "май 2026 г."
    assert long_date("2026-05", "en") == "May 2026"
    assert long_date("2026", "ru") == "2026 г."
    assert long_date("2026-03-01", "ru") == "1 марта 2026 г."
    assert numeric_date("1994-03-12") == "12.03.1994"
    assert numeric_date("1994") == "1994"
    assert " " not in written_date(day, "uk")  # never split across lines


def test_every_refusal_message_is_translated() -> None:
    keys = {_HEAD, *MESSAGES.values(), *MISSING_LABELS.values()}
    keys |= {_needed(k.statuses) for k in KINDS.values() if k.statuses}
    for lang in ("uk", "ru"):
        catalog = core_catalog(lang)
        assert keys - set(catalog) == set(), lang
        for key in keys:  # the placeholders survive translation
            assert ("{items}" in key) == ("{items}" in catalog[key])
            assert ("{needed}" in key) == ("{needed}" in catalog[key])


def test_the_font_and_its_licence_are_shipped() -> None:
    fonts = resource_path("fonts")
    assert (fonts / "NotoSans-Regular.ttf").stat().st_size > 100_000
    assert (fonts / "NotoSans-Bold.ttf").stat().st_size > 100_000
    assert "SIL OPEN FONT LICENSE" in (fonts / "OFL.txt").read_text(encoding="utf-8")
